package newsmodel

import (
	"bytes"
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/newsmodel/newsmodel/article"
	"github.com/newsmodel/newsmodel/internal/contractjson"
	"github.com/newsmodel/newsmodel/quote"
	"pgregory.net/rapid"
)

// The JSON contract's report object as a model of Go types, written out
// from the README in package contractjson, that encoding/json encodes: the
// reference the jsonWriter is checked against (TestWriterAgreesWithModel).

func newReportJSON(r Report) contractjson.Report {
	an := r.Analysis
	a := an.Article
	src := a.Source
	j := contractjson.Report{
		File:     r.File,
		ID:       r.ID,
		Article:  contractjson.Article{Paragraphs: []contractjson.Paragraph{}},
		Entities: []contractjson.Entity{},
		Quotes:   []contractjson.Quote{},
		Times:    []contractjson.Time{},
		Stances:  []contractjson.Stance{},
	}
	if !a.Date.IsZero() {
		d := a.Date.String()
		j.Article.Date = &d
	}
	if a.Headline.IsValid() {
		j.Article.Headline = &contractjson.Span{Start: a.Headline.Start, End: a.Headline.End}
	}
	for _, p := range a.Paragraphs {
		j.Article.Paragraphs = append(j.Article.Paragraphs, contractjson.Paragraph{Start: p.Start, End: p.End, Kind: p.Kind.String()})
	}
	for _, e := range an.Entities {
		ej := contractjson.Entity{ID: e.ID, Name: e.Name, Kind: e.Kind.String(), Anonymous: e.Anonymous,
			Titles: orEmpty(e.Titles), Affiliation: e.Affiliation, Aliases: orEmpty(e.Aliases), Mentions: []contractjson.Mention{}}
		for _, m := range e.Mentions {
			ej.Mentions = append(ej.Mentions, contractjson.Mention{Start: m.Span.Start, End: m.Span.End, Text: m.Span.Text(src), Form: m.Form.String()})
		}
		j.Entities = append(j.Entities, ej)
	}
	for _, q := range an.Quotes {
		qj := contractjson.Quote{Kind: q.Kind.String(), Text: q.Extent().Text(src), Content: []contractjson.Span{},
			Speaker: attributed(src, q.Speaker.Span, q.Speaker.Entity), Cue: textSpan(src, q.Cue.Span), Via: attributed(src, q.Via.Span, q.Via.Entity)}
		if q.Kind == quote.KindPartial && q.Clause.IsValid() {
			qj.Content = append(qj.Content, contractjson.Span{Start: q.Clause.Start, End: q.Clause.End})
		} else {
			for _, c := range q.Content {
				qj.Content = append(qj.Content, contractjson.Span{Start: c.Start, End: c.End})
			}
		}
		j.Quotes = append(j.Quotes, qj)
	}
	for _, t := range an.Times {
		j.Times = append(j.Times, contractjson.Time{Start: t.Span.Start, End: t.Span.End, Text: t.Span.Text(src), Value: t.TimeML()})
	}
	for _, r := range an.Stances {
		sj := contractjson.Stance{
			Holder:   contractjson.Party{Entity: entityRef(r.Holder.Entity), Text: r.Holder.Text},
			Target:   contractjson.Party{Entity: entityRef(r.Target.Entity), Text: r.Target.Text},
			Polarity: r.Polarity.String(),
			Negated:  r.Negated,
			Cue:      textSpan(src, r.Cue.Span),
		}
		if r.Evidence.IsValid() {
			sj.Evidence = &contractjson.Span{Start: r.Evidence.Start, End: r.Evidence.End}
		}
		j.Stances = append(j.Stances, sj)
	}
	return j
}

func attributed(src string, s article.Span, entity string) *contractjson.Speaker {
	if !s.IsValid() {
		return nil
	}
	return &contractjson.Speaker{Entity: entityRef(entity), Text: s.Text(src), Start: s.Start, End: s.End}
}

func textSpan(src string, s article.Span) *contractjson.TextSpan {
	if !s.IsValid() {
		return nil
	}
	return &contractjson.TextSpan{Text: s.Text(src), Start: s.Start, End: s.End}
}

func entityRef(id string) *string {
	if id == "" {
		return nil
	}
	return &id
}

