package stance

import (
	"sync"

	"github.com/newsmodel/newsmodel/internal/text"
)

// A reading is one sentence as the rules see it: its tokens and chunks,
// the chunk of each token, and the speech frames found in it. Its slices
// are the pass's scratch memory, valid for one sentence.
type reading struct {
	src    string
	s      *text.Sentence
	toks   []text.Token
	cs     []text.Chunk
	used   []uint64 // a bit for each token that carries a cue already matched
	frames []frame
	whos   []part // the speaker of each frame
	lex    *Lexicon
	w      *wordIDs
}

// scratch is the memory a pass reuses from one sentence to the next.
type scratch struct {
	recs    []rec // the pass's records, kept for the next pass
	r       reading
	fr      []int
	holders []slot
	conj    []slot
	reader  *text.Reader // for windows read with another word table
}

// read prepares the reading of sentence s.
func (sc *scratch) read(src string, s *text.Sentence, lex *Lexicon) *reading {
	r := &sc.r
	r.src, r.s, r.toks, r.cs, r.lex, r.w = src, s, s.Toks, s.Chunks, lex, words()
	r.used = resize(r.used, (len(s.Toks)+63)/64)
	clear(r.used)
	r.frames = r.frames[:0]
	return r
}

// id returns the ID of token t in the lexicon's table: a word of a
// caller's lexicon that the reader's table lacked is looked up there.
func (r *reading) id(t int) text.ID {
	tk := &r.toks[t]
	if tk.ID == 0 && r.lex.extra && tk.Kind == text.Word {
		return r.lex.table.ID(tk.Text(r.src))
	}
	return tk.ID
}

// chunk returns the chunk that token t stands in.
func (r *reading) chunk(t int) int {
	lo, hi := 0, len(r.cs)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if int(r.cs[m].End) <= t {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// isUsed reports whether token t carries a cue already matched.
func (r *reading) isUsed(t int) bool { return r.used[t>>6]&(1<<(t&63)) != 0 }

// use marks token t as carrying a matched cue.
func (r *reading) use(t int) { r.used[t>>6] |= 1 << (t & 63) }

// resize returns s resized to n, reusing its memory.
func resize[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n, n+n/2)
	}
	return s[:n]
}

// wordIDs are the IDs of the core table's words that rules name.
type wordIDs struct {
	from, clear, short, away, with, up, out, down, off                                                             ID
	receive, win, earn, gain, draw, attract, face, suffer, endure, meet                                            ID
	by, of, as, to, the, that, according, saying, telling, not, never, no, but, instead, if_, unless, whether, and ID
	would, could, might, may                                                                                       ID
	stop, cease, quit, halt, end                                                                                   ID // cessation: "stop attacking"
	withdraw, drop, pull, abandon, rescind, revoke                                                                 ID // withdrawal: "withdrew its support"
	quote, cite                                                                                                    ID
	remain, become, seem, appear, grow, stay, prove, get, look, sound, feel                                        ID
	series, flurry, barrage, spate, string, wave, volley                                                           ID
	anybody, anyone, everybody, everyone, nobody, someone, somebody                                                ID
	one, some, many, much, most, half, all, several, none, few, each, dozens, number, majority, part, share, rest  ID
}

// ID is text.ID, short for the struct above.
type ID = text.ID

