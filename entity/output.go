package entity

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/newsmodel/newsmodel/article"
)

// output returns the entities that have mentions, in order of first
// mention, numbered "e1", "e2"...
func (r *resolver) output() []Entity {
	p := r.p
	counts := make([]int32, len(r.ents))
	first := make([]int32, len(r.ents))
	for i := range first {
		first[i] = -1
	}
	// mentions of different entities never overlap: a record that
	// overlaps the one before it, of another entity, is dropped
	lastEnd, lastEnt := int32(-1), int32(-1)
	for i := range p.recs {
		rec := &p.recs[i]
		if rec.ent < 0 {
			continue
		}
		if rec.start < lastEnd && rec.ent != lastEnt {
			rec.ent = -1
			continue
		}
		lastEnd, lastEnt = max(lastEnd, rec.end), rec.ent
		if first[rec.ent] < 0 {
			first[rec.ent] = int32(i)
		}
		counts[rec.ent]++
	}
	var order []int32
	for e := range r.ents {
		if counts[e] > 0 && !r.junk(int32(e)) {
			order = append(order, int32(e))
		}
	}
	slices.SortFunc(order, func(a, b int32) int {
		return cmp.Or(cmp.Compare(p.recs[first[a]].start, p.recs[first[b]].start), cmp.Compare(a, b))
	})
	index := make([]int32, len(r.ents))
	for i := range index {
		index[i] = -1
	}
	for k, e := range order {
		index[e] = int32(k)
	}
	out := make([]Entity, len(order))
	total := 0
	for _, e := range order {
		total += int(counts[e])
	}
	mentions := make([]Mention, 0, total) // one array for all, cut per entity
	for k, e := range order {
		out[k].ID = entityID(k + 1)
		n := len(mentions) + int(counts[e])
		out[k].Mentions = mentions[len(mentions):len(mentions):n]
		mentions = mentions[:n]
	}
	for i := range p.recs {
		rec := &p.recs[i]
		if rec.ent < 0 || index[rec.ent] < 0 {
			continue
		}
		o := &out[index[rec.ent]]
		o.Mentions = append(o.Mentions, Mention{Span: article.Span{Start: int(rec.start), End: int(rec.end)}, Form: r.form(int32(i))})
	}
	// each entity's records, in document order: records [at[e], at[e+1]) of recsOf
	at := make([]int32, len(r.ents)+1)
	for i := range p.recs {
		if e := p.recs[i].ent; e >= 0 {
			at[e+1]++
		}
	}
	for e := range r.ents {
		at[e+1] += at[e]
	}
	recsOf := make([]int32, at[len(r.ents)])
	next := slices.Clone(at[:len(r.ents)])
	for i := range p.recs {
		if e := p.recs[i].ent; e >= 0 {
			recsOf[next[e]] = int32(i)
			next[e]++
		}
	}
	for k, e := range order {
		r.describeEntity(e, recsOf[at[e]:at[e+1]], &out[k])
	}
	for k, e := range order {
		if a := r.ents[e].aff; a >= 0 && a != e && counts[a] > 0 && index[a] >= 0 {
			out[k].Affiliation = out[index[a]].Name
		} else if a >= 0 && a != e {
			out[k].Affiliation = r.nameOf(a, recsOf[at[a]:at[a+1]])
		}
		if en := &r.ents[e]; out[k].Affiliation == "" && en.gaz > 0 {
			out[k].Affiliation = r.p.g.entries[en.gaz-1].Of // "Downing Street": United Kingdom
		}
		if out[k].Kind == KindPerson && out[k].Affiliation == out[k].Name {
			out[k].Affiliation = ""
		}
	}
	return out
}

// entityID returns the ID of the n-th entity of a report, "e1" for 1;
// the first thousand are made once.
func entityID(n int) string {
	if ids := entityIDs(); n < len(ids) {
		return ids[n]
	}
	return "e" + strconv.Itoa(n)
}

var entityIDs = sync.OnceValue(func() []string {
	ids := make([]string, 1000)
	for i := 1; i < len(ids); i++ {
		ids[i] = "e" + strconv.Itoa(i)
	}
	return ids
})

