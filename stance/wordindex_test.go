package stance

import (
	"reflect"
	"testing"
)

func TestWordIndex(t *testing.T) {
	l := DefaultLexicon()
	for _, w := range []string{"", "x", "kremlin", "backz", "supported-by", "the the", "the", "backs", "n't"} {
		want := l.words[w]
		f, id := l.index.lookup(w)
		if got := (wordInfo{f, l.index.refs(id)}); !reflect.DeepEqual(got, want) {
			t.Errorf("lookup(%q) = %v, want %v", w, got, want)
		}
	}
	for w, want := range l.words {
		f, id := l.index.lookup(w)
		if got := (wordInfo{f, l.index.refs(id)}); id == 0 || !reflect.DeepEqual(got, want) {
			t.Errorf("lookup(%q) = %v (id %d), want %v", w, got, id, want)
		}
	}
	if f, id := new(Lexicon).wordIndex().lookup("the"); f != fDet || new(Lexicon).wordIndex().refs(id) != nil {
		t.Errorf("the zero Lexicon's lookup(%q) = %v, %d, want the word classes only", "the", f, id)
	}
}

func TestLowerTag(t *testing.T) {
	s := "abcDEFghiJKLmnOPq@[`{"
	for i := 0; i <= len(s); i++ {
		for j := i; j <= len(s); j++ {
			low := string(appendLowerASCII(nil, s[i:j]))
			got, upper := lowerTag(s, i, j)
			if want := tag(low); got != want || upper != (low != s[i:j]) {
				t.Errorf("lowerTag(%q, %d, %d) = %#x, %v, want %#x, %v", s, i, j, got, upper, want, low != s[i:j])
			}
		}
	}
}
