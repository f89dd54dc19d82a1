package article

import (
	"strings"
	"testing"
	"time"
)

// monthAtRef and weekdayAtRef are the plain forms of monthAt and
// weekdayAt, which take shortcuts.
// monthAtRef reads a month name, full or abbreviated to its first three letters
// (or "Sept"), with an optional period after an abbreviation.
func monthAtRef(s string, i int, anyCase bool) (time.Month, int, bool) {
	w, j := wordAt(s, i)
	if len(w) < 3 || (!anyCase && !isUpper(w[0])) {
		return 0, i, false
	}
	for m, name := range monthNames {
		full := strings.EqualFold(w, name)
		abbr := len(w) == 3 && strings.EqualFold(w, name[:3]) || m == 8 && strings.EqualFold(w, "sept")
		if !full && !abbr {
			continue
		}
		if abbr && !full && j < len(s) && s[j] == '.' {
			j++
		}
		return time.Month(m + 1), j, true
	}
	return 0, i, false
}

// weekdayAtRef reads a weekday name, full or abbreviated ("Thu.", "Thurs").
func weekdayAtRef(s string, i int, anyCase bool) (time.Weekday, int, bool) {
	w, j := wordAt(s, i)
	if len(w) < 3 || (!anyCase && !isUpper(w[0])) {
		return 0, i, false
	}
	for d, name := range weekdayNames {
		full := strings.EqualFold(w, name)
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

func TestNameAtShortcuts(t *testing.T) {
	words := []string{"", "a", "ma", "may", "May", "MAY", "mayor", "Mayday", "sept", "Sept", "Septe", "september",
		"Jun", "june", "Junes", "Thurs", "thur", "Thu", "tues", "Tue", "Wednesday", "wed", "Wedding", "sat", "Satur",
		"Sun", "Sunday", "fri", "Frid", "mon", "Monday", "Mondays", "March", "mar", "Marc", "Decembe", "Dec"}
	for w := range lexiconWords() {
		words = append(words, w, strings.ToUpper(w[:1])+w[1:], strings.ToUpper(w))
	}
	for _, n := range monthNames {
		words = append(words, n, n[:3], strings.ToUpper(n[:1])+n[1:min(4, len(n))])
	}
	for _, n := range weekdayNames {
		words = append(words, n, n[:3], n[:4], n[:5], strings.ToUpper(n[:1])+n[1:])
	}
	for _, w := range words {
		for _, s := range []string{w, w + ".", w + " 5", "x " + w + ". 5", w + "1", w + "s"} {
			i := strings.Index(s, w)
			for _, anyCase := range []bool{false, true} {
				m, j, ok := monthAt(s, i, anyCase)
				rm, rj, rok := monthAtRef(s, i, anyCase)
				if m != rm || j != rj || ok != rok {
					t.Errorf("monthAt(%q, %d, %v) = %v, %d, %v; want %v, %d, %v", s, i, anyCase, m, j, ok, rm, rj, rok)
				}
				d, j, ok := weekdayAt(s, i, anyCase)
				rd, rj, rok := weekdayAtRef(s, i, anyCase)
				if d != rd || j != rj || ok != rok {
					t.Errorf("weekdayAt(%q, %d, %v) = %v, %d, %v; want %v, %d, %v", s, i, anyCase, d, j, ok, rd, rj, rok)
				}
			}
		}
	}
}

func TestDaysIn(t *testing.T) {
	for y := -401; y <= 2401; y++ {
		for m := time.Month(0); m <= 13; m++ {
			if got, want := daysIn(y, m), time.Date(y, m+1, 0, 0, 0, 0, 0, time.UTC).Day(); got != want {
				t.Errorf("daysIn(%d, %d) = %d, want %d", y, m, got, want)
			}
		}
	}
}
