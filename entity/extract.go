package entity

import (
	"bytes"
	"cmp"
	"slices"
	"strconv"
	"strings"
	"sync"

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
	d := getDoc(a.Source, x.gazetteer())
	d.r.reset(d)
	d.read(a)
	out := d.r.output()
	putDoc(d)
	return out
}

// ent is an entity under construction.
type ent struct {
	name   string
	toks   [][]byte // the name's words, particles left out, in resolver.wbuf
	titles []string
	aff    string
	gaz    int32
	kind   Kind
	hint   Kind
	gender int8
	anon   bool
	plural bool
	// mentions, as a list through resolver.ms: first, last and count
	mfirst, mlast, mn int32
	// surface names, for aliases, as a list through resolver.names
	nfirst, nlast, nn int32
	prevLast          int32 // the previous entity in byLast's list, or -1
}

// A mnode is a mention in a list of one entity's mentions.
type mnode struct {
	start, end int32 // its span
	next       int32
	form       Form
}

// A nnode is a surface name in a list of one entity's names.
type nnode struct {
	s    string
	next int32
}

type resolver struct {
	d *doc
	// the entities; nothing keeps a pointer into it across newEnt
	ents  chunked[ent]
	tab   keyTable // byKey, byLast (then ent.prevLast), byFirst, byGaz, last anonymous, names
	ms    chunked[mnode]
	names chunked[nnode]
	words [][]byte // backing of ent.toks
	wbuf  []byte   // the bytes of ent.toks; a full one is left to the words in it
	tmp   [][]byte // scratch of nameWords
	nbuf  []byte   // scratch: normalised names
	seen  [][2]int // scratch: normalised names in nbuf
	order []uint64 // scratch of output
	here  []antecedent
	// person mentions usable as antecedents, in order
	ante []antecedent
}

// maxLookback bounds how many earlier mentions a pronoun or description
// looks at, which keeps resolution linear.
const maxLookback = 64

// manyNames is how many surface names of an entity addName compares one
// by one; beyond that they are also in the table.
const manyNames = 8

// addName records a surface name of entity ei once.
func (r *resolver) addName(ei int, name string) {
	e := r.ents.at(ei)
	if e.nn <= manyNames {
		for k := e.nfirst; k >= 0; k = r.names.at(int(k)).next {
			if r.names.at(int(k)).s == name {
				return
			}
		}
		if e.nn == manyNames {
			for k := e.nfirst; k >= 0; k = r.names.at(int(k)).next {
				r.tab.set(nsNamed, r.names.at(int(k)).s, int32(ei), 1)
			}
		}
	} else if _, ok := r.tab.get(nsNamed, name, int32(ei)); ok {
		return
	}
	if e.nn >= manyNames {
		r.tab.set(nsNamed, name, int32(ei), 1)
	}
	k := int32(r.names.push(nnode{s: name, next: -1}))
	if e.nn == 0 {
		e.nfirst = k
	} else {
		r.names.at(int(e.nlast)).next = k
	}
	e.nlast = k
	e.nn++
}

type antecedent struct {
	ent     int
	sent    int32
	subject bool // not an object pronoun
	pos     int
}

// addAnte records an antecedent. Resolution looks back at most
// 2*maxLookback antecedents, so a long report keeps only the last ones.
func (r *resolver) addAnte(a antecedent) {
	if len(r.ante) == cap(r.ante) && len(r.ante) >= 16*maxLookback {
		r.ante = r.ante[:copy(r.ante, r.ante[len(r.ante)-2*maxLookback:])]
	}
	r.ante = append(r.ante, a)
}

func (r *resolver) newEnt(e *ent) int {
	e.mfirst, e.mlast, e.nfirst, e.nlast, e.prevLast = -1, -1, -1, -1, -1
	return r.ents.push(*e)
}

// mention records that candidate c mentions entity ei.
func (r *resolver) mention(ei int, c *cand, f Form) {
	e := r.ents.at(ei)
	k := int32(r.ms.push(mnode{start: int32(c.span.Start), end: int32(c.span.End), form: f, next: -1}))
	if e.mn == 0 {
		e.mfirst = k
	} else {
		r.ms.at(int(e.mlast)).next = k
	}
	e.mlast = k
	e.mn++
	c.ent = int32(ei + 1)
}

