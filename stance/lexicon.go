package stance

import (
	_ "embed"
	"strings"
	"sync"
)

//go:embed lexicon.txt
var defaultLexiconText string

// An Entry is one cue of a [Lexicon]: a pattern such as "X backs Y" with the
// polarity it expresses. See [ParseLexicon] for the pattern language.
type Entry struct {
	Polarity Polarity `json:"polarity"` // Support or Oppose (Neutral entries are kept but never extracted)
	Pattern  string   `json:"pattern"`  // tokens separated by single spaces: "X be wary of Y"
}

// A Lexicon is a compiled, immutable set of cue entries. It is safe for
// concurrent use. Build one with [ParseLexicon] or extend the built-in one,
// [DefaultLexicon], with [Lexicon.Extend].
type Lexicon struct {
	entries []Entry
	pats    []pattern
	words   map[string]wordInfo // lower-case word -> its classes and the patterns anchored on it
	index   *wordIndex          // words, for the tokenizer
}

// A wordInfo is what the extractor knows of a lower-case word: its word
// classes (see words.go) and the patterns anchored on it.
type wordInfo struct {
	f    uint32
	refs []anchorRef
}

// wordIndex returns the table the tokenizer looks words up in.
func (l *Lexicon) wordIndex() *wordIndex {
	if l.index == nil {
		return plainWords() // the zero Lexicon: word classes, no patterns
	}
	return l.index
}

var plainWords = sync.OnceValue(func() *wordIndex { return newWordIndex(newWordInfos()) })

func newWordInfos() map[string]wordInfo {
	m := make(map[string]wordInfo, len(wordTable()))
	for w, f := range wordTable() {
		m[w] = wordInfo{f: f}
	}
	return m
}

// pattern kinds of token.
const (
	ptWord    = iota // a literal cue word with its forms
	ptBe             // any form of "be"
	ptHolder         // X
	ptTarget         // Y
	ptHolderS        // X's
	ptTargetS        // Y's
	ptGap            // ...
)

type ptoken struct {
	kind  int
	forms []string // for ptWord: every inflected form of every alternative
	ids   []uint32 // the forms' ids in the lexicon's wordIndex
	prep  bool     // a preposition (of, with, to, ...), matched without inflection
}

type pattern struct {
	toks   []ptoken
	anchor int // index of the first literal word that is not "be"
	lits   int // number of literal tokens
	entry  int
}

type anchorRef struct{ pat int }

// DefaultLexicon returns the built-in lexicon: verbs, nouns, adjectives and
// multiword cues of support and opposition in English news writing. The
// lexicon text is documented line by line in the package's lexicon.txt and
// printed by [Lexicon.String].
func DefaultLexicon() *Lexicon { return defaultLexicon() }

var defaultLexicon = sync.OnceValue(func() *Lexicon {
	l, err := ParseLexicon(defaultLexiconText)
	if err != nil {
		panic("stance: built-in lexicon: " + err.Error())
	}
	return l
})

// ParseLexicon reads a lexicon: one entry a line, a polarity ("support",
// "oppose" or "neutral"), white space, and a pattern. Blank lines and lines
// starting with '#' are comments. Pattern tokens, separated by white space:
//
//	X       the holder: the subject before the cue, or the noun phrase there
//	Y       the target: the object or noun phrase at that place
//	X's Y's the holder or target as a possessor: "Russia's backing of", "Assad's ally"
//	...     a gap of up to four words
//	be      any form of "be"
//	word    a lower-case cue word, as its lemma; inflected forms match too
//	a|b     either word
//
// A pattern needs at least one cue word; X and Y may each appear once. A
// malformed line is a [*ParseError] with its line and column wrapping
// [ErrSyntax], [ErrPolarity] or [ErrPattern].
func ParseLexicon(src string) (*Lexicon, error) {
	l := &Lexicon{}
	if err := l.add(src); err != nil {
		return nil, err
	}
	l.compile()
	return l, nil
}

