package article

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/newsmodel/newsmodel/internal/enumtext"
	"github.com/newsmodel/newsmodel/internal/text"
)

// A TimexType tells what a time expression denotes, as in TimeML's TIMEX3.
type TimexType uint8

// Time expression types. The zero TimexType is TimexUnknown.
const (
	TimexUnknown  TimexType = iota
	TimexDate               // a calendar period: "yesterday", "last month", "July 15", "the third quarter"
	TimexTime               // a time of day: "this morning", "tonight", "3 p.m."
	TimexDuration           // a length of time: "three years", "months of criticism"
	TimexSet                // a recurrence: "every week", "twice a year"
)

var timexTypeNames = [...]string{"unknown", "date", "time", "duration", "set"}

// String returns the type's name: "unknown", "date", "time", "duration" or "set".
func (t TimexType) String() string { return enumtext.String(timexTypeNames[:], "TimexType", t) }

// AppendText appends the type's name to b.
func (t TimexType) AppendText(b []byte) ([]byte, error) {
	return enumtext.Append(b, timexTypeNames[:], "article", "timex type", t)
}

// MarshalText returns the type's name.
func (t TimexType) MarshalText() ([]byte, error) { return t.AppendText(nil) }

// UnmarshalText sets t from its name.
func (t *TimexType) UnmarshalText(b []byte) error {
	v, err := enumtext.Parse[TimexType](timexTypeNames[:], "article", "timex type", b)
	if err == nil {
		*t = v
	}
	return err
}

// A Timex is a time expression of a report's text.
//
// The span covers the expression with its determiners and modifiers ("last
// September", "earlier this month", "the third quarter", "three years ago")
// but without a preposition before it: in "on Thursday" and "in 2015" only
// "Thursday" and "2015" are spanned, as in TimeML.
type Timex struct {
	Span Span      `json:"span"` // the expression as written, without a preposition before it
	Type TimexType `json:"type"` // date, time, duration or set
	// Value is the calendar date the expression denotes, at its precision:
	// "yesterday" is a day, "last week" a week, "last month" a month,
	// "2015" a year. It is zero when the expression is not a calendar date
	// (a duration, "now", a quarter) or depends on a reference date that
	// was not given.
	Value Date `json:"value,omitzero"`
	// Norm is the TimeML value of an expression that is not a calendar date:
	// a duration "P3Y" or "PXM" (X: unspecified), a recurrence "P1W", a
	// quarter "2016-Q3", a half "2016-H1", a season "2016-SU", a weekend
	// "2016-W28-WE", a decade "199", or "PRESENT_REF", "PAST_REF",
	// "FUTURE_REF". Empty when Value is set or nothing could be resolved.
	Norm string `json:"norm,omitempty"`
	// Relative reports whether the value depends on the reference date
	// ("yesterday", "Friday", "July 15" without a year).
	Relative bool `json:"relative,omitempty"`
}

// TimeML returns the expression's value as TimeML writes it: Value in ISO
// 8601 form ("2016-07-14", "2016-W28", "2016-06", "2015"), else Norm; ""
// when unresolved.
func (t Timex) TimeML() string {
	if !t.Value.IsZero() {
		return t.Value.String()
	}
	return t.Norm
}

// Times returns the time expressions of a's body and heading paragraphs in
// order (never the metadata header or boilerplate), resolved against a's own
// date, or against ref when a has none. See [FindTimes].
func (a *Article) Times(ref Date) []Timex {
	if !a.Date.IsZero() {
		ref = a.Date
	}
	p := a.NewTimesPass(ref)
	r := text.GetReader(nil)
	defer text.PutReader(r)
	for w := range a.Windows(r) {
		p.Window(w)
	}
	return p.Times()
}

// FindTimes returns, in order, the time expressions of the text src covers
// within w, with values resolved against the reference date ref (a day).
// With a zero ref, or one less precise than a day, relative expressions are
// still found but their Value and Norm stay empty.
//
// It finds
//
//   - absolute dates: "July 15, 2016", "15 July 2016", "Jul. 15", "July 15"
//     (the year from ref), "September 2015", "2016-07-15", and a four-digit
//     year 1900–2099 where it reads as one: after a month or after "in",
//     "since", "by", "of", "until", "from", "fiscal", "early", "late",
//     "mid-" and similar words;
//   - days relative to ref: "today", "yesterday", "tomorrow", "tonight",
//     "this morning", and weekdays. A bare weekday ("on Thursday") is the
//     most recent such day on or before ref, unless its clause speaks of the
//     future ("will meet", "is to meet", "plans to", "is due to", "is
//     scheduled to"): then it is the first such day on or after ref. "last
//     Friday" and "next Friday" exclude ref's own day;
//   - periods relative to ref: "last week", "this month", "next year",
//     "last September", "earlier this month", "late last year", "two days
//     ago", "a week ago", "in three days", "the third quarter";
//   - durations, which are never dates: "three years", "a 10-year plan",
//     "months of criticism", "the past two weeks", "the first nine months";
//   - recurrences ("every week") and "now", "currently", "recently", "the
//     future", "the past", whose values go to [Timex.Norm];
//   - the conventions of TimeML for news: "the past year" is the year
//     before ref, "the last decade" the decade before; "this past spring"
//     the last spring; "the end of 1990" and "year-end" the period named;
//     spelled-out years of broadcasts ("nineteen ninety-six"), "the
//     nineties", "the 20th century"; "that year" and "the following year"
//     after the last date named;
//   - in reports of quarterly results, "a year ago", "the year-ago
//     period", "the 1988 quarter", "the latest period" and "last year's
//     quarter" refer to the quarter last named that is not ahead of ref.
//
// Modifiers that TimeML spans with an expression are included: "nearly two
// years", "more than four hours", "at least 30 days", "around Nov. 1".
//
// The tense of the clause chooses the year of a month or day named without
// one: "since March" and "shares issued July 1" are past, "is payable Jan.
// 2", "would be paid in January" and "to be completed by Dec. 15" future,
// and a deadline ("extended to Nov. 16", "until mid-November") takes the
// nearest such day whatever the verb's tense.
//
// Every rule reads a bounded number of words around its anchor, so the time
// taken is linear in the length of the text.
func FindTimes(src string, w Span, ref Date) []Timex {
	sc := newScanner()
	defer sc.release()
	sc.scan(src, w, ref)
	return sc.out.slice()
}

// lexical classes of the words the scanner knows.
const (
	lxNone uint8 = iota
	lxMonth
	lxWeekday
	lxUnit   // val: unit; plural in lex.plural
	lxNum    // val: number
	lxTens   // twenty, thirty ...: val number
	lxOrd    // first..fourth: val 1-4
	lxPart   // morning, afternoon, evening, night: val partX
	lxSeason // val seasonX
	lxWord   // val: a w* constant
	lxDecade // twenties..nineties: val 2-9
)

// time units.
const (
	uNone = iota
	uDay
	uWeek
	uMonth
	uYear
	uQuarter
	uDecade
	uCentury
	uHour
	uMinute
	uWeekend
)

const (
	partMorning = iota + 1
	partAfternoon
	partEvening
	partNight
)

// words with a role of their own.
const (
	wNone = iota
	wToday
	wYesterday
	wTomorrow
	wTonight
	wNow
	wCurrently
	wRecently
	wPreviously
	wSoon
	wAgo
	wEarlier
	wLater
	wLast
	wThis
	wNext
	wPast
	wComing
	wPrevious
	wEarly
	wLate
	wMid
	wThe
	wA
	wFiscal
	wEvery
	wEach
	wSeveral
	wFew
	wCouple
	wMany
	wRecent
	wFuture
	wLatest
	wCurrent
	wFollowing
	wOf
	wYearPrep // a word after which a bare number is a year: in, since, by, until...
	wAnd      // and, through: join a year range
	wTo
	wFor
	wWithin
	wIn
	wOn
	wAs
	wWill // will, shall, 'll
	wBe   // is, are, am
	wFutureTo
	wPastVerb // said, told, announced, was, were, had
	wHalf
	wOnce
	wTimes
	wEnd // end, beginning, start, middle: "the end of 1990"
	wFrom
	wOld
	wSaid      // said, told, announced: past, and a reported clause after it
	wFutureCue // expected, due, effective: the future
	wEnded     // ended, ending: a past verb, and "the year ended"
	wSince     // since: a year after it, and the past
	wUntil     // until, till: a year after it, and a deadline
	wBeInf     // be: "to be paid" is not past
	wPeriod    // period: "the year-ago period"
	wSame      // comparable, corresponding, same: "the comparable period"
	wThese     // these: "these days"
	wNear      // near, short, long: "the near future", "the short term"
	wFull      // full: "the full year"
	wThat      // that: "that year"
	wNoon      // noon, midnight: a time of day
)

// A token is a run of ASCII letters and digits.
type token struct {
	start, end int
	lex        lex
	num        int  // value of an all-digit token, else -1
	sep        byte // what precedes it: ' ' spaces only, '-' a hyphen, ',' other punctuation
	brk        bool // a clause or sentence boundary precedes it
	upper      bool // it starts with a capital
	anchor     bool // an expression may start at it: a number or a word of the lexicon's that starts one
}

type timexScanner struct {
	src   string
	toks  []token
	stoks []text.Token // the shared tokens of FindTimes's text
	gap   gap          // what lies after the last token
	out   timexBlocks  // the expressions found
	// the last quarter named, which "a year earlier" and "a year ago" refer
	// back to in reports of quarterly results
	anchorQ, anchorY int
	// the last calendar date named, which "that year" and "the
	// following month" refer back to
	anchor Date
}

// tokenize reads the tokens of src within w with the shared tokenizer.
func (sc *timexScanner) tokenize(src string, w Span) {
	sc.toks, sc.gap = sc.toks[:0], gap{}
	sc.stoks = text.Core().Tokenize(sc.stoks[:0], src, w.Start, w.End)
	sc.appendShared(src, sc.stoks)
}

