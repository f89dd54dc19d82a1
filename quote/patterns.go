package quote

import (
	_ "embed"
	"fmt"
	"slices"
	"strings"
	"sync"

	"github.com/newsmodel/newsmodel/internal/text"
)

// The attribution patterns of more than one word: see patterns.txt for
// the notation.
//
//go:embed patterns.txt
var patternText string

// An elemKind is what an element of a pattern matches.
type elemKind uint8

const (
	eWord    elemKind = iota + 1 // one of a few words, by lemma
	eClass                       // a group whose head has a class
	eBe                          // a form of be
	eSpeaker                     // X
	eOwner                       // X's
	eVia                         // V
	eAny                         // Y
	eContent                     // C
	eClause                      // S
	eMark                        // , :
)

// An elem is one element of a pattern.
type elem struct {
	kind  elemKind
	words []text.ID // eWord: the lemmas
	class text.Class
	mark  rune
	opt   bool // may be missing
	cue   bool // one of the cue's words
}

// A pattern is one compiled line of patterns.txt.
type pattern struct {
	rule   ruleID
	name   cueName
	elems  []elem
	anchor int // the first word, class or be: the pattern is looked up by it
	line   string
}

// A patternSet is the compiled patterns, indexed by their anchors' lemmas.
type patternSet struct {
	pats    []pattern
	off     []uint32 // the patterns anchored by lemma id are byID[off[id]:off[id+1]]
	byID    []uint16
	byClass []uint16 // anchored by a class
	byBe    []uint16 // anchored by a form of be
}

var patterns = sync.OnceValue(func() *patternSet {
	ps, err := compilePatterns(text.Core(), patternText)
	if err != nil {
		panic("quote: patterns.txt: " + err.Error())
	}
	return ps
})

// compilePatterns compiles the lines of src against the word table t.
func compilePatterns(t *text.Table, src string) (*patternSet, error) {
	ps := &patternSet{}
	type ref struct {
		id  text.ID
		pat uint16
	}
	var refs []ref
	for n, line := range strings.Split(src, "\n") {
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		f := strings.Fields(line)
		if len(f) == 0 {
			continue
		}
		p, err := compilePattern(t, f)
		if err != nil {
			return nil, fmt.Errorf("line %d: %v", n+1, err)
		}
		i := uint16(len(ps.pats))
		ps.pats = append(ps.pats, p)
		switch a := &p.elems[p.anchor]; a.kind {
		case eWord:
			for _, id := range a.words {
				refs = append(refs, ref{id, i})
			}
		case eClass:
			ps.byClass = append(ps.byClass, i)
		case eBe:
			ps.byBe = append(ps.byBe, i)
		}
	}
	slices.SortStableFunc(refs, func(a, b ref) int { return int(a.id) - int(b.id) })
	ps.off = make([]uint32, t.Len()+1)
	for _, r := range refs {
		ps.off[r.id+1]++
		ps.byID = append(ps.byID, r.pat)
	}
	for i := 1; i < len(ps.off); i++ {
		ps.off[i] += ps.off[i-1]
	}
	return ps, nil
}

