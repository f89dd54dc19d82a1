// Package knowtab is the file format of package entity's knowledge tables:
// a sorted string table that maps keys to byte values and is read in place,
// from an embedded string, without decoding it first.
//
// # Format
//
// A table is a header, restart offsets and entries:
//
//	n      uint32, little-endian: the number of entries
//	r      uint32: the number of restarts
//	starts r × uint32: the offset of each restart entry, from the first entry
//	entries
//
// Entries are sorted by key, in byte order, keys unique and not empty. Each
// entry is
//
//	shared   uvarint: bytes the key shares with the previous key
//	unshared uvarint: bytes of the key that follow
//	vlen     uvarint: bytes of the value
//	the unshared bytes of the key, then the value
//
// Every [Interval]-th entry is a restart: it shares nothing with the
// previous key, and a lookup finds it by binary search over the restart
// offsets, then reads at most Interval entries forward. Keys are at most
// [MaxKey] bytes.
//
// This is the block format of LevelDB's sorted tables with a single block.
// [Table.Indexed] adds a hash index, built in memory, for lookups that cost
// about as much as a map's.
package knowtab

import (
	"encoding/binary"
	"errors"
	"fmt"
	"iter"
	"strings"
)

// Interval is the number of entries from one restart to the next.
const Interval = 16

// MaxKey is the longest key a table holds, in bytes.
const MaxKey = 255

// An Entry is a key and its value.
type Entry struct {
	Key   string // 1 to MaxKey bytes
	Value []byte // any bytes
}

// Encode returns the table of entries, which must be sorted by key, with
// unique keys of 1 to MaxKey bytes.
func Encode(entries []Entry) ([]byte, error) {
	var data, starts []byte
	prev := ""
	for i, e := range entries {
		switch {
		case e.Key == "" || len(e.Key) > MaxKey:
			return nil, fmt.Errorf("knowtab: entry %d: key of %d bytes", i, len(e.Key))
		case i > 0 && e.Key <= prev:
			return nil, fmt.Errorf("knowtab: entry %d: key %q not after %q", i, e.Key, prev)
		}
		shared := 0
		if i%Interval == 0 {
			starts = binary.LittleEndian.AppendUint32(starts, uint32(len(data)))
		} else {
			for shared < len(prev) && shared < len(e.Key) && prev[shared] == e.Key[shared] {
				shared++
			}
		}
		data = binary.AppendUvarint(data, uint64(shared))
		data = binary.AppendUvarint(data, uint64(len(e.Key)-shared))
		data = binary.AppendUvarint(data, uint64(len(e.Value)))
		data = append(data, e.Key[shared:]...)
		data = append(data, e.Value...)
		prev = e.Key
	}
	out := binary.LittleEndian.AppendUint32(nil, uint32(len(entries)))
	out = binary.LittleEndian.AppendUint32(out, uint32(len(starts)/4))
	out = append(out, starts...)
	return append(out, data...), nil
}

// A Table is an encoded table, read in place. The zero Table is empty.
// A Table is immutable and safe for concurrent use.
type Table struct {
	n       int
	starts  string   // the restart offsets
	data    string   // the entries
	index   []uint32 // see Indexed
	ordBits uint8    // bits of an index slot that hold an ordinal
}

// ErrFormat reports a table that is not in the format.
var ErrFormat = errors.New("knowtab: malformed table")

// Open returns the table encoded in s, which it keeps and reads in place.
// It checks the header only: a table corrupted further on reads as if it
// lacked the entries from the damage on, and lookups never panic.
func Open(s string) (Table, error) {
	if len(s) < 8 {
		return Table{}, ErrFormat
	}
	n, r := u32(s, 0), u32(s, 4)
	if uint64(r)*4 > uint64(len(s)-8) || uint64(r) != (uint64(n)+Interval-1)/Interval {
		return Table{}, ErrFormat
	}
	return Table{n: int(n), starts: s[8 : 8+4*r], data: s[8+4*r:]}, nil
}

// Len returns the number of entries.
func (t Table) Len() int { return t.n }

