package quote

import "github.com/newsmodel/newsmodel/internal/text"

// cueClasses are the verb classes of the word table whose verbs report
// what someone says, thinks, judges, finds, intends or refuses.
const cueClasses = text.Speech | text.Cognition | text.Evaluation | text.Finding | text.Intention |
	text.Publish | text.Refusal | text.Perception

// nounContent are the verb classes whose verbs report a noun phrase:
// "stressed her support for the deal", "criticized the bill", "found a
// link", "wants a deal", "rejected the offer".
const nounContent = text.Speech | text.Cognition | text.Evaluation | text.Finding | text.Intention | text.Publish

// verbCue reads the verb group k when its verb reports: an inverted
// attribution, a passive or a verb with its subject before it.
func (s *sent) verbCue(k int) (att, bool) {
	v := &s.cs[k]
	h := &s.toks[v.Head]
	if h.Class&cueClasses == 0 || v.Is(text.FNeg) || h.Tag != text.TVerb || s.refused(k) {
		return att{}, false // most verbs; negated or refused saying ("has not said", "declined to comment") reports nothing
	}
	switch {
	case v.Is(text.FInverted):
		return s.saidInverted(k)
	case v.Is(text.FPassive):
		return s.saidPassive(k)
	}
	return s.saidBy(k)
}

// refused reports whether verb group k is the complement of a negated verb
// or of a verb of refusing ("declined to comment", "refused to confirm"),
// or is in what a negated verb of saying did not say ("has not said
// whether it will order").
func (s *sent) refused(k int) bool {
	if s.cs[k].Is(text.FInf) || s.cs[k].Is(text.FIng) {
		for j := k - 1; j >= 0 && j >= k-3; j-- {
			if g := &s.cs[j]; g.Kind == text.VG && g.Comp == int32(k) {
				// (or of a request: "is asked to call", "urged him to
				// speak" says nothing yet)
				return g.Is(text.FNeg) || s.toks[g.Head].Class&(text.Refusal|text.Telling) != 0
			}
		}
		return false
	}
	for j := k - 1; j >= 0; j-- {
		if g := &s.cs[j]; g.Kind == text.VG && g.Is(text.FFinite) {
			// the verb whose clause k is in
			return g.Comp >= 0 && g.Comp <= int32(k) && g.Is(text.FNeg) && s.toks[g.Head].Class&(text.Speech|text.Publish) != 0
		}
	}
	return false
}

// newVerbAtt returns the attribution of verb group k, its cue the verb
// (and a particle: "pointed out").
func (s *sent) newVerbAtt(k int) att {
	v := &s.cs[k]
	cue := tspan{int(v.Head), int(v.Head) + 1}
	if int(v.End) > cue.e && s.toks[v.End-1].Tag == text.TAdv && s.toks[v.End-1].Class&text.Prep != 0 {
		cue.e = int(v.End) // "pointed out"
	}
	return att{rule: ruleIndirect, lemma: v.Lemma, class: s.toks[v.Head].Class, cue: cue, from: int(v.Start), to: int(v.End), body: -1, subj: -1, vg: k}
}

// saidBy reads a reporting verb with its subject before it: the subject
// speaks, and what the verb reports follows it (`Peskov said Russia
// favoured cooperation`, `she stressed her support for the deal`, `the
// poll found that …`, `the ministry wants to close three plants`) or, when
// nothing follows, comes before it (`…, analysts say.`, `"…," Kerry
// said.`). A participle after a comma shares the sentence's subject
// (`…, saying …`, `…, citing …`); a relative clause's verb has "who" as
// its speaker as written (`the bishop, who says …`).
//
//	Peskov said Russia favoured cooperation.
//	Officials in Washington said the trip was not a last chance.
//	The airline cancelled 40 flights, saying the storm had made runways unsafe.
//	Prices will rise, analysts say.
func (s *sent) saidBy(k int) (att, bool) {
	v := &s.cs[k]
	if v.Subj < 0 || !s.canSpeak(int(v.Subj), s.toks[v.Head].Class) {
		return att{}, false
	}
	a := s.newVerbAtt(k)
	a.subj = int(v.Subj)
	local := false
	if r := s.relativeBefore(k); r >= 0 {
		// the bishop, who says …: "who" as written, the bishop's entity
		a.spk = tspan{r, r + 1}
		_, a.head = s.nounPhrase(int(v.Subj))
		a.from, a.rel = r, true
	} else {
		a.spk, a.head = s.nounPhrase(int(v.Subj))
		if local = s.localSubject(int(v.Subj), k); local {
			a.from = min(a.spk.s, int(v.Start))
		}
	}
	if v.Is(text.FIng) && a.spk.e <= int(v.Start) && a.spk.e < int(v.Start)-1 {
		a.rule, a.from = ruleParticiple, int(v.Start)
	}
	if s.toks[v.Head].Class&(text.Speech|text.Cognition|text.Finding|text.Publish|text.Intention) == 0 {
		a.flags |= fLabel // "called it", "slammed": the verb labels, it says nothing
	}
	if b, ok := s.complement(k); ok {
		a.body, a.to = b, b
		return a, true
	}
	if b := s.quoteAfterAside(k); b >= 0 && s.toks[v.Head].Class&text.Speech != 0 {
		a.body, a.to = b, b
		return a, true
	}
	a.to = s.adverbialsEnd(k)
	// what it says comes before it when its subject is its own ("…,
	// analysts say"), not one it shares ("The senator, who said …, voted
	// for it")
	a.inv = local && s.mayCloseContent(a.from, a.to)
	if a.to+1 == len(s.toks) && s.toks[a.to].IsMark(':') {
		a.flags |= fColonEnd // He said:¶"…"
	}
	return a, true
}

