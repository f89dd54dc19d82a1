package article

import (
	"sync"

	"github.com/newsmodel/newsmodel/internal/text"
)

// The time scanner reads the tokens of the shared text layer: its own
// tokens are their runs of ASCII letters and digits ("mid-1990s" is "mid"
// and "1990s"), and what its rules know of a word is found by the word's
// ID in the shared table, not by a table of its own.

// lexByID returns what the scanner knows of each word of the core table,
// by ID.
var lexByID = sync.OnceValue(func() []lex {
	t := text.Core()
	out := make([]lex, t.Len())
	for w, l := range lexiconWords() {
		if id := t.ID(w); id != 0 {
			out[id] = l
		}
	}
	return out
})

// lexOf returns what the scanner knows of the word src[i:j], the whole of
// a shared token whose ID is id when whole is true.
func lexOf(src string, i, j int, id text.ID, whole bool) lex {
	lx := lexByID()
	if !whole {
		if j-i > 32 {
			return lex{}
		}
		id = text.Core().ID(src[i:j])
	}
	if int(id) < len(lx) {
		return lx[id]
	}
	return lex{}
}

// A gap is what lies between the scanner's previous token and the next:
// the marks between shared tokens, and the bytes between the runs inside
// one.
type gap struct {
	hyphens         int
	other, brk, dot bool
}

// appendShared appends to sc.toks the scanner's tokens of the shared
// tokens stoks of src, the tokens of one sentence or of a run of text,
// which go on from those appended before.
func (sc *timexScanner) appendShared(src string, stoks []text.Token) {
	hyphens, other, brk, dot := sc.gap.hyphens, sc.gap.other, sc.gap.brk, sc.gap.dot
	for k := range stoks {
		st := &stoks[k]
		switch st.Kind {
		case text.Word, text.Number:
		case text.Punct:
			switch st.Rune() {
			case '!', '?', ';', ':':
				brk, other = true, true
			case '.':
				dot, other = true, true
			default:
				other = true
			}
			continue
		case text.Quote, text.Apos:
			if st.Rune() == '"' {
				brk = true
			}
			other = true
			continue
		case text.Dash:
			if st.Rune() == '-' {
				hyphens += st.Len()
			} else {
				other = true
			}
			continue
		default:
			other = true
			continue
		}
		if st.Shape&text.Inner == 0 {
			sc.appendRun(src, int(st.Start), int(st.End), lexOf(src, 0, 0, st.ID, true), hyphens, other, brk, dot)
			hyphens, other, brk, dot = 0, false, false, false
			continue
		}
		// a token with other bytes inside: its runs, with what separates them
		for i, end := int(st.Start), int(st.End); i < end; {
			if !isAlnum(src[i]) {
				switch src[i] {
				case '-':
					hyphens++
				case '!', '?', ';', ':', '"':
					brk, other = true, true
				case '.':
					dot, other = true, true
				default:
					other = true
				}
				i++
				continue
			}
			j := i + 1
			for j < end && isAlnum(src[j]) {
				j++
			}
			whole := i == int(st.Start) && j == end
			sc.appendRun(src, i, j, lexOf(src, i, j, st.ID, whole), hyphens, other, brk, dot)
			hyphens, other, brk, dot = 0, false, false, false
			i = j
		}
	}
	sc.gap = gap{hyphens, other, brk, dot}
}

// appendRun appends the token src[i:j], a run of ASCII letters and
// digits, given what lies between it and the token before.
func (sc *timexScanner) appendRun(src string, i, j int, l lex, hyphens int, other, brk, dot bool) {
	c := src[i]
	num := -1
	if isDigit(c) {
		if n, k, ok := digits(src, i, 1, 9); ok && k == j {
			num = n
		}
	}
	upper := isUpper(c)
	if dot && upper && len(sc.toks) > 0 {
		// "... in Paris. The": a sentence ends, unless the period closes
		// an initial, an acronym or a month's abbreviation.
		p := &sc.toks[len(sc.toks)-1]
		if p.end-p.start > 1 && !isUpper(src[p.end-1]) && p.lex.cls != lxMonth {
			brk = true
		}
	}
	sep := byte(' ')
	switch {
	case other || hyphens > 1:
		sep = ','
	case hyphens == 1:
		sep = '-'
	}
	sc.toks = append(sc.toks, token{})
	t := &sc.toks[len(sc.toks)-1]
	t.start, t.end, t.num, t.lex = i, j, num, l
	t.sep, t.brk, t.upper = sep, brk || len(sc.toks) == 1, upper
	t.anchor = l.starts || isDigit(c)
}