var words = sync.OnceValue(func() *wordIDs {
	t := text.Core()
	id := func(w string) ID { return t.Entry(t.ID(w)).Lemma }
	return &wordIDs{
		from: id("from"), clear: id("clear"), short: id("short"), away: id("away"), with: id("with"),
		up: id("up"), out: id("out"), down: id("down"), off: id("off"),
		receive: id("receive"), win: id("win"), earn: id("earn"), gain: id("gain"), draw: id("draw"),
		attract: id("attract"), face: id("face"), suffer: id("suffer"), endure: id("endure"), meet: id("meet"),
		by: id("by"), of: id("of"), as: id("as"), to: id("to"), the: id("the"), that: id("that"), according: id("according"),
		saying: t.ID("saying"), telling: t.ID("telling"), not: id("not"), never: id("never"), no: id("no"),
		but: id("but"), and: id("and"), instead: id("instead"), if_: id("if"), unless: id("unless"), whether: id("whether"),
		would: id("would"), could: id("could"), might: id("might"), may: id("may"),
		stop: id("stop"), cease: id("cease"), quit: id("quit"), halt: id("halt"), end: id("end"),
		withdraw: id("withdraw"), drop: id("drop"), pull: id("pull"), abandon: id("abandon"), rescind: id("rescind"), revoke: id("revoke"),
		quote: id("quote"), cite: id("cite"),
		remain: id("remain"), become: id("become"), seem: id("seem"), appear: id("appear"), grow: id("grow"),
		stay: id("stay"), prove: id("prove"), get: id("get"), look: id("look"), sound: id("sound"), feel: id("feel"),
		one: id("one"), some: id("some"), many: id("many"), much: id("much"), most: id("most"), half: id("half"),
		all: id("all"), several: id("several"), none: id("none"), few: id("few"), each: id("each"),
		dozens: id("dozens"), number: id("number"), majority: id("majority"), part: id("part"), share: id("share"),
		rest: id("rest"), series: id("series"), flurry: id("flurry"), barrage: id("barrage"), spate: id("spate"),
		string: id("string"), wave: id("wave"), volley: id("volley"), anybody: id("anybody"), anyone: id("anyone"), everybody: id("everybody"),
		everyone: id("everyone"), nobody: id("nobody"), someone: id("someone"), somebody: id("somebody"),
	}
})

// lemma returns the lemma of token t.
func (r *reading) lemma(t int) ID { return r.lex.lemma(r.id(t)) }

// word returns the lemma of token t in the core table, for the words rules
// name (wordIDs).
func (r *reading) word(t int) ID {
	if t < 0 || t >= len(r.toks) || r.toks[t].Kind != text.Word {
		return 0
	}
	return r.lex.lemma(r.id(t))
}

// firstWord returns the lemma of the first token of chunk k.
func (r *reading) firstWord(k int) ID { return r.word(int(r.cs[k].Start)) }

// headGroup returns the noun group that noun group k stands for: the
// group a possessor owns ("Russia's" of "Russia's backing").
func (r *reading) headGroup(k int) int {
	for i := 0; i < 4 && k >= 0 && k+1 < len(r.cs) && r.cs[k].Kind == text.NG && r.cs[k].Is(text.FPossessor) && r.cs[k].Of == int32(k+1); i++ {
		k++
	}
	return k
}

// ngAt returns the noun group that starts at token j, or -1.
func (r *reading) ngAt(j int) int {
	if j < 0 || j >= len(r.toks) {
		return -1
	}
	k := r.chunk(j)
	if c := &r.cs[k]; c.Kind == text.NG && int(c.Start) == j {
		return k
	}
	return -1
}

// isMark reports whether chunk k is the mark m.
func (r *reading) isMark(k int, m rune) bool {
	return k >= 0 && k < len(r.cs) && r.cs[k].Kind == text.MG && r.toks[r.cs[k].Start].IsMark(m)
}

// isQuoteMark reports whether chunk k is a quotation mark.
func (r *reading) isQuoteMark(k int) bool {
	return k >= 0 && k < len(r.cs) && r.cs[k].Kind == text.MG && r.toks[r.cs[k].Start].Kind == text.Quote
}

// headClass returns the classes of the head token of chunk k.
func (r *reading) headClass(k int) text.Class { return r.toks[r.cs[k].Head].Class }

// isCopula reports whether verb group k is a copula: a form of "be", or
// remain, become, seem and the like.
func (r *reading) isCopula(k int) bool {
	c := &r.cs[k]
	if c.Kind != text.VG {
		return false
	}
	h := int(c.Head)
	if r.toks[h].Class.Has(text.Be) {
		return true
	}
	switch w := r.word(h); w {
	case r.w.remain, r.w.become, r.w.seem, r.w.appear, r.w.grow, r.w.stay, r.w.prove, r.w.get, r.w.look, r.w.sound, r.w.feel:
		return true
	}
	return false
}