// saidInverted reads a reporting verb whose subject follows it: `"…,"
// said Kerry`, `…, says the report`. What it reports comes before it.
//
//	"It's a bad deal for farmers," said Sen. Maria Lopez, a Democrat from Iowa.
//	The economy will shrink this year, says the central bank.
func (s *sent) saidInverted(k int) (att, bool) {
	v := &s.cs[k]
	if v.Subj < 0 || !s.canSpeak(int(v.Subj), s.toks[v.Head].Class) {
		return att{}, false
	}
	a := s.newVerbAtt(k)
	a.subj = int(v.Subj)
	a.spk, a.head = s.nounPhrase(int(v.Subj))
	a.to = max(s.adverbialsEnd(k), a.spk.e)
	a.to = s.appositionsEnd(int(v.Subj), a.to)
	if a.to < len(s.toks) && s.cs[s.chunk[a.to]].Kind == text.SG && s.toks[a.to].Tag == text.TRel {
		// "said a man who goes by the name "Shorty"": the relative clause
		// describes the speaker
		a.to = s.clauseComma(a.to, len(s.toks))
		for a.to > 0 && isClosing(&s.toks[a.to-1]) {
			a.to--
		}
	}
	a.inv = true
	if a.to+1 < len(s.toks) && (s.toks[a.to].IsMark(':') || s.toks[a.to].IsMark(',')) && s.toks[a.to+1].Kind == text.Quote && a.from == s.contentStart(0) {
		a.body, a.inv = a.to+1, false // Said Ellis: "…"
		a.flags |= fAfterColon
	}
	return a, true
}

// saidPassive reads a passive reporting verb: its by-agent speaks (`the
// plan was criticised by the mayor`, `was told by officials that …`);
// with none, no one is named as saying it (`it is thought that …`, `the
// mayor is expected to sign`): a quote with no speaker at most.
//
//	The plan was criticised by the mayor.
//	It is thought that the fire started in the kitchen.
func (s *sent) saidPassive(k int) (att, bool) {
	v := &s.cs[k]
	h := &s.toks[v.Head]
	a := s.newVerbAtt(k)
	if v.Agent >= 0 {
		a.rule = rulePassive
		a.spk, a.head = s.nounPhrase(int(v.Agent))
		a.to = a.spk.e
		if b, ok := s.complement(k); ok && b >= a.to {
			a.body = b
		} else if v.Subj >= 0 && s.cs[v.Subj].Kind == text.NG && h.Class&(text.Evaluation|text.Speech) != 0 {
			// the mayor was praised by the council: what the council praised
			ps, _ := s.nounPhrase(int(v.Subj))
			a.from, a.pre, a.inv = a.to, ps, false
			// and what it was called: `criticised by the mayor as "reckless"`
			if a.to < len(s.toks) {
				w, t := words(), &s.toks[a.to]
				if t.ID == w.as || t.ID == w.of || t.ID == w.for_ || t.Kind == text.Quote && t.Shape&text.Open != 0 {
					a.body = a.to
				}
			}
		}
		return a, a.body >= 0 || !a.pre.empty()
	}
	if h.Class&(text.Speech|text.Cognition|text.Finding) == 0 || v.Subj < 0 {
		return att{}, false
	}
	b, ok := s.complement(k)
	if !ok {
		return att{}, false
	}
	a.rule = ruleAgentless
	subj := &s.cs[v.Subj]
	if subj.Is(text.FPron) && s.toks[subj.Head].ID == words().it {
		a.from, a.body = int(subj.Start), b // it is thought that …
	} else if c := &s.cs[s.chunk[b]]; c.Kind == text.VG && c.Is(text.FInf) && h.Class&text.Telling == 0 {
		// "he is said to be furious", "is expected to sign"; not what is
		// asked ("anyone with information is asked to call")
		ps, _ := s.nounPhrase(int(v.Subj))
		a.from, a.body = ps.s, ps.s
	} else {
		return att{}, false
	}
	a.to = a.body
	return a, true
}

