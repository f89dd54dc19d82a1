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

// TestFindTimesNewsConventions checks the TimeML conventions of news
// writing on sentences written for the purpose.
func TestFindTimesNewsConventions(t *testing.T) {
	tests := []struct {
		name string
		ref  article.Date
		src  string
		want []string
	}{
		{"since is past", day(2011, 8, 20),
			"The frigate has been on patrol since March and returns home in October.",
			[]string{"March=2011-03", "October=2011-10"}},
		{"deadline after a past verb", day(2011, 8, 20),
			"The tender offer was extended to Sept. 9 after regulators asked for more time.",
			[]string{"Sept. 9=2011-09-09"}},
		{"to be and a participle", day(2011, 11, 2),
			"Both boards said they expect the merger to be completed by Dec. 20.",
			[]string{"Dec. 20=2011-12-20"}},
		{"future cue before a participle", day(2011, 10, 28),
			"The bank will redeem its outstanding preferred shares on Oct. 31, it said.",
			[]string{"Oct. 31=2011-10-31"}},
		{"payable", day(2011, 11, 2),
			"The reduced dividend is payable Jan. 5 to holders of record Dec. 1.",
			[]string{"Jan. 5=2012-01-05", "Dec. 1=2011-12-01"}},
		{"would", day(2011, 10, 26),
			"The special dividend would be paid in January, the company said.",
			[]string{"January=2012-01"}},
		{"adjacent participle", day(2011, 10, 27),
			"Analysts will watch the block of shares issued July 1 closely.",
			[]string{"July 1=2011-07-01"}},
		{"progressive is not is-to", day(2011, 10, 27),
			"The lender is continuing to look for a buyer under a June agreement with investors.",
			[]string{"June=2011-06"}},
		{"year-ago quarter", day(2011, 10, 25),
			"Third-quarter profit rose 8%. In the year-ago quarter the miner earned $2 billion, and in the comparable year-earlier period it paid no tax.",
			[]string{"Third-quarter=2011-Q3", "the year-ago quarter=2010-Q3", "the comparable year-earlier period=2010-Q3"}},
		{"year-earlier ordinal quarter", day(2011, 10, 25),
			"In the year-earlier second quarter the retailer lost money.",
			[]string{"the year-earlier second quarter=2010-Q2"}},
		{"the year period", day(2011, 10, 25),
			"Revenue for the third quarter rose. In the 2010 period the insurer booked a one-off gain.",
			[]string{"the third quarter=2011-Q3", "the 2010 period=2010-Q3"}},
		{"quarter a year ago", day(2011, 10, 25),
			"The chain reported a loss for the third quarter of $12 million. For the quarter a year ago it earned $3 million; the corresponding period last year had no charges.",
			[]string{"the third quarter=2011-Q3", "the quarter a year ago=2010-Q3", "the corresponding period last year=2010-Q3"}},
		{"last year's quarter and the latest period", day(2011, 10, 25),
			"Second-quarter sales fell. Sales for last year's quarter were higher, and the latest period included a charge.",
			[]string{"Second-quarter=2011-Q2", "last year's quarter=2010-Q2", "the latest period=2011-Q2"}},
		{"quarter ahead does not anchor", day(2011, 10, 25),
			"Third-quarter output fell from a year ago, and the firm expects losses through the second quarter of 2012.",
			[]string{"Third-quarter=2011-Q3", "a year ago=2010-Q3", "the second quarter of 2012=2012-Q2"}},
		{"the past year and the last decade", day(2008, 4, 3),
			"Food prices have soared over the past year, the steepest rise in the last decade.",
			[]string{"the past year=2007", "the last decade=199"}},
		{"the last half", day(2011, 10, 25),
			"The brewer warned of weak sales for the last half of 2011.",
			[]string{"the last half of 2011=2011-H2"}},
		{"seasons", day(2011, 10, 25),
			"The plant closed this past spring and will reopen next summer; the strike of last winter and the summer of 2009 were worse.",
			[]string{"this past spring=2011-SP", "next summer=2012-SU", "last winter=2010-WI", "the summer of 2009=2009-SU"}},
		{"present and past references", day(2011, 10, 25),
			"Right now the fund holds bonds; more recently it sold shares at the then-current price. These days it previously traded less.",
			[]string{"Right now=PRESENT_REF", "more recently=PAST_REF", "then-current=PAST_REF", "These days=PRESENT_REF", "previously=PAST_REF"}},
		{"future references", day(2011, 10, 25),
			"Rates will stay low in the near future and in the short term; the city will one day host the Games.",
			[]string{"the near future=FUTURE_REF", "the short term=FUTURE_REF", "one day=FUTURE_REF"}},
		{"year end and the full year", day(2011, 10, 25),
			"The deal should close by year-end; for the full year the bank sees growth, and shares hit a high for the year.",
			[]string{"year-end=2011", "the full year=2011", "the year=2011"}},
		{"edges of periods", day(2011, 10, 25),
			"Costs will be halved by the end of 2012, and the chief left at the beginning of October; stock ends the end of the month higher.",
			[]string{"the end of 2012=2012", "the beginning of October=2011-10", "the end of the month=2011-10"}},
		{"spelled years and decades", day(1998, 2, 27),
			"In nineteen ninety-one he was convicted; in January nineteen ninety-seven a bomb went off, a reminder of the nineties and the mid-1980s.",
			[]string{"nineteen ninety-one=1991", "January nineteen ninety-seven=1997-01", "the nineties=199", "the mid-1980s=198"}},
		{"centuries", day(2011, 10, 25),
			"The 12th century abbey was one of the great buildings of the 20th century.",
			[]string{"12th century=11", "the 20th century=19"}},
		{"anaphoric years", day(2011, 10, 25),
			"He was promoted on May 3, 2004, and the following year he left; that year the firm also moved.",
			[]string{"May 3, 2004=2004-05-03", "the following year=2005", "that year=2005"}},
		{"the first nine months and past quantities", day(2011, 10, 25),
			"In the first nine months profit rose; over the past 20 years the index doubled, and the two-week strike ended.",
			[]string{"the first nine months=P9M", "the past 20 years=P20Y", "two-week=P2W"}},
		{"approximators", day(2011, 10, 25),
			"Talks stalled for nearly two years; she testified for more than four hours, lenders must wait at least 30 days, troops may stay up to 180 days or no more than sixty days, and the deal closes around Nov. 1.",
			[]string{"nearly two years=P2Y", "more than four hours=PT4H", "at least 30 days=P30D", "up to 180 days=P180D", "no more than sixty days=P60D", "around Nov. 1=2011-11-01"}},
		{"the n months", day(2011, 10, 25),
			"For the nine months, net rose; the two day summit and the 30-day rate were not durations of the report, nor the latest six months.",
			[]string{"the nine months=P9M", "two day=P2D", "30-day=P30D", "the latest six months=P6M"}},
		{"time of day and its day", day(2011, 11, 3), // a Thursday
			"The store was robbed at 10 p.m. Wednesday, and talks broke off at noon Thursday. The offer expires at 5 p.m. EST, Nov. 9. Shops shut at midnight.",
			[]string{"10 p.m. Wednesday=2011-11-02", "noon Thursday=2011-11-03", "5 p.m. EST, Nov. 9=2011-11-09", "midnight="}},
		{"adjectival ordinal quarter", day(2011, 10, 25),
			"A major factor in the third-quarter loss was a write-down.",
			[]string{"third-quarter=2011-Q3"}},
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
