package knowtab

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"pgregory.net/rapid"
)

var genRef = rapid.Custom(func(t *rapid.T) Ref {
	return Ref{Index: rapid.Uint32().Draw(t, "index"), Form: rapid.Uint8Range(0, 7).Draw(t, "form"), Acronym: rapid.Bool().Draw(t, "acronym")}
})

var genValue = rapid.Custom(func(t *rapid.T) Value {
	v := Value{
		Places: rapid.SliceOfN(genRef, 0, 5).Draw(t, "places"),
		Actors: rapid.SliceOfN(genRef, 0, 5).Draw(t, "actors"),
		Longer: rapid.Uint8().Draw(t, "longer"),
	}
	if rapid.Bool().Draw(t, "given") {
		v.Given, v.Female, v.Male = true, rapid.Uint32().Draw(t, "female"), rapid.Uint32().Draw(t, "male")
	}
	if rapid.Bool().Draw(t, "agent") {
		a := genRef.Draw(t, "agentRef")
		v.Agent = &a
	}
	return v
})

func TestValueRoundTrip(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		v := genValue.Draw(t, "v")
		got, err := Decode(string(AppendValue(nil, v)))
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(v, got, cmpopts.EquateEmpty()); diff != "" {
			t.Fatalf("round trip (-want +got):\n%s", diff)
		}
	})
}

func TestSplitRejects(t *testing.T) {
	for _, s := range []string{"", "\x40", "\x01", "\x01\x00", "\x02\x05", "\x10", "\x00x", "\x08\xff"} {
		if _, err := Split(s); err == nil {
			t.Errorf("Split(%q) succeeded", s)
		}
	}
}

func TestRecordsRoundTrip(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		p := Place{Name: StrRef(rapid.Uint32().Draw(t, "name")), Kind: rapid.Uint8().Draw(t, "kind"), Flags: rapid.Uint8().Draw(t, "flags"),
			Country: [2]byte{rapid.Byte().Draw(t, "c0"), rapid.Byte().Draw(t, "c1")}, Population: rapid.Uint32().Draw(t, "pop"),
			Extra: StrRef(rapid.Uint32().Draw(t, "extra"))}
		b := AppendPlace(nil, p)
		if len(b) != PlaceSize || ReadPlace(string(b)) != p {
			t.Fatalf("place %+v read back as %+v", p, ReadPlace(string(b)))
		}
		a := Actor{Name: p.Name, Kind: p.Kind, Country: p.Country, Code: rapid.Uint16().Draw(t, "code")}
		b = AppendActor(nil, a)
		if len(b) != ActorSize || ReadActor(string(b)) != a {
			t.Fatalf("actor %+v read back as %+v", a, ReadActor(string(b)))
		}
	})
	if (ReadPlace("short") != Place{}) || (ReadActor("short") != Actor{}) {
		t.Error("short records read as something")
	}
}

func TestStrRef(t *testing.T) {
	names := "Paris\nQuebec City\n"
	r, ok := NewStrRef(6, 11)
	if !ok || r.In(names) != "Quebec City" {
		t.Fatalf("StrRef = %q", r.In(names))
	}
	if r, _ := NewStrRef(10, 20); r.In(names) != "" {
		t.Error("a ref past the end reads something")
	}
	for _, c := range [][2]int{{-1, 1}, {MaxNames, 1}, {0, 256}} {
		if _, ok := NewStrRef(c[0], c[1]); ok {
			t.Errorf("NewStrRef(%d, %d) succeeded", c[0], c[1])
		}
	}
}
