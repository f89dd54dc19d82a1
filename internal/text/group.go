package text

// Owner returns the noun group that owns noun group k as its possessor
// ("Russia's" of "Russia's foreign minister"), or -1.
func Owner(cs []Chunk, k int) int {
	if k > 0 && cs[k-1].Kind == NG && cs[k-1].Is(FPossessor) && cs[k-1].Of == int32(k) {
		return k - 1
	}
	return -1
}

// Phrase returns the chunks [s, e) of the whole noun phrase of noun group
// k: its possessors before it ("Prime Minister Ali's office") and the
// prepositional phrases and possessed groups after it that modify it ("a
// spokesman for the campaign", "officials in Washington"). An apposition
// is not part of it.
func Phrase(cs []Chunk, k int) (s, e int) {
	s = k
	for o := Owner(cs, s); o >= 0; o = Owner(cs, s) {
		s = o
	}
	e = k + 1
	for e < len(cs) && e <= k+lookBack {
		switch c := &cs[e]; {
		case c.Kind == NG && cs[e-1].Is(FPossessor) && cs[e-1].Of == int32(e):
			e++
		case c.Kind == PG && c.Of > int32(e) && modifies(cs, int(c.Of), s, e):
			e = int(c.Of) + 1
		case c.Kind == AG && e+2 < len(cs) && cs[e+1].Kind == PG && cs[e+1].Of > int32(e+1) && modifies(cs, int(cs[e+1].Of), s, e):
			e = int(cs[e+1].Of) + 1 // "sources familiar with the talks"
		case c.Kind == VG && c.Is(FPartic) && e+1 < len(cs):
			// "people briefed on the talks", "a poll conducted last week"
			n := e + 1
			for n < len(cs) && (cs[n].Kind == PG && cs[n].Of > int32(n) || cs[n].Kind == NG && cs[n].Is(FTime) || cs[n].Kind == RG) {
				if cs[n].Kind == PG {
					n = int(cs[n].Of) + 1
					continue
				}
				n++
			}
			if n == e+1 {
				return s, e
			}
			e = n
		default:
			return s, e
		}
	}
	return s, e
}

// modifies reports whether noun group o hangs from one of the chunks
// [s, e).
func modifies(cs []Chunk, o, s, e int) bool {
	of := cs[o].Of
	return of >= int32(s) && of < int32(e)
}

// Tokens returns the tokens [s, e) that chunks [cs, ce) span.
func Tokens(cs []Chunk, s, e int) (int, int) {
	if s >= e {
		return 0, 0
	}
	return int(cs[s].Start), int(cs[e-1].End)
}

// Bytes returns the bytes of tokens [s, e).
func Bytes(toks []Token, s, e int) (int, int) {
	if s >= e {
		return 0, 0
	}
	return int(toks[s].Start), int(toks[e-1].End)
}
