package knowtab

import (
	"encoding/binary"
	"slices"
	"testing"
)

func appendUvarintForTest(b []byte, x uint64) []byte { return binary.AppendUvarint(b, x) }

// FuzzOpen checks that no string, opened as a table, makes Open, Get or
// All panic, and that a table which reads back whole answers Get for each
// of its keys.
func FuzzOpen(f *testing.F) {
	var entries []Entry
	for _, k := range []string{"a", "ab", "abc", "b", "ba", "new york", "new york city", "paris", "quebec", "quebec city"} {
		entries = append(entries, Entry{Key: k, Value: []byte(k[:1])})
	}
	for n := range 3 {
		data, _ := Encode(entries[:n*4])
		f.Add(string(data), "abc")
	}
	f.Add("", "")
	f.Fuzz(func(t *testing.T, s, key string) {
		tab, err := Open(s)
		if err != nil {
			return
		}
		indexed := tab.Indexed()
		if v1, ok1 := tab.Get(key); ok1 {
			// the index knows what the search finds, unless the table is damaged
			if v2, ok2 := indexed.Get(key); ok2 && v1 != v2 {
				t.Fatalf("Get(%q) = %q, by the index %q", key, v1, v2)
			}
		}
		var keys, values []string
		for k, v := range tab.All() {
			keys = append(keys, k)
			values = append(values, v)
		}
		if len(keys) < tab.Len() || !slices.IsSorted(keys) || len(slices.Compact(slices.Clone(keys))) < len(keys) {
			return // damaged: lookups need only not panic
		}
		for i, k := range keys {
			for _, tab := range []Table{tab, indexed} {
				if got, ok := tab.Get(k); !ok || got != values[i] {
					t.Fatalf("Get(%q) = %q, %v; All gave %q", k, got, ok, values[i])
				}
			}
		}
	})
}
