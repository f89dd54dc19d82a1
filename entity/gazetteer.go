package entity

import (
	_ "embed"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"

	"github.com/newsmodel/newsmodel/article"
	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
)

// An Entry is one actor a [Gazetteer] knows by name.
type Entry struct {
	Kind     Kind     `json:"kind"`               // person, organization, place or group
	Name     string   `json:"name"`               // the canonical name: "Islamic State"
	Aliases  []string `json:"aliases,omitempty"`  // other names: "IS", "ISIS", "DAESH"
	Demonyms []string `json:"demonyms,omitempty"` // adjectives and plurals of people: "Russian", "Russians"
	// Of is what the entry belongs to or stands for: the country of a
	// capital or seat of power ("the Kremlin" → "Russia"), the parent of an
	// organisation ("Nusra Front" → "al-Qaeda").
	Of string `json:"of,omitempty"`
}

// A Gazetteer is a set of known names: countries with their demonyms and
// capitals, international bodies, militant groups, news organisations and
// seats of power. A Gazetteer is immutable and safe for concurrent use.
//
// # Text format
//
// A gazetteer is UTF-8 text, one entry a line. Blank lines and lines whose
// first non-space character is '#' are ignored. An entry is a kind
// ("person", "organization", "place" or "group"), white space, the
// canonical name, then any number of fields, each introduced by '|':
//
//	place Russia | alias=Russian Federation | demonym=Russian, Russians
//	place the Kremlin | of=Russia
//	organization Islamic State | alias=IS, ISIS, ISIL, DAESH, Daesh
//
// A field is a key, '=', and values separated by ','. Keys are "alias",
// "demonym" (these take several values and may repeat) and "of" (one
// value). Names and values are trimmed of spaces and may not contain '|',
// ',', '=' or '#', nor be empty.
//
// An alias or demonym written in capitals of at most five letters ("IS",
// "AP") is an acronym: it matches text written in capitals only, so the verb
// "is" is never Islamic State.
type Gazetteer struct {
	entries    []Entry
	index      map[string]gazRef // NormalizeName of a name, alias or demonym
	firstWords map[string]uint8  // first word of a key → most words of the keys it starts
}

// gazRef points from a key to an entry.
type gazRef struct {
	entry   int32
	form    Form // FormName, FormAlias or FormDemonym
	acronym bool // only written in capitals
}

// NewGazetteer returns a gazetteer of entries. When two entries share a
// name, alias or demonym, the earlier one takes it. Entries are copied.
func NewGazetteer(entries []Entry) *Gazetteer {
	g := &Gazetteer{entries: make([]Entry, len(entries)), index: make(map[string]gazRef, 4*len(entries))}
	for i, e := range entries {
		e.Aliases = slices.Clone(e.Aliases)
		e.Demonyms = slices.Clone(e.Demonyms)
		g.entries[i] = e
		g.add(e.Name, i, FormName)
		for _, a := range e.Aliases {
			g.add(a, i, FormAlias)
		}
		for _, d := range e.Demonyms {
			g.add(d, i, FormDemonym)
		}
	}
	g.firstWords = make(map[string]uint8, len(g.index))
	for k := range g.index {
		w, _, _ := strings.Cut(k, " ")
		g.firstWords[w] = uint8(min(255, max(int(g.firstWords[w]), strings.Count(k, " ")+1)))
	}
	return g
}

func (g *Gazetteer) add(name string, i int, f Form) {
	k := NormalizeName(name)
	if k == "" {
		return
	}
	acr := isAcronym(name)
	if old, ok := g.index[k]; ok {
		if int(old.entry) == i && old.acronym && !acr {
			old.acronym = false
			g.index[k] = old
		}
		return
	}
	g.index[k] = gazRef{entry: int32(i), form: f, acronym: acr}
	// "the Kremlin" is also found as "Kremlin"
	if rest, ok := strings.CutPrefix(k, "the "); ok {
		if _, ok := g.index[rest]; !ok {
			g.index[rest] = gazRef{entry: int32(i), form: f, acronym: acr}
		}
	}
}

// isAcronym reports whether s is 2 to 5 capital letters, perhaps dotted.
func isAcronym(s string) bool {
	n := 0
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case 'A' <= c && c <= 'Z':
			n++
		case c == '.':
		default:
			return false
		}
	}
	return 2 <= n && n <= 5
}

// With returns a gazetteer of g's entries and more; entries given here take
// precedence over g's when they share a name.
func (g *Gazetteer) With(more ...Entry) *Gazetteer {
	return NewGazetteer(append(slices.Clone(more), g.entries...))
}