// isYearPrep reports whether w is a word after which a bare number is a
// year: "in", "since", "until", "by"...
func isYearPrep(w int8) bool { return w == wYearPrep || w == wSince || w == wUntil }

// lower reports whether token i is the lower-case ASCII word s, in any case.
func (sc *timexScanner) lower(i int, s string) bool {
	if i < 0 || i >= len(sc.toks) {
		return false
	}
	t := sc.toks[i]
	if t.end-t.start != len(s) {
		return false
	}
	for k := 0; k < len(s); k++ {
		if sc.src[t.start+k]|0x20 != s[k] {
			return false
		}
	}
	return true
}

// word returns the word id of token i, or wNone.
func (sc *timexScanner) word(i int) int8 {
	if i < 0 || i >= len(sc.toks) || sc.toks[i].lex.cls != lxWord {
		return wNone
	}
	return sc.toks[i].lex.val
}

// joined reports whether token i follows token i-1 with only spaces between.
func (sc *timexScanner) joined(i int) bool {
	return i > 0 && i < len(sc.toks) && sc.toks[i].sep == ' ' && !sc.toks[i].brk
}

// scan adds the time expressions of src within w to sc.out.
func (sc *timexScanner) scan(src string, w Span, ref Date) {
	w.Start, w.End = max(0, w.Start), min(len(src), w.End)
	if w.Start >= w.End {
		return
	}
	src = src[:w.End] // no rule reads past the window
	sc.tokenize(src, w)
	sc.run(src, ref)
}

// run finds the expressions of the tokens read, in src cut at their text's
// end, and adds them to sc.out.
func (sc *timexScanner) run(src string, ref Date) {
	sc.src = src
	r := resolver{ref: ref, ok: ref.Precision == PrecisionDay}
	if r.ok {
		r.t = ref.Time()
	}
	lastEnd := -1 // index past the last token of the previous expression
	for i := 0; i < len(sc.toks); {
		if !sc.toks[i].anchor {
			i++
			continue
		}
		m, n := sc.match(src, i, &r, lastEnd == i-1)
		if n == 0 {
			i++
			continue
		}
		// "a year earlier" after "the third quarter": the same quarter a
		// year before.
		// "the 1988 period", "the latest period": the quarter reported.
		if sc.anchorQ > 0 {
			y := 0
			switch {
			case m.qYear > 0:
				y = m.qYear
			case m.qSame:
				y = sc.anchorY
			case m.yearsBack > 0 && r.ok:
				y = sc.anchorY - m.yearsBack
			}
			if y > 0 {
				m.t.Value = Date{}
				m.t.Norm = fmt.Sprintf("%04d-Q%d", y, sc.anchorQ)
			}
		}
		// The quarter a report is about is not ahead: "losses through
		// the third quarter of 1990" does not anchor "a year ago", nor
		// "will rise in the fourth quarter" in the fourth quarter.
		if m.quarter > 0 && !(r.ok && sc.ahead(m.quarterYear, m.quarter, &r, i)) {
			sc.anchorQ, sc.anchorY = m.quarter, m.quarterYear
		}
		if !m.t.Value.IsZero() && m.t.Value.Precision != PrecisionWeek {
			sc.anchor = m.t.Value
		}
		if f := sc.tokenAt(max(0, lastEnd), m.t.Span.Start); f < len(sc.toks) && sc.toks[f].start == m.t.Span.Start {
			if a := sc.approximator(f, m.t); a >= max(0, lastEnd) && a < f {
				m.t.Span.Start = sc.toks[a].start
			}
		}
		sc.out.add(m.t)
		i += n
		lastEnd = i
	}
}

// ahead reports whether quarter q of year y, named at token i, lies after
// ref's quarter, or is ref's quarter spoken of in the future tense.
func (sc *timexScanner) ahead(y, q int, r *resolver, i int) bool {
	cur := int(r.ref.Month-1)/3 + 1
	return y > r.ref.Year || y == r.ref.Year && (q > cur || q == cur && sc.tense(i) > 0)
}

// approximator returns the first token of a modifier that TimeML spans
// with the expression t starting at token i: "nearly two years", "more
// than four hours", "at least 30 days", "up to 180 days", "no more than
// sixty days", "about two years ago", "around Nov. 1"; i when there is
// none. The references "now", "recently" and "the future" take none.
func (sc *timexScanner) approximator(i int, t Timex) int {
	if !sc.joined(i) || len(t.Norm) > 3 && t.Norm[len(t.Norm)-4:] == "_REF" {
		return i
	}
	switch {
	case sc.lower(i-1, "nearly") || sc.lower(i-1, "almost") || sc.lower(i-1, "about") ||
		sc.lower(i-1, "around") || sc.lower(i-1, "approximately") || sc.lower(i-1, "roughly"):
		return i - 1
	case !sc.joined(i - 1):
	case sc.lower(i-1, "than") && (sc.lower(i-2, "more") || sc.lower(i-2, "less") || sc.lower(i-2, "fewer")):
		if sc.joined(i-2) && sc.lower(i-3, "no") {
			return i - 3 // "no more than"
		}
		return i - 2
	case sc.lower(i-2, "at") && (sc.lower(i-1, "least") || sc.lower(i-1, "most")),
		sc.lower(i-2, "up") && sc.lower(i-1, "to"):
		return i - 2
	}
	return i
}

// A match is a time expression found by match, with what later rules need.
type match struct {
	t           Timex
	quarter     int // the quarter it names, 1-4, and its year
	quarterYear int
	yearsBack   int  // "a year earlier": may be re-anchored to a quarter
	qYear       int  // "the 1988 period": the quarter last named, in this year
	qSame       bool // "the latest period": the quarter last named
}

type resolver struct {
	ref Date
	t   time.Time
	ok  bool
}

// match tries every rule at token i and returns the expression found and the
// number of tokens it spans (0 for none). afterTimex says that the token
// before the previous one ended an expression ("1985 and 1987").
func (sc *timexScanner) match(src string, i int, r *resolver, afterTimex bool) (match, int) {
	t := sc.toks[i]
	switch t.lex.cls {
	case lxMonth:
		if !t.upper {
			return match{}, 0
		}
		return sc.monthAt(src, i, r, i)
	case lxWeekday:
		if !t.upper {
			return match{}, 0
		}
		return sc.weekdayExpr(src, i, r, i, 0)
	case lxNum, lxTens:
		if y, n := sc.spelledYear(i); n > 0 {
			return match{t: Timex{Span: sc.span(i, i+n-1), Type: TimexDate, Value: YearDate(y)}}, n
		}
		if k := i + 1; t.lex.val == 1 && sc.joined(k) && sc.toks[k].lex.cls == lxUnit && sc.toks[k].lex.val == uDay &&
			!sc.toks[k].lex.plural && sc.joined(i) && (sc.word(i-1) == wWill || sc.lower(i-1, "could") ||
			sc.lower(i-1, "may") || sc.lower(i-1, "might") || sc.lower(i-1, "can")) {
			// "will one day be": some day ahead
			return match{t: Timex{Span: sc.span(i, k), Type: TimexDate, Norm: "FUTURE_REF"}}, 2
		}
		return sc.quantity(src, i, r)
	case lxOrd:
		if c := sc.century(i); c != "" {
			return match{t: Timex{Span: sc.span(i, i+1), Type: TimexDate, Norm: c}}, 2
		}
		return sc.ordinalPeriod(src, i, r, i)
	case lxUnit:
		return sc.bareUnit(i, r)
	case lxWord:
		return sc.wordAt(src, i, r, afterTimex)
	}
	if t.num >= 0 {
		return sc.number(src, i, r, afterTimex)
	}
	if c := sc.century(i); c != "" {
		// "the 11th century temple"
		return match{t: Timex{Span: sc.span(i, i+1), Type: TimexDate, Norm: c}}, 2
	}
	// Decades: "1990s".
	if n := t.end - t.start; n == 5 && isDigit(src[t.start]) && src[t.end-1] == 's' {
		if y, _, ok := digits(src, t.start, 4, 4); ok && y%10 == 0 && y >= 1000 {
			return sc.decade(src, i, i, y), 1
		}
	}
	return match{}, 0
}

func (sc *timexScanner) span(from, to int) Span {
	return Span{sc.toks[from].start, sc.toks[to].end}
}

// tokenAt returns the index of the token starting at or after offset off,
// from index i on.
func (sc *timexScanner) tokenAt(i, off int) int {
	for i < len(sc.toks) && sc.toks[i].start < off {
		i++
	}
	return i
}

