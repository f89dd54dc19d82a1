package stance_test

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
	"pgregory.net/rapid"

	"github.com/newsmodel/newsmodel/stance"
)

func TestPolarityText(t *testing.T) {
	for _, p := range []stance.Polarity{stance.PolarityUnknown, stance.Support, stance.Oppose, stance.Neutral} {
		b, err := json.Marshal(p)
		if err != nil {
			t.Fatal(err)
		}
		var q stance.Polarity
		if err := json.Unmarshal(b, &q); err != nil || q != p {
			t.Errorf("round trip %v: got %v, %v", p, q, err)
		}
	}
	var q stance.Polarity
	if err := q.UnmarshalText([]byte("hostile")); err == nil {
		t.Error("UnmarshalText(hostile) succeeded")
	}
	if _, err := stance.Polarity(9).MarshalText(); err == nil {
		t.Error("MarshalText(9) succeeded")
	}
	if got := stance.Polarity(9).String(); got != "Polarity(9)" {
		t.Errorf("String = %q", got)
	}
	m := map[stance.Polarity]int{stance.Support: 1}
	if b, _ := json.Marshal(m); string(b) != `{"support":1}` {
		t.Errorf("map key: %s", b)
	}
}

func TestFindingKindText(t *testing.T) {
	for _, k := range []stance.FindingKind{stance.FindingUnknown, stance.Agreement, stance.Contradiction, stance.Single} {
		b, err := json.Marshal(k)
		if err != nil {
			t.Fatal(err)
		}
		if want := `"` + k.String() + `"`; string(b) != want {
			t.Errorf("Marshal(%v) = %s, want %s", k, b, want)
		}
		var q stance.FindingKind
		if err := json.Unmarshal(b, &q); err != nil || q != k {
			t.Errorf("round trip %v: got %v, %v", k, q, err)
		}
		if b, err := k.AppendText([]byte("kind=")); err != nil || string(b) != "kind="+k.String() {
			t.Errorf("AppendText(%v) = %q, %v", k, b, err)
		}
	}
	var q stance.FindingKind
	if err := q.UnmarshalText([]byte("dispute")); err == nil {
		t.Error("UnmarshalText(dispute) succeeded")
	}
	if _, err := stance.FindingKind(9).MarshalText(); err == nil {
		t.Error("MarshalText(9) succeeded")
	}
	if got := stance.FindingKind(9).String(); got != "FindingKind(9)" {
		t.Errorf("String = %q", got)
	}
	f := stance.Finding{Holder: "moscow", Target: "assad", Kind: stance.Agreement}
	b, err := json.Marshal(f)
	if err != nil {
		t.Fatal(err)
	}
	var g stance.Finding
	if err := json.Unmarshal(b, &g); err != nil || g.Kind != stance.Agreement {
		t.Errorf("Finding round trip: %s -> %+v, %v", b, g, err)
	}
}

func TestParseNotation(t *testing.T) {
	src := `# who stands where
Peskov -> United States : support "favoured cooperation with the US"

"RIA: news" -> "the pace, of it" : oppose negated hypothetical "not satisfied with" via RIA, Maria Zakharova
Moscow -> Kyiv : unknown
`
	got, err := stance.Parse(src)
	if err != nil {
		t.Fatal(err)
	}
	want := []stance.Relation{
		{Holder: stance.Party{Text: "Peskov"}, Target: stance.Party{Text: "United States"}, Polarity: stance.Support,
			Cue: stance.Cue{Text: "favoured cooperation with the US"}},
		{Holder: stance.Party{Text: "RIA: news"}, Target: stance.Party{Text: "the pace, of it"}, Polarity: stance.Oppose,
			Negated: true, Hypothetical: true, Cue: stance.Cue{Text: "not satisfied with"},
			Via: []stance.Party{{Text: "RIA"}, {Text: "Maria Zakharova"}}},
		{Holder: stance.Party{Text: "Moscow"}, Target: stance.Party{Text: "Kyiv"}},
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("Parse (-want +got):\n%s", d)
	}
}

