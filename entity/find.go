package entity

import (
	"bytes"

	"github.com/newsmodel/newsmodel/article"
)

// candKind tells what a candidate mention is.
type candKind uint8

const (
	cGaz     candKind = iota + 1 // a gazetteer name, alias, demonym or metonym
	cName                        // a capitalised name: a person, or unknown
	cOrg                         // a capitalised organisation name not in the gazetteer
	cPronoun                     // he, she, they ...
	cAnon                        // an indefinite description: "a senior US official"
	cDef                         // a definite description: "the official", "The US secretary of state"
	cAppos                       // a title in apposition: "Lavrov, Russia's foreign minister,"
)

// pronoun cases
const (
	pSubj = iota + 1
	pObj
	pPoss
)

// A cand is a mention found before resolution.
type cand struct {
	span    article.Span
	key     []byte // the name's key, or the head noun of a description, in doc.arena
	titles  []string
	aff     string
	sent    int32
	gaz     int32 // entry, for cGaz
	link    int32 // for cAppos: index of the name candidate it describes
	ent     int32 // 1 + the entity it was resolved to, or 0
	tok     int32 // for cName and cOrg: the name's first token
	kind    candKind
	form    Form
	hint    Kind
	gender  int8 // 1 male, 2 female
	pcase   int8 // for pronouns
	plural  bool
	quoted  bool
	heading bool
}

// doc is the state of one extraction. It is never shared.
type doc struct {
	src      string
	g        *Gazetteer
	lx       *lexicon
	arena    []byte           // the window's token keys, each followed by a space
	toks     []token          // of the window being read
	sents    []sentence       // of the window being read
	cands    []cand           // of the window being read
	multi    bool             // the report has several windows
	guessing bool             // reading the windows on a guess: see windowBytes
	wrong    bool             // a guess proved wrong
	nsent    int32            // sentences with words so far
	heads    chunked[headRef] // of a report of several windows
	tw       []string         // scratch: title words
	tbuf     []byte           // scratch: a title
	quoted   quoteCursor      // scratch: the quoted regions of a paragraph
	strs     []string         // backing of cand.titles
	lowerOK  keyTable         // sentence-opening words and lower-case words: lowerOKOpener, lowerOKLower
	gm       [64]gazMemo      // recent answers of gazMatch
	norms    [64]normMemo     // keys of recent words that are not ASCII
	r        resolver         // in the same allocation
	// the titles last built, kept from report to report: titles repeat
	titles    [titleCacheSize]string
	titleNext int // where the next title built goes in titles
}

// titleCacheSize is how many titles joinTitle remembers.
const titleCacheSize = 16

// key returns the token's key, in d.arena: it lasts as long as the window.
func (d *doc) key(t token) []byte { return d.arena[t.kstart:t.kend] }

func (d *doc) keyIs(t *token, w string) bool { return string(d.arena[t.kstart:t.kend]) == w }

// hasSuffix reports whether the key k ends with s.
func hasSuffix(k []byte, s string) bool { return len(k) >= len(s) && string(k[len(k)-len(s):]) == s }

func (d *doc) keyIn(t *token, s wordSet) bool { return t.cls&s.bit != 0 }

// A quoteCursor tells whether offsets, asked in increasing order, lie in
// quotation marks.
type quoteCursor struct {
	regions [][2]int // from quoteRegions
	r       int      // the first region that may hold the next offset
}

func (q *quoteCursor) in(off int) bool {
	for q.r < len(q.regions) && q.regions[q.r][1] <= off {
		q.r++
	}
	return q.r < len(q.regions) && q.regions[q.r][0] <= off
}

func (d *doc) span(i, j int) article.Span {
	return article.Span{Start: int(d.toks[i].start), End: int(d.toks[j-1].end)}
}

func (d *doc) emit(c cand, i int) {
	c.quoted = d.toks[i].flags&fQuoted != 0
	d.cands = append(d.cands, c)
}

