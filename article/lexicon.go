package article

import "sync"

// A lex is what the time scanner knows of a word: its class and value.
type lex struct {
	cls    uint8
	val    int8
	plural bool
	starts bool // an expression may start at the word: see wordStarts
}

// A lexKey is a word of at most maxLexWord bytes, lower-cased and packed
// little-endian into two words, zero-padded. Words are never empty, so the
// zero lexKey marks an empty slot.
type lexKey struct{ lo, hi uint64 }

// maxLexWord is the length of the longest word a lexKey holds.
const maxLexWord = 16

// add appends the lower-case form of the ASCII letter or digit c as the
// n-th byte of the word k holds (n < maxLexWord).
func (k *lexKey) add(n int, c byte) {
	c |= 0x20 // lower case; digits are unchanged
	if n < 8 {
		k.lo |= uint64(c) << (8 * n)
	} else {
		k.hi |= uint64(c) << (8 * (n - 8))
	}
}

// wordKey returns the key of the word of ASCII letters and digits
// src[i:j] (1 to maxLexWord bytes), reading eight bytes at a time where
// src holds them.
func wordKey(src string, i, j int) lexKey {
	const lower = 0x2020202020202020 // sets the lower-case bit of letters; digits have it
	switch n := j - i; {
	case n <= 8 && i+8 <= len(src):
		return lexKey{lo: (load64(src, i) | lower) & lowBytes(n)}
	case i+16 <= len(src):
		return lexKey{lo: load64(src, i) | lower, hi: (load64(src, i+8) | lower) & lowBytes(n-8)}
	}
	return keyOf(src[i:j])
}

