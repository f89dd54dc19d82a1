package knowtab

import (
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"pgregory.net/rapid"
)

// genEntries draws sorted entries with unique keys, many sharing prefixes.
var genEntries = rapid.Custom(func(t *rapid.T) []Entry {
	words := rapid.SliceOfN(rapid.StringOfN(rapid.RuneFrom([]rune("abcé z")), 1, 8, -1), 1, 6).Draw(t, "words")
	keys := rapid.SliceOfN(rapid.Custom(func(t *rapid.T) string {
		n := rapid.IntRange(1, 4).Draw(t, "n")
		var b strings.Builder
		for range n {
			b.WriteString(rapid.SampledFrom(words).Draw(t, "w"))
		}
		return b.String()
	}), 0, 80).Draw(t, "keys")
	slices.Sort(keys)
	keys = slices.Compact(keys)
	out := make([]Entry, len(keys))
	for i, k := range keys {
		out[i] = Entry{Key: k, Value: []byte(rapid.StringN(0, 5, -1).Draw(t, "value"))}
	}
	return out
})

func collect(t Table) []Entry {
	var out []Entry
	for k, v := range t.All() {
		out = append(out, Entry{Key: k, Value: []byte(v)})
	}
	return out
}

func TestRoundTrip(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		entries := genEntries.Draw(t, "entries")
		data, err := Encode(entries)
		if err != nil {
			t.Fatal(err)
		}
		tab, err := Open(string(data))
		if err != nil {
			t.Fatal(err)
		}
		if tab.Len() != len(entries) {
			t.Fatalf("Len = %d, want %d", tab.Len(), len(entries))
		}
		got := collect(tab)
		if diff := cmp.Diff(entries, got, cmpopts.EquateEmpty()); diff != "" {
			t.Fatalf("All (-want +got):\n%s", diff)
		}
		keys := map[string]bool{}
		for _, e := range entries {
			keys[e.Key] = true
		}
		for _, tab := range []Table{tab, tab.Indexed()} {
			for _, e := range entries {
				v, ok := tab.Get(e.Key)
				if !ok || v != string(e.Value) {
					t.Fatalf("Get(%q) = %q, %v, want %q", e.Key, v, ok, e.Value)
				}
				for _, probe := range []string{e.Key + "a", e.Key[:len(e.Key)-1], e.Key + "\xff", "\x00" + e.Key} {
					if _, ok := tab.Get(probe); ok != keys[probe] {
						t.Fatalf("Get(%q) found = %v, want %v", probe, ok, keys[probe])
					}
				}
			}
		}
	})
}

func TestEncodeRejects(t *testing.T) {
	tests := []struct {
		name    string
		entries []Entry
	}{
		{"empty key", []Entry{{Key: ""}}},
		{"long key", []Entry{{Key: strings.Repeat("a", MaxKey+1)}}},
		{"unsorted", []Entry{{Key: "b"}, {Key: "a"}}},
		{"repeated", []Entry{{Key: "a"}, {Key: "a"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := Encode(tt.entries); err == nil {
				t.Fatalf("Encode(%v) succeeded", tt.entries)
			}
		})
	}
}

func TestEmpty(t *testing.T) {
	data, err := Encode(nil)
	if err != nil {
		t.Fatal(err)
	}
	tab, err := Open(string(data))
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := tab.Get("a"); ok || tab.Len() != 0 {
		t.Fatal("empty table has entries")
	}
	if _, ok := (Table{}).Get("a"); ok {
		t.Fatal("zero table has entries")
	}
}

func TestUvarint(t *testing.T) {
	for _, x := range []uint64{0, 1, 127, 128, 300, 1<<32 + 5, 1<<64 - 1} {
		b := []byte{9}
		b = appendUvarintForTest(b, x)
		got, next, ok := Uvarint(string(b), 1)
		if !ok || got != x || next != len(b) {
			t.Errorf("Uvarint(%v) = %d, %d, %v", b, got, next, ok)
		}
		if _, _, ok := Uvarint(string(b[:len(b)-1]), 1); ok {
			t.Errorf("Uvarint of a cut %d succeeded", x)
		}
	}
	if _, _, ok := Uvarint(strings.Repeat("\xff", 11), 0); ok {
		t.Error("Uvarint of 11 continuation bytes succeeded")
	}
}

func TestRecordAndLines(t *testing.T) {
	if got := Record("aabbc", 1, 2); got != "bb" {
		t.Errorf("Record = %q", got)
	}
	for _, i := range []int{-1, 2, 3} {
		if got := Record("aabbc", i, 2); got != "" {
			t.Errorf("Record(%d) = %q", i, got)
		}
	}
	if diff := cmp.Diff([]string{"a", "", "b"}, Lines("a\n\nb\n")); diff != "" {
		t.Error(diff)
	}
	if Lines("") != nil || Lines("\n") != nil {
		t.Error("Lines of nothing is not nil")
	}
}
