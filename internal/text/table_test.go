package text

import (
	"errors"
	"reflect"
	"testing"
)

func TestCoreForms(t *testing.T) {
	tab := Core()
	for _, c := range []struct {
		word, lemma string
		has         Class
	}{
		{"said", "say", Verb | Past | Part | Speech},
		{"says", "say", Verb | Pres3},
		{"the", "the", Det},
		{"n't", "n't", Neg},
		{"'s", "'s", Poss | Be},
		{"would", "would", Modal},
		{"he", "he", Pron | Male | Subj | P3 | Sg},
		{"her", "her", Pron | Female | Obj | Possessive},
		{"mr", "mr", Honorific | Male},
		{"january", "january", Month},
		{"newsroom", "newsroom", Noun | OrgHead},
		{"ave", "ave", PlaceHead}, // "Fifth Ave."
		{"tournaments", "tournament", Noun | Pl},
		{"st", "st", PlaceHead}, // "Main St."
		{"v", "v", 0},           // "Leeds v Hull"
		{"abu", "abu", 0},       // name particles: "Abu Bakr", "van den Berg"
		{"den", "den", 0},
	} {
		id := tab.ID(c.word)
		if id == 0 {
			t.Errorf("ID(%q) = 0", c.word)
			continue
		}
		e := tab.Entry(id)
		if !e.Class.Has(c.has) {
			t.Errorf("%q has classes %v, want %v", c.word, e.Class, c.has)
		}
		if got := tab.Word(e.Lemma); got != c.lemma {
			t.Errorf("lemma of %q = %q, want %q", c.word, got, c.lemma)
		}
	}
	// a building's word heads places, not bodies: "Carnegie Hall", "the
	// Grand Mosque", "Westminster Abbey" ("the Catholic Church" is a body)
	for _, w := range []string{"hall", "mosque", "synagogue", "cathedral", "abbey", "temple"} {
		if c := tab.Entry(tab.ID(w)).Class; !c.Has(PlaceHead) || c.Has(OrgHead) {
			t.Errorf("%q has classes %v, want placehead without orghead", w, c)
		}
	}
	if c := tab.Entry(tab.ID("church")).Class; !c.Has(OrgHead) {
		t.Errorf("%q has classes %v, want orghead", "church", c)
	}
	if e := tab.Entry(tab.ID("march")); e.Val != 3 {
		t.Errorf("march has value %d, want 3", e.Val)
	}
	if !tab.Entry(tab.ID("mr")).Abbrev {
		t.Error("mr is not an abbreviation")
	}
}

func TestInflection(t *testing.T) {
	for _, c := range []struct{ entry, want string }{
		{"v plan+", "plan plans planned planning"},
		{"v tie", "tie ties tied tying"},
		{"v agree", "agree agrees agreed agreeing"},
		{"v carry", "carry carries carried carrying"},
		{"v fix", "fix fixes fixed fixing"},
		{"v make made made", "make makes made making"},
		{"v go went gone", "go goes went gone going"},
		{"v do/does did done", "do does did done doing"},
		{"n city", "city cities"},
		{"n spokesman spokesmen", "spokesman spokesmen"},
		{"n police -", "police"},
	} {
		tab, err := (&Table{words: []string{""}, entries: []Entry{{}}}).Extend("test", c.entry)
		if err != nil {
			t.Fatal(err)
		}
		got := ""
		for _, w := range tab.words[1:] {
			if got != "" {
				got += " "
			}
			got += w
		}
		if got != c.want {
			t.Errorf("%q gives %q, want %q", c.entry, got, c.want)
		}
		lemma := tab.words[1]
		for id := 1; id < len(tab.words); id++ {
			if l := tab.Word(tab.entries[id].Lemma); l != lemma {
				t.Errorf("%q: lemma of %q = %q", c.entry, tab.words[id], l)
			}
		}
	}
}

func TestDataErrors(t *testing.T) {
	for _, src := range []string{
		"x word",
		"v",
		"w Word : det",
		"w word : nonsense",
		"w word=x : num",
		"n a b c",
		"v a b c d",
		"a two words",
		"w " + string(make([]byte, 40)),
	} {
		_, err := Core().Extend("bad.txt", "# ok\n\n"+src+"\n")
		var de *DataError
		if !errors.As(err, &de) || de.Line != 3 || de.Name != "bad.txt" || !errors.Is(err, ErrSyntax) {
			t.Errorf("Extend(%q) = %v, want a DataError at bad.txt:3", src, err)
		}
	}
}

func TestExtendKeepsIDs(t *testing.T) {
	core := Core()
	ext, err := core.Extend("x", "w zyzzyva : noun\nw the : adj")
	if err != nil {
		t.Fatal(err)
	}
	if ext.ID("the") != core.ID("the") || ext.ID("said") != core.ID("said") {
		t.Error("IDs changed")
	}
	if ext.ID("zyzzyva") == 0 || core.ID("zyzzyva") != 0 {
		t.Error("the new word is not in the new table only")
	}
	if !ext.Entry(ext.ID("the")).Class.Has(Det|Adj) || core.Entry(core.ID("the")).Class.Has(Adj) {
		t.Error("classes of a known word are not added in the new table only")
	}
}

func FuzzExtend(f *testing.F) {
	f.Add("v say said said : speech\nn report : document\nw mr. : honorific")
	f.Add("w a=1 b=x")
	f.Fuzz(func(t *testing.T, src string) {
		tab, err := Core().Extend("fuzz", src)
		if err != nil {
			var de *DataError
			if !errors.As(err, &de) {
				t.Fatalf("error %v is not a DataError", err)
			}
			return
		}
		for id := 1; id < tab.Len(); id++ {
			if tab.ID(tab.Word(ID(id))) != ID(id) {
				t.Fatalf("word %d %q does not look up to itself", id, tab.Word(ID(id)))
			}
		}
	})
}

// TestKnownIDs checks that the table knows every word the reader's rules
// name: an ID of 0 would match every unknown word.
func TestKnownIDs(t *testing.T) {
	v := reflect.ValueOf(*Core().kw)
	for i := range v.NumField() {
		if v.Field(i).Uint() == 0 {
			t.Errorf("known word %s has no ID", v.Type().Field(i).Name)
		}
	}
}

// ClassByName names the classes as the data files do.
func TestClassByName(t *testing.T) {
	for _, c := range []Class{Speech, SpeechNoun, Cognition, Demonym} {
		if got, ok := ClassByName(c.String()); !ok || got != c {
			t.Errorf("ClassByName(%q) = %v, %v", c.String(), got, ok)
		}
	}
	if _, ok := ClassByName("nonsense"); ok {
		t.Error(`ClassByName("nonsense") is a class`)
	}
}
