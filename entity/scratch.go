package entity

import (
	"slices"
	"sync"
)

// The state of one extraction (a doc and its resolver) is scratch: its
// slices and tables are reused from report to report through docs, so that
// a report costs few allocations. Nothing in it is handed to the caller:
// Extract's output is built in fresh slices, and the strings it holds are
// substrings of the source, of the gazetteer or of the lexicon, or titles
// built as strings of their own.
var docs = sync.Pool{New: func() any { return new(doc) }}

// maxPooledSource is the longest report that takes its scratch from docs.
// A longer one has scratch of its own, whose making costs little beside
// the work of reading it, and which docs would keep too long.
const maxPooledSource = 16 << 10

// getDoc returns an empty doc for the report src, to read with g.
func getDoc(src string, g *Gazetteer) *doc {
	var d *doc
	if len(src) <= maxPooledSource {
		d = docs.Get().(*doc)
	} else {
		d = new(doc)
	}
	d.src, d.g, d.lx = src, g, lex()
	d.reset()
	return d
}

// reset empties d for reading its report from the start.
func (d *doc) reset() {
	d.arena = d.arena[:0]
	d.toks, d.sents, d.cands, d.nsent = d.toks[:0], d.sents[:0], d.cands[:0], 0
	d.heads.reset(0)
	d.quoted, d.tw, d.tbuf, d.strs = quoteCursor{regions: d.quoted.regions[:0]}, d.tw[:0], d.tbuf[:0], d.strs[:0]
	d.guessing, d.wrong = false, false
	d.lowerOK.reset()
	clear(d.gm[:])
}

// putDoc gives d back to docs once its report is done.
func putDoc(d *doc) {
	if len(d.src) > maxPooledSource {
		return
	}
	d.src = ""
	docs.Put(d)
}

// reset empties the resolver for the report of d.
func (r *resolver) reset(d *doc) {
	r.d = d
	r.words, r.wbuf = r.words[:0], r.wbuf[:0]
	r.tmp, r.nbuf, r.seen, r.here = r.tmp[:0], r.nbuf[:0], r.seen[:0], r.here[:0]
	r.order, r.ante = r.order[:0], r.ante[:0]
	// about one candidate in forty bytes, one entity in two candidates;
	// a report of several windows grows them as it goes
	nc := min(len(d.src), windowBytes)/40 + 8
	n := nc/2 + 4
	r.ents.reset(nc)
	r.ms.reset(nc + 4)
	r.names.reset(n)
	r.words, r.ante = slices.Grow(r.words, n), slices.Grow(r.ante, n)
	r.tab.init(nc + 8)
}
