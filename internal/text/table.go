package text

import (
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"slices"
	"strconv"
	"strings"
	"sync"
)

// An ID names a word form of a [Table]. The zero ID is a word the table
// does not know. IDs of a table are also IDs of every table extended from
// it.
type ID uint32

// An Entry is what a [Table] knows of a word form.
type Entry struct {
	Class Class // its classes
	Lemma ID    // the form it inflects: "say" for "said"; the form itself for a lemma
	Val   int32 // a value: the month of "March" (3), the number of "twelve"
	// Abbrev tells that the word is often written with a period that is
	// part of it: "Mr.", "Jan.", "Inc.".
	Abbrev bool
}

// A Table is a compiled word table: every word form the pipeline knows,
// each with its classes, lemma and value. A Table is immutable and safe for
// concurrent use.
type Table struct {
	words   []string // lower-case form by ID; words[0] is ""
	entries []Entry  // by ID
	slots   []slot   // open addressing on wordHash; id 0 is empty
	kw      *known   // IDs of the words the reader's rules name
}

// A slot of the hash table holds a word's ID and its first eight bytes,
// so that most lookups compare two numbers, not two strings.
type slot struct {
	key uint64 // the word's first 8 bytes, little-endian, zero-padded
	n   uint32 // its length
	id  ID
}

//go:embed words/*.txt
var wordFiles embed.FS

// Core returns the built-in word table, compiled from the package's
// words/*.txt on first use.
func Core() *Table { return core() }

var core = sync.OnceValue(func() *Table {
	t := &Table{words: []string{""}, entries: []Entry{{}}}
	names, err := fs.Glob(wordFiles, "words/*.txt")
	if err != nil {
		panic(err)
	}
	// Closed-class words first, so that their values win, then verbs, so
	// that a form that is also a noun or adjective has the verb's lemma.
	rank := func(name string) int {
		for i, first := range []string{"closed.txt", "verbs.txt", "nouns.txt"} {
			if strings.HasSuffix(name, "/"+first) {
				return i
			}
		}
		return 3
	}
	slices.SortStableFunc(names, func(a, b string) int { return rank(a) - rank(b) })
	for _, name := range names {
		b, err := wordFiles.ReadFile(name)
		if err != nil {
			panic(err)
		}
		if err := t.read(name, string(b)); err != nil {
			panic("text: built-in word table: " + err.Error())
		}
	}
	t.index()
	return t
})

// Extend returns a table of t's words and those of src, in the format of
// the words/*.txt files; name is the name errors give for src. t is
// unchanged, and its IDs stay valid in the new table.
func (t *Table) Extend(name, src string) (*Table, error) {
	n := &Table{words: slices.Clone(t.words), entries: slices.Clone(t.entries)}
	if err := n.read(name, src); err != nil {
		return nil, err
	}
	n.index()
	return n, nil
}

// Len returns the number of IDs of t, the zero ID included.
func (t *Table) Len() int { return len(t.words) }

// Word returns the lower-case form of id, "" for the zero ID.
func (t *Table) Word(id ID) string {
	if int(id) >= len(t.words) {
		return ""
	}
	return t.words[id]
}

// Entry returns what t knows of id; the zero Entry for an unknown ID.
func (t *Table) Entry(id ID) Entry {
	if int(id) >= len(t.entries) {
		return Entry{}
	}
	return t.entries[id]
}

// ID returns the ID of the word w, in any ASCII case; 0 if t does not
// know it.
func (t *Table) ID(w string) ID {
	var buf [maxWord]byte
	if len(w) > maxWord {
		return 0
	}
	n := 0
	for i := 0; i < len(w); i++ {
		buf[n] = lowerASCII(w[i])
		n++
	}
	return t.lookup(buf[:n])
}

// maxWord is the longest word, in bytes, the table can hold.
const maxWord = 32

