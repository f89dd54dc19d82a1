package stance

import (
	"reflect"
	"testing"
)

func TestWordIndex(t *testing.T) {
	l := DefaultLexicon()
	for w, want := range l.words {
		if got := l.index.lookup(w); !reflect.DeepEqual(got, want) {
			t.Errorf("lookup(%q) = %v, want %v", w, got, want)
		}
	}
	for _, w := range []string{"", "x", "kremlin", "backz", "supported-by", "the the"} {
		if got := l.index.lookup(w); !reflect.DeepEqual(got, l.words[w]) {
			t.Errorf("lookup(%q) = %v, want %v", w, got, l.words[w])
		}
	}
	if got := new(Lexicon).wordIndex().lookup("the"); got.f != fDet || got.refs != nil {
		t.Errorf("the zero Lexicon's lookup(%q) = %v, want the word classes only", "the", got)
	}
}