// monthAt reads an expression at the month name token i; first is the token
// where the expression starts (a modifier before the month).
func (sc *timexScanner) monthAt(src string, i int, r *resolver, first int) (match, int) {
	t := sc.toks[i]
	d, end, err := scanWritten(src, t.start, r.ref, false)
	if err == nil || errors.Is(err, ErrNoYear) {
		k := sc.tokenAt(i, end) // tokens consumed
		m := match{t: Timex{Span: Span{sc.toks[first].start, end}, Type: TimexDate, Value: d}}
		if err != nil || d.Precision == PrecisionDay && !sc.hasYearToken(i, k) {
			m.t.Relative = true
			if r.ok {
				m.t.Value = r.dayOfYear(d.Month, d.Day, sc.tense(first))
			}
		}
		return m, k - first
	}
	// A bare month name: full names only ("Jan" may be a name), and "May"
	// and "March" only where a date is expected.
	lw := len(src[t.start:t.end])
	month := time.Month(t.lex.val)
	if lw < 4 && month != time.May {
		return match{}, 0
	}
	if lw == 4 && month == time.September { // "Sept" without a day
		return match{}, 0
	}
	prev := sc.word(first - 1)
	if month == time.May || month == time.March {
		if first == i && prev != wIn && !isYearPrep(prev) && prev != wFrom && prev != wOf {
			return match{}, 0
		}
	}
	// "January nineteen ninety-seven", as broadcasters read it
	if y, n := sc.spelledYear(i + 1); n > 0 && sc.joined(i+1) {
		return match{t: Timex{Span: sc.span(first, i+n), Type: TimexDate, Value: MonthDate(y, month)}}, i + n - first + 1
	}
	// "June last year"
	if k := i + 2; sc.joined(i+1) && sc.joined(k) && sc.toks[k].lex.cls == lxUnit && sc.toks[k].lex.val == uYear && !sc.toks[k].lex.plural {
		dy, ok := 0, true
		switch sc.word(i + 1) {
		case wLast:
			dy = -1
		case wNext:
			dy = 1
		case wThis:
		default:
			ok = false
		}
		if ok {
			m := match{t: Timex{Span: sc.span(first, k), Type: TimexDate, Relative: true}}
			if r.ok {
				m.t.Value = MonthDate(r.ref.Year+dy, month)
			}
			return m, k - first + 1
		}
	}
	m := match{t: Timex{Span: sc.span(first, i), Type: TimexDate, Relative: true}}
	if r.ok {
		m.t.Value = r.monthOf(month, sc.tense(first))
	}
	return m, i - first + 1
}

// dayOfYear returns the day month-day in the year that tense asks for:
// on or after ref for the future (1), on or before it for the past (-1).
// Otherwise the day is taken in the past unless it falls within the next
// three months: news reports past events, and announces near ones.
func (r *resolver) dayOfYear(m time.Month, d int, tense int) Date {
	y := r.ref.Year
	after := m > r.ref.Month || m == r.ref.Month && d > r.ref.Day
	before := m < r.ref.Month || m == r.ref.Month && d < r.ref.Day
	switch {
	case tense > 0 && before:
		y++
	case tense < 0 && after:
		y--
	case tense == 0 && after:
		if time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Sub(r.t) > 92*24*time.Hour {
			y--
		}
	case tense == 0 && before:
		if time.Date(y+1, m, d, 0, 0, 0, 0, time.UTC).Sub(r.t) <= 92*24*time.Hour {
			y++
		}
	}
	if d > daysIn(y, m) { // February 29
		return Date{}
	}
	return Date{Year: y, Month: m, Day: d, Precision: PrecisionDay}
}

// monthOf returns the month m in the year that tense asks for, by the rule
// of dayOfYear: the past, unless the month is at most three months ahead.
func (r *resolver) monthOf(m time.Month, tense int) Date {
	diff := int(m) - int(r.ref.Month) // -11..11
	switch {
	case tense > 0 && diff < 0:
		diff += 12
	case tense < 0 && diff > 0:
		diff -= 12
	case tense == 0 && diff > 3:
		diff -= 12
	case tense == 0 && diff < -8:
		diff += 12
	}
	return MonthDate(r.ref.Year, r.ref.Month+time.Month(diff))
}

func (sc *timexScanner) hasYearToken(from, to int) bool {
	for k := from; k < to && k < len(sc.toks); k++ {
		if sc.toks[k].num >= 1000 {
			return true
		}
	}
	return false
}

// weekdayExpr reads a weekday at token i; first is where the expression
// starts; dir is -1 for "last", +1 for "next", 2 for "this", 0 for a bare
// weekday.
func (sc *timexScanner) weekdayExpr(src string, i int, r *resolver, first, dir int) (match, int) {
	t := sc.toks[i]
	if dir == 0 && first == i {
		// "Thursday, July 14, 2016": the date decides.
		if d, end, err := scanWritten(src, t.start, r.ref, false); err == nil || errors.Is(err, ErrNoYear) {
			k := sc.tokenAt(i, end)
			return match{t: Timex{Span: Span{t.start, end}, Type: TimexDate, Value: d,
				Relative: err != nil || !sc.hasYearToken(i, k)}}, k - i
		}
	}
	n := i - first + 1
	typ := TimexDate
	if k := i + 1; sc.joined(k) && sc.toks[k].lex.cls == lxPart {
		n++
		typ = TimexTime
	}
	m := match{t: Timex{Span: sc.span(first, first+n-1), Type: typ, Relative: true}}
	if !r.ok {
		return m, n
	}
	wd := time.Weekday(t.lex.val)
	delta := int(wd) - int(r.t.Weekday()) // -6..6
	switch dir {
	case -1: // strictly before
		if delta >= 0 {
			delta -= 7
		}
	case 1: // strictly after
		if delta <= 0 {
			delta += 7
		}
	case 2:
		if delta < 0 {
			delta += 7
		}
	default:
		if sc.future(first) {
			if delta < 0 {
				delta += 7
			}
		} else if delta > 0 {
			delta -= 7
		}
	}
	m.t.Value = DateOf(r.t.AddDate(0, 0, delta))
	return m, n
}

// future reports whether the clause around token i speaks of the future.
func (sc *timexScanner) future(i int) bool { return sc.tense(i) > 0 }

// tense tells whether the clause around token i speaks of the future (1):
// "will meet … on Friday", "is to meet … on Friday", "plans to … on Friday",
// or, for an expression that opens its clause, "On Friday, he will …"; of
// the past (-1): "said on Friday", "met … on Thursday", "ended Jan. 31"; or
// says nothing (0).
func (sc *timexScanner) tense(i int) int {
	head := i
	for head > 0 && !sc.toks[head].brk && i-head < 40 {
		head--
	}
	// "since March" is past; in "extended to Nov. 20" and "postponed
	// until May" the verb's tense is not the date's.
	prep := sc.word(i - 1)
	if prep == wSince {
		return -1
	}
	deadline := prep == wTo || prep == wUntil || prep == wAnd && sc.lower(i-1, "through")
	ed := false // a past participle or tense in "-ed" shortly before
scan:
	for j := i - 1; j >= head; j-- {
		switch sc.word(j) {
		case wWill, wFutureCue:
			return 1
		case wTo:
			if sc.futureTo(j) {
				return 1
			}
		case wPastVerb, wEnded:
			if sc.word(j-1) != wBeInf && !deadline { // "to be paid in January" is not past
				return -1
			}
		case wSaid:
			// "said on Friday" is past; in "said he will go on Friday"
			// the reported clause was read already.
			if i-j <= 2 {
				return -1
			}
			break scan
		case wNone:
			// a past tense verb just before: "shares issued July 1",
			// "closed on Wednesday"; a little further back it yields to
			// a future cue before it, as in "will redeem preferred
			// shares on Oct. 31"
			if t := sc.toks[j]; !ed && !deadline && i-j <= 4 && t.lex.cls == lxNone && !t.upper && t.end-t.start > 4 &&
				sc.srcEndsEd(j) && sc.word(j-1) != wBeInf {
				if i-j == 1 || i-j == 2 && sc.toks[j+1].lex.cls == lxWord {
					return -1
				}
				ed = true
			}
		}
	}
	if ed {
		return -1
	}
	if i-head > 2 {
		return 0
	}
	// the expression opens its clause: the verb comes after it
	for j := i + 1; j < len(sc.toks) && j-i <= 12; j++ {
		if sc.toks[j].brk {
			break
		}
		switch sc.word(j) {
		case wWill, wFutureCue:
			return 1
		case wTo:
			if sc.futureTo(j) {
				return 1
			}
		case wPastVerb, wSaid, wEnded:
			return -1
		}
	}
	return 0
}

// futureTo reports whether the "to" at token j follows a word that makes it
// future: "is to", "is also to", "due to", "plans to", "is expected to".
func (sc *timexScanner) futureTo(j int) bool {
	for k := j - 1; k >= 0 && j-k <= 2; k-- {
		switch sc.word(k) {
		case wBe:
			// "is to", "is also to", but not "is continuing to"
			return j-k == 1 || !sc.srcEndsIng(k+1)
		case wFutureTo, wFutureCue:
			return true
		}
		if sc.toks[k+1].brk {
			return false
		}
	}
	return false
}

// wordStarts reports whether wordAt has a rule for the word w: an
// expression can start at no other word of class lxWord.
func wordStarts(w int8) bool {
	switch w {
	case wToday, wYesterday, wTomorrow, wTonight, wNow, wCurrently, wRecently, wPreviously,
		wThat, wNoon, wThese, wSoon, wLast, wThis, wNext, wPast, wComing, wPrevious, wLatest,
		wCurrent, wThe, wEarly, wLate, wMid, wEarlier, wLater, wA, wSeveral, wFew, wMany,
		wRecent, wCouple, wFiscal, wEvery, wEach:
		return true
	}
	return false
}

