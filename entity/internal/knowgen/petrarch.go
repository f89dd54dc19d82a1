package main

import (
	"fmt"
	"strings"
)

// A dictEntry is one entry of a PETRARCH actor dictionary: a primary
// phrase, its alternate phrases, and the codes of its group.
type dictEntry struct {
	phrase  string   // the primary phrase, words joined by '_' or ' '
	aliases []string // the '+' phrases
	codes   []code   // the codes of its group, shared with the code-less entries before it
	own     bool     // the codes were written on this entry, not inherited
	comment string   // the comment on the primary line: "CountryInfo.txt"
	line    int      // where the primary phrase is
	group   int      // the index of the first entry of its code group
}

// A code is a CAMEO code with the dates it applies between.
type code struct {
	code     string // "USAGOV"
	from, to int    // YYYYMMDD bounds, inclusive; 0 for none
	dated    bool   // the restriction had dates, even unreadable ones
}

// A warning is a line of an input that the reader skipped or read
// loosely, with why.
type warning struct {
	file string
	line int
	msg  string
}

func (w warning) String() string { return fmt.Sprintf("%s:%d: %s", w.file, w.line, w.msg) }

// parseActors reads a PETRARCH actor dictionary, as PETRARCH2's
// read_actor_dictionary reads it, and tolerates what it meets in the
// Phoenix files:
//
//   - '#' starts a comment anywhere on a line; a line that starts with '#'
//     is skipped whole, so entries commented out ("#\t[GTMGOVBUS ...]")
//     are skipped;
//   - a primary phrase at column 0, with optional codes in brackets;
//   - '+' lines are alternate phrases of the entry above;
//   - lines that start with a tab or space hold codes, "[CODE]", "[CODE
//     from-to]", "[CODE >from]", "[CODE <to]", with dates as YYYYMMDD or
//     YYMMDD (years 00 to 30 are 20YY); a phrase before the codes of such a
//     line is read as an alternate phrase;
//   - a primary phrase without codes shares the codes of the next entry
//     that has some, as in PETRARCH, where such a run of entries is one
//     code group.
//
// Irregular dates are kept as undated codes; unreadable lines are skipped.
// Each is reported as a warning.
func parseActors(file, src string) ([]dictEntry, []warning) {
	var (
		entries []dictEntry
		warns   []warning
		pending = -1 // first entry of the current run without codes
	)
	warn := func(line int, format string, args ...any) {
		warns = append(warns, warning{file, line, fmt.Sprintf(format, args...)})
	}
	closeGroup := func() {
		if pending < 0 {
			return
		}
		last := len(entries) - 1
		for i := pending; i <= last; i++ {
			entries[i].codes = entries[last].codes
			entries[i].group = pending
		}
		pending = -1
	}
	n := 0
	for line := range strings.Lines(src) {
		n++
		line = strings.TrimRight(line, "\r\n")
		if line == "" || line[0] == '#' || strings.HasPrefix(line, "<!") {
			continue
		}
		body, comment, _ := strings.Cut(line, "#")
		if strings.TrimSpace(body) == "" {
			continue
		}
		text, codes := splitCodes(body, func(msg string) { warn(n, "%s", msg) })
		switch {
		case line[0] == '\t' || line[0] == ' ':
			if len(entries) == 0 {
				warn(n, "codes before any entry")
				continue
			}
			e := &entries[len(entries)-1]
			if text != "" {
				e.aliases = append(e.aliases, text)
				warn(n, "phrase %q on a code line: read as an alternate phrase", text)
			}
			if len(codes) > 0 {
				e.codes = append(e.codes, codes...)
				e.own = true
			}
		case line[0] == '+':
			if len(entries) == 0 {
				warn(n, "alternate phrase before any entry")
				continue
			}
			e := &entries[len(entries)-1]
			if t := strings.TrimSpace(text[1:]); t != "" {
				e.aliases = append(e.aliases, t)
			} else {
				warn(n, "empty alternate phrase")
			}
			if len(codes) > 0 {
				warn(n, "codes on an alternate phrase: given to its entry")
				e.codes = append(e.codes, codes...)
				e.own = true
			}
		default:
			// a new primary phrase ends the previous entry's group if it had codes
			if len(entries) > 0 && entries[len(entries)-1].own {
				closeGroup()
			}
			if text == "" {
				warn(n, "codes without a phrase")
				continue
			}
			entries = append(entries, dictEntry{phrase: text, codes: codes, own: len(codes) > 0,
				comment: strings.TrimSpace(comment), line: n, group: len(entries)})
			if len(codes) == 0 && pending < 0 {
				pending = len(entries) - 1
			}
		}
	}
	switch {
	case len(entries) > 0 && entries[len(entries)-1].own:
		closeGroup()
	case pending >= 0:
		warn(entries[pending].line, "entries without codes at the end of the file")
	}
	return entries, warns
}

// splitCodes splits a line into the phrase before its first '[' and the
// codes in its brackets.
func splitCodes(body string, warn func(string)) (string, []code) {
	text, rest, found := strings.Cut(body, "[")
	text = strings.TrimSpace(text)
	var codes []code
	for found {
		var inner string
		var ok bool
		inner, rest, ok = strings.Cut(rest, "]")
		if !ok {
			warn("unclosed '['")
			break
		}
		if c, ok := parseCode(inner, warn); ok {
			codes = append(codes, c)
		}
		_, rest, found = strings.Cut(rest, "[")
	}
	return text, codes
}

