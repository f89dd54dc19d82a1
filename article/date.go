package article

import (
	"fmt"
	"github.com/newsmodel/newsmodel/internal/enumtext"
	"strings"
	"time"
)

// A Precision tells how much of a [Date] is known.
type Precision uint8

// Precisions, from none to the day. The zero Precision means no date.
const (
	PrecisionNone  Precision = iota // no date
	PrecisionYear                   // 2015
	PrecisionMonth                  // 2016-06
	PrecisionWeek                   // 2016-W28 (ISO 8601 week)
	PrecisionDay                    // 2016-07-14
)

var precisionNames = [...]string{"none", "year", "month", "week", "day"}

// String returns the precision's name: "none", "year", "month", "week" or "day".
func (p Precision) String() string { return enumtext.String(precisionNames[:], "Precision", p) }

// AppendText appends the precision's name to b.
func (p Precision) AppendText(b []byte) ([]byte, error) {
	return enumtext.Append(b, precisionNames[:], "article", "precision", p)
}

// MarshalText returns the precision's name.
func (p Precision) MarshalText() ([]byte, error) { return p.AppendText(nil) }

// UnmarshalText sets p from its name.
func (p *Precision) UnmarshalText(b []byte) error {
	v, err := enumtext.Parse[Precision](precisionNames[:], "article", "precision", b)
	if err == nil {
		*p = v
	}
	return err
}

// A Date is a calendar date known to some precision: a day, an ISO week, a
// month or a year. Fields finer than the precision are zero; for
// [PrecisionWeek], Year is the ISO week-numbering year and Week the week.
// The zero Date means "no date". Dates are comparable with ==.
type Date struct {
	Year      int        // the year; the ISO week-numbering year for PrecisionWeek
	Month     time.Month // 1 to 12, or 0 below PrecisionMonth
	Day       int        // 1 to 31, or 0 below PrecisionDay
	Week      int        // ISO week 1 to 53 for PrecisionWeek, else 0
	Precision Precision  // how much of the date is known
}

// DayDate returns the day y-m-d, normalising out-of-range values as
// [time.Date] does (July 32 is August 1).
func DayDate(y int, m time.Month, d int) Date {
	return DateOf(time.Date(y, m, d, 0, 0, 0, 0, time.UTC))
}

// DateOf returns the day of t, in t's location.
func DateOf(t time.Time) Date {
	y, m, d := t.Date()
	return Date{Year: y, Month: m, Day: d, Precision: PrecisionDay}
}

// MonthDate returns the month y-m.
func MonthDate(y int, m time.Month) Date {
	t := time.Date(y, m, 1, 0, 0, 0, 0, time.UTC)
	return Date{Year: t.Year(), Month: t.Month(), Precision: PrecisionMonth}
}

// YearDate returns the year y.
func YearDate(y int) Date { return Date{Year: y, Precision: PrecisionYear} }

// WeekDate returns the ISO week that contains the day t.
func WeekDate(t time.Time) Date {
	y, w := t.ISOWeek()
	return Date{Year: y, Week: w, Precision: PrecisionWeek}
}

// IsZero reports whether d is the zero Date, "no date".
func (d Date) IsZero() bool { return d == Date{} }

// Time returns the first instant of d's period in UTC: the day, the Monday of
// the week, the first of the month or January 1. It returns the zero
// [time.Time] for the zero Date.
func (d Date) Time() time.Time {
	switch d.Precision {
	case PrecisionDay:
		return time.Date(d.Year, d.Month, d.Day, 0, 0, 0, 0, time.UTC)
	case PrecisionWeek:
		// January 4 is always in ISO week 1.
		jan4 := time.Date(d.Year, 1, 4, 0, 0, 0, 0, time.UTC)
		monday := jan4.AddDate(0, 0, -((int(jan4.Weekday()) + 6) % 7))
		return monday.AddDate(0, 0, 7*(d.Week-1))
	case PrecisionMonth:
		return time.Date(d.Year, d.Month, 1, 0, 0, 0, 0, time.UTC)
	case PrecisionYear:
		return time.Date(d.Year, 1, 1, 0, 0, 0, 0, time.UTC)
	}
	return time.Time{}
}

// String returns d in ISO 8601 form: "2016-07-14", "2016-W28", "2016-06" or
// "2015"; "" for the zero Date.
func (d Date) String() string {
	b, _ := d.AppendText(nil)
	return string(b)
}

