package stance

import (
	"slices"
	"strings"

	"github.com/newsmodel/newsmodel/internal/text"
)

// An elem is one token of a pattern.
type elem struct {
	kind  elemKind
	words []string  // eWord: the alternatives as written
	ids   []text.ID // eWord: the lemmas of those written as lemmas ("back")
	forms []text.ID // eWord: the others as written, and their plurals ("backing", "backings")
}

type elemKind uint8

const (
	eWord    elemKind = iota // a cue word
	eBe                      // a copula
	eHolder                  // X
	eTarget                  // Y
	eHolderS                 // X's
	eTargetS                 // Y's
	eGap                     // ...
)

// A cueKind tells where a pattern's cue word stands in its sentence.
type cueKind uint8

const (
	cueVerb      cueKind = iota // the main verb after X: "X back Y"
	cuePrep                     // a preposition after X: "X on Y's behalf"
	cueNoun                     // a noun heading its group: "X's criticism of Y", "critics of Y"
	cueModifier                 // an adjective before Y: "crooked Y"
	cuePredicate                // the head of a predicate after "be": "X be critical of Y"
)

// A holderFrom tells where a pattern's holder comes from.
type holderFrom uint8

const (
	fromSlot    holderFrom = iota // X, wherever it stands
	fromPhrase                    // the noun phrase of a cue noun that names people
	fromSpeaker                   // the speaker of the words
)

// A pattern is a compiled lexicon entry.
type pattern struct {
	elems  []elem
	anchor int // index of the cue word
	lits   int // literal words, "be" included
	slots  int // X, Y, X's and Y's
	entry  int
	cue    cueKind
	holder holderFrom
}

// parsePattern reads the pattern words of a lexicon line; starts are
// their offsets in src, for errors.
func parsePattern(src string, words []string, starts []int) (pattern, error) {
	p := pattern{anchor: -1}
	seenX, seenY := false, false
	for n, w := range words {
		var e elem
		switch w {
		case "X", "X's":
			if seenX {
				return p, errorAt(src, starts[n], ErrPattern, w)
			}
			seenX = true
			e.kind = eHolder
			if w == "X's" {
				e.kind = eHolderS
			}
			p.slots++
		case "Y", "Y's":
			if seenY {
				return p, errorAt(src, starts[n], ErrPattern, w)
			}
			seenY = true
			e.kind = eTarget
			if w == "Y's" {
				e.kind = eTargetS
			}
			p.slots++
		case "...":
			e.kind = eGap
		case "be":
			e.kind = eBe
			p.lits++
		default:
			e.kind = eWord
			for _, alt := range strings.Split(w, "|") {
				if !isLexWord(alt) {
					return p, errorAt(src, starts[n], ErrSyntax, w)
				}
				e.words = append(e.words, alt)
			}
			p.lits++
			if p.anchor < 0 {
				p.anchor = n
			}
		}
		if n > 0 && e.kind == eGap && p.elems[n-1].kind == eGap {
			return p, errorAt(src, starts[n], ErrPattern, w)
		}
		p.elems = append(p.elems, e)
	}
	if p.anchor < 0 || p.elems[0].kind == eGap || p.elems[len(p.elems)-1].kind == eGap {
		return p, errorAt(src, starts[0], ErrPattern, strings.Join(words, " "))
	}
	return p, nil
}

