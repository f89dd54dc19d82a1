package entity

// A chunked is a list that grows by chunks of chunkLen items rather than
// by copying: a report's entities and mentions grow with the report, and
// a slice grown by append would leave a trail of copies as garbage. The
// first chunk grows by append, so a short report costs little. A pointer
// to an item lasts until the next push.
type chunked[T any] struct {
	chunks [][]T
	n      int
}

const chunkLen = 1024

func (c *chunked[T]) len() int { return c.n }

// at returns the item at i < c.len().
func (c *chunked[T]) at(i int) *T { return &c.chunks[uint(i)/chunkLen][uint(i)%chunkLen] }

// push appends v and returns its index.
func (c *chunked[T]) push(v T) int {
	k := uint(c.n) / chunkLen
	if k == uint(len(c.chunks)) {
		c.chunks = append(c.chunks, make([]T, 0, chunkLen))
	}
	c.chunks[k] = append(c.chunks[k], v)
	c.n++
	return c.n - 1
}

// reset empties c, keeping its first chunk with room for about n items.
func (c *chunked[T]) reset(n int) {
	if len(c.chunks) == 0 {
		c.chunks = append(c.chunks, nil)
	}
	c.chunks = c.chunks[:1]
	if cap(c.chunks[0]) < min(n, chunkLen) {
		c.chunks[0] = make([]T, 0, min(n, chunkLen))
	}
	c.chunks[0] = c.chunks[0][:0]
	c.n = 0
}
