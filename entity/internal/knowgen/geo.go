package main

import (
	"fmt"
	"slices"
	"strings"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"

	"github.com/newsmodel/newsmodel/entity/internal/knowtab"
)

// geo holds GeoNames' countries, first-level regions and cities, as read.
type geo struct {
	countries []country
	byISO2    map[string]int
	iso3      map[string]string // ISO 3166-1 alpha-3 → alpha-2
	regions   []region
	cities    []city

	// keys of each country's places, for telling a dictionary phrase that
	// GeoNames already knows from one it adds
	countryKeys map[string]map[string]bool // ISO2 → keys of the country's names
	cityKeys    map[string]map[string]bool // ISO2 → keys of its cities' and regions' names
	altKeys     map[string]map[string]bool // ISO2 → keys of its cities' alternate names
	countryWord map[string]bool            // words of countries' names and demonyms
	demonymKeys map[string]bool            // keys of demonyms
}

type country struct {
	iso2, iso3, name string
	pop              uint32
	aliases          []string // from x/text and the built-in countries file
	demonyms         []string // from the built-in countries file
}

type region struct {
	country, code, name, ascii string
	pop                        uint32 // of its cities
}

type city struct {
	name, ascii, country, admin1, feature string
	pop                                   uint32
	alternates                            []string
}

// cameoCountries maps the CAMEO country codes that are not ISO 3166-1
// alpha-3 to alpha-2 codes; "" marks a former state.
var cameoCountries = map[string]string{
	"TMP": "TL", "KSV": "XK", "ROM": "RO", "ZAR": "CD", "WSB": "PS", "GZS": "PS", "GZA": "PS", "PAL": "PS",
	"FRN": "FR", "IMY": "IM", "SRP": "BA", "SUN": "", "USR": "", "YUG": "", "CSK": "", "DDR": "", "FRY": "", "KRJ": "",
}

