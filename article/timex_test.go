package article_test

import (
	"encoding/json"
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/newsmodel/newsmodel/article"
	"pgregory.net/rapid"
)

func readFixture(t testing.TB, name string) string {
	t.Helper()
	b, err := os.ReadFile("../testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// found lists "text=value" for each expression, in order.
func found(src string, ts []article.Timex) []string {
	var out []string
	for _, t := range ts {
		out = append(out, t.Span.Text(src)+"="+t.TimeML())
	}
	return out
}

func day(y, m, d int) article.Date { return article.DayDate(y, timeMonth(m), d) }

func TestTimesFullReport(t *testing.T) {
	src := readFixture(t, "syria-talks-kremlin-full.txt")
	a, err := article.Parse(src)
	if err != nil {
		t.Fatal(err)
	}
	got := found(src, a.Times(article.Date{}))
	// "the recent telephone call", "the current pace": TimeML's past and
	// present references.
	want := []string{"Thursday=2016-07-14", "recent=PAST_REF", "Friday=2016-07-15", "current=PRESENT_REF"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("times (-want +got):\n%s", diff)
	}
	for _, x := range a.Times(article.Date{}) {
		if x.Span.Start < a.Header.End {
			t.Errorf("%v inside the header", x.Span)
		}
	}
}

func TestTimesWireReport(t *testing.T) {
	src := readFixture(t, "syria-talks-kremlin-wire.txt")
	a, err := article.Parse(src)
	if err != nil {
		t.Fatal(err)
	}
	if !a.Date.IsZero() {
		t.Fatalf("the wire report has date %v", a.Date)
	}
	want := []string{"yesterday=2016-07-14", "months=PXM", "years=PXY", "last September=2015-09", "last month=2016-06"}
	got := found(src, a.Times(day(2016, 7, 15)))
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("with a reference (-want +got):\n%s", diff)
	}
	wantNone := []string{"yesterday=", "months=PXM", "years=PXY", "last September=", "last month="}
	if diff := cmp.Diff(wantNone, found(src, a.Times(article.Date{}))); diff != "" {
		t.Errorf("without a reference (-want +got):\n%s", diff)
	}
	for _, x := range a.Times(day(2016, 7, 15)) {
		switch x.Span.Text(src) {
		case "months", "years":
			if x.Type != article.TimexDuration || !x.Value.IsZero() {
				t.Errorf("%q: %v %v, want a duration without a date", x.Span.Text(src), x.Type, x.Value)
			}
			// "months of criticism", "years of American demands"
			if rest := src[x.Span.End:]; !strings.HasPrefix(rest, " of ") {
				t.Errorf("%q is not the duration before \"of\"", x.Span.Text(src))
			}
		default:
			if x.Type != article.TimexDate || !x.Relative {
				t.Errorf("%q: %v relative=%v", x.Span.Text(src), x.Type, x.Relative)
			}
		}
	}
}

// Sentences in the styles of several outlets, each with the reference date
// of its report.
func TestFindTimes(t *testing.T) {
	tests := []struct {
		name string
		ref  article.Date
		src  string
		want []string
	}{
		{"reuters dateline day", day(2019, 3, 8), // a Friday
			"BERLIN, March 7 (Reuters) - German Chancellor Angela Merkel said on Thursday that talks would resume next week.",
			[]string{"March 7=2019-03-07", "Thursday=2019-03-07", "next week=2019-W11"}},
		{"ap future weekday", day(2021, 11, 3), // a Wednesday
			"The president is scheduled to travel to Ohio on Friday, aides said. He will meet governors on Monday.",
			[]string{"Friday=2021-11-05", "Monday=2021-11-08"}},
		{"ap past weekday", day(2021, 11, 3),
			"Police arrested two men on Monday, and a third was detained Tuesday.",
			[]string{"Monday=2021-11-01", "Tuesday=2021-11-02"}},
		{"weekday opening its clause", day(2021, 11, 3),
			"On Friday, the committee will vote on the bill.",
			[]string{"Friday=2021-11-05"}},
		{"bbc day month year", day(2018, 5, 20),
			"The treaty was signed on 15 July 2016 and came into force in September 2017.",
			[]string{"15 July 2016=2016-07-15", "September 2017=2017-09"}},
		{"nyt full date", day(2018, 5, 20),
			"The company filed for bankruptcy on Jan. 4, 2009, and emerged in 2010.",
			[]string{"Jan. 4, 2009=2009-01-04", "2010=2010"}},
		{"yearless past", day(2018, 5, 20),
			"Shares fell sharply on Feb. 12 and again on March 30.",
			[]string{"Feb. 12=2018-02-12", "March 30=2018-03-30"}},
		{"yearless near future", day(2018, 11, 20),
			"The offer expires Dec. 15 unless extended.",
			[]string{"Dec. 15=2018-12-15"}},
		{"guardian relative periods", day(2017, 2, 14),
			"Earlier this month the minister resigned; the inquiry reported last year and will sit again next month.",
			[]string{"Earlier this month=2017-02", "last year=2016", "next month=2017-03"}},
		{"ago", day(2017, 2, 14),
			"The plant closed two years ago, three weeks ago it reopened, and ten days ago it closed again.",
			[]string{"two years ago=2015", "three weeks ago=2017-W04", "ten days ago=2017-02-04"}},
		{"in n days", day(2017, 2, 14),
			"The vote will take place in three days.",
			[]string{"three days=2017-02-17"}},
		{"today tomorrow tonight", day(2020, 6, 30),
			"Markets rallied today after yesterday's slump; the results come out tomorrow and the speech is tonight.",
			[]string{"today=2020-06-30", "yesterday=2020-06-29", "tomorrow=2020-07-01", "tonight=2020-06-30"}},
		{"durations", day(2020, 6, 30),
			"After three years of talks and a 10-year freeze, the past two weeks brought hope.",
			[]string{"three years=P3Y", "10-year=P10Y", "the past two weeks=P2W"}},
		{"not dates", day(2020, 6, 30),
			"A dissent cable signed by 51 State Department officials, 1,500 troops and $2000 in cash. They may march.",
			nil},
		{"bare year needs a cue", day(2020, 6, 30),
			"Since 2015 the agency has hired 2019 people, and its 2018 budget grew.",
			[]string{"2015=2015", "2018=2018"}},
		{"quarters", day(1999, 10, 26),
			"Profit in the third quarter rose 5% from a year earlier, and fourth-quarter sales should rise.",
			[]string{"the third quarter=1999-Q3", "a year earlier=1998-Q3", "fourth-quarter=1999-Q4"}},
		{"present and past", day(2020, 6, 30),
			"The firm is now profitable and currently employs 300 people; it recently moved.",
			[]string{"now=PRESENT_REF", "currently=PRESENT_REF", "recently=PAST_REF"}},
		{"last month names", day(2016, 10, 5),
			"The deal agreed last September and the one signed last March.",
			[]string{"last September=2015-09", "last March=2016-03"}},
		{"month of last year", day(2016, 10, 5),
			"In June last year the talks collapsed.",
			[]string{"June last year=2015-06"}},
		{"iso", day(2016, 10, 5),
			"Published 2016-07-15, updated 2016-07.",
			[]string{"2016-07-15=2016-07-15", "2016-07=2016-07"}},
		{"mid and early", day(2016, 10, 5),
			"Output slowed in early September and is expected to pick up by mid-November.",
			[]string{"early September=2016-09", "mid-November=2016-11"}},
		{"clock times", day(2016, 10, 5),
			"The blast happened at 3 p.m. and the curfew starts at 10:30 pm.",
			[]string{"3 p.m.=", "10:30 pm="}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := found(tt.src, article.FindTimes(tt.src, article.Span{Start: 0, End: len(tt.src)}, tt.ref))
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("FindTimes(%q) (-want +got):\n%s", tt.src, diff)
			}
		})
	}
}