// Extend returns a new lexicon with the entries of l followed by those read
// from src, in the format of [ParseLexicon]. l is unchanged.
func (l *Lexicon) Extend(src string) (*Lexicon, error) {
	n := &Lexicon{}
	if l != nil {
		n.add(l.String())
	}
	if err := n.add(src); err != nil {
		return nil, err
	}
	n.compile()
	return n, nil
}

// compile builds the word index of l and gives each cue word of its
// patterns the ids of its forms there, which tokens are matched by.
func (l *Lexicon) compile() {
	l.index = newWordIndex(l.words)
	for i := range l.pats {
		for k := range l.pats[i].toks {
			t := &l.pats[i].toks[k]
			for _, f := range t.forms {
				_, id := l.index.lookup(f)
				t.ids = append(t.ids, id)
			}
		}
	}
}

// Entries returns a copy of the lexicon's entries in order.
func (l *Lexicon) Entries() []Entry {
	if l == nil {
		return nil
	}
	return append([]Entry(nil), l.entries...)
}

// String prints the lexicon in the format [ParseLexicon] reads, one entry a
// line, without comments: ParseLexicon(l.String()) has l's entries.
func (l *Lexicon) String() string {
	if l == nil {
		return ""
	}
	var b strings.Builder
	for _, e := range l.entries {
		b.WriteString(e.Polarity.String())
		b.WriteByte(' ')
		b.WriteString(e.Pattern)
		b.WriteByte('\n')
	}
	return b.String()
}

func (l *Lexicon) add(src string) error {
	if l.words == nil {
		l.words = newWordInfos()
	}
	for off := 0; off < len(src); {
		end := strings.IndexByte(src[off:], '\n')
		if end < 0 {
			end = len(src)
		} else {
			end += off
		}
		if err := l.addLine(src, off, src[off:end]); err != nil {
			return err
		}
		off = end + 1
	}
	return nil
}

func isSpaceByte(c byte) bool { return c == ' ' || c == '\t' || c == '\r' }

func (l *Lexicon) addLine(src string, base int, line string) error {
	i := 0
	for i < len(line) && isSpaceByte(line[i]) {
		i++
	}
	if i == len(line) || line[i] == '#' {
		return nil
	}
	j := i
	for j < len(line) && !isSpaceByte(line[j]) {
		j++
	}
	pol, ok := polarityOf(line[i:j])
	if !ok || pol == PolarityUnknown {
		return errorAt(src, base+i, ErrPolarity, line[i:j])
	}
	var words []string
	var starts []int
	for k := j; k < len(line); {
		for k < len(line) && isSpaceByte(line[k]) {
			k++
		}
		s := k
		for k < len(line) && !isSpaceByte(line[k]) {
			k++
		}
		if s < k {
			words = append(words, line[s:k])
			starts = append(starts, base+s)
		}
	}
	if len(words) == 0 {
		return errorAt(src, base+j, ErrPattern, "")
	}
	p := pattern{anchor: -1, entry: len(l.entries)}
	seenX, seenY := false, false
	for n, w := range words {
		var t ptoken
		switch w {
		case "X", "X's":
			if seenX {
				return errorAt(src, starts[n], ErrPattern, w)
			}
			seenX = true
			t.kind = ptHolder
			if w == "X's" {
				t.kind = ptHolderS
			}
		case "Y", "Y's":
			if seenY {
				return errorAt(src, starts[n], ErrPattern, w)
			}
			seenY = true
			t.kind = ptTarget
			if w == "Y's" {
				t.kind = ptTargetS
			}
		case "...":
			t.kind = ptGap
		case "be":
			t.kind = ptBe
			p.lits++
		default:
			t.kind = ptWord
			for _, alt := range strings.Split(w, "|") {
				if !isLexWord(alt) {
					return errorAt(src, starts[n], ErrSyntax, w)
				}
				t.forms = appendForms(t.forms, alt)
			}
			for _, f := range t.forms {
				if _, ok := l.words[f]; !ok {
					l.words[f] = wordInfo{} // in the index, to be matched by id
				}
			}
			t.prep = isPrepWord(w)
			p.lits++
			if p.anchor < 0 {
				p.anchor = n
			}
		}
		if n > 0 && (t.kind == ptGap) && p.toks[n-1].kind == ptGap {
			return errorAt(src, starts[n], ErrPattern, w)
		}
		p.toks = append(p.toks, t)
	}
	if p.anchor < 0 {
		return errorAt(src, starts[0], ErrPattern, strings.Join(words, " "))
	}
	if g := p.toks[0].kind; g == ptGap || p.toks[len(p.toks)-1].kind == ptGap {
		return errorAt(src, starts[0], ErrPattern, strings.Join(words, " "))
	}
	l.entries = append(l.entries, Entry{Polarity: pol, Pattern: strings.Join(words, " ")})
	pi := len(l.pats)
	l.pats = append(l.pats, p)
	seen := map[string]bool{}
	for _, f := range p.toks[p.anchor].forms {
		if !seen[f] {
			seen[f] = true
			w := l.words[f]
			w.refs = append(w.refs, anchorRef{pi})
			l.words[f] = w
		}
	}
	return nil
}

