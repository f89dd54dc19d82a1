package newsmodel_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// This file reads the annotated sources of testdata/newsstyles (src/*.ann, the
// inline markup described in testdata/newsstyles/README.md) and builds the
// corpus the evaluation scripts read: docs/<id>.txt and gold.jsonl.

// nsDoc is one line of testdata/newsstyles/gold.jsonl.
type nsDoc struct {
	ID       string      `json:"id"`
	File     string      `json:"file"`
	Date     string      `json:"date"`
	Style    string      `json:"style"`
	Scope    string      `json:"scope"`
	Mentions []nsMention `json:"mentions"`
	Ignore   []nsIgnore  `json:"ignore"`
	Quotes   []nsQuote   `json:"quotes"`
	Stances  []nsStance  `json:"stances"`
}

// nsMention is a person, organisation or place mention (GUM's conventions).
type nsMention struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	Kind  string `json:"kind"`
	Chain string `json:"chain"`
	Form  string `json:"form"`
}

// nsIgnore is a span that neither counts nor costs: names of other sorts,
// titles of works and scare quotes.
type nsIgnore struct {
	Span [2]int `json:"span"`
	Text string `json:"text"`
	Why  string `json:"why"`
}

// nsQuote is one attribution (PolNeAR's conventions).
type nsQuote struct {
	Kind             string   `json:"kind"`
	Content          [][2]int `json:"content"`
	Speaker          *string  `json:"speaker"`
	SpeakerSpan      *[2]int  `json:"speaker_span"`
	SpeakerCanonical *string  `json:"speaker_canonical,omitempty"`
	Cue              *string  `json:"cue"`
	CueSpan          *[2]int  `json:"cue_span"`
}

// nsStance is one stance relation (stance-free-dev's conventions).
type nsStance struct {
	Sentence      [2]int `json:"sentence"`
	Holder        [2]int `json:"holder"`
	HolderText    string `json:"holder_text"`
	HolderName    string `json:"holder_name"`
	HolderOutside bool   `json:"holder_outside"`
	Target        [2]int `json:"target"`
	TargetText    string `json:"target_text"`
	TargetName    string `json:"target_name"`
	TargetOutside bool   `json:"target_outside"`
	Polarity      string `json:"polarity"`
	Cue           [2]int `json:"cue"`
	CueText       string `json:"cue_text"`
}

// nsKind gives the gold kind of a markup kind letter.
func nsKind(letter byte) (string, bool) {
	switch letter {
	case 'p':
		return "person", true
	case 'o':
		return "organization", true
	case 'l':
		return "place", true
	}
	return "", false
}

// nsIgnoreWhy gives the `why` of an ignore span from its markup label.
func nsIgnoreWhy(label string) (string, bool) {
	switch label {
	case "work":
		return "work name (title in quote marks: not a quote)", true
	case "scare":
		return "scare quote (not a quote)", true
	case "event":
		return "event name", true
	case "product":
		return "product name", true
	case "law":
		return "law or programme name", true
	case "demonym":
		return "demonym or nationality adjective", true
	case "award":
		return "award or competition name", true
	case "handle":
		return "social media handle", true
	case "misc":
		return "other name", true
	}
	return "", false
}

// nsPronouns are the words a mention without a form letter is a pronoun for.
const nsPronouns = " he him his himself she her hers herself it its itself they them their theirs themselves" +
	" i me my mine myself we us our ours ourselves you your yours yourself yourselves "

// isNSPronoun reports whether text is a pronoun as written: lower case or
// capitalised, never all capitals ("US" is a country, "us" a pronoun).
func isNSPronoun(text string) bool {
	low := strings.ToLower(text)
	if text == "" || strings.Contains(text, " ") || !strings.Contains(nsPronouns, " "+low+" ") {
		return false
	}
	title := strings.ToUpper(low[:1]) + low[1:]
	return text == low || text == title
}