// Entries returns a copy of the gazetteer's entries, in order.
func (g *Gazetteer) Entries() []Entry {
	out := make([]Entry, len(g.entries))
	for i, e := range g.entries {
		e.Aliases = slices.Clone(e.Aliases)
		e.Demonyms = slices.Clone(e.Demonyms)
		out[i] = e
	}
	return out
}

// Lookup returns the entry that has name as its name, an alias or a
// demonym, compared by [NormalizeName], and the form by which it matched:
// [FormName], [FormAlias] or [FormDemonym].
func (g *Gazetteer) Lookup(name string) (Entry, Form, bool) {
	r, ok := g.index[NormalizeName(name)]
	if !ok {
		return Entry{}, FormUnknown, false
	}
	return g.entries[r.entry], r.form, true
}

// AppendText appends g in the text format to b.
func (g *Gazetteer) AppendText(b []byte) ([]byte, error) {
	for _, e := range g.entries {
		if err := checkEntry(e); err != nil {
			return b, err
		}
		b, _ = e.Kind.AppendText(b)
		b = append(b, ' ')
		b = append(b, e.Name...)
		if len(e.Aliases) > 0 {
			b = append(b, " | alias="...)
			b = append(b, strings.Join(e.Aliases, ", ")...)
		}
		if len(e.Demonyms) > 0 {
			b = append(b, " | demonym="...)
			b = append(b, strings.Join(e.Demonyms, ", ")...)
		}
		if e.Of != "" {
			b = append(b, " | of="...)
			b = append(b, e.Of...)
		}
		b = append(b, '\n')
	}
	return b, nil
}

// MarshalText returns g in the text format. It fails when an entry cannot
// be written: an unknown kind, or a name with a reserved character.
func (g *Gazetteer) MarshalText() ([]byte, error) { return g.AppendText(nil) }

// String returns g in the text format, or "" when it cannot be written.
func (g *Gazetteer) String() string {
	b, err := g.AppendText(nil)
	if err != nil {
		return ""
	}
	return string(b)
}

func checkEntry(e Entry) error {
	if e.Kind == KindUnknown || int(e.Kind) >= len(kindNames) {
		return fmt.Errorf("entity: gazetteer entry %q: %w", e.Name, ErrKind)
	}
	vals := append(append([]string{e.Name}, e.Aliases...), e.Demonyms...)
	if e.Of != "" {
		vals = append(vals, e.Of)
	}
	for _, v := range vals {
		if v == "" || strings.TrimSpace(v) != v || strings.ContainsAny(v, "|,=#\n\r") {
			return fmt.Errorf("entity: gazetteer entry %q: %w", e.Name, ErrValue)
		}
	}
	return nil
}

// Errors of [ParseGazetteer], reported inside a [*ParseError].
var (
	ErrKind  = errors.New("unknown kind")
	ErrName  = errors.New("missing name")
	ErrField = errors.New("bad field")
	ErrValue = errors.New("bad value")
)

// A ParseError reports a malformed gazetteer line.
type ParseError struct {
	Pos article.Position // where the problem starts
	Err error            // ErrKind, ErrName, ErrField or ErrValue
}

// Error returns "entity: line:column: problem".
func (e *ParseError) Error() string { return fmt.Sprintf("entity: %v: %v", e.Pos, e.Err) }

// Unwrap returns the sentinel.
func (e *ParseError) Unwrap() error { return e.Err }

// ParseGazetteer parses a gazetteer in the text format described at
// [Gazetteer]. The first malformed line is reported as a [*ParseError].
func ParseGazetteer(src string) (*Gazetteer, error) {
	entries, err := parseEntries(src)
	if err != nil {
		return nil, err
	}
	return NewGazetteer(entries), nil
}

func parseEntries(src string) ([]Entry, error) {
	var out []Entry
	line := 0
	for start := 0; start < len(src); {
		line++
		end := strings.IndexByte(src[start:], '\n')
		if end < 0 {
			end = len(src)
		} else {
			end += start
		}
		e, ok, col, err := parseLine(src[start:end])
		if err != nil {
			return nil, &ParseError{Pos: article.Position{Offset: start + col - 1, Line: line, Column: col}, Err: err}
		}
		if ok {
			out = append(out, e)
		}
		start = end + 1
	}
	return out, nil
}

