package article_test

import (
	"encoding/json"
	"errors"
	"flag"
	"io"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/newsmodel/newsmodel/article"
	"pgregory.net/rapid"
)

func timeMonth(m int) time.Month { return time.Month(m) }

func TestParseDate(t *testing.T) {
	ref := day(2016, 7, 15)
	tests := []struct {
		in   string
		ref  article.Date
		want string
	}{
		{"2016-07-15", article.Date{}, "2016-07-15"},
		{"2016-07", article.Date{}, "2016-07"},
		{"2016", article.Date{}, "2016"},
		{"2016-W28", article.Date{}, "2016-W28"},
		{"July 15, 2016", article.Date{}, "2016-07-15"},
		{"July 15 2016", article.Date{}, "2016-07-15"},
		{"Thursday, July 14, 2016", article.Date{}, "2016-07-14"},
		{"15 July 2016", article.Date{}, "2016-07-15"},
		{"15 of July 2016", article.Date{}, "2016-07-15"},
		{"Jul. 15", ref, "2016-07-15"},
		{"July 15", ref, "2016-07-15"},
		{"15 July", ref, "2016-07-15"},
		{"July 15th", ref, "2016-07-15"},
		{"September 2015", article.Date{}, "2015-09"},
		{"Sept. 2015", article.Date{}, "2015-09"},
		{"sept 30", ref, "2016-09-30"},
		{"  July 15, 2016 \n", article.Date{}, "2016-07-15"},
		{"Dec. 28", day(2017, 1, 3), "2016-12-28"},
		{"Jan. 3", day(2016, 12, 28), "2017-01-03"},
		{"Feb. 29", day(2016, 3, 1), "2016-02-29"},
		{"Feb. 29, 2016", article.Date{}, "2016-02-29"},
	}
	for _, tt := range tests {
		d, err := article.ParseDate(tt.in, tt.ref)
		if err != nil {
			t.Errorf("ParseDate(%q): %v", tt.in, err)
			continue
		}
		if got := d.String(); got != tt.want {
			t.Errorf("ParseDate(%q) = %s, want %s", tt.in, got, tt.want)
		}
	}
}

func TestParseDateErrors(t *testing.T) {
	tests := []struct {
		in   string
		ref  article.Date
		want error
	}{
		{"", article.Date{}, article.ErrSyntax},
		{"   ", article.Date{}, article.ErrSyntax},
		{"2016-13-01", article.Date{}, article.ErrRange},
		{"2016-02-30", article.Date{}, article.ErrRange},
		{"2016-W53", article.Date{}, article.ErrRange},
		{"2015-W54", article.Date{}, article.ErrRange},
		{"2016-7-15", article.Date{}, article.ErrSyntax},
		{"July 15", article.Date{}, article.ErrNoYear},
		{"July 32, 2016", article.Date{}, article.ErrRange},
		{"Feb. 29, 2015", article.Date{}, article.ErrRange},
		{"April 31", day(2016, 7, 15), article.ErrRange},
		{"Juli 15, 2016", article.Date{}, article.ErrSyntax},
		{"July 15, 2016 at noon", article.Date{}, article.ErrSyntax},
		{"15", article.Date{}, article.ErrSyntax},
		{"July", article.Date{}, article.ErrSyntax},
		{"July 15, 0999", article.Date{}, article.ErrRange},
	}
	for _, tt := range tests {
		d, err := article.ParseDate(tt.in, tt.ref)
		if !errors.Is(err, tt.want) {
			t.Errorf("ParseDate(%q) = %v, %v; want %v", tt.in, d, err, tt.want)
			continue
		}
		var pe *article.ParseError
		if !errors.As(err, &pe) || pe.Pos.Line < 1 || pe.Pos.Column < 1 {
			t.Errorf("ParseDate(%q): %v is not a positioned *ParseError", tt.in, err)
		}
		if !d.IsZero() {
			t.Errorf("ParseDate(%q) returned %v with an error", tt.in, d)
		}
	}
}

func TestDateText(t *testing.T) {
	tests := []struct {
		d    article.Date
		want string
	}{
		{article.Date{}, ""},
		{day(2016, 7, 14), "2016-07-14"},
		{article.MonthDate(2016, 6), "2016-06"},
		{article.MonthDate(2016, 13), "2017-01"},
		{article.YearDate(2015), "2015"},
		{article.WeekDate(day(2016, 7, 15).Time()), "2016-W28"},
		{article.WeekDate(day(2016, 1, 1).Time()), "2015-W53"},
		{day(2016, 7, 32), "2016-08-01"},
	}
	for _, tt := range tests {
		if got := tt.d.String(); got != tt.want {
			t.Errorf("%#v.String() = %q, want %q", tt.d, got, tt.want)
		}
	}
	if _, err := (article.Date{Year: 10000, Precision: article.PrecisionYear}).MarshalText(); err == nil {
		t.Error("year 10000 marshalled")
	}
}

