package main

import (
	"bytes"
	"cmp"
	"fmt"
	"go/format"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/newsmodel/newsmodel/entity/internal/knowtab"
)

// tables are the encoded tables, with their counts.
type tables struct {
	keys, places, actors, names, codes []byte
	nKeys, nPlaces, nActors, nGiven    int
	nAgents, nCodes                    int
	placeKinds                         [5]int
	actorKinds                         [3]int
	maxWords                           int
}

// The files of the tables, under the output folder.
var tableFiles = []string{"keys.bin", "places.bin", "actors.bin", "names.txt", "codes.txt"}

func (t *tables) file(name string) []byte {
	switch name {
	case "keys.bin":
		return t.keys
	case "places.bin":
		return t.places
	case "actors.bin":
		return t.actors
	case "names.txt":
		return t.names
	}
	return t.codes
}

// names interns the strings of records in one blob, one a line.
type names struct {
	blob []byte
	at   map[string]knowtab.StrRef
}

func (n *names) ref(s string) (knowtab.StrRef, error) {
	if s == "" {
		return 0, nil
	}
	if r, ok := n.at[s]; ok {
		return r, nil
	}
	if strings.Contains(s, "\n") {
		return 0, fmt.Errorf("name %q has a line break", s)
	}
	r, ok := knowtab.NewStrRef(len(n.blob), len(s))
	if !ok {
		return 0, fmt.Errorf("name %q: names blob full or name too long", s)
	}
	n.blob = append(append(n.blob, s...), '\n')
	n.at[s] = r
	return r, nil
}

func iso2(s string) [2]byte {
	if len(s) != 2 {
		return [2]byte{}
	}
	return [2]byte{s[0], s[1]}
}

// encode lays out the tables: the key table over every key of every
// table, and the records that some key reaches.
func (b *builder) encode() (*tables, error) {
	t := &tables{}
	// readings of each key, and the places they keep
	placeReadings := map[string][]knowtab.Ref{}
	usedPlace := make([]int, len(b.places)) // new index + 1
	nextPlace := 0
	for _, k := range slices.Sorted(maps.Keys(b.placeKeys)) {
		rs := b.placeReadings(b.placeKeys[k])
		placeReadings[k] = rs
	}
	// number places in record order, so the table follows the sources
	for _, k := range slices.Sorted(maps.Keys(placeReadings)) {
		for _, r := range placeReadings[k] {
			usedPlace[r.Index] = 1
		}
	}
	for i := range usedPlace {
		if usedPlace[i] != 0 {
			nextPlace++
			usedPlace[i] = nextPlace
		}
	}
	roles := map[string]string{} // code → role
	for _, a := range b.actors {
		_, roles[a.code], _, _ = b.geo.readCode(a.code)
	}
	for _, a := range b.agents {
		r := strings.Trim(a.code, "~")
		roles[a.code] = r[:min(3, len(r))]
	}
	codeList := slices.Sorted(maps.Keys(roles))
	if len(codeList) > 1<<16 {
		return nil, fmt.Errorf("%d codes: more than a uint16 indexes", len(codeList))
	}
	codeIndex := map[string]int{}
	for i, c := range codeList {
		if strings.ContainsAny(c, "\t\n") {
			return nil, fmt.Errorf("code %q has a tab or line break", c)
		}
		codeIndex[c] = i
		t.codes = fmt.Appendf(t.codes, "%s\t%s\n", c, roles[c])
	}
	t.nCodes = len(codeList)

	nm := &names{at: map[string]knowtab.StrRef{}}
	for i, p := range b.places {
		if usedPlace[i] == 0 {
			continue
		}
		name, err := nm.ref(p.name)
		if err != nil {
			return nil, err
		}
		extra, err := nm.ref(p.extra)
		if err != nil {
			return nil, err
		}
		t.places = knowtab.AppendPlace(t.places, knowtab.Place{Name: name, Kind: p.kind, Flags: p.flags,
			Country: iso2(p.country), Population: p.pop, Extra: extra})
		t.placeKinds[p.kind]++
	}
	t.nPlaces = nextPlace
	for _, a := range b.actors {
		name, err := nm.ref(a.name)
		if err != nil {
			return nil, err
		}
		t.actors = knowtab.AppendActor(t.actors, knowtab.Actor{Name: name, Kind: a.kind, Country: iso2(a.country),
			Code: uint16(codeIndex[a.code])})
		t.actorKinds[a.kind]++
	}
	t.nActors = len(b.actors)
	t.names = nm.blob

	// every key, with the longest key each first word starts
	all := map[string]bool{}
	for k := range placeReadings {
		all[k] = true
	}
	for k := range b.actorKeys {
		all[k] = true
	}
	for k := range b.given {
		all[k] = true
	}
	for k := range b.agents {
		all[k] = true
	}
	longer := map[string]int{}
	for k := range all {
		ws := keyWords(k)
		if len(ws) > 1 {
			longer[ws[0]] = max(longer[ws[0]], min(len(ws), 255))
		}
		t.maxWords = max(t.maxWords, len(ws))
	}
	for w := range longer {
		all[w] = true
	}
	var entries []knowtab.Entry
	for _, k := range slices.Sorted(maps.Keys(all)) {
		var v knowtab.Value
		for _, r := range placeReadings[k] {
			r.Index = uint32(usedPlace[r.Index] - 1)
			v.Places = append(v.Places, r)
		}
		if fm, ok := b.given[k]; ok {
			v.Given, v.Female, v.Male = true, fm[0], fm[1]
			t.nGiven++
		}
		if rs := b.actorKeys[k]; len(rs) > 0 {
			rs = slices.Clone(rs)
			slices.SortStableFunc(rs, func(x, y knowtab.Ref) int { return cmp.Compare(x.Form, y.Form) })
			v.Actors = rs[:min(len(rs), maxActorReadings)]
		}
		if a, ok := b.agents[k]; ok {
			r := knowtab.Ref{Index: uint32(codeIndex[a.code])}
			if a.plural {
				r.Form = 1
			}
			v.Agent = &r
			t.nAgents++
		}
		v.Longer = uint8(longer[k])
		entries = append(entries, knowtab.Entry{Key: k, Value: knowtab.AppendValue(nil, v)})
	}
	keys, err := knowtab.Encode(entries)
	if err != nil {
		return nil, err
	}
	t.keys, t.nKeys = keys, len(entries)
	return t, nil
}

