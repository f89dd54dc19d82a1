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
	key  string
	val  uint32
	hash uint32 // strHash(key), compared first
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
		h := strHash(k)
		i := h & t.mask
		for t.slots[i].key != "" {
			i = (i + 1) & t.mask
		}
		t.slots[i] = strSlot{k, v, h}
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
		if s.hash == h && s.key == string(key) {
			return s.val
		}
	}
}

// A keyTable maps a namespace, a string and a number to an int32: the
// look-up tables of one extraction in one allocation rather than a map
// each. Its keys are copied into a byte buffer of its own, so that its
// slots hold no pointers: clearing and growing them costs the garbage
// collector nothing. The zero keyTable is empty and ready to use.
type keyTable struct {
	slots []keySlot
	buf   []byte // the keys, each at its slot's off
	n     int
}

type keySlot struct {
	off, len int32 // the key in keyTable.buf
	id       int32
	val      int32
	hash     uint32 // keyHash of ns, key and id
	ns       uint8  // 0 for an unused slot
}

// Namespaces of keyTable.
const (
	nsKey     uint8 = iota + 1 // an entity by the key of its name
	nsLast                     // the last person entity by the last word of its name
	nsFirst                    // the last organisation by the first word of its name
	nsGaz                      // an entity by its gazetteer entry (id)
	nsAnon                     // the last anonymous entity by head noun (key) and number (id)
	nsNamed                    // a surface name (key) of an entity (id) recorded
	nsLowerOK                  // a sentence opener's key: 1 if also written in lower case
)

// keyHash is the hash of ns, a key whose strHash is sh, and id.
func keyHash(ns uint8, sh uint32, id int32) uint32 {
	return (sh ^ uint32(id)*0x9E3779B1) + uint32(ns)*0x85EBCA77
}

// init empties t and makes room for about n entries, in the slots it has
// when there are enough.
func (t *keyTable) init(n int) {
	size := 8
	for size < 2*n {
		size *= 2
	}
	if cap(t.slots) >= size {
		t.slots = t.slots[:size]
		clear(t.slots)
	} else {
		t.slots = make([]keySlot, size)
	}
	t.buf = t.buf[:0]
	t.n = 0
}

// reset empties t, keeping its slots for init.
func (t *keyTable) reset() {
	t.slots = t.slots[:0]
	t.buf = t.buf[:0]
	t.n = 0
}

// tabFind returns the slot of ns, key and id, whose keyHash is h, or the
// unused slot where it goes.
func tabFind[S string | []byte](t *keyTable, ns uint8, key S, id int32, h uint32) *keySlot {
	mask := uint32(len(t.slots) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		s := &t.slots[i]
		if s.ns == 0 || s.hash == h && s.ns == ns && s.id == id && string(t.buf[s.off:s.off+s.len]) == string(key) {
			return s
		}
	}
}

// get returns the value stored under ns, key and id.
func (t *keyTable) get(ns uint8, key string, id int32) (int32, bool) {
	return tabGet(t, ns, key, strHash(key), id)
}

// set stores val under ns, key and id.
func (t *keyTable) set(ns uint8, key string, id int32, val int32) {
	tabSet(t, ns, key, strHash(key), id, val)
}

// getBytes is get for a key in a byte slice, such as a token's key.
func (t *keyTable) getBytes(ns uint8, key []byte, id int32) (int32, bool) {
	return tabGet(t, ns, key, strHash(key), id)
}

// setBytes is set for a key in a byte slice.
func (t *keyTable) setBytes(ns uint8, key []byte, id int32, val int32) {
	tabSet(t, ns, key, strHash(key), id, val)
}

// getHashed is getBytes for a key whose strHash is sh.
func (t *keyTable) getHashed(ns uint8, key []byte, sh uint32, id int32) (int32, bool) {
	return tabGet(t, ns, key, sh, id)
}

// setHashed is setBytes for a key whose strHash is sh.
func (t *keyTable) setHashed(ns uint8, key []byte, sh uint32, id int32, val int32) {
	tabSet(t, ns, key, sh, id, val)
}

func tabGet[S string | []byte](t *keyTable, ns uint8, key S, sh uint32, id int32) (int32, bool) {
	if len(t.slots) == 0 {
		return 0, false
	}
	s := tabFind(t, ns, key, id, keyHash(ns, sh, id))
	return s.val, s.ns != 0
}

func tabSet[S string | []byte](t *keyTable, ns uint8, key S, sh uint32, id int32, val int32) {
	if 2*(t.n+1) > len(t.slots) {
		t.grow()
	}
	h := keyHash(ns, sh, id)
	s := tabFind(t, ns, key, id, h)
	if s.ns == 0 {
		*s = keySlot{off: int32(len(t.buf)), len: int32(len(key)), id: id, hash: h, ns: ns}
		t.buf = append(t.buf, key...)
		t.n++
	}
	s.val = val
}

// grow doubles the slots, moving the used ones by their hashes.
func (t *keyTable) grow() {
	old := t.slots
	t.slots = make([]keySlot, max(16, 2*len(old)))
	mask := uint32(len(t.slots) - 1)
	for _, s := range old {
		if s.ns != 0 {
			i := s.hash & mask
			for t.slots[i].ns != 0 {
				i = (i + 1) & mask
			}
			t.slots[i] = s
		}
	}
}
