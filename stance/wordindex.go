package stance

import "math/bits"

// A wordIndex is a read-only hash table from lower-case words to what the
// extractor knows of them. The tokenizer looks every word up in it, which
// a Go map does about twice as slowly: its slots hold only small indexes
// into dense arrays of keys and values, and most words miss at the first
// empty slot.
type wordIndex struct {
	slots []uint32 // open addressing, linear probing: 1 + an index into keys, or 0 for empty
	shift uint     // 32 - log2(len(slots))
	keys  []string
	infos []wordInfo
}

func newWordIndex(m map[string]wordInfo) *wordIndex {
	size := 16
	for size < 4*len(m) {
		size *= 2 // at most a quarter full
	}
	x := &wordIndex{
		slots: make([]uint32, size),
		shift: uint(32 - bits.TrailingZeros(uint(size))),
		keys:  make([]string, 0, len(m)),
		infos: make([]wordInfo, 0, len(m)),
	}
	for w, info := range m {
		x.keys = append(x.keys, w)
		x.infos = append(x.infos, info)
		i := x.slot(w)
		for x.slots[i] != 0 {
			i = (i + 1) & (len(x.slots) - 1)
		}
		x.slots[i] = uint32(len(x.keys))
	}
	return x
}

// slot returns the first slot to probe for w. The hash mixes the length
// and three bytes of w, which tell most words apart at no cost per byte.
func (x *wordIndex) slot(w string) int {
	n := len(w)
	if n == 0 {
		return 0
	}
	h := uint32(n) | uint32(w[0])<<8 | uint32(w[n/2])<<16 | uint32(w[n-1])<<24
	h ^= h >> 15
	return int((h * 0x9E3779B1) >> x.shift)
}

// lookup returns the word classes of w and its id, 1 + its index in
// keys, or 0 and 0 when w is not in x.
func (x *wordIndex) lookup(w string) (f uint32, id uint32) {
	mask := len(x.slots) - 1
	for i := x.slot(w); ; i = (i + 1) & mask {
		k := x.slots[i]
		if k == 0 {
			return 0, 0
		}
		if x.keys[k-1] == w {
			return x.infos[k-1].f, k
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
