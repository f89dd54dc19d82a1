package entity_test

import (
	"errors"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/newsmodel/newsmodel/article"
	"github.com/newsmodel/newsmodel/entity"
	"pgregory.net/rapid"
)

// genText draws arbitrary strings, fixtures, fixtures cut at any byte, and
// runs of name-like words.
var genText = rapid.Custom(func(t *rapid.T) string {
	switch rapid.IntRange(0, 3).Draw(t, "which") {
	case 0:
		return rapid.String().Draw(t, "s")
	case 1:
		s := fixtureText(rapid.SampledFrom(fixtureNames).Draw(t, "name"))
		return s[:rapid.IntRange(0, len(s)).Draw(t, "cut")]
	case 2:
		words := rapid.SliceOf(rapid.SampledFrom([]string{"Kerry", "said", "he", "US", "officials", "a", "senior", "official",
			"al-Qaida's", "President", "Russian", ",", ".", "\"", "the", "Kremlin", "Mrs.", "May", "bin", "van", "der", "IS", "\n\n", "é", "\xff",
			"she", "it", "its", "they", "them", "his", "her", "himself", "(", ")", "BLM", "Black", "Lives", "Matter", "Seattle-based",
			"US-Russia", "beat", "Leeds", "2", "in", "Texas", "Irving", "#Vote", "@nyt", "www.example.com", "Image:", "Copyright"})).Draw(t, "words")
		return strings.Join(words, " ")
	}
	return string(rapid.SliceOf(rapid.Byte()).Draw(t, "bytes"))
})

func TestNormalizeNameProperties(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		s := rapid.OneOf(rapid.String(), genText).Draw(t, "s")
		n := entity.NormalizeName(s)
		if entity.NormalizeName(n) != n {
			t.Fatalf("not idempotent: %q -> %q -> %q", s, n, entity.NormalizeName(n))
		}
		if !utf8.ValidString(n) {
			t.Fatalf("invalid UTF-8 out: %q", n)
		}
		if len(n) > 3*len(s)+3 {
			t.Fatalf("too long: %d bytes from %d", len(n), len(s))
		}
		if strings.Contains(n, "  ") || strings.TrimSpace(n) != n {
			t.Fatalf("spaces not collapsed: %q", n)
		}
		if entity.NormalizeName(strings.ToUpper(n)) != n && isASCII(n) {
			t.Fatalf("case matters: %q", n)
		}
	})
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

func TestNormalizeNameVariants(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		w := rapid.SliceOfN(rapid.StringMatching(`[A-Za-z]{1,8}`), 1, 4).Draw(t, "words")
		base := strings.Join(w, " ")
		sep := rapid.SampledFrom([]string{"-", "‐", " ", "  ", "_", "–"}).Draw(t, "sep")
		variant := strings.Join(w, sep)
		if rapid.Bool().Draw(t, "poss") {
			variant += rapid.SampledFrom([]string{"'s", "’s"}).Draw(t, "apos")
			base += "'s"
		}
		if entity.NormalizeName(strings.ToUpper(variant)) != entity.NormalizeName(strings.ToLower(base)) &&
			entity.NormalizeName(variant) != entity.NormalizeName(base) {
			t.Fatalf("%q and %q differ: %q, %q", variant, base, entity.NormalizeName(variant), entity.NormalizeName(base))
		}
	})
}

func TestNormalizeNameCases(t *testing.T) {
	for _, tt := range [][2]string{
		{"al-Qaida", "al Qaida"}, {"Assad's", "Assad"}, {"TheWashington Post", "The Washington Post"},
		{"Lávrov", "Lavrov"}, {"U.S.", "US"}, {"O’Brien", "O'Brien"}, {"ＰＵＴＩＮ", "putin"}, {"Reuters'", "Reuters"},
	} {
		if a, b := entity.NormalizeName(tt[0]), entity.NormalizeName(tt[1]); a != b {
			t.Errorf("NormalizeName(%q) = %q, NormalizeName(%q) = %q, want equal", tt[0], a, tt[1], b)
		}
	}
}

