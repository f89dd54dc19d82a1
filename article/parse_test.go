package article_test

import (
	"errors"
	"os"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/google/go-cmp/cmp"
	"github.com/newsmodel/newsmodel"
	"github.com/newsmodel/newsmodel/article"
)

// fixture returns a fixture report through the root package, as an
// importer's test would.
func fixture(t testing.TB, name string) string {
	t.Helper()
	s, err := newsmodel.Fixture(name)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func mustParse(t testing.TB, src string) *article.Article {
	t.Helper()
	a, err := article.Parse(src)
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	return a
}

func kinds(a *article.Article) map[article.Kind]int {
	n := map[article.Kind]int{}
	for _, p := range a.Paragraphs {
		n[p.Kind]++
	}
	return n
}

func paragraphTexts(a *article.Article, k article.Kind) []string {
	var out []string
	for _, p := range a.Paragraphs {
		if p.Kind == k {
			out = append(out, a.Text(p.Span))
		}
	}
	return out
}

func TestParseKremlinFull(t *testing.T) {
	src := fixture(t, newsmodel.KremlinFull)
	a := mustParse(t, src)
	if got := a.Date.String(); got != "2016-07-15" {
		t.Errorf("Date = %q, want 2016-07-15", got)
	}
	if len(a.Meta) != 1 || a.Meta[0].Key != "date" || a.Text(a.Meta[0].Value) != "2016-07-15" {
		t.Errorf("Meta = %+v, want one date field", a.Meta)
	}
	for _, p := range a.Paragraphs {
		if p.Overlaps(a.Header) {
			t.Errorf("paragraph %v overlaps the header %v", p.Span, a.Header)
		}
	}
	if got := a.Text(a.Paragraphs[0].Span); !strings.HasPrefix(got, "Top US envoy John Kerry") {
		t.Errorf("first paragraph = %.40q, want it to start after the header", got)
	}
	if got, want := paragraphTexts(a, article.KindHeading), []string{"Off the beaten track"}; !cmp.Equal(got, want) {
		t.Errorf("headings = %q, want %q", got, want)
	}
	if n := kinds(a); n[article.KindBody] != 20 || n[article.KindBoilerplate] != 0 {
		t.Errorf("kinds = %v, want 20 body, 1 heading, 0 boilerplate", n)
	}
	if a.Headline.IsValid() || a.Dateline != (article.Dateline{}) {
		t.Errorf("Headline = %v, Dateline = %+v, want none", a.Headline, a.Dateline)
	}
}

func TestParseKremlinWire(t *testing.T) {
	src := fixture(t, newsmodel.KremlinWire)
	a := mustParse(t, src)
	if !a.Date.IsZero() || len(a.Meta) != 0 {
		t.Errorf("Date = %v, Meta = %v, want none", a.Date, a.Meta)
	}
	// Eight body lines, then the wire footer. (Single newlines and one
	// blank line separate the paragraphs; one line ends in no-break spaces.)
	if n := kinds(a); n[article.KindBody] != 8 || n[article.KindBoilerplate] != 1 || n[article.KindHeading] != 0 {
		t.Errorf("kinds = %v, want 8 body, 1 boilerplate", n)
	}
	if got := paragraphTexts(a, article.KindBoilerplate); len(got) != 1 || got[0] != "Latest News from World News Desk" {
		t.Errorf("boilerplate = %q", got)
	}
	for _, p := range a.Paragraphs {
		if txt := a.Text(p.Span); strings.HasSuffix(txt, "\u00a0") || strings.HasSuffix(txt, " ") {
			t.Errorf("paragraph %q keeps trailing space", txt[max(0, len(txt)-20):])
		}
	}
}

func TestParseHeader(t *testing.T) {
	tests := []struct {
		name, src string
		date      string
		meta      []string // key=value
		firstPara string
		headline  string
	}{
		{"space form on the paragraph's line", " date 2016-07-15 Top US envoy met.", "2016-07-15", []string{"date=2016-07-15"}, "Top US envoy met.", ""},
		{"colon form", "title: Kerry meets Putin\ndate: 2016-07-15\nsource: Example Wire\n\nKerry met Putin.", "2016-07-15",
			[]string{"title=Kerry meets Putin", "date=2016-07-15", "source=Example Wire"}, "Kerry met Putin.", "Kerry meets Putin"},
		{"written date", "Date: July 15, 2016\nAuthor: A. Writer\n\nText.", "2016-07-15", []string{"date=July 15, 2016", "author=A. Writer"}, "Text.", ""},
		{"url and date", "url https://example.com/a date 2016-07-15 Body text.", "2016-07-15",
			[]string{"url=https://example.com/a", "date=2016-07-15"}, "Body text.", ""},
		{"prose that starts with a key word", "Date night was a hit, officials said.", "", nil, "Date night was a hit, officials said.", ""},
		{"key word and a number", "date 2016 was a good year.", "", nil, "date 2016 was a good year.", ""},
		{"no header", "MOSCOW - Talks went on.", "", nil, "MOSCOW - Talks went on.", ""},
		{"heading as headline", "Kerry meets Putin in Moscow\n\nThe talks went on.", "", nil, "Kerry meets Putin in Moscow", "Kerry meets Putin in Moscow"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := mustParse(t, tt.src)
			if got := a.Date.String(); got != tt.date {
				t.Errorf("Date = %q, want %q", got, tt.date)
			}
			var meta []string
			for _, f := range a.Meta {
				meta = append(meta, f.Key+"="+a.Text(f.Value))
			}
			if diff := cmp.Diff(tt.meta, meta); diff != "" {
				t.Errorf("Meta (-want +got):\n%s", diff)
			}
			if got := a.Text(a.Paragraphs[0].Span); got != tt.firstPara {
				t.Errorf("first paragraph = %q, want %q", got, tt.firstPara)
			}
			if got := a.Text(a.Headline); got != tt.headline {
				t.Errorf("Headline = %q, want %q", got, tt.headline)
			}
		})
	}
}

