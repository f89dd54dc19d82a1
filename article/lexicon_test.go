package article

import "testing"

func TestLexiconTable(t *testing.T) {
	words := lexiconWords()
	if len(words) > lexSlots/3 {
		t.Fatalf("lexicon has %d words, table %d slots: make it larger", len(words), lexSlots)
	}
	lx := lexicon()
	for w, want := range words {
		if len(w) > maxLexWord {
			t.Errorf("word %q is longer than %d bytes", w, maxLexWord)
			continue
		}
		if got := lx.lookup(keyOf(w)); got != want {
			t.Errorf("lookup(%q) = %+v, want %+v", w, got, want)
		}
	}
	for _, w := range []string{"x", "thee", "yesterdays", "1999", "corresponding1"} {
		if got := lx.lookup(keyOf(w)); got != (lex{}) {
			t.Errorf("lookup(%q) = %+v, want none", w, got)
		}
	}
}
