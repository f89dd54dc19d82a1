package text

import (
	"slices"
	"strings"
	"testing"
)

// verbLinksOf renders each verb group of src as "head subj=… obj=… comp=…
// agent=…", naming each linked chunk by its text.
func verbLinksOf(src string) []string {
	s := Core().Read(src, 0, len(src))
	text := func(k int32) string {
		c := s.Chunks[k]
		return src[s.Toks[c.Start].Start:s.Toks[c.End-1].End]
	}
	var out []string
	for _, c := range s.Chunks {
		if c.Kind != VG {
			continue
		}
		var b strings.Builder
		b.WriteString(s.Toks[c.Head].Text(src))
		for _, l := range []struct {
			n string
			v int32
		}{{"subj", c.Subj}, {"obj", c.Obj}, {"comp", c.Comp}, {"agent", c.Agent}} {
			if l.v >= 0 {
				b.WriteString(" " + l.n + "=" + text(l.v))
			}
		}
		out = append(out, b.String())
	}
	return out
}

// TestVerbLinks checks subjects, objects, agents and complements on
// sentences in the styles of several desks.
func TestVerbLinks(t *testing.T) {
	for _, c := range []struct {
		src  string
		want []string
	}{
		// wire
		{`A spokesman for the campaign said Russia backed the plan.`,
			[]string{"said subj=A spokesman comp=Russia", "backed subj=Russia obj=the plan"}},
		{`Kerry, the US secretary of state, told reporters that the talks were constructive.`,
			[]string{"told subj=Kerry obj=reporters comp=the talks"}},
		// a participle after a comma is said of the main clause's subject
		{`Officials in Washington said they wanted to support the deal, citing the poll.`,
			[]string{"said subj=Officials comp=they", "wanted subj=they comp=to support", "support subj=they obj=the deal", "citing subj=Officials obj=the poll"}},
		{`"We welcome it," a statement from Prime Minister Ali's office said.`,
			[]string{"said subj=a statement"}},
		{`WASHINGTON (AP) — Secretary of State Hillary Clinton met Mahmoud Abbas.`,
			[]string{"met subj=Secretary of State Hillary Clinton obj=Mahmoud Abbas"}},
		{`Sitting across from him, Kerry, confirmed Obama had found the call useful.`,
			[]string{"Sitting subj=Kerry", "confirmed subj=Kerry comp=Obama"}},
		{"NOUAKCHOTT 1996-08-31\nMauritania drew with Benin.",
			[]string{"drew subj=Mauritania"}},
		{`The plan was backed by Russia`, []string{"backed subj=The plan agent=Russia"}},
		{`The vote angered Republicans, prompting Democrats to accuse them of obstruction.`,
			[]string{"accuse subj=Democrats obj=them"}},
		{`Republicans who control the Senate are refusing to advance the nomination.`,
			[]string{"control subj=Republicans obj=the Senate", "refusing subj=Republicans comp=to advance"}},
		{`We are leaving and they are staying.`, []string{"leaving subj=We", "staying subj=they"}},
		{`Vigilantes have targeted traders who sell cattle, accusing them of theft.`,
			[]string{"targeted subj=Vigilantes obj=traders", "sell subj=traders obj=cattle", "accusing subj=Vigilantes obj=them"}},
		{`Kerry met Putin on Thursday to offer him closer cooperation.`,
			[]string{"met subj=Kerry obj=Putin", "offer subj=Kerry obj=him"}},
		// local
		{`Police said the suspect, a 34-year-old man from Leeds, was arrested on Tuesday.`,
			[]string{"said subj=Police comp=the suspect", "arrested subj=the suspect"}},
		{`Council leader Jane Moss told the meeting she would not back the plan.`,
			[]string{"told subj=Council leader Jane Moss obj=the meeting comp=she", "back subj=she obj=the plan"}},
		// sport
		{`The striker, who joined from Benfica last summer, has scored 12 goals this season.`,
			[]string{"joined subj=The striker", "scored subj=The striker obj=12 goals"}},
		// business
		{`Shares of Acme Corp rose 3% after the company reported better-than-expected profits.`,
			[]string{"rose subj=Shares obj=3%", "reported subj=the company obj=better-than-expected profits"}},
		// science
		{`Scientists at the University of Oslo found that the drug cut deaths by a third.`,
			[]string{"found subj=Scientists comp=the drug", "cut subj=the drug obj=deaths"}},
		{`The study, published in the Lancet, shows a clear link.`,
			[]string{"published subj=The study", "shows subj=The study obj=a clear link"}},
		// broadsheet
		{`The minister has been criticised by opposition parties for failing to act.`,
			[]string{"criticised subj=The minister agent=opposition parties"}},
		{`Residents fear the new road will bring more traffic, according to a survey.`,
			[]string{"fear subj=Residents comp=the new road", "bring subj=the new road obj=more traffic"}},
		// tabloid
		{`"It is a disgrace," said Tory MP Sir John Hale.`,
			[]string{"said subj=Tory MP Sir John Hale"}},
		// foreign desk
		{`Russia urged Assad to back the plan, analysts say.`,
			[]string{"urged subj=Russia obj=Assad comp=to back", "back subj=Assad obj=the plan", "say subj=analysts"}},
		{`Kerry arrived in Moscow and said he would meet Putin.`,
			[]string{"arrived subj=Kerry", "said subj=Kerry comp=he", "meet subj=he obj=Putin"}},
		{`Sources familiar with the talks said the ministry had not criticised Moscow.`,
			[]string{"said subj=Sources comp=the ministry", "criticised subj=the ministry obj=Moscow"}},
	} {
		got := verbLinksOf(c.src)
		for _, w := range c.want {
			if !slices.Contains(got, w) {
				t.Errorf("%s\n  missing %q\n  have %q", c.src, w, got)
			}
		}
	}
}

