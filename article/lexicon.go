package article

// A lex is what the time scanner knows of a word: its class and value.
type lex struct {
	cls    uint8
	val    int8
	plural bool
	starts bool // an expression may start at the word: see wordStarts
}

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