// AppendText appends d's ISO 8601 form to b (nothing for the zero Date).
func (d Date) AppendText(b []byte) ([]byte, error) {
	if d.Precision == PrecisionNone {
		return b, nil
	}
	if d.Year < 0 || d.Year > 9999 {
		return b, fmt.Errorf("article: year %d out of range", d.Year)
	}
	b = fmt.Appendf(b, "%04d", d.Year)
	switch d.Precision {
	case PrecisionMonth:
		b = fmt.Appendf(b, "-%02d", int(d.Month))
	case PrecisionWeek:
		b = fmt.Appendf(b, "-W%02d", d.Week)
	case PrecisionDay:
		b = fmt.Appendf(b, "-%02d-%02d", int(d.Month), d.Day)
	}
	return b, nil
}

// MarshalText returns d in ISO 8601 form; see [Date.String].
func (d Date) MarshalText() ([]byte, error) { return d.AppendText(nil) }

// UnmarshalText sets d from its ISO 8601 form; empty text gives the zero Date.
func (d *Date) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*d = Date{}
		return nil
	}
	s := string(b)
	v, n, err := scanISO(s, 0)
	if err != nil {
		return errorAt(s, 0, err, s)
	}
	if n != len(s) {
		return errorAt(s, n, ErrSyntax, s)
	}
	*d = v
	return nil
}

// Set sets d from its ISO 8601 form, as [Date.UnmarshalText] does, so that
// a *Date is a [flag.Value]: flag.Var(&ref, "date", "reference date"). A
// coarser date than a day ("2016-07") is a valid reference: relative
// expressions then resolve against the start of its period.
func (d *Date) Set(s string) error { return d.UnmarshalText([]byte(s)) }

// ParseDate parses an absolute date written in one of the forms of English
// news text:
//
//	2016-07-15   2016-07   2016   2016-W28
//	July 15, 2016   July 15 2016   Thursday, July 15, 2016   15 July 2016
//	Jul. 15   July 15   15 July   July 15th   September 2015   Sept. 2015
//
// Month names may be full or abbreviated, in any case. A date without a year
// takes the year that puts it nearest to ref, a day ahead of ref counting
// as two behind (so "Dec. 28" in a report of January 3 is in the year before,
// and "Jan. 3" in one of July 15 is in the same year); with a zero ref it fails with
// [ErrNoYear]. Leading and trailing spaces are ignored. A malformed date is a
// [*ParseError] wrapping [ErrSyntax], [ErrRange] or [ErrNoYear].
func ParseDate(s string, ref Date) (Date, error) {
	start := 0
	for start < len(s) && isSpace(s[start]) {
		start++
	}
	end := len(s)
	for end > start && isSpace(s[end-1]) {
		end--
	}
	if start == end {
		return Date{}, errorAt(s, start, ErrSyntax, s)
	}
	var (
		d   Date
		n   int
		err error
	)
	if looksISO(s[start:end]) {
		d, n, err = scanISO(s, start)
	} else {
		d, n, err = scanWritten(s, start, ref, true)
	}
	if err != nil {
		return Date{}, errorAt(s, start, err, s[start:end])
	}
	if n != end {
		return Date{}, errorAt(s, n, ErrSyntax, s[start:end])
	}
	return d, nil
}

// looksISO reports whether s is made of digits, '-' and 'W' only.
func looksISO(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; !isDigit(c) && c != '-' && c != 'W' {
			return false
		}
	}
	return true
}

// scanISO parses an ISO 8601 calendar date, month, year or week starting at
// s[i] and returns it with the offset just past it. Its errors are bare
// sentinels, cheap enough for scanning running text; callers that report
// them wrap them with errorAt.
func scanISO(s string, i int) (Date, int, error) {
	year, i, ok := digits(s, i, 4, 4)
	if !ok {
		return Date{}, i, ErrSyntax
	}
	if i >= len(s) || s[i] != '-' || i+1 >= len(s) {
		return YearDate(year), i, nil
	}
	if s[i+1] == 'W' {
		week, j, ok := digits(s, i+2, 2, 2)
		if !ok {
			return Date{}, j, ErrSyntax
		}
		if week < 1 || week > isoWeeksIn(year) {
			return Date{}, j, ErrRange
		}
		return Date{Year: year, Week: week, Precision: PrecisionWeek}, j, nil
	}
	month, j, ok := digits(s, i+1, 2, 2)
	if !ok {
		return Date{}, j, ErrSyntax
	}
	if month < 1 || month > 12 {
		end := j
		if end < len(s) && s[end] == '-' {
			_, end, _ = digits(s, end+1, 1, 2)
		}
		return Date{}, end, ErrRange
	}
	if j >= len(s) || s[j] != '-' {
		return MonthDate(year, time.Month(month)), j, nil
	}
	day, k, ok := digits(s, j+1, 2, 2)
	if !ok {
		return Date{}, k, ErrSyntax
	}
	if day < 1 || day > daysIn(year, time.Month(month)) {
		return Date{}, k, ErrRange
	}
	return Date{Year: year, Month: time.Month(month), Day: day, Precision: PrecisionDay}, k, nil
}

