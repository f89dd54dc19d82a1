package entity

import (
	"cmp"
	"slices"
	"strconv"
	"strings"

	"github.com/newsmodel/newsmodel/article"
)

// An Extractor finds the entities of news reports. The zero Extractor is
// ready to use and uses the [Builtin] gazetteer. An Extractor is safe for
// concurrent use: extraction never modifies it.
type Extractor struct {
	// Gazetteer names the known actors; nil means [Builtin]. To add
	// entries, use Builtin().With(...); to replace the set, use
	// [ParseGazetteer] or [NewGazetteer].
	Gazetteer *Gazetteer
}

func (x *Extractor) gazetteer() *Gazetteer {
	if x == nil || x.Gazetteer == nil {
		return Builtin()
	}
	return x.Gazetteer
}

// Extract finds the entities of a with the zero [Extractor].
func Extract(a *article.Article) []Entity { return new(Extractor).Extract(a) }

// Extract finds the entities of a report: every person, organisation, place
// and group it names, each with all its mentions, resolved within the
// report. Entities are in order of first mention and numbered "e1", "e2",
// ...; mentions are in document order, and mentions of different entities
// never overlap.
//
// A name mention spans the name alone: in "Russian President Vladimir
// Putin" the mention of Putin is "Vladimir Putin", "President" becomes a
// title and "Russian" a demonym mention of Russia, whose name becomes
// Putin's affiliation. An anonymous description spans the whole phrase,
// with its modifiers ("a senior US official", "officials at the State
// Department"). A pronoun is a mention of the person it is resolved to, and
// left out when it cannot be resolved. Possessive endings are never inside a
// span ("Assad" in "Assad's").
//
// Body and heading paragraphs are read; boilerplate is not. In headings,
// capitalised words are names only when the gazetteer or the body knows
// them.
func (x *Extractor) Extract(a *article.Article) []Entity {
	if a == nil {
		return nil
	}
	d := &doc{src: a.Source, g: x.gazetteer(), lx: lex()}
	d.prepare(a)
	d.find()
	r := resolver{d: d, byGaz: map[int32]int{}, byKey: map[string]int{}, byLast: map[string][]int{}, byFirst: map[string][]int{}, bySpan: map[article.Span]int{}, named: map[entName]bool{}}
	return r.run()
}

// ent is an entity under construction.
type ent struct {
	name     string
	key      string
	toks     []string // the name's words, particles left out
	kind     Kind
	hint     Kind
	gaz      int32
	titles   []string
	aff      string
	anon     bool
	gender   int8
	head     string
	plural   bool
	mentions []Mention
	names    []string // surface names, for aliases
	merged   int      // index of the entity this one was merged into, or -1
}

type resolver struct {
	d       *doc
	byLast  map[string][]int     // person entities by the last word of their name
	byFirst map[string][]int     // organisations by the first word of their name
	bySpan  map[article.Span]int // the entity of each mention
	named   map[entName]bool     // surface names already recorded
	ents    []*ent
	byGaz   map[int32]int
	byKey   map[string]int
	// person mentions usable as antecedents, in order
	ante []antecedent
	last map[string]int // most recent anonymous entity by head
}

// maxLookback bounds how many earlier mentions a pronoun or description
// looks at, which keeps resolution linear.
const maxLookback = 64

type entName struct {
	ent  int
	name string
}

// addName records a surface name of entity ei once.
func (r *resolver) addName(ei int, name string) {
	if k := (entName{ei, name}); !r.named[k] {
		r.named[k] = true
		r.ents[ei].names = append(r.ents[ei].names, name)
	}
}

type antecedent struct {
	ent     int
	sent    int
	subject bool // not an object pronoun
	pos     int
}

func (r *resolver) newEnt(e *ent) int {
	e.merged = -1
	r.ents = append(r.ents, e)
	return len(r.ents) - 1
}

func (r *resolver) mention(ei int, s article.Span, f Form) {
	e := r.ents[ei]
	e.mentions = append(e.mentions, Mention{Span: s, Form: f})
	r.bySpan[s] = ei
}

func (r *resolver) run() []Entity {
	d := r.d
	r.last = map[string]int{}
	cands := d.cands
	// body first, headings after, so headings only find what the body knows
	for pass := range 2 {
		for ci := range cands {
			c := &cands[ci]
			if c.heading != (pass == 1) {
				continue
			}
			// "The Dutch prime minister, Mark Rutte,": the title names the person that follows
			if c.kind == cDef && len(c.titles) > 0 && ci+1 < len(cands) {
				n := &cands[ci+1]
				if n.kind == cName && n.sent == c.sent && strings.TrimSpace(d.src[c.span.End:n.span.Start]) == "," {
					n.titles = appendNew(n.titles, c.titles...)
					if n.aff == "" {
						n.aff = c.aff
					}
					n.hint = KindPerson
					r.resolve(ci+1, n)
					if ei := r.entOfSpan(n.span); ei >= 0 {
						r.mention(ei, c.span, FormTitle)
					}
					n.kind = 0 // done
					continue
				}
			}
			r.resolve(ci, c)
		}
	}
	return r.output()
}