func TestParseNotationErrors(t *testing.T) {
	for _, tc := range []struct {
		src, pos string
		err      error
	}{
		{"A -> B support", "1:15", stance.ErrSyntax},
		{"A -> B : likes", "1:10", stance.ErrPolarity},
		{"ok -> fine : oppose\nA B : support", "2:1", stance.ErrSyntax},
		{"A -> B : support \"open", "1:18", stance.ErrSyntax},
		{"A -> B : support via", "1:21", stance.ErrSyntax},
		{"A -> B : support trailing", "1:18", stance.ErrSyntax},
		{"\"A -> B : support", "1:1", stance.ErrSyntax},
	} {
		_, err := stance.Parse(tc.src)
		var pe *stance.ParseError
		if !errors.As(err, &pe) || !errors.Is(err, tc.err) || pe.Pos.String() != tc.pos {
			t.Errorf("Parse(%q) = %v, want %v at %s", tc.src, err, tc.err, tc.pos)
		}
	}
}

var genParty = rapid.Custom(func(t *rapid.T) stance.Party {
	return stance.Party{Text: rapid.OneOf(rapid.String(), rapid.SampledFrom([]string{"Peskov", "United States", "critics of US policy", "via", "a -> b"})).Draw(t, "text")}
})

var genRelation = rapid.Custom(func(t *rapid.T) stance.Relation {
	r := stance.Relation{
		Holder:       genParty.Draw(t, "holder"),
		Target:       genParty.Draw(t, "target"),
		Polarity:     stance.Polarity(rapid.IntRange(0, 3).Draw(t, "pol")),
		Cue:          stance.Cue{Text: rapid.String().Draw(t, "lemma")},
		Negated:      rapid.Bool().Draw(t, "neg"),
		Hypothetical: rapid.Bool().Draw(t, "hyp"),
		Via:          rapid.SliceOfN(genParty, 0, 3).Draw(t, "via"),
	}
	if len(r.Via) == 0 {
		r.Via = nil
	}
	return r
})

func TestNotationRoundTrip(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		rs := rapid.SliceOfN(genRelation, 0, 4).Draw(t, "relations")
		text := stance.Format(rs)
		got, err := stance.Parse(text)
		if err != nil {
			t.Fatalf("Parse(Format) failed: %v\n%s", err, text)
		}
		if len(rs) == 0 {
			rs = nil
		}
		if d := cmp.Diff(rs, got); d != "" {
			t.Fatalf("round trip (-want +got):\n%s\n%s", d, text)
		}
		if again := stance.Format(got); again != text {
			t.Fatalf("print∘parse not identity: %q vs %q", again, text)
		}
	})
}

func TestParseNeverPanics(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		s := rapid.OneOf(rapid.String(), rapid.StringOf(rapid.RuneFrom([]rune("AB ->:\"#,via\nsupportneg\\")))).Draw(t, "src")
		_, err := stance.Parse(s)
		var pe *stance.ParseError
		if err != nil && !errors.As(err, &pe) {
			t.Fatalf("error %v is not a *ParseError", err)
		}
	})
}

func TestNormalizeParty(t *testing.T) {
	for in, want := range map[string]string{"the U.S.": "us", "Russia's": "russia", " The  United-States ": "united states", "Assad’s": "assad",
		"A.\u0300": "\u00e0", // rapid: a dropped dot brings a letter and its accent together
	} {
		if got := stance.NormalizeParty(in); got != want {
			t.Errorf("NormalizeParty(%q) = %q, want %q", in, got, want)
		}
	}
	rapid.Check(t, func(t *rapid.T) {
		s := rapid.String().Draw(t, "s")
		once := stance.NormalizeParty(s)
		if stance.NormalizeParty(once) != once {
			t.Fatalf("not idempotent: %q -> %q -> %q", s, once, stance.NormalizeParty(once))
		}
	})
}
