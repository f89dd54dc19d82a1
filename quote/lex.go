package quote

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Word flags of the lexicon.
const (
	fStop   uint16 = 1 << iota // ends a noun phrase: prepositions, conjunctions, verbs
	fDet                       // opens a noun phrase: a, the, another, several
	fPron                      // a subject pronoun: he, she, they
	fSkip                      // may stand between a subject and its verb: also, has, later
	fPrep                      // a preposition
	fRel                       // opens a relative clause: who, which
	fCue                       // a speech or cognition verb form
	fPast                      // a past-tense or -ing cue form (never a noun)
	fCog                       // a cognition verb: believe, think, hope
	fObj                       // takes an indirect object: told reporters, assured them
	fNoun                      // a noun that reports speech when it is a subject's head: spokesman
	fConj                      // may stand before a clause's subject: and, but, while, however
	fLabel                     // a verb that labels in the speaker's words: called it "a disaster"
	fTo                        // reports an intention in a to-clause: wants to, plans to, vowed to
	fThat                      // reports only a that-clause: found that, showed that
	fPhrase                    // may open a cue phrase: according (to), put (it), call (for), point (to)
)

type lexicon struct {
	flags map[string]uint16
	lemma map[string]string
	// filter has bit c-'a' of filter[n][f-'a'] set when a word of n bytes
	// that starts with f and ends with c has flags: most words of a
	// report are looked up without hashing.
	filter [maxLexWord + 1][26]uint32
	// table holds flags open-addressed by lexHash, for lookup: a power of
	// two in size, at most a quarter full.
	table []lexSlot
}

type lexSlot struct {
	w   string
	key uint64 // w's first 8 bytes, packed by lexKey
	f   uint16
}

// lexKey returns the key of word w: its first 8 bytes, each ORed with
// 0x20, which folds ASCII capitals to lower case. The lexicon's words are
// lower-case letters and apostrophes, so the folding matches no word that
// ASCII case folding would not; words of up to 8 bytes compare by their
// keys and lengths alone.
func lexKey(w string) uint64 {
	var key uint64
	for i := range min(len(w), 8) {
		key |= uint64(w[i]|0x20) << (8 * i)
	}
	return key
}

// lexHash returns the table hash of a word with key key and n bytes.
func lexHash(key uint64, n int) uint32 {
	return uint32((key ^ uint64(n)) * 0x9e3779b97f4a7c15 >> 32)
}

// slot returns the index of w's slot in table: its own or the empty one
// where it would go.
func (l *lexicon) slot(w string) uint32 {
	mask := uint32(len(l.table) - 1)
	k := lexHash(lexKey(w), len(w)) & mask
	for l.table[k].w != "" && l.table[k].w != w {
		k = (k + 1) & mask
	}
	return k
}

// maxLexWord bounds the length of the lexicon's words.
const maxLexWord = 24

// cueVerbs lists speech and cognition verbs: the lemma, then irregular forms.
// Regular forms (-s, -ed, -ing) are derived.
var cueVerbs = []string{
	"say says said saying", "tell tells told telling", "add", "warn", "note", "state", "explain",
	"insist", "argue", "claim", "assert", "maintain", "contend", "stress", "emphasize", "emphasise",
	"declare", "announce", "acknowledge", "admit admits admitted admitting", "concede", "confirm",
	"deny denies denied denying", "reply replies replied replying", "respond", "answer", "ask",
	"write writes wrote writing written", "tweet", "post", "caution", "complain", "recall", "remark",
	"observe", "suggest", "urge", "predict", "promise", "vow", "pledge", "agree", "lament", "boast",
	"counter", "retort", "indicate", "reveal", "disclose", "allege", "report", "testify testifies testified testifying",
	"conclude", "continue", "quip quips quipped quipping", "joke", "muse", "shout", "grumble", "sigh",
	"whisper", "exclaim", "cry cries cried crying", "mention", "proclaim", "inform", "assure",
	"estimate", "speculate", "demand", "reason", "wonder", "concur concurs concurred concurring",
	"believe", "think thinks thought thinking", "hope", "fear", "expect", "feel feels felt feeling",
	"know knows knew known knowing", "worry worries worried worrying", "suspect", "doubt",
	"acknowledge", "recognize", "figure", "guess", "imagine",
	"show shows showed shown showing", "find finds found finding", "cite", "want", "plan plans planned planning",
	"intend", "threaten", "propose", "recommend", "speak speaks spoke spoken speaking", "talk",
}

