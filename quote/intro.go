package quote

import "github.com/newsmodel/newsmodel/internal/text"

// colonIntro reads a colon that introduces someone's words: a headline's
// opening name (`Senator: Talks Are 'Going Nowhere'`, `Poll: Voters Back
// Plan`), a sentence whose object names what is said (`the chancellor made
// the following promise: "…"`, `she is rolling out a new message: "…"`:
// the subject speaks), or a source after "from" (`And from the harbour
// master:`). A colon after a verb of saying is the verb's
// ([Pass] reads `Earnest said: "…"` by the verb).
//
// In the body, the words introduced must be a quotation, or the next
// paragraph when the colon ends its own.
func (s *sent) colonIntro(k int) (att, bool) {
	if k == 0 {
		return att{}, false
	}
	colon := int(s.cs[k].Start)
	a := att{rule: ruleColon, name: cueColon, cue: tspan{colon, colon + 1}, to: colon + 1, body: colon + 1, subj: -1, vg: -1}
	if a.body >= len(s.toks) {
		a.body = -1
		a.flags |= fColonEnd
	}
	if s.heading {
		if h, ok := s.headlineColon(k, a); ok {
			return h, true
		}
	}
	if a.body >= 0 && s.toks[a.body].Kind != text.Quote {
		return att{}, false
	}
	j := k - 1
	if s.cs[j].Kind != text.NG {
		return att{}, false
	}
	if ps, _ := text.Phrase(s.cs, j); s.contentStart(0) == int(s.cs[ps].Start) && (s.cs[j].Is(text.FName) || s.toks[s.cs[j].Head].Class&(text.Title|text.Person) != 0) {
		// Ellis: "I don't get the sense …"
		a.spk, a.head = s.nounPhrase(j)
		a.from = a.spk.s
		return a, true
	}
	o := j
	for o > 0 && s.cs[o].Of >= 0 && s.cs[o].Of < int32(o) {
		o = int(s.cs[o].Of) // the head of "one of her remarks"
	}
	if o > 0 && s.cs[o-1].Kind == text.PG && s.toks[s.cs[o-1].Start].ID == words().from {
		a.spk, a.head = s.nounPhrase(o) // from the harbour master:
		a.from = int(s.cs[o-1].Start)
		return a, true
	}
	// the chancellor made the following promise: the subject speaks
	for v := j - 1; v >= 0; v-- {
		c := &s.cs[v]
		if c.Kind != text.VG {
			continue
		}
		if c.Subj < 0 || c.Is(text.FNeg) || !s.namesWords(j) || !s.canSpeak(int(c.Subj), text.Speech) {
			return att{}, false
		}
		a.spk, a.head = s.nounPhrase(int(c.Subj))
		a.from, a.subj = a.spk.s, int(c.Subj)
		return a, true
	}
	return att{}, false
}

// namesWords reports whether noun group k names words or a text: "the
// following promise", "a new message", "its headline", "this".
func (s *sent) namesWords(k int) bool {
	c := &s.cs[k]
	if s.toks[c.Head].Class&(text.SpeechNoun|text.Document) != 0 {
		return true
	}
	ids := words()
	for i := c.Start; i < c.End; i++ {
		if id := s.toks[i].ID; id == ids.following || id == ids.this || id == ids.these {
			return true
		}
	}
	return false
}

// headlineColon reads a headline that opens with a name and a colon, the
// headline convention for a speaker's words: `Senator: Budget Talks Are
// 'Going Nowhere'`, `Minister on Tariffs: 'We Will Not Blink'`, `Poll:
// Voters Abandon Party`. The name is at most a few words before the colon
// (a topic after "on" may follow it).
func (s *sent) headlineColon(k int, a att) (att, bool) {
	if k > 4 || s.cs[0].Kind != text.NG || !s.toks[s.cs[0].Start].Capitalised() {
		return att{}, false
	}
	for j := 1; j < k; j++ {
		if c := s.cs[j].Kind; c != text.NG && c != text.PG {
			return att{}, false
		}
	}
	// a label with a number or a time names an occasion, not a speaker:
	// "World Cup 2018 day five: Sweden win", "Election 2020: What to know"
	for i := 0; i < int(s.cs[k].Start); i++ {
		if t := &s.toks[i]; t.Kind == text.Number || t.Class&(text.Num|text.Ord|text.TimeWord|text.TimeUnit|text.Weekday|text.Month) != 0 {
			return att{}, false
		}
	}
	a.spk, a.head = tspan{int(s.cs[0].Start), int(s.cs[0].End)}, tspan{int(s.cs[0].Start), int(s.cs[0].End)}
	for j := 1; j+1 < k; j++ {
		if s.cs[j].Kind == text.PG && s.toks[s.cs[j].Start].ID == words().from && s.cs[j+1].Kind == text.NG {
			a.spk, a.head = s.nounPhrase(j + 1) // A Lesson From Loretta Lynch: '…'
		}
	}
	a.from = 0
	return a, a.body >= 0
}

// dashByline reads a dash after a closing quotation mark that names the
// speaker: `"We will not be moved." — Commissioner Ana Ruiz`.
func (s *sent) dashByline(k int) (att, bool) {
	d := int(s.cs[k].Start)
	if d == 0 || k+1 >= len(s.cs) || s.toks[d-1].Kind != text.Quote || s.cs[k+1].Kind != text.NG {
		return att{}, false
	}
	n := &s.cs[k+1]
	if !n.Is(text.FName) && s.toks[n.Head].Class&(text.Title|text.Person) == 0 {
		return att{}, false
	}
	a := att{rule: ruleDash, name: cueDash, cue: tspan{d, d + 1}, from: d, body: -1, subj: -1, vg: -1}
	a.spk, a.head = s.nounPhrase(k + 1)
	a.to = s.appositionsEnd(k+1, a.spk.e)
	if a.to < len(s.toks) && !isClosing(&s.toks[a.to]) && s.toks[a.to].Kind != text.Quote {
		return att{}, false // a dash before a clause: an aside
	}
	return a, true
}

// transcriptLabel returns the speaker label that opens the quotation at
// token i, a quoted transcript's name in capitals before a colon:
// `"PENCE: Well, …`, `"MS. LEE: …`; s < 0 when there is none. The colon
// follows the label directly.
func (s *sent) transcriptLabel(i int) tspan {
	if i >= len(s.toks) {
		return tspan{-1, -1}
	}
	for q := i; i < len(s.toks) && s.toks[i].Kind == text.Quote && i < q+2; {
		i++
	}
	b := i
	for ; i < len(s.toks) && i-b <= 3; i++ {
		t := &s.toks[i]
		if t.Kind == text.Word {
			if t.Shape&text.AllCaps == 0 {
				return tspan{-1, -1}
			}
			continue
		}
		if t.IsMark(':') && i > b && t.Start == s.toks[i-1].End {
			return tspan{b, i}
		}
		return tspan{-1, -1}
	}
	return tspan{-1, -1}
}
