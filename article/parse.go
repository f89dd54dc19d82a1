package article

import (
	"errors"
	"io"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A Parser parses plain-text news reports. The zero Parser is ready to use;
// set its fields before the first call. A Parser is safe for concurrent use:
// parsing never modifies it.
type Parser struct {
	// Reference is the date that gives a year to a dateline's date when the
	// report has no dated header ("MOSCOW, July 14 (Reuters) -"). Zero
	// leaves such a dateline's date unresolved.
	Reference Date
}

// Parse parses src with the zero [Parser].
func Parse(src string) (*Article, error) { return new(Parser).Parse(src) }

// Read reads all of r and parses it with the zero [Parser].
func Read(r io.Reader) (*Article, error) { return new(Parser).Read(r) }

// Read reads all of r and parses it; see [Parser.Parse].
func (p *Parser) Read(r io.Reader) (*Article, error) {
	b, err := io.ReadAll(r)
	if err != nil {
		return nil, err
	}
	return p.Parse(string(b))
}

// Parse parses a plain-text report as found in the wild:
//
//   - an optional metadata header of known keys ("date 2016-07-15",
//     "title: …", "source: …", "author: …", "url: …"); a space-separated
//     field may share its line with the first paragraph;
//   - paragraphs separated by blank lines or by single newlines, with
//     hard-wrapped lines joined;
//   - short unpunctuated lines as section headings, and a heading that opens
//     the report as its headline;
//   - trailing boilerplate ("(Reporting by …)", "Follow us on …",
//     "Copyright …", a stray heading after the last body paragraph) kept but
//     flagged;
//   - a wire dateline opening the first body paragraph ("MOSCOW, July 14
//     (Reuters) -", "WASHINGTON (AP) —").
//
// Text without a header is never an error. A header field whose value is
// malformed ("date 2016-13-45") is a [*ParseError] wrapping [ErrSyntax] or
// [ErrRange]. Input that is not UTF-8 text at all is a [*ParseError]
// wrapping [ErrUTF16] (a UTF-16 byte order mark) or [ErrBinary] (a NUL
// byte). Invalid UTF-8 sequences are kept as they are and never an error.
func (p *Parser) Parse(src string) (*Article, error) {
	if strings.HasPrefix(src, "\xff\xfe") || strings.HasPrefix(src, "\xfe\xff") {
		return nil, &ParseError{Pos: PositionFor(src, 0), Err: ErrUTF16}
	}
	if i := strings.IndexByte(src, 0); i >= 0 {
		return nil, &ParseError{Pos: PositionFor(src, i), Err: ErrBinary}
	}
	a := &Article{Source: src}
	body, err := parseHeader(a)
	if err != nil {
		return nil, err
	}
	a.Paragraphs = splitParagraphs(src, body)
	classify(src, a.Paragraphs)
	ref := a.Date
	if ref.IsZero() {
		ref = p.Reference
	}
	for i, para := range a.Paragraphs {
		if para.Kind == KindHeading && i == 0 && !a.Headline.IsValid() {
			a.Headline = para.Span
		}
		if para.Kind == KindBody {
			a.Dateline = parseDateline(src, para.Span, ref)
			break
		}
	}
	if a.Date.IsZero() && a.Dateline.Date.Precision == PrecisionDay {
		a.Date = a.Dateline.Date
	}
	a.Sentences = splitArticle(src, a.Paragraphs)
	return a, nil
}

// splitArticle returns the sentences of the paragraphs that are not
// boilerplate, nil when there are none. The result is allocated once, at
// its size: the sentences of a short report are collected on the stack, and
// a long one is read twice, to count its sentences and then to fill a slice
// of that size.
func splitArticle(src string, paras []Paragraph) []Sentence {
	var short [128]Sentence
	first, n := appendArticleSentences(short[:0], src, paras)
	switch {
	case n == 0:
		return nil
	case n <= len(short):
		return slices.Clone(first)
	}
	all, _ := appendArticleSentences(make([]Sentence, 0, n), src, paras)
	return all
}

// appendArticleSentences appends to out as many of the sentences of paras
// as its capacity holds, and returns it with the number of sentences.
func appendArticleSentences(out []Sentence, src string, paras []Paragraph) ([]Sentence, int) {
	var spanBuf, quoteBuf [32]Span
	spans, quotes := spanBuf[:0], quoteBuf[:0]
	n := 0
	for i, para := range paras {
		if para.Kind == KindBoilerplate {
			continue
		}
		spans, quotes = appendSentences(spans[:0], quotes, src, para.Span)
		n += len(spans)
		for _, s := range spans[:min(len(spans), cap(out)-len(out))] {
			out = append(out, Sentence{Span: s, Paragraph: i})
		}
	}
	return out, n
}

// headerKeys are the metadata keys a header may use. dateKeys hold dates.
var (
	headerKeys = []string{"date", "title", "headline", "source", "author", "byline", "url", "link",
		"published", "updated", "section", "publisher", "language", "id"}
	dateKeys = []string{"date", "published", "updated"}
)

// parseHeader reads the metadata header at the start of a.Source into a and
// returns the offset where the report's text begins.
func parseHeader(a *Article) (int, error) {
	src := a.Source
	i := skipBlank(src, 0)
	if strings.HasPrefix(src[i:], "\uFEFF") {
		i = skipBlank(src, i+3)
	}
	start := i
	for {
		f, next, err := parseField(src, i)
		if err != nil {
			return 0, err
		}
		if next < 0 {
			break
		}
		a.Meta = append(a.Meta, f)
		v := f.Value.Text(src)
		switch {
		case (f.Key == "title" || f.Key == "headline") && !a.Headline.IsValid() && f.Value.IsValid():
			a.Headline = f.Value
		case isOneOf(f.Key, dateKeys) && a.Date.IsZero() && f.Key != "updated":
			a.Date, _ = ParseDate(v, Date{})
		}
		i = next
	}
	if len(a.Meta) == 0 {
		return 0, nil
	}
	a.Header = Span{start, a.Meta[len(a.Meta)-1].Span.End}
	return i, nil
}

// parseField reads one header field at src[i]. It returns next < 0 when
// there is none, and an error when a field's value is malformed.
func parseField(src string, i int) (f Field, next int, err error) {
	w, j := wordAt(src, i)
	key := oneOfFold(w, headerKeys)
	if key == "" {
		return Field{}, -1, nil
	}
	isDate := isOneOf(key, dateKeys)
	if j < len(src) && src[j] == ':' {
		v := skipSpaces(src, j+1)
		e := lineEnd(src, v)
		ve := trimRight(src, v, e)
		f = Field{Key: key, Span: Span{i, max(ve, j+1)}, Value: Span{v, ve}}
		if isDate {
			if _, err := ParseDate(src[v:ve], Date{}); err != nil {
				return Field{}, 0, relocate(src, v, err)
			}
		}
		return f, skipBlank(src, e), nil
	}
	// "key value": only for values with a shape of their own, and only with
	// the key in lower case, so that ordinary prose is never taken for a header.
	if w != key || j >= len(src) || (src[j] != ' ' && src[j] != '\t') {
		return Field{}, -1, nil
	}
	v := skipSpaces(src, j)
	switch {
	case isDate && v < len(src) && isDigit(src[v]):
		e := v
		for e < len(src) && !isSpace(src[e]) {
			e++
		}
		tok := src[v:e]
		if !looksISO(tok) || !strings.Contains(tok, "-") {
			return Field{}, -1, nil
		}
		if _, err := ParseDate(tok, Date{}); err != nil {
			return Field{}, 0, relocate(src, v, err)
		}
		return Field{Key: key, Span: Span{i, e}, Value: Span{v, e}}, skipBlank(src, e), nil
	case isDate:
		d, e, err := scanWritten(src, v, Date{}, false)
		if err != nil || d.Precision != PrecisionDay {
			return Field{}, -1, nil
		}
		return Field{Key: key, Span: Span{i, e}, Value: Span{v, e}}, skipBlank(src, e), nil
	case key == "url" || key == "link":
		e := v
		for e < len(src) && !isSpace(src[e]) {
			e++
		}
		if tok := src[v:e]; !strings.Contains(tok, "://") && !strings.HasPrefix(tok, "www.") {
			return Field{}, -1, nil
		}
		return Field{Key: key, Span: Span{i, e}, Value: Span{v, e}}, skipBlank(src, e), nil
	}
	return Field{}, -1, nil
}

// relocate moves a ParseError from ParseDate on src[off:] to its place in src.
func relocate(src string, off int, err error) error {
	var pe *ParseError
	if errors.As(err, &pe) {
		return &ParseError{Pos: PositionFor(src, off+pe.Pos.Offset), Err: pe.Err}
	}
	return err
}

// A textLine is one line of a block: [start, end) without its newline and
// trailing spaces, whether it began with indentation, and its length in
// runes (set only in blocks of several lines).
type textLine struct {
	start, end int
	indented   bool
	runes      int
}

// splitParagraphs splits src[from:] into paragraphs: blocks of non-blank
// lines, each cut where a line ends a paragraph (see breaksAfter). The
// result is allocated once, at its size: the paragraphs of a short report
// are collected on the stack, and a long one is read twice, to count its
// paragraphs and then to fill a slice of that size.
func splitParagraphs(src string, from int) []Paragraph {
	var lines [32]textLine
	var short [64]Paragraph
	first := paragraphSplitter{src: src, paras: short[:0]}
	block := first.split(from, lines[:0])
	switch {
	case first.n == 0:
		return nil
	case first.n <= len(short):
		return slices.Clone(first.paras)
	}
	all := paragraphSplitter{src: src, paras: make([]Paragraph, 0, first.n)}
	all.split(from, block)
	return all.paras
}

// A paragraphSplitter holds the state of [splitParagraphs].
type paragraphSplitter struct {
	src   string
	paras []Paragraph // the paragraphs found, as many as its capacity holds
	n     int         // the number of paragraphs found
}

// split finds the paragraphs of src[from:]. block is scratch space for
// the lines of a block, returned for reuse.
func (sp *paragraphSplitter) split(from int, block []textLine) []textLine {
	src := sp.src
	for i := from; i < len(src); {
		e := lineEnd(src, i)
		s := skipSpaceRunes(src, i, e)
		if s == e {
			if len(block) > 0 {
				block = sp.flush(block)
			}
		} else {
			block = append(block, textLine{start: s, end: trimRight(src, s, e), indented: s > i && i != from})
		}
		i = e
		if i < len(src) {
			i++ // the newline
		}
	}
	if len(block) > 0 {
		block = sp.flush(block)
	}
	return block
}

// flush cuts a block of lines into paragraphs and returns it emptied.
func (sp *paragraphSplitter) flush(block []textLine) []textLine {
	width := 0 // the longest line's runes; only breaksAfter needs it
	if len(block) > 1 {
		for k := range block {
			block[k].runes = utf8.RuneCountInString(sp.src[block[k].start:block[k].end])
			width = max(width, block[k].runes)
		}
	}
	first := 0
	for k := range block {
		if k == len(block)-1 || breaksAfter(sp.src, block[k], block[k+1], width) {
			sp.n++
			if n := len(sp.paras); n < cap(sp.paras) {
				sp.paras = sp.paras[:n+1] // never grows: the caller sizes it
				sp.paras[n] = Paragraph{Span: Span{block[first].start, block[k].end}, Kind: KindBody}
			}
			first = k + 1
		}
	}
	return block[:0]
}

// breaksAfter reports whether a paragraph ends between the lines cur and
// next of a block whose longest line has width runes. A line that starts in
// lower case continues its paragraph. In a hard-wrapped block (every line
// within 120 runes), a paragraph ends where the next line is indented or
// where its first word would have fitted on the current line. In a block of
// long lines, every line is a paragraph.
func breaksAfter(src string, cur, next textLine, width int) bool {
	r, _ := utf8.DecodeRuneInString(src[next.start:])
	if unicode.IsLower(r) {
		return false
	}
	if width > 120 {
		return true
	}
	if next.indented {
		return true
	}
	w := next.start
	for w < next.end && !isSpace(src[w]) {
		w++
	}
	return cur.runes+1+utf8.RuneCountInString(src[next.start:w]) <= width
}

// classify sets the kind of each paragraph: trailing boilerplate, headings,
// and body for the rest.
func classify(src string, paras []Paragraph) {
	firstBody := len(paras)
	for i, p := range paras {
		if !isHeadingLike(p.Text(src)) {
			firstBody = i
			break
		}
	}
	trailing := len(paras)
	for trailing > 0 {
		t := paras[trailing-1].Text(src)
		// A heading with no body after it heads nothing: it is page furniture.
		if !isBoilerplate(t) && !(isHeadingLike(t) && trailing-1 > firstBody) {
			break
		}
		trailing--
		paras[trailing].Kind = KindBoilerplate
	}
	for i := range paras[:trailing] {
		if isHeadingLike(paras[i].Text(src)) {
			paras[i].Kind = KindHeading
		}
	}
}

// boilerplatePrefixes open the trailing matter of news pages and wires.
var boilerplatePrefixes = []string{
	"(reporting by", "reporting by", "(additional reporting", "additional reporting by",
	"(editing by", "editing by", "(writing by", "writing by", "(compiled by", "compiled by",
	"(edited by", "follow us on", "follow us at", "follow the ", "copyright", "©", "(c) ",
	"all rights reserved", "latest news from", "read more", "related:", "related coverage",
	"related stories", "click here", "sign up for", "subscribe to", "share this", "our standards:",
	"this story has been", "this article has been", "this article was", "advertisement",
}

func isBoilerplate(t string) bool {
	for _, p := range boilerplatePrefixes {
		if len(t) >= len(p) && strings.EqualFold(t[:len(p)], p) {
			return true
		}
	}
	return false
}

// isHeadingLike reports whether a paragraph reads as a section heading: one
// short line that starts with a capital and ends without punctuation.
func isHeadingLike(t string) bool {
	if len(t) > 100 {
		return false
	}
	// The last rune first: it rules out most paragraphs of prose.
	last, _ := utf8.DecodeLastRuneInString(t)
	if unicode.IsPunct(last) && last != ')' && last != '?' || unicode.In(last, unicode.Pi, unicode.Pf) {
		return false
	}
	if strings.IndexByte(t, '\n') >= 0 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(t)
	if !unicode.IsUpper(r) && !unicode.IsDigit(r) {
		return false
	}
	if strings.ContainsAny(t, "\"“”") {
		return false
	}
	return countFields(t) <= 12
}

// countFields returns len(strings.Fields(s)) without building the slice.
func countFields(s string) int {
	n, inField := 0, false
	for _, r := range s {
		space := unicode.IsSpace(r)
		if !space && !inField {
			n++
		}
		inField = !space
	}
	return n
}

// oneOfFold returns the element of list, all lower case, that equals s
// regardless of case, or "".
func oneOfFold(s string, list []string) string {
	for _, x := range list {
		if strings.EqualFold(s, x) {
			return x
		}
	}
	return ""
}

func isOneOf(s string, list []string) bool {
	for _, x := range list {
		if s == x {
			return true
		}
	}
	return false
}

// lineEnd returns the offset of the newline ending the line at i, or len(src).
func lineEnd(src string, i int) int {
	if j := strings.IndexByte(src[i:], '\n'); j >= 0 {
		return i + j
	}
	return len(src)
}

// skipBlank skips ASCII white space, newlines included.
func skipBlank(src string, i int) int {
	for i < len(src) && isSpace(src[i]) {
		i++
	}
	return i
}

// skipSpaceRunes skips white space runes (no-break spaces included) in src[i:e].
func skipSpaceRunes(src string, i, e int) int {
	for i < e {
		if c := src[i]; c < utf8.RuneSelf {
			if !isSpace(c) {
				break
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(src[i:e])
		if !unicode.IsSpace(r) && r != '\u200B' && r != '\uFEFF' {
			break
		}
		i += n
	}
	return i
}

// trimRight returns the end of src[s:e] without trailing white space runes.
func trimRight(src string, s, e int) int {
	for e > s {
		if c := src[e-1]; c < utf8.RuneSelf {
			if !isSpace(c) {
				break
			}
			e--
			continue
		}
		r, n := utf8.DecodeLastRuneInString(src[s:e])
		if !unicode.IsSpace(r) && r != '\u200B' && r != '\uFEFF' {
			break
		}
		e -= n
	}
	return e
}