// scan finds the candidates of the sentence of tokens [lo, hi).
func (d *doc) scan(si, lo, hi int, heading bool) {
	mask := d.lx.scanMask
	for i := lo; i < hi; {
		if t := &d.toks[i]; t.flags&(fCap|fDigit) == 0 && t.cls&mask == 0 {
			i++ // a common word: no description, gazetteer name, pronoun or name starts here
			continue
		}
		t := &d.toks[i]
		if j, ok := d.description(si, lo, i, hi, heading); ok {
			i = j
			continue
		}
		if j, ok := d.gazetteer(si, lo, i, hi, heading); ok {
			i = j
			continue
		}
		if pc, g, pl := d.pronoun(t); pc != 0 {
			if t.flags&fQuoted == 0 && !heading {
				d.emit(cand{span: d.span(i, i+1), kind: cPronoun, pcase: pc, gender: g, plural: pl, sent: int32(si), heading: heading}, i)
			}
			i++
			continue
		}
		if t.flags&fCap != 0 || d.keyIn(t, d.lx.particles) {
			i = d.name(si, lo, i, hi, heading)
			continue
		}
		i++
	}
}

func (d *doc) pronoun(t *token) (pcase int8, gender int8, plural bool) {
	if t.flags&fLower == 0 && t.flags&fInitial == 0 {
		return 0, 0, false
	}
	switch string(d.key(*t)) {
	case "he":
		return pSubj, 1, false
	case "him":
		return pObj, 1, false
	case "his":
		return pPoss, 1, false
	case "she":
		return pSubj, 2, false
	case "her":
		return pPoss, 2, false
	case "they":
		return pSubj, 0, true
	case "them":
		return pObj, 0, true
	case "their":
		return pPoss, 0, true
	}
	return 0, 0, false
}

// gazMatch returns the end of the longest gazetteer name starting at token
// i, before hi, and its entry and form (not its acronym flag).
func (d *doc) gazMatch(i, hi int) (int, gazRef, bool) {
	if i >= hi || d.toks[i].flags&fGazFirst == 0 {
		return 0, gazRef{}, false
	}
	// every caller passes the end of i's sentence as hi, so the answer
	// depends on i alone; callers ask about tokens near each other
	m := &d.gm[i%len(d.gm)]
	if m.tok != int32(i+1) {
		end, ref, _ := d.gazMatchAt(i, hi)
		*m = gazMemo{tok: int32(i + 1), end: int32(end), ref: ref}
	}
	if m.end == 0 {
		return 0, gazRef{}, false
	}
	return int(m.end), gazRef{entry: m.ref.entry, form: m.ref.form}, true
}

// A gazMemo is the answer of gazMatch at token tok-1.
type gazMemo struct {
	tok, end int32
	ref      gazRef
}

func (d *doc) gazMatchAt(i, hi int) (int, gazRef, bool) {
	t := &d.toks[i] // fGazFirst: capitalised, a number, "the" or a particle
	if t.flags&fCap == 0 && t.flags&fDigit == 0 && (i+1 >= hi || d.toks[i+1].flags&fCap == 0) {
		return 0, gazRef{}, false
	}
	// only names whose first word is this token's can match, and they have
	// no more tokens than words
	fw, h := d.key(*t), t.hash
	if t.flags&fSpaced != 0 {
		fw = fw[:bytes.IndexByte(fw, ' ')]
		h = strHash(fw)
	}
	lim := int(getHashed(&d.g.first, fw, h))
	if lim == 0 {
		return 0, gazRef{}, false
	}
	best, bestRef := 0, gazRef{}
	h = t.hash // of the keys of tokens i to j, extended token by token
	for j := i; j < hi && j-i < lim; j++ {
		u := &d.toks[j]
		if j > i {
			if u.flags&fBreak != 0 || d.toks[j-1].flags&fPoss != 0 {
				break
			}
			h = (h ^ ' ') * 16777619
			for _, c := range d.arena[u.kstart:u.kend] {
				h = (h ^ uint32(c)) * 16777619
			}
		}
		if u.flags&(fCap|fDigit) == 0 {
			continue
		}
		v := getHashed(&d.g.keys, d.arena[t.kstart:u.kend], h)
		if v == 0 {
			continue
		}
		ref := d.g.refs[v-1]
		if ref.acronym && !d.allCaps(i, j+1) {
			continue
		}
		best, bestRef = j+1, ref
	}
	return best, bestRef, best > 0
}

func (d *doc) allCaps(i, j int) bool {
	for k := i; k < j; k++ {
		t := &d.toks[k]
		if t.flags&fAllCaps == 0 && !(t.end-t.start == 1 && t.flags&fCap != 0) {
			return false
		}
	}
	return true
}