// nsPatterns are the markup's regular expressions, compiled once.
var nsPatterns = sync.OnceValue(func() struct{ markerOpen, chainID, date *regexp.Regexp } {
	return struct{ markerOpen, chainID, date *regexp.Regexp }{
		regexp.MustCompile(`^\{([A-Za-z0-9_.]+(?:,[A-Za-z0-9_.]+)*):`),
		regexp.MustCompile(`^[A-Za-z0-9_.-]+$`),
		regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`),
	}
})

// nsSpan is a marked span of the plain text.
type nsSpan struct {
	start, end int
	line       int
}

// nsBuilt is one document built from its annotated source.
type nsBuilt struct {
	Text string
	Doc  nsDoc
}

// nsSourceError says where in an annotated source a problem is.
func nsSourceError(file string, line int, format string, args ...any) error {
	return fmt.Errorf("%s:%d: %s", file, line, fmt.Sprintf(format, args...))
}

// buildNewsStylesSource turns one annotated source into its text and gold.
func buildNewsStylesSource(file string, src string) (nsBuilt, error) {
	var b nsBuilt
	head, body, ok := strings.Cut(src, "\n---\n")
	if !ok {
		return b, nsSourceError(file, 1, "no '---' line between header and text")
	}
	headerLines := strings.Count(head, "\n") + 2
	d := nsDoc{ID: strings.TrimSuffix(filepath.Base(file), ".ann"), Scope: "attribution"}
	for i, line := range strings.Split(head, "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		k, v, ok := strings.Cut(line, ":")
		if !ok {
			return b, nsSourceError(file, i+1, "header line %q is not 'key: value'", line)
		}
		v = strings.TrimSpace(v)
		switch strings.TrimSpace(k) {
		case "date":
			d.Date = v
		case "style":
			d.Style = v
		default:
			return b, nsSourceError(file, i+1, "unknown header key %q", k)
		}
	}
	if !nsPatterns().date.MatchString(d.Date) {
		return b, nsSourceError(file, 1, "date %q is not YYYY-MM-DD", d.Date)
	}
	d.File = "docs/" + d.ID + ".txt"

	// Directive lines (starting with '@') are set aside; the rest is marked-up text.
	type directive struct {
		line   int
		fields string
	}
	var dirs []directive
	var markup strings.Builder
	var lineOf []int // source line of each byte of markup
	for i, line := range strings.SplitAfter(body, "\n") {
		n := headerLines + i
		if strings.HasPrefix(line, "@") {
			dirs = append(dirs, directive{n, strings.TrimSpace(line[1:])})
			continue
		}
		markup.WriteString(line)
		for range len(line) {
			lineOf = append(lineOf, n)
		}
	}
	m := markup.String()

	var out strings.Builder
	type openMention struct{ start, line int }
	type openMarker struct {
		ids         []string
		start, line int
	}
	var mstack []openMention
	var kstack []openMarker
	spans := map[string]nsSpan{}
	chainKind := map[string]string{}
	singles := 0
	for i := 0; i < len(m); {
		line := lineOf[i]
		switch {
		case strings.HasPrefix(m[i:], "[["):
			mstack = append(mstack, openMention{out.Len(), line})
			i += 2
		case m[i] == '|':
			if len(mstack) == 0 {
				return b, nsSourceError(file, line, "'|' outside a mention")
			}
			end := strings.Index(m[i:], "]]")
			if end < 0 || strings.Contains(m[i:i+end], "\n") {
				return b, nsSourceError(file, line, "mention label not closed by ']]' on its line")
			}
			label := m[i+1 : i+end]
			i += end + 2
			om := mstack[len(mstack)-1]
			mstack = mstack[:len(mstack)-1]
			text := out.String()[om.start:]
			if text == "" || strings.TrimSpace(text) != text {
				return b, nsSourceError(file, line, "mention %q is empty or has outer spaces", text)
			}
			fields := strings.Fields(label)
			if len(fields) != 2 || fields[0] == "" {
				return b, nsSourceError(file, line, "mention label %q is not 'KIND CHAIN'", label)
			}
			kl, chain := fields[0], fields[1]
			if kl[0] == 'x' {
				why, ok := nsIgnoreWhy(chain)
				if !ok || kl != "x" {
					return b, nsSourceError(file, line, "unknown ignore label %q", label)
				}
				d.Ignore = append(d.Ignore, nsIgnore{Span: [2]int{om.start, out.Len()}, Text: text, Why: why})
				continue
			}
			kind, ok := nsKind(kl[0])
			if !ok {
				return b, nsSourceError(file, line, "unknown kind in mention label %q", label)
			}
			flags := kl[1:]
			form := "name"
			if isNSPronoun(text) {
				form = "pronoun"
			}
			switch strings.TrimSuffix(flags, "!") {
			case "":
			case "d":
				form = "nominal"
			case "n":
				form = "name"
			default:
				return b, nsSourceError(file, line, "unknown form in mention label %q", label)
			}
			if (form == "pronoun") != isNSPronoun(text) {
				return b, nsSourceError(file, line, "mention %q is a pronoun: no form letter", text)
			}
			if !strings.HasSuffix(flags, "!") {
				if strings.HasSuffix(text, "'s") || strings.HasSuffix(text, "’s") || strings.ContainsAny(text[len(text)-1:], ",;:") {
					return b, nsSourceError(file, line, "mention %q ends in a possessive or punctuation (add '!' to the kind if it belongs to the name)", text)
				}
			}
			if chain == "_" {
				singles++
				chain = fmt.Sprintf("_%d", singles)
			} else if !nsPatterns().chainID.MatchString(chain) || strings.HasPrefix(chain, "_") {
				return b, nsSourceError(file, line, "bad chain id %q", chain)
			}
			if k, ok := chainKind[chain]; ok && k != kind {
				return b, nsSourceError(file, line, "chain %q is %s here but %s before", chain, kind, k)
			}
			chainKind[chain] = kind
			d.Mentions = append(d.Mentions, nsMention{om.start, out.Len(), text, kind, chain, form})
		case m[i] == '{':
			g := nsPatterns().markerOpen.FindStringSubmatch(m[i:])
			if g == nil {
				return b, nsSourceError(file, line, "'{' that opens no marker")
			}
			kstack = append(kstack, openMarker{strings.Split(g[1], ","), out.Len(), line})
			i += len(g[0])
		case strings.HasPrefix(m[i:], ":}"):
			if len(kstack) == 0 {
				return b, nsSourceError(file, line, "':}' closes no marker")
			}
			ok := kstack[len(kstack)-1]
			kstack = kstack[:len(kstack)-1]
			if ok.start == out.Len() {
				return b, nsSourceError(file, line, "empty marker %v", ok.ids)
			}
			for _, id := range ok.ids {
				if _, dup := spans[id]; dup {
					return b, nsSourceError(file, line, "marker %q used twice", id)
				}
				spans[id] = nsSpan{ok.start, out.Len(), ok.line}
			}
			i += 2
		case m[i] == '}' || m[i] == ']':
			return b, nsSourceError(file, line, "stray %q", m[i])
		default:
			out.WriteByte(m[i])
			i++
		}
	}
	if len(mstack) > 0 {
		return b, nsSourceError(file, mstack[0].line, "mention not closed")
	}
	if len(kstack) > 0 {
		return b, nsSourceError(file, kstack[0].line, "marker %v not closed", kstack[0].ids)
	}
	// GUM keeps a title with its name ("Kremlin spokesperson Dmitry
	// Peskov") and does not mark the bare name inside it again.
	for _, in := range d.Mentions {
		for _, outer := range d.Mentions {
			if in.Chain == outer.Chain && in.Form == "name" && outer.Form == "name" &&
				outer.Start <= in.Start && in.End <= outer.End && outer.End-outer.Start > in.End-in.Start {
				return b, nsSourceError(file, 1, "name %q nested in %q of the same chain", in.Text, outer.Text)
			}
		}
	}
	text := strings.TrimRight(out.String(), "\n") + "\n"
	if !utf8.ValidString(text) {
		return b, nsSourceError(file, 1, "text is not UTF-8")
	}
	b.Text = text

	// Canonical names of chains: the first name mention not in capitals (a
	// capitals headline shouts), else the first name mention, else the first
	// description.
	names := map[string]string{}
	for _, mm := range d.Mentions {
		if _, ok := names[mm.Chain]; !ok && mm.Form == "name" && strings.ToUpper(mm.Text) != mm.Text {
			names[mm.Chain] = mm.Text
		}
	}
	for _, mm := range d.Mentions {
		if _, ok := names[mm.Chain]; !ok && mm.Form == "name" {
			names[mm.Chain] = mm.Text
		}
	}
	for _, mm := range d.Mentions {
		if _, ok := names[mm.Chain]; !ok && mm.Form != "pronoun" {
			names[mm.Chain] = mm.Text
		}
	}
	// mentionAt gives the mention that heads a span: the longest one inside
	// it, the first of equals ("its spokesman" in "its spokesman, Tunde
	// Bello"; "Korean Central News Agency" in "North Korea's official Korean
	// Central News Agency (KCNA)").
	mentionAt := func(s nsSpan) (nsMention, bool) {
		var best nsMention
		found := false
		for _, mm := range d.Mentions {
			if s.start <= mm.Start && mm.End <= s.end && (!found || mm.End-mm.Start > best.End-best.Start) {
				best, found = mm, true
			}
		}
		return best, found
	}
	nameOf := func(s nsSpan) string {
		if mm, ok := mentionAt(s); ok {
			if n, ok := names[mm.Chain]; ok {
				return n
			}
		}
		return text[s.start:s.end]
	}
	sentences := nsSentences(text)
	sentenceOf := func(s nsSpan) ([2]int, bool) {
		for _, sen := range sentences {
			if sen[0] <= s.start && s.end <= sen[1] {
				return sen, true
			}
		}
		return [2]int{}, false
	}
	used := map[string]bool{}
	take := func(id string) (nsSpan, bool) {
		s, ok := spans[id]
		if ok {
			used[id] = true
		}
		return s, ok
	}
	// @name directives first: they set canonical names the others use.
	for _, dv := range dirs {
		f := strings.Fields(dv.fields)
		if len(f) >= 3 && f[0] == "name" {
			if _, ok := chainKind[f[1]]; !ok {
				return b, nsSourceError(file, dv.line, "@name of unknown chain %q", f[1])
			}
			names[f[1]] = strings.Join(f[2:], " ")
		}
	}
	for _, dv := range dirs {
		main, extra, _ := strings.Cut(dv.fields, "|")
		f := strings.Fields(main)
		if len(f) == 0 {
			return b, nsSourceError(file, dv.line, "empty directive")
		}
		switch f[0] {
		case "name":
			if len(f) < 3 {
				return b, nsSourceError(file, dv.line, "@name wants a chain and a name")
			}
		case "q":
			if len(f) != 3 || extra != "" {
				return b, nsSourceError(file, dv.line, "@q wants an id and a kind")
			}
			id, kind := f[1], f[2]
			q := nsQuote{Kind: kind}
			for n := 1; ; n++ {
				key := id
				if n > 1 {
					key = fmt.Sprintf("%s.%d", id, n)
				}
				s, ok := take(key)
				if !ok {
					break
				}
				q.Content = append(q.Content, [2]int{s.start, s.end})
			}
			if len(q.Content) == 0 {
				return b, nsSourceError(file, dv.line, "quote %s has no content marker", id)
			}
			if !slices.IsSortedFunc(q.Content, func(a, c [2]int) int { return a[0] - c[0] }) {
				return b, nsSourceError(file, dv.line, "quote %s: content fragments out of order", id)
			}
			var content strings.Builder
			for _, c := range q.Content {
				content.WriteString(text[c[0]:c[1]])
			}
			if err := nsCheckQuoteKind(kind, content.String()); err != nil {
				return b, nsSourceError(file, dv.line, "quote %s: %v", id, err)
			}
			if s, ok := take(id + ".s"); ok {
				t := text[s.start:s.end]
				q.Speaker, q.SpeakerSpan = &t, &[2]int{s.start, s.end}
				if mm, ok := mentionAt(s); ok {
					if n, ok := names[mm.Chain]; ok && n != t {
						q.SpeakerCanonical = &n
					}
				}
			}
			if s, ok := take(id + ".v"); ok {
				t := text[s.start:s.end]
				q.Cue, q.CueSpan = &t, &[2]int{s.start, s.end}
			}
			d.Quotes = append(d.Quotes, q)
		case "s":
			if len(f) != 3 || (f[2] != "support" && f[2] != "oppose") {
				return b, nsSourceError(file, dv.line, "@s wants an id and support|oppose")
			}
			id := f[1]
			h, okh := take(id + ".h")
			t, okt := take(id + ".t")
			c, okc := take(id + ".c")
			if !okh || !okt || !okc {
				return b, nsSourceError(file, dv.line, "stance %s lacks a holder, target or cue marker", id)
			}
			sen, ok := sentenceOf(c)
			if !ok {
				return b, nsSourceError(file, dv.line, "stance %s: cue %q is not inside one sentence", id, text[c.start:c.end])
			}
			st := nsStance{
				Sentence: sen,
				Holder:   [2]int{h.start, h.end}, HolderText: text[h.start:h.end], HolderName: nameOf(h),
				Target: [2]int{t.start, t.end}, TargetText: text[t.start:t.end], TargetName: nameOf(t),
				Polarity: f[2],
				Cue:      [2]int{c.start, c.end}, CueText: text[c.start:c.end],
			}
			st.HolderOutside = !(sen[0] <= h.start && h.end <= sen[1])
			st.TargetOutside = !(sen[0] <= t.start && t.end <= sen[1])
			if extra != "" {
				hn, tn, _ := strings.Cut(extra, "|")
				if hn = strings.TrimSpace(hn); hn != "" {
					st.HolderName = hn
				}
				if tn = strings.TrimSpace(tn); tn != "" {
					st.TargetName = tn
				}
			}
			d.Stances = append(d.Stances, st)
		default:
			return b, nsSourceError(file, dv.line, "unknown directive %q", f[0])
		}
	}
	for id, s := range spans {
		if !used[id] {
			return b, nsSourceError(file, s.line, "marker %q belongs to no directive", id)
		}
	}
	slices.SortStableFunc(d.Mentions, func(a, c nsMention) int {
		if a.Start != c.Start {
			return a.Start - c.Start
		}
		return c.End - a.End
	})
	slices.SortStableFunc(d.Ignore, func(a, c nsIgnore) int { return a.Span[0] - c.Span[0] })
	// Quotes in order of the end of their content, a quote nested in another
	// (the mayor's words inside "CNN reported that the mayor said ...")
	// before it: the scorer breaks ties of overlap by gold order, and the
	// nested attribution is the one a single system quote stands for.
	slices.SortStableFunc(d.Quotes, func(a, c nsQuote) int {
		ea, ec := a.Content[len(a.Content)-1][1], c.Content[len(c.Content)-1][1]
		if ea != ec {
			return ea - ec
		}
		return c.Content[0][0] - a.Content[0][0]
	})
	slices.SortStableFunc(d.Stances, func(a, c nsStance) int { return a.Cue[0] - c.Cue[0] })
	if d.Mentions == nil {
		d.Mentions = []nsMention{}
	}
	if d.Ignore == nil {
		d.Ignore = []nsIgnore{}
	}
	if d.Quotes == nil {
		d.Quotes = []nsQuote{}
	}
	if d.Stances == nil {
		d.Stances = []nsStance{}
	}
	b.Doc = d
	return b, nil
}

// nsQuoteMarks are the characters that open or close a quotation.
const nsQuoteMarks = "\"“”‘’'"

// nsCheckQuoteKind checks a quote's kind against its marks: a direct quote
// opens with a quote mark, an indirect one has no double quote marks, a mixed
// one has some.
func nsCheckQuoteKind(kind, content string) error {
	hasDouble := strings.ContainsAny(content, "\"“”")
	switch kind {
	case "direct":
		r, _ := utf8.DecodeRuneInString(content)
		if !strings.ContainsRune(nsQuoteMarks, r) {
			return fmt.Errorf("direct content %q does not open with a quote mark", content)
		}
	case "mixed":
		if !hasDouble && !strings.ContainsAny(content, "‘'") {
			return fmt.Errorf("mixed content %q has no quote marks", content)
		}
	case "indirect":
		if hasDouble {
			return fmt.Errorf("indirect content %q has double quote marks", content)
		}
	default:
		return fmt.Errorf("unknown kind %q", kind)
	}
	return nil
}

// nsAbbreviations end with a full stop that does not end a sentence.
const nsAbbreviations = " Mr Mrs Ms Dr St Sen Rep Gov Gen Lt Col Sgt Capt Prof Jr Sr Inc Corp Ltd Co No" +
	" Jan Feb Aug Sept Sep Oct Nov Dec vs Mt Ft Supt Insp Det Cllr Rev approx "

// nsSentences splits text into sentence spans: every line on its own, then
// after '.', '!' or '?' (and any closing quote or bracket) followed by a space
// and a capital letter, digit or opening quote, unless the word before the
// full stop is a title or abbreviation, an initial, or has inner full stops
// ("U.S."). Spans are trimmed of spaces.
func nsSentences(text string) [][2]int {
	var out [][2]int
	add := func(s, e int) {
		for s < e && (text[s] == ' ' || text[s] == '\t') {
			s++
		}
		for e > s && (text[e-1] == ' ' || text[e-1] == '\t') {
			e--
		}
		if s < e {
			out = append(out, [2]int{s, e})
		}
	}
	lineStart := 0
	for lineStart < len(text) {
		lineEnd := strings.IndexByte(text[lineStart:], '\n')
		if lineEnd < 0 {
			lineEnd = len(text)
		} else {
			lineEnd += lineStart
		}
		s := lineStart
		for i := lineStart; i < lineEnd; i++ {
			c := text[i]
			if c != '.' && c != '!' && c != '?' {
				continue
			}
			j := i + 1
			for j < lineEnd {
				r, size := utf8.DecodeRuneInString(text[j:])
				if !strings.ContainsRune("\"”’')]", r) {
					break
				}
				j += size
			}
			if j >= lineEnd || text[j] != ' ' {
				continue
			}
			k := j
			for k < lineEnd && text[k] == ' ' {
				k++
			}
			if k >= lineEnd {
				continue
			}
			r, _ := utf8.DecodeRuneInString(text[k:])
			if !unicode.IsUpper(r) && !unicode.IsDigit(r) && !strings.ContainsRune("\"“‘'(", r) {
				continue
			}
			if c == '.' && nsAbbreviationBefore(text[lineStart:i]) {
				continue
			}
			add(s, j)
			s = k
		}
		add(s, lineEnd)
		lineStart = lineEnd + 1
	}
	return out
}

// nsAbbreviationBefore reports whether the word that ends before a full stop is
// an abbreviation, an initial or a dotted acronym.
func nsAbbreviationBefore(before string) bool {
	w := before[strings.LastIndexAny(before, " \t(\"“‘")+1:]
	if w == "" {
		return false
	}
	if strings.Contains(nsAbbreviations, " "+w+" ") || strings.Contains(w, ".") {
		return true
	}
	r, size := utf8.DecodeRuneInString(w)
	return size == len(w) && unicode.IsUpper(r)
}

// buildNewsStyles builds every annotated source in dir/src and returns the
// files of the corpus: docs/<id>.txt and gold.jsonl, keyed by path relative
// to dir.
func buildNewsStyles(dir string) (map[string][]byte, error) {
	srcs, err := filepath.Glob(filepath.Join(dir, "src", "*.ann"))
	if err != nil {
		return nil, err
	}
	slices.Sort(srcs)
	files := map[string][]byte{}
	var gold bytes.Buffer
	for _, path := range srcs {
		raw, err := os.ReadFile(path)
		if err != nil {
			return nil, err
		}
		built, err := buildNewsStylesSource(filepath.ToSlash(path), string(raw))
		if err != nil {
			return nil, err
		}
		files[built.Doc.File] = []byte(built.Text)
		enc := json.NewEncoder(&gold)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(built.Doc); err != nil {
			return nil, err
		}
	}
	files["gold.jsonl"] = gold.Bytes()
	return files, nil
}