// wordAt applies the rules that start with a function word or a deictic
// word at token i; see wordStarts.
func (sc *timexScanner) wordAt(src string, i int, r *resolver, afterTimex bool) (match, int) {
	w := sc.toks[i].lex.val
	switch w {
	case wToday, wYesterday, wTomorrow, wTonight:
		return sc.deicticDay(i, i, r, w)
	case wNow, wCurrently:
		if w == wNow && sc.word(i+1) == wAs { // "now as"
			return match{}, 0
		}
		m := match{t: Timex{Span: sc.span(i, i), Type: TimexDate, Norm: "PRESENT_REF"}}
		if w == wNow && sc.joined(i) && sc.lower(i-1, "right") {
			m.t.Span.Start = sc.toks[i-1].start // "right now"
		}
		return m, 1
	case wRecently, wPreviously:
		m := match{t: Timex{Span: sc.span(i, i), Type: TimexDate, Norm: "PAST_REF"}}
		if w == wRecently && sc.joined(i) && sc.lower(i-1, "more") {
			m.t.Span.Start = sc.toks[i-1].start // "more recently"
		}
		return m, 1
	case wThat:
		return sc.anaphoric(i, 0)
	case wNoon:
		return sc.clockDay(match{t: Timex{Span: sc.span(i, i), Type: TimexTime}}, i, 1, r)
	case wThese:
		if k := i + 1; sc.joined(k) && sc.toks[k].lex.cls == lxUnit && sc.toks[k].lex.val == uDay && sc.toks[k].lex.plural {
			return match{t: Timex{Span: sc.span(i, k), Type: TimexDate, Norm: "PRESENT_REF"}}, 2
		}
	case wSoon:
		if sc.word(i-1) == wAs || sc.word(i+1) == wAs || sc.word(i+1) == wYearPrep {
			return match{}, 0
		}
		return match{t: Timex{Span: sc.span(i, i), Type: TimexDate, Norm: "FUTURE_REF"}}, 1
	case wLast, wThis, wNext, wPast, wComing, wPrevious, wLatest, wCurrent:
		if m, n := sc.deicticPeriod(src, i, i, r); n > 0 || w != wCurrent {
			return m, n
		}
		if k := i + 1; sc.joined(k) && sc.toks[k].lex.cls == lxNone && !sc.toks[k].upper && sc.toks[k].num < 0 {
			// "the current crisis": the present; "the then current
			// price": the past
			m := match{t: Timex{Span: sc.span(i, i), Type: TimexDate, Norm: "PRESENT_REF"}}
			if i > 0 && sc.lower(i-1, "then") && (sc.joined(i) || sc.toks[i].sep == '-') {
				m.t.Span.Start, m.t.Norm = sc.toks[i-1].start, "PAST_REF"
			}
			return m, 1
		}
	case wThe:
		return sc.theAt(src, i, r)
	case wEarly, wLate, wMid, wEarlier, wLater:
		return sc.modified(src, i, r)
	case wA:
		return sc.quantity(src, i, r)
	case wSeveral, wFew, wMany, wRecent, wCouple:
		if m, n := sc.vague(i, i); n > 0 || w != wRecent {
			return m, n
		}
		if k := i + 1; sc.joined(k) && sc.toks[k].lex.cls == lxNone && !sc.toks[k].upper && sc.toks[k].num < 0 && sc.word(i-1) != wNone {
			// "the recent sale": the past
			return match{t: Timex{Span: sc.span(i, i), Type: TimexDate, Norm: "PAST_REF"}}, 1
		}
	case wFiscal:
		if k := i + 1; sc.joined(k) && sc.toks[k].num >= 1900 && sc.toks[k].num <= 2099 && sc.toks[k].end-sc.toks[k].start == 4 {
			return match{t: Timex{Span: sc.span(i, k), Type: TimexDate, Value: YearDate(sc.toks[k].num)}}, 2
		}
		if k := i + 1; sc.joined(k) && sc.toks[k].lex.cls == lxOrd {
			return sc.ordinalPeriod(src, k, r, i)
		}
	case wEvery, wEach:
		if k := i + 1; sc.joined(k) && sc.toks[k].lex.cls == lxUnit && !sc.toks[k].lex.plural {
			return match{t: Timex{Span: sc.span(i, k), Type: TimexSet, Norm: durationNorm(1, int(sc.toks[k].lex.val))}}, 2
		}
		if k := i + 1; sc.joined(k) && sc.toks[k].lex.cls == lxWeekday && sc.toks[k].upper {
			return match{t: Timex{Span: sc.span(i, k), Type: TimexSet, Norm: "P1W"}}, 2
		}
	}
	return match{}, 0
}

// deicticDay resolves today, yesterday, tomorrow and tonight at token i
// (first: where the expression starts), with a part of the day after it.
func (sc *timexScanner) deicticDay(first, i int, r *resolver, w int8) (match, int) {
	n := i - first + 1
	typ := TimexDate
	if w == wTonight {
		typ = TimexTime
	}
	if k := i + 1; sc.joined(k) && sc.toks[k].lex.cls == lxPart && w != wTonight {
		n++
		typ = TimexTime
	}
	m := match{t: Timex{Span: sc.span(first, first+n-1), Type: typ, Relative: true}}
	if r.ok {
		delta := 0
		switch w {
		case wYesterday:
			delta = -1
		case wTomorrow:
			delta = 1
		}
		m.t.Value = DateOf(r.t.AddDate(0, 0, delta))
	}
	return m, n
}

// deicticPeriod reads "last/this/next/past/coming X" at token i; first is
// where the expression starts.
func (sc *timexScanner) deicticPeriod(src string, i, first int, r *resolver) (match, int) {
	w := sc.word(i)
	k := i + 1
	if !sc.joined(k) {
		return match{}, 0
	}
	nt := sc.toks[k]
	dir := 0
	switch w {
	case wLast, wPast, wPrevious:
		dir = -1
	case wNext, wComing:
		dir = 1
	}
	hasThe := first < i && sc.word(first) == wThe
	if nt.num >= 0 && w != wThis && w != wCurrent {
		// "the past 20 years", "the next 12 months"
		if q, n := sc.quantity(src, k, r); n > 0 && q.t.Type == TimexDuration {
			q.t.Span.Start = sc.toks[first].start
			return q, n + k - first
		}
		return match{}, 0
	}
	switch nt.lex.cls {
	case lxUnit:
		u := int(nt.lex.val)
		if nt.lex.plural {
			// "the past few weeks" is handled by quantity; "in recent
			// months", "coming weeks": vague.
			if w == wPast || w == wLast || w == wComing || w == wNext || w == wRecent {
				m := match{t: Timex{Span: sc.span(first, k), Type: TimexDate, Norm: "PAST_REF"}}
				if w == wComing || w == wNext {
					m.t.Norm = "FUTURE_REF"
				}
				return m, k - first + 1
			}
			return match{}, 0
		}
		if u == uYear && w == wLast && k+2 < len(sc.toks) && isPossessive(src, sc.toks[k+1]) && sc.isPeriod(k+2) {
			// "last year's quarter": the quarter reported, a year before
			m := match{t: Timex{Span: sc.span(first, k+2), Type: TimexDate, Relative: true}, yearsBack: 1}
			if r.ok {
				m.t.Value = YearDate(r.ref.Year - 1)
			}
			return m, k + 3 - first
		}
		if u == uYear && k+2 < len(sc.toks) && isPossessive(src, sc.toks[k+1]) && sc.toks[k+2].lex.cls == lxOrd {
			// "this year's third quarter"
			y := 0
			if r.ok {
				y = r.ref.Year + dir
			}
			if m, n := sc.ordinalPeriodYear(src, k+2, r, first, y); n > 0 {
				return m, n
			}
		}
		if hasThe && (w == wPast || w == wLast) && u != uQuarter && u != uWeekend {
			m := match{t: Timex{Span: sc.span(first, k), Type: TimexDate, Relative: true}}
			switch {
			case u == uYear:
				// "over the past year": TimeML takes the year before
				if r.ok {
					m.t.Value = YearDate(r.ref.Year - 1)
				}
			case u == uDecade:
				// "in the last decade": the decade before ref's
				if r.ok {
					m.t.Norm = strconv.Itoa(r.ref.Year/10 - 1)
				}
			default:
				// "the past week": a duration
				m.t.Type, m.t.Norm, m.t.Relative = TimexDuration, durationNorm(1, u), false
			}
			return m, k - first + 1
		}
		if w == wLatest || w == wCurrent || (w == wLast && u == uQuarter) {
			if u != uQuarter && u != uYear && u != uMonth && u != uWeek {
				return match{}, 0
			}
		}
		if u == uDay || u == uHour || u == uMinute || u == uDecade || u == uCentury {
			return match{}, 0
		}
		m := match{t: Timex{Span: sc.span(first, k), Type: TimexDate, Relative: true}}
		if r.ok {
			sc.resolvePeriod(&m, r, u, dir, w)
		}
		return m, k - first + 1
	case lxMonth:
		if !nt.upper || w == wPast || w == wComing || w == wLatest || w == wCurrent || nt.end-nt.start < 3 {
			return match{}, 0
		}
		m := match{t: Timex{Span: sc.span(first, k), Type: TimexDate, Relative: true}}
		if r.ok {
			// "last September" is the most recent September but for
			// ref's month and the one before, which are "this month" and
			// "last month"; "next September" likewise ahead.
			mo := time.Month(nt.lex.val)
			switch dir {
			case -1:
				back := (int(r.ref.Month) - int(mo) + 12) % 12
				if back < 2 {
					back += 12
				}
				m.t.Value = MonthDate(r.ref.Year, r.ref.Month-time.Month(back))
			case 1:
				ahead := (int(mo) - int(r.ref.Month) + 12) % 12
				if ahead < 2 {
					ahead += 12
				}
				m.t.Value = MonthDate(r.ref.Year, r.ref.Month+time.Month(ahead))
			default:
				m.t.Value = MonthDate(r.ref.Year, mo)
			}
		}
		return m, k - first + 1
	case lxWeekday:
		if !nt.upper || (w != wLast && w != wNext && w != wThis && w != wComing) {
			return match{}, 0
		}
		d := dir
		if w == wThis {
			d = 2
		}
		return sc.weekdayExpr(src, k, r, first, d)
	case lxPart:
		if w != wThis && w != wLast {
			return match{}, 0
		}
		m := match{t: Timex{Span: sc.span(first, k), Type: TimexTime, Relative: true}}
		if r.ok {
			delta := 0
			if w == wLast {
				if nt.lex.val != partNight {
					return match{}, 0
				}
				delta = -1
			}
			m.t.Value = DateOf(r.t.AddDate(0, 0, delta))
		}
		return m, k - first + 1
	case lxSeason:
		if w != wThis && w != wLast && w != wNext && w != wPast {
			return match{}, 0
		}
		m := match{t: Timex{Span: sc.span(first, k), Type: TimexDate, Relative: true}}
		if r.ok {
			m.t.Norm = seasonNorm(r.ref, int(nt.lex.val), dir)
		}
		return m, k - first + 1
	case lxNum, lxTens, lxWord:
		if w == wPast || w == wLast || w == wNext || w == wComing || w == wLatest {
			if q, n := sc.quantity(src, k, r); n > 0 && q.t.Type == TimexDuration {
				q.t.Span.Start = sc.toks[first].start
				if dir < 0 && len(q.t.Norm) > 1 && q.t.Norm[1] == 'X' {
					q.t.Type, q.t.Norm = TimexDate, "PAST_REF" // "the last few months"
				}
				return q, n + k - first
			}
		}
		if nt.lex.cls == lxWord && nt.lex.val == wHalf && w == wLast {
			// "the last half of 1989": the second
			return sc.periodOrd(src, i, r, first, 0, 2)
		}
		if nt.lex.cls == lxWord && (w == wLast || w == wNext || w == wThis) {
			// "late last year" is read from "late"; "this past week"
			if (nt.lex.val == wPast || nt.lex.val == wComing) && w == wThis {
				return sc.deicticPeriod(src, k, first, r)
			}
		}
	case lxOrd:
		if w == wLast || w == wThis || w == wNext {
			return sc.ordinalPeriod(src, k, r, first)
		}
	}
	return match{}, 0
}

