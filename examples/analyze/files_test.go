package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsmodel/newsmodel"
	"github.com/newsmodel/newsmodel/internal/peakheap"
)

// TestRunUserFiles feeds analyze the files users meet: each gives a result
// or an error that names the file, never a panic and never silence; a file
// that fails is skipped, so the object written holds no report.
func TestRunUserFiles(t *testing.T) {
	dir := t.TempDir()
	file := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	utf16 := []byte{0xff, 0xfe}
	for _, r := range "Kerry met Putin." {
		utf16 = append(utf16, byte(r), 0)
	}
	tests := []struct {
		name    string
		data    []byte
		wantErr string // "" for a result
	}{
		{"empty.txt", nil, ""},
		{"blank.txt", []byte("\n \n\t\n"), ""},
		{"invalid-utf8.txt", []byte("Kerry \xff\xfe\xfd said \"we\x80 will\" on Monday.\n"), ""},
		{"latin1.txt", []byte("Fran\xe7ois Hollande said: \"Caf\xe9.\"\n"), ""},
		{"image.png", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), "image.png: article: 3:1: binary data, not text"},
		{"utf16.txt", utf16, "utf16.txt: article: 1:1: text is UTF-16, not UTF-8"},
		{"utf16be.txt", []byte{0xfe, 0xff, 0, 'K'}, "utf16be.txt: article: 1:1: text is UTF-16"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := file(tt.name, tt.data)
			var buf bytes.Buffer
			err := run(&buf, []string{path})
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Errorf("error = %v, want %q", err, tt.wantErr)
				}
				var out output
				if err := json.Unmarshal(buf.Bytes(), &out); err != nil || len(out.Reports) != 0 {
					t.Errorf("output is not an object without reports: %v\n%s", err, buf.Bytes())
				}
				return
			}
			if err != nil {
				t.Fatalf("error = %v, want a result", err)
			}
			var out output
			if err := json.Unmarshal(buf.Bytes(), &out); err != nil || len(out.Reports) != 1 {
				t.Fatalf("output is not one report: %v", err)
			}
		})
	}
}

// TestRunLargeFile: a 10 MB file gives a result like any other, in a heap
// of a small multiple of its size (JSON Lines, so that no links are made):
// the report is encoded item by item into a buffer sized for it at once.
// Measured: 28× for this generated report, whose JSON is 7.4× its size and
// whose passes keep a record for every mention, quote and stance cue until
// the report's end (about 11× at the last window); the bound leaves a
// margin over that.
func TestRunLargeFile(t *testing.T) {
	if testing.Short() || raceEnabled {
		t.Skip("10 MB: not in -short or -race runs")
	}
	src := strings.Join(newsmodel.Generate(50, 10<<20), "\n\n")
	path := filepath.Join(t.TempDir(), "large.txt")
	if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	var w countingWriter
	heap := peakheap.Of(func() {
		if err := run(&w, []string{"-format", "jsonl", path}); err != nil {
			t.Fatal(err)
		}
	})
	t.Logf("%d bytes in, %d out, peak heap %.1f× the input", len(src), w.n, float64(heap)/float64(len(src)))
	if w.n == 0 {
		t.Error("no output")
	}
	if limit := 32 * uint64(len(src)); heap > limit {
		t.Errorf("peak heap %d bytes, over %d", heap, limit)
	}
}
