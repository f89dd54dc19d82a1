package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/newsmodel/newsmodel"
)

// runCommand runs analyze on args with stdin, and returns what it wrote to
// standard output and standard error, and its error.
func runCommand(t testing.TB, stdin string, args ...string) (stdout, stderr string, err error) {
	t.Helper()
	var out, errOut bytes.Buffer
	c := &command{stdin: strings.NewReader(stdin), stdout: &out, stderr: &errOut}
	err = c.run(args)
	return out.String(), errOut.String(), err
}

// jsonLines decodes JSON Lines output, one report a line.
func jsonLines(t testing.TB, out string) []report {
	t.Helper()
	var reps []report
	for i, line := range strings.SplitAfter(out, "\n") {
		if line == "" {
			continue
		}
		if !strings.HasSuffix(line, "\n") {
			t.Fatalf("line %d does not end in a newline", i+1)
		}
		var r report
		if err := json.Unmarshal([]byte(line), &r); err != nil {
			t.Fatalf("line %d is not a report: %v\n%.200s", i+1, err, line)
		}
		reps = append(reps, r)
	}
	return reps
}

// writeFiles writes files (path relative to dir: content) into dir.
func writeFiles(t testing.TB, dir string, files map[string]string) {
	t.Helper()
	for name, text := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// TestFolders: a folder stands for its .txt files at any depth, in order
// of their paths' names; other files are left alone, and a binary .txt
// file is named on standard error and skipped while the rest is written.
func TestFolders(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"2.txt":                "MOSCOW (Reuters) - Russia backed the plan on Friday.",
		"1.txt":                `"We are ready," the minister said.`,
		"notes.md":             "Not a report.",
		"sub/0.txt":            "Kerry met Putin.",
		"sub/deeper/5.txt":     "The council voted on Tuesday.",
		"sub/image.txt":        "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
		"sub/deeper/notes.rtf": "{\\rtf1}",
	})
	stdout, stderr, err := runCommand(t, "", "-format", "jsonl", dir, filepath.Join(dir, "1.txt"))
	var skipped *skippedError
	if !errors.As(err, &skipped) || skipped.n != 1 || skipped.total != 6 {
		t.Fatalf("error = %v, want 1 of 6 inputs skipped", err)
	}
	image := filepath.Join(dir, "sub", "image.txt")
	if want := "analyze: " + image + ": article: 3:1: binary data, not text\n"; stderr != want {
		t.Errorf("stderr = %q, want %q", stderr, want)
	}
	var files []string
	for _, r := range jsonLines(t, stdout) {
		files = append(files, strings.TrimPrefix(r.File, dir+string(filepath.Separator)))
	}
	want := []string{"1.txt", "2.txt", "sub/0.txt", "sub/deeper/5.txt", "1.txt"}
	if diff := cmp.Diff(want, files); diff != "" {
		t.Errorf("reports (-want +got):\n%s", diff)
	}

	// A folder named by a symbolic link is followed, its files named by
	// the link.
	link := filepath.Join(t.TempDir(), "link")
	if err := os.Symlink(filepath.Join(dir, "sub", "deeper"), link); err != nil {
		t.Skip(err)
	}
	stdout, _, err = runCommand(t, "", "-format", "jsonl", link)
	if reps := jsonLines(t, stdout); err != nil || len(reps) != 1 || reps[0].File != filepath.Join(link, "5.txt") {
		t.Errorf("through a link: %v, %+v", err, reps)
	}
}

// genFolder writes n generated reports, a few kilobytes each, and the
// fixtures into a new folder, and returns it.
func genFolder(t testing.TB, n int) string {
	dir := t.TempDir()
	files := map[string]string{}
	for i, text := range newsmodel.Generate(uint64(n), n*2500)[:n] {
		files[fmt.Sprintf("g%d/%04d.txt", i%3, i)] = text
	}
	for _, name := range newsmodel.FixtureNames() {
		text, err := newsmodel.Fixture(name)
		if err != nil {
			t.Fatal(err)
		}
		files[name] = text
	}
	writeFiles(t, dir, files)
	return dir
}

// TestWorkersSameOutput: the output is the same, byte for byte, whatever
// the number of workers, in every format.
func TestWorkersSameOutput(t *testing.T) {
	dir := genFolder(t, 40)
	for _, format := range []string{"jsonl", "json", "brat"} {
		t.Run(format, func(t *testing.T) {
			var first, firstAnns string
			for _, j := range []string{"1", "2", "7"} {
				args := []string{"-format", format, "-j", j}
				out := ""
				if format == "brat" {
					out = filepath.Join(t.TempDir(), "brat")
					args = append(args, "-out", out)
				}
				stdout, stderr, err := runCommand(t, "", append(args, dir)...)
				if err != nil || stderr != "" {
					t.Fatalf("-j %s: %v, %s", j, err, stderr)
				}
				stdout = strings.ReplaceAll(stdout, out, "OUT")
				anns := ""
				if format == "brat" {
					paths, _ := filepath.Glob(filepath.Join(out, "*"))
					for _, p := range paths {
						b, _ := os.ReadFile(p)
						anns += filepath.Base(p) + "\n" + string(b)
					}
				}
				if j == "1" {
					first, firstAnns = stdout, anns
					continue
				}
				if stdout != first || anns != firstAnns {
					t.Errorf("-j %s output differs from -j 1", j)
				}
			}
			if format == "jsonl" && strings.Count(first, "\n") != 42 {
				t.Errorf("%d lines, want 42", strings.Count(first, "\n"))
			}
		})
	}
}