// seasonNorm returns the TimeML value of season s (1 spring … 4 winter)
// in the direction dir from ref: the last one ended before ref's season
// (-1: "last spring" in October is that year's), the next one to begin
// after it (1), or ref's year's (0). A winter is named by the year of its
// December.
func seasonNorm(ref Date, s, dir int) string {
	// ref's season and the year it is counted in
	cur, y := (int(ref.Month)-3+12)%12/3+1, ref.Year
	if ref.Month < time.March {
		y--
	}
	switch {
	case dir < 0 && s >= cur:
		y--
	case dir > 0 && s <= cur:
		y++
	case dir == 0:
		y = ref.Year
	}
	return fmt.Sprintf("%04d-%s", y, [...]string{"", "SP", "SU", "FA", "WI"}[s])
}

// resolvePeriod sets m's value to the unit u containing ref moved by dir.
func (sc *timexScanner) resolvePeriod(m *match, r *resolver, u, dir int, w int8) {
	switch u {
	case uWeek:
		m.t.Value = WeekDate(r.t.AddDate(0, 0, 7*dir))
	case uMonth:
		m.t.Value = MonthDate(r.ref.Year, r.ref.Month+time.Month(dir))
	case uYear:
		m.t.Value = YearDate(r.ref.Year + dir)
	case uWeekend:
		m.t.Norm = WeekDate(r.t.AddDate(0, 0, 7*dir)).String() + "-WE"
		if dir == 0 && r.t.Weekday() >= time.Monday && r.t.Weekday() <= time.Wednesday && w != wThis {
			m.t.Norm = WeekDate(r.t.AddDate(0, 0, -7)).String() + "-WE"
		}
	case uQuarter:
		q := int(r.ref.Month-1)/3 + 1
		y := r.ref.Year
		if w == wLatest || w == wLast || w == wPrevious || w == wPast {
			dir = -1
		}
		q += dir
		if q < 1 {
			q, y = q+4, y-1
		} else if q > 4 {
			q, y = q-4, y+1
		}
		m.quarter, m.quarterYear = q, y
		m.t.Norm = fmt.Sprintf("%04d-Q%d", y, q)
	}
}

// theAt reads expressions that start with "the". TimeML spans a
// determiner with a noun phrase that names a period ("the third quarter",
// "the year-ago period", "the end of 1990", "the mid-1990s") but not with a
// duration used as an adjective ("the two-week crisis", "the third-quarter
// loss").
func (sc *timexScanner) theAt(src string, i int, r *resolver) (match, int) {
	k := i + 1
	if !sc.joined(k) {
		return match{}, 0
	}
	from := func(m match, n int) (match, int) {
		if n == 0 {
			return m, 0
		}
		m.t.Span.Start = sc.toks[i].start
		return m, n + k - i
	}
	nt := sc.toks[k]
	switch nt.lex.cls {
	case lxWord:
		switch nt.lex.val {
		case wPast, wLast, wLatest, wCurrent, wComing, wPrevious, wNext:
			if m, n := sc.deicticPeriod(src, k, i, r); n > 0 {
				return m, n
			}
			if nt.lex.val == wPast {
				return match{t: Timex{Span: sc.span(i, k), Type: TimexDate, Norm: "PAST_REF"}}, 2
			}
			if nt.lex.val == wLatest && sc.joined(k+1) && sc.word(k+1) == wPeriod {
				// "the latest period": the quarter reported
				return match{t: Timex{Span: sc.span(i, k+1), Type: TimexDate, Relative: true}, qSame: true}, 3
			}
		case wFuture:
			return match{t: Timex{Span: sc.span(i, k), Type: TimexDate, Norm: "FUTURE_REF"}}, 2
		case wFollowing:
			if m, n := sc.anaphoric(k, 1); n > 0 {
				m.t.Span.Start = sc.toks[i].start
				return m, n + 1
			}
		case wSame:
			// "the comparable year-ago quarter", "the corresponding
			// period last year", "the same quarter a year earlier"
			q := k + 1
			if !sc.joined(q) {
				break
			}
			if t := sc.toks[q]; t.lex.cls == lxUnit && t.lex.val == uYear && !t.lex.plural {
				if m, n := sc.bareUnit(q, r); n > 2 {
					m.t.Span.Start = sc.toks[i].start
					return m, n + q - i
				}
				break
			}
			if sc.isPeriod(q) {
				if n := sc.yearBefore(q + 1); n > 0 {
					m := match{t: Timex{Span: sc.span(i, q+n), Type: TimexDate, Relative: true}, yearsBack: 1}
					if r.ok {
						m.t.Value = YearDate(r.ref.Year - 1)
					}
					return m, q + n - i + 1
				}
			}
		case wFiscal:
			if m, n := sc.wordAt(src, k, r, false); n > 0 && m.t.Type == TimexDate {
				return from(m, n)
			}
		case wEnd:
			return sc.edgeOf(src, i, r)
		case wNear:
			// "the near future", "the short term", "the long term"
			if q := k + 1; sc.joined(q) && (sc.word(q) == wFuture || sc.lower(q, "term")) {
				return match{t: Timex{Span: sc.span(i, q), Type: TimexDate, Norm: "FUTURE_REF"}}, 3
			}
		case wFull:
			// "the full year": ref's
			if q := k + 1; sc.joined(q) && sc.toks[q].lex.cls == lxUnit && sc.toks[q].lex.val == uYear && !sc.toks[q].lex.plural {
				m := match{t: Timex{Span: sc.span(i, q), Type: TimexDate, Relative: true}}
				if r.ok {
					m.t.Value = YearDate(r.ref.Year)
				}
				return m, 3
			}
		case wEarly, wLate, wMid:
			// "the mid-1990s", "the late 1970s"
			if m, n := sc.modified(src, k, r); n > 0 && len(m.t.Norm) == 3 {
				return from(m, n)
			}
		}
	case lxDecade:
		// "the nineties"
		return match{t: Timex{Span: sc.span(i, k), Type: TimexDate, Norm: "19" + strconv.Itoa(int(nt.lex.val))}}, 2
	case lxSeason:
		// "the winter of 1994", "the summer": ref's year's
		if sc.word(k+1) == wOf && sc.joined(k+1) && sc.joined(k+2) {
			y, n := sc.yearAt(k + 2)
			if n > 0 {
				return match{t: Timex{Span: sc.span(i, k+1+n), Type: TimexDate,
					Norm: fmt.Sprintf("%04d-%s", y, [...]string{"", "SP", "SU", "FA", "WI"}[nt.lex.val])}}, n + 3
			}
		}
		m := match{t: Timex{Span: sc.span(i, k), Type: TimexDate, Relative: true}}
		if r.ok {
			m.t.Norm = seasonNorm(r.ref, int(nt.lex.val), 0)
		}
		return m, 2
	case lxOrd:
		if q := k + 1; q < len(sc.toks) && sc.toks[q].sep == '-' {
			return match{}, 0 // "the third-quarter loss"
		}
		if nt.lex.val == 1 {
			// "the first nine months"
			if !sc.joined(k + 1) {
				return match{}, 0
			}
			if m, n := sc.quantity(src, k+1, r); n > 0 && m.t.Type == TimexDuration {
				m.t.Span.Start = sc.toks[i].start
				return m, n + 2
			}
		}
		return sc.ordinalPeriod(src, k, r, i)
	case lxUnit:
		if nt.lex.val == uQuarter && !nt.lex.plural {
			m := match{t: Timex{Span: sc.span(i, k), Type: TimexDate, Relative: true}}
			if n := sc.yearBefore(k + 1); n > 0 && sc.word(k+1) == wA {
				// "the quarter a year ago"
				m.t.Span.End = sc.toks[k+n].end
				m.yearsBack = 1
				if r.ok {
					m.t.Value = YearDate(r.ref.Year - 1)
				}
				return m, n + 2
			}
			if r.ok {
				sc.resolvePeriod(&m, r, uQuarter, -1, wLatest)
			}
			return m, 2
		}
		if nt.lex.val == uYear && !nt.lex.plural {
			if a := k + 1; a < len(sc.toks) && sc.toks[a].sep == '-' {
				// "the year-ago quarter", but "the year-ago results"
				if m, n := sc.bareUnit(k, r); n > 2 {
					return from(m, n)
				}
				return match{}, 0
			}
			if sc.word(k+1) == wEnded && sc.joined(k+1) {
				// "the year ended Sept. 30": a fiscal year
				return match{t: Timex{Span: sc.span(i, k), Type: TimexDuration, Norm: "P1Y"}}, 2
			}
			if q := k + 1; !sc.joined(q) || sc.word(q) == wOf || sc.word(q) == wTo {
				// "a high for the year", "nine months of the year":
				// ref's year; not "the year before", "the year he left"
				m := match{t: Timex{Span: sc.span(i, k), Type: TimexDate, Relative: true}}
				if r.ok {
					m.t.Value = YearDate(r.ref.Year)
				}
				return m, 2
			}
		}
		if nt.lex.val == uWeekend && !nt.lex.plural {
			m := match{t: Timex{Span: sc.span(i, k), Type: TimexDate, Relative: true}}
			if r.ok {
				sc.resolvePeriod(&m, r, uWeekend, 0, wThe)
			}
			return m, 2
		}
	}
	if c := sc.century(k); c != "" {
		// "the 20th century", but "the 12th century abbey"
		if a := k + 2; sc.joined(a) && sc.toks[a].lex.cls == lxNone && sc.toks[a].num < 0 && !sc.toks[a].upper {
			return match{}, 0
		}
		return match{t: Timex{Span: sc.span(i, k+1), Type: TimexDate, Norm: c}}, 3
	}
	if nt.lex.cls == lxNum || nt.lex.cls == lxTens || nt.num > 0 && nt.num < 1000 {
		// "the nine months", "the four days", but "the two-week crisis"
		// and "the two day rally"
		m, n := sc.quantity(src, k, r)
		if u := sc.toks[min(k+n-1, len(sc.toks)-1)]; n > 0 && m.t.Type == TimexDuration && u.sep == ' ' && u.lex.plural {
			return from(m, n)
		}
		return match{}, 0
	}
	if isYearToken(src, nt) && sc.joined(k+1) && sc.isPeriod(k+1) {
		// "the 1988 period": the quarter reported, in 1988
		return match{t: Timex{Span: sc.span(i, k+1), Type: TimexDate, Value: YearDate(nt.num)}, qYear: nt.num}, 3
	}
	if nt.num >= 0 || nt.end-nt.start == 5 {
		if m, n := sc.match(src, k, r, false); n > 0 && (m.quarter > 0 || len(m.t.Norm) == 3) {
			return from(m, n)
		}
	}
	return match{}, 0
}