func nameWords(key string, lx *lexicon) []string {
	var out []string
	for _, w := range strings.Fields(key) {
		if !lx.particles.has(w) {
			out = append(out, w)
		}
	}
	return out
}

// compatible reports whether one name's words are the end of the other's:
// "Assad" and "Bashar Assad", "Bashar Assad" and "Bashar al Assad".
func compatible(short, long []string) bool {
	if len(short) == 0 || len(short) > len(long) {
		return false
	}
	if len(short) == 1 {
		return short[0] == long[len(long)-1]
	}
	return slices.Equal(short, long) || short[0] == long[0] && short[len(short)-1] == long[len(long)-1]
}

func (r *resolver) resolve(ci int, c *cand) {
	d := r.d
	src := d.src
	switch c.kind {
	case cGaz:
		ei, ok := r.byGaz[c.gaz]
		if !ok {
			en := d.g.entries[c.gaz]
			ei = r.newEnt(&ent{name: en.Name, kind: en.Kind, gaz: c.gaz, aff: en.Of})
			r.byGaz[c.gaz] = ei
		}
		if c.aff != "" && r.ents[ei].aff == "" {
			r.ents[ei].aff = c.aff
		}
		r.mention(ei, c.span, c.form)
		if c.form == FormName || c.form == FormAlias {
			r.addName(ei, c.span.Text(src))
		}
	case cOrg:
		ei, ok := r.byKey[c.key]
		if !ok {
			if c.heading {
				return
			}
			ei = r.newEnt(&ent{name: c.span.Text(src), key: c.key, kind: KindOrganization, gaz: -1})
			r.byKey[c.key] = ei
			if w := nameWords(c.key, d.lx); len(w) > 1 {
				r.byFirst[w[0]] = append(r.byFirst[w[0]], ei)
			}
		}
		r.mention(ei, c.span, FormName)
	case cName:
		r.resolveName(c)
	case cAppos:
		if c.link < 0 || c.link >= len(d.cands) {
			return
		}
		ei := r.entOfSpan(d.cands[c.link].span)
		if ei < 0 {
			return
		}
		e := r.ents[ei]
		e.titles = appendNew(e.titles, c.titles...)
		if e.aff == "" {
			e.aff = c.aff
		}
		if e.gender == 0 {
			e.gender = c.gender
		}
		e.kind = KindPerson
		r.mention(ei, c.span, FormTitle)
	case cPronoun:
		if ei := r.pronoun(c); ei >= 0 {
			f := FormPronoun
			r.mention(ei, c.span, f)
			e := r.ents[ei]
			if e.gender == 0 && c.gender != 0 {
				e.gender = c.gender
			}
			if e.kind == KindUnknown && !c.plural {
				e.kind = KindPerson
			}
			r.ante = append(r.ante, antecedent{ent: ei, sent: c.sent, subject: c.pcase == pSubj, pos: c.span.Start})
		}
	case cAnon, cDef:
		r.resolveDescription(c)
	}
}

// entOfSpan finds the entity that has a mention at s.
func (r *resolver) entOfSpan(s article.Span) int {
	if ei, ok := r.bySpan[s]; ok {
		return r.root(ei)
	}
	return -1
}

func (r *resolver) root(i int) int {
	for r.ents[i].merged >= 0 {
		i = r.ents[i].merged
	}
	return i
}

func appendNew(list []string, more ...string) []string {
	for _, m := range more {
		if m != "" && !slices.ContainsFunc(list, func(s string) bool { return strings.EqualFold(s, m) }) {
			list = append(list, m)
		}
	}
	return list
}

