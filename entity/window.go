package entity

import (
	"slices"

	"github.com/newsmodel/newsmodel/article"
)

// A report is read in windows of sentences: each window is tokenized, its
// body sentences searched for candidates and these resolved before the
// next window is read, so that the scratch of tokens and candidates is
// sized for a window, not for the report. Only the entities span the
// report. Heading sentences are read last, so that headings only find what
// the body knows.

// windowBytes is how much source a window holds before it is read. A
// report no longer than that is one window, and which of its sentence
// openers it also writes in lower case is known before it is searched. A
// longer one is read on a guess: each window learns the words it holds, and
// an opener not yet met in lower case is taken for a name. If a later
// window writes it in lower case after all, the guess was wrong and the
// report is read again, after a first pass that learns all its words.
var windowBytes = 64 << 10 // a variable only for TestWindowsAgree

// A headRef is a heading sentence left for the end of a report of several
// windows, to be tokenized again.
type headRef struct {
	start, end int
	para       int   // its paragraph in the article, or -1 for a headline outside them
	idx        int32 // its number among the report's sentences
}

// A sentence is the tokens [lo, hi) of one sentence.
type sentence struct {
	lo, hi  int
	idx     int32 // its number among the report's sentences, counting those with words only
	heading bool
}

// read tokenizes a, finds its candidate mentions and resolves them. It
// reports whether it read a twice, after a wrong guess.
func (d *doc) read(a *article.Article) (again bool) {
	d.multi = len(d.src) > windowBytes
	if d.multi {
		d.lowerOK.init(1024)
		d.guessing = true
		if d.readBody(a) {
			d.readHeadings(a)
			return false
		}
		// a wrong guess: again, knowing every word
		d.reset()
		d.r.reset(d)
		d.vocabulary(a)
		again = true
	}
	d.readBody(a)
	d.readHeadings(a)
	return again
}

// readBody reads the body sentences of a window by window, leaving the
// headings for readHeadings, and reports whether its guesses held.
func (d *doc) readBody(a *article.Article) bool {
	d.toks = slices.Grow(d.toks, min(len(d.src), windowBytes)/5+16) // a word is about six bytes
	d.arena = slices.Grow(d.arena, min(len(d.src), windowBytes)+16)
	d.sents = slices.Grow(d.sents, min(len(a.Sentences), windowBytes/64)+1)
	size := 0 // of the window so far
	d.sentences(a, true, func(start, end, para int, heading bool, quoted *quoteCursor) {
		if d.wrong || !d.addSentence(start, end, heading, quoted) {
			return
		}
		if d.multi && heading {
			d.heads.push(headRef{start, end, para, d.nsent - 1})
		}
		if size += end - start; d.multi && size >= windowBytes {
			d.readWindow()
			size = 0
		}
	})
	if !d.wrong {
		d.readWindow()
	}
	return !d.wrong
}

// sentences calls f with each body and heading sentence of a, in order,
// and with the headline when no paragraph holds it; quoted, when asked
// for, tells which offsets of the sentence are quoted.
func (d *doc) sentences(a *article.Article, quotes bool, f func(start, end, para int, heading bool, quoted *quoteCursor)) {
	quoted := &d.quoted // in d, as f would make a local escape
	var q *quoteCursor
	if quotes {
		q = quoted
	}
	para := -1
	covered := false
	for _, s := range a.Sentences {
		if s.Paragraph < 0 || s.Paragraph >= len(a.Paragraphs) {
			continue
		}
		p := a.Paragraphs[s.Paragraph]
		if p.Kind == article.KindBoilerplate {
			continue
		}
		if a.Headline.IsValid() && p.Span.Overlaps(a.Headline) {
			covered = true
		}
		if quotes && s.Paragraph != para {
			para = s.Paragraph
			quoted.regions = quoteRegions(d.src, p.Start, min(p.End, len(d.src)), quoted.regions[:0])
			quoted.r = 0
		}
		f(max(0, s.Start), min(s.End, len(d.src)), s.Paragraph, p.Kind == article.KindHeading, q)
	}
	if h := a.Headline; h.IsValid() && !covered && h.End <= len(d.src) {
		f(h.Start, h.End, -1, true, nil)
	}
}

// addSentence tokenizes src[start:end] and reports whether it has words.
func (d *doc) addSentence(start, end int, heading bool, quoted *quoteCursor) bool {
	if start >= end {
		return false
	}
	from := len(d.toks)
	d.tokenize(start, end, quoted)
	if len(d.toks) == from {
		return false
	}
	d.sents = append(d.sents, sentence{from, len(d.toks), d.nsent, heading})
	d.nsent++
	return true
}

// readWindow finds and resolves the candidates of the body sentences
// tokenized so far, then empties the window. On a guess, it first learns
// the window's words, and reads no further if they prove a guess wrong.
func (d *doc) readWindow() {
	switch {
	case !d.multi:
		d.learnLowerOK()
	case d.guessing && !d.learnWords():
		d.wrong = true
		return
	}
	d.cands = slices.Grow(d.cands[:0], len(d.toks)/5+8) // about one in seven words
	for _, s := range d.sents {
		if !s.heading {
			d.scan(int(s.idx), s.lo, s.hi, false)
		}
	}
	d.r.run()
	if d.multi {
		d.emptyWindow()
	}
}

// emptyWindow forgets the tokens read.
func (d *doc) emptyWindow() {
	d.toks, d.arena, d.sents = d.toks[:0], d.arena[:0], d.sents[:0]
	clear(d.gm[:])
}