// allAdverbs reports whether chunks [a, z) are all adverbs.
func (s *sent) allAdverbs(a, z int) bool {
	for k := a; k < z; k++ {
		if s.cs[k].Kind != text.RG {
			return false
		}
	}
	return true
}

// complement returns the first token of what verb group k reports after
// it: a that-clause or a clause without "that", a question, a
// to-infinitive, a quotation, or a noun phrase for the verbs that report
// one; false when there is none.
func (s *sent) complement(k int) (int, bool) {
	v := &s.cs[k]
	cls := s.toks[v.Head].Class
	if v.Comp >= 0 {
		c := &s.cs[v.Comp]
		if v.Obj >= 0 && v.Obj < v.Comp && !s.addressee(k) && cls&nounContent != 0 {
			return s.phraseStart(int(v.Obj)), true // called the plan "a disaster"
		}
		switch c.Kind {
		case text.MG:
			i := int(c.Start) // a colon, or a comma, before a quotation
			for i < len(s.toks) && (s.toks[i].IsMark(':') || s.toks[i].IsMark(',')) {
				i++
			}
			return i, i < len(s.toks)
		case text.VG:
			if !c.Is(text.FInf) {
				return 0, false
			}
			// perception reports clauses only ("saw that"), not "seems to";
			// verbs that only try or vote act ("tried to", "voted to"):
			// those of wanting and planning are patterns; a refusal to
			// speak ("declined to comment") is no saying
			if cls&(text.Speech|text.Cognition|text.Evaluation|text.Publish) == 0 {
				return 0, false
			}
			if v.Obj >= 0 && !s.addressee(k) {
				return int(s.phraseStart(int(v.Obj))), true // expect the bank to raise rates
			}
		}
		if c.Kind == text.SG && s.toks[c.Start].Tag == text.TSub && s.toks[c.Start].ID == words().that {
			return int(c.Start) + 1, int(c.Start)+1 < len(s.toks)
		}
		// an adverbial of two words or more right before the clause is
		// said with it: "said in general Russia favoured", "said in fact"
		if r := k + 1; int(v.Comp)-r >= 1 && s.cs[v.Comp-1].End-s.cs[r].Start > 1 && s.allAdverbs(r, int(v.Comp)) {
			return int(s.cs[r].Start), true
		}
		return int(c.Start), true
	}
	if cls&text.Perception != 0 && cls&(nounContent&^text.Cognition) == 0 {
		return 0, false
	}
	if v.Obj >= 0 && cls&nounContent != 0 && !s.addressee(k) && !s.cs[v.Obj].Is(text.FTime) && s.reportsObject(k) {
		return s.phraseStart(int(v.Obj)), true
	}
	// "denied hiding losses", "considered running"
	if k+1 < len(s.cs) && s.cs[k+1].Kind == text.VG && s.cs[k+1].Is(text.FIng) && cls&(text.Speech|text.Cognition|text.Evaluation|text.Refusal) != 0 {
		return int(s.cs[k+1].Start), true
	}
	return s.restOfSentence(k)
}

