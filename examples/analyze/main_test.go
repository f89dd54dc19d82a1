package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsmodel/newsmodel"
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

// TestRunErrors checks that an input that cannot be analysed is named in
// the error and skipped while the others are written, and that a usage
// error writes nothing.
func TestRunErrors(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.txt")
	if err := os.WriteFile(bad, []byte("date 2016-13-45 Text."), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		args    []string
		want    string
		reports int // reports still written; -1 for none (a usage error)
	}{
		{[]string{fixtures[0], filepath.Join(dir, "missing.txt")}, "missing.txt: open: no such file", 1},
		{[]string{filepath.Join(dir, "missing.txt"), fixtures[0], bad, fixtures[1]}, "2 of 4 inputs skipped, the first: " + filepath.Join(dir, "missing.txt"), 2},
		{[]string{bad}, "bad.txt: article: 1:6", 0},
		{[]string{"-date", "July", fixtures[0]}, "-date", -1},
		{[]string{"-format", "xml", fixtures[0]}, "-format", -1},
		{[]string{"-input", "csv", fixtures[0]}, "-input", -1},
		{[]string{"-j", "0", fixtures[0]}, "-j 0", -1},
		{[]string{"-nosuchflag"}, "nosuchflag", -1},
	}
	for _, tt := range tests {
		var buf bytes.Buffer
		err := run(&buf, tt.args)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("run(%q) error = %v, want one naming %q", tt.args, err, tt.want)
		}
		var usage *usageError
		if isUsage := errors.As(err, &usage); isUsage != (tt.reports < 0) {
			t.Errorf("run(%q) error %v: a usage error is %v, want %v", tt.args, err, isUsage, tt.reports < 0)
		}
		if tt.reports < 0 {
			if buf.Len() != 0 {
				t.Errorf("run(%q) wrote to stdout on a usage error: %.80q", tt.args, buf.String())
			}
			continue
		}
		var out output
		if err := json.Unmarshal(buf.Bytes(), &out); err != nil || len(out.Reports) != tt.reports {
			t.Errorf("run(%q) wrote %d reports (%v), want %d", tt.args, len(out.Reports), err, tt.reports)
		}
	}
}

// TestRunNoFiles: with no files, analyze reads the two fixture reports.
func TestRunNoFiles(t *testing.T) {
	out := runJSON(t)
	if len(out.Reports) != 2 || out.Reports[0].File != newsmodel.KremlinFull || out.Reports[1].File != newsmodel.KremlinWire {
		t.Fatalf("reports %v, want the two fixtures", out.Reports)
	}
	if len(out.Links.Quotes) == 0 {
		t.Error("no quote links between the fixtures")
	}
}

func TestRunTimes(t *testing.T) {
	values := func(r report) map[string]string {
		m := map[string]string{}
		for _, tm := range r.Times {
			m[tm.Text] = tm.Value
		}
		return m
	}
	full := values(runJSON(t, fixtures[0]).Reports[0])
	if full["Thursday"] != "2016-07-14" || full["Friday"] != "2016-07-15" {
		t.Errorf("full report times = %v", full)
	}
	undated := values(runJSON(t, fixtures[1]).Reports[0])
	dated := values(runJSON(t, "-date", "2016-07-15", fixtures[1]).Reports[0])
	for text, want := range map[string]string{"yesterday": "2016-07-14", "last month": "2016-06", "last September": "2015-09"} {
		if v, ok := undated[text]; !ok || v != "" {
			t.Errorf("without -date, %q = %q, %v; want found and unresolved", text, v, ok)
		}
		if dated[text] != want {
			t.Errorf("with -date, %q = %q, want %q", text, dated[text], want)
		}
	}
}

