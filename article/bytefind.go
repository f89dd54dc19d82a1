package article

import "strings"

// A byteFinder finds, in order, the offsets in a text of any of up to four
// bytes, with one vectorised strings.IndexByte search per occurrence of
// each instead of a test of every byte: the bytes it seeks ('.', '"') are
// tens of bytes apart in prose.
type byteFinder struct {
	src  string // the text, up to the end of the window searched
	set  string // the bytes sought
	next [4]int // next[k] is the offset of the next set[k], len(src) if none
}

// newByteFinder returns a finder of the bytes of set (at most four) in
// src[from:].
func newByteFinder(src string, from int, set string) byteFinder {
	f := byteFinder{src: src, set: set}
	for k := range len(set) {
		f.next[k] = f.index(from, set[k])
	}
	return f
}

func (f *byteFinder) index(from int, c byte) int {
	if j := strings.IndexByte(f.src[from:], c); j >= 0 {
		return from + j
	}
	return len(f.src)
}

// find returns the offset of the first sought byte at or after from, which
// must not be less than in the previous call; len(src) when there is none.
func (f *byteFinder) find(from int) int {
	first := len(f.src)
	for k := range len(f.set) {
		if f.next[k] < from {
			f.next[k] = f.index(from, f.set[k])
		}
		first = min(first, f.next[k])
	}
	return first
}
