// Package grow appends to the long slices of records a report's pass
// keeps, growing them by doubling.
//
// append grows a long slice by a quarter at a time: the arrays it leaves
// behind add up to about four times what it finally keeps, all garbage the
// collector must find before the heap can shrink. Doubling leaves at most
// as much as it keeps.
package grow

// Append appends v to s, doubling s's capacity when it is full.
func Append[T any](s []T, v T) []T {
	if len(s) == cap(s) {
		g := make([]T, len(s), max(2*cap(s), 64))
		copy(g, s)
		s = g
	}
	return append(s, v)
}
