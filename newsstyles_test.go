package newsmodel_test

import (
	"bufio"
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// The held-out corpus testdata/newsstyles: 48 original news texts in eight
// outlet styles with gold mentions, quotes and stances, for the evaluation
// scripts (see testdata/newsstyles/README.md). These tests check the
// committed gold against the committed texts, and that both are what the
// annotated sources build to.

var updateNewsStyles = flag.Bool("update-newsstyles", false, "rebuild testdata/newsstyles from its annotated sources")

const newsStylesDir = "testdata/newsstyles"

// TestNewsStylesSources builds the corpus from src/*.ann and compares it with
// the committed docs/ and gold.jsonl; -update-newsstyles writes them instead.
func TestNewsStylesSources(t *testing.T) {
	files, err := buildNewsStyles(newsStylesDir)
	if err != nil {
		t.Fatal(err)
	}
	if *updateNewsStyles {
		old, _ := filepath.Glob(filepath.Join(newsStylesDir, "docs", "*.txt"))
		for _, p := range old {
			rel, _ := filepath.Rel(newsStylesDir, p)
			if _, ok := files[filepath.ToSlash(rel)]; !ok {
				if err := os.Remove(p); err != nil {
					t.Fatal(err)
				}
			}
		}
		if err := os.MkdirAll(filepath.Join(newsStylesDir, "docs"), 0o755); err != nil {
			t.Fatal(err)
		}
		for name, b := range files {
			if err := os.WriteFile(filepath.Join(newsStylesDir, filepath.FromSlash(name)), b, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		return
	}
	for name, want := range files {
		got, err := os.ReadFile(filepath.Join(newsStylesDir, filepath.FromSlash(name)))
		if err != nil {
			t.Errorf("%v (run go test -run TestNewsStylesSources -update-newsstyles .)", err)
			continue
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s differs from what src/ builds (run go test -run TestNewsStylesSources -update-newsstyles .)", name)
		}
	}
	committed, _ := filepath.Glob(filepath.Join(newsStylesDir, "docs", "*.txt"))
	if len(committed) != len(files)-1 {
		t.Errorf("docs/ holds %d texts, src/ builds %d", len(committed), len(files)-1)
	}
}

// readNewsStylesGold reads the committed gold.jsonl, rejecting unknown fields.
func readNewsStylesGold(t *testing.T) []nsDoc {
	t.Helper()
	f, err := os.Open(filepath.Join(newsStylesDir, "gold.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var docs []nsDoc
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<24)
	for n := 1; sc.Scan(); n++ {
		dec := json.NewDecoder(bytes.NewReader(sc.Bytes()))
		dec.DisallowUnknownFields()
		var d nsDoc
		if err := dec.Decode(&d); err != nil {
			t.Fatalf("gold.jsonl:%d: %v", n, err)
		}
		docs = append(docs, d)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return docs
}

// TestNewsStylesGold checks every span of the committed gold against the
// committed texts: in range, equal to its recorded text, chains of one kind,
// quote parts consistent, stance cues inside their sentences.
func TestNewsStylesGold(t *testing.T) {
	docs := readNewsStylesGold(t)
	if len(docs) != 48 {
		t.Errorf("%d documents, want 48", len(docs))
	}
	styles := map[string]int{}
	ids := map[string]bool{}
	for _, d := range docs {
		styles[d.Style]++
		if ids[d.ID] {
			t.Errorf("duplicate id %s", d.ID)
		}
		ids[d.ID] = true
		if d.File != "docs/"+d.ID+".txt" || d.Scope != "attribution" || len(d.Date) != len("2006-01-02") {
			t.Errorf("%s: file %q, scope %q, date %q", d.ID, d.File, d.Scope, d.Date)
		}
		raw, err := os.ReadFile(filepath.Join(newsStylesDir, filepath.FromSlash(d.File)))
		if err != nil {
			t.Error(err)
			continue
		}
		checkNewsStylesDoc(t, d, string(raw))
		if n := len(strings.Fields(string(raw))); n < 150 || n > 450 {
			t.Errorf("%s: %d words, want 150-450", d.ID, n)
		}
	}
	for _, s := range []string{"wire", "politics", "tabloid", "local", "sport", "science", "business", "foreign"} {
		if styles[s] != 6 {
			t.Errorf("style %s has %d documents, want 6", s, styles[s])
		}
	}
	if len(styles) != 8 {
		t.Errorf("styles %v, want the eight of the README", styles)
	}
}

func checkNewsStylesDoc(t *testing.T, d nsDoc, text string) {
	t.Helper()
	if !utf8.ValidString(text) {
		t.Errorf("%s: text is not UTF-8", d.ID)
	}
	span := func(what string, s, e int, want string) {
		t.Helper()
		if s < 0 || s >= e || e > len(text) {
			t.Errorf("%s: %s [%d,%d) out of range (%d bytes)", d.ID, what, s, e, len(text))
			return
		}
		if want != "\x00" && text[s:e] != want {
			t.Errorf("%s: %s [%d,%d) is %q, recorded %q", d.ID, what, s, e, text[s:e], want)
		}
	}
	chainKind := map[string]string{}
	for i, m := range d.Mentions {
		span("mention", m.Start, m.End, m.Text)
		if !slices.Contains([]string{"person", "organization", "place"}, m.Kind) ||
			!slices.Contains([]string{"name", "nominal", "pronoun"}, m.Form) || m.Chain == "" {
			t.Errorf("%s: mention %q: kind %q form %q chain %q", d.ID, m.Text, m.Kind, m.Form, m.Chain)
		}
		if k, ok := chainKind[m.Chain]; ok && k != m.Kind {
			t.Errorf("%s: chain %s is %s and %s", d.ID, m.Chain, k, m.Kind)
		}
		chainKind[m.Chain] = m.Kind
		if (m.Form == "pronoun") != isNSPronoun(m.Text) {
			t.Errorf("%s: mention %q has form %s", d.ID, m.Text, m.Form)
		}
		if i > 0 && (m.Start < d.Mentions[i-1].Start) {
			t.Errorf("%s: mentions out of order at %q", d.ID, m.Text)
		}
	}
	for _, ig := range d.Ignore {
		span("ignore", ig.Span[0], ig.Span[1], ig.Text)
		if ig.Why == "" {
			t.Errorf("%s: ignore span %q without why", d.ID, ig.Text)
		}
	}
	for _, q := range d.Quotes {
		if err := nsCheckQuoteKind(q.Kind, nsJoin(text, q.Content)); err != nil {
			t.Errorf("%s: %v", d.ID, err)
		}
		for i, c := range q.Content {
			span("quote content", c[0], c[1], "\x00")
			if i > 0 && c[0] < q.Content[i-1][1] {
				t.Errorf("%s: quote fragments overlap or are out of order: %v", d.ID, q.Content)
			}
		}
		if (q.Speaker == nil) != (q.SpeakerSpan == nil) || (q.Cue == nil) != (q.CueSpan == nil) ||
			(q.SpeakerCanonical != nil && q.Speaker == nil) {
			t.Errorf("%s: quote %v: speaker or cue without its span", d.ID, q.Content)
		}
		if q.Speaker != nil && q.SpeakerSpan != nil {
			span("speaker", q.SpeakerSpan[0], q.SpeakerSpan[1], *q.Speaker)
		}
		if q.Cue != nil && q.CueSpan != nil {
			span("cue", q.CueSpan[0], q.CueSpan[1], *q.Cue)
		}
	}
	for _, s := range d.Stances {
		span("stance sentence", s.Sentence[0], s.Sentence[1], "\x00")
		span("stance holder", s.Holder[0], s.Holder[1], s.HolderText)
		span("stance target", s.Target[0], s.Target[1], s.TargetText)
		span("stance cue", s.Cue[0], s.Cue[1], s.CueText)
		in := func(x [2]int) bool { return s.Sentence[0] <= x[0] && x[1] <= s.Sentence[1] }
		if !in(s.Cue) {
			t.Errorf("%s: stance cue %q outside its sentence", d.ID, s.CueText)
		}
		if in(s.Holder) == s.HolderOutside || in(s.Target) == s.TargetOutside {
			t.Errorf("%s: stance %q %s %q: outside flags wrong", d.ID, s.HolderText, s.Polarity, s.TargetText)
		}
		if s.Polarity != "support" && s.Polarity != "oppose" || s.HolderName == "" || s.TargetName == "" {
			t.Errorf("%s: stance %q %s %q: polarity or names missing", d.ID, s.HolderText, s.Polarity, s.TargetText)
		}
	}
}

func nsJoin(text string, frags [][2]int) string {
	var b strings.Builder
	for _, f := range frags {
		if 0 <= f[0] && f[0] <= f[1] && f[1] <= len(text) {
			b.WriteString(text[f[0]:f[1]])
		}
	}
	return b.String()
}

// TestNewsStylesMarkup builds a small source and checks the spans it gives.
func TestNewsStylesMarkup(t *testing.T) {
	src := "date: 2020-01-02\nstyle: wire\n---\n" +
		"{q1.s:[[Kremlin spokesman Dmitry Peskov|p peskov]]:} {q1.v:said:} {q1:{s1.h:[[Russia|l russia]]:} {s1.c:backed:} {s1.t,s2.t:[[the plan|od plan]]:}:}.\n" +
		"@q q1 indirect\n" +
		"\n" +
		"{q2:\"{s2.c:We support it:},\":} {q2.s,s2.h:[[he|p peskov]]:} {q2.v:added:}. [[The Times|o times]] ran [[\"Red Square\"|x work]].\n" +
		"@q q2 direct\n" +
		"@s s2 support | | the plan\n" +
		"@s s1 support\n" +
		"@name peskov Dmitry Peskov\n"
	b, err := buildNewsStylesSource("x.ann", src)
	if err != nil {
		t.Fatal(err)
	}
	wantText := "Kremlin spokesman Dmitry Peskov said Russia backed the plan.\n\n\"We support it,\" he added. The Times ran \"Red Square\".\n"
	if b.Text != wantText {
		t.Fatalf("text %q, want %q", b.Text, wantText)
	}
	checkNewsStylesDoc(t, b.Doc, b.Text)
	if len(b.Doc.Mentions) != 5 || b.Doc.Mentions[0].Text != "Kremlin spokesman Dmitry Peskov" || b.Doc.Mentions[2].Form != "nominal" {
		t.Errorf("mentions %+v", b.Doc.Mentions)
	}
	if len(b.Doc.Ignore) != 1 || b.Doc.Ignore[0].Text != "\"Red Square\"" {
		t.Errorf("ignore %+v", b.Doc.Ignore)
	}
	if len(b.Doc.Quotes) != 2 || *b.Doc.Quotes[1].Speaker != "he" || *b.Doc.Quotes[1].SpeakerCanonical != "Dmitry Peskov" {
		t.Errorf("quotes %+v", b.Doc.Quotes)
	}
	if len(b.Doc.Stances) != 2 || b.Doc.Stances[1].HolderName != "Dmitry Peskov" || b.Doc.Stances[1].TargetName != "the plan" ||
		b.Doc.Stances[1].TargetOutside != true || b.Doc.Stances[0].TargetText != "the plan" {
		t.Errorf("stances %+v", b.Doc.Stances)
	}
	for _, bad := range []string{
		"date: 2020-01-02\n---\n[[Smith|p smith]\n",            // mention not closed
		"date: 2020-01-02\n---\n{a:x:}\n",                      // marker of no directive
		"date: 2020-01-02\n---\n[[Smith's|p smith]]\n",         // possessive inside a mention
		"date: 2020-01-02\n---\n[[Smith|p s]] [[it|o s]]\n",    // one chain, two kinds
		"date: 2020-01-02\n---\n{q1:\"Yes\":}\n@q q1 indirect", // kind against the marks
		"date: 2020-01-02\n---\n[[Mr [[Lee|p lee]]|p lee]]\n",  // a name nested in its titled form
	} {
		if _, err := buildNewsStylesSource("bad.ann", bad); err == nil {
			t.Errorf("no error for %q", bad)
		}
	}
}

// TestNewsStylesSentences checks the sentence splitter the stance spans use.
func TestNewsStylesSentences(t *testing.T) {
	text := "Mr. Lee met U.S. officials. \"No,\" he said. Then J. Smith left!\nNew line? Yes.\n"
	var got []string
	for _, s := range nsSentences(text) {
		got = append(got, text[s[0]:s[1]])
	}
	want := []string{"Mr. Lee met U.S. officials.", "\"No,\" he said.", "Then J. Smith left!", "New line?", "Yes."}
	if !slices.Equal(got, want) {
		t.Errorf("sentences %q, want %q", got, want)
	}
}