// labelVerbs attribute a partial quote to their subject but report no
// speech without quotation marks: `called them "deplorables"`.
var labelVerbs = []string{"call calls called calling", "describe", "dub dubs dubbed dubbing", "label labels labelled labeled labelling labeling",
	"brand", "term", "refer refers referred referring", "blast", "criticize", "criticise", "praise", "accuse",
	"mock", "deride", "dismiss", "slam slams slammed slamming", "decry decries decried decrying", "hail", "tout", "characterize",
	"characterise", "pound", "attack", "condemn", "denounce", "welcome", "applaud", "reject", "question",
	"blame", "thank", "credit", "defend", "compare", "ridicule", "lash", "liken", "laud", "exhort", "chant",
	"scold", "rate", "reference", "assail", "lambaste", "excoriate", "lampoon", "sing sings sang sung singing"}

var cogVerbs = []string{"believe", "think", "hope", "fear", "expect", "feel", "know", "worry",
	"suspect", "doubt", "recognize", "figure", "guess", "imagine", "wonder", "estimate"}

// toVerbs report an intention in a to-clause: `X vowed to cut taxes`.
var toVerbs = []string{"want", "plan", "hope", "agree", "pledge", "vow", "promise", "threaten", "intend", "propose"}

// thatVerbs report speech only with a that-clause (or a pronoun subject)
// after them: `the study found that …`, `polls show that …`.
var thatVerbs = []string{"find", "show"}

var objVerbs = []string{"tell", "inform", "assure", "warn", "remind", "ask", "urge", "promise", "caution"}

var stopWords = []string{
	"and", "or", "but", "nor", "that", "which", "who", "whom", "whose", "when", "while", "where",
	"whether", "as", "because", "if", "so", "than", "to", "in", "on", "at", "from", "with", "by",
	"for", "about", "after", "before", "during", "into", "over", "under", "through", "against",
	"between", "without", "within", "across", "since", "until", "upon", "among", "toward", "towards",
	"not", "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will", "would",
	"could", "should", "may", "might", "can", "must", "shall", "did", "does", "do", "there", "here",
	"what", "how", "why", "according", "also", "however", "though", "although", "yet", "then",
	"him", "her", "them", "us", "me", "it's", "its", "his", "their", "our", "my", "your", "this",
	"these", "those", "said", "says", "told", "not", "no", "just", "even", "only", "like", "unlike",
	"asked", "earlier", "later", "now", "today", "yesterday", "tomorrow", "meanwhile", "instead",
	"thus", "indeed", "still", "despite", "amid", "per", "via", "again", "once", "too", "very", "well", "already", "last", "next", "often", "never",
}

var determiners = []string{"a", "an", "the", "another", "several", "some", "many", "most", "both",
	"each", "all", "other", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
	"ten", "dozens", "few", "various", "numerous", "multiple", "any", "my", "his", "their", "our", "its", "your"}

var pronouns = []string{"he", "she", "they", "we", "i", "it", "you"}

var skipWords = []string{"also", "has", "have", "had", "was", "were", "is", "are", "would", "will",
	"later", "then", "earlier", "previously", "once", "again", "never", "repeatedly", "often",
	"recently", "had", "did", "does", "do", "may", "might", "could", "should", "can", "reportedly",
	"publicly", "privately", "separately", "further", "subsequently", "first", "initially",
	"just", "already", "long", "since", "still", "quickly", "flatly", "firmly", "clearly", "been",
	"be", "being", "not", "told", "careful", "quick", "eager", "keen", "willing", "reluctant",
	"unable", "able", "likely", "unlikely", "happy", "ready", "expected", "going", "wanted", "want",
	"wants", "declined", "refused", "went", "go", "goes", "continued", "continue", "continues",
	"seemed", "seem", "seems", "appeared", "appear", "appears", "tried", "try", "tries", "sought", "seek",
	"used", "fail", "failed", "to", "now"}