// TestPhrase checks the extent of a noun phrase with its possessors and
// post-modifiers.
func TestPhrase(t *testing.T) {
	for _, c := range []struct{ src, head, want string }{
		{`A spokesman for the campaign said so.`, "spokesman", "A spokesman for the campaign"},
		{`A statement from Prime Minister Ali's office said so.`, "statement", "A statement from Prime Minister Ali's office"},
		{`Sources familiar with the talks said so.`, "Sources", "Sources familiar with the talks"},
		{`Russia's foreign minister said so.`, "minister", "Russia's foreign minister"},
		{`Officials in Washington said so.`, "Officials", "Officials in Washington"},
	} {
		s := Core().Read(c.src, 0, len(c.src))
		found := false
		for k, ch := range s.Chunks {
			if ch.Kind != NG || s.Toks[ch.Head].Text(c.src) != c.head {
				continue
			}
			found = true
			ps, pe := Phrase(s.Chunks, k)
			ts, te := Tokens(s.Chunks, ps, pe)
			bs, be := Bytes(s.Toks, ts, te)
			if got := c.src[bs:be]; got != c.want {
				t.Errorf("Phrase of %q in %q = %q, want %q", c.head, c.src, got, c.want)
			}
		}
		if !found {
			t.Errorf("%q: no noun group headed by %q", c.src, c.head)
		}
	}
}

// TestAppositions checks which noun group an apposition is and what it
// describes, on sentences of several desks.
func TestAppositions(t *testing.T) {
	for _, c := range []struct {
		src  string
		want []string // "anchor = apposition"
	}{
		{`Sergei Lavrov, Russia's foreign minister, said the talks would go on.`, []string{"Sergei Lavrov = foreign minister"}},
		{`The Dutch prime minister, Mark Rutte, said he would visit.`, []string{"The Dutch prime minister = Mark Rutte"}},
		{`Ahmed Mohamed, a 14-year-old boy, was arrested.`, []string{"Ahmed Mohamed = a 14-year-old boy"}},
		{`Kerry, Lavrov and Zarif met in Vienna.`, nil},
		{`Over the weekend, Puerto Rico's governor, Ricardo Rossello, gave interviews.`, []string{"governor = Ricardo Rossello"}},
		{`On most issues, the lanky Cotton, a rising star in the party, has emerged as a hawk.`, []string{"the lanky Cotton = a rising star"}},
	} {
		s := Core().Read(c.src, 0, len(c.src))
		text := func(k int32) string {
			ch := s.Chunks[k]
			return c.src[s.Toks[ch.Start].Start:s.Toks[ch.End-1].End]
		}
		var got []string
		for k, ch := range s.Chunks {
			if ch.Kind == NG && ch.Is(FAppos) {
				got = append(got, text(ch.Of)+" = "+text(int32(k)))
			}
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("%q: appositions %q, want %q", c.src, got, c.want)
		}
	}
}

