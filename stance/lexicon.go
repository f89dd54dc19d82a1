package stance

import (
	_ "embed"
	"strings"
	"sync"

	"github.com/newsmodel/newsmodel/internal/text"
)

//go:embed lexicon.txt
var defaultLexiconText string

// An Entry is one cue of a [Lexicon]: a pattern such as "X back Y" with the
// polarity it expresses. See [ParseLexicon] for the pattern language.
type Entry struct {
	Polarity Polarity `json:"polarity"` // Support or Oppose (Neutral entries are kept but never extracted)
	Pattern  string   `json:"pattern"`  // tokens separated by single spaces: "X be wary of Y"
}

// A Lexicon is a compiled, immutable set of cue entries. It is safe for
// concurrent use. Build one with [ParseLexicon] or extend the built-in one,
// [DefaultLexicon], with [Lexicon.Extend].
//
// Its cue words are words of the shared word table: a word the table lacks
// is added to a table of the lexicon's own, extended from it, so that a
// caller's cues are read like the built-in ones.
type Lexicon struct {
	entries []Entry
	pats    []pattern
	table   *text.Table // the word table, extended with the cue words it lacked
	extra   bool        // table has words the core table lacks
	// anchors[id] is 1 + the index in lists of the patterns whose cue word
	// is a form of word id; 0 for none. Checking a token is one index.
	anchors []uint32
	lists   [][]int32
}

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
//	X       the holder: the subject of the cue's clause (the by-agent of a
//	        passive); after the cue, the noun phrase there
//	Y       the target: the object, or the object of the preposition before it
//	X's Y's the holder or target as the possessor or modifier of a cue noun:
//	        "Russia's backing of", "US criticism of", "Assad's ally", "Clinton supporters"
//	...     a gap of up to four words
//	be      a copula (be, remain, become, seem...): the cue heads its predicate
//	word    a lower-case cue word, as its lemma; inflected forms match too
//	a|b     either word
//
// The cue word is the first word other than "be". It must head its group
// where it stands: the main verb of the clause after X, the noun of its
// noun group, the adjective or noun of a predicate after "be". A cue
// inside a noun phrase ("a support group") makes no relation. A pattern
// without X takes its holder from the text: the noun phrase itself when
// the cue is a noun that names people ("critics of Y", "Brown's
// supporters", "Trump critic Mark Cuban"), else the speaker of the words
// (`"Y is a disgrace," X said`). The package's lexicon.txt shows the
// language at work.
//
// A pattern needs at least one cue word; X and Y may each appear once. A
// malformed line is a [*ParseError] with its line and column wrapping
// [ErrSyntax], [ErrPolarity] or [ErrPattern].
func ParseLexicon(src string) (*Lexicon, error) {
	l := &Lexicon{}
	if err := l.add(src); err != nil {
		return nil, err
	}
	if err := l.compile(); err != nil {
		return nil, err
	}
	return l, nil
}

// Extend returns a new lexicon with the entries of l followed by those read
// from src, in the format of [ParseLexicon]. l is unchanged.
func (l *Lexicon) Extend(src string) (*Lexicon, error) {
	n := &Lexicon{}
	if l != nil {
		n.entries = append(n.entries, l.entries...)
		n.pats = append(n.pats, l.pats...)
	}
	if err := n.add(src); err != nil {
		return nil, err
	}
	if err := n.compile(); err != nil {
		return nil, err
	}
	return n, nil
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

// patterns returns the patterns whose cue word is a form of the word id.
func (l *Lexicon) patterns(id text.ID) []int32 {
	if int(id) >= len(l.anchors) {
		return nil
	}
	if a := l.anchors[id]; a != 0 {
		return l.lists[a-1]
	}
	return nil
}

func (l *Lexicon) add(src string) error {
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

// addLine reads one line of a lexicon at offset base of src.
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
	p, err := parsePattern(src, words, starts)
	if err != nil {
		return err
	}
	p.entry = len(l.entries)
	l.entries = append(l.entries, Entry{Polarity: pol, Pattern: strings.Join(words, " ")})
	l.pats = append(l.pats, p)
	return nil
}

// isLexWord reports whether w is a lower-case word: ASCII letters, with
// inner hyphens or apostrophes.
func isLexWord(w string) bool {
	if w == "" || w[0] == '-' || w[0] == '\'' || w[len(w)-1] == '-' || len(w) > 32 {
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