// nameOf returns the name of entity e: its gazetteer name, its fullest
// name in the report, or the phrase of its first description.
func (r *resolver) nameOf(e int32, recs []int32) string {
	en := &r.ents[e]
	switch {
	case en.gaz > 0:
		return r.p.g.entries[en.gaz-1].Name
	case en.name != "":
		return en.name
	case en.full >= 0:
		return r.text(en.full)
	case len(recs) == 0:
		return ""
	}
	if ph := r.p.recs[recs[0]].phrase; ph[1] > ph[0] {
		return r.p.src[ph[0]:ph[1]]
	}
	return r.text(recs[0])
}

// describeEntity fills the name, kind, titles, aliases and affiliation of
// entity e's output.
func (r *resolver) describeEntity(e int32, recs []int32, o *Entity) {
	en := &r.ents[e]
	o.Name, o.Kind, o.Anonymous = r.nameOf(e, recs), en.kind, en.anon
	if en.anon || en.full < 0 && en.gaz == 0 && en.name == "" {
		o.Kind = KindPerson
		if en.plural {
			o.Kind = KindGroup
		}
	}
	norm := r.norm(o.Name)
	for _, i := range recs {
		rec := &r.p.recs[i]
		if t := r.titleOf(int32(i)); t != "" && !slices.ContainsFunc(o.Titles, func(s string) bool { return strings.EqualFold(s, t) }) {
			o.Titles = append(o.Titles, t)
		}
		if en.aff < 0 && rec.aff >= 0 && r.p.recs[rec.aff].ent >= 0 && r.p.recs[rec.aff].ent != e {
			en.aff = r.p.recs[rec.aff].ent
		}
		if rec.kind == rName && rec.phrase[1] > rec.phrase[0] && rec.aff >= 0 && r.p.recs[rec.aff].ent >= 0 && !r.junk(r.p.recs[rec.aff].ent) {
			// the name with its title, as the report writes it: "Russian
			// President Vladimir Putin"
			t := r.p.src[rec.phrase[0]:rec.phrase[1]]
			if n := r.norm(t); n != norm && !slices.ContainsFunc(o.Aliases, func(a string) bool { return r.norm(a) == n }) {
				o.Aliases = append(o.Aliases, t)
			}
		}
		if rec.kind == rName {
			if f := r.form(int32(i)); f == FormName || f == FormAlias {
				t := r.text(int32(i))
				n := r.norm(t)
				if n != norm && !slices.ContainsFunc(o.Aliases, func(a string) bool { return r.norm(a) == n }) {
					o.Aliases = append(o.Aliases, t)
				}
			}
		}
	}
}

// form returns how record i names its entity.
func (r *resolver) form(i int32) Form {
	rec := &r.p.recs[i]
	en := &r.ents[rec.ent]
	switch rec.kind {
	case rDemonym:
		return FormDemonym
	case rPronoun:
		return FormPronoun
	case rAnon:
		return FormAnonymous
	case rAppos, rTitle:
		if en.anon {
			return FormAnonymous
		}
		return FormTitle
	}
	if en.gaz > 0 {
		g := &r.p.g.entries[en.gaz-1]
		if g.Kind == KindPlace && g.Of != "" && rec.cues&(cueIn|cueAt) == 0 {
			return FormMetonym // "the Kremlin said", "Washington has said"
		}
		if r.norm(r.text(i)) == r.norm(g.Name) || r.key(r.text(i)) == r.key(g.Name) {
			return FormName
		}
		return FormAlias
	}
	key := r.key(r.text(i))
	switch {
	case key == en.key || en.key == "":
		return FormName
	case en.kind == KindPerson && len(r.nameWords(key)) < len(en.words):
		return FormSurname
	}
	return FormAlias
}

// junk reports whether entity e is no actor at all: a single word that
// nothing knows, of which no mention says what it is, nor acts; such words
// are capitalised as works, products, languages and events are.
func (r *resolver) junk(e int32) bool {
	en := &r.ents[e]
	return en.kind == KindUnknown && en.full >= 0 && len(en.words) <= 1 && !en.anon && en.gaz == 0 && en.name == "" && !en.acts
}
