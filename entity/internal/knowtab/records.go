package knowtab

import (
	"encoding/binary"
	"errors"
)

// The knowledge tables are a key table (a [Table]) whose values point into
// two tables of fixed-size records, places and actors, whose names are in a
// names blob and whose CAMEO codes are in a list of codes, one a line.

// A value of the key table is a flags byte, then the sections its flags
// announce, in this order:
//
//	FlagPlaces  uvarint n, then n refs to places, strongest first
//	FlagGiven   uvarint female births, uvarint male births
//	FlagActors  uvarint n, then n refs to actors
//	FlagAgent   one ref to a code, whose Form is 1 for a plural
//	FlagLonger  one byte: the most words of the keys that start with this
//	            key, when it is one word that starts longer keys
//
// A ref is a uvarint of index<<4 | acronym<<3 | form.
const (
	FlagPlaces = 1 << iota
	FlagGiven
	FlagActors
	FlagAgent
	FlagLonger
)

// A Ref points from a key to a record and says how the key names it.
type Ref struct {
	Index   uint32 // the record, or the code of an agent
	Form    uint8  // 0 to 7: a place form, or 1 for an actor's alias and an agent's plural
	Acronym bool   // the source writes the key in capitals: it names the record only so
}

// A Value is a decoded value of the key table.
type Value struct {
	Places       []Ref  // the places the key names, strongest first
	Given        bool   // the key is a given name
	Female, Male uint32 // its births of each sex
	Actors       []Ref  // the actors the key names
	Agent        *Ref   // the code of the agent the key names, if it names one
	Longer       uint8  // the most words of the keys that start with the key, when more than one
}

// ErrValue reports a value that is not in the format.
var ErrValue = errors.New("knowtab: malformed value")

// AppendValue appends the encoding of v to b.
func AppendValue(b []byte, v Value) []byte {
	flags := byte(0)
	if len(v.Places) > 0 {
		flags |= FlagPlaces
	}
	if v.Given {
		flags |= FlagGiven
	}
	if len(v.Actors) > 0 {
		flags |= FlagActors
	}
	if v.Agent != nil {
		flags |= FlagAgent
	}
	if v.Longer > 0 {
		flags |= FlagLonger
	}
	b = append(b, flags)
	appendRefs := func(rs []Ref) {
		b = binary.AppendUvarint(b, uint64(len(rs)))
		for _, r := range rs {
			b = appendRef(b, r)
		}
	}
	if len(v.Places) > 0 {
		appendRefs(v.Places)
	}
	if v.Given {
		b = binary.AppendUvarint(b, uint64(v.Female))
		b = binary.AppendUvarint(b, uint64(v.Male))
	}
	if len(v.Actors) > 0 {
		appendRefs(v.Actors)
	}
	if v.Agent != nil {
		b = appendRef(b, *v.Agent)
	}
	if v.Longer > 0 {
		b = append(b, v.Longer)
	}
	return b
}

func appendRef(b []byte, r Ref) []byte {
	x := uint64(r.Index)<<4 | uint64(r.Form&7)
	if r.Acronym {
		x |= 8
	}
	return binary.AppendUvarint(b, x)
}

// Sections locates the sections of a value without decoding its refs:
// places and actors are the encoded refs, read with [NextRef].
type Sections struct {
	Places       string // the encoded refs to places
	Given        bool   // the key is a given name
	Female, Male uint32 // its births of each sex
	Actors       string // the encoded refs to actors
	Agent        Ref    // the agent's code, when HasAgent
	HasAgent     bool   // the key names an agent
	Longer       uint8  // as in Value
}

// Split returns the sections of the value s.
func Split(s string) (Sections, error) {
	var sec Sections
	if s == "" {
		return sec, ErrValue
	}
	flags, p := s[0], 1
	if flags >= FlagLonger<<1 {
		return sec, ErrValue
	}
	refs := func() (string, bool) {
		n, q, ok := uvarint(s, p)
		if !ok || n == 0 || n > uint64(len(s)) {
			return "", false
		}
		start := q
		for range n {
			if _, q, ok = uvarint(s, q); !ok {
				return "", false
			}
		}
		p = q
		return s[start:q], true
	}
	var ok bool
	if flags&FlagPlaces != 0 {
		if sec.Places, ok = refs(); !ok {
			return sec, ErrValue
		}
	}
	if flags&FlagGiven != 0 {
		f, q, ok1 := uvarint(s, p)
		m, q, ok2 := uvarint(s, q)
		if !ok1 || !ok2 || f > 1<<32-1 || m > 1<<32-1 {
			return sec, ErrValue
		}
		sec.Given, sec.Female, sec.Male, p = true, uint32(f), uint32(m), q
	}
	if flags&FlagActors != 0 {
		if sec.Actors, ok = refs(); !ok {
			return sec, ErrValue
		}
	}
	if flags&FlagAgent != 0 {
		r, q, ok := NextRef(s, p)
		if !ok {
			return sec, ErrValue
		}
		sec.Agent, sec.HasAgent, p = r, true, q
	}
	if flags&FlagLonger != 0 {
		if p >= len(s) {
			return sec, ErrValue
		}
		sec.Longer, p = s[p], p+1
	}
	if p != len(s) {
		return sec, ErrValue
	}
	return sec, nil
}

