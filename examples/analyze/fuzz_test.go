package main

import (
	"testing"

	"github.com/newsmodel/newsmodel/article"
)

// FuzzDecodeRecord checks that any line read as a record gives a record
// or an error that says what is wrong, and never panics; a record always
// has an ID.
func FuzzDecodeRecord(f *testing.F) {
	for _, s := range []string{
		`{"id": "wire-1", "text": "Kerry met Putin.", "date": "2016-07-15"}`,
		`{"id": 42, "text": "", "date": "2016-07-15T09:30:00Z"}`,
		`{"text": "x", "url": "http://example.com"}`,
		`{"id": null, "text": "x", "date": ""}`,
		`{"id": {"a": 1}, "text": "x"}`,
		`{"id": "x", "text": "unterminated}`,
		`[1, 2]`, `"text"`, `{"text": 7}`, `{"id": -1e9, "text": "\u00e9\ud800"}`,
	} {
		f.Add(s)
	}
	ref := article.DayDate(2016, 7, 15)
	f.Fuzz(func(t *testing.T, line string) {
		in := input{where: "f.jsonl:3", record: []byte(line)}
		id, _, date, err := decodeRecord(in, ref)
		if err != nil {
			if err.Error() == "" {
				t.Fatalf("record %q: an error that says nothing", line)
			}
			return
		}
		if id == "" {
			t.Fatalf("record %q has no ID", line)
		}
		if date.IsZero() {
			t.Fatalf("record %q has no reference date, want -date's at least", line)
		}
	})
}