// compilePattern compiles one line's fields: a rule name and elements.
func compilePattern(t *text.Table, f []string) (pattern, error) {
	rule, ok := ruleByName(f[0])
	if !ok {
		return pattern{}, fmt.Errorf("unknown rule %q", f[0])
	}
	p := pattern{rule: rule, anchor: -1, line: strings.Join(f, " ")}
	switch rule {
	case ruleAccordingTo:
		p.name = cueAccording
	case ruleQuotedAs:
		p.name = cueQuotedAs
	}
	inCue := false
	for _, w := range f[1:] {
		var e elem
		if strings.HasPrefix(w, "[") {
			inCue, w = true, w[1:]
		}
		e.cue = inCue
		if strings.HasSuffix(w, "]") {
			inCue, w = false, w[:len(w)-1]
		}
		if strings.HasSuffix(w, "?") && len(w) > 1 {
			e.opt, w = true, w[:len(w)-1]
		}
		switch {
		case w == "X":
			e.kind = eSpeaker
		case w == "X's":
			e.kind = eOwner
		case w == "V":
			e.kind = eVia
		case w == "Y":
			e.kind = eAny
		case w == "C":
			e.kind = eContent
		case w == "S":
			e.kind = eClause
		case w == "be":
			e.kind = eBe
		case w == "," || w == ":":
			e.kind, e.mark = eMark, rune(w[0])
		case strings.HasPrefix(w, "@"):
			c, ok := text.ClassByName(w[1:])
			if !ok {
				return pattern{}, fmt.Errorf("unknown class %q", w)
			}
			e.kind, e.class = eClass, c
		default:
			e.kind = eWord
			for _, a := range strings.Split(w, "|") {
				id := t.ID(a)
				if id == 0 {
					return pattern{}, fmt.Errorf("word %q not in the word table", a)
				}
				e.words = append(e.words, t.Entry(id).Lemma)
			}
		}
		if p.anchor < 0 && (e.kind == eWord || e.kind == eClass || e.kind == eBe) {
			if e.opt {
				return pattern{}, fmt.Errorf("the first word %q is optional", w)
			}
			p.anchor = len(p.elems)
		}
		p.elems = append(p.elems, e)
	}
	if p.anchor < 0 {
		return pattern{}, fmt.Errorf("no word to find the pattern by")
	}
	if w := f[1:]; strings.Contains(strings.Join(w, " "), "put it") {
		p.name = cuePutIt
	}
	for i, e := range p.elems {
		if (e.kind == eContent || e.kind == eClause) && i != 0 && i != len(p.elems)-1 {
			return pattern{}, fmt.Errorf("content in the middle")
		}
	}
	return p, nil
}

// key returns the lemma chunk k is looked up by: its head's for a noun,
// verb or adjective group, its first word's for the others.
func (s *sent) key(k int) text.ID {
	c := &s.cs[k]
	switch c.Kind {
	case text.VG, text.NG, text.AG:
		return c.Lemma
	}
	t := &s.toks[c.Start]
	if t.Kind != text.Word {
		return 0
	}
	return lemmaOf(t)
}

// lemmaOf returns the lemma of word token t: its own ID when it is one.
func lemmaOf(t *text.Token) text.ID {
	if l := text.Core().Entry(t.ID).Lemma; l != 0 {
		return l
	}
	return t.ID
}

// pattern returns the attribution of the first pattern anchored at chunk
// k that matches.
func (s *sent) pattern(k int) (att, bool) {
	ps := patterns()
	c := &s.cs[k]
	if id := s.key(k); id != 0 && int(id)+1 < len(ps.off) {
		for _, i := range ps.byID[ps.off[id]:ps.off[id+1]] {
			if a, ok := s.match(&ps.pats[i], k); ok {
				return a, true
			}
		}
	}
	if c.Kind == text.NG || c.Kind == text.AG {
		if cls := s.toks[c.Head].Class; cls&(text.SpeechNoun|text.Cognition) != 0 {
			for _, i := range ps.byClass {
				if p := &ps.pats[i]; cls&p.elems[p.anchor].class != 0 {
					if a, ok := s.match(p, k); ok {
						return a, true
					}
				}
			}
		}
	}
	if c.Kind == text.VG && s.toks[c.Head].Class&text.Be != 0 {
		for _, i := range ps.byBe {
			if a, ok := s.match(&ps.pats[i], k); ok {
				return a, true
			}
		}
	}
	return att{}, false
}

// match matches pattern p with its anchor at chunk k.
func (s *sent) match(p *pattern, k int) (att, bool) {
	a := att{rule: p.rule, name: p.name, body: -1, subj: -1, vg: -1, cue: tspan{-1, -1}}
	anchor := &s.cs[k]
	if anchor.Kind == text.VG && anchor.Is(text.FNeg) {
		return att{}, false
	}
	a.lemma = anchor.Lemma
	a.class = s.toks[anchor.Head].Class
	if anchor.Kind == text.VG {
		a.vg = k
	}
	// forward from the anchor
	i := int(anchor.Start)
	a.from = i
	for n := p.anchor; n < len(p.elems); n++ {
		e := &p.elems[n]
		j, ok := s.forward(e, i, k, &a)
		if !ok {
			if e.opt {
				continue
			}
			return att{}, false
		}
		if e.cue {
			if a.cue.s < 0 {
				a.cue.s = i
			}
			a.cue.e = j
		}
		if e.kind != eContent && e.kind != eClause {
			a.to = j
		}
		i = j
	}
	// backward from the anchor
	j := int(anchor.Start)
	for n := p.anchor - 1; n >= 0; n-- {
		e := &p.elems[n]
		b, ok := s.backward(e, j, k, &a)
		if !ok {
			if e.opt {
				continue
			}
			return att{}, false
		}
		if e.kind != eContent {
			a.from = b
		}
		j = b
	}
	if a.cue.s < 0 {
		a.cue = tspan{int(anchor.Start), int(anchor.End)}
	}
	if anchor.Kind == text.VG && a.cue.s == int(anchor.Start) {
		a.cue.s = int(anchor.Head) // "often talks about": the verb
	}
	if a.body >= 0 {
		a.to = a.body
	}
	return a, true
}

