package stance

import (
	"strings"
	"sync"
)

// Word classes of the closed-class and news-specific words the extractor
// knows; everything else is an open-class word.
const (
	fDet      = 1 << iota // the, a, this, some, many
	fPron                 // he, she, they, it, we, I, him, them, us
	fPossPron             // his, her, its, their, our, my
	fBe                   // is, was, were, been, ...
	fAux                  // have, has, had, do, did, does, will, ...
	fModal                // would, could, might, may, should
	fNeg                  // not, n't, never, no longer
	fPrep                 // of, with, to, at, by, ...
	fConj                 // and, or, but
	fSub                  // that, which, who, because, since, ...
	fAdv                  // adverbs skipped inside cues and aux chains
	fGroup                // officials, critics, government, administration, ...
	fAdj                  // adjectives allowed inside noun phrases
	fControl              // verbs taking "to": want, seek, try, agree, ...
	fRefuse               // refuse, decline, fail: "refused to back"
	fSpeech               // said, told, added, warned, ...
	fFirst                // first-person pronouns: I, we, us, our, my, me
	fPlural               // they, them, their
	fMale                 // he, him, his
	fFemale               // she, her
	fThing                // it, its
	fNoun                 // common lower-case heads of targets: policy, plan, deal
	fTitle                // words that join a name after them: fellow, predecessor, owner
	fDoc                  // things that speak for their author: statement, letter, lawsuit
	fReport               // words that start a report other than a verb of speech: according, quoted, cited
)

var wordTable = sync.OnceValue(func() map[string]uint32 {
	m := map[string]uint32{}
	add := func(f uint32, words string) {
		for _, w := range strings.Fields(words) {
			m[w] |= f
		}
	}
	add(fDet, "the a an this that these those some many more fewer most much several all both each every any few other another no one two three four five dozens hundreds thousands")
	add(fPron, "he she they it we i him them us me you")
	add(fPossPron, "his her its their our my your")
	add(fFirst, "i we us our my me")
	add(fPlural, "they them their")
	add(fMale, "he him his")
	add(fFemale, "she her")
	add(fThing, "it its")
	add(fBe, "is are was were be been being am 's 're remain remains remained seem seems seemed appear appears appeared become became becomes")
	add(fAux, "have has had having do does did will shall 've 'd 'll also still already long now reportedly publicly privately openly strongly warmly further even just again repeatedly really increasingly clearly largely broadly generally initially quickly swiftly sharply fiercely firmly")
	add(fModal, "would could might may should must can will 'd")
	add(fNeg, "not n't never no nor")
	add(fPrep, "of with to at by for from in on about against over under into onto toward towards behind alongside among between without within across through upon amid despite after before during as than like via per")
	add(fConj, "and or but nor yet")
	add(fSub, "that which who whom whose because since although though while when whereas if unless whether where after before as until so what")
	add(fAdv, "general only however meanwhile too so very more much even also still really increasingly deeply openly publicly strongly warmly fully largely long quite rather somewhat particularly especially further vocally loudly harshly sharply fiercely roundly bitterly repeatedly always")
	add(fGroup, "number part majority officials official critics critic opponents opponent supporters supporter allies ally leaders leader lawmakers legislators senators senator congressmen diplomats diplomat ministers minister government governments administration military forces army officers voters residents activists protesters rebels militants troops regime campaign party spokesman spokeswoman spokesperson president secretary speaker envoy nominee candidate chairman chairwoman chief director members member analysts experts executives aides aide advisers adviser advisors police union unions workers farmers fans clubs club federation committee council body board ministry department agency establishment commission court judge judges prosecutors prosecutor company companies firms team coach players governor mayor ambassador negotiators delegation parliament congress senate house cabinet authorities state states country countries nations nation people public group groups organisation organization alliance coalition administration's source sources conservatives liberals democrats republicans progressives backers entourage staff aides others")
	add(fAdj, "senior top former chief pessimistic optimistic significant sizable new latest current recent many other several key leading prominent powerful influential conservative liberal moderate hardline major international foreign domestic local national federal regional western eastern northern southern cultural military economic political diplomatic european american russian chinese british french german syrian iranian israeli palestinian arab muslim jewish christian")
	add(fControl, "want wants wanted seek seeks sought try tries tried agree agrees agreed promise promises promised vow vows vowed continue continues continued begin begins began threaten threatens threatened decide decides decided plan plans planned hope hopes hoped move moves moved vote votes voted appear appears appeared seem seems seemed need needs needed intend intends intended pledge pledges pledged aim aims aimed expect expects expected prepare prepares prepared rush rushed going able likely unlikely set poised ready willing bound has have had used")
	add(fRefuse, "refuse refuses refused refusing decline declines declined declining fail fails failed failing reluctant unwilling")
	add(fSpeech, "said says say saying told tells added adds stated argued argues warned warns insisted insists claimed claims noted notes stressed stresses believes believed announced wrote writes confirmed explained suggested acknowledged conceded asserted declared predicted thinks thought tweeted posted")
	add(fNoun, nounWords)
	add(fTitle, "fellow turncoat predecessor successor frontrunner front-runner rival rivals challenger incumbent owner owners host founder co-founder cofounder anchor star partner colleague colleagues teammate teammates compatriot countryman manager boss striker forward midfielder defender goalkeeper quarterback pitcher captain rapper singer actor actress comedian columnist commentator pundit strategist lawyer attorney economist billionaire businessman businesswoman tycoon mogul magnate veteran hopeful contender rookie champion legend icon")
	add(fReport, "according quoted quotes cited")
	add(fDoc, "statement statements letter letters reply response lawsuit suit complaint post tweet tweets video videos ad ads advert adverts advertisement commercial commercials op-ed column editorial editorials memo message resolution petition motion interview interviews report article book essay blog speech speeches filing brief")
	return m
})

func wordFlags(w string) uint32 { return wordTable()[w] }

// wordFlagsFold returns the word classes of w with ASCII letters
// lower-cased.
func wordFlagsFold(w string) uint32 {
	var buf [32]byte
	if len(w) > len(buf) {
		return wordFlags(string(appendLowerASCII(nil, w)))
	}
	return wordTable()[string(appendLowerASCII(buf[:0], w))]
}
