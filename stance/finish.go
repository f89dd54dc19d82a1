package stance

import (
	"cmp"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/newsmodel/newsmodel/article"
	"github.com/newsmodel/newsmodel/entity"
	"github.com/newsmodel/newsmodel/quote"
)

// Relations returns the relations the windows found, in document order of
// their cues, with their parties mapped to ents and the speakers of
// quotes, and ends the pass. ents and quotes may be nil.
func (p *Pass) Relations(ents []entity.Entity, quotes []quote.Quote) []Relation {
	f := finish{src: p.a.Source, ents: ents, quotes: quotes, vias: p.vias}
	f.index()
	out := make([]Relation, 0, len(p.recs))
	var via []Party
	for i := range p.recs {
		x := &p.recs[i]
		r, ok := f.relation(x, via[:0])
		if !ok {
			continue
		}
		if len(r.Via) > 0 {
			r.Via = slices.Clone(r.Via)
		}
		r.Cue.Lemma = p.lex.entries[x.entry].Pattern
		if int(x.sent) < len(p.a.Sentences) {
			r.Evidence = p.a.Sentences[x.sent].Span
		}
		if !f.repeats(out, &r) {
			out = append(out, r)
		}
	}
	p.release()
	p.recs, p.vias = nil, nil
	if len(out) == 0 {
		return nil
	}
	return slices.Clip(out)
}

// repeats reports whether a relation of r's sentence in out already
// states r with no end mark between their cues: "blasted the media for
// being dishonest" is one stance; "X is a fraud! X is a fraud!" is said
// twice. Only the last few relations, whose cues are a clause's length
// apart, are compared, which keeps a sentence of thousands of cues linear.
func (f *finish) repeats(out []Relation, r *Relation) bool {
	const near, clause = 8, 400 // a clause states a stance a few times at most
	for j := len(out) - 1; j >= 0 && j >= len(out)-near && out[j].Evidence == r.Evidence; j-- {
		o := &out[j]
		if o.Polarity == r.Polarity && same(o.Holder, r.Holder) && same(o.Target, r.Target) &&
			o.Cue.Span.End <= r.Cue.Span.Start && r.Cue.Span.Start-o.Cue.Span.End <= clause &&
			!strings.ContainsAny(f.src[o.Cue.Span.End:r.Cue.Span.Start], ".!?;") {
			return true
		}
	}
	return false
}

// finish maps the records of a pass to entities and quotes.
type finish struct {
	src      string
	vias     []part // the pass's speakers that records are reported through
	ents     []entity.Entity
	quotes   []quote.Quote
	mentions []mentionRef // sorted by start
	longest  int
	contents []content      // the quotes' content fragments, sorted by start
	byID     map[string]int // entities by ID, made when first needed
}

// A content is a content fragment of quotes[q].
type content struct {
	span span
	q    int32
}

// A mentionRef is a mention of ents[ent], in 16 bytes: a report has many.
type mentionRef struct {
	span span
	ent  int32
}

func (f *finish) index() {
	// (a source of 2 GiB or more is not indexed: spans are int32)
	if len(f.src) > math.MaxInt32 {
		return
	}
	n := 0
	for _, e := range f.ents {
		n += len(e.Mentions)
	}
	f.mentions = make([]mentionRef, 0, n)
	for i, e := range f.ents {
		for _, m := range e.Mentions {
			if m.Span.IsValid() && m.Span.End <= len(f.src) {
				f.mentions = append(f.mentions, mentionRef{span{int32(m.Span.Start), int32(m.Span.End)}, int32(i)})
				f.longest = max(f.longest, m.Span.Len())
			}
		}
	}
	slices.SortStableFunc(f.mentions, func(a, b mentionRef) int { return cmp.Compare(a.span.start, b.span.start) })
	for i, q := range f.quotes {
		for _, c := range q.Content {
			if c.IsValid() && c.End <= len(f.src) {
				f.contents = append(f.contents, content{span{int32(c.Start), int32(c.End)}, int32(i)})
			}
		}
	}
	slices.SortStableFunc(f.contents, func(a, b content) int { return cmp.Compare(a.span.start, b.span.start) })
}