// forward matches element e at token i, moving on from there; k is the
// anchor's chunk.
func (s *sent) forward(e *elem, i, k int, a *att) (int, bool) {
	// a time or an adverb may stand between a verb and its particle:
	// "called Monday for", "pointed again to"
	if e.kind == eWord && i > 0 && i < len(s.toks) {
		for c := &s.cs[s.chunk[i]]; int(c.Start) == i && (c.Kind == text.RG || text.TimeGroup(s.toks, c)); c = &s.cs[s.chunk[i]] {
			i = int(c.End)
			if i >= len(s.toks) {
				return 0, false
			}
		}
	}
	if i >= len(s.toks) {
		return 0, false
	}
	c := &s.cs[s.chunk[i]]
	atGroup := int(c.Start) == i || c.Kind == text.NG && i > int(c.Start) && s.toks[i-1].Tag == text.TPossDet
	switch e.kind {
	case eWord:
		if atGroup {
			switch c.Kind {
			case text.VG:
				if c.Is(text.FNeg) || !slices.Contains(e.words, c.Lemma) {
					return 0, false
				}
				return int(c.Head) + 1, true // a particle may follow: "went on to"
			case text.NG, text.AG:
				if slices.Contains(e.words, c.Lemma) {
					return int(c.End), true
				}
			}
		}
		t := &s.toks[i]
		if t.Kind == text.Word && (slices.Contains(e.words, lemmaOf(t)) || slices.Contains(e.words, t.ID)) {
			return i + 1, true
		}
	case eBe:
		if atGroup && c.Kind == text.VG && s.toks[c.Head].Class&text.Be != 0 && !c.Is(text.FNeg) {
			return int(c.End), true
		}
	case eClass:
		if atGroup && s.toks[c.Head].Class&e.class != 0 {
			return int(c.End), true
		}
	case eMark:
		// adverbials and quotation marks before the mark: "as the coach
		// put it after the match,"; "loudest," as
		for i < len(s.toks) && !s.toks[i].IsMark(e.mark) {
			c := &s.cs[s.chunk[i]]
			switch {
			case s.toks[i].Kind == text.Quote:
				i++
			case int(c.Start) == i && (c.Kind == text.RG || c.Is(text.FTime)):
				i = int(c.End)
			case int(c.Start) == i && c.Kind == text.PG && c.Of > s.chunk[i]:
				i = int(s.cs[c.Of].End)
			default:
				return 0, false
			}
		}
		if i < len(s.toks) {
			return i + 1, true
		}
	case eSpeaker, eVia, eAny:
		if c.Kind != text.NG || int(c.Start) != i {
			return 0, false
		}
		spk, head := s.nounPhrase(int(s.chunk[i]))
		switch e.kind {
		case eSpeaker:
			a.spk, a.head = spk, head
		case eVia:
			a.via, a.viaHd = spk, head
		}
		return spk.e, true
	case eOwner:
		if c.Kind == text.NG && int(c.Start) == i && c.Is(text.FPossessor) {
			a.spk, a.head = tspan{i, int(c.End)}, tspan{i, int(c.End)}
			return int(c.End), true
		}
		if s.toks[i].Tag == text.TPossDet {
			a.spk, a.head = tspan{i, i + 1}, tspan{i, i + 1}
			return i + 1, true
		}
	case eContent, eClause:
		i0 := i
		for i < len(s.toks) && (s.toks[i].IsMark(':') || s.toks[i].IsMark(',')) {
			i++
		}
		if i >= len(s.toks) || !s.toks[i].IsWord() && s.toks[i].Kind != text.Quote {
			return 0, false
		}
		if e.kind == eClause && !s.clauseAt(i) || s.cs[s.chunk[i]].Is(text.FTime) {
			return 0, false // "spoke on Monday": a time is no content
		}
		// content right after a verb is its clause ("plans to run"), not
		// its object ("seek driver") nor what comes next ("wanted, but")
		if v := &s.cs[k]; v.Kind == text.VG && i0 == int(v.End) && !(s.cs[s.chunk[i]].Start == int32(i) && s.chunk[i] == v.Comp) {
			return 0, false
		}
		a.body = i
		return i, true
	}
	return 0, false
}

