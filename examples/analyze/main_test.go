package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func runJSON(t *testing.T, args ...string) output {
	t.Helper()
	var buf bytes.Buffer
	if err := run(&buf, args); err != nil {
		t.Fatalf("run(%q): %v", args, err)
	}
	var out output
	if err := json.Unmarshal(buf.Bytes(), &out); err != nil {
		t.Fatalf("output is not JSON: %v\n%s", err, buf.Bytes())
	}
	return out
}

var fixtures = []string{"../../testdata/syria-talks-kremlin-full.txt", "../../testdata/syria-talks-kremlin-wire.txt"}

func TestRunFixtures(t *testing.T) {
	out := runJSON(t, fixtures...)
	if len(out.Reports) != 2 {
		t.Fatalf("%d reports, want 2", len(out.Reports))
	}
	full, wire := out.Reports[0], out.Reports[1]
	if full.Article.Date == nil || *full.Article.Date != "2016-07-15" {
		t.Errorf("full report date = %v, want 2016-07-15", full.Article.Date)
	}
	if wire.Article.Date != nil {
		t.Errorf("wire report date = %v, want null", *wire.Article.Date)
	}
	if n := len(full.Article.Paragraphs); n != 21 {
		t.Errorf("full report has %d paragraphs, want 21", n)
	}
	for i, r := range out.Reports {
		if r.File != fixtures[i] {
			t.Errorf("report %d file = %q", i, r.File)
		}
		src, err := os.ReadFile(r.File)
		if err != nil {
			t.Fatal(err)
		}
		checkTexts(t, string(src), r)
	}
}

// checkTexts checks that every span lies in the file and every text equals
// the bytes its span covers.
func checkTexts(t *testing.T, src string, r report) {
	t.Helper()
	check := func(what string, s, e int, text *string) {
		if s < 0 || e > len(src) || s > e {
			t.Errorf("%s: span %d:%d out of range", what, s, e)
			return
		}
		if text != nil && src[s:e] != *text {
			t.Errorf("%s: text %q != source %q", what, *text, src[s:e])
		}
	}
	for _, p := range r.Article.Paragraphs {
		check("paragraph", p.Start, p.End, nil)
	}
	for _, e := range r.Entities {
		for _, m := range e.Mentions {
			check("mention", m.Start, m.End, &m.Text)
		}
	}
	for _, q := range r.Quotes {
		for _, c := range q.Content {
			check("quote content", c.Start, c.End, nil)
		}
		if q.Speaker != nil {
			check("speaker", q.Speaker.Start, q.Speaker.End, &q.Speaker.Text)
		}
		if q.Cue != nil {
			check("cue", q.Cue.Start, q.Cue.End, &q.Cue.Text)
		}
	}
	for _, tm := range r.Times {
		check("time", tm.Start, tm.End, &tm.Text)
	}
	for _, s := range r.Stances {
		if s.Cue != nil {
			check("stance cue", s.Cue.Start, s.Cue.End, &s.Cue.Text)
		}
	}
}

func TestRunEmptyListsNotNull(t *testing.T) {
	dir := t.TempDir()
	name := filepath.Join(dir, "empty.txt")
	if err := os.WriteFile(name, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := run(&buf, []string{name}); err != nil {
		t.Fatal(err)
	}
	for _, key := range []string{`"entities": []`, `"quotes": []`, `"times": []`, `"stances": []`, `"paragraphs": []`} {
		if !strings.Contains(buf.String(), key) {
			t.Errorf("output lacks %s:\n%s", key, buf.String())
		}
	}
}

func TestRunErrors(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.txt")
	if err := os.WriteFile(bad, []byte("date 2016-13-45 Text."), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		args []string
		want string
	}{
		{[]string{fixtures[0], filepath.Join(dir, "missing.txt")}, "missing.txt"},
		{[]string{bad}, "bad.txt: article: 1:6"},
		{[]string{"-date", "July", fixtures[0]}, "-date"},
		{nil, "no files"},
	}
	for _, tt := range tests {
		var buf bytes.Buffer
		err := run(&buf, tt.args)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("run(%q) error = %v, want one naming %q", tt.args, err, tt.want)
		}
		if buf.Len() != 0 {
			t.Errorf("run(%q) wrote to stdout on error: %.80q", tt.args, buf.String())
		}
	}
}