// TestJSONLinesAreReports: each line of -format jsonl is, compacted, the
// report object that -format json prints for the same input.
func TestJSONLinesAreReports(t *testing.T) {
	dir := genFolder(t, 5)
	lines, _, err := runCommand(t, "", "-format", "jsonl", dir)
	if err != nil {
		t.Fatal(err)
	}
	whole, _, err := runCommand(t, "", "-format", "json", dir)
	if err != nil {
		t.Fatal(err)
	}
	var doc struct{ Reports []json.RawMessage }
	if err := json.Unmarshal([]byte(whole), &doc); err != nil {
		t.Fatal(err)
	}
	got := strings.Split(strings.TrimSuffix(lines, "\n"), "\n")
	if len(got) != len(doc.Reports) {
		t.Fatalf("%d lines, %d reports", len(got), len(doc.Reports))
	}
	for i, r := range doc.Reports {
		var compact bytes.Buffer
		if err := json.Compact(&compact, r); err != nil {
			t.Fatal(err)
		}
		if compact.String() != got[i] {
			t.Errorf("line %d differs from report %d of -format json", i+1, i)
		}
	}
}

// TestJSONIndented: -format json, written a report at a time, is what a
// json.Encoder with two spaces of indent writes for the whole object, with
// reports and with none.
func TestJSONIndented(t *testing.T) {
	empty := filepath.Join(t.TempDir(), "binary.txt")
	writeFiles(t, filepath.Dir(empty), map[string]string{"binary.txt": "\x00\x01\x02"})
	for _, args := range [][]string{{genFolder(t, 3)}, {fixtures[0]}, {empty}} {
		out, _, _ := runCommand(t, "", args...)
		var v any
		if err := json.Unmarshal([]byte(out), &v); err != nil {
			t.Fatalf("%s: not JSON: %v", args, err)
		}
		var compact, want bytes.Buffer
		if err := json.Compact(&compact, []byte(out)); err != nil {
			t.Fatal(err)
		}
		enc := json.NewEncoder(&want)
		enc.SetIndent("", "  ")
		if err := enc.Encode(json.RawMessage(compact.Bytes())); err != nil {
			t.Fatal(err)
		}
		if out != want.String() {
			t.Errorf("%s: output is not indented as a json.Encoder would:\n%.300s", args, out)
		}
	}
}

// TestStdinText: - reads one report from standard input.
func TestStdinText(t *testing.T) {
	stdout, _, err := runCommand(t, `"We will win," Kerry said.`, "-format", "jsonl", "-")
	if err != nil {
		t.Fatal(err)
	}
	reps := jsonLines(t, stdout)
	if len(reps) != 1 || reps[0].File != "-" || len(reps[0].Quotes) != 1 {
		t.Errorf("reports = %+v, want one from - with one quote", reps)
	}
}

// TestRecords reads -input jsonl records in the shapes news dumps give
// them: string and number IDs, missing IDs, dates and timestamps, extra
// fields, blank lines; a malformed record is named by line and skipped.
func TestRecords(t *testing.T) {
	in := strings.Join([]string{
		`{"id": "wire-1", "text": "Kerry met Putin yesterday.", "date": "2016-07-15"}`,
		`{"id": 42, "text": "Lavrov spoke on Friday.", "date": "2016-07-15T09:30:00Z", "url": "http://example.com/x"}`,
		``,
		`{"text": "No ID here."}`,
		`{"id": "bad-json", "text": "unterminated}`,
		`{"id": "no-text"}`,
		`{"id": {"a": 1}, "text": "An object as ID."}`,
		`{"id": "bad-date", "text": "x", "date": "15 July"}`,
		`{"id": "last", "text": "Peskov said Russia backed the plan."}`,
	}, "\n") + "\n"
	stdout, stderr, err := runCommand(t, in, "-input", "jsonl", "-format", "jsonl", "-date", "2000-01-01")
	var skipped *skippedError
	if !errors.As(err, &skipped) || skipped.n != 4 || skipped.total != 8 {
		t.Fatalf("error = %v, want 4 of 8 inputs skipped", err)
	}
	for _, want := range []string{
		"analyze: -:5: not a JSON record: byte 41: unexpected end of JSON input\n",
		"analyze: -:6: record has no \"text\"\n",
		"analyze: -:7: \"id\" {\"a\": 1}: want a string or a number\n",
		"analyze: -:8: \"date\": ",
	} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, stderr)
		}
	}
	reps := jsonLines(t, stdout)
	var ids []string
	for _, r := range reps {
		ids = append(ids, r.ID)
		if r.File != "" {
			t.Errorf("record %s has a file %q", r.ID, r.File)
		}
	}
	if diff := cmp.Diff([]string{"wire-1", "42", "-:4", "last"}, ids); diff != "" {
		t.Fatalf("ids (-want +got):\n%s", diff)
	}
	value := func(r report, text string) string {
		for _, tm := range r.Times {
			if tm.Text == text {
				return tm.Value
			}
		}
		return "not found"
	}
	if v := value(reps[0], "yesterday"); v != "2016-07-14" {
		t.Errorf("yesterday in a record of 2016-07-15 = %q", v)
	}
	if v := value(reps[1], "Friday"); v != "2016-07-15" {
		t.Errorf("Friday in a record of 2016-07-15T09:30:00Z = %q", v)
	}
}

