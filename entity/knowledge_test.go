package entity

import (
	"bytes"
	"os"
	"slices"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"pgregory.net/rapid"

	"github.com/newsmodel/newsmodel/entity/internal/knowtab"
)

// knownKeys returns every key of the tables, in order.
func knownKeys(t testing.TB) []string {
	t.Helper()
	var keys []string
	for k := range loadKnowledge().keys.All() {
		keys = append(keys, k)
	}
	return keys
}

func TestKnowledgeKeyTable(t *testing.T) {
	k := loadKnowledge()
	keys := knownKeys(t)
	if len(keys) != knowledgeKeyCount {
		t.Fatalf("%d keys, want %d", len(keys), knowledgeKeyCount)
	}
	if !slices.IsSorted(keys) || len(slices.Compact(slices.Clone(keys))) != len(keys) {
		t.Fatal("keys are not sorted and unique")
	}
	longest := map[string]int{}
	for _, key := range keys {
		if ws := strings.Fields(key); len(ws) > 1 {
			longest[ws[0]] = max(longest[ws[0]], len(ws))
		}
	}
	var entries []knowtab.Entry
	places, actors, givens, agents, maxWords := 0, 0, 0, 0, 0
	for key, v := range k.keys.All() {
		if knowledgeKey(key) != key {
			t.Errorf("key %q is not folded: knowledgeKey gives %q", key, knowledgeKey(key))
		}
		maxWords = max(maxWords, len(strings.Fields(key)))
		val, err := knowtab.Decode(v)
		if err != nil {
			t.Fatalf("key %q: %v", key, err)
		}
		if !bytes.Equal(knowtab.AppendValue(nil, val), []byte(v)) {
			t.Errorf("key %q: value does not encode back to itself", key)
		}
		entries = append(entries, knowtab.Entry{Key: key, Value: []byte(v)})
		if len(val.Places)+len(val.Actors) == 0 && !val.Given && val.Agent == nil && val.Longer == 0 {
			t.Errorf("key %q reads as nothing", key)
		}
		if want := longest[key]; int(val.Longer) != want {
			t.Errorf("key %q: longer %d, want %d", key, val.Longer, want)
		}
		for i, r := range val.Places {
			if int(r.Index) >= knowledgePlaceCount || r.Form > knowtab.FormPeople {
				t.Errorf("key %q: place ref %+v out of range", key, r)
			}
			if i > 0 && placeRecord(k, val.Places[i-1]).Population < placeRecord(k, r).Population {
				t.Errorf("key %q: places not by population", key)
			}
		}
		for _, r := range val.Actors {
			if int(r.Index) >= knowledgeActorCount || r.Form > 1 {
				t.Errorf("key %q: actor ref %+v out of range", key, r)
			}
		}
		if val.Agent != nil && int(val.Agent.Index) >= knowledgeCodeCount {
			t.Errorf("key %q: agent code %d out of range", key, val.Agent.Index)
		}
		places += min(len(val.Places), 1)
		actors += min(len(val.Actors), 1)
		if val.Given {
			givens++
		}
		if val.Agent != nil {
			agents++
		}
	}
	if givens != knowledgeGivenCount || agents != knowledgeAgentCount || maxWords != knowledgeMaxWords {
		t.Errorf("%d given names, %d agents, %d words at most; want %d, %d, %d",
			givens, agents, maxWords, knowledgeGivenCount, knowledgeAgentCount, knowledgeMaxWords)
	}
	again, err := knowtab.Encode(entries)
	if err != nil || string(again) != knowledgeKeys {
		t.Errorf("the key table does not encode back to itself (err %v)", err)
	}
	t.Logf("%d keys: %d name places, %d actors, %d are given names, %d agents; %d places, %d actors, %d codes; %d bytes",
		len(keys), places, actors, givens, agents, knowledgePlaceCount, knowledgeActorCount, knowledgeCodeCount,
		len(knowledgeKeys)+len(knowledgePlaces)+len(knowledgeActors)+len(knowledgeNames)+len(knowledgeCodes))
}

