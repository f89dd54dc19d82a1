package stance

import (
	"github.com/newsmodel/newsmodel/article"
	"github.com/newsmodel/newsmodel/internal/text"
)

// A part is a party as a pass records it: spans into the source, no
// pointers, decided on in [Pass.Relations].
type part struct {
	span   span // the words as written
	head   span // the word an entity's mention must cover
	mod    span // a name before a group noun head: the "US" of "the US military"
	ante   span // a pronoun's antecedent as the text alone finds it
	who    partKind
	person bool // a pronoun of a person: he, she, him, her, his
}

// A span is an article.Span in half its memory: the records of a long
// report are many.
type span struct{ start, end int32 }

// full returns s as an article.Span.
func (s span) full() article.Span { return article.Span{Start: int(s.start), End: int(s.end)} }

func (s span) valid() bool { return s.start < s.end }

type partKind uint8

const (
	pNone     partKind = iota
	pWords             // the words at span
	pPronoun           // a third-person pronoun: its entity, else its antecedent
	pSpeaker           // the speaker of the words: "I", "we", or the holder of an evaluation
	pEntity            // the words at span, if an entity's mention covers head
	pReporter          // the words at span, a Via that may hold no stance: "the report said"
)

func (p part) ok() bool { return p.who != pNone }

// span returns the bytes of tokens [s, e).
func (r *reading) span(s, e int) span {
	if s >= e {
		return span{}
	}
	return span{r.toks[s].Start, r.toks[e-1].End}
}

// pronoun returns the classes of the pronoun a slot is, or 0: "he",
// "their".
func (r *reading) pronoun(sl slot) text.Class {
	if sl.e-sl.s != 1 {
		return 0
	}
	t := &r.toks[sl.s]
	// personal pronouns only: "others" and "someone" name themselves
	if t.Tag == text.TPron || t.Tag == text.TPossDet {
		if c := t.Class; c.Any(text.Pron) && c.Any(text.Subj|text.Obj|text.Possessive|text.Refl) {
			return c
		}
	}
	return 0
}

// actor returns the slot of the actor that holds a stance for the words
// of sl: itself when it is a name, a pronoun, or a noun of people or
// groups ("officials", "the government", "critics"); the whole of a part
// of one ("much of Washington", "one of the states"); the author of a
// document ("Trump's tweet", "a statement the union released"). It
// reports false for anything else: a predicate noun, a thing, a fragment.
func (r *reading) actor(sl slot) (slot, bool) {
	if !sl.ok {
		return sl, false
	}
	if c := r.pronoun(sl); c != 0 {
		return sl, c.Any(text.P1 | text.P3)
	}
	if sl.k < 0 {
		h := &r.toks[sl.head]
		return sl, h.Tag == text.TName && h.Class&(text.Month|text.Weekday|text.TimeWord|text.Season) == 0
	}
	for range 3 {
		k := sl.k
		h := &r.toks[r.cs[k].Head]
		switch {
		case h.Tag == text.TName:
			return sl, h.Class&(text.Month|text.Weekday|text.TimeWord|text.Season) == 0
		case h.Class.Any(text.Person | text.Title | text.Group | text.Demonym | text.OrgHead | text.PlaceHead):
			return sl, true // people, groups, and what heads their names: "the bank", "the city"
		case h.Tag == text.TNoun && h.Shape&text.Cap != 0 && r.cs[k].Start == r.cs[k].Head:
			// a capitalised noun alone, at the start of a sentence:
			// "Labour refused". An actor if an entity's mention says so.
			sl.entity = true
			return sl, true
		case h.Tag == text.TPron:
			// "others", "someone"; not "anybody who complains"
			return sl, h.Class.Any(text.P3) && !r.generic(int(r.cs[k].Head))
		case r.partitive(k):
			// "much of Washington": the actor is what follows "of"
			if k+2 < len(r.cs) && r.cs[k+1].Kind == text.PG && r.firstWord(k+1) == r.w.of && r.cs[k+2].Kind == text.NG {
				sl.k, sl.head = r.headGroup(k+2), int(r.cs[r.headGroup(k+2)].Head)
				continue
			}
			return sl, false
		case h.Class.Any(text.Document | text.SpeechNoun):
			a := r.author(k)
			if a.ok {
				return a, true
			}
			return sl, false
		default:
			return sl, false
		}
	}
	return sl, false
}

// target reports whether sl can be the target of a stance: not a question
// word ("questioned what kind of person"), not a reflexive ("defend
// himself": a stance is toward another).
func (r *reading) target(sl slot) bool {
	t := &r.toks[sl.s]
	if t.Class.Any(text.Wh) && (t.Tag == text.TDet || t.Tag == text.TWh) {
		return false
	}
	if c := r.pronoun(sl); c.Any(text.Refl) {
		return false
	}
	// nor one that names no one in particular: "wanted someone younger",
	// nor a time: "backed on Thursday"
	if k := r.chunk(sl.s); r.cs[k].Is(text.FTime) {
		return false
	}
	return !(sl.e-sl.s == 1 && r.generic(sl.s))
}