// anaphoric reads "that year", "that month" (shift 0) or "following year",
// "following month" (shift 1) at token i: the year or month of the last
// calendar date named, or after it. "In 1995 he was promoted, and the
// following year he retired."
func (sc *timexScanner) anaphoric(i, shift int) (match, int) {
	k := i + 1
	if !sc.joined(k) || sc.toks[k].lex.cls != lxUnit || sc.toks[k].lex.plural {
		return match{}, 0
	}
	u := int(sc.toks[k].lex.val)
	if u != uYear && u != uMonth {
		return match{}, 0
	}
	m := match{t: Timex{Span: sc.span(i, k), Type: TimexDate, Relative: true}}
	switch a := sc.anchor; {
	case a.IsZero():
	case u == uYear:
		m.t.Value = YearDate(a.Year + shift)
	case a.Precision >= PrecisionMonth:
		m.t.Value = MonthDate(a.Year, a.Month+time.Month(shift))
	}
	return m, 2
}

// edgeOf reads "the end of 1990", "the beginning of October", "the end of
// the year", "the middle of next week" at the "the" token i: the period
// named, with its edge ("mod" in TimeML) left out of the value.
func (sc *timexScanner) edgeOf(src string, i int, r *resolver) (match, int) {
	k := i + 3 // the period's first token
	if !sc.joined(i+2) || sc.word(i+2) != wOf || !sc.joined(k) {
		return match{}, 0
	}
	if sc.word(k) == wThe && sc.joined(k+1) {
		// "the end of the year": ref's year
		if u := sc.toks[k+1]; u.lex.cls == lxUnit && !u.lex.plural &&
			(u.lex.val == uYear || u.lex.val == uMonth || u.lex.val == uWeek || u.lex.val == uQuarter) {
			m := match{t: Timex{Span: sc.span(i, k+1), Type: TimexDate, Relative: true}}
			if r.ok {
				sc.resolvePeriod(&m, r, int(u.lex.val), 0, wThis)
			}
			return m, k + 2 - i
		}
	}
	m, n := sc.match(src, k, r, false)
	if n == 0 || m.t.Type != TimexDate || m.t.Span.Start != sc.toks[k].start {
		return match{}, 0
	}
	m.t.Span.Start = sc.toks[i].start
	return m, n + k - i
}

// ordinalPeriod reads "third quarter", "third-quarter", "first half" at the
// ordinal token i, with optional "of 1989" or "1989" after it; first is where
// the expression starts.
func (sc *timexScanner) ordinalPeriod(src string, i int, r *resolver, first int) (match, int) {
	return sc.ordinalPeriodYear(src, i, r, first, 0)
}

// ordinalPeriodYear is ordinalPeriod with the year given before it, or 0.
func (sc *timexScanner) ordinalPeriodYear(src string, i int, r *resolver, first, year int) (match, int) {
	return sc.periodOrd(src, i, r, first, year, int(sc.toks[i].lex.val))
}

// periodOrd is ordinalPeriodYear with the ordinal given: "last half" is
// the second.
func (sc *timexScanner) periodOrd(src string, i int, r *resolver, first, year, ord int) (match, int) {
	k := i + 1
	if k >= len(sc.toks) || (sc.toks[k].sep != ' ' && sc.toks[k].sep != '-') || sc.toks[k].brk {
		return match{}, 0
	}
	nt := sc.toks[k]
	isQuarter := nt.lex.cls == lxUnit && nt.lex.val == uQuarter && !nt.lex.plural
	isHalf := sc.word(k) == wHalf && nt.sep == ' '
	if !isQuarter && !isHalf || isHalf && ord > 2 {
		return match{}, 0
	}
	end := k
	if year != 0 {
	} else if y := k + 1; sc.joined(y) && isYearToken(src, sc.toks[y]) {
		year, end = sc.toks[y].num, y
	} else if y := k + 2; sc.joined(y) && sc.word(k+1) == wOf && sc.joined(k+1) && isYearToken(src, sc.toks[y]) {
		year, end = sc.toks[y].num, y
	}
	if isHalf && year == 0 && sc.word(k+1) == wOf {
		return match{}, 0 // "the first half of the match"
	}
	m := match{t: Timex{Span: sc.span(first, end), Type: TimexDate, Relative: year == 0}}
	if a := min(k+2, len(sc.toks)-1); sc.word(k+1) == wOf && sc.joined(k+1) && !isYearToken(src, sc.toks[a]) &&
		sc.word(k+2) != wThe && sc.toks[a].num < 0 {
		// "a quarter of the shares" is never this; "a loss for the
		// third quarter of $2 million" is
		return match{}, 0
	}
	if year == 0 && r.ok {
		year = r.ref.Year
		startMonth := time.Month(1 + 3*(ord-1))
		if isHalf {
			startMonth = time.Month(1 + 6*(ord-1))
		}
		if startMonth > r.ref.Month {
			year--
		}
	}
	if year != 0 {
		if isHalf {
			m.t.Norm = fmt.Sprintf("%04d-H%d", year, ord)
		} else {
			m.t.Norm = fmt.Sprintf("%04d-Q%d", year, ord)
			m.quarter, m.quarterYear = ord, year
		}
	}
	return m, end - first + 1
}

// isPossessive reports whether t is the "s" of "'s".
func isPossessive(src string, t token) bool {
	if t.end-t.start != 1 || src[t.start] != 's' || t.start == 0 {
		return false
	}
	c := src[t.start-1]
	return c == '\'' || c == 0x99 // ' or the last byte of ’
}

func isYearToken(src string, t token) bool {
	return t.num >= 1900 && t.num <= 2099 && t.end-t.start == 4
}

// modified reads "early/late/mid/earlier/later" before a period: "early
// September", "mid-1990", "late last year", "earlier this month", "later
// today".
func (sc *timexScanner) modified(src string, i int, r *resolver) (match, int) {
	k := i + 1
	if k >= len(sc.toks) || sc.toks[k].brk || (sc.toks[k].sep != ' ' && sc.toks[k].sep != '-') {
		return match{}, 0
	}
	w := sc.word(i)
	nt := sc.toks[k]
	switch nt.lex.cls {
	case lxMonth:
		if w == wEarlier || w == wLater || !nt.upper {
			return match{}, 0
		}
		return sc.monthAt(src, k, r, i)
	case lxWeekday:
		if !nt.upper {
			return match{}, 0
		}
		return sc.weekdayExpr(src, k, r, i, 0)
	case lxWord:
		switch nt.lex.val {
		case wThis, wLast, wNext:
			if m, n := sc.deicticPeriod(src, k, i, r); n > 0 && m.t.Type == TimexDate {
				return m, n
			}
		case wToday, wYesterday, wTomorrow, wTonight:
			return sc.deicticDay(i, k, r, nt.lex.val)
		}
	case lxSeason:
		return match{}, 0
	}
	if isYearToken(src, nt) && w != wEarlier && w != wLater && !(k+1 < len(sc.toks) && sc.toks[k+1].sep == '-') {
		return match{t: Timex{Span: sc.span(i, k), Type: TimexDate, Value: YearDate(nt.num)}}, 2
	}
	if nt.end-nt.start == 5 && w != wEarlier && w != wLater {
		if m, n := sc.match(src, k, r, false); n > 0 && len(m.t.Norm) == 3 {
			m.t.Span.Start = sc.toks[i].start
			return m, n + 1
		}
	}
	return match{}, 0
}