// run resolves the candidates of the window just read.
func (r *resolver) run() {
	d := r.d
	cands := d.cands
	for ci := range cands {
		c := &cands[ci]
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
				if ei := r.entOfCand(n); ei >= 0 {
					r.mention(ei, c, FormTitle)
				}
				n.kind = 0 // done
				continue
			}
		}
		r.resolve(ci, c)
	}
}

// nameWords returns the words of a name candidate's key, particles left
// out, as parts of the key in a scratch slice that the next call reuses. A
// word's lists are its token's, unless the token's key has several words.
func (r *resolver) nameWords(c *cand) [][]byte {
	d := r.d
	w := r.tmp[:0]
	end := d.toks[c.tok].kstart + int32(len(c.key))
	for m := int(c.tok); m < len(d.toks) && d.toks[m].kend <= end; m++ {
		t := &d.toks[m]
		k := d.key(*t)
		if t.flags&fSpaced == 0 {
			if len(k) > 0 && !d.keyIn(t, d.lx.particles) {
				w = append(w, k)
			}
			continue
		}
		for len(k) > 0 {
			var f []byte
			f, k, _ = bytes.Cut(k, []byte{' '})
			if len(f) > 0 && !d.lx.in(f, d.lx.particles) {
				w = append(w, f)
			}
		}
	}
	r.tmp = w
	return w
}

// keep copies words out of the scratch slice and out of d.arena, which
// holds one window, into r.words and r.wbuf.
func (r *resolver) keep(words [][]byte) [][]byte {
	n := 0
	for _, w := range words {
		n += len(w)
	}
	if len(r.wbuf)+n > cap(r.wbuf) {
		// a new buffer: the words kept so far keep the old one
		r.wbuf = make([]byte, 0, max(min(2*cap(r.wbuf), maxWordBuf), n, 256))
	}
	from := len(r.words)
	for _, w := range words {
		at := len(r.wbuf)
		r.wbuf = append(r.wbuf, w...)
		r.words = append(r.words, r.wbuf[at:len(r.wbuf):len(r.wbuf)])
	}
	return r.words[from:len(r.words):len(r.words)]
}

// maxWordBuf bounds the buffers of kept words.
const maxWordBuf = 64 << 10

// compatible reports whether one name's words are the end of the other's:
// "Assad" and "Bashar Assad", "Bashar Assad" and "Bashar al Assad".
func compatible(short, long [][]byte) bool {
	if len(short) == 0 || len(short) > len(long) {
		return false
	}
	if len(short) == 1 {
		return bytes.Equal(short[0], long[len(long)-1])
	}
	return slices.EqualFunc(short, long, bytes.Equal) || bytes.Equal(short[0], long[0]) && bytes.Equal(short[len(short)-1], long[len(long)-1])
}

