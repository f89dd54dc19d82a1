package newsmodel_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/newsmodel/newsmodel"
	"github.com/newsmodel/newsmodel/article"
	"pgregory.net/rapid"
)

var update = flag.Bool("update", false, "rewrite golden files")

// TestReportGolden renders each fixture report as the contract's report
// object and compares it with testdata/contract-<fixture>.golden.
func TestReportGolden(t *testing.T) {
	for _, name := range newsmodel.FixtureNames() {
		t.Run(name, func(t *testing.T) {
			an := analyzeFixture(t, name, newsmodel.Options{})
			got, err := json.MarshalIndent(newsmodel.Report{File: name, Analysis: an}, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			golden := filepath.Join("testdata", "contract-"+strings.TrimSuffix(name, ".txt")+".golden")
			if *update {
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(string(want), string(got)); diff != "" {
				t.Errorf("report of %s differs from %s (-want +got):\n%s", name, golden, diff)
			}
		})
	}
}

// TestReportKeys checks the contract's keys and their order, from the
// README, on a report that has an item of every kind.
func TestReportKeys(t *testing.T) {
	an := analyzeFixture(t, newsmodel.KremlinFull, newsmodel.Options{})
	b, err := json.Marshal(newsmodel.Report{File: "f.txt", Analysis: an})
	if err != nil {
		t.Fatal(err)
	}
	s := string(b)
	for _, keys := range [][]string{
		{`{"file":`, `"article":{"date":`, `"headline":`, `"paragraphs":[{"start":`, `"end":`, `"kind":`},
		{`"entities":[{"id":`, `"name":`, `"kind":`, `"anonymous":`, `"titles":`, `"affiliation":`, `"aliases":`, `"mentions":[{"start":`, `"end":`, `"text":`, `"form":`},
		{`"quotes":[{"kind":`, `"text":`, `"content":[{"start":`, `"end":`, `"speaker":{"entity":`, `"text":`, `"start":`, `"end":`, `"cue":{"text":`, `"start":`, `"end":`, `"via":`},
		{`"times":[{"start":`, `"end":`, `"text":`, `"value":`},
		{`"stances":[{"holder":{"entity":`, `"text":`, `"target":{"entity":`, `"text":`, `"polarity":`, `"negated":`, `"cue":{"text":`, `"start":`, `"end":`, `"evidence":{"start":`, `"end":`},
	} {
		at := 0
		for _, k := range keys {
			i := strings.Index(s[at:], k)
			if i < 0 {
				t.Errorf("no %s after byte %d, in the sequence %q", k, at, keys)
				break
			}
			at += i + len(k)
		}
	}
	if strings.Contains(s, `"id":"`) && !strings.Contains(s, `"entities":[{"id":"`) {
		t.Error(`a report without an ID has an "id" key`)
	}
}

// TestReportFileAndID checks that "file" and "id" are there when given,
// in that order, and left out when not.
func TestReportFileAndID(t *testing.T) {
	an, err := newsmodel.Analyze("Kerry spoke.", newsmodel.Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		file, id, prefix string
	}{
		{"a.txt", "", `{"file":"a.txt","article":`},
		{"", "wire-7", `{"id":"wire-7","article":`},
		{"a.txt", "7", `{"file":"a.txt","id":"7","article":`},
		{"", "", `{"article":`},
	}
	for _, tt := range tests {
		b, err := json.Marshal(newsmodel.Report{File: tt.file, ID: tt.id, Analysis: an})
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.HasPrefix(b, []byte(tt.prefix)) {
			t.Errorf("Report{File: %q, ID: %q} = %.60s…, want it to start %s", tt.file, tt.id, b, tt.prefix)
		}
	}
}

// TestReportWriteJSON checks that WriteJSON writes MarshalJSON's bytes and
// a newline, in one line, and that nesting a Report in other values gives
// the same bytes.
func TestReportWriteJSON(t *testing.T) {
	for _, name := range newsmodel.FixtureNames() {
		r := newsmodel.Report{File: name, Analysis: analyzeFixture(t, name, newsmodel.Options{})}
		m, err := r.MarshalJSON()
		if err != nil {
			t.Fatal(err)
		}
		var w bytes.Buffer
		if err := r.WriteJSON(&w); err != nil {
			t.Fatal(err)
		}
		if want := string(m) + "\n"; w.String() != want {
			t.Errorf("%s: WriteJSON and MarshalJSON differ", name)
		}
		if bytes.Count(w.Bytes(), []byte("\n")) != 1 {
			t.Errorf("%s: WriteJSON wrote more than one line", name)
		}
		nested, err := json.Marshal([]newsmodel.Report{r})
		if err != nil {
			t.Fatal(err)
		}
		if want := "[" + string(m) + "]"; string(nested) != want {
			t.Errorf("%s: a Report in a slice marshals differently", name)
		}
	}
}

func TestReportNoAnalysis(t *testing.T) {
	if _, err := json.Marshal(newsmodel.Report{File: "a.txt"}); err == nil || !strings.Contains(err.Error(), "no Analysis") {
		t.Errorf("json.Marshal(Report without Analysis) error = %v, want one saying so", err)
	}
	if err := (newsmodel.Report{}).WriteJSON(new(bytes.Buffer)); err == nil {
		t.Error("WriteJSON of a Report without Analysis: no error")
	}
}

// TestLinks checks the links of the two fixture reports: an actor both
// name, and the quote both carry, with each report's entity ID and quote
// index; and empty lists, not null, for no comparison.
func TestLinks(t *testing.T) {
	full := analyzeFixture(t, newsmodel.KremlinFull, newsmodel.Options{})
	wire := analyzeFixture(t, newsmodel.KremlinWire, newsmodel.Options{})
	b, err := json.Marshal(newsmodel.Links{Comparison: newsmodel.Compare(full, wire)})
	if err != nil {
		t.Fatal(err)
	}
	var links struct {
		Entities []struct {
			Name    string
			Members []struct {
				Report int
				Entity string
			}
		}
		Quotes []struct {
			Members []struct{ Report, Quote int }
		}
	}
	if err := json.Unmarshal(b, &links); err != nil {
		t.Fatal(err)
	}
	kerry := false
	for _, e := range links.Entities {
		reports := map[int]bool{}
		for _, m := range e.Members {
			reports[m.Report] = true
			an := []*newsmodel.Analysis{full, wire}[m.Report]
			if an.Entity(m.Entity) == nil {
				t.Errorf("link %q: report %d has no entity %q", e.Name, m.Report, m.Entity)
			}
		}
		if len(reports) < 2 {
			t.Errorf("link %q joins one report", e.Name)
		}
		kerry = kerry || e.Name == "John Kerry"
	}
	if !kerry {
		t.Errorf("no link for John Kerry in %s", b)
	}
	if len(links.Quotes) == 0 {
		t.Errorf("no aligned quotes in %s", b)
	}
	for _, q := range links.Quotes {
		for _, m := range q.Members {
			if an := []*newsmodel.Analysis{full, wire}[m.Report]; m.Quote >= len(an.Quotes) {
				t.Errorf("quote link to report %d quote %d, which does not exist", m.Report, m.Quote)
			}
		}
	}
	for _, c := range []*newsmodel.Comparison{nil, newsmodel.Compare()} {
		b, err := json.Marshal(newsmodel.Links{Comparison: c})
		if err != nil || string(b) != `{"entities":[],"quotes":[]}` {
			t.Errorf("Links of %v = %s, %v; want empty lists", c, b, err)
		}
	}
}

// TestReportTexts checks, on arbitrary input, that every "text" of the
// report object that has a span equals the bytes the span covers (with
// U+FFFD for each byte of invalid UTF-8, as JSON carries it), that every
// span lies in the input, and that a quote's "text" covers its content.
func TestReportTexts(t *testing.T) { rapid.Check(t, reportTexts) }

// FuzzReportTexts runs the same property under the coverage-guided fuzzer.
func FuzzReportTexts(f *testing.F) { f.Fuzz(rapid.MakeFuzz(reportTexts)) }

func reportTexts(t *rapid.T) {
	src := genReport.Draw(t, "src")
	an, err := newsmodel.Analyze(src, newsmodel.Options{Reference: article.DayDate(2016, 7, 15)})
	if err != nil {
		return
	}
	b, err := json.Marshal(newsmodel.Report{File: "r.txt", Analysis: an})
	if err != nil {
		t.Fatal(err)
	}
	var v any
	if err := json.Unmarshal(b, &v); err != nil {
		t.Fatalf("output is not JSON: %v", err)
	}
	checkTexts(t, src, "report", v)
	for i, q := range v.(map[string]any)["quotes"].([]any) {
		q := q.(map[string]any)
		content := q["content"].([]any)
		if len(content) == 0 {
			t.Fatalf("quote %d has no content", i)
		}
		start := int(content[0].(map[string]any)["start"].(float64))
		end := int(content[len(content)-1].(map[string]any)["end"].(float64))
		if got, want := q["text"].(string), asJSON(src[start:end]); got != want {
			t.Fatalf("quote %d: text %q, content %d:%d covers %q", i, got, start, end, want)
		}
	}
}

// checkTexts walks a decoded JSON value: every object with "start" and
// "end" must have them in [0, len(src)], and its "text", if any, must be
// the text they cover.
func checkTexts(t *rapid.T, src, path string, v any) {
	switch v := v.(type) {
	case []any:
		for i, e := range v {
			checkTexts(t, src, fmt.Sprintf("%s[%d]", path, i), e)
		}
	case map[string]any:
		s, okS := v["start"].(float64)
		e, okE := v["end"].(float64)
		if okS != okE {
			t.Fatalf("%s: start without end, or end without start", path)
		}
		if okS {
			start, end := int(s), int(e)
			if start < 0 || start > end || end > len(src) {
				t.Fatalf("%s: span %d:%d outside [0,%d]", path, start, end, len(src))
			}
			if text, ok := v["text"].(string); ok && text != asJSON(src[start:end]) {
				t.Fatalf("%s: text %q, span %d:%d covers %q", path, text, start, end, src[start:end])
			}
		}
		for k, e := range v {
			checkTexts(t, src, path+"."+k, e)
		}
	}
}

// asJSON returns s as JSON carries it: each byte of invalid UTF-8 becomes
// U+FFFD.
func asJSON(s string) string {
	var b strings.Builder
	for _, r := range s { // an invalid byte decodes as U+FFFD, one at a time
		b.WriteRune(r)
	}
	return b.String()
}

// TestReportInvalidUTF8 checks one case by hand: a bad byte inside a
// quote shows as U+FFFD while the span counts it as one byte.
func TestReportInvalidUTF8(t *testing.T) {
	src := "Hollande met Kerry in Paris. \"Nous sommes d'accord, caf\xe9,\" Hollande said.\n"
	an, err := newsmodel.Analyze(src, newsmodel.Options{})
	if err != nil {
		t.Fatal(err)
	}
	b, err := json.Marshal(newsmodel.Report{Analysis: an})
	if err != nil {
		t.Fatal(err)
	}
	if want := `"text":"\"Nous sommes d'accord, caf\ufffd,\"","content":[{"start":29,"end":58}]`; !strings.Contains(string(b), want) {
		t.Errorf("no quote %s in\n%s", want, b)
	}
}
