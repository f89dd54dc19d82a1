package stance

// A relationList holds the relations of one call of Extract in chunks,
// each twice as long as the one before, up to maxRelationChunk: it grows
// without copying what it holds, so that a long report's many relations
// are copied once, into the caller's slice.
type relationList struct {
	chunks [][]Relation // full but for the last; chunks[len:cap] are kept for reuse
}

const minRelationChunk, maxRelationChunk = 64, 4096

// add appends r to l.
func (l *relationList) add(r Relation) {
	n := len(l.chunks)
	if n == 0 || len(l.chunks[n-1]) == cap(l.chunks[n-1]) {
		if n < cap(l.chunks) && l.chunks[:n+1][n] != nil {
			l.chunks = l.chunks[:n+1]
		} else {
			size := minRelationChunk
			if n > 0 {
				size = min(2*cap(l.chunks[n-1]), maxRelationChunk)
			}
			l.chunks = append(l.chunks, make([]Relation, 0, size))
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

// appendTo appends the relations of l to out.
func (l *relationList) appendTo(out []Relation) []Relation {
	for _, c := range l.chunks {
		out = append(out, c...)
	}
	return out
}

// reset empties l, clearing the relations it held but keeping its chunks.
func (l *relationList) reset() {
	for i, c := range l.chunks {
		clear(c)
		l.chunks[i] = c[:0]
	}
	l.chunks = l.chunks[:0]
}