// TestRecordsFromFiles: -input jsonl reads records from files and from the
// .jsonl files of folders; records without an ID are named FILE:LINE.
func TestRecordsFromFiles(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"a.jsonl":       `{"id": "a1", "text": "Kerry met Putin."}` + "\n" + `{"text": "Putin met Kerry."}`,
		"sub/b.jsonl":   `{"id": "b1", "text": "Lavrov spoke."}` + "\n",
		"sub/notes.txt": "not records",
	})
	stdout, _, err := runCommand(t, "", "-input", "jsonl", "-format", "jsonl", dir)
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, r := range jsonLines(t, stdout) {
		ids = append(ids, r.ID)
	}
	if diff := cmp.Diff([]string{"a1", filepath.Join(dir, "a.jsonl") + ":2", "b1"}, ids); diff != "" {
		t.Errorf("ids (-want +got):\n%s", diff)
	}
}

// TestBratRecords: brat files of records are named by their IDs, made safe
// as file names.
func TestBratRecords(t *testing.T) {
	out := t.TempDir()
	in := `{"id": "wire/7", "text": "\"We agree,\" Kerry said."}` + "\n" + `{"id": "wire/7", "text": "Putin spoke."}` + "\n"
	stdout, _, err := runCommand(t, in, "-input", "jsonl", "-format", "brat", "-out", out)
	if err != nil {
		t.Fatal(err)
	}
	want := filepath.Join(out, "wire_7.ann") + "\n" + filepath.Join(out, "wire_7-2.ann") + "\n"
	if stdout != want {
		t.Errorf("stdout = %q, want %q", stdout, want)
	}
	if b, err := os.ReadFile(filepath.Join(out, "wire_7.txt")); err != nil || string(b) != `"We agree," Kerry said.` {
		t.Errorf("wire_7.txt = %q, %v", b, err)
	}
}

// A panicSink panics rendering reports of the file named boom.txt, and
// keeps the files of the others.
type panicSink struct {
	mu    sync.Mutex
	files []string
}

func (s *panicSink) render(r *result) error {
	if strings.HasSuffix(r.report.File, "boom.txt") {
		panic("boom")
	}
	return nil
}

func (s *panicSink) write(r *result) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.files = append(s.files, filepath.Base(r.report.File))
	return nil
}

func (s *panicSink) close() error { return nil }

// TestPanicFailsOneInput: a panic while a report is processed, which would
// be a bug, is named on standard error and skips that input only.
func TestPanicFailsOneInput(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"a.txt": "Kerry spoke.", "boom.txt": "Putin spoke.", "c.txt": "Lavrov spoke."})
	var stderr bytes.Buffer
	sink := &panicSink{}
	b := &batch{opt: options{input: "text", workers: 2}, stderr: &stderr, sink: sink, flush: func() error { return nil }}
	err := b.run([]string{dir})
	var skipped *skippedError
	if !errors.As(err, &skipped) || skipped.n != 1 || !strings.Contains(stderr.String(), "boom.txt: panic: boom") {
		t.Errorf("error %v, stderr %q; want boom.txt named with its panic", err, stderr.String())
	}
	if diff := cmp.Diff([]string{"a.txt", "c.txt"}, sink.files); diff != "" {
		t.Errorf("written (-want +got):\n%s", diff)
	}
}

// TestWorkersLimitCPUs: -j 1 runs on one CPU, as a mapper beside others
// should, when GOMAXPROCS is not set.
func TestWorkersLimitCPUs(t *testing.T) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(0))
	runtime.GOMAXPROCS(2)
	c := &command{stdin: strings.NewReader(""), stdout: io.Discard, stderr: io.Discard, limitCPUs: true}
	if err := c.run([]string{"-format", "jsonl", "-j", "1", fixtures[0]}); err != nil {
		t.Fatal(err)
	}
	if n := runtime.GOMAXPROCS(0); n != 1 {
		t.Errorf("GOMAXPROCS = %d after -j 1, want 1", n)
	}
}
