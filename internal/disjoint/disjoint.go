// Package disjoint is a disjoint-set forest (union-find) over the integers
// 0 to n-1, used to group entities and quotes across reports. Each set's
// representative is its smallest member, so groups read in order of their
// first member.
package disjoint

// Sets holds the parent of each element.
type Sets []int

// New returns n singleton sets.
func New(n int) Sets {
	s := make(Sets, n)
	for i := range s {
		s[i] = i
	}
	return s
}

// Find returns the smallest member of i's set, halving paths as it goes.
func (s Sets) Find(i int) int {
	for s[i] != i {
		s[i] = s[s[i]]
		i = s[i]
	}
	return i
}

// Union merges the sets of a and b.
func (s Sets) Union(a, b int) {
	if ra, rb := s.Find(a), s.Find(b); ra != rb {
		s[max(ra, rb)] = min(ra, rb)
	}
}