func placeRecord(k *knowledge, r knowtab.Ref) knowtab.Place {
	return knowtab.ReadPlace(knowtab.Record(k.places, int(r.Index), knowtab.PlaceSize))
}

// isName reports whether a name of the tables is a name: valid UTF-8 on one
// line, trimmed, not empty.
func isName(s string) bool {
	return s != "" && utf8.ValidString(s) && !strings.ContainsAny(s, "\n\t") && strings.TrimSpace(s) == s
}

func TestKnowledgeRecords(t *testing.T) {
	k := loadKnowledge()
	isCountry := func(c [2]byte) bool {
		return c == [2]byte{} || 'A' <= c[0] && c[0] <= 'Z' && 'A' <= c[1] && c[1] <= 'Z'
	}
	for i := range knowledgePlaceCount {
		p := knowtab.ReadPlace(knowtab.Record(k.places, i, knowtab.PlaceSize))
		if p.Kind < knowtab.PlaceCountry || p.Kind > knowtab.PlaceOther || !isName(p.Name.In(k.names)) || !isCountry(p.Country) {
			t.Fatalf("place %d: %+v, named %q", i, p, p.Name.In(k.names))
		}
		if p.Kind == knowtab.PlaceCountry && p.Country == [2]byte{} {
			t.Errorf("country %q without a code", p.Name.In(k.names))
		}
		if x := p.Extra.In(k.names); p.Extra != 0 && !isName(x) {
			t.Errorf("place %q: extra %q", p.Name.In(k.names), x)
		}
	}
	for i := range knowledgeActorCount {
		a := knowtab.ReadActor(knowtab.Record(k.actors, i, knowtab.ActorSize))
		if a.Kind < knowtab.ActorPerson || a.Kind > knowtab.ActorOrganization || !isName(a.Name.In(k.names)) ||
			!isCountry(a.Country) || int(a.Code) >= len(k.codes) {
			t.Fatalf("actor %d: %+v, named %q", i, a, a.Name.In(k.names))
		}
	}
	codes := make([]string, len(k.codes))
	for i, c := range k.codes {
		codes[i] = c.code
		if c.code == "" || len(c.role) > 3 {
			t.Errorf("code %d: %+v", i, c)
		}
	}
	if !slices.IsSorted(codes) || len(slices.Compact(slices.Clone(codes))) != len(codes) {
		t.Error("codes are not sorted and unique")
	}
}