// gazetteer emits a gazetteer mention at token i.
func (d *doc) gazetteer(si, lo, i, hi int, heading bool) (int, bool) {
	j, ref, ok := d.gazMatch(i, hi)
	if !ok {
		return 0, false
	}
	// a longer capitalised name goes on: "Moscow State University"
	if j < hi && d.toks[j].flags&(fCap|fBreak|fPoss) == fCap && d.toks[j-1].flags&fPoss == 0 && ref.form != FormDemonym {
		if e := d.capRun(j, hi); e > j && d.keyIn(&d.toks[e-1], d.lx.orgWords) {
			d.emit(cand{span: d.span(i, e), kind: cOrg, key: d.joinKeys(i, e), tok: int32(i), hint: KindOrganization, sent: int32(si), heading: heading}, i)
			return e, true
		}
	}
	e := d.g.entries[ref.entry]
	form := ref.form
	if e.Kind == KindPlace && e.Of != "" && form != FormDemonym {
		form = FormMetonym
		if i > lo {
			p := &d.toks[i-1]
			if d.keyIn(p, d.lx.locPreps) || d.keyIs(p, "at") || d.keyIs(p, "the") && i-1 > lo && d.keyIn(&d.toks[i-2], d.lx.locPreps) {
				form = FormName
			}
		}
	}
	for k := i; k < j; k++ {
		d.toks[k].gaz = ref.entry
	}
	c := cand{span: d.span(i, j), kind: cGaz, form: form, gaz: ref.entry, sent: int32(si), heading: heading, plural: form == FormDemonym && hasSuffix(d.key(d.toks[j-1]), "s")}
	// an apposition naming its parent: "Nusra Front, al Qaeda's affiliate in Syria"
	d.emit(c, i)
	if e.Kind == KindOrganization && j+2 < hi && d.toks[j].flags&fBreak != 0 && d.toks[j-1].flags&fPoss == 0 {
		if k, pref, ok := d.gazMatch(j, hi); ok && d.toks[k-1].flags&fPoss != 0 && d.g.entries[pref.entry].Kind == KindOrganization {
			for m := k; m < hi && m < k+3; m++ {
				if d.keyIn(&d.toks[m], d.lx.groupNouns) {
					d.cands[len(d.cands)-1].aff = d.g.entries[pref.entry].Name
					break
				}
			}
		}
	}
	return j, true
}

// joinKeys returns the keys of tokens [i, j) joined by spaces, which is
// how they lie in d.arena: it does not allocate.
func (d *doc) joinKeys(i, j int) []byte {
	return d.arena[d.toks[i].kstart:d.toks[j-1].kend]
}

// maxRun is the most words a name can have; longer runs of capitals are
// cut, which keeps finding linear.
const maxRun = 12

// capRun returns the end of the run of capitalised words from i: names
// with their particles ("Bashar al Assad", "Ban Ki-moon") and the "of" of
// organisations ("Bank of England").
func (d *doc) capRun(i, hi int) int {
	j := i
	for j < hi && j-i < maxRun {
		t := &d.toks[j]
		if j > i && t.flags&fBreak != 0 {
			break
		}
		switch {
		case t.flags&fCap != 0 || t.flags&fDigit != 0 && j > i:
			if j > i && d.keyIn(t, d.lx.runBreak) {
				return j
			}
		case d.keyIn(t, d.lx.particles) && d.particleBeforeName(j, hi):
		case t.flags&fGlued != 0 && j > i && t.flags&fLower != 0 && !d.keyIn(t, d.lx.suffixes):
		case j > i && (d.keyIs(t, "of") || d.keyIs(t, "for") || d.keyIs(t, "and") && d.keyIn(&d.toks[j-1], d.lx.orgWords)) &&
			j+1 < hi && d.toks[j+1].flags&(fCap|fBreak) == fCap &&
			(d.keyIn(&d.toks[j-1], d.lx.orgWords) || d.keyIn(&d.toks[j-1], d.lx.titles) || d.keyIn(&d.toks[j-1], d.lx.titleMods)):
		default:
			return j
		}
		j++
		if t.flags&fPoss != 0 {
			break
		}
	}
	return j
}