// restOfSentence returns where the rest of the sentence starts after a
// verb of saying whose complement the reading did not find (`Conney said
// in order to be what people need, the job requires …`, `Bill told me I
// "shouldn't wear those pants"`): after its addressee, when words that
// are no adverbial of the attribution follow; false when none do.
func (s *sent) restOfSentence(k int) (int, bool) {
	v := &s.cs[k]
	if s.toks[v.Head].Class&text.Speech == 0 || v.Is(text.FInverted) || v.Subj < 0 || int(v.Subj) > k {
		return 0, false
	}
	j := k + 1
	switch {
	case v.Obj >= 0 && s.addressee(k):
		j = s.phraseEnd(int(v.Obj))
	case v.Obj >= 0 && s.plainObject(k):
		return 0, false // an object that is no content: "added a second", "welcomed the decision"
	}
	if j >= len(s.cs) {
		return 0, false
	}
	if e := s.adverbialsEnd(k); e >= len(s.toks) || isClosing(&s.toks[e]) || s.toks[e].Kind == text.Quote && s.toks[e].Shape&text.Open == 0 {
		return 0, false // nothing but adverbials: "said on Tuesday."
	}
	switch c := &s.cs[j]; c.Kind {
	case text.NG, text.VG, text.SG, text.PG, text.RG:
		return int(c.Start), true
	case text.MG:
		if t := &s.toks[c.Start]; t.Kind == text.Quote && t.Shape&text.Open != 0 {
			return int(c.Start), true
		}
	}
	return 0, false
}

// plainObject reports whether the object of verb group k ends what it
// says: nothing but adverbials and appositions follow it up to the end of
// the clause ("welcomed the decision on Tuesday.", "added a second from
// the penalty spot", "adding their voices to a campaign"), not what it is
// said to be or have done ("accused the North's leader, Kim Jong Un, of
// recklessness", "blasted the media for being dishonest", "sings
// Springsteen's \"American Skin\"") nor a clause whose subject the object
// is.
func (s *sent) plainObject(k int) bool {
	w := words()
	j := s.phraseEnd(int(s.cs[k].Obj))
	for j < len(s.cs) {
		c := &s.cs[j]
		t := &s.toks[c.Start]
		switch {
		case c.Kind == text.NG && (c.Is(text.FAppos) || c.Is(text.FTime)), c.Kind == text.RG:
			j = s.phraseEnd(j)
		case c.Kind == text.MG && t.IsMark(',') && (j+1 < len(s.cs) && s.cs[j+1].Is(text.FAppos) || s.cs[j-1].Is(text.FAppos)):
			j++ // the commas around an apposition
		case c.Kind == text.PG && t.ID != w.of && t.ID != w.for_ && t.ID != w.as && c.Of > int32(j):
			j = s.phraseEnd(int(c.Of)) // "in August", "from the penalty spot"
		case c.Kind == text.MG:
			return t.Kind != text.Quote
		default:
			return c.Kind == text.CG
		}
	}
	return true
}

// addressee reports whether the object of verb group k is whom it tells,
// not what: a person, a group or a name after a verb of telling ("told
// reporters", "promised voters"), not "promised lower taxes".
func (s *sent) addressee(k int) bool {
	v := &s.cs[k]
	if v.Obj < 0 || s.toks[v.Head].Class&text.Telling == 0 {
		return false
	}
	o := &s.cs[v.Obj]
	return o.Is(text.FName) || o.Is(text.FPron) || s.toks[o.Head].Class&(text.Person|text.Title|text.Group|text.Kin|text.Demonym) != 0 || s.toks[o.Head].ID == 0
}

// reportsObject reports whether verb group k reports its object: verbs of
// saying, judging and publishing do ("announced a plan", "criticised the
// bill"), those that only intend do not ("attempted an attack"); a verb
// that finds only when a
// document or a statement is its subject ("the study found a link", not
// "detectives found the car"); a verb of thinking only with what it
// thinks of its object after it ("found the call constructive", "sees
// Russia as a threat", not "knows the city").
func (s *sent) reportsObject(k int) bool {
	v := &s.cs[k]
	cls := s.toks[v.Head].Class
	o := &s.cs[v.Obj]
	for o.Is(text.FPossessor) && o.Of > v.Obj {
		o = &s.cs[o.Of] // "cited Trump's remarks": the remarks
	}
	if cls&(text.Speech|text.Publish) != 0 {
		// words, and judgements in words: "announced a plan", "denied the
		// claims", "condemned the attack"; not what is sent or scored
		// ("posted a video", "added a second"): "add" adds words, never a
		// thing ("adding their voices")
		not := text.Num | text.Ord
		if cls&text.Publish != 0 {
			not |= text.Document // "posted a video", not "condemned the agreement"
		}
		return s.toks[o.Head].Class&not == 0 && o.Head == o.End-1 && v.Lemma != words().add
	}
	if cls&text.Intention != 0 && cls&text.Cognition == 0 && cls&text.Evaluation == 0 {
		return false // "attempted one last attack", "tried the door": an act, not words
	}
	if cls&text.Finding != 0 && v.Subj >= 0 && s.toks[s.cs[v.Subj].Head].Class&(text.Document|text.SpeechNoun) != 0 {
		return true
	}
	if cls&(text.Cognition|text.Evaluation) == 0 {
		return false
	}
	// a judgement or thought of the object, after it: "called the plan a
	// disaster", "dismissed it as \"noise\"", "found the call
	// constructive"; a plain object is an act ("backed the proposal",
	// "welcomed the decision")
	e := s.phraseEnd(int(v.Obj))
	if e >= len(s.cs) {
		return false
	}
	switch c := &s.cs[e]; c.Kind {
	case text.AG, text.NG:
		return !c.Is(text.FTime)
	case text.PG, text.SG:
		// "as" a judgement, not "as" a clause ("rejects the hike as
		// residents vent"); "accused X of"
		if s.toks[c.Start].ID == words().as {
			return c.End >= int32(len(s.toks)) || s.toks[c.End].Kind == text.Quote || !s.clauseAt(int(c.End))
		}
		return s.toks[c.Start].ID == words().of && cls&text.Speech != 0
	case text.VG:
		return c.Is(text.FInf)
	case text.MG:
		t := &s.toks[c.Start]
		return t.Kind == text.Quote && t.Shape&text.Open != 0 // branded it "a disgrace"
	}
	return false
}

