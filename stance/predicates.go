package stance

import "github.com/newsmodel/newsmodel/internal/text"

// predicate reads a cue that heads the predicate of a copula: an
// adjective, a noun, or a participle after "be" ("X be critical of Y", "X
// be Y's ally", "X be frustrated with Y", "Y be a disgrace"). The slot
// before "be" is the copula's subject.
//
//	The union was critical of the plan.         X = The union
//	Tokyo is Washington's closest ally.         X = Tokyo, Y = Washington
//	He has grown frustrated with the talks.     X = He
//	Kaine is a lawyer who is an opponent of it. X = Kaine
func (r *reading) predicate(p *pattern, m *match, t int) bool {
	k := m.group
	c := &r.cs[k]
	if int(c.Head) != t {
		return false
	}
	var cop int
	switch c.Kind {
	case text.VG:
		switch {
		case r.beInside(k) && !r.toks[c.Head].Class.Has(text.Ing):
			cop = k // "is frustrated with"; not the progressive "are blaming"
		case c.Is(text.FInf) && k > 0 && r.isCopula(k-1):
			cop = k - 1 // "are to blame"
		default:
			if cop = r.coordinatedPredicate(k); cop < 0 {
				return false
			}
		}
	case text.NG, text.AG:
		cop = r.copulaBefore(r.partitiveHead(k))
	default:
		return false
	}
	if cop < 0 {
		return false
	}
	m.clause = cop
	if b := int(r.cs[cop].Start); b < m.cueS && c.Kind != text.NG && cop >= k-2 && (cop == k || r.cs[k-1].Kind != text.CG) {
		m.cueS = b // "was critical of", "is wary about", "was not satisfied with"
	}
	pre := p.elems[:p.anchor]
	if last := pre[len(pre)-1].kind; last == eHolderS || last == eTargetS {
		sl := r.modifierSlot(k, t, false)
		if !sl.ok {
			return false
		}
		r.setSlot(m, last, sl)
	}
	if f := pre[0].kind; f == eHolder || f == eTarget {
		s := r.subject(cop)
		if s < 0 {
			return false
		}
		r.setSlot(m, f, r.groupSlot(s, true))
	}
	m.neg = c.Kind == text.NG && r.nounNegated(k)
	return true
}

// listItem reports whether chunk k is an item of a list of predicates
// before a comma or a conjunction: a noun group or an adjective.
func (r *reading) listItem(k int) bool {
	c := &r.cs[k]
	return c.Kind == text.NG && c.Is(text.FCoord) || (c.Kind == text.NG || c.Kind == text.AG) && (r.isMark(k+1, ',') || r.cs[k+1].Kind == text.CG)
}

// coordinatedPredicate returns the copula a participle shares after a
// conjunction, or -1: "was critical of the plan and frustrated with the
// talks".
func (r *reading) coordinatedPredicate(k int) int {
	c := &r.cs[k]
	if k < 2 || r.cs[k-1].Kind != text.CG || !r.toks[c.Head].Class.Any(text.Part) || c.Head != c.Start {
		return -1
	}
	for j := k - 2; j >= 0 && j >= k-lookBack/2; j-- {
		if g := &r.cs[j]; g.Kind == text.VG {
			if r.isCopula(j) && g.Subj == c.Subj {
				return j
			}
			return -1
		}
	}
	return -1
}

// beInside reports whether verb group k holds a form of "be" before its
// head, as a participle predicate does: "is frustrated with", "was
// opposed to".
func (r *reading) beInside(k int) bool {
	c := &r.cs[k]
	for i := c.Start; i < c.Head; i++ {
		if r.toks[i].Class.Has(text.Be) {
			return true
		}
	}
	return false
}

// copulaBefore returns the copula whose predicate noun or adjective group
// k is, or -1: the verb group before it, over adverbs, quotation marks,
// k's possessors, and "as" after any verb ("emerged as", "is seen as").
func (r *reading) copulaBefore(k int) int {
	if k < 0 {
		return -1
	}
	s, _ := text.Phrase(r.cs, k)
	// the first item of a list: "is a liar, a racist and a birther who"
	// ("a liar, racist, misogynist and birther": an adjective may stand in it)
	for i := 0; i < 8 && s >= 2 && (r.cs[s-1].Kind == text.CG || r.isMark(s-1, ',')) && r.listItem(s-2); i++ {
		s, _ = text.Phrase(r.cs, s-2)
	}
	j := s - 1
	for j >= 0 && (r.cs[j].Kind == text.RG || r.isQuoteMark(j)) {
		j--
	}
	if j >= 0 && r.cs[j].Kind == text.PG && r.firstWord(j) == r.w.as && j > 0 && r.cs[j-1].Kind == text.VG {
		return j - 1
	}
	if j >= 0 && r.isCopula(j) {
		return j
	}
	return -1
}