// TestExtractSpans: every mention spans its text within the source, half
// open and in range, in document order; mentions of different entities
// never overlap; and every pronoun's antecedent precedes it.
func TestExtractSpans(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		src := genText.Draw(t, "src")
		a, err := article.Parse(src)
		if err != nil {
			return
		}
		ents := entity.Extract(a)
		var all []article.Span
		for i, e := range ents {
			if e.ID != "e"+itoa(i+1) || len(e.Mentions) == 0 {
				t.Fatalf("entity %d: ID %q, %d mentions", i, e.ID, len(e.Mentions))
			}
			for j, m := range e.Mentions {
				if !m.Span.IsValid() || m.Span.End > len(src) {
					t.Fatalf("%s mention %d: bad span %v", e.ID, j, m.Span)
				}
				if j > 0 && m.Span.Start < e.Mentions[j-1].Span.Start {
					t.Fatalf("%s mentions out of order", e.ID)
				}
				if m.Span.Text(src) != src[m.Span.Start:m.Span.End] {
					t.Fatal("Span.Text differs")
				}
				all = append(all, m.Span)
			}
			if i > 0 && e.Mentions[0].Span.Start < ents[i-1].Mentions[0].Span.Start {
				t.Fatalf("entities out of order of first mention")
			}
		}
		for i := range all {
			for j := i + 1; j < len(all); j++ {
				if all[i].Overlaps(all[j]) {
					t.Fatalf("mentions %v and %v overlap: %q %q", all[i], all[j], all[i].Text(src), all[j].Text(src))
				}
			}
		}
		// a pronoun refers back: its entity is mentioned otherwise before it
		for _, e := range ents {
			for j, m := range e.Mentions {
				if m.Form != entity.FormPronoun {
					continue
				}
				before := false
				for _, o := range e.Mentions[:j] {
					before = before || o.Form != entity.FormPronoun && o.Span.End <= m.Span.Start
				}
				if !before {
					t.Fatalf("%s: pronoun %q at %v with no mention of its entity before it", e.Name, m.Span.Text(src), m.Span)
				}
			}
		}
	})
}

func itoa(i int) string { return strconv.Itoa(i) }

var genEntry = rapid.Custom(func(t *rapid.T) entity.Entry {
	val := rapid.StringMatching(`[A-Za-zé][A-Za-z' .é-]{0,10}[A-Za-z]`)
	e := entity.Entry{
		Kind: rapid.SampledFrom([]entity.Kind{entity.KindPerson, entity.KindOrganization, entity.KindPlace, entity.KindGroup}).Draw(t, "kind"),
		Name: val.Draw(t, "name"),
	}
	e.Aliases = rapid.SliceOfN(val, 0, 3).Draw(t, "aliases")
	e.Demonyms = rapid.SliceOfN(val, 0, 2).Draw(t, "demonyms")
	if rapid.Bool().Draw(t, "hasOf") {
		e.Of = val.Draw(t, "of")
	}
	return e
})

func TestGazetteerRoundTrip(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		entries := rapid.SliceOfN(genEntry, 0, 6).Draw(t, "entries")
		g := entity.NewGazetteer(entries)
		text, err := g.MarshalText()
		if err != nil {
			t.Fatal(err)
		}
		back, err := entity.ParseGazetteer(string(text))
		if err != nil {
			t.Fatalf("ParseGazetteer(%q): %v", text, err)
		}
		if diff := cmp.Diff(g.Entries(), back.Entries(), cmpopts.EquateEmpty()); diff != "" {
			t.Fatalf("round trip (-want +got):\n%s", diff)
		}
	})
}

func TestBuiltinRoundTrip(t *testing.T) {
	g := entity.Builtin()
	back, err := entity.ParseGazetteer(g.String())
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(g.Entries(), back.Entries(), cmpopts.EquateEmpty()); diff != "" {
		t.Fatalf("round trip (-want +got):\n%s", diff)
	}
	for _, tt := range []struct{ name, want string }{
		{"DAESH", "Islamic State"}, {"al Qaida", "al-Qaeda"}, {"al-Nusra Front", "Nusra Front"}, {"Russians", "Russia"},
		{"TheWashington Post", "The Washington Post"}, {"Kremlin", "the Kremlin"}, {"AFP", "Agence France-Presse"},
		{"Syria", "Syria"}, {"Damascus", "Damascus"}, {"U.S.", "United States"},
	} {
		e, _, ok := g.Lookup(tt.name)
		if !ok || e.Name != tt.want {
			t.Errorf("Lookup(%q) = %q, %v, want %q", tt.name, e.Name, ok, tt.want)
		}
	}
}