// parseLine parses one line; col is the 1-based byte column of an error.
func parseLine(l string) (e Entry, ok bool, col int, err error) {
	l = strings.TrimSuffix(l, "\r")
	t := strings.TrimLeft(l, " \t")
	if t == "" || t[0] == '#' {
		return e, false, 0, nil
	}
	at := len(l) - len(t) // offset of t in l
	k := strings.IndexAny(t, " \t")
	if k < 0 {
		k = len(t)
	}
	kind, okk := parseKind(t[:k])
	if !okk || kind == KindUnknown {
		return e, false, at + 1, ErrKind
	}
	e.Kind = kind
	parts := strings.Split(t[k:], "|")
	off := at + k
	for i, p := range parts {
		v, vcol := trimCol(p, off)
		if i == 0 {
			if v == "" {
				return e, false, off + 1, ErrName
			}
			if strings.ContainsAny(v, ",=#") {
				return e, false, vcol, ErrValue
			}
			e.Name = v
			off += len(p) + 1
			continue
		}
		key, vals, found := strings.Cut(p, "=")
		key, kcol := trimCol(key, off)
		if !found {
			return e, false, kcol, ErrField
		}
		voff := off + len(p) - len(vals)
		var list []string
		for _, x := range strings.Split(vals, ",") {
			x2, xcol := trimCol(x, voff)
			if x2 == "" || strings.ContainsAny(x2, "=#") {
				return e, false, xcol, ErrValue
			}
			list = append(list, x2)
			voff += len(x) + 1
		}
		switch key {
		case "alias":
			e.Aliases = append(e.Aliases, list...)
		case "demonym":
			e.Demonyms = append(e.Demonyms, list...)
		case "of":
			if len(list) != 1 || e.Of != "" {
				return e, false, kcol, ErrField
			}
			e.Of = list[0]
		default:
			return e, false, kcol, ErrField
		}
		off += len(p) + 1
	}
	return e, true, 0, nil
}

// trimCol trims spaces from s, found at offset off of its line, and returns
// it with the 1-based column where it starts.
func trimCol(s string, off int) (string, int) {
	t := strings.TrimLeft(s, " \t")
	lead := len(s) - len(t)
	return strings.TrimRight(t, " \t"), off + lead + 1
}

//go:embed data/gazetteer.txt
var builtinText string

//go:embed data/countries.txt
var countriesText string

// Builtin returns the built-in gazetteer: the countries of the world named
// as golang.org/x/text/language/display names them in English, with their
// demonyms, capitals and common short names; major international bodies;
// militant groups with their spelling variants; news agencies and papers;
// and seats of power. It lists no people: people are found from the text.
func Builtin() *Gazetteer { return builtin() }

var builtin = sync.OnceValue(func() *Gazetteer {
	entries, err := parseEntries(builtinText)
	if err != nil {
		panic("entity: built-in gazetteer: " + err.Error())
	}
	return NewGazetteer(append(countryEntries(), entries...))
})

// countryEntries builds the countries and their capitals from
// data/countries.txt, whose lines read "CODE | demonyms | capital |
// aliases | name", the English name coming from x/text unless given; the
// capital field may give the capital's other names after it.
func countryEntries() []Entry {
	names := display.English.Regions()
	var countries, capitals []Entry
	for l := range strings.Lines(countriesText) {
		l = strings.TrimSpace(l)
		if l == "" || l[0] == '#' {
			continue
		}
		f := strings.Split(l, "|")
		for len(f) < 5 {
			f = append(f, "")
		}
		for i := range f {
			f[i] = strings.TrimSpace(f[i])
		}
		name := f[4]
		if name == "" {
			r, err := language.ParseRegion(f[0])
			if err != nil {
				panic("entity: built-in countries: " + err.Error())
			}
			name = names.Name(r)
		}
		c := Entry{Kind: KindPlace, Name: name, Aliases: splitList(f[3]), Demonyms: splitList(f[1])}
		c.Demonyms = withPlurals(c.Demonyms)
		countries = append(countries, c)
		if caps := splitList(f[2]); len(caps) > 0 {
			capitals = append(capitals, Entry{Kind: KindPlace, Name: caps[0], Aliases: caps[1:], Of: name})
		}
	}
	return append(countries, capitals...)
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

// withPlurals adds the plural of each demonym that takes one: "Russians",
// not "Frenchs".
func withPlurals(ds []string) []string {
	out := slices.Clone(ds)
	for _, d := range ds {
		l := strings.ToLower(d)
		if strings.HasSuffix(l, "ese") || strings.HasSuffix(l, "sh") || strings.HasSuffix(l, "ch") || strings.HasSuffix(l, "s") || strings.HasSuffix(l, "x") {
			continue
		}
		out = append(out, d+"s")
	}
	return out
}