// Get returns the value of key, a substring of the table's string.
func (t Table) Get(key string) (string, bool) {
	if key == "" || len(key) > MaxKey || len(t.starts) == 0 {
		return "", false
	}
	if t.index != nil {
		return t.getIndexed(key)
	}
	// the last restart whose key is at most key
	lo, hi := 0, len(t.starts)/4 // restart lo's key <= key < restart hi's key
	if k, _, ok := t.restartKey(0); !ok || k > key {
		return "", false
	}
	for hi-lo > 1 {
		m := int(uint(lo+hi) >> 1)
		k, _, ok := t.restartKey(m)
		if !ok {
			return "", false
		}
		if k <= key {
			lo = m
		} else {
			hi = m
		}
	}
	var buf [MaxKey]byte
	n := 0
	p := int(u32(t.starts, 4*lo))
	for range Interval {
		e, ok := t.entry(p, n)
		if !ok {
			return "", false
		}
		n = copy(buf[e.shared:], e.suffix) + e.shared
		switch k := buf[:n]; {
		case string(k) == key:
			return e.value, true
		case string(k) > key:
			return "", false
		}
		p = e.next
	}
	return "", false
}

// Indexed returns t with a hash index over its keys, built by reading
// every entry once. Get then costs a hash and a probe or two, and for a
// key that is there a scan of at most Interval entries, where the binary
// search over the restarts reads memory all over the table. The index
// takes 4 bytes a slot, with at least twice as many slots as keys: each
// slot holds an entry's ordinal plus one in its low bits and the high bits
// of its key's hash above. Entries that cannot be read are left out of it,
// as Get leaves them out. A table of more than 2^24 entries is left
// without an index.
func (t Table) Indexed() Table {
	bits := uint8(1)
	for uint64(t.n)+1 >= 1<<bits {
		bits++
	}
	if bits > 24 {
		return t
	}
	size := 16
	for size < 2*t.n {
		size *= 2
	}
	idx := make([]uint32, size)
	mask := uint64(size - 1)
	// the hash of each prefix of the current key: a key hashes on from the
	// bytes it shares with the previous one
	var states [MaxKey + 1]uint64
	states[0] = fnvOffset
	t.scan(func(ord int, key []byte, _ string, shared int) bool {
		for j := shared; j < len(key); j++ {
			states[j+1] = (states[j] ^ uint64(key[j])) * fnvPrime
		}
		h := states[len(key)]
		i := h & mask
		for idx[i] != 0 {
			i = (i + 1) & mask
		}
		idx[i] = uint32(h>>32)&^(1<<bits-1) | uint32(ord+1)
		return true
	})
	t.index, t.ordBits = idx, bits
	return t
}

// getIndexed is Get by the index.
func (t Table) getIndexed(key string) (string, bool) {
	h := hash(key)
	mask := uint64(len(t.index) - 1)
	ordMask := uint32(1)<<t.ordBits - 1
	fp := uint32(h>>32) &^ ordMask
	for i := h & mask; ; i = (i + 1) & mask {
		s := t.index[i]
		if s == 0 {
			return "", false
		}
		if s&^ordMask != fp {
			continue
		}
		if v, ok := t.entryAt(int(s&ordMask)-1, key); ok {
			return v, true
		}
	}
}

// entryAt returns the value of entry ord if its key is key. It reads the
// entries from ord's restart on, keeping m, the length of the prefix of key
// that the current entry's key shares: an entry's key is the previous one's
// first shared bytes then its own, so no key needs rebuilding.
func (t Table) entryAt(ord int, key string) (string, bool) {
	r := ord / Interval
	if r >= len(t.starts)/4 {
		return "", false
	}
	d := t.data
	p := int(u32(t.starts, 4*r))
	m, n := 0, 0 // the prefix of key matched, the length of the current key
	for j := range ord%Interval + 1 {
		var shared, unshared, vlen int
		if p+3 <= len(d) && d[p]|d[p+1]|d[p+2] < 0x80 { // the common case: three one-byte lengths
			shared, unshared, vlen, p = int(d[p]), int(d[p+1]), int(d[p+2]), p+3
		} else {
			x, q, ok1 := uvarint(d, p)
			y, q, ok2 := uvarint(d, q)
			z, q, ok3 := uvarint(d, q)
			if !ok1 || !ok2 || !ok3 || x > MaxKey || y > MaxKey || z > uint64(len(d)) {
				return "", false
			}
			shared, unshared, vlen, p = int(x), int(y), int(z), q
		}
		if shared > n || j == 0 && shared != 0 || unshared+vlen > len(d)-p {
			return "", false
		}
		suffix := d[p : p+unshared]
		if shared <= m {
			m = shared
			for m < len(key) && m-shared < len(suffix) && key[m] == suffix[m-shared] {
				m++
			}
		}
		n = shared + unshared
		p += unshared + vlen
		if j == ord%Interval {
			return d[p-vlen : p], m == len(key) && n == len(key)
		}
	}
	return "", false
}

