package article

import (
	"fmt"
	"strconv"
)

// A Span is the half-open range [Start, End) of byte offsets into the source
// text given to [Parse]. Offsets always refer to the original input, so
// src[s.Start:s.End] is the spanned text. The zero Span means "no span".
type Span struct {
	Start int `json:"start"` // offset of the first byte
	End   int `json:"end"`   // offset just past the last byte
}

// IsValid reports whether s spans at least one byte.
func (s Span) IsValid() bool { return 0 <= s.Start && s.Start < s.End }

// Len returns the number of bytes s covers.
func (s Span) Len() int { return s.End - s.Start }

// Text returns the text s covers in src. It returns "" when s does not lie
// within src, so a stale span never panics.
func (s Span) Text(src string) string {
	if s.Start < 0 || s.End > len(src) || s.Start > s.End {
		return ""
	}
	return src[s.Start:s.End]
}

// Contains reports whether t lies within s.
func (s Span) Contains(t Span) bool { return s.Start <= t.Start && t.End <= s.End }

// Overlaps reports whether s and t share at least one byte.
func (s Span) Overlaps(t Span) bool { return s.Start < t.End && t.Start < s.End }

// String returns s as "start:end".
func (s Span) String() string { return strconv.Itoa(s.Start) + ":" + strconv.Itoa(s.End) }

// A Position is a place in a source text: its byte offset and its 1-based
// line and column. Columns count bytes, as in go/token.
type Position struct {
	Offset int `json:"offset"` // byte offset, from 0
	Line   int `json:"line"`   // line number, from 1
	Column int `json:"column"` // byte column, from 1
}

// String returns p as "line:column".
func (p Position) String() string { return fmt.Sprintf("%d:%d", p.Line, p.Column) }

// PositionFor returns the position of byte offset off in src. Offsets outside
// src are clamped to it.
func PositionFor(src string, off int) Position {
	off = max(0, min(off, len(src)))
	line, col := 1, 1
	for i := 0; i < off; i++ {
		if src[i] == '\n' {
			line++
			col = 1
		} else {
			col++
		}
	}
	return Position{Offset: off, Line: line, Column: col}
}
