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

// TestWordStarts checks that wordAt has no rule for the words the scanner
// skips: those whose lex says no expression starts there.
func TestWordStarts(t *testing.T) {
	for w, l := range lexiconWords() {
		if l.cls != lxWord || l.starts {
			continue
		}
		for _, src := range []string{
			"Last week " + w + " next year, 2016 and three days ago",
			"He said " + w + " the first quarter of 2016 ended.",
		} {
			sc := newScanner()
			sc.src = src
			sc.tokenize(src, Span{0, len(src)})
			for i, tok := range sc.toks {
				if tok.lex != l {
					continue
				}
				if _, n := sc.wordAt(src, i, &resolver{}, false); n != 0 {
					t.Errorf("wordAt(%q) at %q found an expression, but lexicon says none starts there", src, w)
				}
				if _, n := sc.match(src, i, &resolver{}, false); n != 0 {
					t.Errorf("match(%q) at %q found an expression, but lexicon says none starts there", src, w)
				}
			}
			sc.release()
		}
	}
}

func TestWordKey(t *testing.T) {
	for _, w := range []string{"a", "Ab", "THE", "yesterday1", "Corresponding", "abcdefgh", "abcdefghi", "0123456789abcdef"} {
		want := keyOf(w)
		for _, pad := range [][2]string{{"", ""}, {"", " and more text after it"}, {"x ", ""}, {"x ", " and more text after it"}} {
			src, i := pad[0]+w+pad[1], len(pad[0])
			if got := wordKey(src, i, i+len(w)); got != want {
				t.Errorf("wordKey(%q, %d, %d) = %x, want %x", src, i, i+len(w), got, want)
			}
		}
	}
}
