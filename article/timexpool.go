package article

import "sync"

// scanners holds idle scanners, whose buffers outlive a call.
var scanners = sync.Pool{New: func() any { return new(timexScanner) }}

// maxPooledTokens bounds the token buffer a scanner keeps for the next
// call, so that one huge paragraph does not pin its memory;
// maxPooledBlocks bounds the output blocks it keeps likewise.
const (
	maxPooledTokens = 1 << 16
	maxPooledBlocks = maxPooledTokens / timexBlock
)

// newScanner returns a scanner in its zero state, with buffers from an
// earlier call when there is one.
func newScanner() *timexScanner {
	sc := scanners.Get().(*timexScanner)
	out := sc.out
	out.reset()
	*sc = timexScanner{toks: sc.toks[:0], out: out}
	return sc
}

// release returns sc to the pool, with at most maxPooledBlocks output
// blocks, unless its token buffer has grown too large.
func (sc *timexScanner) release() {
	if cap(sc.toks) > maxPooledTokens {
		return
	}
	if b := sc.out.blocks; len(b) > maxPooledBlocks {
		clear(b[maxPooledBlocks:])
		sc.out.blocks = b[:maxPooledBlocks]
	}
	scanners.Put(sc)
}

// timexBlock is the number of expressions each block of a timexBlocks holds.
const timexBlock = 64

// timexBlocks collects expressions in fixed-size blocks, so that the result
// is allocated once, at its exact size, and growing leaves no garbage.
type timexBlocks struct {
	blocks [][]Timex // blocks[:cur+1] hold the expressions, in order; the rest are spare
	cur    int
	n      int // the number of expressions
}

// reset empties b, keeping its blocks but none of the strings they held.
func (b *timexBlocks) reset() {
	for i := range b.blocks {
		clear(b.blocks[i])
		b.blocks[i] = b.blocks[i][:0]
	}
	b.cur, b.n = 0, 0
}

// add appends t.
func (b *timexBlocks) add(t Timex) {
	if b.cur < len(b.blocks) && len(b.blocks[b.cur]) == timexBlock {
		b.cur++
	}
	if b.cur == len(b.blocks) {
		b.blocks = append(b.blocks, make([]Timex, 0, timexBlock))
	}
	b.blocks[b.cur] = append(b.blocks[b.cur], t)
	b.n++
}

// slice returns the expressions in a new slice of their exact size, nil
// when there are none.
func (b *timexBlocks) slice() []Timex {
	if b.n == 0 {
		return nil
	}
	out := make([]Timex, 0, b.n)
	for _, blk := range b.blocks[:b.cur+1] {
		out = append(out, blk...)
	}
	return out
}