// entityAt returns the entity with a mention overlapping s, the one
// overlapping most, or -1.
func (f *finish) entityAt(s article.Span) int {
	if !s.IsValid() {
		return -1
	}
	hi, _ := slices.BinarySearchFunc(f.mentions, s.End, func(m mentionRef, off int) int { return cmp.Compare(int(m.span.start), off) })
	best, bestLen := -1, 0
	for k := hi - 1; k >= 0 && k >= hi-64 && int(f.mentions[k].span.start)+f.longest > s.Start; k-- {
		m := f.mentions[k].span.full()
		if !m.Overlaps(s) {
			continue
		}
		if ov := min(m.End, s.End) - max(m.Start, s.Start); ov > bestLen {
			best, bestLen = int(f.mentions[k].ent), ov
		}
	}
	return best
}

// nameBefore returns the last mention of entity e before off that is not
// a pronoun, or the zero Span.
func (f *finish) nameBefore(e, off int) article.Span {
	ms := f.ents[e].Mentions
	i, _ := slices.BinarySearchFunc(ms, off, func(m entity.Mention, off int) int { return cmp.Compare(m.Span.Start, off) })
	for k := i - 1; k >= 0 && k >= i-64; k-- {
		if m := ms[k]; m.Form != entity.FormPronoun && m.Span.IsValid() && m.Span.End <= len(f.src) {
			return m.Span
		}
	}
	return article.Span{}
}

// party returns the Party of a part, and false when it stands for nobody
// the report names.
func (f *finish) party(pt part) (Party, bool) {
	switch pt.who {
	case pEntity:
		if f.entityAt(pt.head.full()) < 0 {
			return Party{}, false
		}
		return f.party(part{span: pt.span, head: pt.head, who: pWords})
	case pWords, pReporter:
		sp := pt.span.full()
		p := Party{Text: f.src[sp.Start:sp.End], Span: sp}
		e := f.entityAt(pt.head.full())
		if e < 0 {
			e = f.entityAt(pt.mod.full())
		}
		if e >= 0 {
			p.Entity, p.Name = f.ents[e].ID, f.ents[e].Name
		}
		return p, true
	case pPronoun:
		// the entity whose mention the pronoun is, named as it was last
		if e := f.entityAt(pt.span.full()); e >= 0 {
			sp := f.nameBefore(e, int(pt.span.start))
			if !sp.IsValid() {
				sp = pt.ante.full()
			}
			if !sp.IsValid() {
				sp = pt.span.full()
			}
			return Party{Entity: f.ents[e].ID, Name: f.ents[e].Name, Text: f.src[sp.Start:sp.End], Span: sp}, true
		}
		if pt.ante.valid() {
			// "he" or "she" is no place or organisation
			if e := f.entityAt(pt.ante.full()); pt.person && e >= 0 && (f.ents[e].Kind == entity.KindPlace || f.ents[e].Kind == entity.KindOrganization) {
				return Party{}, false
			}
			return f.party(part{span: pt.ante, head: pt.ante, who: pWords})
		}
	}
	return Party{}, false
}

// quoteSpeaker returns the speaker of the quote whose content holds s.
func (f *finish) quoteSpeaker(s article.Span) (Party, bool) {
	i, _ := slices.BinarySearchFunc(f.contents, s.Start+1, func(c content, off int) int { return cmp.Compare(int(c.span.start), off) })
	for k := i - 1; k >= 0 && k >= i-8; k-- {
		q := &f.quotes[f.contents[k].q]
		{
			if c := f.contents[k].span.full(); c.Start <= s.Start && s.End <= c.End {
				sp := q.Speaker.Span
				if !sp.IsValid() || sp.End > len(f.src) {
					return Party{}, false
				}
				p := Party{Text: f.src[sp.Start:sp.End], Span: sp, Entity: q.Speaker.Entity}
				if e := f.entityIndex(q.Speaker.Entity); e >= 0 {
					p.Name = f.ents[e].Name
					if isPronounText(p.Text) {
						if n := f.nameBefore(e, sp.Start); n.IsValid() {
							p.Text, p.Span = f.src[n.Start:n.End], n
						}
					}
				} else if isPronounText(p.Text) {
					return Party{}, false
				}
				return p, true
			}
		}
	}
	return Party{}, false
}