var prepositions = []string{"in", "on", "at", "from", "with", "by", "for", "about", "after", "before",
	"during", "into", "over", "under", "through", "against", "between", "without", "within",
	"across", "since", "until", "upon", "among", "toward", "towards", "of", "via", "amid", "despite",
	"last", "this", "earlier", "later", "late", "early", "yesterday", "today", "tomorrow"}

var relWords = []string{"who", "which", "whose", "whom", "that", "where", "when"}

var conjWords = []string{"and", "but", "or", "while", "as", "when", "because", "that", "though",
	"although", "if", "so", "whereas", "since", "after", "before", "until", "where", "once", "yet",
	"however", "meanwhile", "then", "also", "now", "still", "instead", "moreover", "later", "earlier", "thus", "even"}

// phraseWords open the cue phrases that cueAt reads besides speech verbs:
// `according to`, `put it` and the phrasal cues of phrasal.
var phraseWords = []string{"according", "put", "puts", "call", "calls", "called", "calling",
	"point", "points", "pointed", "pointing", "push", "pushes", "pushed", "pushing",
	"press", "presses", "pressed", "pressing", "plead", "pleads", "pleaded", "pleading",
	"advocate", "advocates", "advocated", "advocating", "campaign", "campaigns", "campaigned", "campaigning",
	"rail", "rails", "railed", "railing", "lobby", "lobbies", "lobbied", "lobbying"}

var speakerNouns = []string{"spokesman", "spokeswoman", "spokesperson", "official", "officials",
	"source", "sources", "minister", "ministry", "statement", "report", "aide", "aides",
	"adviser", "advisers", "advisor", "spokespeople", "analyst", "analysts", "diplomat", "diplomats"}

var lex = sync.OnceValue(func() *lexicon {
	l := &lexicon{flags: map[string]uint16{}, lemma: map[string]string{}}
	set := func(words []string, f uint16) {
		for _, w := range words {
			l.flags[w] |= f
		}
	}
	set(stopWords, fStop)
	set(determiners, fDet)
	set(pronouns, fPron)
	set(skipWords, fSkip)
	set(prepositions, fPrep)
	set(relWords, fRel)
	set(speakerNouns, fNoun)
	set(conjWords, fConj)
	set(phraseWords, fPhrase)
	isCog := map[string]bool{}
	for _, v := range cogVerbs {
		isCog[v] = true
	}
	isObj := map[string]bool{}
	for _, v := range objVerbs {
		isObj[v] = true
	}
	isTo := map[string]bool{}
	for _, v := range toVerbs {
		isTo[v] = true
	}
	isThat := map[string]bool{}
	for _, v := range thatVerbs {
		isThat[v] = true
	}
	for _, entry := range labelVerbs {
		forms := strings.Fields(entry)
		if len(forms) == 1 {
			forms = append(forms, regularForms(forms[0])...)
		}
		for i, f := range forms {
			fl := fLabel
			if i > 0 && !strings.HasSuffix(f, "s") {
				fl |= fPast
			}
			l.flags[f] |= fl
			l.lemma[f] = forms[0]
		}
	}
	for _, entry := range cueVerbs {
		forms := strings.Fields(entry)
		base := forms[0]
		if len(forms) == 1 {
			forms = append(forms, regularForms(base)...)
		}
		for i, f := range forms {
			fl := fCue
			if i > 0 && !strings.HasSuffix(f, "s") || strings.HasSuffix(f, "ed") || strings.HasSuffix(f, "ing") {
				fl |= fPast
			}
			if i == 0 && base != "say" {
				fl &^= fPast
			}
			if isCog[base] {
				fl |= fCog
			}
			if isObj[base] {
				fl |= fObj
			}
			if isTo[base] {
				fl |= fTo
			}
			if isThat[base] {
				fl |= fThat
			}
			l.flags[f] |= fl
			if _, ok := l.lemma[f]; !ok {
				l.lemma[f] = base
			}
		}
	}
	for w := range l.flags {
		n := len(w)
		f, c := w[0], w[n-1]
		if n > maxLexWord || f < 'a' || f > 'z' || c < 'a' || c > 'z' {
			continue // never: TestLexiconFilter checks the lists
		}
		l.filter[n][f-'a'] |= 1 << (c - 'a')
	}
	size := 1
	for size < 4*len(l.flags) {
		size <<= 1
	}
	l.table = make([]lexSlot, size)
	for w, f := range l.flags {
		l.table[l.slot(w)] = lexSlot{w, lexKey(w), f}
	}
	return l
})

