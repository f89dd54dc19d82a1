package text

import (
	"iter"
	"slices"
	"sync"
)

// A Sentence is one sentence as the reader reads it: its tokens, tagged,
// and its chunks, linked.
type Sentence struct {
	Index      int     // the sentence's index in its article
	Start, End int     // its bytes in the source
	Toks       []Token // its tokens, tagged
	Chunks     []Chunk // its chunks, linked; their indexes are into Toks
}

// A Window is a run of sentences read together. Its memory is the
// reader's and is reused by the reader's next window: a stage keeps
// compact records of what it needs beyond the window, never its tokens.
type Window struct {
	Src       string     // the report's text, which spans index
	Sentences []Sentence // the window's sentences, in order
	Table     *Table     // the word table its tokens' IDs are of; nil means Core
}

// A Reader reads sentences into windows. Its scratch memory grows to the
// largest window and is reused: get one with [GetReader] and return it with
// [PutReader].
type Reader struct {
	Table *Table // the word table it reads with; nil means Core
	// Limit bounds the text of a window, in bytes; 0 means WindowBytes.
	Limit  int
	toks   []Token
	chunks []Chunk
	marks  []sentMark
	win    Window
}

type sentMark struct {
	index, start, end  int
	tok, tokEnd, chunk int
}

// WindowBytes bounds the text a window holds: a window ends at the first
// sentence boundary past it.
const WindowBytes = 64 << 10

// longSentence is the length, in bytes or tokens, past which a sentence is
// no sentence of news but a table, a list or an attack.
const longSentence = 4 << 10

// Reset starts a new window of the text src.
func (r *Reader) Reset(src string) {
	r.toks, r.chunks, r.marks = r.toks[:0], r.chunks[:0], r.marks[:0]
	r.win = Window{Src: src, Sentences: r.win.Sentences[:0]}
}

// Add reads the sentence src[start:end], the article's sentence index i,
// into the window.
func (r *Reader) Add(i, start, end int) {
	src := r.win.Src
	t := r.Table
	if t == nil {
		t = Core()
	}
	tok := len(r.toks)
	if end-start > longSentence {
		// room for a long sentence's tokens at once, so that its memory
		// is not grown by doubling
		r.toks = slices.Grow(r.toks, tokenBound(src, start, end))
	}
	r.toks = t.Tokenize(r.toks, src, start, end)
	toks := r.toks[tok:]
	t.tagSentence(toks)
	ch := len(r.chunks)
	if len(toks) > longSentence {
		// room for a long sentence's chunks at once (a chunk has a token
		// at least), so that its memory is not grown by doubling
		r.chunks = slices.Grow(r.chunks, len(toks))
	}
	r.chunks = t.chunks(r.chunks, toks)
	r.marks = append(r.marks, sentMark{index: i, start: start, end: end, tok: tok, tokEnd: len(r.toks), chunk: ch})
}

// Bytes returns how many bytes of text the window holds.
func (r *Reader) Bytes() int {
	if len(r.marks) == 0 {
		return 0
	}
	return r.marks[len(r.marks)-1].end - r.marks[0].start
}

// Window returns the sentences read since Reset. They are valid until the
// next Reset.
func (r *Reader) Window() *Window {
	ss := r.win.Sentences[:0]
	for k, m := range r.marks {
		ce := len(r.chunks)
		if k+1 < len(r.marks) {
			ce = r.marks[k+1].chunk
		}
		ss = append(ss, Sentence{Index: m.index, Start: m.start, End: m.end,
			Toks: r.toks[m.tok:m.tokEnd:m.tokEnd], Chunks: r.chunks[m.chunk:ce:ce]})
	}
	r.win.Sentences = ss
	r.win.Table = r.Table
	return &r.win
}

var readers = sync.Pool{New: func() any { return new(Reader) }}

// GetReader returns a reader of table t (nil for [Core]) from a pool.
func GetReader(t *Table) *Reader {
	r := readers.Get().(*Reader)
	r.Table = t
	return r
}

// PutReader returns r to the pool, unless it grew past what a window of
// ordinary news needs (news runs five bytes or more a token): a reader
// grown on a long sentence of marks or numbers is left to the garbage
// collector, so that the pool neither keeps it alive nor makes the cost of
// a later call depend on an earlier input.
func PutReader(r *Reader) {
	if cap(r.toks) > WindowBytes/4 || cap(r.chunks) > WindowBytes/4 {
		return
	}
	r.Reset("")
	r.Table, r.Limit = nil, 0
	readers.Put(r)
}

// Read reads src[start:end] as one sentence, into memory of its own: for
// tests and for callers that read a sentence or two.
func (t *Table) Read(src string, start, end int) Sentence {
	toks := t.Tokenize(nil, src, start, end)
	t.tagSentence(toks)
	return Sentence{Start: start, End: end, Toks: toks, Chunks: t.chunks(nil, toks)}
}

// Windows reads the n sentences of src whose byte spans span(i) gives, in
// order, a window at a time: each window holds whole sentences and ends at
// the first sentence end past WindowBytes. A window is valid until the
// loop asks for the next.
func (r *Reader) Windows(src string, n int, span func(i int) (start, end int)) iter.Seq[*Window] {
	limit := r.Limit
	if limit <= 0 {
		limit = WindowBytes
	}
	return func(yield func(*Window) bool) {
		r.Reset(src)
		for i := range n {
			start, end := span(i)
			r.Add(i, start, end)
			if r.Bytes() >= limit || i == n-1 {
				if !yield(r.Window()) {
					return
				}
				r.Reset(src)
			}
		}
	}
}
