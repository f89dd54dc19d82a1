package stance

import "github.com/newsmodel/newsmodel/article"

// A rel is a Relation as the scratch space keeps it until the end of the
// call, in less than half the memory: texts are found again from spans,
// entities and lemmas by index.
type rel struct {
	holder, target party
	cue            article.Span
	sent           int   // the index of the sentence, the evidence (see extraction.sent)
	via            int   // the Via list starts at viaStore[via]; -1 for a nil list
	nvia           int32 // the length of the Via list
	entry          int32 // the lexicon entry, whose pattern is the lemma
	pol            Polarity
	neg, hyp       bool
}

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

// A relationList holds the relations of one call of Extract in chunks,
// each twice as long as the one before, up to maxRelationChunk: it grows
// without copying what it holds.
type relationList struct {
	chunks [][]rel // full but for the last; chunks[len:cap] are kept for reuse
}

const minRelationChunk, maxRelationChunk = 64, 4096

// add appends r to l.
func (l *relationList) add(r rel) {
	n := len(l.chunks)
	if n == 0 || len(l.chunks[n-1]) == cap(l.chunks[n-1]) {
		if n < cap(l.chunks) && l.chunks[:n+1][n] != nil {
			l.chunks = l.chunks[:n+1]
		} else {
			size := minRelationChunk
			if n > 0 {
				size = min(2*cap(l.chunks[n-1]), maxRelationChunk)
			}
			l.chunks = append(l.chunks, make([]rel, 0, size))
		}
		n++
	}
	l.chunks[n-1] = append(l.chunks[n-1], r)
}

// len returns the number of relations in l.
func (l *relationList) len() int {
	n := 0
	for _, c := range l.chunks {
		n += len(c)
	}
	return n
}

// capacity returns the number of relations l's chunks, used or kept for
// reuse, have room for.
func (l *relationList) capacity() int {
	n := 0
	for _, c := range l.chunks[:cap(l.chunks)] {
		n += cap(c)
	}
	return n
}

// reset empties l, keeping its chunks.
func (l *relationList) reset() {
	for i, c := range l.chunks {
		l.chunks[i] = c[:0]
	}
	l.chunks = l.chunks[:0]
}