// scanWritten parses a date written with a month name starting at s[i]:
// "[Weekday,] Month D[th][,] [YYYY]", "D Month [YYYY]", "Month YYYY".
// anyCase accepts month names in lower case too.
func scanWritten(s string, i int, ref Date, anyCase bool) (Date, int, error) {
	start := i
	if _, j, ok := weekdayAt(s, i, anyCase); ok {
		if j < len(s) && s[j] == ',' {
			j++
		}
		i = skipSpaces(s, j)
	}
	var (
		month     time.Month
		day, year int
		ok        bool
		j         int
	)
	if i < len(s) && isDigit(s[i]) {
		// 15 July [2016]
		if day, j, ok = dayAt(s, i); !ok {
			return Date{}, i, ErrSyntax
		}
		k := skipSpaces(s, j)
		if k+3 <= len(s) && s[k:k+3] == "of " {
			k = skipSpaces(s, k+3)
		}
		if month, j, ok = monthAt(s, k, anyCase); !ok || k == j {
			return Date{}, k, ErrSyntax
		}
		if y, k, ok := yearAfter(s, j, false); ok {
			year, j = y, k
		}
	} else {
		if month, j, ok = monthAt(s, i, anyCase); !ok {
			return Date{}, i, ErrSyntax
		}
		k := skipSpaces(s, j)
		if k > j {
			if d, k2, ok := dayAt(s, k); ok {
				day, j = d, k2
				if y, k3, ok := yearAfter(s, j, true); ok {
					year, j = y, k3
				}
			} else if y, k2, ok := digits(s, k, 4, 4); ok && !isWordByte(s, k2) {
				// September 2015
				if err := checkYear(s, start, k2, y); err != nil {
					return Date{}, k2, err
				}
				return MonthDate(y, month), k2, nil
			}
		}
	}
	if day == 0 {
		return Date{}, j, ErrSyntax
	}
	if year != 0 {
		if err := checkYear(s, start, j, year); err != nil {
			return Date{}, j, err
		}
		if day > daysIn(year, month) {
			return Date{}, j, ErrRange
		}
		return Date{Year: year, Month: month, Day: day, Precision: PrecisionDay}, j, nil
	}
	if day > 31 || (month == time.February && day > 29) || day > daysIn(2001, month) && month != time.February {
		return Date{}, j, ErrRange
	}
	if ref.IsZero() {
		return Date{}, j, ErrNoYear
	}
	return nearestYear(ref, month, day), j, nil
}

func checkYear(s string, start, end, y int) error {
	if y < 1000 {
		return ErrRange
	}
	return nil
}

// nearestYear returns month-day in the year, among the reference year and
// its neighbours, that puts it nearest to ref, a day ahead counting as two
// behind: news tells of the recent past more than of the future.
func nearestYear(ref Date, m time.Month, d int) Date {
	rt := ref.Time()
	best, bestDist := Date{}, time.Duration(1<<63-1)
	for y := ref.Year - 1; y <= ref.Year+1; y++ {
		if d > daysIn(y, m) {
			continue
		}
		t := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
		dist := rt.Sub(t)
		if dist < 0 {
			dist = -2 * dist
		}
		if dist < bestDist {
			best, bestDist = DateOf(t), dist
		}
	}
	return best
}

// yearAfter reads ", 2016" or " 2016" at s[i]; comma says whether a comma may
// precede it.
func yearAfter(s string, i int, comma bool) (int, int, bool) {
	j := i
	if comma && j < len(s) && s[j] == ',' {
		j++
	}
	k := skipSpaces(s, j)
	if k == i {
		return 0, i, false
	}
	y, e, ok := digits(s, k, 4, 4)
	if !ok || isWordByte(s, e) {
		return 0, i, false
	}
	return y, e, true
}