// particleBeforeName reports whether the particles from token j lead to a
// capitalised word: "bin Laden", "von der Leyen".
func (d *doc) particleBeforeName(j, hi int) bool {
	for k := j + 1; k < hi && k-j <= 3; k++ {
		t := &d.toks[k]
		if t.flags&fBreak != 0 {
			return false
		}
		if t.flags&fCap != 0 {
			return true
		}
		if !d.keyIn(t, d.lx.particles) {
			return false
		}
	}
	return false
}

func (d *doc) isTitleWord(t *token) bool {
	return d.keyIn(t, d.lx.titles) || d.keyIn(t, d.lx.titleMods) || d.keyIn(t, d.lx.honorifics)
}

// name handles a capitalised word at i and returns where scanning goes on.
func (d *doc) name(si, lo, i, hi int, heading bool) int {
	t := &d.toks[i]
	// a sentence opener that is a common word is no name (isLowerOK last:
	// on a guess, it records the "no" that made a name)
	if t.flags&fInitial != 0 && t.flags&fAllCaps == 0 && !d.isTitleWord(t) {
		k := d.key(*t)
		if d.keyIn(t, d.lx.stop) || hasSuffix(k, "ly") || hasSuffix(k, "ing") && len(k) > 5 || d.isLowerOK(t) {
			return i + 1
		}
	}
	if t.flags&fCap != 0 && d.keyIn(t, d.lx.stop) && !d.keyIs(t, "the") {
		return i + 1
	}
	j := d.capRun(i, hi)
	if j <= i {
		return i + 1
	}
	// leading title words belong to a title phrase, not to the name
	a := i
	for a < j && (d.isTitleWord(&d.toks[a]) || d.keyIs(&d.toks[a], "the")) && d.toks[a].flags&fPoss == 0 {
		a++
	}
	if a > i && a < j {
		if _, _, ok := d.gazMatch(a, hi); ok {
			return a // "Top US envoy": the gazetteer takes "US"
		}
	}
	// a gazetteer name inside the run ends it there: "President Obama" is
	// fine, "Kerry Moscow" is two names
	for k := a + 1; k < j; k++ {
		if _, _, ok := d.gazMatch(k, hi); ok && d.toks[k].flags&fCap != 0 && !d.keyIn(&d.toks[j-1], d.lx.orgWords) {
			j = k
			break
		}
	}
	last := &d.toks[j-1]
	if d.keyIn(last, d.lx.orgWords) {
		s := i
		if d.keyIs(&d.toks[s], "the") && d.toks[s].flags&fInitial != 0 {
			s++
		}
		if s < j {
			d.emit(cand{span: d.span(s, j), kind: cOrg, key: d.joinKeys(s, j), tok: int32(s), hint: KindOrganization, sent: int32(si), heading: heading}, s)
		}
		return j
	}
	if a >= j {
		return j // a title with no name: "President", "Foreign Minister"
	}
	if d.keyIs(&d.toks[a], "the") {
		return j
	}
	c := cand{span: d.span(a, j), kind: cName, key: d.joinKeys(a, j), tok: int32(a), sent: int32(si), heading: heading}
	if a > lo {
		c.titles, c.aff, c.gender = d.titlePhrase(lo, a)
	}
	if len(c.titles) > 0 || c.gender != 0 {
		c.hint = KindPerson
	}
	if j < hi && d.toks[j].flags&fBreak == 0 {
		n := &d.toks[j]
		switch {
		case d.keyIn(n, d.lx.speech):
			c.hint = KindPerson
		case d.keyIn(n, d.lx.leaderOf) && last.flags&fPoss == 0:
			c.hint = KindPerson
		}
	}
	if c.hint == KindUnknown && a > lo && d.toks[a].flags&fBreak == 0 && d.keyIn(&d.toks[a-1], d.lx.locPreps) {
		c.hint = KindPlace
	}
	if c.hint == KindUnknown && j-a == 1 && d.toks[a].flags&fAllCaps != 0 {
		c.hint = KindOrganization
	}
	d.emit(c, a)
	// a title in apposition: "Sergei Lavrov, Russia's foreign minister,"
	if j < hi && last.flags&fPoss == 0 && d.toks[j].flags&fBreak != 0 && d.src[d.toks[j-1].end] == ',' {
		if e, titles, aff, g, ok := d.apposition(j, hi); ok {
			d.emit(cand{span: d.span(j, e), kind: cAppos, form: FormTitle, titles: titles, aff: aff, gender: g, sent: int32(si), heading: heading, link: int32(len(d.cands) - 1)}, j)
			return e
		}
	}
	return j
}