// summary describes the tables built.
func (b *builder) summary(t *tables) string {
	var s strings.Builder
	fmt.Fprintf(&s, "knowgen: %d keys (the longest %d words), %d given names, %d agent phrases\n", t.nKeys, t.maxWords, t.nGiven, t.nAgents)
	fmt.Fprintf(&s, "knowgen: %d places: %d countries, %d regions, %d cities, %d others\n", t.nPlaces,
		t.placeKinds[knowtab.PlaceCountry], t.placeKinds[knowtab.PlaceRegion], t.placeKinds[knowtab.PlaceCity], t.placeKinds[knowtab.PlaceOther])
	fmt.Fprintf(&s, "knowgen: %d actors: %d people, %d organisations; %d codes\n", t.nActors,
		t.actorKinds[knowtab.ActorPerson], t.actorKinds[knowtab.ActorOrganization], t.nCodes)
	for _, k := range slices.Sorted(maps.Keys(b.dropped)) {
		fmt.Fprintf(&s, "knowgen: dropped %d %s\n", b.dropped[k], k)
	}
	total := 0
	for _, f := range tableFiles {
		fmt.Fprintf(&s, "knowgen: %s %d bytes\n", f, len(t.file(f)))
		total += len(t.file(f))
	}
	fmt.Fprintf(&s, "knowgen: %d bytes in all; %d warnings\n", total, len(b.warns))
	return s.String()
}

// writeFiles writes the tables and the Go file that embeds them.
func writeFiles(cfg config, in *inputs, t *tables) error {
	if err := os.MkdirAll(cfg.out, 0o755); err != nil {
		return err
	}
	for _, f := range tableFiles {
		if err := os.WriteFile(filepath.Join(cfg.out, f), t.file(f), 0o644); err != nil {
			return err
		}
	}
	src, err := goFile(cfg, in, t)
	if err != nil {
		return err
	}
	return os.WriteFile(cfg.goFile, src, 0o644)
}

// goFile returns the Go file that embeds the tables.
func goFile(cfg config, in *inputs, t *tables) ([]byte, error) {
	var s bytes.Buffer
	dir := filepath.ToSlash(cfg.out)
	fmt.Fprintf(&s, "// Code generated by knowgen from open data; DO NOT EDIT.\n\n")
	fmt.Fprintf(&s, "package entity\n\nimport _ \"embed\"\n\n")
	fmt.Fprintf(&s, "// The knowledge tables were built by ./internal/knowgen from these sources\n")
	fmt.Fprintf(&s, "// (file, provider, pinned version, licence, SHA-256 of the file read):\n//\n")
	for _, x := range in.src {
		fmt.Fprintf(&s, "//   - %s\n//     %s\n//     %s\n//     %s\n//     sha256 %s\n", x.file, x.provider, x.version, x.licence, x.sha256)
	}
	fmt.Fprintf(&s, "//\n// The GeoNames data is modified: columns selected, alternate names\n")
	fmt.Fprintf(&s, "// filtered, regions' populations summed from their cities. See NOTICE.\n\n")
	fmt.Fprintf(&s, "// knowledgeSources names the sources of the tables, their versions and\n// licences.\n")
	fmt.Fprintf(&s, "const knowledgeSources = `")
	for _, x := range in.src {
		fmt.Fprintf(&s, "%s\t%s\t%s\t%s\n", x.file, x.version, x.licence, x.sha256)
	}
	fmt.Fprintf(&s, "`\n\n")
	vars := []struct{ name, file, doc string }{
		{"knowledgeKeys", "keys.bin", "the key table: every key, with its places, given-name births, actors, agent and longest keys"},
		{"knowledgePlaces", "places.bin", "the place records"},
		{"knowledgeActors", "actors.bin", "the actor records"},
		{"knowledgeNames", "names.txt", "the names of places and actors, one a line"},
		{"knowledgeCodes", "codes.txt", "the CAMEO codes of actors and agents, one a line, each with its role after a tab"},
	}
	for _, v := range vars {
		fmt.Fprintf(&s, "// %s is %s.\n//\n//go:embed %s/%s\nvar %s string\n\n", v.name, v.doc, dir, v.file, v.name)
	}
	fmt.Fprintf(&s, "// Sizes of the tables, checked when they load.\nconst (\n")
	fmt.Fprintf(&s, "\tknowledgeKeyCount = %d\n\tknowledgePlaceCount = %d\n\tknowledgeActorCount = %d\n", t.nKeys, t.nPlaces, t.nActors)
	fmt.Fprintf(&s, "\tknowledgeGivenCount = %d\n\tknowledgeAgentCount = %d\n\tknowledgeCodeCount = %d\n", t.nGiven, t.nAgents, t.nCodes)
	fmt.Fprintf(&s, "\tknowledgeMaxWords = %d // words of the longest key\n)\n", t.maxWords)
	return format.Source(s.Bytes())
}