// TestBrat checks that every T annotation of the .ann files matches the
// text beside it (brat offsets count characters), that every relation and
// note refers to an annotation, and that the folder has its annotation.conf.
func TestBrat(t *testing.T) {
	dir := t.TempDir()
	var buf bytes.Buffer
	if err := run(&buf, append([]string{"-format", "brat", "-out", dir}, fixtures...)); err != nil {
		t.Fatal(err)
	}
	anns := strings.Fields(buf.String())
	if len(anns) != 2 {
		t.Fatalf("printed %q, want two .ann paths", anns)
	}
	if _, err := os.Stat(filepath.Join(dir, "annotation.conf")); err != nil {
		t.Error(err)
	}
	for _, ann := range anns {
		text, err := os.ReadFile(strings.TrimSuffix(ann, ".ann") + ".txt")
		if err != nil {
			t.Fatal(err)
		}
		runes := []rune(string(text))
		b, err := os.ReadFile(ann)
		if err != nil {
			t.Fatal(err)
		}
		ids := map[string]bool{}
		counts := map[string]int{}
		for _, line := range strings.Split(strings.TrimSuffix(string(b), "\n"), "\n") {
			fields := strings.Split(line, "\t")
			counts[line[:1]]++
			switch line[0] {
			case 'T':
				if len(fields) != 3 {
					t.Fatalf("%s: bad T line %q", ann, line)
				}
				ids[fields[0]] = true
				_, offs, _ := strings.Cut(fields[1], " ")
				var texts []string
				for _, frag := range strings.Split(offs, ";") {
					var s, e int
					if _, err := fmt.Sscanf(frag, "%d %d", &s, &e); err != nil || s < 0 || e > len(runes) || s >= e {
						t.Fatalf("%s: bad offsets in %q", ann, line)
					}
					texts = append(texts, string(runes[s:e]))
				}
				if got := strings.Join(texts, " "); got != fields[2] {
					t.Errorf("%s: %s covers %q, line says %q", ann, fields[0], got, fields[2])
				}
			case 'R':
				for _, arg := range strings.Fields(fields[1])[1:] {
					if _, id, _ := strings.Cut(arg, ":"); !ids[id] {
						t.Errorf("%s: %q refers to unknown %s", ann, line, id)
					}
				}
			case '*', '#':
				for _, id := range strings.Fields(fields[1])[1:] {
					if !ids[id] {
						t.Errorf("%s: %q refers to unknown %s", ann, line, id)
					}
				}
			default:
				t.Errorf("%s: unexpected line %q", ann, line)
			}
		}
		if counts["T"] == 0 || counts["R"] == 0 || counts["*"] == 0 {
			t.Errorf("%s: annotation counts %v, want T, R and * lines", ann, counts)
		}
	}
}

func TestBratNeedsOut(t *testing.T) {
	var buf bytes.Buffer
	if err := run(&buf, []string{"-format", "brat", fixtures[0]}); err == nil || !strings.Contains(err.Error(), "-out") {
		t.Errorf("brat without -out: %v", err)
	}
	if err := run(&buf, []string{"-format", "xml", fixtures[0]}); err == nil || !strings.Contains(err.Error(), "-format") {
		t.Errorf("unknown format: %v", err)
	}
}

// TestHelp: -h prints the usage with every flag and is no error.
func TestHelp(t *testing.T) {
	for _, arg := range []string{"-h", "-help", "--help"} {
		var buf bytes.Buffer
		if err := run(&buf, []string{arg}); err != nil {
			t.Errorf("run(%s) = %v, want nil", arg, err)
		}
		for _, want := range []string{"usage: analyze", "-date", "-format", "-input", "-j", "-out", "jsonl"} {
			if !strings.Contains(buf.String(), want) {
				t.Errorf("%s output lacks %q:\n%s", arg, want, buf.String())
			}
		}
	}
}

// TestBratVia: the outer source of an attribution chain is a Via relation
// from the quote to it.
func TestBratVia(t *testing.T) {
	dir := t.TempDir()
	src := filepath.Join(dir, "chain.txt")
	if err := os.WriteFile(src, []byte("CNN reported that the mayor said the bridge was unsafe.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "out")
	if err := run(io.Discard, []string{"-format", "brat", "-out", out, src}); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(filepath.Join(out, "chain.ann"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(b), "\tVia Arg1:") {
		t.Errorf("no Via relation in\n%s", b)
	}
}
