package article

import (
	"errors"
	"strings"
)

// parseDateline reads a wire dateline at the start of the paragraph p:
//
//	PLACE[, Region][, Month D] [(Agency)] DASH
//
// PLACE is in capitals ("MOSCOW", "NEW YORK", "ST. PETERSBURG"), or in title
// case when an agency follows ("Moscow (AFP) -"); DASH is "-", "--", "–" or
// "—" followed by a space. Without the closing dash there is no dateline.
func parseDateline(src string, p Span, ref Date) Dateline {
	src = src[:p.End] // nothing past the paragraph
	var d Dateline
	i, end := p.Start, min(p.End, p.Start+200)
	placeEnd, allCaps := scanPlace(src, i, end)
	if placeEnd == i {
		return Dateline{}
	}
	d.Place = Span{i, placeEnd}
	i = placeEnd
	if i+1 < end && src[i] == ',' && src[i+1] == ' ' {
		j := i + 2
		if date, k, err := scanWritten(src, j, ref, false); err == nil || isNoYear(err) {
			d.DateText, d.Date, i = Span{j, k}, date, k
		} else if k := scanRegion(src, j, end); k > j {
			d.Place.End, i = k, k
			if k+1 < end && src[k] == ',' && src[k+1] == ' ' {
				if date, k2, err := scanWritten(src, k+2, ref, false); err == nil || isNoYear(err) {
					d.DateText, d.Date, i = Span{k + 2, k2}, date, k2
				}
			}
		}
	}
	if j := skipSpaces(src, i); j < end && src[j] == '(' {
		k := strings.IndexByte(src[j:end], ')')
		if k < 2 || k > 40 {
			return Dateline{}
		}
		d.Agency, i = Span{j + 1, j + k}, j+k+1
	}
	if !allCaps && !d.Agency.IsValid() {
		return Dateline{}
	}
	j := min(skipSpaces(src, i), end)
	dash := 0
	for _, m := range [...]string{"—", "–", "--", "-"} {
		if strings.HasPrefix(src[j:end], m) {
			dash = len(m)
			break
		}
	}
	if dash == 0 || j == i || j+dash >= end || src[j+dash] != ' ' {
		return Dateline{}
	}
	d.Span = Span{p.Start, j + dash}
	return d
}

func isNoYear(err error) bool { return errors.Is(err, ErrNoYear) }

// scanPlace reads a place name of capitalised words at src[i:end] and
// returns its end and whether it is all in capitals.
func scanPlace(src string, i, end int) (int, bool) {
	allCaps, j, last := true, i, i
	for j < end {
		k, caps := j, true
		if k >= end || !isUpper(src[k]) {
			break
		}
		for k < end && (isLetter(src[k]) || src[k] == '.' || src[k] == '\'' || src[k] == '-' || src[k] == '/') {
			if 'a' <= src[k] && src[k] <= 'z' {
				caps = false
			}
			k++
		}
		allCaps = allCaps && caps
		last = k
		if k+1 < end && src[k] == ' ' && isUpper(src[k+1]) && (caps || src[k+1] != '(') {
			j = k + 1
			continue
		}
		break
	}
	if last-i < 2 || last-i > 60 {
		return i, false
	}
	return last, allCaps
}

// scanRegion reads a state or region after a place: "Calif.", "N.Y.", "Ill.".
func scanRegion(src string, i, end int) int {
	j := i
	if j >= end || !isUpper(src[j]) {
		return i
	}
	for j < end && (isLetter(src[j]) || src[j] == '.') {
		j++
	}
	if j-i > 12 {
		return i
	}
	return j
}