func readGeo(in *inputs) (*geo, error) {
	g := &geo{byISO2: map[string]int{}, iso3: map[string]string{}, countryKeys: map[string]map[string]bool{},
		cityKeys: map[string]map[string]bool{}, altKeys: map[string]map[string]bool{}, countryWord: map[string]bool{}, demonymKeys: map[string]bool{}}
	rows, err := tsvRows(in.src[srcCountries], 7)
	if err != nil {
		return nil, err
	}
	names := display.English.Regions()
	for _, r := range rows {
		pop, err := number(in.src[srcCountries], r, 5)
		if err != nil {
			return nil, err
		}
		c := country{iso2: r[0], iso3: r[1], name: r[2], pop: pop}
		if reg, err := language.ParseRegion(c.iso2); err == nil {
			// x/text's English name, unless it carries a qualifier:
			// "Myanmar (Burma)", "Congo - Kinshasa"
			if n := names.Name(reg); n != "" && !strings.ContainsAny(n, "()") && !strings.Contains(n, " - ") {
				c.aliases = append(c.aliases, n)
			}
		}
		g.byISO2[c.iso2] = len(g.countries)
		g.iso3[c.iso3] = c.iso2
		g.countries = append(g.countries, c)
	}
	if err := g.readBuiltinCountries(in.countries); err != nil {
		return nil, err
	}

	if rows, err = tsvRows(in.src[srcAdmin1], 5); err != nil {
		return nil, err
	}
	regionAt := map[string]int{}
	for _, r := range rows {
		if _, ok := g.byISO2[r[0]]; !ok {
			return nil, fmt.Errorf("%s:%s: unknown country %q", in.src[srcAdmin1].file, r[len(r)-1], r[0])
		}
		regionAt[r[0]+"."+r[1]] = len(g.regions)
		g.regions = append(g.regions, region{country: r[0], code: r[1], name: r[2], ascii: r[3]})
	}

	if rows, err = tsvRows(in.src[srcCities], 8); err != nil {
		return nil, err
	}
	for _, r := range rows {
		pop, err := number(in.src[srcCities], r, 5)
		if err != nil {
			return nil, err
		}
		if _, ok := g.byISO2[r[3]]; !ok {
			return nil, fmt.Errorf("%s:%s: unknown country %q", in.src[srcCities].file, r[len(r)-1], r[3])
		}
		c := city{name: r[1], ascii: r[2], country: r[3], admin1: r[4], feature: r[6], pop: pop}
		if r[7] != "" {
			c.alternates = strings.Split(r[7], "|")
		}
		if i, ok := regionAt[c.country+"."+c.admin1]; ok {
			g.regions[i].pop += pop
		}
		g.cities = append(g.cities, c)
	}
	for _, c := range g.cities {
		addKey(g.cityKeys, c.country, key(c.name))
		addKey(g.cityKeys, c.country, key(c.ascii))
		for _, a := range c.alternates {
			addKey(g.altKeys, c.country, key(a))
		}
	}
	for _, r := range g.regions {
		addKey(g.cityKeys, r.country, key(r.name))
		addKey(g.cityKeys, r.country, key(r.ascii))
		if bare := bareRegion(key(r.name)); bare != "" {
			addKey(g.cityKeys, r.country, bare)
		}
	}
	for i := range g.countries {
		c := &g.countries[i]
		ks := map[string]bool{key(c.name): true}
		// the built-in file's aliases include a capital's other name
		// ("Kiev" under Ukraine): GeoNames has it as the city's
		c.aliases = slices.DeleteFunc(c.aliases, func(a string) bool {
			k := key(a)
			return !ks[k] && (g.cityKeys[c.iso2][k] || g.altKeys[c.iso2][k])
		})
		for _, n := range append([]string{c.name}, c.aliases...) {
			k := key(n)
			ks[k] = true
			for _, w := range keyWords(k) {
				g.countryWord[w] = true
			}
		}
		for _, d := range c.demonyms {
			g.demonymKeys[key(d)] = true
			g.countryWord[key(d)] = true
		}
		g.countryKeys[c.iso2] = ks
	}
	return g, nil
}

// addKey adds k to the set of keys of country iso.
func addKey(sets map[string]map[string]bool, iso, k string) {
	m := sets[iso]
	if m == nil {
		m = map[string]bool{}
		sets[iso] = m
	}
	m[k] = true
}

// readBuiltinCountries reads demonyms, short names and English names from
// the built-in gazetteer's countries file: "CODE | demonyms | capital |
// aliases | name".
func (g *geo) readBuiltinCountries(text string) error {
	line := 0
	for l := range strings.Lines(text) {
		line++
		l = strings.TrimSpace(l)
		if l == "" || l[0] == '#' {
			continue
		}
		f := strings.Split(l, "|")
		for len(f) < 5 {
			f = append(f, "")
		}
		i, ok := g.byISO2[strings.TrimSpace(f[0])]
		if !ok {
			return fmt.Errorf("countries.txt:%d: unknown country %q", line, f[0])
		}
		c := &g.countries[i]
		c.demonyms = append(c.demonyms, splitList(f[1])...)
		c.aliases = append(c.aliases, splitList(f[3])...)
		if n := strings.TrimSpace(f[4]); n != "" {
			c.aliases = append(c.aliases, n)
		}
	}
	return nil
}

func splitList(s string) []string {
	var out []string
	for _, x := range strings.Split(s, ",") {
		if x = strings.TrimSpace(x); x != "" {
			out = append(out, x)
		}
	}
	return out
}

// isoOf returns the alpha-2 code of a CAMEO country code, and whether it is
// a country code at all; former states have an empty alpha-2 code.
func (g *geo) isoOf(cameo string) (string, bool) {
	if iso, ok := g.iso3[cameo]; ok {
		return iso, true
	}
	iso, ok := cameoCountries[cameo]
	return iso, ok
}