// load64 returns the eight bytes at s[i] as a little-endian number, which
// the compiler reads with one load.
func load64(s string, i int) uint64 {
	s = s[i : i+8]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// lowBytes returns a mask of the n low bytes of a word, n <= 8.
func lowBytes(n int) uint64 {
	if n >= 8 {
		return ^uint64(0)
	}
	return 1<<(8*n) - 1
}

// keyOf returns the key of the word w (1 to maxLexWord ASCII letters and
// digits).
func keyOf(w string) lexKey {
	var k lexKey
	for n := 0; n < len(w); n++ {
		k.add(n, w[n])
	}
	return k
}

// lexSlots is the size of the lexicon's hash table: a power of two, over
// three times the number of words, so that most lookups probe one slot.
const (
	lexSlotBits = 10
	lexSlots    = 1 << lexSlotBits
)

// slot returns where the linear probe for k starts.
func (k lexKey) slot() int {
	return int((k.lo*0x9E3779B97F4A7C15 ^ k.hi*0xC2B2AE3D27D4EB4F) >> (64 - lexSlotBits))
}

type lexEntry struct {
	key lexKey
	lex lex
}

// timexLexicon maps the lower-case words the scanner knows to their class:
// an open-addressing hash table of packed words, which needs neither a
// string nor a call to the runtime's map code per lookup.
type timexLexicon struct {
	slots [lexSlots]lexEntry
}

// lookup returns the class of the word whose key is k, lex{} for a word
// the lexicon does not know.
func (lx *timexLexicon) lookup(k lexKey) lex {
	for i := k.slot(); ; i = (i + 1) & (lexSlots - 1) {
		e := &lx.slots[i]
		if e.key == k {
			return e.lex
		}
		if e.key.lo == 0 {
			return lex{}
		}
	}
}

// insert adds the word with key k.
func (lx *timexLexicon) insert(k lexKey, l lex) {
	i := k.slot()
	for lx.slots[i].key != (lexKey{}) && lx.slots[i].key != k {
		i = (i + 1) & (lexSlots - 1)
	}
	lx.slots[i] = lexEntry{k, l}
}

var lexicon = sync.OnceValue(func() *timexLexicon {
	lx := new(timexLexicon)
	for w, l := range lexiconWords() {
		lx.insert(keyOf(w), l)
	}
	return lx
})

// lexiconWords returns the words of the lexicon, in lower case.
func lexiconWords() map[string]lex {
	m := make(map[string]lex, 256)
	for i, n := range monthNames {
		m[n] = lex{cls: lxMonth, val: int8(i + 1), starts: true}
		m[n[:3]] = lex{cls: lxMonth, val: int8(i + 1), starts: true}
	}
	m["sept"] = lex{cls: lxMonth, val: 9, starts: true}
	for i, n := range weekdayNames {
		m[n] = lex{cls: lxWeekday, val: int8(i), starts: true}
	}
	units := []struct {
		s, p string
		u    int8
	}{{"day", "days", uDay}, {"week", "weeks", uWeek}, {"month", "months", uMonth},
		{"year", "years", uYear}, {"quarter", "quarters", uQuarter}, {"decade", "decades", uDecade},
		{"century", "centuries", uCentury}, {"hour", "hours", uHour}, {"minute", "minutes", uMinute},
		{"weekend", "weekends", uWeekend}}
	for _, u := range units {
		m[u.s] = lex{cls: lxUnit, val: u.u, starts: true}
		m[u.p] = lex{cls: lxUnit, val: u.u, plural: true, starts: true}
	}
	nums := []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
		"ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
		"eighteen", "nineteen"}
	for i, n := range nums[1:] {
		m[n] = lex{cls: lxNum, val: int8(i + 1), starts: true}
	}
	for i, n := range []string{"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"} {
		m[n] = lex{cls: lxTens, val: int8(20 + 10*i), starts: true}
	}
	for i, n := range []string{"first", "second", "third", "fourth"} {
		m[n] = lex{cls: lxOrd, val: int8(i + 1), starts: true}
	}
	for i, n := range []string{"1st", "2nd", "3rd", "4th"} {
		m[n] = lex{cls: lxOrd, val: int8(i + 1), starts: true}
	}
	for n, v := range map[string]int8{"morning": partMorning, "afternoon": partAfternoon,
		"evening": partEvening, "night": partNight} {
		m[n] = lex{cls: lxPart, val: v, starts: true}
	}
	for i, n := range []string{"twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"} {
		m[n] = lex{cls: lxDecade, val: int8(i + 2), starts: true}
	}
	for n, v := range map[string]int8{"spring": 1, "summer": 2, "autumn": 3, "fall": 3, "winter": 4} {
		m[n] = lex{cls: lxSeason, val: v, starts: true}
	}
	words := map[string]int8{
		"today": wToday, "yesterday": wYesterday, "tomorrow": wTomorrow, "tonight": wTonight,
		"now": wNow, "currently": wCurrently, "recently": wRecently,
		"soon": wSoon, "ago": wAgo, "earlier": wEarlier, "later": wLater, "last": wLast,
		"this": wThis, "next": wNext, "past": wPast, "coming": wComing, "previous": wPrevious,
		"early": wEarly, "late": wLate, "mid": wMid, "the": wThe, "a": wA, "an": wA,
		"fiscal": wFiscal, "every": wEvery, "each": wEach, "several": wSeveral, "few": wFew,
		"couple": wCouple, "many": wMany, "recent": wRecent, "future": wFuture, "latest": wLatest,
		"current": wCurrent, "following": wFollowing, "of": wOf,
		"since": wSince, "by": wYearPrep, "until": wUntil, "till": wUntil, "be": wBeInf,
		"period": wPeriod, "these": wThese, "near": wNear, "short": wNear, "long": wNear,
		"full": wFull, "that": wThat, "noon": wNoon, "midnight": wNoon, "previously": wPreviously, "comparable": wSame, "corresponding": wSame, "same": wSame,
		"during": wYearPrep, "before": wYearPrep, "after": wYearPrep, "throughout": wYearPrep,
		"between": wYearPrep, "around": wYearPrep, "circa": wYearPrep, "into": wYearPrep,
		"its": wYearPrep, "their": wYearPrep, "his": wYearPrep, "her": wYearPrep, "our": wYearPrep,
		"both": wYearPrep, "end": wEnd, "beginning": wEnd, "start": wEnd, "middle": wEnd, "old": wOld, "ended": wEnded, "ending": wEnded,
		"from": wFrom, "and": wAnd, "to": wTo, "through": wAnd,
		"for": wFor, "within": wWithin, "in": wIn, "on": wOn, "as": wAs,
		"will": wWill, "shall": wWill, "ll": wWill, "is": wBe, "are": wBe, "am": wBe,
		"due": wFutureCue, "payable": wFutureCue, "would": wWill, "scheduled": wFutureCue, "expected": wFutureCue, "set": wFutureTo,
		"expects": wFutureCue, "expect": wFutureCue, "effective": wFutureCue, "upcoming": wFutureCue,
		"plan": wFutureTo, "plans": wFutureTo, "planned": wFutureTo, "planning": wFutureTo,
		"going": wFutureTo, "slated": wFutureTo, "poised": wFutureTo, "intends": wFutureTo,
		"intend": wFutureTo, "aims": wFutureTo, "hopes": wFutureTo, "hope": wFutureTo,
		"said": wSaid, "told": wSaid, "announced": wSaid, "reported": wSaid,
		"did": wPastVerb, "met": wPastVerb,
		"brought": wPastVerb, "took": wPastVerb, "made": wPastVerb, "gave": wPastVerb,
		"came": wPastVerb, "went": wPastVerb, "began": wPastVerb, "won": wPastVerb,
		"lost": wPastVerb, "rose": wPastVerb, "fell": wPastVerb, "sold": wPastVerb,
		"bought": wPastVerb, "paid": wPastVerb, "left": wPastVerb, "held": wPastVerb,
		"sent": wPastVerb, "became": wPastVerb, "grew": wPastVerb, "spoke": wPastVerb,
		"wrote": wPastVerb, "struck": wPastVerb, "fled": wPastVerb, "broke": wPastVerb,
		"fought": wPastVerb, "stood": wPastVerb,
		"half": wHalf, "once": wOnce, "twice": wTimes, "times": wTimes,
	}
	for n, v := range words {
		m[n] = lex{cls: lxWord, val: v, starts: wordStarts(v)}
	}
	return m
}
