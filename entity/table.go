package entity

// A strTable maps short strings to uint32 values with open addressing and a
// cheap hash: the word lists are looked up once per token, where a Go map's
// hashing costs more than the rest of tokenizing a word. It is built once
// and then only read.
type strTable struct {
	slots []strSlot
	mask  uint32
}

type strSlot struct {
	key string
	val uint32
}

// newStrTable returns a table of m with at most half its slots used.
func newStrTable(m map[string]uint32) strTable {
	n := 8
	for n < 2*len(m) {
		n *= 2
	}
	t := strTable{slots: make([]strSlot, n), mask: uint32(n - 1)}
	for k, v := range m { // the order of insertion does not matter: keys are distinct
		if k == "" {
			continue // never looked up: tokens have keys
		}
		i := strHash(k) & t.mask
		for t.slots[i].key != "" {
			i = (i + 1) & t.mask
		}
		t.slots[i] = strSlot{k, v}
	}
	return t
}

// strHash is FNV-1a.
func strHash[S string | []byte](s S) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= 16777619
	}
	return h
}

// get returns the value of key, or 0.
func (t *strTable) get(key []byte) uint32 { return t.getHashed(key, strHash(key)) }

// getString is get for a string.
func (t *strTable) getString(key string) uint32 { return getHashed(t, key, strHash(key)) }

// getHashed is get for a key whose strHash is h.
func (t *strTable) getHashed(key []byte, h uint32) uint32 { return getHashed(t, key, h) }

func getHashed[S string | []byte](t *strTable, key S, h uint32) uint32 {
	if len(t.slots) == 0 || len(key) == 0 {
		return 0
	}
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		s := &t.slots[i]
		if s.key == "" {
			return 0
		}
		if s.key == string(key) {
			return s.val
		}
	}
}