// backward matches element e, which comes before the anchor, ending at
// token j; it returns where it starts.
func (s *sent) backward(e *elem, j, k int, a *att) (int, bool) {
	anchor := &s.cs[k]
	switch e.kind {
	case eMark:
		for j > 0 && s.toks[j-1].Kind == text.Quote {
			j--
		}
		if j > 0 && s.toks[j-1].IsMark(e.mark) {
			return j - 1, true
		}
	case eContent:
		if j <= 0 {
			return 0, false
		}
		a.inv = true // settle finds where it starts
		return j, true
	case eSpeaker, eVia:
		var n int
		switch {
		case anchor.Kind == text.VG && j == int(anchor.Start):
			n = int(anchor.Subj)
			if n < 0 || !s.canSpeak(n, text.Speech) {
				return 0, false
			}
			a.subj = n
		case anchor.Kind != text.NG && anchor.Kind != text.AG && j > 0 && s.cs[s.chunk[j-1]].Kind == text.NG:
			// (a noun's speaker is its owner: "the council's plans")
			n = int(s.chunk[j-1])
		default:
			return 0, false
		}
		spk, head := s.nounPhrase(n)
		if e.kind == eSpeaker {
			a.spk, a.head = spk, head
		} else {
			a.via, a.viaHd = spk, head
		}
		if r := s.relativeBefore(k); r >= 0 && anchor.Kind == text.VG && e.kind == eSpeaker {
			a.spk, a.rel = tspan{r, r + 1}, true
			return r, true
		}
		return min(spk.s, j), true
	case eOwner:
		if s.toks[anchor.Start].Tag == text.TPossDet && j == int(anchor.Start) {
			a.spk, a.head = tspan{j, j + 1}, tspan{j, j + 1}
			return j, true
		}
		if o := text.Owner(s.cs, k); o >= 0 {
			a.spk, a.head = tspan{int(s.cs[o].Start), int(s.cs[o].End)}, tspan{int(s.cs[o].Start), int(s.cs[o].End)}
			return int(s.cs[o].Start), true
		}
	case eWord:
		if j > 0 {
			t := &s.toks[j-1]
			if slices.Contains(e.words, lemmaOf(t)) {
				return j - 1, true
			}
		}
	}
	return 0, false
}

// clauseAt reports whether a clause starts at token i: "that", a
// question word, or a subject and its finite verb.
func (s *sent) clauseAt(i int) bool {
	t := &s.toks[i]
	if t.Kind == text.Quote {
		return true
	}
	c := &s.cs[s.chunk[i]]
	switch c.Kind {
	case text.SG:
		// (not a relative clause: "according to researchers, who say")
		return s.toks[c.Start].Tag != text.TRel
	case text.NG:
		e := s.phraseEnd(int(s.chunk[i]))
		for e+1 < len(s.cs) && s.cs[e-1].Is(text.FCoord) && s.cs[e].Kind == text.CG && s.cs[e+1].Kind == text.NG {
			e = s.phraseEnd(e + 1) // "Obama and he believed"
		}
		for e < len(s.cs) && s.cs[e].Kind == text.RG {
			e++
		}
		if e < len(s.cs) && s.cs[e].Kind == text.VG && s.cs[e].Is(text.FFinite) {
			return true
		}
		// the subject of a verb after an aside: "the driver, who was 42,
		// had been drinking", "Egypt and the Emirates, which back opposing
		// sides, were"
		k := s.chunk[i]
		for j := e; j < len(s.cs); j++ {
			if v := &s.cs[j]; v.Kind == text.VG && v.Subj >= k && int(v.Subj) < e && v.Is(text.FFinite) && int(v.Subj) < j {
				return true
			}
		}
	}
	return false
}