// NextRef decodes the ref at s[p:] and returns it with the offset after it.
func NextRef(s string, p int) (Ref, int, bool) {
	x, q, ok := uvarint(s, p)
	if !ok || x>>4 > 1<<32-1 {
		return Ref{}, p, false
	}
	return Ref{Index: uint32(x >> 4), Form: uint8(x & 7), Acronym: x&8 != 0}, q, true
}

// Decode returns the value encoded in s.
func Decode(s string) (Value, error) {
	sec, err := Split(s)
	if err != nil {
		return Value{}, err
	}
	v := Value{Given: sec.Given, Female: sec.Female, Male: sec.Male, Longer: sec.Longer}
	for p := 0; p < len(sec.Places); {
		r, q, _ := NextRef(sec.Places, p)
		v.Places, p = append(v.Places, r), q
	}
	for p := 0; p < len(sec.Actors); {
		r, q, _ := NextRef(sec.Actors, p)
		v.Actors, p = append(v.Actors, r), q
	}
	if sec.HasAgent {
		a := sec.Agent
		v.Agent = &a
	}
	return v, nil
}

// A StrRef locates a string in the names blob: 3 bytes of offset and one
// of length, little-endian.
type StrRef uint32

// MaxNames is the largest names blob a StrRef can point into.
const MaxNames = 1 << 24

// NewStrRef returns the ref of the string of n bytes at off.
func NewStrRef(off, n int) (StrRef, bool) {
	if off < 0 || off >= MaxNames || n < 0 || n > 255 {
		return 0, false
	}
	return StrRef(uint32(off) | uint32(n)<<24), true
}

// In returns the string r points to in names, or "" when it lies outside.
func (r StrRef) In(names string) string {
	off, n := int(r&(MaxNames-1)), int(r>>24)
	if off+n > len(names) {
		return ""
	}
	return names[off : off+n]
}

// Place kinds.
const (
	PlaceCountry = 1 + iota // a country or dependent territory
	PlaceRegion             // a first-level region: state, province, oblast
	PlaceCity               // a city, town or section of a city
	PlaceOther              // a place the actor dictionaries list under a country: a landmark, river, historic region, nickname
)

// Place flags.
const (
	PlaceCapital = 1 << iota // a national capital or seat of government
)

// Place forms: how a key names a place.
const (
	FormName     = iota // its name: "Georgia", "Quebec"
	FormAlias           // another name: "Quebec City", "Bombay", "America"
	FormDemonym         // an adjective or singular noun of its people: "French", "Russian"
	FormNational        // a noun for one of its people: "Frenchman", "Briton"
	FormPeople          // its people, in the plural: "Russians", "Frenchmen"
)

// A Place record is PlaceSize bytes:
//
//	0  StrRef  name
//	4  uint8   kind
//	5  uint8   flags
//	6  [2]byte ISO 3166-1 alpha-2 country code, or two zero bytes
//	8  uint32  population
//	12 StrRef  of a city, its first-level region's name; of a country, its
//	           demonyms joined by '|'
type Place struct {
	Name       StrRef  // its name
	Kind       uint8   // PlaceCountry, PlaceRegion, PlaceCity or PlaceOther
	Flags      uint8   // PlaceCapital
	Country    [2]byte // ISO 3166-1 alpha-2, or zero
	Population uint32  // 0 when unknown
	Extra      StrRef  // a city's region, a country's demonyms
}

// PlaceSize is the size of a Place record.
const PlaceSize = 16

// AppendPlace appends the record of p to b.
func AppendPlace(b []byte, p Place) []byte {
	b = binary.LittleEndian.AppendUint32(b, uint32(p.Name))
	b = append(b, p.Kind, p.Flags, p.Country[0], p.Country[1])
	b = binary.LittleEndian.AppendUint32(b, p.Population)
	return binary.LittleEndian.AppendUint32(b, uint32(p.Extra))
}

// ReadPlace decodes a record of PlaceSize bytes.
func ReadPlace(r string) Place {
	if len(r) != PlaceSize {
		return Place{}
	}
	return Place{Name: StrRef(u32(r, 0)), Kind: r[4], Flags: r[5], Country: [2]byte{r[6], r[7]},
		Population: u32(r, 8), Extra: StrRef(u32(r, 12))}
}

// Actor kinds.
const (
	ActorPerson = 1 + iota
	ActorOrganization
)

// An Actor record is ActorSize bytes:
//
//	0 StrRef  canonical name
//	4 uint8   kind
//	5 uint8   zero
//	6 [2]byte ISO 3166-1 alpha-2 country code, or two zero bytes
//	8 uint16  index of its CAMEO code in the codes list
type Actor struct {
	Name    StrRef  // its canonical name
	Kind    uint8   // ActorPerson or ActorOrganization
	Country [2]byte // ISO 3166-1 alpha-2, or zero
	Code    uint16  // its CAMEO code's index in the codes list
}

// ActorSize is the size of an Actor record.
const ActorSize = 10

// AppendActor appends the record of a to b.
func AppendActor(b []byte, a Actor) []byte {
	b = binary.LittleEndian.AppendUint32(b, uint32(a.Name))
	b = append(b, a.Kind, 0, a.Country[0], a.Country[1])
	return binary.LittleEndian.AppendUint16(b, a.Code)
}

// ReadActor decodes a record of ActorSize bytes.
func ReadActor(r string) Actor {
	if len(r) != ActorSize {
		return Actor{}
	}
	return Actor{Name: StrRef(u32(r, 0)), Kind: r[4], Country: [2]byte{r[6], r[7]},
		Code: uint16(r[8]) | uint16(r[9])<<8}
}