// number applies the rules that start with an all-digit token: ISO dates,
// "15 July 2016", years, "10 days ago", "10-year", "3 p.m.".
func (sc *timexScanner) number(src string, i int, r *resolver, afterTimex bool) (match, int) {
	t := sc.toks[i]
	n := t.end - t.start
	if n == 4 && t.end+1 < len(src) && src[t.end] == '-' && isDigit(src[t.end+1]) {
		if d, end, err := scanISO(src, t.start); err == nil && d.Precision >= PrecisionMonth && !isWordByte(src, end) {
			k := sc.tokenAt(i, end)
			return match{t: Timex{Span: Span{t.start, end}, Type: TimexDate, Value: d}}, k - i
		}
	}
	if n <= 2 {
		if k := i + 1; sc.joined(k) && sc.toks[k].lex.cls == lxMonth && sc.toks[k].upper {
			if d, end, err := scanWritten(src, t.start, r.ref, false); err == nil || errors.Is(err, ErrNoYear) {
				e := sc.tokenAt(i, end)
				return match{t: Timex{Span: Span{t.start, end}, Type: TimexDate, Value: d,
					Relative: err != nil || !sc.hasYearToken(i, e)}}, e - i
			}
		}
		if m, k := sc.clock(src, i); k > 0 {
			return sc.clockDay(m, i, k, r)
		}
	}
	if isYearToken(src, t) {
		if m, k := sc.quantity(src, i, r); k > 0 {
			return m, k // "2000 years ago"? rare, but a quantity reading wins
		}
		if t.sep == '-' || t.end < len(src) && src[t.end] == '-' && isDigit(byteAt(src, t.end+1)) {
			return match{}, 0
		}
		prev := sc.word(i - 1)
		ok := sc.joined(i) && (prev == wIn || isYearPrep(prev) || prev == wFrom || prev == wOf ||
			prev == wFiscal || prev == wFor || prev == wThe || ((prev == wAnd || prev == wTo) && afterTimex))
		if i > 0 && isPossessive(src, sc.toks[i-1]) { // "the company's 1989 results"
			ok = true
		}
		if k := i + 1; sc.joined(k) && sc.toks[k].lex.cls == lxOrd {
			// "the 1988 third quarter"
			if m, n := sc.ordinalPeriodYear(src, k, r, i, t.num); n > 0 {
				return m, n
			}
		}
		if i > 0 && sc.toks[i-1].lex.cls == lxMonth && sc.toks[i-1].upper {
			ok = true
		}
		if !ok {
			return match{}, 0
		}
		return match{t: Timex{Span: sc.span(i, i), Type: TimexDate, Value: YearDate(t.num)}}, 1
	}
	return sc.quantity(src, i, r)
}

// decade reads "1990s" at token i, "the" or "mid-" at first.
func (sc *timexScanner) decade(src string, first, i, y int) match {
	return match{t: Timex{Span: sc.span(first, i), Type: TimexDate, Norm: strconv.Itoa(y / 10)}}
}

// quantity reads an amount of time at token i: "three years", "a week",
// "10-year", "twenty four hours", followed by "ago", "earlier", "later" or
// nothing; "in three days" is a date when a reference is given.
func (sc *timexScanner) quantity(src string, i int, r *resolver) (match, int) {
	n, k := sc.amount(i)
	if k <= i || k >= len(sc.toks) {
		return match{}, 0
	}
	ut := sc.toks[k]
	if ut.brk || (ut.sep != ' ' && ut.sep != '-') || ut.lex.cls != lxUnit {
		return match{}, 0
	}
	u := int(ut.lex.val)
	if n == 1 && ut.lex.plural && sc.word(i) == wA {
		return match{}, 0
	}
	if t := sc.toks[i]; t.num >= 1900 && !ut.lex.plural {
		return match{}, 0 // "the 1988 quarter"
	}
	if a := k + 1; a < len(sc.toks) && sc.toks[a].sep == '-' && !sc.toks[a].brk && sc.toks[a].lex.cls == lxWord {
		return match{}, 0 // "a year-earlier loss"
	}
	switch {
	case u == uQuarter && (ut.sep == '-' && ut.lex.plural || sc.word(k+1) == wOf):
		return match{}, 0 // "three-quarters", "a quarter of"
	case sc.word(k+1) == wOld && sc.joined(k+1):
		return match{}, 0 // an age: "52 years old"
	}
	if ut.sep == '-' {
		// "10-year", "two-week": a duration used as an adjective
		return match{t: Timex{Span: sc.span(i, k), Type: TimexDuration, Norm: durationNorm(n, u)}}, k - i + 1
	}
	if a := k + 1; sc.joined(a) {
		switch sc.word(a) {
		case wAgo:
			m := match{t: Timex{Span: sc.span(i, a), Type: TimexDate, Relative: true}}
			if n < 0 {
				m.t.Norm = "PAST_REF"
				if r.ok && u == uYear {
					m.t.Norm = strconv.Itoa(r.ref.Year/10) + "X" // "a few years ago": this decade
				}
			}
			if r.ok && n > 0 {
				m.t.Value = r.back(u, n)
				if u == uYear {
					m.yearsBack = n
				}
			}
			return m, a - i + 1
		case wEarlier, wLater:
			m := match{t: Timex{Span: sc.span(i, a), Type: TimexDate, Relative: true}}
			if sc.word(a) == wEarlier && r.ok && n > 0 && u == uYear {
				m.t.Value = r.back(u, n)
				m.yearsBack = n
			} else {
				m.t.Type = TimexDuration
				m.t.Norm = durationNorm(n, u)
			}
			return m, a - i + 1
		}
	}
	if sc.word(i) == wA && !ut.lex.plural {
		prev := sc.word(i - 1)
		if (prev == wTimes || prev == wOnce) && sc.joined(i) {
			return match{t: Timex{Span: sc.span(i-1, k), Type: TimexSet, Norm: durationNorm(1, u)}}, k - i + 1
		}
	}
	if sc.word(i-1) == wIn && r.ok && n > 0 && u <= uYear && u != uNone {
		// "in three days": the day three days on
		m := match{t: Timex{Span: sc.span(i, k), Type: TimexDate, Relative: true, Value: r.back(u, -n)}}
		return m, k - i + 1
	}
	return match{t: Timex{Span: sc.span(i, k), Type: TimexDuration, Norm: durationNorm(n, u)}}, k - i + 1
}

// back returns the period of unit u, n units before ref.
func (r *resolver) back(u, n int) Date {
	switch u {
	case uDay:
		return DateOf(r.t.AddDate(0, 0, -n))
	case uWeek:
		return WeekDate(r.t.AddDate(0, 0, -7*n))
	case uMonth:
		return MonthDate(r.ref.Year, r.ref.Month-time.Month(n))
	case uYear:
		return YearDate(r.ref.Year - n)
	case uDecade:
		return YearDate(r.ref.Year - 10*n)
	}
	return Date{}
}

// amount reads a number at token i: digits, number words ("twenty four",
// "twenty-four"), "a", "an", "a few", "a couple of", "several". It returns
// the number (-1 when vague) and the index of the token after it.
func (sc *timexScanner) amount(i int) (int, int) {
	t := sc.toks[i]
	switch {
	case t.num >= 0:
		if t.num == 0 || t.num > 9999 {
			return 0, i
		}
		if i > 0 && (sc.toks[i-1].sep == ',' && sc.toks[i-1].num >= 0 && sc.toks[i].sep == ',') {
			return 0, i
		}
		return t.num, i + 1
	case t.lex.cls == lxNum:
		return int(t.lex.val), i + 1
	case t.lex.cls == lxTens:
		n := int(t.lex.val)
		if k := i + 1; k < len(sc.toks) && !sc.toks[k].brk && (sc.toks[k].sep == ' ' || sc.toks[k].sep == '-') &&
			sc.toks[k].lex.cls == lxNum && sc.toks[k].lex.val < 10 {
			return n + int(sc.toks[k].lex.val), i + 2
		}
		return n, i + 1
	case t.lex.cls == lxWord:
		switch t.lex.val {
		case wA:
			if k := i + 1; sc.joined(k) {
				switch sc.word(k) {
				case wFew:
					return -1, k + 1
				case wCouple:
					if sc.word(k+1) == wOf && sc.joined(k+1) {
						return 2, k + 2
					}
				}
			}
			return 1, i + 1
		case wSeveral, wFew, wMany:
			return -1, i + 1
		}
	}
	return 0, i
}

// vague reads "several years", "many months", "recent weeks" at token i.
func (sc *timexScanner) vague(first, i int) (match, int) {
	k := i + 1
	if !sc.joined(k) || sc.toks[k].lex.cls != lxUnit || !sc.toks[k].lex.plural {
		return match{}, 0
	}
	u := int(sc.toks[k].lex.val)
	if sc.word(i) == wRecent {
		return match{t: Timex{Span: sc.span(first, k), Type: TimexDate, Norm: "PAST_REF"}}, k - first + 1
	}
	if a := k + 1; sc.joined(a) && sc.word(a) == wAgo {
		return match{t: Timex{Span: sc.span(first, a), Type: TimexDate, Norm: "PAST_REF"}}, a - first + 1
	}
	return match{t: Timex{Span: sc.span(first, k), Type: TimexDuration, Norm: durationNorm(-1, u)}}, k - first + 1
}