// compile gives the lexicon its word table, the lemma IDs of its cue
// words and the index of its patterns by cue word. Words the core table
// lacks are added to a table of the lexicon's own: as verbs where they
// follow X, else as nouns.
func (l *Lexicon) compile() error {
	core := text.Core()
	var add strings.Builder
	seen := map[string]bool{}
	for i := range l.pats {
		p := &l.pats[i]
		for k, e := range p.elems {
			for _, w := range e.words {
				if core.ID(w) != 0 || seen[w] {
					continue
				}
				seen[w] = true
				pos := "n"
				if k > 0 && (p.elems[k-1].kind == eHolder || p.elems[k-1].kind == eTarget) {
					pos = "v"
				}
				add.WriteString(pos + " " + w + "\n")
			}
		}
	}
	l.table = core
	if add.Len() > 0 {
		t, err := core.Extend("lexicon", add.String())
		if err != nil {
			return &ParseError{Err: err}
		}
		l.table, l.extra = t, true
	}
	byLemma := map[text.ID][]int32{}
	byForm := map[text.ID][]int32{}
	add1 := func(m map[text.ID][]int32, id text.ID, i int) {
		if ps := m[id]; len(ps) == 0 || ps[len(ps)-1] != int32(i) {
			m[id] = append(ps, int32(i))
		}
	}
	for i := range l.pats {
		p := &l.pats[i]
		// fresh elements: a lexicon shares none with the one it extends
		p.elems = slices.Clone(p.elems)
		for k := range p.elems {
			e := &p.elems[k]
			e.ids, e.forms = nil, nil
			for _, w := range e.words {
				// a word written as an inflected form is matched as
				// written: "backing" is not "back", "opposed" not "oppose"
				id := l.table.ID(w)
				if lm := l.lemma(id); lm == id {
					e.ids = append(e.ids, lm)
				} else {
					e.forms = append(e.forms, id)
					if pl := l.table.ID(w + "s"); pl != 0 {
						e.forms = append(e.forms, pl)
					}
				}
			}
		}
		p.shape(l.table)
		a := &p.elems[p.anchor]
		for _, id := range a.ids {
			add1(byLemma, id, i)
		}
		for _, id := range a.forms {
			add1(byForm, id, i)
		}
	}
	l.anchors = make([]uint32, l.table.Len())
	l.lists = l.lists[:0]
	index := map[text.ID]uint32{}
	for id := 1; id < l.table.Len(); id++ {
		lm := l.lemma(text.ID(id))
		ps, fs := byLemma[lm], byForm[text.ID(id)]
		if len(ps) == 0 && len(fs) == 0 {
			continue
		}
		if len(fs) > 0 {
			// a list of its own: the lemma's patterns and the form's
			all := append(slices.Clone(ps), fs...)
			slices.Sort(all)
			l.lists = append(l.lists, slices.Compact(all))
			l.anchors[id] = uint32(len(l.lists))
			continue
		}
		a, ok := index[lm]
		if !ok {
			l.lists = append(l.lists, ps)
			a = uint32(len(l.lists))
			index[lm] = a
		}
		l.anchors[id] = a
	}
	return nil
}

// lemma returns the lemma of the word id in l's table.
func (l *Lexicon) lemma(id text.ID) text.ID {
	if id == 0 {
		return 0
	}
	if lm := l.table.Entry(id).Lemma; lm != 0 {
		return lm
	}
	return id
}

// shape finds where p's cue word stands and where its holder comes from.
func (p *pattern) shape(t *text.Table) {
	pre := p.elems[:p.anchor]
	after := elemKind(255)
	if p.anchor+1 < len(p.elems) {
		after = p.elems[p.anchor+1].kind
	}
	hasX := slices.ContainsFunc(p.elems, func(e elem) bool { return e.kind == eHolder || e.kind == eHolderS })
	cls := text.Class(0)
	for _, w := range p.elems[p.anchor].words {
		cls |= t.Entry(t.ID(w)).Class
	}
	switch {
	case slices.ContainsFunc(pre, func(e elem) bool { return e.kind == eBe }):
		p.cue = cuePredicate
	case len(pre) > 0 && (pre[len(pre)-1].kind == eHolder || pre[len(pre)-1].kind == eTarget):
		p.cue = cueVerb
		if cls.Has(text.Prep) {
			p.cue = cuePrep
		}
	case len(pre) == 0 && after == eTarget && cls.Any(text.Adj) && !cls.Any(text.Noun):
		p.cue = cueModifier
	default:
		p.cue = cueNoun
	}
	switch {
	case hasX:
		p.holder = fromSlot
	case p.cue == cueNoun && cls.Any(text.Person|text.Title|text.Group):
		p.holder = fromPhrase
	default:
		p.holder = fromSpeaker
	}
}