// affiliationOf names what a gazetteer entry stands for in a title or
// description: a country for a country, demonym, capital or seat of power,
// an organisation for itself.
func (d *doc) affiliationOf(e int32) string {
	en := d.g.entries[e]
	if en.Kind == KindPlace && en.Of != "" {
		return en.Of
	}
	return en.Name
}

// titlePhrase reads the title words before a name, from its end back to
// lo: "Russian President", "US Secretary of State", "Kremlin spokesperson".
func (d *doc) titlePhrase(lo, end int) (titles []string, aff string, gender int8) {
	k := end
	for k > lo && end-k < maxRun && d.toks[k].flags&fBreak == 0 {
		t := &d.toks[k-1]
		if d.toks[k-1].gaz >= 0 {
			if aff == "" {
				aff = d.affiliationOf(d.toks[k-1].gaz)
			}
		} else if !d.isTitleWord(t) {
			break
		}
		if d.keyIn(t, d.lx.female) {
			gender = 2
		} else if d.keyIn(t, d.lx.male) {
			gender = 1
		}
		k--
	}
	hasTitle := false
	words := d.tw[:0]
	defer func() { d.tw = words[:0] }()
	for m := k; m < end; m++ {
		t := &d.toks[m]
		if d.toks[m].gaz >= 0 || d.keyIn(t, d.lx.honorifics) || d.keyIs(t, "top") || d.keyIs(t, "former") || d.keyIs(t, "senior") {
			if len(words) > 0 && m > k && !d.keyIs(&d.toks[m-1], "of") {
				words = words[:0] // "Foreign Ministry" of "Russia's Foreign Ministry spokesman": keep the part after
			}
			continue
		}
		if d.keyIn(t, d.lx.titles) {
			hasTitle = true
		}
		words = append(words, d.lx.titleCase(d.key(*t)))
	}
	for len(words) > 0 && words[0] == "of" {
		words = words[1:]
	}
	for len(words) > 0 && words[len(words)-1] == "of" {
		words = words[:len(words)-1]
	}
	if hasTitle && len(words) > 0 {
		titles = d.oneTitle(d.joinTitle(words))
	}
	return titles, aff, gender
}

// titleCase capitalises a title word, leaving "of", "the", "and", "for".
func titleCase(w string) string {
	switch w {
	case "of", "the", "and", "for", "on":
		return w
	}
	if w == "" || w[0] < 'a' || w[0] > 'z' {
		return w
	}
	return string(w[0]-'a'+'A') + w[1:]
}

// apposition reads a title after a name and its comma, from token i:
// "Russia's foreign minister", "the German chancellor", "a spokesman for
// the State Department". It must end the sentence or a clause.
func (d *doc) apposition(i, hi int) (end int, titles []string, aff string, gender int8, ok bool) {
	k := i
	if k < hi && (d.keyIs(&d.toks[k], "the") || d.keyIs(&d.toks[k], "a") || d.keyIs(&d.toks[k], "an")) {
		k++
	}
	start := k
	lastTitle := -1
	for k < hi && k-start < 8 {
		t := &d.toks[k]
		if k > i && t.flags&fBreak != 0 {
			break
		}
		if j, ref, ok := d.gazMatch(k, hi); ok {
			if aff == "" {
				aff = d.affiliationOf(ref.entry)
			}
			for m := k; m < j; m++ {
				d.toks[m].gaz = ref.entry
			}
			k = j
			continue
		}
		if d.keyIn(t, d.lx.titles) {
			lastTitle = k
		} else if !d.keyIn(t, d.lx.titleMods) && !d.keyIs(t, "top") {
			break
		}
		k++
	}
	if lastTitle < 0 {
		return 0, nil, "", 0, false
	}
	end = lastTitle + 1
	// "for the State Department", "of Russia"
	if end+1 < hi && d.toks[end].flags&fBreak == 0 && (d.keyIs(&d.toks[end], "for") || d.keyIs(&d.toks[end], "of") || d.keyIs(&d.toks[end], "at")) {
		m := end + 1
		if m < hi && d.keyIs(&d.toks[m], "the") {
			m++
		}
		if m < hi {
			if j, ref, ok := d.gazMatch(m, hi); ok {
				if aff == "" {
					aff = d.affiliationOf(ref.entry)
				}
				end = j
			} else if e := d.capRun(m, hi); e > m {
				if aff == "" {
					aff = d.src[d.toks[m].start:d.toks[e-1].end]
				}
				end = e
			}
		}
	}
	if end < hi && d.toks[end].flags&fBreak == 0 {
		return 0, nil, "", 0, false // the apposition goes on: not a title
	}
	// the title words themselves, gazetteer words left out
	words := d.tw[:0]
	for m := start; m <= lastTitle; m++ {
		if d.toks[m].gaz >= 0 || d.keyIs(&d.toks[m], "top") || d.keyIs(&d.toks[m], "former") || d.keyIs(&d.toks[m], "senior") {
			continue
		}
		words = append(words, d.lx.titleCase(d.key(d.toks[m])))
		if d.keyIn(&d.toks[m], d.lx.female) {
			gender = 2
		} else if d.keyIn(&d.toks[m], d.lx.male) {
			gender = 1
		}
	}
	if len(words) > 0 {
		titles = d.oneTitle(d.joinTitle(words))
	}
	d.tw = words[:0]
	return end, titles, aff, gender, true
}