// quoteAfterAside returns the opening quotation mark that follows verb
// group k after a comma and an aside: `he said, in the early days of the
// campaign, "…"`, `Trump said, adding later, "…"`; -1 when there is none.
func (s *sent) quoteAfterAside(k int) int {
	j := k + 1
	// adverbials first: `says of Clinton, "…"`
	for j < len(s.cs) && (s.cs[j].Kind == text.PG && s.cs[j].Of == int32(j+1) || s.cs[j].Kind == text.RG || s.cs[j].Is(text.FTime)) {
		if s.cs[j].Kind == text.PG {
			j++
		}
		j++
	}
	if j >= len(s.cs) || !s.toks[s.cs[j].Start].IsMark(',') && s.toks[s.cs[j].Start].Kind != text.Dash {
		return -1
	}
	for n := 0; j < len(s.cs) && n < 16; j, n = j+1, n+1 {
		c := &s.cs[j]
		t := &s.toks[c.Start]
		switch {
		case t.Kind == text.Quote && t.Shape&text.Open != 0:
			return int(c.Start)
		case c.Kind == text.MG && (t.IsMark('.') || t.IsMark(';') || t.Kind == text.Quote):
			return -1
		case c.Kind == text.VG && c.Flags&text.FFinite != 0 && !c.Is(text.FIng):
			return -1 // a clause of its own
		}
	}
	return -1
}

// phraseStart returns the first token of noun group k's phrase: its
// possessors.
func (s *sent) phraseStart(k int) int {
	ps, _ := text.Phrase(s.cs, k)
	return int(s.cs[ps].Start)
}

// adverbialsEnd returns the end of verb group k and the adverbials after
// it that belong to the attribution: "said on Tuesday", "said in a
// statement", "told reporters", "said last week".
func (s *sent) adverbialsEnd(k int) int {
	v := &s.cs[k]
	j := k + 1
	for j < len(s.cs) {
		c := &s.cs[j]
		switch {
		case c.Kind == text.RG:
			j++
		case c.Kind == text.NG && text.TimeGroup(s.toks, c):
			j++
		case c.Kind == text.NG && int32(j) == v.Obj && s.addressee(k):
			j = s.phraseEnd(j) // told reporters
		case c.Kind == text.NG && int32(j) == v.Subj:
			j = s.phraseEnd(j) // said Kerry
		case c.Kind == text.PG && c.Of > int32(j):
			j = s.phraseEnd(int(c.Of))
		default:
			return int(s.cs[j-1].End)
		}
	}
	return int(s.cs[j-1].End)
}

// phraseEnd returns the chunk after noun group k's phrase.
func (s *sent) phraseEnd(k int) int {
	_, e := text.Phrase(s.cs, k)
	return e
}

// appositionsEnd returns the end of the appositions after noun group k
// ("said Sen. Maria Lopez, a Democrat from Iowa"), or to when there are
// none.
func (s *sent) appositionsEnd(k, to int) int {
	for j := k + 1; j < len(s.cs); j++ {
		c := &s.cs[j]
		if c.Kind == text.NG && c.Is(text.FAppos) && c.Of == int32(k) {
			to = max(to, int(s.cs[s.phraseEnd(j)-1].End))
		}
		if c.Kind == text.VG || c.Kind == text.SG {
			break
		}
	}
	return to
}