// entityIndex returns the index of the entity whose ID is id, or -1.
func (f *finish) entityIndex(id string) int {
	if id == "" {
		return -1
	}
	// the entity package numbers its entities "e1", "e2"... in order
	if n, err := strconv.Atoi(strings.TrimPrefix(id, "e")); err == nil && n >= 1 && n <= len(f.ents) && f.ents[n-1].ID == id {
		return n - 1
	}
	if f.byID == nil {
		f.byID = make(map[string]int, len(f.ents))
		for i := len(f.ents) - 1; i >= 0; i-- {
			f.byID[f.ents[i].ID] = i // the first entity of an ID wins
		}
	}
	if i, ok := f.byID[id]; ok {
		return i
	}
	return -1
}

// isPronounText reports whether s is a personal pronoun.
func isPronounText(s string) bool {
	switch strings.ToLower(s) {
	case "he", "she", "they", "it", "him", "her", "them", "his", "its", "their", "i", "we", "me", "us":
		return true
	}
	return false
}

// same reports whether two parties are one: the same entity, overlapping
// spans or the same text.
func same(a, b Party) bool {
	return a.Entity != "" && a.Entity == b.Entity || a.Span.Overlaps(b.Span) || strings.EqualFold(a.Text, b.Text)
}

// relation returns the Relation of a record.
func (f *finish) relation(x *rec, via []Party) (Relation, bool) {
	cue := x.cue.full()
	r := Relation{Polarity: x.pol, Negated: x.neg, Hypothetical: x.hyp, Cue: Cue{Span: cue, Text: f.src[cue.Start:cue.End]}}
	// the speaker: the sentence's, else the quote's
	speaker, hasSpeaker := f.party(x.speaker)
	quoted, inQuote := f.quoteSpeaker(cue)
	if !hasSpeaker {
		speaker, hasSpeaker = quoted, inQuote
	}
	var ok bool
	if x.holder.who == pSpeaker {
		r.Holder, ok = speaker, hasSpeaker && x.speaker.who != pReporter
	} else {
		r.Holder, ok = f.party(x.holder)
	}
	if !ok {
		return r, false
	}
	if x.target.who == pSpeaker {
		r.Target, ok = speaker, hasSpeaker && x.speaker.who != pReporter
	} else {
		r.Target, ok = f.party(x.target)
		// a thing of the holder's own is no stance toward the holder:
		// "Trump defended his record" is about the record
		if ok && x.target.mod.valid() && r.Target.Entity != "" && r.Target.Entity == r.Holder.Entity {
			t := x.target
			t.mod = span{}
			r.Target, ok = f.party(t)
		}
	}
	if !ok || same(r.Holder, r.Target) {
		return r, false
	}
	if inQuote && !slices.ContainsFunc(f.vias[x.via:x.via+int32(x.nvia)], func(pt part) bool { return pt.span.full().Overlaps(quoted.Span) }) {
		via = append(via, quoted)
	}
	for _, pt := range f.vias[x.via : x.via+int32(x.nvia)] {
		if v, ok := f.party(pt); ok {
			via = append(via, v)
		}
	}
	// the holder is no reporter of its own stance
	via = slices.DeleteFunc(via, func(v Party) bool { return same(v, r.Holder) })
	if len(via) > 0 {
		r.Via = via
	}
	return r, true
}