// generic reports whether token t is a pronoun that names no one in
// particular: anybody, anyone, everybody, everyone, nobody, someone.
func (r *reading) generic(t int) bool {
	switch r.word(t) {
	case r.w.anybody, r.w.anyone, r.w.everybody, r.w.everyone, r.w.nobody, r.w.someone, r.w.somebody:
		return true
	}
	return false
}

// author returns who wrote or issued the document noun group k: its
// possessor or the names before its noun ("Trump's tweet", "a Clinton
// ad"), or the subject of the verb that issued it ("the union released a
// statement").
func (r *reading) author(k int) slot {
	if sl := r.modifierSlot(k, int(r.cs[k].Head), false); sl.ok {
		if a, ok := r.actor(sl); ok {
			return a
		}
	}
	// "a report from the inspector general", "a statement by the union"
	if k+2 < len(r.cs) && r.cs[k+1].Kind == text.PG && (r.firstWord(k+1) == r.w.from || r.firstWord(k+1) == r.w.by) && r.cs[k+1].Of >= 0 {
		if a, ok := r.actor(r.groupSlot(int(r.cs[k+1].Of), false)); ok {
			return a
		}
	}
	for v := k - 1; v >= 0 && v >= k-3; v-- {
		if c := &r.cs[v]; c.Kind == text.VG && int(c.Obj) == k {
			if s := r.subject(v); s >= 0 {
				if a, ok := r.actor(r.groupSlot(s, true)); ok && a.k != k {
					return a
				}
			}
		}
	}
	return slot{}
}

// preferName returns the name that a description has as its apposition:
// "the Kennedy Center chairman, David Rubenstein," is David Rubenstein.
func (r *reading) preferName(sl slot) slot {
	k := sl.k
	if k < 0 || r.cs[k].Is(text.FName) || r.cs[k].Is(text.FPron) {
		return sl
	}
	_, e := text.Phrase(r.cs, k)
	if e+1 < len(r.cs) && r.isMark(e, ',') && r.cs[e+1].Is(text.FAppos) && r.cs[e+1].Is(text.FName) && int(r.cs[e+1].Of) == k {
		return r.groupSlot(e+1, false)
	}
	return sl
}

// conjuncts returns the noun groups coordinated with the one of sl,
// itself first: "France and Germany".
func (r *reading) conjuncts(sl slot, out []slot) []slot {
	out = append(out, sl)
	if sl.k < 0 {
		return out
	}
	k := sl.k
	for i := 0; i < 8 && r.cs[k].Is(text.FCoord); i++ {
		// the next item, after "and", "or", a comma, or a comma and "and"
		n := k + 1
		for n < len(r.cs) && n <= k+2 && (r.cs[n].Kind == text.CG || r.isMark(n, ',')) {
			n++
		}
		if n >= len(r.cs) || n == k+1 || r.cs[n].Kind != text.NG || r.cs[n].Is(text.FAppos) && !r.listedName(k, n) {
			break // (an apposition is no conjunct: "Ruiz, a surgeon and a father,")
		}
		k = r.headGroup(n)
		out = append(out, r.groupSlot(k, false))
	}
	if len(out) > 1 {
		// the first conjunct without the rest: "France" of "France and Germany backed"
		out[0] = r.groupSlot(sl.k, false)
	}
	return out
}

// listedName reports whether noun group n, which the text layer reads as
// an apposition to k, is rather the next name of a list: one person's
// name is not another's description, so in "filmmaker Mia Cole, singer
// Ana Ruiz and other speakers" Ana Ruiz is a second holder, while in
// "Ruiz, a surgeon and a father," the surgeon is Ruiz.
func (r *reading) listedName(k, n int) bool {
	a, b := &r.cs[k], &r.cs[n]
	return a.Is(text.FName) && b.Is(text.FName) && b.Is(text.FCoord) &&
		r.toks[a.Head].Class&text.PlaceHead == 0 && r.toks[b.Head].Class&text.PlaceHead == 0
}

// named reports whether sl names someone: a name, a personal pronoun, a
// phrase with either as its possessor or modifier ("Trump's latest
// tweets", "his temperament"), or a definite title or body.
func (r *reading) named(sl slot) bool {
	if !sl.ok {
		return false
	}
	if c := r.pronoun(sl); c != 0 {
		return c.Any(text.P3) && !c.Any(text.Neuter) // "it's dangerous" is no person's
	}
	for i := sl.s; i < sl.e && i <= sl.head; i++ {
		t := &r.toks[i]
		if t.Tag == text.TName || t.Tag == text.TPossDet && t.Class.Any(text.P3) && !t.Class.Any(text.Neuter) {
			return true // "Trump's temperament", "his temperament"
		}
	}
	// or the one person or body a definite title names: "the mayor", "the
	// council"
	first := &r.toks[sl.s]
	return sl.head > sl.s && r.toks[sl.head].Class.Any(text.Title|text.Person|text.Group) &&
		(r.word(sl.s) == r.w.the || first.Tag == text.TPossDet)
}