// isLexWord reports whether w is a lower-case word: ASCII letters, with
// inner hyphens or apostrophes.
func isLexWord(w string) bool {
	if w == "" || w[0] == '-' || w[0] == '\'' || w[len(w)-1] == '-' {
		return false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if !('a' <= c && c <= 'z' || c == '-' || c == '\'') {
			return false
		}
	}
	return true
}

func isPrepWord(w string) bool {
	for _, alt := range strings.Split(w, "|") {
		if wordFlags(alt)&fPrep == 0 {
			return false
		}
	}
	return true
}

// irregular lists the irregular forms of cue verbs.
var irregular = map[string][]string{
	"run": {"ran"}, "fight": {"fought"}, "stand": {"stood"}, "hold": {"held"}, "give": {"gave", "given"},
	"lend": {"lent"}, "throw": {"threw", "thrown"}, "come": {"came"}, "take": {"took", "taken"},
	"strike": {"struck", "stricken"}, "lose": {"lost"}, "hit": {"hit"}, "split": {"split"},
	"break": {"broke", "broken"}, "see": {"saw", "seen"}, "show": {"shown"}, "win": {"won"},
	"beat": {"beaten"}, "seek": {"sought"}, "tell": {"told"}, "make": {"made"}, "put": {"put"},
	"prop": {"propped", "propping"}, "lash": {"lashed"}, "ally": {"allies", "allied"},
	"be": {"is", "are", "was", "were", "been", "being", "am"},
}

// appendForms appends w and its regular inflections (and irregular ones).
func appendForms(out []string, w string) []string {
	out = append(out, w)
	if isPrepWord(w) || wordFlags(w)&(fDet|fConj) != 0 {
		return out
	}
	out = append(out, irregular[w]...)
	n := len(w)
	last := w[n-1]
	switch {
	case strings.HasSuffix(w, "y") && n > 1 && !isVowel(w[n-2]):
		stem := w[:n-1]
		out = append(out, stem+"ies", stem+"ied", w+"ing")
	case last == 'e':
		out = append(out, w+"s", w+"d", w[:n-1]+"ing")
	case last == 's' || last == 'x' || last == 'z' || strings.HasSuffix(w, "sh") || strings.HasSuffix(w, "ch"):
		out = append(out, w+"es", w+"ed", w+"ing")
	default:
		out = append(out, w+"s", w+"ed", w+"ing")
		if n >= 3 && !isVowel(last) && last != 'w' && last != 'x' && last != 'y' && isVowel(w[n-2]) && !isVowel(w[n-3]) {
			out = append(out, w+string(last)+"ed", w+string(last)+"ing") // run -> running, slam -> slammed
		}
	}
	return out
}

func isVowel(c byte) bool { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' }