func TestKnowledgeKey(t *testing.T) {
	tests := []struct{ in, want string }{
		{"The Hague", "hague"},
		{"U.S.", "us"},
		{"al-Qaeda", "al qaeda"},
		{"Québec City", "quebec city"},
		{"the", "the"},
		{"  Saint-Étienne ", "saint etienne"},
	}
	for _, tt := range tests {
		if got := knowledgeKey(tt.in); got != tt.want {
			t.Errorf("knowledgeKey(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	rapid.Check(t, func(t *rapid.T) {
		s := rapid.String().Draw(t, "s")
		if k := knowledgeKey(s); knowledgeKey(k) != k {
			t.Fatalf("knowledgeKey not idempotent: %q -> %q -> %q", s, k, knowledgeKey(k))
		}
	})
}

// hasPlace reports whether the readings of name include a place of kind in
// country.
func hasPlace(name string, kind placeKind, country string) bool {
	return slices.ContainsFunc(lookupPlace(knowledgeKey(name)), func(p place) bool {
		return p.Kind == kind && p.Country == country
	})
}

func TestKnowledgePlaces(t *testing.T) {
	tests := []struct {
		name    string
		kind    placeKind
		country string
	}{
		{"Las Vegas", placeCity, "US"},
		{"Quebec City", placeCity, "CA"},
		{"Quebec", placeRegion, "CA"},
		{"Seattle", placeCity, "US"},
		{"New Jersey", placeRegion, "US"},
		{"Georgia", placeCountry, "GE"},
		{"Georgia", placeRegion, "US"},
		{"Jackson", placeCity, "US"},
		{"Paris", placeCity, "FR"},
		{"Paris", placeCity, "US"},
		{"the United States", placeCountry, "US"},
		{"America", placeCountry, "US"},
		{"U.S.", placeCountry, "US"},
		{"Bombay", placeCity, "IN"},
		{"Kiev", placeCity, "UA"},
		{"St. Petersburg", placeCity, "RU"},
		{"Maidan Wardak", placeRegion, "AF"}, // "Maidan Wardak Province" without its type
		{"The Hague", placeCity, "NL"},
	}
	for _, tt := range tests {
		if !hasPlace(tt.name, tt.kind, tt.country) {
			t.Errorf("lookupPlace(%q) = %+v, want a place of kind %d in %s", tt.name, lookupPlace(knowledgeKey(tt.name)), tt.kind, tt.country)
		}
	}
	paris := lookupPlace("paris")
	if len(paris) < 2 || paris[0].Country != "FR" || !paris[0].Capital || paris[0].Region != "Île-de-France" {
		t.Errorf("lookupPlace(paris) = %+v, want the French capital first", paris)
	}
	if us := lookupPlace("us"); len(us) == 0 || !us[0].Acronym || us[0].Form != placeByAlias {
		t.Errorf("lookupPlace(us) = %+v, want an acronym of the United States", us)
	}
	fr := lookupPlace("france")
	if len(fr) != 1 || !slices.Contains(fr[0].Demonyms(), "Frenchmen") || !slices.Contains(fr[0].Demonyms(), "French") {
		t.Errorf("France's demonyms = %v", fr)
	}
	forms := []struct {
		word string
		form placeForm
		iso  string
	}{
		{"French", placeByDemonym, "FR"},
		{"Frenchman", placeByNational, "FR"},
		{"Americans", placeByPeople, "US"},
		{"Russian", placeByDemonym, "RU"},
		{"Russians", placeByPeople, "RU"},
		{"Chinese", placeByDemonym, "CN"},
		{"Britons", placeByPeople, "GB"},
		{"Afghan", placeByDemonym, "AF"},
	}
	for _, f := range forms {
		ps := lookupPlace(knowledgeKey(f.word))
		if !slices.ContainsFunc(ps, func(p place) bool { return p.Form == f.form && p.Country == f.iso && p.Kind == placeCountry }) {
			t.Errorf("lookupPlace(%q) = %+v, want form %d of %s", f.word, ps, f.form, f.iso)
		}
	}
	if ps := lookupPlace("united states"); len(ps) == 0 || ps[0].Demonyms() == nil {
		t.Errorf("the United States have no demonyms: %+v", ps)
	}
}

func TestKnowledgeGiven(t *testing.T) {
	tests := []struct {
		name   string
		female bool // mostly female
	}{
		{"Mary", true}, {"John", false}, {"Jackson", false}, {"Angela", true}, {"Vladimir", false}, {"Hillary", true},
	}
	for _, tt := range tests {
		f, m, ok := lookupGiven(knowledgeKey(tt.name))
		if !ok || (f > m) != tt.female || f+m < 1000 {
			t.Errorf("lookupGiven(%q) = %d, %d, %v", tt.name, f, m, ok)
		}
	}
	for _, w := range []string{"the", "putin", "", "x"} {
		if f, m, ok := lookupGiven(w); ok {
			t.Errorf("lookupGiven(%q) = %d, %d, true", w, f, m)
		}
	}
}

// hasActor reports whether the readings of name include an actor of kind,
// country and role, named canonical ("" for any).
func hasActor(name string, kind Kind, country, role, canonical string) bool {
	return slices.ContainsFunc(lookupActor(knowledgeKey(name)), func(a actor) bool {
		return a.Kind == kind && a.Country == country && a.Role == role && (canonical == "" || a.Name == canonical)
	})
}

func TestKnowledgeActors(t *testing.T) {
	tests := []struct {
		name                     string
		kind                     Kind
		country, role, canonical string
	}{
		{"Vladimir Putin", KindPerson, "RU", "GOV", "Vladimir Putin"},
		{"Putin", KindPerson, "RU", "GOV", "Vladimir Putin"},
		{"President Putin", KindPerson, "RU", "GOV", "Vladimir Putin"},
		{"Barack Obama", KindPerson, "US", "GOV", "Barack Obama"},
		{"Obama", KindPerson, "US", "GOV", "Barack Obama"},
		{"Angela Merkel", KindPerson, "DE", "GOV", ""},
		{"NATO", KindOrganization, "", "IGO", "NATO"},
		{"North Atlantic Treaty Organization", KindOrganization, "", "IGO", "NATO"},
		{"United Nations", KindOrganization, "", "IGO", ""},
		{"European Union", KindOrganization, "", "IGO", ""},
		{"Google", KindOrganization, "US", "MNC", "Google"},
		{"Apple", KindOrganization, "US", "MNC", "Apple Inc"},   // without the company's suffix
		{"Amazon", KindOrganization, "US", "MNC", "Amazon.com"}, // without ".com"
		{"Reuters", KindOrganization, "", "MED", ""},
		{"FBI", KindOrganization, "US", "COP", "Federal Bureau of Investigation"},
		{"State Department", KindOrganization, "US", "GOV", ""},
		{"White House", KindOrganization, "US", "GOV", ""},
		{"Kremlin", KindOrganization, "RU", "GOV", ""},
		{"Senate", KindOrganization, "US", "GOV", ""},
		{"Ban Ki-moon", KindPerson, "", "IGO", ""},
		{"Islamic State", KindOrganization, "", "IMG", ""},
	}
	for _, tt := range tests {
		if !hasActor(tt.name, tt.kind, tt.country, tt.role, tt.canonical) {
			t.Errorf("lookupActor(%q) = %+v, want a %v of %q, role %s, named %q", tt.name, lookupActor(knowledgeKey(tt.name)),
				tt.kind, tt.country, tt.role, tt.canonical)
		}
	}
	if as := lookupActor("bush"); len(as) < 2 || !as[0].Alias {
		t.Errorf("lookupActor(bush) = %+v, want each of the Bushes by alias", as)
	}
	if as := lookupActor("un"); len(as) == 0 || !as[0].Acronym {
		t.Errorf("lookupActor(un) = %+v, want the UN, written in capitals", as)
	}
	// titles alone are not names
	for _, key := range []string{"president", "us president", "white house spokesman", "secretary general", "prime minister"} {
		if as := lookupActor(key); as != nil {
			t.Errorf("lookupActor(%q) = %+v, want none", key, as)
		}
	}
}

func TestKnowledgeAgents(t *testing.T) {
	tests := []struct {
		key    string
		role   string
		plural bool
	}{
		{"ambassador", "GOV", false},
		{"ambassadors", "GOV", true},
		{"foreign minister", "GOV", false},
		{"foreign ministers", "GOV", true},
		{"police", "COP", false},
		{"chamber of commerce", "BUS", false},
		{"chambers of commerce", "BUS", true},
		{"government spokesman", "GOV", false},
		{"government spokeswomen", "GOV", true},
		{"government spokeswoman", "GOV", false},
		{"peacekeeping troops", "IGO", false},
	}
	for _, tt := range tests {
		a, ok := lookupAgent(tt.key)
		if !ok || a.Role != tt.role || a.Plural != tt.plural {
			t.Errorf("lookupAgent(%q) = %+v, %v; want role %s, plural %v", tt.key, a, ok, tt.role, tt.plural)
		}
	}
	if _, ok := lookupAgent("policeses"); ok {
		t.Error("lookupAgent(policeses) found an agent")
	}
}

func TestLongestKey(t *testing.T) {
	tests := []struct {
		word string
		min  int
	}{
		{"new", 3},      // "new york city"
		{"las", 2},      // "las vegas"
		{"vladimir", 2}, // "vladimir putin"
		{"seattle", 1},  // a key of one word
		{"zzzzqqq", 0},  // no key
		{"", 0},
	}
	for _, tt := range tests {
		got := longestKey(tt.word)
		if got < tt.min || tt.min == 0 && got != 0 || got > knowledgeMaxWords {
			t.Errorf("longestKey(%q) = %d, want at least %d", tt.word, got, tt.min)
		}
	}
}

// genKey draws keys of the tables, changed a little, and any string.
func genKey(keys []string) *rapid.Generator[string] {
	return rapid.OneOf(
		rapid.String(),
		rapid.SampledFrom(keys),
		rapid.Custom(func(t *rapid.T) string {
			k := rapid.SampledFrom(keys).Draw(t, "key")
			return k[:rapid.IntRange(0, len(k)).Draw(t, "cut")] + rapid.StringN(0, 3, -1).Draw(t, "tail")
		}),
	)
}

// TestKnowledgeLookupsNeverPanic checks that no string makes a lookup
// panic, and that what they return is well formed.
func TestKnowledgeLookupsNeverPanic(t *testing.T) {
	keys := knownKeys(t)
	rapid.Check(t, func(t *rapid.T) {
		s := genKey(keys).Draw(t, "s")
		for _, p := range lookupPlace(s) {
			if p.Name == "" || p.Kind == placeUnknown {
				t.Fatalf("lookupPlace(%q): %+v", s, p)
			}
		}
		for _, a := range lookupActor(s) {
			if a.Name == "" || a.Kind != KindPerson && a.Kind != KindOrganization || a.Code == "" {
				t.Fatalf("lookupActor(%q): %+v", s, a)
			}
		}
		if a, ok := lookupAgent(s); ok && a.Code == "" {
			t.Fatalf("lookupAgent(%q): %+v", s, a)
		}
		lookupGiven(s)
		if n := longestKey(s); n < 0 || n > knowledgeMaxWords {
			t.Fatalf("longestKey(%q) = %d", s, n)
		}
	})
}

// TestKnowledgeConcurrentLookups checks, under -race, that lookups from
// many goroutines, the first of which load the tables, agree with lookups
// made one at a time.
func TestKnowledgeConcurrentLookups(t *testing.T) {
	names := []string{"georgia", "paris", "vladimir putin", "nato", "mary", "jackson", "foreign minister", "us", "new"}
	type result struct {
		places []place
		actors []actor
		agent  agent
		given  [2]uint32
		longer int
	}
	look := func(k string) result {
		var r result
		r.places, r.actors = lookupPlace(k), lookupActor(k)
		r.agent, _ = lookupAgent(k)
		r.given[0], r.given[1], _ = lookupGiven(k)
		r.longer = longestKey(k)
		return r
	}
	got := make([][]result, 8)
	var wg sync.WaitGroup
	for g := range got {
		wg.Go(func() {
			for range 20 {
				got[g] = got[g][:0]
				for _, n := range names {
					got[g] = append(got[g], look(n))
				}
			}
		})
	}
	wg.Wait()
	var want []result
	for _, n := range names {
		want = append(want, look(n))
	}
	for g := range got {
		if diff := cmp.Diff(want, got[g], cmp.AllowUnexported(result{}, place{})); diff != "" {
			t.Fatalf("goroutine %d (-want +got):\n%s", g, diff)
		}
	}
}

// TestKnowledgeNotice checks that NOTICE names every source's version.
func TestKnowledgeNotice(t *testing.T) {
	notice, err := os.ReadFile("../NOTICE")
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range strings.Split(strings.TrimSpace(knowledgeSources), "\n") {
		f := strings.Split(l, "\t")
		if len(f) != 4 {
			t.Fatalf("knowledgeSources line %q", l)
		}
		version, _, _ := strings.Cut(f[1], " ")
		if !bytes.Contains(notice, []byte(version)) || !bytes.Contains(notice, []byte(f[2])) {
			t.Errorf("NOTICE does not give %s's version %s and licence %s", f[0], version, f[2])
		}
	}
}