func (r *resolver) resolveName(c *cand) {
	d := r.d
	words := nameWords(c.key, d.lx)
	if len(words) == 0 {
		return
	}
	ei := -1
	form := FormName
	if i, ok := r.byKey[c.key]; ok {
		ei = r.root(i)
		if len(r.ents[ei].toks) > len(words) {
			form = FormSurname
		}
	} else {
		// the most recent compatible person: a surname, or a fuller name;
		// both share the last word
		cands := r.byLast[words[len(words)-1]]
		for k := len(cands) - 1; k >= 0; k-- {
			i := cands[k]
			e := r.ents[i]
			if e.merged >= 0 || e.gaz >= 0 || e.anon || e.kind == KindOrganization || e.kind == KindPlace || len(e.toks) == 0 {
				continue
			}
			if compatible(words, e.toks) {
				ei = i
				if len(words) < len(e.toks) {
					form = FormSurname
				}
				break
			}
			if compatible(e.toks, words) {
				// a fuller name for a person met by surname: "President Obama", later "Barack Obama"
				ei = i
				r.upgrade(e, c, words)
				break
			}
		}
		// an organisation by its first word: "Observatory" for "Observatory for Human Rights"
		if ei < 0 && len(words) == 1 {
			if os := r.byFirst[words[0]]; len(os) > 0 {
				ei, form = os[len(os)-1], FormAlias
			}
		}
	}
	if ei < 0 {
		if c.heading {
			return
		}
		ei = r.newEnt(&ent{name: c.span.Text(d.src), key: c.key, toks: words, gaz: -1, hint: c.hint})
		r.byKey[c.key] = ei
		r.byLast[words[len(words)-1]] = append(r.byLast[words[len(words)-1]], ei)
	} else if _, ok := r.byKey[c.key]; !ok {
		r.byKey[c.key] = ei
	}
	e := r.ents[ei]
	e.titles = appendNew(e.titles, c.titles...)
	if e.aff == "" {
		e.aff = c.aff
	}
	if e.gender == 0 {
		e.gender = c.gender
	}
	if e.hint == KindUnknown || c.hint == KindPerson {
		e.hint = max(e.hint, c.hint)
		if c.hint == KindPerson {
			e.hint = KindPerson
		}
	}
	if form == FormName {
		r.addName(ei, c.span.Text(d.src))
	}
	r.mention(ei, c.span, form)
	if !c.quoted && e.hint != KindPlace && e.hint != KindOrganization {
		r.ante = append(r.ante, antecedent{ent: ei, sent: c.sent, subject: true, pos: c.span.Start})
	}
}

// upgrade gives a person met by surname the fuller name now found.
func (r *resolver) upgrade(e *ent, c *cand, words []string) {
	for i := range e.mentions {
		if e.mentions[i].Form == FormName {
			e.mentions[i].Form = FormSurname
		}
	}
	e.name, e.key, e.toks = c.span.Text(r.d.src), c.key, words
	r.byKey[c.key] = slices.Index(r.ents, e)
}

func (r *resolver) resolveDescription(c *cand) {
	d := r.d
	text := c.span.Text(d.src)
	if c.kind == cDef {
		// a title description: the person who holds that title in this report
		if len(c.titles) > 0 {
			want := strings.ToLower(c.titles[0])
			for i := len(r.ante) - 1; i >= 0 && len(r.ante)-i <= maxLookback; i-- {
				e := r.ents[r.root(r.ante[i].ent)]
				if e.anon || !slices.ContainsFunc(e.titles, func(t string) bool { return strings.HasSuffix(strings.ToLower(t), want) }) {
					continue
				}
				if c.aff != "" && e.aff != "" && c.aff != e.aff {
					continue
				}
				ei := r.root(r.ante[i].ent)
				r.mention(ei, c.span, FormTitle)
				r.ante = append(r.ante, antecedent{ent: ei, sent: c.sent, subject: true, pos: c.span.Start})
				return
			}
		}
		// no holder named: the most recent person with that affiliation and a
		// title, within a few sentences ("Top US envoy John Kerry" ... "The
		// US secretary of state")
		if len(c.titles) > 0 && c.aff != "" {
			for i := len(r.ante) - 1; i >= 0 && c.sent-r.ante[i].sent <= 4 && len(r.ante)-i <= maxLookback; i-- {
				ei := r.root(r.ante[i].ent)
				e := r.ents[ei]
				if e.anon || e.aff != c.aff || len(e.titles) == 0 || e.kind == KindGroup {
					continue
				}
				e.titles = appendNew(e.titles, c.titles...)
				r.mention(ei, c.span, FormTitle)
				r.ante = append(r.ante, antecedent{ent: ei, sent: c.sent, subject: true, pos: c.span.Start})
				return
			}
		}
		// "the official": the anonymous source met before
		if ei, ok := r.last[headKey(c.head, c.plural)]; ok {
			r.mention(ei, c.span, FormAnonymous)
			r.ante = append(r.ante, antecedent{ent: ei, sent: c.sent, subject: true, pos: c.span.Start})
			return
		}
		if c.heading {
			return
		}
		kind := KindPerson
		if c.plural {
			kind = KindGroup
		}
		ei := r.newEnt(&ent{name: text, kind: kind, gaz: -1, titles: c.titles, aff: c.aff, anon: len(c.titles) == 0, plural: c.plural, head: c.head})
		f := FormAnonymous
		if len(c.titles) > 0 {
			f = FormTitle
		}
		r.mention(ei, c.span, f)
		r.last[headKey(c.head, c.plural)] = ei
		r.ante = append(r.ante, antecedent{ent: ei, sent: c.sent, subject: true, pos: c.span.Start})
		return
	}
	kind := KindPerson
	if c.plural {
		kind = KindGroup
	}
	ei := r.newEnt(&ent{name: text, kind: kind, gaz: -1, aff: c.aff, anon: true, plural: c.plural, head: c.head})
	r.mention(ei, c.span, FormAnonymous)
	r.last[headKey(c.head, c.plural)] = ei
	if !c.quoted {
		r.ante = append(r.ante, antecedent{ent: ei, sent: c.sent, subject: true, pos: c.span.Start})
	}
}