// parseCode reads "CODE", "CODE from-to", "CODE >from" or "CODE <to".
func parseCode(s string, warn func(string)) (code, bool) {
	f := strings.Fields(s)
	if len(f) == 0 {
		warn("empty code")
		return code{}, false
	}
	c := code{code: f[0]}
	if len(f) == 1 {
		return c, true
	}
	r := strings.Join(f[1:], "")
	c.dated = true
	var err error
	switch {
	case strings.HasPrefix(r, ">"):
		c.from, err = parseDate(r[1:])
	case strings.HasPrefix(r, "<"):
		c.to, err = parseDate(r[1:])
	default:
		a, b, ok := strings.Cut(r, "-")
		if !ok {
			err = fmt.Errorf("restriction %q is not a date range", r)
			break
		}
		if c.from, err = parseDate(a); err == nil {
			c.to, err = parseDate(b)
		}
		if err == nil && c.to < c.from {
			err = fmt.Errorf("range %q ends before it starts", r)
		}
	}
	if err != nil {
		warn(fmt.Sprintf("code %s: %v: kept without its dates", c.code, err))
		c.from, c.to = 0, 0
	}
	return c, true
}

// parseDate reads YYYYMMDD or YYMMDD, where YY from 00 to 30 is 20YY.
func parseDate(s string) (int, error) {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, fmt.Errorf("date %q is not a number", s)
		}
	}
	d := 0
	for i := 0; i < len(s); i++ {
		d = d*10 + int(s[i]-'0')
	}
	switch len(s) {
	case 8:
	case 6:
		if d/10000 <= 30 {
			d += 20000000
		} else {
			d += 19000000
		}
	default:
		return 0, fmt.Errorf("date %q is not YYYYMMDD or YYMMDD", s)
	}
	if m, day := d/100%100, d%100; m < 1 || m > 12 || day < 1 || day > 31 {
		return 0, fmt.Errorf("date %q has no such month or day", s)
	}
	return d, nil
}

// An agentEntry is one phrase of the agents dictionary with its code.
type agentEntry struct {
	phrase string // words joined by '_' or ' ', substitution sets applied
	plural string // the irregular plural; "" for a regular one
	noPl   bool   // "{}": no plural
	isPl   bool   // the phrase is a plural, made from a set's plural item: "GOVERNMENT_SPOKESMEN"
	code   string // "~GOV", "IGO~"
	line   int
}

// parseAgents reads the agents dictionary: "PHRASE {plural} [CODE]" lines
// and "!SET! = A, B" substitution sets, whose markers in later phrases
// expand to one entry per item.
func parseAgents(file, src string) ([]agentEntry, []warning) {
	var (
		out   []agentEntry
		warns []warning
		sets  = map[string][]string{}
	)
	n := 0
	for line := range strings.Lines(src) {
		n++
		line = strings.TrimRight(line, "\r\n")
		if line == "" || line[0] == '#' || strings.HasPrefix(line, "<!") {
			continue
		}
		body, _, _ := strings.Cut(line, "#")
		body = strings.TrimSpace(body)
		if body == "" {
			continue
		}
		if name, items, ok := strings.Cut(body, "="); ok && strings.HasPrefix(body, "!") {
			name = strings.TrimSpace(name)
			for _, it := range strings.Split(items, ",") {
				if it = strings.TrimSpace(it); it != "" {
					sets[name] = append(sets[name], it)
				}
			}
			continue
		}
		open := strings.IndexByte(body, '[')
		close := strings.LastIndexByte(body, ']')
		if open >= 0 && close < open && strings.HasSuffix(body, "}") {
			close = len(body) - 1 // "[~ENV}"
			warns = append(warns, warning{file, n, "code closed by '}'"})
		}
		if open < 0 || close < open {
			warns = append(warns, warning{file, n, "agent without a code: skipped"})
			continue
		}
		e := agentEntry{code: strings.TrimSpace(body[open+1 : close]), line: n}
		head := body[:open]
		if a, b, ok := strings.Cut(head, "{"); ok {
			pl, _, ok := strings.Cut(b, "}")
			if !ok {
				warns = append(warns, warning{file, n, "unclosed '{'"})
				continue
			}
			head, e.plural, e.noPl = a, strings.TrimSpace(pl), strings.TrimSpace(pl) == ""
		}
		e.phrase = strings.TrimSpace(head)
		if e.phrase == "" || e.code == "" {
			warns = append(warns, warning{file, n, "agent without a phrase or code"})
			continue
		}
		for _, p := range expandSets(e.phrase, sets) {
			x := e
			x.phrase, x.isPl = p.phrase, p.plural
			out = append(out, x)
		}
	}
	return out, warns
}

// An expansion is a phrase with a set's marker replaced by an item.
type expansion struct {
	phrase string
	plural bool // the item is the plural of another item: "MEN" of "MAN"
}

// expandSets replaces each "!SET!" marker in phrase by each item of the
// set.
func expandSets(phrase string, sets map[string][]string) []expansion {
	i := strings.IndexByte(phrase, '!')
	j := strings.IndexByte(phrase[i+1:], '!')
	if i < 0 || j < 0 {
		return []expansion{{phrase: phrase}}
	}
	items, ok := sets[phrase[i:i+j+2]]
	if !ok {
		return []expansion{{phrase: phrase}}
	}
	var out []expansion
	for _, it := range items {
		pl := false
		for _, other := range items {
			pl = pl || strings.EqualFold(pluralWord(strings.ToLower(other)), it)
		}
		for _, e := range expandSets(phrase[:i]+it+phrase[i+j+2:], sets) {
			out = append(out, expansion{e.phrase, e.plural || pl})
		}
	}
	return out
}