func (r *resolver) resolve(ci int, c *cand) {
	d := r.d
	src := d.src
	switch c.kind {
	case cGaz:
		e32, ok := r.tab.get(nsGaz, "", c.gaz)
		ei := int(e32)
		if !ok {
			en := d.g.entries[c.gaz]
			ei = r.newEnt(&ent{name: en.Name, kind: en.Kind, gaz: c.gaz, aff: en.Of})
			r.tab.set(nsGaz, "", c.gaz, int32(ei))
		}
		if c.aff != "" && r.ents.at(ei).aff == "" {
			r.ents.at(ei).aff = c.aff
		}
		r.mention(ei, c, c.form)
		if c.form == FormName || c.form == FormAlias {
			r.addName(ei, c.span.Text(src))
		}
	case cOrg:
		e32, ok := r.tab.getBytes(nsKey, c.key, 0)
		ei := int(e32)
		if !ok {
			if c.heading {
				return
			}
			ei = r.newEnt(&ent{name: c.span.Text(src), kind: KindOrganization, gaz: -1})
			r.setKey(c.key, ei)
			if w := r.nameWords(c); len(w) > 1 {
				r.tab.setBytes(nsFirst, w[0], 0, int32(ei))
			}
		}
		r.mention(ei, c, FormName)
	case cName:
		r.resolveName(c)
	case cAppos:
		if c.link < 0 || int(c.link) >= len(d.cands) {
			return
		}
		ei := r.entOfCand(&d.cands[c.link])
		if ei < 0 {
			return
		}
		e := r.ents.at(ei)
		e.titles = appendNew(e.titles, c.titles...)
		if e.aff == "" {
			e.aff = c.aff
		}
		if e.gender == 0 {
			e.gender = c.gender
		}
		e.kind = KindPerson
		r.mention(ei, c, FormTitle)
	case cPronoun:
		if ei := r.pronoun(c); ei >= 0 {
			f := FormPronoun
			r.mention(ei, c, f)
			e := r.ents.at(ei)
			if e.gender == 0 && c.gender != 0 {
				e.gender = c.gender
			}
			if e.kind == KindUnknown && !c.plural {
				e.kind = KindPerson
			}
			r.addAnte(antecedent{ent: ei, sent: c.sent, subject: c.pcase == pSubj, pos: c.span.Start})
		}
	case cAnon, cDef:
		r.resolveDescription(c)
	}
}

func (r *resolver) setKey(key []byte, ei int) {
	r.tab.setBytes(nsKey, key, 0, int32(ei))
}

// entOfCand finds the entity that candidate c was resolved to: the one
// with a mention at c's span. Candidates' spans never overlap, so this is
// the entity of that span.
func (r *resolver) entOfCand(c *cand) int {
	if c.ent > 0 {
		return int(c.ent) - 1
	}
	return -1
}

func appendNew(list []string, more ...string) []string {
	if len(list) == 0 && len(more) == 1 && more[0] != "" {
		return slices.Clip(more) // shared, never written to: appends copy
	}
	for _, m := range more {
		if m != "" && !slices.ContainsFunc(list, func(s string) bool { return strings.EqualFold(s, m) }) {
			list = append(list, m)
		}
	}
	return list
}

func (r *resolver) resolveName(c *cand) {
	d := r.d
	words := r.nameWords(c)
	if len(words) == 0 {
		return
	}
	ei := -1
	form := FormName
	if i, ok := r.tab.getBytes(nsKey, c.key, 0); ok {
		ei = int(i)
		if len(r.ents.at(ei).toks) > len(words) {
			form = FormSurname
		}
	} else {
		// the most recent compatible person: a surname, or a fuller name;
		// both share the last word
		i := int32(-1)
		if h, ok := r.tab.getBytes(nsLast, words[len(words)-1], 0); ok {
			i = h
		}
		for ; i >= 0; i = r.ents.at(int(i)).prevLast {
			e := r.ents.at(int(i))
			if e.gaz >= 0 || e.anon || e.kind == KindOrganization || e.kind == KindPlace || len(e.toks) == 0 {
				continue
			}
			if compatible(words, e.toks) {
				ei = int(i)
				if len(words) < len(e.toks) {
					form = FormSurname
				}
				break
			}
			if compatible(e.toks, words) {
				if c.heading {
					break // a heading's capitalised words are no fuller name: "Lavrov Meets Kerry"
				}
				// a fuller name for a person met by surname: "President Obama", later "Barack Obama"
				ei = int(i)
				r.upgrade(ei, c, words)
				break
			}
		}
		// an organisation by its first word: "Observatory" for "Observatory for Human Rights"
		if ei < 0 && len(words) == 1 {
			if o, ok := r.tab.getBytes(nsFirst, words[0], 0); ok {
				ei, form = int(o), FormAlias
			}
		}
	}
	if ei < 0 {
		if c.heading && len(words) > 1 {
			r.headingWords(c)
		}
		if c.heading {
			return
		}
		ei = r.newEnt(&ent{name: c.span.Text(d.src), toks: r.keep(words), gaz: -1, hint: c.hint})
		r.setKey(c.key, ei)
		lw := words[len(words)-1]
		if prev, ok := r.tab.getBytes(nsLast, lw, 0); ok {
			r.ents.at(ei).prevLast = prev
		}
		r.tab.setBytes(nsLast, lw, 0, int32(ei))
	} else if _, ok := r.tab.getBytes(nsKey, c.key, 0); !ok {
		r.setKey(c.key, ei)
	}
	e := r.ents.at(ei)
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
	r.mention(ei, c, form)
	if !c.quoted && e.hint != KindPlace && e.hint != KindOrganization {
		r.addAnte(antecedent{ent: ei, sent: c.sent, subject: true, pos: c.span.Start})
	}
}