func headKey(head string, plural bool) string {
	if plural {
		return head + "/pl"
	}
	return head
}

// fits reports whether entity ei can be what a pronoun of this gender and
// number refers to.
func (r *resolver) fits(ei int, c *cand) bool {
	e := r.ents[ei]
	if c.plural {
		return e.kind == KindGroup || e.plural
	}
	if e.plural || e.kind == KindGroup || e.kind == KindOrganization || e.kind == KindPlace || e.gaz >= 0 {
		return false
	}
	if e.hint == KindPlace || e.hint == KindOrganization {
		return false
	}
	return e.gender == 0 || c.gender == 0 || e.gender == c.gender
}

// pronoun resolves a pronoun to the salient entity: in its own sentence,
// the subject for "he" and "she", the most recent other person for "him",
// the most recent for "his"; else the subject of the nearest earlier
// sentence (within three) that has a fitting one.
func (r *resolver) pronoun(c *cand) int {
	// candidates in this sentence, before the pronoun
	var here []antecedent
	k := len(r.ante)
	for k > 0 && r.ante[k-1].sent == c.sent && len(r.ante)-k < maxLookback {
		k--
	}
	for _, a := range r.ante[k:] {
		if a.pos < c.span.Start && r.fits(r.root(a.ent), c) {
			here = append(here, a)
		}
	}
	if len(here) > 0 {
		switch c.pcase {
		case pSubj:
			for _, a := range here {
				if a.subject {
					return r.root(a.ent)
				}
			}
		case pPoss:
			return r.root(here[len(here)-1].ent)
		case pObj:
			first := r.root(here[0].ent)
			for i := len(here) - 1; i >= 0; i-- {
				if ei := r.root(here[i].ent); ei != first {
					return ei
				}
			}
		}
	}
	// earlier sentences: the first fitting subject of the nearest one
	for k > 0 && len(r.ante)-k < maxLookback {
		s := r.ante[k-1].sent
		if c.sent-s > 3 {
			break
		}
		j := k
		for j > 0 && r.ante[j-1].sent == s && k-j < maxLookback {
			j--
		}
		for _, a := range r.ante[j:k] {
			if a.subject && r.fits(r.root(a.ent), c) {
				return r.root(a.ent)
			}
		}
		k = j
	}
	return -1
}

// output turns the entities into their final form.
func (r *resolver) output() []Entity {
	var out []Entity
	for _, e := range r.ents {
		if e.merged >= 0 || len(e.mentions) == 0 {
			continue
		}
		slices.SortFunc(e.mentions, func(a, b Mention) int { return cmp.Compare(a.Span.Start, b.Span.Start) })
		kind := e.kind
		if kind == KindUnknown {
			kind = e.hint
			if kind == KindUnknown && len(e.toks) >= 2 {
				kind = KindPerson
			}
		}
		en := Entity{Name: e.name, Kind: kind, Titles: e.titles, Affiliation: e.aff, Anonymous: e.anon, Mentions: e.mentions}
		if kind == KindPerson && en.Affiliation == en.Name {
			en.Affiliation = ""
		}
		nk := NormalizeName(e.name)
		seen := []string{nk}
		for _, n := range e.names {
			if n == e.name {
				continue
			}
			k := NormalizeName(n)
			if !slices.Contains(seen, k) {
				seen = append(seen, k)
				en.Aliases = append(en.Aliases, n)
			}
		}
		out = append(out, en)
	}
	slices.SortStableFunc(out, func(a, b Entity) int { return cmp.Compare(a.Mentions[0].Span.Start, b.Mentions[0].Span.Start) })
	for i := range out {
		out[i].ID = "e" + strconv.Itoa(i+1)
	}
	return out
}