// dayAt reads a day number with an optional ordinal suffix: 5, 15, 15th, 1st.
func dayAt(s string, i int) (int, int, bool) {
	d, j, ok := digits(s, i, 1, 2)
	if !ok || d < 1 {
		return 0, i, false
	}
	for _, suf := range [...]string{"st", "nd", "rd", "th"} {
		if strings.HasPrefix(s[j:], suf) {
			j += 2
			break
		}
	}
	if isWordByte(s, j) {
		return 0, i, false
	}
	return d, j, true
}

var monthNames = [...]string{"january", "february", "march", "april", "may", "june", "july",
	"august", "september", "october", "november", "december"}

// monthAt reads a month name, full or abbreviated to its first three letters
// (or "Sept"), with an optional period after an abbreviation.
func monthAt(s string, i int, anyCase bool) (time.Month, int, bool) {
	w, j := wordAt(s, i)
	if len(w) < 3 || len(w) > 16 || (!anyCase && !isUpper(w[0])) {
		return 0, i, false
	}
	// The lexicon knows exactly these names as months.
	l := lexOf(s, i, j, 0, false)
	if l.cls != lxMonth {
		return 0, i, false
	}
	m := time.Month(l.val)
	if len(w) != len(monthNames[m-1]) && j < len(s) && s[j] == '.' {
		j++ // an abbreviation's period
	}
	return m, j, true
}

var weekdayNames = [...]string{"sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"}

// weekdayAt reads a weekday name, full or abbreviated ("Thu.", "Thurs").
func weekdayAt(s string, i int, anyCase bool) (time.Weekday, int, bool) {
	w, j := wordAt(s, i)
	if len(w) < 3 || (!anyCase && !isUpper(w[0])) {
		return 0, i, false
	}
	// Every form starts with a weekday's first three letters.
	switch uint32(w[0]|0x20) | uint32(w[1]|0x20)<<8 | uint32(w[2]|0x20)<<16 {
	case 's' | 'u'<<8 | 'n'<<16, 'm' | 'o'<<8 | 'n'<<16, 't' | 'u'<<8 | 'e'<<16, 'w' | 'e'<<8 | 'd'<<16,
		't' | 'h'<<8 | 'u'<<16, 'f' | 'r'<<8 | 'i'<<16, 's' | 'a'<<8 | 't'<<16:
	default:
		return 0, i, false
	}
	for d, name := range weekdayNames {
		full := len(w) == len(name) && strings.EqualFold(w, name)
		abbr := len(w) < len(name) && strings.EqualFold(w, name[:len(w)]) &&
			(len(w) == 3 || strings.EqualFold(w, "tues") || strings.EqualFold(w, "thurs"))
		if !full && !abbr {
			continue
		}
		if abbr && j < len(s) && s[j] == '.' {
			j++
		}
		return time.Weekday(d), j, true
	}
	return 0, i, false
}

// wordAt returns the run of ASCII letters at s[i] and the offset past it.
func wordAt(s string, i int) (string, int) {
	j := i
	for j < len(s) && isLetter(s[j]) {
		j++
	}
	return s[i:j], j
}

// digits reads between lo and hi ASCII digits at s[i], not followed by
// another digit.
func digits(s string, i, lo, hi int) (int, int, bool) {
	n, j := 0, i
	for j < len(s) && isDigit(s[j]) && j-i < hi {
		n = n*10 + int(s[j]-'0')
		j++
	}
	if j-i < lo || (j < len(s) && isDigit(s[j])) {
		return 0, j, false
	}
	return n, j, true
}

func daysIn(y int, m time.Month) int {
	switch m {
	case time.February:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case time.April, time.June, time.September, time.November:
		return 30
	case time.January, time.March, time.May, time.July, time.August, time.October, time.December:
		return 31
	}
	return time.Date(y, m+1, 0, 0, 0, 0, 0, time.UTC).Day() // m out of range: as time.Date normalises it
}

func isoWeeksIn(y int) int {
	_, w := time.Date(y, 12, 28, 0, 0, 0, 0, time.UTC).ISOWeek()
	return w
}

func skipSpaces(s string, i int) int {
	for i < len(s) && (s[i] == ' ' || s[i] == '\t') {
		i++
	}
	return i
}

func isDigit(c byte) bool  { return '0' <= c && c <= '9' }
func isUpper(c byte) bool  { return 'A' <= c && c <= 'Z' }
func isLetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }
func isAlnum(c byte) bool  { return c|0x20-'a' < 26 || c-'0' < 10 }
func isSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'
}

// isWordByte reports whether s[i] exists and is an ASCII letter or digit.
func isWordByte(s string, i int) bool {
	return i < len(s) && (isLetter(s[i]) || isDigit(s[i]))
}