// mayCloseContent reports whether the attribution of tokens [from, to),
// with nothing after its verb, may close content before it: it follows a
// comma, a dash or a quotation mark, and ends its sentence or is followed
// by a comma.
func (s *sent) mayCloseContent(from, to int) bool {
	if from == 0 {
		return false
	}
	if p := &s.toks[from-1]; !isLead(p) && !p.IsMark('(') && !p.IsMark(')') {
		return false
	}
	if to >= len(s.toks) {
		return true
	}
	t := &s.toks[to]
	return isClosing(t) || t.IsMark(')') || t.Kind == text.Quote
}

// localSubject reports whether noun group subj is verb group k's own
// subject, before it with no other verb between: not one it shares with
// an earlier verb ("declined to comment", "…, saying").
func (s *sent) localSubject(subj, k int) bool {
	if subj > k {
		return false
	}
	for j := subj + 1; j < k; j++ {
		if s.cs[j].Kind == text.VG {
			return false
		}
	}
	return true
}

// relativeBefore returns the relative pronoun ("who", "which") that is the
// subject of verb group k, or -1.
func (s *sent) relativeBefore(k int) int {
	j := k - 1
	for j >= 0 && s.cs[j].Kind == text.RG {
		j--
	}
	if j >= 0 && s.cs[j].Kind == text.SG && s.toks[s.cs[j].Start].Tag == text.TRel {
		return int(s.cs[j].Start)
	}
	return -1
}

// nounPhrase returns noun group k as a speaker: the words as written, its
// whole phrase with possessors and post-modifiers ("a spokesman for the
// campaign", "the singer's agent"), and coordinated groups ("Kerry and
// Lavrov"); and the words an entity must name to be the speaker: the
// group itself, not its possessors or modifiers. When the group is a
// description and an apposition names it ("the minister, Jane Hart,"),
// the name speaks.
func (s *sent) nounPhrase(k int) (spk, head tspan) {
	c := &s.cs[k]
	if c.Kind != text.NG {
		return tspan{int(c.Start), int(c.End)}, tspan{int(c.Start), int(c.End)}
	}
	if !c.Is(text.FName) && !c.Is(text.FPron) {
		for j := k + 1; j < len(s.cs) && j <= k+6; j++ {
			if a := &s.cs[j]; a.Kind == text.NG && a.Is(text.FAppos) && a.Of == int32(k) && a.Is(text.FName) {
				k, c = j, a
				break
			}
		}
	}
	ps, pe := text.Phrase(s.cs, k)
	for pe+1 < len(s.cs) && s.cs[pe-1].Is(text.FCoord) && s.cs[pe].Kind == text.CG && s.cs[pe+1].Kind == text.NG && pe-ps < 12 {
		_, pe = text.Phrase(s.cs, pe+1) // Kerry and Lavrov
	}
	head = tspan{int(c.Start), int(c.End)}
	if s.toks[c.Head].Tag == text.TNoun {
		// a description with a name before its noun names someone of it,
		// not it: "a Mercy Hospital staff member"
		for i := int(c.Head) - 1; i >= head.s; i-- {
			if s.toks[i].Tag == text.TName {
				head.s = i + 1
				break
			}
		}
	}
	return tspan{int(s.cs[ps].Start), int(s.cs[pe-1].End)}, head
}

// canSpeak reports whether noun group k may be the source of a verb of
// class cls: not a time or "there"; and for the verbs that judge, intend
// or refuse, which have many figurative subjects ("the storm threatens
// homes"), a person, a group, an organisation, a document, a name or a
// pronoun.
func (s *sent) canSpeak(k int, cls text.Class) bool {
	c := &s.cs[k]
	if c.Kind != text.NG || text.TimeGroup(s.toks, c) {
		return false
	}
	h := &s.toks[c.Head]
	if c.Is(text.FPron) {
		return h.Class&text.Pron != 0 && h.Class&text.Neuter == 0 || cls&(text.Speech|text.Finding|text.Publish) != 0
	}
	if cls&(text.Speech|text.Cognition|text.Finding|text.Publish) != 0 {
		return true
	}
	const actor = text.Title | text.Person | text.Group | text.OrgHead | text.Document | text.SpeechNoun | text.Demonym | text.Kin
	return c.Is(text.FName) || h.Class&actor != 0 || h.ID == 0
}