// regularForms returns the -s, -ed and -ing forms of a regular verb.
func regularForms(v string) []string {
	switch {
	case strings.HasSuffix(v, "e"):
		return []string{v + "s", v + "d", v[:len(v)-1] + "ing"}
	case strings.HasSuffix(v, "ss") || strings.HasSuffix(v, "sh"):
		return []string{v + "es", v + "ed", v + "ing"}
	}
	return []string{v + "s", v + "ed", v + "ing"}
}

// A tok is one token of a window: a word, or a single punctuation rune.
// A word carries its lexicon flags.
type tok struct {
	s, e int
	word bool
	raw  uint16 // the word's lexicon flags
	f    uint16 // raw, or 0 for an acronym in capitals ("US" is not "us")
}

// tokenize appends the tokens of src[lo:hi] to buf. A word is a run of
// letters and digits with inner apostrophes, hyphens, dots and ampersands
// ("Russia's", "al-Qaida", "U.S."); a dot after an abbreviation or an
// initial belongs to the word.
func tokenize(l *lexicon, src string, lo, hi int, buf []tok) []tok {
	for i := lo; i < hi; {
		r, n := rune(src[i]), 1
		if r < utf8.RuneSelf {
			if !isLetterOrDigitByte(byte(r)) {
				if !isSpaceByte(byte(r)) {
					buf = appendTok(buf, i, i+1, false, 0, 0)
				}
				i++
				continue
			}
		} else {
			r, n = utf8.DecodeRuneInString(src[i:hi])
			if isSpace(r) {
				i += n
				continue
			}
			if !isWordRune(r) {
				buf = appendTok(buf, i, i+n, false, 0, 0)
				i += n
				continue
			}
		}
		j := i + n
		dotted := false
		for j < hi {
			c := src[j]
			if isLetterOrDigitByte(c) {
				j++
				continue
			}
			r2, n2 := rune(c), 1
			if c >= utf8.RuneSelf {
				r2, n2 = utf8.DecodeRuneInString(src[j:hi])
				if isWordRune(r2) || unicode.Is(unicode.Mn, r2) {
					j += n2
					continue
				}
			}
			if r2 == '\'' || r2 == '’' || r2 == '-' || r2 == '.' || r2 == '&' {
				r3, _ := utf8.DecodeRuneInString(src[j+n2 : hi])
				if j+n2 < hi && isWordRune(r3) {
					if r2 == '.' {
						dotted = true
					}
					j += n2
					continue
				}
			}
			break
		}
		if j < hi && src[j] == '.' && (dotted || j-i == 1 && r >= 'A' && r <= 'Z' || isAbbrev(src[i:j]) || isAbbrev(afterHyphen(src[i:j]))) {
			j++
		}
		raw := l.lookup(src[i:j])
		f := raw
		if f != 0 && j-i >= 2 && allUpper(src[i:j]) {
			f = 0
		}
		buf = appendTok(buf, i, j, true, raw, f)
		i = j
	}
	return buf
}

// appendTok appends a token to buf. It stores the fields in place: a
// token built on the stack and copied stalls on store forwarding.
func appendTok(buf []tok, s, e int, word bool, raw, f uint16) []tok {
	buf = append(buf, tok{})
	t := &buf[len(buf)-1]
	t.s, t.e, t.word, t.raw, t.f = s, e, word, raw, f
	return buf
}

// isSpaceByte reports whether ASCII byte c is white space.
func isSpaceByte(c byte) bool {
	return c == ' ' || '\t' <= c && c <= '\r'
}