func TestParseHeaderErrors(t *testing.T) {
	tests := []struct {
		src      string
		sentinel error
		pos      string
	}{
		{"date 2016-13-45 Body.", article.ErrRange, "1:6"},
		{"title: T\ndate: 2016-02-30\n\nBody.", article.ErrRange, "2:7"},
		{"date: yesterday\n\nBody.", article.ErrSyntax, "1:7"},
		{"  date 2016-7-1 Body.", article.ErrSyntax, "1:8"},
		{"\xff\xfeK\x00e\x00r\x00", article.ErrUTF16, "1:1"},
		{"PK\x03\x04\x14\x00", article.ErrBinary, "1:6"},
		{"Line one.\nLine\x00two.", article.ErrBinary, "2:5"},
	}
	for _, tt := range tests {
		_, err := article.Parse(tt.src)
		var pe *article.ParseError
		if !errors.As(err, &pe) {
			t.Errorf("Parse(%q) error = %v, want *ParseError", tt.src, err)
			continue
		}
		if !errors.Is(err, tt.sentinel) || pe.Pos.String() != tt.pos {
			t.Errorf("Parse(%q) error = %v at %v, want %v at %s", tt.src, err, pe.Pos, tt.sentinel, tt.pos)
		}
		if !strings.HasPrefix(err.Error(), "article: "+tt.pos+": ") {
			t.Errorf("Parse(%q) error text = %q", tt.src, err)
		}
	}
}

