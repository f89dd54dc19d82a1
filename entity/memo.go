package entity

import "strings"

// A memo holds what the resolver derives from a name's text, computed once
// for each distinct text: a report names the same people again and again,
// and normalising a name allocates.
type memo struct {
	norms  map[string]string   // NormalizeName by text
	words  map[string][]string // nameWords by key; read only
	titles map[string]string   // titleCase by text
}

// norm returns NormalizeName(s).
func (r *resolver) norm(s string) string {
	if n, ok := r.memo.norms[s]; ok {
		return n
	}
	if r.memo.norms == nil {
		r.memo.norms = map[string]string{}
	}
	n := NormalizeName(s)
	r.memo.norms[s] = n
	return n
}

// key returns knowledgeKey(s).
func (r *resolver) key(s string) string { return strings.TrimPrefix(r.norm(s), "the ") }

// nameWords returns nameWords(key), which the caller must not modify.
func (r *resolver) nameWords(key string) []string {
	if ws, ok := r.memo.words[key]; ok {
		return ws
	}
	if r.memo.words == nil {
		r.memo.words = map[string][]string{}
	}
	ws := nameWords(key)
	r.memo.words[key] = ws
	return ws
}

// titleCase returns titleCase(s).
func (r *resolver) titleCase(s string) string {
	if t, ok := r.memo.titles[s]; ok {
		return t
	}
	if r.memo.titles == nil {
		r.memo.titles = map[string]string{}
	}
	t := titleCase(s)
	r.memo.titles[s] = t
	return t
}