// description reads an anonymous or definite description at token i: "a
// senior US official", "several American officials", "critics of US
// policy", "The US secretary of state". A title followed by a name is no
// description: "White House spokesman Josh Earnest".
func (d *doc) description(si, lo, i, hi int, heading bool) (int, bool) {
	k := i
	det := ""
	if t := &d.toks[k]; d.keyIn(t, d.lx.anonDets) || t.flags&fDigit != 0 {
		det = "det"
		for _, w := range [...]string{"the", "these", "those"} {
			if d.keyIs(t, w) {
				det = w
			}
		}
		if t.flags&fDigit != 0 {
			det = "2"
		}
		k++
	}
	mods := 0
	aff := ""
	headAt := -1
	for k < hi && k-i < 8 {
		t := &d.toks[k]
		if k > i && t.flags&fBreak != 0 {
			return 0, false
		}
		if t.cls&clAnonHead != 0 || d.keyIn(t, d.lx.titles) {
			// a head, unless a longer title goes on: "deputy foreign minister"
			if k+1 < hi && d.toks[k+1].flags&fBreak == 0 && (d.keyIn(&d.toks[k+1], d.lx.titles)) {
				k++
				mods++
				continue
			}
			headAt = k
			break
		}
		if j, ref, ok := d.gazMatch(k, hi); ok {
			if d.g.entries[ref.entry].Kind == KindPerson {
				return 0, false
			}
			if aff == "" {
				aff = d.affiliationOf(ref.entry)
			}
			k = j
			mods++
			continue
		}
		if d.keyIn(t, d.lx.anonMods) || d.keyIn(t, d.lx.titleMods) && !d.keyIs(t, "of") {
			k++
			mods++
			continue
		}
		return 0, false
	}
	if headAt < 0 {
		return 0, false
	}
	ht := &d.toks[headAt]
	head := d.key(*ht)
	if n := headAt + 1; n < hi && d.keyIn(ht, d.lx.adjTitles) && d.toks[n].flags&(fLower|fBreak) == fLower {
		// "two major issues", "an official statement": an adjective, not a head
		w := &d.toks[n]
		if !d.keyIn(w, d.lx.stop) && !d.keyIn(w, d.lx.speech) && !hasSuffix(d.key(*w), "ed") && !d.keyIn(w, d.lx.affilPreps) {
			return 0, false
		}
	}
	isAnon, plural := ht.cls&clAnonHead != 0, ht.cls&clPlural != 0
	isTitle := d.keyIn(ht, d.lx.titles)
	if det == "" && mods == 0 && !(isAnon && plural) {
		return 0, false
	}
	if det == "" && !isAnon {
		return 0, false // "President" alone, "US envoy" before a name
	}
	end := headAt + 1
	// "secretary of state", "minister of defence"
	if isTitle && end+1 < hi && d.keyIs(&d.toks[end], "of") && d.toks[end].flags&fBreak == 0 && d.keyIn(&d.toks[end+1], d.lx.titleMods) {
		end += 2
	}
	// a name follows: a title phrase, not a description
	if end < hi && d.toks[end].flags&(fCap|fBreak) == fCap && !d.keyIn(&d.toks[end], d.lx.speech) {
		return 0, false
	}
	if det == "" && mods > 0 && d.toks[i].flags&fCap != 0 && !plural {
		return 0, false // "US envoy" with no article: a title phrase
	}
	// "officials at the State Department", "critics of US policy"
	if end+1 < hi && d.toks[end].flags&fBreak == 0 && d.keyIn(&d.toks[end], d.lx.affilPreps) {
		isOf := d.keyIs(&d.toks[end], "of")
		m := end + 1
		if m < hi && d.keyIs(&d.toks[m], "the") {
			m++
		}
		var e int
		var a string
		if m >= hi {
			// "officials in the" ends the sentence: no affiliation
		} else if j, ref, ok := d.gazMatch(m, hi); ok {
			e, a = j, d.affiliationOf(ref.entry)
		} else if d.toks[m].flags&fCap != 0 && !d.keyIn(&d.toks[m], d.lx.stop) {
			if j := d.capRun(m, hi); j > m {
				e, a = j, d.src[d.toks[m].start:d.toks[j-1].end]
			}
		}
		if e > 0 {
			if isOf && e < hi && d.toks[e].flags&(fLower|fBreak) == fLower && !d.keyIn(&d.toks[e], d.lx.stop) && !d.keyIn(&d.toks[e], d.lx.speech) {
				end = e + 1 // "critics of US policy": a topic, not an affiliation
			} else {
				end = e
				if aff == "" {
					aff = a
				}
			}
		}
	}
	c := cand{span: d.span(i, end), kind: cAnon, form: FormAnonymous, key: head, plural: plural, aff: aff, sent: int32(si), heading: heading}
	switch det {
	case "the", "these", "those":
		c.kind = cDef
		if isTitle {
			t := d.titleOf(i+1, end)
			if t != "" {
				c.titles = d.oneTitle(t)
			}
		}
	}
	if isTitle && !isAnon {
		c.hint = KindPerson
	}
	d.emit(c, i)
	return end, true
}

