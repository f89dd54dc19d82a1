package stance

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// String returns r in the notation, one line without a newline; see [Format].
func (r Relation) String() string { return string(appendRelation(nil, r)) }

// Format prints relations in the notation, one a line, each ending in a
// newline. Only the fields the notation carries are printed: the texts of
// holder, target and Via, the polarity, the flags and the cue as written.
// [Parse] reads the output back to the same fields.
func Format(rs []Relation) string {
	var b []byte
	for _, r := range rs {
		b = appendRelation(b, r)
		b = append(b, '\n')
	}
	return string(b)
}

func appendRelation(b []byte, r Relation) []byte {
	b = appendParty(b, r.Holder.Text)
	b = append(b, " -> "...)
	b = appendParty(b, r.Target.Text)
	b = append(b, " : "...)
	b = append(b, r.Polarity.String()...)
	if r.Negated {
		b = append(b, " negated"...)
	}
	if r.Hypothetical {
		b = append(b, " hypothetical"...)
	}
	if r.Cue.Text != "" {
		b = append(b, ' ')
		b = strconv.AppendQuote(b, r.Cue.Text)
	}
	for i, v := range r.Via {
		if i == 0 {
			b = append(b, " via "...)
		} else {
			b = append(b, ", "...)
		}
		b = appendParty(b, v.Text)
	}
	return b
}

// appendParty writes s bare when it can be read back bare, else quoted.
func appendParty(b []byte, s string) []byte {
	if isBare(s) {
		return append(b, s...)
	}
	return strconv.AppendQuote(b, s)
}

// isBare reports whether s can be written without quotation marks: not
// empty, valid UTF-8 without control characters, no leading or trailing
// space, no doubled space, and none of `"`, `:`, `,`, `#`, "->".
func isBare(s string) bool {
	if s == "" || !utf8.ValidString(s) || s[0] == ' ' || s[len(s)-1] == ' ' ||
		strings.Contains(s, "->") || strings.Contains(s, "  ") || strings.ContainsAny(s, "\":,#") {
		return false
	}
	for _, r := range s {
		if r < ' ' || r == 0x7f || r == utf8.RuneError || (r >= 0x80 && r < 0xa0) || r == '\u2028' || r == '\u2029' {
			return false
		}
	}
	return true
}

// Parse reads relations in the notation, one a line:
//
//	HOLDER -> TARGET : POLARITY [negated] [hypothetical] ["CUE"] [via PARTY {, PARTY}]
//
// A party is written bare (any text without `"`, `:`, `,`, `#` or "->",
// with single spaces) or as a Go double-quoted string. POLARITY is
// "support", "oppose", "neutral" or "unknown". Blank lines and lines whose
// first non-space character is '#' are skipped. A malformed line is a
// [*ParseError] with its line and column, wrapping [ErrSyntax] or
// [ErrPolarity]; the relations before it are returned with it.
func Parse(src string) ([]Relation, error) {
	var out []Relation
	for off := 0; off < len(src); {
		end := strings.IndexByte(src[off:], '\n')
		if end < 0 {
			end = len(src)
		} else {
			end += off
		}
		line := src[off:end]
		t := strings.TrimLeft(line, " \t\r")
		if t != "" && t[0] != '#' {
			r, err := parseLine(src, off, strings.TrimRight(line, "\r"))
			if err != nil {
				return out, err
			}
			out = append(out, r)
		}
		off = end + 1
	}
	return out, nil
}

// lineScanner reads one line of the notation.
type lineScanner struct {
	src  string // the whole input, for positions
	base int    // offset of line in src
	line string
	i    int
}

func (s *lineScanner) skip() {
	for s.i < len(s.line) && (s.line[s.i] == ' ' || s.line[s.i] == '\t') {
		s.i++
	}
}

func (s *lineScanner) fail(sentinel error) *ParseError {
	return errorAt(s.src, s.base+s.i, sentinel, s.line[s.i:])
}

// party reads a bare or quoted party ending before one of stops.
func (s *lineScanner) party(stops ...string) (string, error) {
	s.skip()
	if s.i < len(s.line) && s.line[s.i] == '"' {
		q, err := strconv.QuotedPrefix(s.line[s.i:])
		if err != nil {
			return "", s.fail(ErrSyntax)
		}
		v, _ := strconv.Unquote(q)
		s.i += len(q)
		return v, nil
	}
	start := s.i
	end := len(s.line)
	for _, stop := range stops {
		if j := strings.Index(s.line[start:], stop); j >= 0 && start+j < end {
			end = start + j
		}
	}
	v := strings.TrimRight(s.line[start:end], " \t")
	if !isBare(v) {
		return "", s.fail(ErrSyntax)
	}
	s.i = start + len(v)
	return v, nil
}

func (s *lineScanner) expect(tok string) error {
	s.skip()
	if !strings.HasPrefix(s.line[s.i:], tok) {
		return s.fail(ErrSyntax)
	}
	s.i += len(tok)
	return nil
}

// word reads a run of lower-case ASCII letters.
func (s *lineScanner) word() string {
	s.skip()
	j := s.i
	for j < len(s.line) && 'a' <= s.line[j] && s.line[j] <= 'z' {
		j++
	}
	return s.line[s.i:j]
}

func parseLine(src string, base int, line string) (Relation, error) {
	s := &lineScanner{src: src, base: base, line: line}
	var r Relation
	var err error
	if r.Holder.Text, err = s.party("->"); err != nil {
		return r, err
	}
	if err = s.expect("->"); err != nil {
		return r, err
	}
	if r.Target.Text, err = s.party(" : ", ":"); err != nil {
		return r, err
	}
	if err = s.expect(":"); err != nil {
		return r, err
	}
	w := s.word()
	p, ok := polarityOf(w)
	if !ok {
		return r, s.fail(ErrPolarity)
	}
	r.Polarity = p
	s.i += len(w)
	for {
		w = s.word()
		switch {
		case w == "negated" && !r.Negated:
			r.Negated = true
		case w == "hypothetical" && !r.Hypothetical:
			r.Hypothetical = true
		default:
			goto cue
		}
		s.i += len(w)
	}
cue:
	s.skip()
	if s.i < len(s.line) && s.line[s.i] == '"' {
		q, err := strconv.QuotedPrefix(s.line[s.i:])
		if err != nil {
			return r, s.fail(ErrSyntax)
		}
		r.Cue.Text, _ = strconv.Unquote(q)
		s.i += len(q)
	}
	if w = s.word(); w == "via" {
		s.i += len(w)
		for {
			v, err := s.party(",")
			if err != nil {
				return r, err
			}
			r.Via = append(r.Via, Party{Text: v})
			s.skip()
			if s.i < len(s.line) && s.line[s.i] == ',' {
				s.i++
				continue
			}
			break
		}
	}
	s.skip()
	if s.i < len(s.line) {
		return r, s.fail(ErrSyntax)
	}
	return r, nil
}