func TestVerbGroups(t *testing.T) {
	for _, c := range []readingCase{
		{"adverb-first", "Kirk also said he would not vote.", []string{"also said [finite past]", "also said subj=Kirk"}},
		{"adverb-first-present", "The monarchy credibly accuses Iran of meddling.", []string{"credibly accuses [finite]", "credibly accuses obj=Iran"}},
		{"never", "The senator never backed the bill.", []string{"never backed [finite past neg]"}},
		{"adverb-ing", "Officials left, quietly saying nothing.", []string{"quietly saying [ing]"}},
	} {
		checkReading(t, c)
	}
}

func TestNameAfterNoun(t *testing.T) {
	for _, c := range []readingCase{
		{"relative", "It is a pact Moscow had wanted.", []string{"had wanted subj=Moscow"}},
		{"particles", "Russia would convince its ally Bashar al Assad.", []string{"would convince obj=its ally Bashar al Assad"}},
		{"particles-2", "He said Ursula von der Leyen would visit.", []string{"would visit subj=Ursula von der Leyen"}},
		{"title", "Trump critic Mark Cuban spoke.", []string{"spoke subj=Trump critic Mark Cuban"}},
		{"occupation", "The new coach was praised by club owner Raj Patel.", []string{"was praised agent=club owner Raj Patel"}},
	} {
		checkReading(t, c)
	}
}

func TestNameParts(t *testing.T) {
	for _, c := range []readingCase{
		{"particle", "Russia backs its ally Bashar al Assad.", []string{"backs obj=its ally Bashar al Assad"}},
		{"fellow", "Mr. Grant criticized fellow Democrat Lucy Kim.", []string{"criticized obj=fellow Democrat Lucy Kim"}},
	} {
		checkReading(t, c)
	}
}

func TestNegation(t *testing.T) {
	for _, c := range []readingCase{
		{"not-only", "Some Tories are not only refusing to back Ms. Hart but also openly endorsing Mr. Cole.", []string{"are not only refusing [finite]", "also openly endorsing subj=Some Tories"}},
		{"not", "The union did not back the deal.", []string{"did not back [neg]"}},
	} {
		checkReading(t, c)
	}
}

func TestUnknownBeforeName(t *testing.T) {
	for _, c := range []readingCase{
		{"guessed-adjective", "On most issues, the lanky Cotton has emerged as a leader.", []string{"has emerged subj=the lanky Cotton"}},
	} {
		checkReading(t, c)
	}
}

func TestNameAndDay(t *testing.T) {
	for _, c := range []readingCase{
		{"org-on-day", "The European Commission on Tuesday condemned the tariffs.", []string{"condemned subj=The European Commission"}},
		{"org-on-topic", "The Senate Committee on Foreign Relations met.", []string{"met subj=The Senate Committee on Foreign Relations"}},
	} {
		checkReading(t, c)
	}
}

// TestPossessiveInName: a saint's, a title's or a people's possessive
// before a word that heads the names of bodies and buildings is inside a
// name; a name's possessive is no part of what it owns.
func TestPossessiveInName(t *testing.T) {
	for _, c := range []readingCase{
		{"local-saint", "She was taken to St Mary's Hospital in Paddington.", []string{"St Mary's Hospital [name]"}},
		{"obituary-saint-s", "The pianist died at St Thomas' Hospital on Saturday.", []string{"St Thomas' Hospital [name]"}},
		{"broadsheet-title", "He studied at King's College before the war.", []string{"King's College [name]"}},
		{"foreign-people", "Members of the People's Party walked out.", []string{"the People's Party [name]"}},
		{"wire-country-owns", "Russia's Defence Ministry said the drills were over.", []string{"Russia's [possessor]", "Defence Ministry [name]"}},
		{"name-owns", "Trump's University was sued in 2013.", []string{"Trump's [possessor]"}},
	} {
		checkReading(t, c)
	}
}
