package stance

import "math/bits"

// A wordIndex is a read-only hash table from lower-case words to what the
// extractor knows of them. The tokenizer looks every word up in it, which
// a Go map does about twice as slowly: its slots hold a word's tag, id and
// word classes, so that most lookups read one cache line, and only words
// of eight bytes or more are compared as strings.
type wordIndex struct {
	slots []wordSlot // open addressing, linear probing
	shift uint       // 64 - log2(len(slots))
	keys  []string
	infos []wordInfo
}

// A wordSlot holds a key of a wordIndex, or nothing when id is 0.
type wordSlot struct {
	tag uint64 // tag(key)
	id  uint32 // 1 + the key's index in keys
	f   uint32 // the key's word classes, and fCue if patterns are anchored on it
}

// fCue marks, in a wordSlot and in a tok's word classes, a word that
// patterns are anchored on.
const fCue = 1 << 31

func newWordIndex(m map[string]wordInfo) *wordIndex {
	size := 16
	for size < 2*len(m) {
		size *= 2 // at most half full
	}
	x := &wordIndex{
		slots: make([]wordSlot, size),
		shift: uint(64 - bits.TrailingZeros(uint(size))),
		keys:  make([]string, 0, len(m)),
		infos: make([]wordInfo, 0, len(m)),
	}
	for w, info := range m {
		x.keys = append(x.keys, w)
		x.infos = append(x.infos, info)
		i := x.slot(tag(w))
		for x.slots[i].id != 0 {
			i = (i + 1) & (len(x.slots) - 1)
		}
		s := wordSlot{tag(w), uint32(len(x.keys)), info.f}
		if len(info.refs) > 0 {
			s.f |= fCue
		}
		x.slots[i] = s
	}
	return x
}

// tag returns the first eight bytes of w as a little-endian number, with
// the length of a shorter w in the top byte: the tag of a word of fewer
// than eight bytes is the word. (A longer word's eighth byte is never
// below 8: keys are letters, hyphens and apostrophes.)
func tag(w string) uint64 {
	var h uint64
	for i := range min(len(w), 8) {
		h |= uint64(w[i]) << (8 * i)
	}
	if len(w) < 8 {
		h |= uint64(len(w)) << 56
	}
	return h
}

// lowerTag returns the tag of src[i:j] with ASCII letters lower-cased, and
// whether lower-casing changes src[i:j].
func lowerTag(src string, i, j int) (t uint64, upper bool) {
	if i >= 0 && j >= i && i+8 <= len(src) {
		t, upper = foldTag(load8(src[i:]), min(j-i, 8))
	} else {
		t, upper = foldTag(tag(src[i:j]), 8)
	}
	if !upper && j-i > 8 {
		upper = hasUpperASCII(src[i+8 : j])
	}
	return t, upper
}

// foldTag returns the tag of the first n bytes of x, a word's first eight
// bytes in little-endian order, with ASCII letters lower-cased, and whether
// lower-casing changes them. n is the word's length, or 8 if it is longer.
func foldTag(x uint64, n int) (t uint64, upper bool) {
	const ones, high = 0x0101010101010101, 0x8080808080808080
	if n < 8 {
		x = x&(1<<(8*n)-1) | uint64(n)<<56
	}
	// The top bit of each byte that is an upper-case ASCII letter, as in
	// appendLowerASCII. A tag's length byte is below 8, no letter.
	low7 := x &^ high
	up := (low7 + (0x80-'A')*ones) &^ (low7 + (0x7f-'Z')*ones) &^ x & high
	return x | up>>2, up != 0
}

// load8 returns the first eight bytes of s as a little-endian number.
func load8(s string) uint64 {
	s = s[:8] // one bounds check
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// hasUpperASCII reports whether s has an upper-case ASCII letter.
func hasUpperASCII(s string) bool {
	for i := range len(s) {
		if 'A' <= s[i] && s[i] <= 'Z' {
			return true
		}
	}
	return false
}

// slot returns the first slot to probe for a word with tag t.
func (x *wordIndex) slot(t uint64) int {
	return int((t * 0x9E3779B97F4A7C15) >> x.shift)
}

// lookup returns the word classes of w and its id, 1 + its index in
// keys, or 0 and 0 when w is not in x.
func (x *wordIndex) lookup(w string) (f uint32, id uint32) {
	s := x.find(w)
	return s.f &^ fCue, s.id
}

// find returns the slot of w, or an empty one (whose id is 0).
func (x *wordIndex) find(w string) *wordSlot { return x.findTag(w, tag(w), false) }

// findTag returns the slot of w, whose tag is t, or an empty one. If fold
// is set, it is the slot of w with ASCII letters lower-cased, and t is
// that word's tag.
func (x *wordIndex) findTag(w string, t uint64, fold bool) *wordSlot {
	mask := len(x.slots) - 1
	i := x.slot(t)
	if len(w) < 8 {
		// The tag of a short word is the word. Most lookups end at the
		// first slot, empty or holding w, on a branch taken alike for
		// known and unknown words.
		for {
			s := &x.slots[i]
			if min(uint64(s.id), s.tag^t) == 0 {
				return s
			}
			i = (i + 1) & mask
		}
	}
	for ; ; i = (i + 1) & mask {
		s := &x.slots[i]
		if s.id == 0 {
			return s
		}
		if s.tag == t && (x.keys[s.id-1] == w || fold && len(x.keys[s.id-1]) == len(w) && equalLowerASCII(w, x.keys[s.id-1])) {
			return s
		}
	}
}

// refs returns the patterns anchored on the word with the given id.
func (x *wordIndex) refs(id uint32) []anchorRef {
	if id == 0 {
		return nil
	}
	return x.infos[id-1].refs
}