func orEmpty[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

// genContractText draws report text and names that stress both the rules
// and the escaping: arbitrary strings and bytes, fixtures and generated
// reports cut anywhere, and strings of quotation marks, control bytes,
// HTML characters, line separators and invalid UTF-8 among words.
var genContractText = rapid.OneOf(
	rapid.String(),
	rapid.Map(rapid.SliceOf(rapid.Byte()), func(b []byte) string { return string(b) }),
	rapid.Custom(func(t *rapid.T) string {
		var s string
		if rapid.Bool().Draw(t, "generated") {
			s = Generate(rapid.Uint64().Draw(t, "seed"), 1)[0]
		} else {
			s, _ = Fixture(rapid.SampledFrom(FixtureNames()).Draw(t, "name"))
		}
		return s[:rapid.IntRange(0, len(s)).Draw(t, "cut")]
	}),
	rapid.Map(rapid.SliceOf(rapid.SampledFrom([]string{
		"Kerry", " said ", "Russia backs Assad", " on Friday", `"`, "“", "”", "<", ">", "&", "\\",
		"\x00", "\x01", "\b", "\f", "\t", "\r", "\n", "\n\n", "\x7f", "\u2028", "\u2029", "\xff", "\xe2\x80",
		"é", "日本", "\U0001F600", "Mr. ", "U.S. ", "according to officials", ", ",
	})), func(parts []string) string { return strings.Join(parts, "") }),
)

// writerAgrees checks that the jsonWriter writes, for the analysis of src
// under file and id, what encoding/json writes for the model.
func writerAgrees(t interface{ Fatalf(string, ...any) }, src, file, id string) {
	an, err := Analyze(src, Options{Reference: article.DayDate(2016, 7, 15)})
	if err != nil {
		return
	}
	r := Report{File: file, ID: id, Analysis: an}
	want, err := json.Marshal(newReportJSON(r))
	if err != nil {
		t.Fatalf("encoding/json: %v", err)
	}
	got, err := r.MarshalJSON()
	if err != nil {
		t.Fatalf("MarshalJSON: %v", err)
	}
	if !bytes.Equal(got, want) {
		i := 0
		for i < min(len(got), len(want)) && got[i] == want[i] {
			i++
		}
		t.Fatalf("src %.60q: the writer and encoding/json differ at byte %d:\nwriter        %q\nencoding/json %q",
			src, i, got[max(0, i-40):min(len(got), i+40)], want[max(0, i-40):min(len(want), i+40)])
	}
	var line bytes.Buffer
	if err := r.WriteJSON(&line); err != nil || line.String() != string(want)+"\n" {
		t.Fatalf("WriteJSON differs from MarshalJSON and a newline (error %v)", err)
	}
}

// TestWriterAgreesWithModel: the jsonWriter writes what encoding/json
// writes for the model of the contract, on the fixtures, on a long
// generated report (written in pieces), and on arbitrary text and names.
func TestWriterAgreesWithModel(t *testing.T) {
	for _, name := range FixtureNames() {
		src, err := Fixture(name)
		if err != nil {
			t.Fatal(err)
		}
		writerAgrees(t, src, name, "")
		writerAgrees(t, src, "", "<wire & 7>\u2028")
	}
	writerAgrees(t, strings.Join(Generate(9, 300<<10), "\n\n"), "long.txt", "x")
	writerAgrees(t, "", "", "")
	rapid.Check(t, func(t *rapid.T) {
		writerAgrees(t, genContractText.Draw(t, "src"), genContractText.Draw(t, "file"), genContractText.Draw(t, "id"))
	})
}

// FuzzWriterAgrees runs the same property under the coverage-guided fuzzer.
func FuzzWriterAgrees(f *testing.F) {
	f.Fuzz(rapid.MakeFuzz(func(t *rapid.T) {
		writerAgrees(t, genContractText.Draw(t, "src"), genContractText.Draw(t, "file"), genContractText.Draw(t, "id"))
	}))
}

// A chunkRecorder records the size of each write.
type chunkRecorder struct {
	bytes.Buffer
	writes []int
}

func (c *chunkRecorder) Write(p []byte) (int, error) {
	c.writes = append(c.writes, len(p))
	return c.Buffer.Write(p)
}

// TestWriteJSONPieces: a short report is written in one call, a long one
// in pieces of about 64 KB, which make the same line.
func TestWriteJSONPieces(t *testing.T) {
	short, _ := Fixture(KremlinWire)
	long := strings.Join(Generate(4, 2<<20), "\n\n")
	for _, src := range []string{short, long} {
		an, err := Analyze(src, Options{})
		if err != nil {
			t.Fatal(err)
		}
		r := Report{Analysis: an}
		var c chunkRecorder
		if err := r.WriteJSON(&c); err != nil {
			t.Fatal(err)
		}
		whole, _ := r.MarshalJSON()
		if c.String() != string(whole)+"\n" {
			t.Fatal("pieces do not make the line")
		}
		if src == short && len(c.writes) != 1 {
			t.Errorf("short report written in %d calls", len(c.writes))
		}
		if src == long {
			if len(c.writes) < 8 {
				t.Errorf("long report (%d bytes of JSON) written in %d calls", c.Len(), len(c.writes))
			}
			for _, n := range c.writes[:len(c.writes)-1] {
				if n < spillAt || n > 4*spillAt {
					t.Errorf("a piece of %d bytes", n)
				}
			}
		}
	}
}

// failingWriter fails every write.
type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }

func TestWriteJSONError(t *testing.T) {
	src, _ := Fixture(KremlinFull)
	an, _ := Analyze(src, Options{})
	if err := (Report{Analysis: an}).WriteJSON(failingWriter{}); err == nil || err.Error() != "disk full" {
		t.Errorf("WriteJSON to a failing writer = %v, want its error", err)
	}
}