// isAbbrev reports whether w, before a dot, is an abbreviation that does
// not end a sentence: a title, a company suffix, a month or a US state as
// news style abbreviates them ("Sen.", "Inc.", "Sept.", "Calif.").
func isAbbrev(w string) bool {
	switch w {
	case "Mr", "Mrs", "Ms", "Dr", "Gen", "Sen", "Rep", "Gov", "Lt", "Col", "Maj", "Capt", "Sgt",
		"Adm", "Rev", "Prof", "St", "Jr", "Sr", "Gov't", "Amb", "Cmdr", "Supt", "Insp", "Det", "Pres", "Sec",
		"Del", "Reps", "Sens", "Atty", "Gens", "Cpl", "Pvt", "Msgr", "Fr", "Hon",
		"Inc", "Corp", "Co", "Ltd", "Bros", "No", "Nos", "Mt", "Ft", "Ave", "Blvd",
		"Jan", "Feb", "Mar", "Apr", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec",
		"Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Fla", "Ga", "Ill", "Ind", "Kan", "Kans", "Ky", "La",
		"Md", "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore", "Pa", "Tenn",
		"Tex", "Va", "Vt", "Wash", "Wis", "Wyo":
		return true
	}
	return false
}

// afterHyphen returns what follows the last hyphen of w ("Ky" in "R-Ky"),
// or "" when w has none.
func afterHyphen(w string) string {
	for i := len(w) - 1; i > 0; i-- {
		if w[i] == '-' {
			return w[i+1:]
		}
	}
	return ""
}

// lookup returns the lexicon flags of word w (ASCII case folded). w is a
// token's text: ASCII letters and digits, with ' ’ - . & inside. On such
// words lexKey's folding is exactly ASCII case folding (see
// TestLookupFoldsASCII); a control byte 0x07 would fold to an apostrophe.
func (l *lexicon) lookup(w string) uint16 {
	n := len(w)
	if n == 0 || n > maxLexWord {
		return 0
	}
	f, c := w[0]|0x20, w[n-1]|0x20 // ASCII lower case; other bytes fail below
	if f < 'a' || f > 'z' || c < 'a' || c > 'z' || l.filter[n][f-'a']&(1<<(c-'a')) == 0 {
		return 0
	}
	key := lexKey(w)
	mask := uint32(len(l.table) - 1)
	for k := lexHash(key, n) & mask; ; k = (k + 1) & mask {
		s := &l.table[k]
		if s.w == "" {
			return 0
		}
		if s.key == key && len(s.w) == n && (n <= 8 || tailMatches(s.w, w)) {
			return s.f
		}
	}
}

// tailMatches reports whether w folded as lexKey folds equals lexicon word
// lw after their first 8 bytes.
func tailMatches(lw, w string) bool {
	for i := 8; i < len(w); i++ {
		if w[i]|0x20 != lw[i] {
			return false
		}
	}
	return true
}

// lemmaOf returns the cue lemma of word token t, or "".
func (l *lexicon) lemmaOf(src string, t tok) string {
	w := src[t.s:t.e]
	var buf [24]byte
	if len(w) > len(buf) {
		return ""
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return l.lemma[string(buf[:len(w)])]
}

// is reports whether token t is the punctuation or word s.
func is(src string, t tok, s string) bool { return src[t.s:t.e] == s }

// isEqualFold reports whether token t is s in any case.
func isEqualFold(src string, t tok, s string) bool {
	return t.e-t.s == len(s) && strings.EqualFold(src[t.s:t.e], s)
}

// isCap reports whether word token t starts with a capital letter or digit.
func isCap(src string, t tok) bool {
	if !t.word {
		return false
	}
	r, _ := utf8.DecodeRuneInString(src[t.s:t.e])
	return unicode.IsUpper(r) || unicode.IsDigit(r)
}

// isQuoteMark reports whether token t is a quotation mark.
func isQuoteMark(src string, t tok) bool {
	if t.word {
		return false
	}
	switch src[t.s:t.e] {
	case "\"", "“", "”", "'", "‘", "’", "«", "»", "„", "`":
		return true
	}
	return false
}

// isClauseEnd reports whether punctuation token t ends a clause.
func isClauseEnd(src string, t tok) bool {
	if t.word {
		return false
	}
	switch src[t.s:t.e] {
	case ".", "!", "?", ";", ":", "…":
		return true
	}
	return false
}