// headingWords resolves on its own each word of a heading's run of
// capitalised words that names no entity as a whole, since headings
// capitalise every word: "Lavrov Meets Kerry" mentions Lavrov and Kerry.
func (r *resolver) headingWords(c *cand) {
	d := r.d
	for m := int(c.tok); m < len(d.toks) && int(d.toks[m].start) < c.span.End; m++ {
		t := &d.toks[m]
		if t.flags&(fCap|fSpaced) != fCap || d.keyIn(t, d.lx.particles) || d.keyIn(t, d.lx.stop) {
			continue
		}
		w := cand{span: d.span(m, m+1), kind: cName, key: d.key(*t), tok: int32(m), sent: c.sent, heading: true}
		r.resolveName(&w)
	}
}

// upgrade gives person ei, met by surname, the fuller name now found.
func (r *resolver) upgrade(ei int, c *cand, words [][]byte) {
	e := r.ents.at(ei)
	for k := e.mfirst; k >= 0; k = r.ms.at(int(k)).next {
		if r.ms.at(int(k)).form == FormName {
			r.ms.at(int(k)).form = FormSurname
		}
	}
	e.name, e.toks = c.span.Text(r.d.src), r.keep(words)
	r.setKey(c.key, ei)
}

func (r *resolver) resolveDescription(c *cand) {
	d := r.d
	text := c.span.Text(d.src)
	if c.kind == cDef {
		// a title description: the person who holds that title in this report
		if len(c.titles) > 0 {
			want := c.titles[0]
			for i := len(r.ante) - 1; i >= 0 && len(r.ante)-i <= maxLookback; i-- {
				e := r.ents.at(r.ante[i].ent)
				if e.anon || !slices.ContainsFunc(e.titles, func(t string) bool { return hasSuffixFold(t, want) }) {
					continue
				}
				if c.aff != "" && e.aff != "" && c.aff != e.aff {
					continue
				}
				ei := r.ante[i].ent
				r.mention(ei, c, FormTitle)
				r.addAnte(antecedent{ent: ei, sent: c.sent, subject: true, pos: c.span.Start})
				return
			}
		}
		// no holder named: the most recent person with that affiliation and a
		// title, within a few sentences ("Top US envoy John Kerry" ... "The
		// US secretary of state")
		if len(c.titles) > 0 && c.aff != "" {
			for i := len(r.ante) - 1; i >= 0 && c.sent-r.ante[i].sent <= 4 && len(r.ante)-i <= maxLookback; i-- {
				ei := r.ante[i].ent
				e := r.ents.at(ei)
				if e.anon || e.aff != c.aff || len(e.titles) == 0 || e.kind == KindGroup {
					continue
				}
				e.titles = appendNew(e.titles, c.titles...)
				r.mention(ei, c, FormTitle)
				r.addAnte(antecedent{ent: ei, sent: c.sent, subject: true, pos: c.span.Start})
				return
			}
		}
		// "the official": the anonymous source met before
		if ei, ok := r.lastAnon(c.key, c.plural); ok {
			r.mention(ei, c, FormAnonymous)
			r.addAnte(antecedent{ent: ei, sent: c.sent, subject: true, pos: c.span.Start})
			return
		}
		if c.heading {
			return
		}
		kind := KindPerson
		if c.plural {
			kind = KindGroup
		}
		ei := r.newEnt(&ent{name: text, kind: kind, gaz: -1, titles: c.titles, aff: c.aff, anon: len(c.titles) == 0, plural: c.plural})
		f := FormAnonymous
		if len(c.titles) > 0 {
			f = FormTitle
		}
		r.mention(ei, c, f)
		r.setLastAnon(c.key, c.plural, ei)
		r.addAnte(antecedent{ent: ei, sent: c.sent, subject: true, pos: c.span.Start})
		return
	}
	kind := KindPerson
	if c.plural {
		kind = KindGroup
	}
	ei := r.newEnt(&ent{name: text, kind: kind, gaz: -1, aff: c.aff, anon: true, plural: c.plural})
	r.mention(ei, c, FormAnonymous)
	r.setLastAnon(c.key, c.plural, ei)
	if !c.quoted {
		r.addAnte(antecedent{ent: ei, sent: c.sent, subject: true, pos: c.span.Start})
	}
}