// bareUnit reads a plural unit used as a duration: "months of criticism",
// "for years", "decades".
func (sc *timexScanner) bareUnit(i int, r *resolver) (match, int) {
	t := sc.toks[i]
	if a := i + 1; t.lex.val == uYear && !t.lex.plural && a < len(sc.toks) && sc.toks[a].sep == '-' && !sc.toks[a].brk &&
		(sc.word(a) == wEarlier || sc.word(a) == wAgo) {
		// "year-earlier", "year-ago" results
		m := match{t: Timex{Span: sc.span(i, a), Type: TimexDate, Relative: true}, yearsBack: 1}
		if r.ok {
			m.t.Value = YearDate(r.ref.Year - 1)
		}
		if q := a + 1; sc.joined(q) && sc.isPeriod(q) {
			// "the year-ago quarter", "the year-earlier period"
			m.t.Span.End = sc.toks[q].end
			return m, 3
		}
		if q := a + 1; sc.joined(q) && sc.toks[q].lex.cls == lxOrd {
			// "the year-earlier third quarter": that quarter a year
			// before the one reported, or before ref's
			y := 0
			if sc.anchorQ > 0 {
				y = sc.anchorY - 1
			} else if r.ok {
				y = r.ref.Year - 1
			}
			if q2, n := sc.ordinalPeriodYear(sc.src, q, r, i, y); n > 0 {
				q2.quarter = 0 // not the quarter reported
				return q2, n
			}
		}
		return m, 2
	}
	if t.lex.val == uYear && !t.lex.plural {
		// "by year-end", "year end", "year's end": ref's year, the last
		// one after "since"
		e := i + 1
		if e < len(sc.toks) && isPossessive(sc.src, sc.toks[e]) {
			e++
		}
		if e < len(sc.toks) && !sc.toks[e].brk && (sc.toks[e].sep == ' ' || sc.toks[e].sep == '-') && sc.lower(e, "end") {
			m := match{t: Timex{Span: sc.span(i, e), Type: TimexDate, Relative: true}}
			if r.ok {
				m.t.Value = YearDate(r.ref.Year)
				if sc.word(i-1) == wSince {
					m.t.Value = YearDate(r.ref.Year - 1)
				}
			}
			return m, e - i + 1
		}
	}
	if !t.lex.plural || t.lex.val == uWeekend {
		return match{}, 0
	}
	prev := sc.word(i - 1)
	if sc.word(i+1) == wOf && sc.joined(i+1) || prev == wFor && sc.joined(i) {
		if prev == wThe || i > 0 && sc.joined(i) && sc.toks[i-1].lex.cls != lxWord && sc.toks[i-1].lex.cls != lxNone {
			return match{}, 0
		}
		return match{t: Timex{Span: sc.span(i, i), Type: TimexDuration, Norm: durationNorm(-1, int(t.lex.val))}}, 1
	}
	return match{}, 0
}

// yearAt reads a year at token i, in digits ("1994") or spelled out as
// broadcasters read it ("nineteen ninety-four"), and returns it with the
// number of tokens, or 0, 0.
func (sc *timexScanner) yearAt(i int) (int, int) {
	if i >= len(sc.toks) {
		return 0, 0
	}
	if isYearToken(sc.src, sc.toks[i]) {
		return sc.toks[i].num, 1
	}
	return sc.spelledYear(i)
}

// spelledYear reads "nineteen ninety", "nineteen ninety-four", "nineteen
// ninety four" at token i: a number word of hundreds cannot be followed by
// a number of tens otherwise.
func (sc *timexScanner) spelledYear(i int) (int, int) {
	if i >= len(sc.toks) {
		return 0, 0
	}
	t := sc.toks[i]
	if t.lex.cls != lxNum || t.lex.val < 11 {
		return 0, 0
	}
	k := i + 1
	if !sc.joined(k) || sc.toks[k].lex.cls != lxTens {
		return 0, 0
	}
	y := 100*int(t.lex.val) + int(sc.toks[k].lex.val)
	if u := k + 1; u < len(sc.toks) && !sc.toks[u].brk && (sc.toks[u].sep == ' ' || sc.toks[u].sep == '-') &&
		sc.toks[u].lex.cls == lxNum && sc.toks[u].lex.val < 10 {
		return y + int(sc.toks[u].lex.val), 3
	}
	return y, 2
}

// century reads "20th century" at token i and returns its TimeML value
// ("19"), or "".
func (sc *timexScanner) century(i int) string {
	k := i + 1
	if !sc.joined(k) || sc.toks[k].lex.cls != lxUnit || sc.toks[k].lex.val != uCentury || sc.toks[k].lex.plural {
		return ""
	}
	t := sc.toks[i]
	n, j, ok := digits(sc.src, t.start, 1, 2)
	if !ok || j+2 != t.end || n == 0 {
		return ""
	}
	switch sc.src[j : j+2] {
	case "st", "nd", "rd", "th", "ST", "ND", "RD", "TH":
	default:
		return ""
	}
	return fmt.Sprintf("%02d", n-1)
}

// isPeriod reports whether token i is "quarter" or "period".
func (sc *timexScanner) isPeriod(i int) bool {
	if i >= len(sc.toks) {
		return false
	}
	t := sc.toks[i]
	return sc.word(i) == wPeriod || t.lex.cls == lxUnit && t.lex.val == uQuarter && !t.lex.plural
}

// yearBefore reads "last year", "a year ago" or "a year earlier" at token i
// and returns the number of tokens, or 0.
func (sc *timexScanner) yearBefore(i int) int {
	if !sc.joined(i) || !sc.joined(i+1) {
		return 0
	}
	isYear := func(k int) bool {
		return k < len(sc.toks) && sc.toks[k].lex.cls == lxUnit && sc.toks[k].lex.val == uYear && !sc.toks[k].lex.plural
	}
	switch sc.word(i) {
	case wLast:
		if isYear(i + 1) {
			return 2
		}
	case wA:
		if isYear(i+1) && sc.joined(i+2) && (sc.word(i+2) == wAgo || sc.word(i+2) == wEarlier) {
			return 3
		}
	}
	return 0
}

// durationUnits holds the ISO 8601 duration designator of each unit; time
// units take the "T" that opens the time part.
var durationUnits = [...]string{uDay: "D", uWeek: "W", uMonth: "M", uYear: "Y", uQuarter: "Q",
	uDecade: "DE", uCentury: "CE", uHour: "TH", uMinute: "TM", uWeekend: "WE"}

// durationNorm writes n units as an ISO 8601 duration, "X" for an unknown n.
func durationNorm(n, u int) string {
	if u <= uNone || u >= len(durationUnits) {
		return ""
	}
	num := "X"
	if n >= 0 {
		num = strconv.Itoa(n)
	}
	d := durationUnits[u]
	if d[0] == 'T' {
		return "PT" + num + d[1:]
	}
	return "P" + num + d
}

// clock reads a time of day at the digit token i: "3 p.m.", "10:30 a.m.",
// "9am".
func (sc *timexScanner) clock(src string, i int) (match, int) {
	t := sc.toks[i]
	if t.num > 12 {
		return match{}, 0
	}
	j, e := i, t.end
	if k := i + 1; k < len(sc.toks) && e < len(src) && src[e] == ':' && sc.toks[k].start == e+1 &&
		sc.toks[k].end-sc.toks[k].start == 2 && sc.toks[k].num >= 0 && sc.toks[k].num < 60 {
		j, e = k, sc.toks[k].end
	}
	p := skipSpaces(src, e)
	n := meridiem(src, p)
	if n == 0 {
		return match{}, 0
	}
	end := p + n
	k := sc.tokenAt(j+1, end)
	return match{t: Timex{Span: Span{t.start, end}, Type: TimexTime}}, k - i
}

// clockDay extends the time of day m, n tokens from token i, with the day
// after it: "10 p.m. Wednesday", "noon Thursday", "5 p.m. EST, Nov. 9". The
// day gives the value.
func (sc *timexScanner) clockDay(m match, i, n int, r *resolver) (match, int) {
	// only spaces, a comma or the stop of "p.m." stand between
	near := func(j int) bool {
		if j >= len(sc.toks) || sc.toks[j].brk {
			return false
		}
		switch strings.TrimSpace(sc.src[sc.toks[j-1].end:sc.toks[j].start]) {
		case "", ",", ".", ".,":
			return true
		}
		return false
	}
	j := i + n
	if near(j) && sc.isZone(j) {
		j++
	}
	if !near(j) || !sc.toks[j].upper && sc.toks[j].lex.cls != lxWord {
		return m, n
	}
	switch sc.toks[j].lex.cls {
	case lxWeekday, lxMonth:
	case lxWord:
		if w := sc.word(j); w != wToday && w != wYesterday && w != wTomorrow {
			return m, n
		}
	default:
		return m, n
	}
	d, k := sc.match(sc.src, j, r, false)
	if k == 0 || d.t.Type != TimexDate || d.t.Span.Start != sc.toks[j].start {
		return m, n
	}
	m.t.Span.End, m.t.Value, m.t.Relative = d.t.Span.End, d.t.Value, d.t.Relative
	return m, j + k - i
}

// isZone reports whether token i is a time zone: "EST", "GMT", "UTC".
func (sc *timexScanner) isZone(i int) bool {
	t := sc.toks[i]
	if t.end-t.start != 3 {
		return false
	}
	z := sc.src[t.start:t.end]
	return z == "GMT" || z == "UTC" || isUpper(z[0]) && (z[1] == 'S' || z[1] == 'D') && z[2] == 'T'
}

// meridiem returns the length of "a.m.", "p.m.", "am" or "pm" at src[p]
// (any case), or 0.
func meridiem(src string, p int) int {
	if p >= len(src) {
		return 0
	}
	c := src[p] | 0x20
	if c != 'a' && c != 'p' {
		return 0
	}
	if p+3 < len(src) && src[p+1] == '.' && src[p+2]|0x20 == 'm' && src[p+3] == '.' {
		return 4
	}
	if p+1 < len(src) && src[p+1]|0x20 == 'm' && !isWordByte(src, p+2) {
		return 2
	}
	return 0
}

// srcEndsIng reports whether token j is a word in "-ing" other than
// "going".
func (sc *timexScanner) srcEndsIng(j int) bool {
	t := sc.toks[j]
	return t.end-t.start > 4 && sc.src[t.end-3:t.end] == "ing" && !sc.lower(j, "going")
}

// srcEndsEd reports whether token j ends in "ed".
func (sc *timexScanner) srcEndsEd(j int) bool {
	t := sc.toks[j]
	return sc.src[t.end-2] == 'e' && sc.src[t.end-1] == 'd'
}
