package article

import "testing"

// TestLexiconInTable checks that the shared word table knows every word
// of the scanner's lexicon, so that lexByID finds each.
func TestLexiconInTable(t *testing.T) {
	for w, want := range lexiconWords() {
		if got := lexOf(w, 0, len(w), 0, false); got != want {
			t.Errorf("lexOf(%q) = %+v, want %+v", w, got, want)
		}
	}
	for _, w := range []string{"x", "thee", "yesterdays", "1999", "corresponding1"} {
		if got := lexOf(w, 0, len(w), 0, false); got != (lex{}) {
			t.Errorf("lexOf(%q) = %+v, want none", w, got)
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