// hasSuffixFold reports whether the lower-cased t ends with the lower-cased
// suffix, without allocating when both are ASCII.
func hasSuffixFold(t, suffix string) bool {
	if !isASCII(t) || !isASCII(suffix) {
		return strings.HasSuffix(strings.ToLower(t), strings.ToLower(suffix))
	}
	if len(suffix) > len(t) {
		return false
	}
	return strings.EqualFold(t[len(t)-len(suffix):], suffix)
}

func (r *resolver) lastAnon(head []byte, plural bool) (int, bool) {
	ei, ok := r.tab.getBytes(nsAnon, head, b2i(plural))
	return int(ei), ok
}

func (r *resolver) setLastAnon(head []byte, plural bool, ei int) {
	r.tab.setBytes(nsAnon, head, b2i(plural), int32(ei))
}

func b2i(b bool) int32 {
	if b {
		return 1
	}
	return 0
}

// fits reports whether entity ei can be what a pronoun of this gender and
// number refers to.
func (r *resolver) fits(ei int, c *cand) bool {
	e := r.ents.at(ei)
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
	here := r.here[:0]
	defer func() { r.here = here[:0] }()
	k := len(r.ante)
	for k > 0 && r.ante[k-1].sent == c.sent && len(r.ante)-k < maxLookback {
		k--
	}
	for _, a := range r.ante[k:] {
		if a.pos < c.span.Start && r.fits(a.ent, c) {
			here = append(here, a)
		}
	}
	if len(here) > 0 {
		switch c.pcase {
		case pSubj:
			for _, a := range here {
				if a.subject {
					return a.ent
				}
			}
		case pPoss:
			return here[len(here)-1].ent
		case pObj:
			first := here[0].ent
			for i := len(here) - 1; i >= 0; i-- {
				if ei := here[i].ent; ei != first {
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
			if a.subject && r.fits(a.ent, c) {
				return a.ent
			}
		}
		k = j
	}
	return -1
}

// output turns the entities into their final form. The entities' mentions
// share one backing array, and their titles and aliases another, each
// slice capped so that appending to it copies.
func (r *resolver) output() []Entity {
	// the entities in order of first mention, then of creation: each as
	// its first mention's start and its index, sorted
	nm, ns := 0, 0
	order := slices.Grow(r.order[:0], r.ents.len())
	for i := range r.ents.len() {
		e := r.ents.at(i)
		if e.mn == 0 {
			continue
		}
		nm += int(e.mn)
		ns += len(e.titles) + int(e.nn)
		first := r.ms.at(int(e.mfirst)).start
		for k := e.mfirst; k >= 0; k = r.ms.at(int(k)).next {
			first = min(first, r.ms.at(int(k)).start)
		}
		order = append(order, uint64(uint32(first))<<32|uint64(i))
	}
	if len(order) == 0 {
		return nil
	}
	slices.Sort(order)
	r.order = order
	out := make([]Entity, len(order))
	ms := make([]Mention, 0, nm)
	strs := make([]string, 0, ns)
	for i, o := range order {
		e := r.ents.at(int(uint32(o)))
		m0 := len(ms)
		for k := e.mfirst; k >= 0; k = r.ms.at(int(k)).next {
			n := r.ms.at(int(k))
			ms = append(ms, Mention{Span: article.Span{Start: int(n.start), End: int(n.end)}, Form: n.form})
		}
		mentions := ms[m0:len(ms):len(ms)]
		slices.SortFunc(mentions, func(a, b Mention) int { return cmp.Compare(a.Span.Start, b.Span.Start) })
		kind := e.kind
		if kind == KindUnknown {
			kind = e.hint
			if kind == KindUnknown && len(e.toks) >= 2 {
				kind = KindPerson
			}
		}
		// filled in place: an Entity built aside costs a bulk write barrier to copy
		en := &out[i]
		en.Name, en.Kind, en.Affiliation, en.Anonymous, en.Mentions = e.name, kind, e.aff, e.anon, mentions
		if len(e.titles) > 0 {
			s0 := len(strs)
			strs = append(strs, e.titles...)
			en.Titles = strs[s0:len(strs):len(strs)]
		}
		if kind == KindPerson && en.Affiliation == en.Name {
			en.Affiliation = ""
		}
		s0 := len(strs)
		strs = r.aliases(e, strs)
		if len(strs) > s0 {
			en.Aliases = strs[s0:len(strs):len(strs)]
		}
	}
	ids := entityIDs()
	for i := range min(len(out), len(ids)) {
		out[i].ID = ids[i]
	}
	if len(out) > len(ids) {
		// the rest as substrings of one string: "e257e258..."
		var b []byte
		for i := len(ids); i < len(out); i++ {
			b = append(b, 'e')
			b = strconv.AppendInt(b, int64(i+1), 10)
		}
		all := string(b)
		at := 0
		for i := len(ids); i < len(out); i++ {
			n := 1 + idDigits(i+1)
			out[i].ID = all[at : at+n]
			at += n
		}
	}
	return out
}

// aliases appends to strs the names of e that differ from its name and
// from each other under NormalizeName, in order.
func (r *resolver) aliases(e *ent, strs []string) []string {
	// the normalised names, in r.nbuf; computed only when there is another name
	r.nbuf = r.nbuf[:0]
	seen := r.seen[:0]
	var seenSet map[string]bool // when there are many
	for k := e.nfirst; k >= 0; k = r.names.at(int(k)).next {
		n := r.names.at(int(k)).s
		if n == e.name {
			continue
		}
		if len(seen) == 0 {
			seen = append(seen, r.normKey(e.name))
		}
		nk := r.normKey(n)
		key := r.nbuf[nk[0]:nk[1]]
		found := false
		if seenSet != nil {
			found = seenSet[string(key)]
		} else {
			for _, sk := range seen {
				if string(r.nbuf[sk[0]:sk[1]]) == string(key) {
					found = true
					break
				}
			}
		}
		if found {
			r.nbuf = r.nbuf[:nk[0]]
			continue
		}
		seen = append(seen, nk)
		strs = append(strs, n)
		if seenSet != nil {
			seenSet[string(key)] = true
		} else if len(seen) > 16 {
			seenSet = make(map[string]bool, 2*len(seen))
			for _, sk := range seen {
				seenSet[string(r.nbuf[sk[0]:sk[1]])] = true
			}
		}
	}
	r.seen = seen[:0]
	return strs
}

// normKey appends NormalizeName(s) to r.nbuf and returns where it lies.
func (r *resolver) normKey(s string) [2]int {
	a := len(r.nbuf)
	if isASCII(s) {
		r.nbuf = appendNormASCII(r.nbuf, s)
	} else {
		r.nbuf = append(r.nbuf, NormalizeName(s)...)
	}
	return [2]int{a, len(r.nbuf)}
}

// idDigits returns the number of decimal digits of n > 0.
func idDigits(n int) int {
	d := 1
	for n >= 10 {
		n /= 10
		d++
	}
	return d
}

// entityIDs returns "e1", "e2", ... for the first entities of a report.
var entityIDs = sync.OnceValue(func() []string {
	ids := make([]string, 256)
	for i := range ids {
		ids[i] = "e" + strconv.Itoa(i+1)
	}
	return ids
})