func TestParseGazetteerErrors(t *testing.T) {
	tests := []struct {
		src       string
		line, col int
		err       error
	}{
		{"alien Mars", 1, 1, entity.ErrKind},
		{"# ok\n\nplace   ", 3, 6, entity.ErrName},
		{"place Russia | alias", 1, 16, entity.ErrField},
		{"place Russia | color=red", 1, 16, entity.ErrField},
		{"place Russia | alias=A,,B", 1, 24, entity.ErrValue},
		{"place Russia | of=A, B", 1, 16, entity.ErrField},
		{"person a=b", 1, 8, entity.ErrValue},
	}
	for _, tt := range tests {
		_, err := entity.ParseGazetteer(tt.src)
		var pe *entity.ParseError
		if !errors.As(err, &pe) || !errors.Is(err, tt.err) || pe.Pos.Line != tt.line || pe.Pos.Column != tt.col {
			t.Errorf("ParseGazetteer(%q) = %v, want %d:%d %v", tt.src, err, tt.line, tt.col, tt.err)
		}
	}
}

// TestLinear: a long run of capitalised words is handled in linear time;
// a quadratic finder would not finish within the test's budget.
func TestLinear(t *testing.T) {
	src := strings.Repeat("Abc ", 100000) + "said."
	_, ents := extract(t, src)
	if len(ents) == 0 {
		t.Fatal("no entity in a run of capitalised words")
	}
}

// TestScaling checks that extraction's work, counted as bytes and objects
// allocated (never time), grows linearly with the input: per input byte,
// a 1 MB report costs no more than a 256 KB one, for news text and for
// adversarial text.
func TestScaling(t *testing.T) {
	news := strings.Join(generatedReports(1<<20), "\n\n")
	inputs := map[string]func(n int) string{
		"news": func(n int) string { return news[:n] },
		"capitals": func(n int) string {
			return strings.Repeat("Abc ", n/4)
		},
		"no spaces": func(n int) string { return strings.Repeat("x", n) },
		"quote marks": func(n int) string {
			return strings.Repeat(`"A" `, n/4)
		},
		"titles": func(n int) string {
			return strings.Repeat("The US secretary of state, John Kerry, said he met Russian Foreign Minister Sergei Lavrov. ", n/91)
		},
	}
	cost := func(src string) (bytes, objects float64) {
		a, err := article.Parse(src)
		if err != nil {
			t.Fatal(err)
		}
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		entity.Extract(a)
		runtime.ReadMemStats(&after)
		n := float64(len(src))
		return float64(after.TotalAlloc-before.TotalAlloc) / n, float64(after.Mallocs-before.Mallocs) / n
	}
	cost("Warm up: build the word lists and the gazetteer.")
	for _, name := range []string{"news", "capitals", "no spaces", "quote marks", "titles"} {
		gen := inputs[name]
		// 256 KB and 1 MB: a sentence of either size is too long for the
		// pooled readers of the text layer, so both pay for their own
		sb, so := cost(gen(256 << 10))
		lb, lo := cost(gen(1 << 20))
		t.Logf("%s: %.1f B and %.4f allocations per input byte at 256 KB, %.1f and %.4f at 1 MB", name, sb, so, lb, lo)
		if lb > 1.5*sb+1 || lo > 1.5*so+0.001 {
			t.Errorf("%s: work per byte grows with size: %.1f B, %.4f allocs at 256 KB; %.1f B, %.4f allocs at 1 MB", name, sb, so, lb, lo)
		}
	}
}

// TestManyEntityIDs checks the IDs of a report with more entities than
// the table of prepared IDs.
func TestManyEntityIDs(t *testing.T) {
	var b strings.Builder
	for i := range 600 {
		b.WriteString("Minister " + generatedName(i) + " said no. ")
	}
	_, ents := extract(t, b.String())
	if len(ents) < 300 {
		t.Fatalf("%d entities, want at least 300", len(ents))
	}
	for i, e := range ents {
		if want := "e" + strconv.Itoa(i+1); e.ID != want {
			t.Fatalf("entity %d has ID %q, want %q", i, e.ID, want)
		}
	}
}

// generatedName returns a made-up two-word name, different for each i < 1728.
func generatedName(i int) string {
	syl := []string{"ka", "ro", "mi", "tev", "an", "sol", "dri", "ve", "lo", "ni", "bar", "kos"}
	w := syl[i%12] + syl[i/12%12] + syl[i/144%12]
	return "Ab" + w + " Zu" + w
}