func TestParseParagraphs(t *testing.T) {
	long := strings.Repeat("Some words of a long line. ", 6)[:161]
	wrapped := `The minister said on Tuesday that the talks would resume next week
after a pause of several months, and that both sides had agreed to a
new timetable.
Officials in Brussels welcomed the move but warned that much work
remained to be done before a deal could be signed.
    An indented paragraph starts here, as some newspapers set their text
when they send it by wire.`
	tests := []struct {
		name string
		src  string
		want []string // kind:text
	}{
		{"blank lines", "First para.\n\nSecond para.\n\n\nThird.", []string{"body:First para.", "body:Second para.", "body:Third."}},
		{"single newlines between long lines", long + "\n" + long, []string{"body:" + long, "body:" + long}},
		{"CRLF", "First para.\r\n\r\nSecond para.\r\n", []string{"body:First para.", "body:Second para."}},
		{"hard-wrapped", wrapped, []string{
			"body:The minister said on Tuesday that the talks would resume next week\nafter a pause of several months, and that both sides had agreed to a\nnew timetable.",
			"body:Officials in Brussels welcomed the move but warned that much work\nremained to be done before a deal could be signed.",
			"body:An indented paragraph starts here, as some newspapers set their text\nwhen they send it by wire."}},
		{"lower-case line continues", "The talks, which began in\nGeneva, went on.", []string{"body:The talks, which began in\nGeneva, went on."}},
		{"heading and boilerplate", "The vote was held on Sunday.\n\nA narrow win\n\nThe count took all night.\n\n(Reporting by Jane Roe; Editing by John Doe)\n\nFollow us on Twitter\n\n© 2016 Example News",
			[]string{"body:The vote was held on Sunday.", "heading:A narrow win", "body:The count took all night.",
				"boilerplate:(Reporting by Jane Roe; Editing by John Doe)", "boilerplate:Follow us on Twitter", "boilerplate:© 2016 Example News"}},
		{"trailing heading is furniture", "The vote was held.\n\nMost Read Stories", []string{"body:The vote was held.", "boilerplate:Most Read Stories"}},
		{"empty", "", nil},
		{"spaces only", " \n\u00a0\n\t", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := mustParse(t, tt.src)
			var got []string
			for _, p := range a.Paragraphs {
				got = append(got, p.Kind.String()+":"+a.Text(p.Span))
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("paragraphs (-want +got):\n%s", diff)
			}
		})
	}
}

func TestParseDateline(t *testing.T) {
	ref := article.DayDate(2016, 7, 15)
	tests := []struct {
		src                          string
		place, dateText, agency, val string
	}{
		{"MOSCOW, July 14 (Reuters) - U.S. Secretary of State John Kerry met...", "MOSCOW", "July 14", "Reuters", "2016-07-14"},
		{"WASHINGTON (AP) — President Barack Obama said...", "WASHINGTON", "", "AP", ""},
		{"LONDON — Britain's prime minister said...", "LONDON", "", "", ""},
		{"SPRINGFIELD, Ill. (AP) -- The governor signed...", "SPRINGFIELD, Ill.", "", "AP", ""},
		{"NEW YORK, Jan. 3 (Reuters) - Stocks rose...", "NEW YORK", "Jan. 3", "Reuters", "2016-01-03"},
		{"Moscow (AFP) - Russia said...", "Moscow", "", "AFP", ""},
		{"BEIRUT, Dec. 28, 2015 (Reuters) - Rebels...", "BEIRUT", "Dec. 28, 2015", "Reuters", "2015-12-28"},
	}
	for _, tt := range tests {
		a, err := (&article.Parser{Reference: ref}).Parse(tt.src)
		if err != nil {
			t.Fatal(err)
		}
		d := a.Dateline
		got := []string{a.Text(d.Place), a.Text(d.DateText), a.Text(d.Agency), d.Date.String()}
		if diff := cmp.Diff([]string{tt.place, tt.dateText, tt.agency, tt.val}, got); diff != "" {
			t.Errorf("Parse(%.30q).Dateline (-want +got):\n%s", tt.src, diff)
		}
		if !strings.HasSuffix(a.Text(d.Span), "-") && !strings.HasSuffix(a.Text(d.Span), "—") {
			t.Errorf("Dateline span %q does not end at its dash", a.Text(d.Span))
		}
	}
	// The dateline's date dates an undated report.
	a, _ := (&article.Parser{Reference: ref}).Parse(tests[0].src)
	if a.Date.String() != "2016-07-14" {
		t.Errorf("Date = %v, want the dateline's 2016-07-14", a.Date)
	}
	for _, src := range []string{"US officials - not all of them - agreed.", "NATO said on Monday it would act.", "I - and others - disagree."} {
		if d := mustParse(t, src).Dateline; d != (article.Dateline{}) {
			t.Errorf("Parse(%q) found dateline %+v", src, d)
		}
	}
}

func TestRead(t *testing.T) {
	src := fixture(t, newsmodel.KremlinWire)
	a, err := article.Read(iotest.OneByteReader(strings.NewReader(src)))
	if err != nil {
		t.Fatal(err)
	}
	b := mustParse(t, src)
	if diff := cmp.Diff(b, a); diff != "" {
		t.Errorf("Read differs from Parse (-parse +read):\n%s", diff)
	}
	if _, err := article.Read(iotest.ErrReader(os.ErrClosed)); !errors.Is(err, os.ErrClosed) {
		t.Errorf("Read(failing reader) error = %v", err)
	}
}