// readHeadings finds and resolves the candidates of the heading
// sentences. If the report had several windows, it tokenizes them again,
// a window's worth at a time.
func (d *doc) readHeadings(a *article.Article) {
	if d.multi {
		quoted := &d.quoted
		para, size := -1, 0
		for i := range d.heads.len() {
			h := d.heads.at(i)
			q := quoted
			if h.para < 0 {
				q = nil
			} else if h.para != para {
				para = h.para
				p := a.Paragraphs[para]
				quoted.regions = quoteRegions(d.src, p.Start, min(p.End, len(d.src)), quoted.regions[:0])
				quoted.r = 0
			}
			from := len(d.toks)
			d.tokenize(h.start, h.end, q)
			d.sents = append(d.sents, sentence{from, len(d.toks), h.idx, true})
			if size += h.end - h.start; size >= windowBytes {
				d.readHeadingWindow()
				d.emptyWindow()
				size = 0
			}
		}
	}
	d.readHeadingWindow()
}

// readHeadingWindow finds and resolves the candidates of the heading
// sentences tokenized so far.
func (d *doc) readHeadingWindow() {
	d.cands = d.cands[:0]
	for _, s := range d.sents {
		if s.heading {
			d.scan(int(s.idx), s.lo, s.hi, true)
		}
	}
	if len(d.cands) > 0 {
		d.r.run()
	}
}

// Values of doc.lowerOK: a key's bits.
const (
	lowerOKOpener  = 1 // capitalised at the opening of a sentence, not a stop word
	lowerOKLower   = 2 // written in lower case
	lowerOKGuessed = 4 // taken for a name as an opener, on a guess
	lowerOKBoth    = lowerOKOpener | lowerOKLower
)

// learnLowerOK fills d.lowerOK from the tokens of a report of one window.
// Sentence openers that the report also writes in lower case are words,
// not names; a bit set of their keys' hashes spares most lower-case words
// the look-up. (Stop words are left out: name never asks about them.)
func (d *doc) learnLowerOK() {
	var bloom [1024 / 64]uint64
	n := 0
	for i := range d.toks {
		t := &d.toks[i]
		if t.flags&(fInitial|fCap) == fInitial|fCap && !d.keyIn(t, d.lx.stop) {
			if n == 0 {
				d.lowerOK.init(len(d.sents) + 8)
			}
			n++
			k, b := d.key(*t), t.hash%1024
			bloom[b/64] |= 1 << (b % 64)
			if _, ok := d.lowerOK.getHashed(nsLowerOK, k, t.hash, 0); !ok {
				d.lowerOK.setHashed(nsLowerOK, k, t.hash, 0, lowerOKOpener)
			}
		}
	}
	if n == 0 {
		return
	}
	for i := range d.toks {
		t := &d.toks[i]
		if t.flags&fLower != 0 {
			if b := t.hash % 1024; bloom[b/64]&(1<<(b%64)) == 0 {
				continue
			}
			k := d.key(*t)
			if v, ok := d.lowerOK.getHashed(nsLowerOK, k, t.hash, 0); ok && v == lowerOKOpener {
				d.lowerOK.setHashed(nsLowerOK, k, t.hash, 0, lowerOKOpener|lowerOKLower)
			}
		}
	}
}

// vocabulary fills d.lowerOK for a report of several windows whose
// guesses were wrong: it tokenizes the report once, recording the keys of
// sentence openers and of lower-case words.
func (d *doc) vocabulary(a *article.Article) {
	d.guessing = false
	d.lowerOK.init(1024)
	d.toks = slices.Grow(d.toks, windowBytes/5+16)
	d.arena = slices.Grow(d.arena, windowBytes+16)
	d.sentences(a, false, func(start, end, _ int, _ bool, _ *quoteCursor) {
		if start >= end {
			return
		}
		d.tokenize(start, end, nil)
		if len(d.arena) >= windowBytes {
			d.learnWords()
			d.toks, d.arena = d.toks[:0], d.arena[:0]
		}
	})
	d.learnWords()
	d.toks, d.arena = d.toks[:0], d.arena[:0]
}

// learnWords records the words tokenized so far in d.lowerOK. It reports
// false, and stops, when a word proves a guess wrong: an opener taken for
// a name is also written in lower case.
func (d *doc) learnWords() bool {
	for i := range d.toks {
		t := &d.toks[i]
		var bit int32
		switch {
		case t.flags&(fInitial|fCap) == fInitial|fCap && !d.keyIn(t, d.lx.stop):
			bit = lowerOKOpener
		case t.flags&fLower != 0:
			bit = lowerOKLower
		default:
			continue
		}
		k := d.arena[t.kstart:t.kend]
		if v, ok := d.lowerOK.getHashed(nsLowerOK, k, t.hash, 0); !ok || v&bit == 0 {
			if v&lowerOKGuessed != 0 && (v|bit)&lowerOKBoth == lowerOKBoth {
				return false
			}
			d.lowerOK.setHashed(nsLowerOK, k, t.hash, 0, v|bit)
		}
	}
	return true
}

// isLowerOK reports whether t, a sentence opener, is a word the report
// also writes in lower case. On a guess, a "no" is recorded for
// learnWords to check.
func (d *doc) isLowerOK(t *token) bool {
	k := d.key(*t)
	v, _ := d.lowerOK.getHashed(nsLowerOK, k, t.hash, 0)
	if v&lowerOKBoth == lowerOKBoth {
		return true
	}
	if d.guessing && v&lowerOKGuessed == 0 {
		d.lowerOK.setHashed(nsLowerOK, k, t.hash, 0, v|lowerOKGuessed)
	}
	return false
}