// titleOf returns the title words of tokens [i, j), gazetteer words and
// "of" + gazetteer left out: "secretary of state" → "Secretary of State".
func (d *doc) titleOf(i, j int) string {
	words := d.tw[:0]
	for m := i; m < j; m++ {
		t := &d.toks[m]
		if d.toks[m].gaz >= 0 || !(d.keyIn(t, d.lx.titles) || d.keyIn(t, d.lx.titleMods)) || d.keyIs(t, "top") || d.keyIs(t, "senior") || d.keyIs(t, "former") {
			if len(words) > 0 {
				break
			}
			continue
		}
		words = append(words, d.lx.titleCase(d.key(*t)))
	}
	if n := len(words); n >= 2 && words[n-1] == "of" {
		words = words[:n-1] // the " of" that a gazetteer word followed
	}
	d.tw = words[:0]
	return d.joinTitle(words)
}

// joinTitle joins title words with spaces. Titles repeat, within a report
// and across reports, so the last few are kept and given again rather than
// built anew.
func (d *doc) joinTitle(words []string) string {
	switch len(words) {
	case 0:
		return ""
	case 1:
		return words[0]
	}
	b := d.tbuf[:0]
	for i, w := range words {
		if i > 0 {
			b = append(b, ' ')
		}
		b = append(b, w...)
	}
	d.tbuf = b
	for _, t := range d.titles {
		if t == string(b) {
			return t
		}
	}
	t := string(b)
	d.titles[d.titleNext] = t
	d.titleNext = (d.titleNext + 1) % titleCacheSize
	return t
}

// oneTitle returns a list of one title, from a backing array shared by the
// candidates and capped so that appending to it copies. A full array is
// left to the lists in it rather than copied.
func (d *doc) oneTitle(t string) []string {
	if len(d.strs) == cap(d.strs) {
		d.strs = make([]string, 0, min(max(2*cap(d.strs), 16), 1024))
	}
	d.strs = append(d.strs, t)
	n := len(d.strs)
	return d.strs[n-1 : n : n]
}