func TestDateTime(t *testing.T) {
	w := article.WeekDate(day(2016, 7, 15).Time())
	if got := w.Time(); !got.Equal(time.Date(2016, 7, 11, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("week start %v", got)
	}
	if !(article.Date{}).Time().IsZero() {
		t.Error("zero date has a time")
	}
}

var genDate = rapid.Custom(func(t *rapid.T) article.Date {
	y := rapid.IntRange(1000, 9998).Draw(t, "year") // plus up to a year of days: never past 9999
	tm := time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, rapid.IntRange(0, 365).Draw(t, "day"))
	switch rapid.IntRange(0, 4).Draw(t, "precision") {
	case 0:
		return article.Date{}
	case 1:
		return article.YearDate(y)
	case 2:
		return article.MonthDate(tm.Year(), tm.Month())
	case 3:
		return article.WeekDate(tm)
	}
	return article.DateOf(tm)
})

func TestDateRoundTrip(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		d := genDate.Draw(t, "d")
		var back article.Date
		if err := back.UnmarshalText([]byte(d.String())); err != nil {
			t.Fatalf("%q: %v", d.String(), err)
		}
		if back != d {
			t.Fatalf("%#v -> %q -> %#v", d, d.String(), back)
		}
		if !d.IsZero() {
			p, err := article.ParseDate(d.String(), article.Date{})
			if err != nil || p != d {
				t.Fatalf("ParseDate(%q) = %v, %v", d.String(), p, err)
			}
		}
		b, err := json.Marshal(struct{ D article.Date }{d})
		if err != nil {
			t.Fatal(err)
		}
		var j struct{ D article.Date }
		if err := json.Unmarshal(b, &j); err != nil || j.D != d {
			t.Fatalf("json %s: %v %v", b, j.D, err)
		}
	})
}

// Written dates print and parse back: "July 15, 2016" and "15 July 2016".
func TestParseDateWrittenRoundTrip(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		d := article.DateOf(time.Date(rapid.IntRange(1000, 9999).Draw(t, "y"), 1, 1, 0, 0, 0, 0, time.UTC).
			AddDate(0, 0, rapid.IntRange(0, 364).Draw(t, "d")))
		for _, layout := range []string{"January 2, 2006", "2 January 2006", "Jan. 2, 2006", "Monday, January 2, 2006"} {
			if d.Month == time.May && layout[:4] == "Jan." {
				continue // May is never abbreviated
			}
			s := d.Time().Format(layout)
			got, err := article.ParseDate(s, article.Date{})
			if err != nil || got != d {
				t.Fatalf("ParseDate(%q) = %v, %v; want %v", s, got, err, d)
			}
		}
		// without a year, the one nearest the reference
		got, err := article.ParseDate(d.Time().Format("January 2"), d)
		if err != nil || got != d {
			t.Fatalf("ParseDate(%q, %v) = %v, %v", d.Time().Format("January 2"), d, got, err)
		}
	})
}

func TestParseDateNeverPanics(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		s := genText.Draw(t, "s")
		d, err := article.ParseDate(s, day(2016, 7, 15))
		if err != nil {
			var pe *article.ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("%q: error %T %v", s, err, err)
			}
			return
		}
		if d.IsZero() || d.String() == "" {
			t.Fatalf("%q: zero date without error", s)
		}
	})
}

func TestPrecisionText(t *testing.T) {
	for p := article.PrecisionNone; p <= article.PrecisionDay; p++ {
		b, err := p.MarshalText()
		if err != nil {
			t.Fatal(err)
		}
		var back article.Precision
		if err := back.UnmarshalText(b); err != nil || back != p {
			t.Errorf("%v: %v %v", p, back, err)
		}
	}
	if diff := cmp.Diff("Precision(9)", article.Precision(9).String()); diff != "" {
		t.Error(diff)
	}
}

// A *Date is a flag.Value.
func TestDateFlag(t *testing.T) {
	var ref article.Date
	fs := flag.NewFlagSet("t", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.Var(&ref, "date", "reference date")
	if err := fs.Parse([]string{"-date", "2016-07-15"}); err != nil || ref != article.DayDate(2016, 7, 15) {
		t.Errorf("-date 2016-07-15: %v, %v", ref, err)
	}
	err := fs.Parse([]string{"-date", "July 15"})
	if err == nil || !errors.Is(err, article.ErrSyntax) && !strings.Contains(err.Error(), "-date") {
		t.Errorf("-date July 15: %v", err)
	}
}