// scan calls f with the ordinal, key and value of each entry, and the
// bytes its key shares with the previous one, in order, until f returns
// false or an entry cannot be read. The key is only valid during the call.
func (t Table) scan(f func(ord int, key []byte, value string, shared int) bool) {
	var key []byte
	p := 0
	for i := range t.n {
		prevLen := len(key)
		if i%Interval == 0 {
			if 4*(i/Interval) >= len(t.starts) || int(u32(t.starts, 4*(i/Interval))) != p {
				return
			}
			prevLen = 0
		}
		e, ok := t.entry(p, prevLen)
		if !ok {
			return
		}
		key = append(key[:e.shared], e.suffix...)
		if len(key) == 0 {
			return
		}
		if !f(i, key, e.value, e.shared) {
			return
		}
		p = e.next
	}
}

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// hash is 64-bit FNV-1a.
func hash(s string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(s); i++ {
		h = (h ^ uint64(s[i])) * fnvPrime
	}
	return h
}

// restartKey returns the key of restart i and where its entry starts.
func (t Table) restartKey(i int) (string, int, bool) {
	p := int(u32(t.starts, 4*i))
	e, ok := t.entry(p, 0)
	if !ok || e.shared != 0 {
		return "", 0, false
	}
	return e.suffix, p, true
}

// An entry is one decoded entry.
type entry struct {
	shared int
	suffix string
	value  string
	next   int // where the next entry starts
}

// entry decodes the entry at p, whose previous key has prevLen bytes.
func (t Table) entry(p, prevLen int) (entry, bool) {
	var e entry
	shared, p, ok1 := uvarint(t.data, p)
	unshared, p, ok2 := uvarint(t.data, p)
	vlen, p, ok3 := uvarint(t.data, p)
	if !ok1 || !ok2 || !ok3 || shared > uint64(prevLen) || shared+unshared > MaxKey ||
		unshared+vlen > uint64(len(t.data)-p) {
		return e, false
	}
	e.shared = int(shared)
	e.suffix = t.data[p : p+int(unshared)]
	e.value = t.data[p+int(unshared) : p+int(unshared+vlen)]
	e.next = p + int(unshared+vlen)
	return e, true
}

// All yields the entries in key order, stopping at the first malformed one.
func (t Table) All() iter.Seq2[string, string] {
	return func(yield func(string, string) bool) {
		t.scan(func(_ int, key []byte, value string, _ int) bool { return yield(string(key), value) })
	}
}

// u32 reads the little-endian uint32 at s[i:]; the caller checks bounds.
func u32(s string, i int) uint32 {
	return uint32(s[i]) | uint32(s[i+1])<<8 | uint32(s[i+2])<<16 | uint32(s[i+3])<<24
}

// uvarint decodes an unsigned varint of at most 64 bits at s[p:] and
// returns it with the offset after it.
func uvarint(s string, p int) (uint64, int, bool) {
	var x uint64
	for shift := uint(0); shift < 64; shift += 7 {
		if p >= len(s) {
			return 0, p, false
		}
		c := s[p]
		p++
		x |= uint64(c&0x7f) << shift
		if c < 0x80 {
			return x, p, true
		}
	}
	return 0, p, false
}

// Uvarint decodes an unsigned varint at s[p:], as encoding/binary writes
// it, and returns it with the offset after it; ok is false when s ends
// first or the number overflows 64 bits.
func Uvarint(s string, p int) (x uint64, next int, ok bool) { return uvarint(s, p) }

// Record returns the i-th record of size bytes in s, or "" when s is too
// short: tables of fixed-size records are read with it.
func Record(s string, i, size int) string {
	if i < 0 || size <= 0 || i >= len(s)/size {
		return ""
	}
	return s[i*size : (i+1)*size]
}

// Lines returns the lines of s, without their line ends, as substrings of s.
func Lines(s string) []string {
	s = strings.TrimSuffix(s, "\n")
	if s == "" {
		return nil
	}
	return strings.Split(s, "\n")
}
