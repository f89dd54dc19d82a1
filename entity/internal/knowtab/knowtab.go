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
	Key   string
	Value []byte
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
	n      int
	starts string // the restart offsets
	data   string // the entries
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
	if uint64(r)*4 > uint64(len(s)-8) || r != (n+Interval-1)/Interval {
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
		var key []byte
		p := 0
		for i := range t.n {
			prevLen := len(key)
			if i%Interval == 0 { // a restart: where its offset says, sharing nothing
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
			if !yield(string(key), e.value) {
				return
			}
			p = e.next
		}
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