// regionTypeWords are the words that name a region's type, stripped to
// give its bare name: "Maidan Wardak Province" is "Maidan Wardak".
var regionTypeWords = set("province", "county", "region", "department", "district", "municipality", "state",
	"oblast", "governorate", "parish", "krai", "kraj", "okrug", "prefecture", "voivodeship", "division",
	"territory", "canton", "emirate", "republic", "wilaya", "wilayah", "autonomous", "special", "capital",
	"administrative", "area", "city", "federal")

// bareRegion returns a region's key without the words of its type, or ""
// when there are none or nothing else.
func bareRegion(k string) string {
	ws := keyWords(k)
	orig := len(ws)
	for len(ws) > 1 && regionTypeWords[ws[len(ws)-1]] {
		ws = ws[:len(ws)-1]
	}
	// "Republic of Tatarstan", "Province of Rome"
	for len(ws) > 2 && regionTypeWords[ws[0]] && ws[1] == "of" {
		ws = ws[2:]
	}
	for len(ws) > 1 && regionTypeWords[ws[0]] {
		ws = ws[1:]
	}
	if len(ws) == orig || len(ws) == 0 || functionWords[ws[0]] {
		return ""
	}
	return strings.Join(ws, " ")
}

// addGeoPlaces adds GeoNames' countries, regions and cities, with the
// alternate names of cities that the dictionaries list under the same
// country (petrarch: ISO2 → keys).
func (b *builder) addGeoPlaces(petrarch map[string]map[string]bool) {
	g := b.geo
	allCountryKeys := map[string]bool{}
	for _, ks := range g.countryKeys {
		for k := range ks {
			allCountryKeys[k] = true
		}
	}
	for ci, c := range g.countries {
		dems := demonymForms(c.demonyms)
		var list []string
		for _, d := range dems {
			list = append(list, d.word)
		}
		b.demonyms = append(b.demonyms, dems...)
		i := b.addPlace(placeRec{name: c.name, kind: knowtab.PlaceCountry, country: c.iso2, pop: c.pop, extra: strings.Join(list, "|")})
		b.geo.countries[ci].demonyms = list
		b.addPlaceKey(key(c.name), i, knowtab.FormName, false)
		for _, a := range c.aliases {
			b.addPlaceKey(key(a), i, knowtab.FormAlias, isAcronymWord(a))
		}
		for _, d := range dems {
			b.addPlaceKey(key(d.word), i, d.form, false)
		}
	}
	regionNames := map[string]bool{}
	for _, r := range g.regions {
		regionNames[key(r.name)] = true
	}
	regionIndex := map[string]string{}
	for _, r := range g.regions {
		i := b.addPlace(placeRec{name: r.name, kind: knowtab.PlaceRegion, country: r.country, pop: r.pop})
		regionIndex[r.country+"."+r.code] = r.name
		b.addPlaceKey(key(r.name), i, knowtab.FormName, false)
		b.addPlaceKey(key(r.ascii), i, knowtab.FormName, false)
		if bare := bareRegion(key(r.name)); bare != "" && !allCountryKeys[bare] && !regionNames[bare] {
			b.addPlaceKey(bare, i, knowtab.FormAlias, false)
		}
	}
	for _, c := range g.cities {
		flags := uint8(0)
		if c.feature == "PPLC" || c.feature == "PPLG" {
			flags |= knowtab.PlaceCapital
		}
		i := b.addPlace(placeRec{name: c.name, kind: knowtab.PlaceCity, flags: flags, country: c.country, pop: c.pop,
			extra: regionIndex[c.country+"."+c.admin1]})
		name := key(c.name)
		b.addPlaceKey(name, i, knowtab.FormName, false)
		b.addPlaceKey(key(c.ascii), i, knowtab.FormName, false)
		for _, v := range nameVariants(name) {
			b.addPlaceKey(v, i, knowtab.FormAlias, false)
		}
		for _, a := range c.alternates {
			k := key(a)
			if petrarch[c.country][k] || k == name+" city" || k == "city of "+name {
				b.addPlaceKey(k, i, knowtab.FormAlias, false)
			}
		}
	}
}

