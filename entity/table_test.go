package entity

import (
	"testing"

	"pgregory.net/rapid"
)

// Internal tests of the look-up tables and fast paths that extraction uses
// in place of maps and NormalizeName.

var genWordish = rapid.Custom(func(t *rapid.T) string {
	if rapid.Bool().Draw(t, "ascii") {
		return rapid.StringOf(rapid.RuneFrom([]rune("aAzZs'`.- 09_Ss"))).Draw(t, "s")
	}
	return rapid.String().Draw(t, "s")
})

func TestAppendNormASCII(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		s := genWordish.Draw(t, "s")
		if !isASCII(s) {
			t.Skip("not ASCII")
		}
		pre := rapid.StringMatching(`[a-z ]{0,3}`).Draw(t, "prefix")
		got := string(appendNormASCII([]byte(pre), s))
		if want := pre + NormalizeName(s); got != want {
			t.Fatalf("appendNormASCII(%q, %q) = %q, want %q", pre, s, got, want)
		}
	})
}

// TestTokenKeys checks that each token's key is NormalizeName of its word,
// that the keys lie in doc.arena joined by spaces, and that each token's
// classes are those of its key.
func TestTokenKeys(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		src := rapid.OneOf(genWordish, rapid.StringMatching(`([A-Z]?[a-z]{0,4}(['’.-][a-zA-Z]{0,2})? ){0,8}`)).Draw(t, "src")
		d := &doc{src: src, lx: lex()}
		d.tokenize(0, len(src), nil)
		for i, tok := range d.toks {
			w := src[tok.start:tok.end]
			if got, want := string(d.key(tok)), NormalizeName(w); got != want {
				t.Fatalf("key of %q = %q, want %q", w, got, want)
			}
			if got, want := tok.cls, d.lx.classes[string(d.key(tok))]; got != want {
				t.Fatalf("classes of %q = %b, want %b", w, got, want)
			}
			if i > 0 && string(d.joinKeys(i-1, i+1)) != string(d.key(d.toks[i-1]))+" "+string(d.key(tok)) {
				t.Fatalf("joinKeys(%d, %d) = %q", i-1, i+1, d.joinKeys(i-1, i+1))
			}
		}
	})
}

func TestStrTable(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		m := rapid.MapOf(rapid.StringN(1, 6, -1), rapid.Uint32()).Draw(t, "m")
		tab := newStrTable(m)
		for k, v := range m {
			if got := tab.get([]byte(k)); got != v {
				t.Fatalf("get(%q) = %d, want %d", k, got, v)
			}
			if got := tab.getString(k); got != v {
				t.Fatalf("getString(%q) = %d, want %d", k, got, v)
			}
		}
		probe := rapid.StringN(0, 6, -1).Draw(t, "probe")
		if _, ok := m[probe]; !ok && tab.getString(probe) != 0 {
			t.Fatalf("getString(%q) = %d, want 0", probe, tab.getString(probe))
		}
	})
	var zero strTable
	if zero.getString("a") != 0 {
		t.Error("zero strTable has a value")
	}
}

// TestKeyTable checks keyTable against a map, through growth.
func TestKeyTable(t *testing.T) {
	type k struct {
		ns  uint8
		key string
		id  int32
	}
	rapid.Check(t, func(t *rapid.T) {
		var tab keyTable
		if rapid.Bool().Draw(t, "init") {
			tab.init(rapid.IntRange(0, 10).Draw(t, "n"))
		}
		want := map[k]int32{}
		for i := range rapid.IntRange(0, 200).Draw(t, "ops") {
			x := k{uint8(rapid.IntRange(1, 3).Draw(t, "ns")), rapid.StringN(0, 2, -1).Draw(t, "key"), int32(rapid.IntRange(-1, 2).Draw(t, "id"))}
			if rapid.Bool().Draw(t, "set") {
				tab.set(x.ns, x.key, x.id, int32(i))
				want[x] = int32(i)
			}
			v, ok := tab.get(x.ns, x.key, x.id)
			w, wok := want[x]
			if v != w || ok != wok {
				t.Fatalf("get(%v) = %d, %v; want %d, %v", x, v, ok, w, wok)
			}
		}
		if tab.n != len(want) {
			t.Fatalf("%d entries, want %d", tab.n, len(want))
		}
	})
}