func TestFindTimesNoReference(t *testing.T) {
	src := "Officials met yesterday and will meet again on Friday, two weeks after talks in July 2015."
	got := found(src, article.FindTimes(src, article.Span{Start: 0, End: len(src)}, article.Date{}))
	want := []string{"yesterday=", "Friday=", "two weeks=P2W", "July 2015=2015-07"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

func TestFindTimesWindow(t *testing.T) {
	src := "Yesterday was calm. Today is not."
	got := article.FindTimes(src, article.Span{Start: 20, End: len(src)}, day(2020, 1, 2))
	if len(got) != 1 || got[0].Span.Text(src) != "Today" {
		t.Fatalf("got %v", found(src, got))
	}
	if got := article.FindTimes(src, article.Span{Start: 40, End: 3}, day(2020, 1, 2)); got != nil {
		t.Errorf("empty window: %v", got)
	}
}

func TestTimexJSON(t *testing.T) {
	in := []article.Timex{
		{Span: article.Span{Start: 3, End: 12}, Type: article.TimexDate, Value: day(2016, 7, 14), Relative: true},
		{Span: article.Span{Start: 20, End: 26}, Type: article.TimexDuration, Norm: "PXM"},
		{Span: article.Span{Start: 30, End: 39}, Type: article.TimexDate, Value: article.WeekDate(day(2016, 7, 14).Time())},
	}
	b, err := json.Marshal(in)
	if err != nil {
		t.Fatal(err)
	}
	var out []article.Timex
	if err := json.Unmarshal(b, &out); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(in, out); diff != "" {
		t.Errorf("round trip (-in +out):\n%s\n%s", diff, b)
	}
	for _, ty := range []article.TimexType{article.TimexUnknown, article.TimexDate, article.TimexTime, article.TimexDuration, article.TimexSet} {
		b, err := ty.MarshalText()
		if err != nil {
			t.Fatal(err)
		}
		var back article.TimexType
		if err := back.UnmarshalText(b); err != nil || back != ty {
			t.Errorf("%v: round trip gave %v, %v", ty, back, err)
		}
	}
	var bad article.TimexType
	if err := bad.UnmarshalText([]byte("century")); err == nil {
		t.Error("unknown type accepted")
	}
	if _, err := article.TimexType(42).MarshalText(); err == nil {
		t.Error("invalid type marshalled")
	}
}

// genTimeText draws arbitrary strings and strings of the words time
// expressions are made of.
var genTimeText = rapid.OneOf(
	rapid.String(),
	rapid.StringOf(rapid.SampledFrom([]rune("aelmnorstyJFMSTW0123456789 ,.-'’\n"))),
	rapid.Custom(func(t *rapid.T) string {
		words := rapid.SliceOf(rapid.SampledFrom([]string{"last", "next", "this", "the", "a", "on", "in",
			"Friday", "July", "15", "2016", "2016-07-15", "years", "ago", "earlier", "third", "quarter",
			"-", "mid", "yesterday", "will", "is", "to", "said", ",", ".", "Sept.", "'s", "s", "of",
			"twenty", "four", "p.m.", "10:30", "\xff", "month", "week", "few", "year-earlier"})).Draw(t, "words")
		return strings.Join(words, " ")
	}),
)

func TestFindTimesProperties(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		src := genTimeText.Draw(t, "src")
		ref := rapid.SampledFrom([]article.Date{{}, day(2016, 7, 15), day(2000, 2, 29), article.YearDate(2016)}).Draw(t, "ref")
		lo := rapid.IntRange(-2, len(src)+2).Draw(t, "lo")
		hi := rapid.IntRange(-2, len(src)+2).Draw(t, "hi")
		prev := -1
		for _, x := range article.FindTimes(src, article.Span{Start: lo, End: hi}, ref) {
			s := x.Span
			if s.Start < max(0, lo) || s.End > min(len(src), hi) || !s.IsValid() {
				t.Fatalf("span %v outside [%d,%d) of %q", s, lo, hi, src)
			}
			if s.Text(src) != src[s.Start:s.End] {
				t.Fatalf("text of %v", s)
			}
			if s.Start < prev {
				t.Fatalf("span %v before the previous end %d", s, prev)
			}
			prev = s.End
			if x.Type == article.TimexUnknown {
				t.Fatalf("%q has no type", s.Text(src))
			}
			if v := x.TimeML(); !utf8.ValidString(v) {
				t.Fatalf("value %q", v)
			}
			if !x.Value.IsZero() && x.Norm != "" {
				t.Fatalf("%q has both %v and %q", s.Text(src), x.Value, x.Norm)
			}
		}
	})
}

func TestArticleTimesProperties(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		src := genTimeText.Draw(t, "src")
		// paragraphs at the newlines, every other one boilerplate
		a := &article.Article{Source: src}
		start := 0
		for i := 0; i <= len(src); i++ {
			if i == len(src) || src[i] == '\n' {
				kind := article.KindBody
				if len(a.Paragraphs)%2 == 1 {
					kind = article.KindBoilerplate
				}
				a.Paragraphs = append(a.Paragraphs, article.Paragraph{Span: article.Span{Start: start, End: i}, Kind: kind})
				start = i + 1
			}
		}
		for _, x := range a.Times(day(2016, 7, 15)) {
			if x.Span.Start < 0 || x.Span.End > len(src) || x.Span.Start >= x.Span.End {
				t.Fatalf("span %v in %q", x.Span, src)
			}
			in := false
			for _, p := range a.Paragraphs {
				in = in || p.Contains(x.Span) && p.Kind != article.KindBoilerplate
			}
			if !in {
				t.Fatalf("%v is in no body or heading paragraph", x.Span)
			}
		}
	})
}