func lowerASCII(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// wordHash hashes a word of n bytes by its first and second eight bytes,
// k1 and k2 (zero-padded), so that the tokenizer hashes a word with two
// loads rather than a step per byte.
func wordHash(k1, k2 uint64, n int) uint32 {
	return uint32(((k1^k2*0x9E3779B97F4A7C15)*0xC2B2AE3D27D4EB4F + uint64(n)) >> 32)
}

// keyOf returns the eight bytes of w from byte i on, zero-padded, as a
// little-endian number.
func keyOf(w []byte, i int) uint64 {
	var k uint64
	for j := i; j < len(w) && j < i+8; j++ {
		k |= uint64(w[j]) << (8 * (j - i))
	}
	return k
}

// lookup returns the ID of the lower-case word w.
func (t *Table) lookup(w []byte) ID {
	k1, k2 := keyOf(w, 0), keyOf(w, 8)
	n := len(w)
	if len(t.slots) == 0 {
		return 0
	}
	mask := uint32(len(t.slots) - 1)
	for i := wordHash(k1, k2, n) & mask; ; i = (i + 1) & mask {
		s := &t.slots[i]
		if s.id == 0 {
			return 0
		}
		if s.key == k1 && s.n == uint32(n) && (n <= 8 || t.words[s.id][8:] == string(w[8:])) {
			return s.id
		}
	}
}

// lookupASCII returns the ID of the word src[i:j], a run of ASCII letters
// and digits in any case, whose first and second eight bytes, lower-cased
// and zero-padded, are k1 and k2.
func (t *Table) lookupASCII(src string, i, j int, k1, k2 uint64) ID {
	n := j - i
	mask := uint32(len(t.slots) - 1)
	for h := wordHash(k1, k2, n) & mask; ; h = (h + 1) & mask {
		s := &t.slots[h]
		if s.id == 0 {
			return 0
		}
		if s.key == k1 && s.n == uint32(n) && (n <= 8 || equalLowerASCII(t.words[s.id][8:], src[i+8:j])) {
			return s.id
		}
	}
}

// equalLowerASCII reports whether the lower-case word w is the ASCII
// letters and digits s in any case.
func equalLowerASCII(w, s string) bool {
	if len(w) != len(s) {
		return false
	}
	for k := 0; k < len(s); k++ {
		if w[k] != s[k]|0x20 {
			return false
		}
	}
	return true
}

// index builds t's hash table, at most half full.
func (t *Table) index() {
	n := 1
	for n < 2*len(t.words) {
		n <<= 1
	}
	t.slots = make([]slot, n)
	mask := uint32(n - 1)
	for id := 1; id < len(t.words); id++ {
		w := []byte(t.words[id])
		i := wordHash(keyOf(w, 0), keyOf(w, 8), len(w)) & mask
		for t.slots[i].id != 0 {
			i = (i + 1) & mask
		}
		t.slots[i] = slot{key: keyOf(w, 0), n: uint32(len(w)), id: ID(id)}
	}
	t.kw = t.knownIDs()
}

// A DataError is a malformed line of a word table's data.
type DataError struct {
	Name string // the file or source name
	Line int    // 1-based
	Err  error  // what is wrong: ErrSyntax, wrapped with details
}

// Error returns the error's place and cause.
func (e *DataError) Error() string { return fmt.Sprintf("text: %s:%d: %v", e.Name, e.Line, e.Err) }

// Unwrap returns the cause.
func (e *DataError) Unwrap() error { return e.Err }

// ErrSyntax is the error of a malformed line of word table data.
var ErrSyntax = errors.New("malformed entry")

// read adds the entries of src, the text of the file name, to t (not yet
// indexed).
//
// One entry a line; '#' starts a comment. An entry is a part of speech, the
// words, and optionally ':' and class names:
//
//	v LEMMA[/S-FORM] [PAST [PARTICIPLE]] [: classes]   a verb; regular forms derived, '+' doubles
//	n LEMMA [PLURAL | -] [: classes]                   a noun; "-": no plural
//	a WORD [: classes]                                 an adjective
//	r WORD [: classes]                                 an adverb
//	w WORD[=VALUE] ... [: classes]                     words with classes and values
//
// A word written with a final period ("mr.") is an abbreviation that is
// often written with one.
func (t *Table) read(name, src string) error {
	byWord := make(map[string]ID, len(t.words))
	for id, w := range t.words[1:] {
		byWord[w] = ID(id + 1)
	}
	for ln, line := range strings.Split(src, "\n") {
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		fail := func(format string, args ...any) error {
			return &DataError{Name: name, Line: ln + 1, Err: fmt.Errorf("%w: "+format, append([]any{ErrSyntax}, args...)...)}
		}
		head, tail, hasClasses := strings.Cut(line, ":")
		f := strings.Fields(head)
		if len(f) < 2 {
			return fail("want a part of speech and a word")
		}
		var cls Class
		if hasClasses {
			for _, c := range strings.Fields(tail) {
				k, ok := classByName(c)
				if !ok {
					return fail("unknown class %q", c)
				}
				cls |= k
			}
		}
		forms, err := expand(f[0], f[1:], cls)
		if err != nil {
			return fail("%v", err)
		}
		lemma := ID(0)
		for i, fm := range forms {
			id, ok := byWord[fm.word]
			if !ok {
				id = ID(len(t.words))
				t.words = append(t.words, fm.word)
				t.entries = append(t.entries, Entry{Lemma: id})
				byWord[fm.word] = id
			}
			e := &t.entries[id]
			e.Class |= fm.class
			e.Abbrev = e.Abbrev || fm.abbrev
			if fm.val != nil && e.Val == 0 {
				e.Val = int32(*fm.val)
			}
			// The lemma of a form is the one of the entry that first
			// gave it: verbs are read before nouns, so "saw" is "see".
			switch {
			case f[0] != "v" && f[0] != "n":
			case i == 0:
				lemma = id
			case !ok:
				e.Lemma = lemma
			}
		}
	}
	return nil
}

type form struct {
	word   string
	class  Class
	val    *int
	abbrev bool
}

// expand returns the forms of one entry: for v and n entries the lemma
// first.
func expand(pos string, words []string, cls Class) ([]form, error) {
	for _, w := range words {
		if len(w) > maxWord+1 {
			return nil, fmt.Errorf("word %q longer than %d bytes", w, maxWord)
		}
	}
	switch pos {
	case "w":
		out := make([]form, 0, len(words))
		for _, w := range words {
			f := form{class: cls}
			if word, v, ok := strings.Cut(w, "="); ok {
				n, err := strconv.Atoi(v)
				if err != nil {
					return nil, fmt.Errorf("value of %q: %v", word, err)
				}
				f.val, w = &n, word
			}
			var err error
			if f.word, f.abbrev, err = checkWord(w); err != nil {
				return nil, err
			}
			out = append(out, f)
		}
		return out, nil
	case "a", "r":
		if len(words) != 1 {
			return nil, fmt.Errorf("%s entry: want one word, have %d", pos, len(words))
		}
		w, abbr, err := checkWord(words[0])
		if err != nil {
			return nil, err
		}
		c := Adj
		if pos == "r" {
			c = Adv
		}
		return []form{{word: w, class: cls | c, abbrev: abbr}}, nil
	case "n":
		return nounForms(words, cls)
	case "v":
		return verbForms(words, cls)
	}
	return nil, fmt.Errorf("unknown part of speech %q", pos)
}

// checkWord returns w without a final period, and whether it had one.
func checkWord(w string) (string, bool, error) {
	abbr := false
	if len(w) > 1 && strings.HasSuffix(w, ".") {
		w, abbr = w[:len(w)-1], true
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if !('a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == '\'' || c == '-' || c == '.' && i > 0) {
			return "", false, fmt.Errorf("word %q: byte %q not a lower-case letter, digit, apostrophe or hyphen", w, c)
		}
	}
	if w == "" {
		return "", false, errors.New("empty word")
	}
	return w, abbr, nil
}

func nounForms(words []string, cls Class) ([]form, error) {
	if len(words) > 2 {
		return nil, fmt.Errorf("noun entry: want a lemma and at most a plural, have %d words", len(words))
	}
	lemma, _, err := checkWord(words[0])
	if err != nil {
		return nil, err
	}
	// a noun's classes of number are its own: "police" is plural
	sg := Sg
	if cls.Any(Pl) {
		sg = 0
	}
	out := []form{{word: lemma, class: cls | Noun | sg}}
	plural := ""
	switch {
	case len(words) == 2 && words[1] == "-":
	case len(words) == 2:
		if plural, _, err = checkWord(words[1]); err != nil {
			return nil, err
		}
	default:
		plural = pluralOf(lemma)
	}
	if plural != "" && plural != lemma {
		out = append(out, form{word: plural, class: cls&^Sg | Noun | Pl})
	} else if plural == lemma {
		out[0].class |= Pl
	}
	return out, nil
}

func verbForms(words []string, cls Class) ([]form, error) {
	if len(words) > 3 {
		return nil, fmt.Errorf("verb entry: want a lemma and at most a past and a participle, have %d words", len(words))
	}
	lemma, third, _ := strings.Cut(words[0], "/")
	double := strings.HasSuffix(lemma, "+")
	lemma = strings.TrimSuffix(lemma, "+")
	lemma, _, err := checkWord(lemma)
	if err != nil {
		return nil, err
	}
	if third == "" {
		third = sForm(lemma)
	}
	past, part := edForm(lemma, double), ""
	if len(words) >= 2 {
		past = words[1]
	}
	part = past
	if len(words) == 3 {
		part = words[2]
	}
	ing := ingForm(lemma, double)
	if last(lemma) == 'c' && past == lemma+"ked" {
		ing = lemma + "king" // panic, panicked, panicking
	}
	cls |= Verb
	out := []form{{word: lemma, class: cls | Base}}
	add := func(w string, c Class) error {
		w, _, err := checkWord(w)
		if err != nil {
			return err
		}
		for i := range out {
			if out[i].word == w {
				out[i].class |= c
				return nil
			}
		}
		out = append(out, form{word: w, class: cls | c})
		return nil
	}
	for _, f := range []struct {
		w string
		c Class
	}{{third, Pres3}, {past, Past}, {part, Part}, {ing, Ing}} {
		if err := add(f.w, f.c); err != nil {
			return nil, err
		}
	}
	return out, nil
}

func isVowel(c byte) bool { return strings.IndexByte("aeiou", c) >= 0 }

func last(s string) byte {
	if s == "" {
		return 0
	}
	return s[len(s)-1]
}

// sibilant reports whether w takes -es: boxes, wishes, watches, buses.
func sibilant(w string) bool {
	return strings.HasSuffix(w, "s") || strings.HasSuffix(w, "x") || strings.HasSuffix(w, "z") ||
		strings.HasSuffix(w, "ch") || strings.HasSuffix(w, "sh")
}

// consonantY reports whether w ends in a consonant and y: carry, reply.
func consonantY(w string) bool {
	return len(w) >= 2 && last(w) == 'y' && !isVowel(w[len(w)-2])
}

func pluralOf(w string) string {
	switch {
	case sibilant(w):
		return w + "es"
	case consonantY(w):
		return w[:len(w)-1] + "ies"
	}
	return w + "s"
}

func sForm(w string) string {
	switch {
	case sibilant(w) || strings.HasSuffix(w, "o") && !strings.HasSuffix(w, "oo"):
		return w + "es"
	case consonantY(w):
		return w[:len(w)-1] + "ies"
	}
	return w + "s"
}

func edForm(w string, double bool) string {
	switch {
	case double:
		return w + string(last(w)) + "ed"
	case last(w) == 'e':
		return w + "d"
	case consonantY(w):
		return w[:len(w)-1] + "ied"
	}
	return w + "ed"
}

func ingForm(w string, double bool) string {
	switch {
	case double:
		return w + string(last(w)) + "ing"
	case strings.HasSuffix(w, "ie"):
		return w[:len(w)-2] + "ying"
	case strings.HasSuffix(w, "ee") || strings.HasSuffix(w, "ye") || strings.HasSuffix(w, "oe"):
		return w + "ing"
	case last(w) == 'e' && len(w) > 2:
		return w[:len(w)-1] + "ing"
	}
	return w + "ing"
}
