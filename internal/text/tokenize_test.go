package text

import (
	"strings"
	"testing"
)

// tokenTexts returns the texts of the tokens of src, separated by '|'.
func tokenTexts(src string) string {
	var b strings.Builder
	for i, tk := range Core().Tokenize(nil, src, 0, len(src)) {
		if i > 0 {
			b.WriteByte('|')
		}
		b.WriteString(tk.Text(src))
	}
	return b.String()
}

func TestTokenize(t *testing.T) {
	for _, c := range []struct{ src, want string }{
		{`He didn't go.`, `He|did|n't|go|.`},
		{`They can't, won't; she’s gone.`, `They|ca|n't|,|wo|n't|;|she|’s|gone|.`},
		{`O'Brien's aides' pay`, `O'Brien|'s|aides|'|pay`},
		{`U.S. officials met at 10:30 a.m. in the U.K.`, `U.S.|officials|met|at|10:30|a.m.|in|the|U.K.`},
		{`Mr. J. R. Smith of Acme Inc. said.`, `Mr.|J.|R.|Smith|of|Acme|Inc.|said|.`},
		{`He joined Acme Inc.`, `He|joined|Acme|Inc|.`},
		{`al-Qaeda's 30-year-old Seattle-based rock'n'roll`, `al-Qaeda|'s|30-year-old|Seattle-based|rock'n'roll`},
		{`1,200 km, 3.5% and $4.2bn in the 1990s`, `1,200|km|,|3.5|%|and|$|4.2bn|in|the|1990s`},
		{`the 9/11 attacks, 24/7 news and/or either/or`, `the|9/11|attacks|,|24/7|news|and|/|or|either|/|or`},
		{`"No," she said -- or — not - yet...`, `"|No|,|"|she|said|--|or|—|not|-|yet|...`},
		{`“Fine,” ‘quite’ «sure»`, `“|Fine|,|”|‘|quite|’|«|sure|»`},
		{`Zürich's Ōsaka naïve`, `Zürich|'s|Ōsaka|naïve`},
		{`Jan. 5 and Feb. 2016`, `Jan.|5|and|Feb.|2016`},
		{`Sen. Tom Baker, R-Kan., and Ann Lee of Lawrence, Kan., said`, `Sen.|Tom|Baker|,|R-Kan.|,|and|Ann|Lee|of|Lawrence|,|Kan.|,|said`},
		{`we'd they'll I'm you're`, `we|'d|they|'ll|I|'m|you|'re`},
		{"ʼ% Hawaiʻi", "ʼ|%|Hawaiʻi"},             // a modifier apostrophe alone is a mark
		{`ʼ Hawaiʼi ʼokina`, `ʼ|Hawaiʼi|ʼ|okina`}, // a modifier apostrophe opens no word
	} {
		if got := tokenTexts(c.src); got != c.want {
			t.Errorf("Tokenize(%q)\n got %s\nwant %s", c.src, got, c.want)
		}
	}
}

func TestTokenShapes(t *testing.T) {
	src := `NATO's McDonald met J. Smith at the U.N. on Monday`
	toks := Core().Tokenize(nil, src, 0, len(src))
	want := map[string]Shape{"NATO": Cap | AllCaps, "McDonald": Cap | Mixed, "J.": Cap | Initial | Dotted, "U.N.": Cap | AllCaps | Dotted}
	for _, tk := range toks {
		if sh, ok := want[tk.Text(src)]; ok && tk.Shape&sh != sh {
			t.Errorf("%q has shape %b, want %b", tk.Text(src), tk.Shape, sh)
		}
	}
	if toks[0].Shape&First == 0 {
		t.Error("the first token is not First")
	}
}

func TestQuoteShapes(t *testing.T) {
	for _, c := range []struct {
		src  string
		want []Shape
	}{
		{`he said "no" to it`, []Shape{Open, Close}},
		{`("yes")`, []Shape{Open, Close}},
		{`“a” and ‘b’`, []Shape{Open, Close, Open | Single, Close | Single}},
	} {
		var got []Shape
		for _, tk := range Core().Tokenize(nil, c.src, 0, len(c.src)) {
			if tk.Kind == Quote || tk.Kind == Apos {
				got = append(got, tk.Shape&(Open|Close|Single))
			}
		}
		if len(got) != len(c.want) {
			t.Errorf("%q: %d quotes, want %d", c.src, len(got), len(c.want))
			continue
		}
		for i := range got {
			if got[i] != c.want[i] {
				t.Errorf("%q: quote %d shape %b, want %b", c.src, i, got[i], c.want[i])
			}
		}
	}
}