// nameVariants returns the common spellings of a place's key: "saint
// petersburg" is also "st petersburg", and the reverse.
func nameVariants(k string) []string {
	var out []string
	for _, p := range [][2]string{{"saint ", "st "}, {"sainte ", "ste "}, {"fort ", "ft "}, {"mount ", "mt "}} {
		if rest, ok := strings.CutPrefix(k, p[0]); ok {
			out = append(out, p[1]+rest)
		}
		if rest, ok := strings.CutPrefix(k, p[1]); ok {
			out = append(out, p[0]+rest)
		}
	}
	return out
}

func (b *builder) addPlace(p placeRec) int {
	b.places = append(b.places, p)
	return len(b.places) - 1
}

// A demonymForm is a word for a country's people and how it names them.
type demonymForm struct {
	word string
	form uint8
}

// nationals are the nouns for one person of a country whose demonym does
// not give them by rule, and their plurals.
var nationals = map[string][]string{
	"British":       {"Briton", "Britons", "Brit", "Brits"},
	"English":       {"Englishman", "Englishmen", "Englishwoman", "Englishwomen"},
	"Scottish":      {"Scot", "Scots", "Scotsman", "Scotsmen", "Scotswoman", "Scotswomen"},
	"Welsh":         {"Welshman", "Welshmen", "Welshwoman", "Welshwomen"},
	"Irish":         {"Irishman", "Irishmen", "Irishwoman", "Irishwomen"},
	"French":        {"Frenchman", "Frenchmen", "Frenchwoman", "Frenchwomen"},
	"Dutch":         {"Dutchman", "Dutchmen", "Dutchwoman", "Dutchwomen"},
	"Danish":        {"Dane", "Danes"},
	"Polish":        {"Pole", "Poles"},
	"Finnish":       {"Finn", "Finns"},
	"Swedish":       {"Swede", "Swedes"},
	"Turkish":       {"Turk", "Turks"},
	"Spanish":       {"Spaniard", "Spaniards"},
	"Kurdish":       {"Kurd", "Kurds"},
	"Icelandic":     {"Icelander", "Icelanders"},
	"Filipino":      {"Filipina", "Filipinas"},
	"Thai":          {},
	"Swiss":         {},
	"Luxembourgish": {"Luxembourger", "Luxembourgers"},
}

// demonymForms returns a country's demonyms, their nouns for one person
// and for its people: "Russian" gives "Russians"; "French" gives
// "Frenchman" and "Frenchmen"; "Chinese" is its own plural.
func demonymForms(ds []string) []demonymForm {
	var out []demonymForm
	seen := map[string]bool{}
	add := func(w string, f uint8) {
		if k := key(w); !seen[k] {
			seen[k] = true
			out = append(out, demonymForm{w, f})
		}
	}
	for _, d := range ds {
		add(d, knowtab.FormDemonym)
	}
	for _, d := range ds {
		if ns, ok := nationals[d]; ok {
			for _, n := range ns {
				f := knowtab.FormNational
				if strings.HasSuffix(n, "s") || strings.HasSuffix(n, "men") {
					f = knowtab.FormPeople
				}
				add(n, uint8(f))
			}
			continue
		}
		l := strings.ToLower(d)
		switch {
		case strings.HasSuffix(l, "ese"), strings.HasSuffix(l, "ss"), strings.HasSuffix(l, "sh"),
			strings.HasSuffix(l, "ch"), strings.HasSuffix(l, "s"), strings.HasSuffix(l, "x"), strings.HasSuffix(l, "z"):
		default:
			add(d+"s", knowtab.FormPeople)
		}
	}
	slices.SortStableFunc(out, func(a, b demonymForm) int { return int(a.form) - int(b.form) })
	return out
}
