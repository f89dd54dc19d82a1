package stance

import "github.com/newsmodel/newsmodel/article"

// A rel is a Relation as the scratch space keeps it until the end of the
// call, in less than half the memory: texts are found again from spans,
// entities and lemmas by index.
type rel struct {
	holder, target party
	cue            article.Span
	sent           int // the index of the sentence, the evidence (see extraction.sent)
	via            viaRef
	entry          int32 // the lexicon entry, whose pattern is the lemma
	pol            Polarity
	neg, hyp       bool
}

// A viaRef is where a Via list is kept: viaStore.chunks[chunk][at:at+n].
// A chunk of -1 stands for a nil list.
type viaRef struct{ chunk, at, n int32 }

// A party is a Party in the scratch space: its Text is the source's at
// span.
type party struct {
	span article.Span
	who  int32 // 0: free text; i > 0: ents[i-1]; i < 0: whos[-i-1]
}

// A who is an entity ID and name that no entity of the call has.
type who struct{ entity, name string }

// compact returns p as a party, its entity and name found again by index.
func (e *extraction) compact(p Party) party {
	c := party{span: p.Span}
	if p.Entity == "" && p.Name == "" {
		return c
	}
	if i := e.entityIndex(p.Entity); i >= 0 && e.ents[i].Name == p.Name {
		c.who = int32(i + 1)
		return c
	}
	// A quote's speaker may name an entity the call was not given.
	if n := len(e.whos); n == 0 || e.whos[n-1] != (who{p.Entity, p.Name}) {
		e.whos = append(e.whos, who{p.Entity, p.Name})
	}
	c.who = -int32(len(e.whos))
	return c
}

// expand returns c as a Party.
func (e *extraction) expand(c party) Party {
	p := Party{Text: e.src[c.span.Start:c.span.End], Span: c.span}
	switch {
	case c.who > 0:
		en := &e.ents[c.who-1]
		p.Entity, p.Name = en.ID, en.Name
	case c.who < 0:
		w := e.whos[-c.who-1]
		p.Entity, p.Name = w.entity, w.name
	}
	return p
}

// A chunkList holds the relations, or Via parties, of one call of Extract
// in chunks, each twice as long as the one before up to maxChunk: it grows
// without copying what it holds, so that a long report makes no garbage
// of its scratch space.
type chunkList[T any] struct {
	chunks [][]T // full but for the last; chunks[len:cap] are kept for reuse
}

const minChunk, maxChunk = 64, 4096

// room makes room for n more items in the last chunk, and returns where
// the first goes: l.chunks[c][i].
func (l *chunkList[T]) room(n int) (c, i int) {
	k := len(l.chunks)
	if k == 0 || len(l.chunks[k-1])+n > cap(l.chunks[k-1]) {
		if k < cap(l.chunks) && cap(l.chunks[:k+1][k]) >= n {
			l.chunks = l.chunks[:k+1]
		} else {
			size := minChunk
			if k > 0 {
				size = min(2*cap(l.chunks[k-1]), maxChunk)
			}
			l.chunks = append(l.chunks[:k], make([]T, 0, max(size, n)))
		}
		k++
	}
	return k - 1, len(l.chunks[k-1])
}

// add appends v to l.
func (l *chunkList[T]) add(v T) {
	c, _ := l.room(1)
	l.chunks[c] = append(l.chunks[c], v)
}

// len returns the number of items in l.
func (l *chunkList[T]) len() int {
	n := 0
	for _, c := range l.chunks {
		n += len(c)
	}
	return n
}

// capacity returns the number of items l's chunks, used or kept for
// reuse, have room for.
func (l *chunkList[T]) capacity() int {
	n := 0
	for _, c := range l.chunks[:cap(l.chunks)] {
		n += cap(c)
	}
	return n
}

// reset empties l, keeping its chunks.
func (l *chunkList[T]) reset() {
	for i, c := range l.chunks {
		l.chunks[i] = c[:0]
	}
	l.chunks = l.chunks[:0]
}
