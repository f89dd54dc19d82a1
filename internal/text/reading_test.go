package text

import (
	"fmt"
	"strings"
	"testing"
)

// chunkLine describes chunk k of s in one line: its kind, text, flags and
// the texts of its links, as "VG also argued [finite past] subj=Ms. Ortiz".
func chunkLine(src string, s Sentence, k int) string {
	c := s.Chunks[k]
	text := func(j int32) string {
		x := s.Chunks[j]
		return src[s.Toks[x.Start].Start:s.Toks[x.End-1].End]
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%s %s", c.Kind, text(int32(k)))
	if c.Flags != 0 {
		fmt.Fprintf(&b, " %s", flagNames(c))
	}
	for _, l := range []struct {
		n string
		v int32
	}{{"of", c.Of}, {"subj", c.Subj}, {"obj", c.Obj}, {"comp", c.Comp}, {"agent", c.Agent}} {
		if l.v >= 0 {
			fmt.Fprintf(&b, " %s=%s", l.n, text(l.v))
		}
	}
	return b.String()
}

// TestReadings checks how sentences written for these tests are read: each
// want line is a chunk as chunkLine describes it, and must be among the
// sentence's chunks.
func TestReadings(t *testing.T) {
	for _, c := range []struct {
		name, src string
		want      []string
	}{
		{"adverb before a finite verb", `Ms. Ortiz also argued the plan was working.`, []string{
			"VG also argued [finite past] subj=Ms. Ortiz comp=the plan",
		}},
		{"negation before a finite verb", `The minister never said the plan had failed.`, []string{
			"VG never said [finite neg past] subj=The minister comp=the plan",
		}},
		{"a day after the verb is no object", `Rep. Ann Lee (D-Ohio) said Thursday that the bill was dead.`, []string{
			"VG said [finite past] subj=Rep. Ann Lee comp=the bill",
			"SG that",
		}},
		{"a day after the verb is no inverted subject", `"We will win," Sen. Tom Baker said Tuesday.`, []string{
			"VG said [finite past] subj=Sen. Tom Baker",
		}},
		{"a day between the verb and its inverted subject", `"We will win," said on Tuesday the coach of the team.`, nil},
		{"last week after told", `The coach told reporters last week that the team was tired.`, []string{
			"VG told [finite past] subj=The coach obj=reporters comp=the team",
		}},
		{"a by-agent that ends the sentence", `The cable was signed by 51 officials`, []string{
			"VG was signed [finite passive past] subj=The cable agent=51 officials",
		}},
		{"a compound participle after a determiner", `The so-called "moderate" rebels control the north.`, []string{
			"VG control [finite] subj=rebels obj=the north",
		}},
		{"appositions with a possessor, chained", `“The rules were never followed,” Ana Ruiz, the county’s chief auditor, a former prosecutor, said on Monday.`, []string{
			"NG the county’s [possessor def] of=chief auditor",
			"NG chief auditor [appos] of=Ana Ruiz",
			"NG a former prosecutor [appos] of=Ana Ruiz",
			"VG said [finite past] subj=Ana Ruiz",
		}},
		{"an apposition after an abbreviation", `“We will override the veto,” Sen. Tom Baker, R-Kan., said Tuesday.`, []string{
			"VG said [finite past] subj=Sen. Tom Baker",
		}},
		{"a participle after a preposition's object", `According to two people briefed on the talks, the mayor is expected to sign the deal on Friday.`, []string{
			"VG briefed [partic]",
			"VG is expected [finite passive] subj=the mayor comp=to sign",
		}},
		{"a participle between a subject and its verb", `A poll conducted last week found that most voters back the plan.`, []string{
			"VG conducted [partic] subj=A poll",
			"VG found [finite past] subj=A poll comp=most voters",
		}},
		{"a finite verb after its subject", `Officials briefed reporters on the plan.`, []string{
			"VG briefed [finite past] subj=Officials obj=reporters",
		}},
		{"a verb of saying before a clause is not a participle", `Peskov said in general Russia favoured cooperation with the US.`, []string{
			"VG said [finite past] subj=Peskov comp=Russia", // "in general" is an adverb: the clause is said's
		}},
		{"a verb after a title with of", `The US secretary of state declined to comment when asked about the document.`, []string{
			"VG declined [finite past] subj=The US secretary comp=to comment",
		}},
		{"coordinated clauses", `Officials stressed the trip was not a last chance and they were running out of patience.`, []string{
			"NG a last chance",
			"VG were running out [finite past] subj=they",
		}},
		{"a name and a pronoun", `Kerry said Obama and he believed the talks could work.`, []string{
			"NG Obama [name coord]",
			"VG said [finite past] subj=Kerry comp=Obama",
		}},
		{"an infinitive after an adjective, a verb after a comma and but", `Ahead of the talks, US officials were careful to say the trip was not a last chance, but stressed they were running out of patience.`, []string{
			"VG to say [inf] subj=US officials comp=the trip",
			"VG stressed [finite past] subj=US officials comp=they",
		}},
		{"names joined by a slash", `The governor leads, according to a Marist/NBC poll conducted last week.`, []string{
			"NG a Marist/NBC poll",
		}},
		{"a name that is a verb opens a sentence", `Trump says voter fraud would be a way to lose.`, []string{
			"NG Trump [name]",
			"VG says [finite] subj=Trump comp=voter fraud",
		}},
		{"an imperative opens a sentence", `Join the march before the vote.`, []string{
			"VG Join [finite] obj=the march",
		}},
		{"a base form that is a participle, after a subject", `When people come back from war, they see things.`, []string{
			"VG come [finite] subj=people", // "back" is its particle
		}},
		{"a long description between a name and its verb", `''It is responsible,'' Leonard Burman, director of the center and a professor at the school, said of the plan.`, []string{
			"VG said [finite past] subj=Leonard Burman",
		}},
		{"a participle phrase between a name and its verb", `President Obama, dedicating the museum on Saturday, said it would tell an American story.`, []string{
			"VG said [finite past] subj=President Obama comp=it",
		}},
		{"a long description after a subject's post-modifier", `Officials at the agency, a division of the department of justice and home affairs, said they were concerned.`, []string{
			"VG said [finite past] subj=Officials comp=they",
		}},
		{"a verb after a comma that has a subject of its own clause", `When the vote came, the party split.`, []string{
			"VG split [finite past] subj=the party",
		}},
		{"a comma before what a verb of saying reports", `Mr. Obama said, a majority of Americans have come to believe the climate is changing.`, []string{
			"VG said [finite past] subj=Mr. Obama comp=a majority",
		}},
		{"a comma after an inverted attribution", `The plan is dead, Mr. Obama said, it will never pass.`, []string{
			"VG said [finite past] subj=Mr. Obama",
		}},
		{"that after an adverbial of a verb of saying", `The commission says on its website that "there were issues with the audio."`, []string{
			"VG says [finite] subj=The commission comp=\"",
		}},
		{"a verb form after an article", `The clip says Kaine "has a passion for the wrong people."`, []string{
			"NG The clip [def]",
			"VG says [finite] subj=The clip comp=Kaine",
		}},
		{"a plural after a", `Trump is telling a veterans group that the military is "depleted".`, []string{
			"NG a veterans group",
			"VG is telling [finite] subj=Trump obj=a veterans group comp=the military",
		}},
		{"a coordinated verb after a relative clause", `The senator stressed her support for the raid that killed the plotter and said she had the strength for the job.`, []string{
			"VG said [finite past] subj=The senator comp=she",
		}},
		{"that after a verb's topic is a relative", `The bishop spoke of a church that had lost its way.`, []string{
			"SG that",
			"VG had lost [finite past] subj=a church obj=its way",
		}},
		{"that after several adverbials of a verb of saying", `Trump said during a Friday evening rally in Michigan that Clinton once described the pact as the gold standard.`, []string{
			"VG said [finite past] subj=Trump comp=Clinton",
		}},
		{"that before a quoted stretch in the subject", `The lawyer said in the letter that the advertisement "unmistakably and wrongfully" suggests that the officers support the campaign.`, []string{
			"VG said [finite past] subj=The lawyer comp=the advertisement",
		}},
		{"that and a comma before a quotation", `The spokeswoman said via email that, "Of course he is going to defend himself."`, []string{
			"SG that",
			"VG said [finite past] subj=The spokeswoman comp=,",
		}},
		{"an adverb after a verb", `These employees, Stumpf explained earlier in the hearing, were well paid.`, []string{
			"RG earlier",
		}},
		{"a participle after a preposition", `Dean then appeared on television and began by saying he would never diagnose anyone.`, []string{
			"VG saying [ing] subj=Dean comp=he",
		}},
		{"a participle after a place and its apposition", `Clinton spoke about the death of a man in Tulsa, Oklahoma, arguing that the killings should stop.`, []string{
			"VG arguing [ing] subj=Clinton comp=the killings",
		}},
		{"an infinitive in quotation marks", `Trump told his supporters at a rally to "go to your place and vote."`, []string{
			"VG told [finite past] subj=Trump obj=his supporters comp=to",
		}},
		{"there as a subject", `Obama said there is a danger when a president gets loose with language.`, []string{
			"VG said [finite past] subj=Obama comp=there",
		}},
		{"there as the subject of another verb", `Lynch said there remains a significant difference between them.`, []string{
			"VG said [finite past] subj=Lynch comp=there",
		}},
		{"an adverb that may be a verb, before a verb", `Trump further described the incident as a terrible situation.`, []string{
			"VG further described [finite past] subj=Trump obj=the incident",
		}},
		{"that after a long object of telling", `He also told one of his young aides on a regular basis that terrorism is the answer.`, []string{
			"VG also told [finite past] subj=He obj=one comp=terrorism",
		}},
		{"an inverted subject and an adverb", `"We have each other," said Beth contentedly from her corner.`, []string{
			"VG said [finite past inverted] subj=Beth",
		}},
		{"an inverted subject and a relative clause", `"Senseless killing," said a homeless man who goes by the name Shorty.`, []string{
			"VG said [finite past inverted] subj=a homeless man",
		}},
		{"an -ing form after a verb", `Alice began talking to Bob.`, []string{
			"VG began [finite past] subj=Alice comp=talking",
			"VG talking [ing] subj=Alice",
		}},
		{"a verb form after an article and an adjective", `The crowd let out a huge roar when she added the words.`, []string{
			"NG a huge roar",
		}},
		{"other before a noun", `It extended to migration and a host of other challenges.`, []string{
			"NG other challenges [plural] of=a host",
		}},
		{"a season as a time", `Patriot signaled last summer that it would make a deal.`, []string{
			"NG last summer [time]",
			"VG signaled [finite past] subj=Patriot comp=it",
		}},
		{"as opening a clause", `She slept as Trump went on about the system.`, []string{
			"SG as",
			"VG went on [finite past] subj=Trump",
		}},
		{"as before a noun", `He served as mayor for a decade.`, []string{
			"PG as of=mayor",
		}},
		{"a name after a common noun, before its verb", `In a television interview Trump declared the alliance obsolete.`, []string{
			"NG Trump [name]",
			"VG declared [finite past] subj=Trump obj=the alliance",
		}},
		{"an inverted verb opens the sentence", `Said Ellis: "I do not get the sense she cares."`, []string{
			"VG Said [finite past inverted] subj=Ellis",
		}},
		{"a long description after an opening phrase", `With 50 days until the election, Minyon Moore, a senior adviser to the campaign, called the remarks a wake-up call.`, []string{
			"VG called [finite past] subj=Minyon Moore obj=the remarks",
		}},
		{"a party in parentheses and an apposition", `"It is a deal," Rep. Jim Jordan (R-Ohio), an oversight panel member, said in an interview.`, []string{
			"VG said [finite past] subj=Rep. Jim Jordan",
		}},
		{"an emphatic reflexive after the subject", `Hillary Clinton herself has said that she supports the president.`, []string{
			"VG has said [finite past] subj=Hillary Clinton comp=she",
		}},
		{"plural nouns in a list", `The document called for intelligence sharing to identify leadership targets, training camps, supply lines and headquarters.`, []string{
			"NG leadership targets [plural coord]",
			"NG training camps [plural coord]",
		}},
		{"an adjective before an inverted name", `"It is not fair," added little Amy, with an injured sniff.`, []string{
			"VG added [finite past inverted] subj=little Amy",
		}},
		{"a preposition as an adjective after a possessive", `She cited his past remarks, which he made in the past week, and walked past the house.`, []string{
			"NG his past remarks [plural def]",
			"NG the past week [def]",
			"PG past of=the house",
		}},
		{"a percent sign after a number", `PolitiFact rated 22% of the claims as false, up 5 % from May.`, []string{
			"VG rated [finite past] subj=PolitiFact obj=22%",
			"NG 22%",
			"NG 5 %",
		}},
		{"an indefinite description set off by commas before the verb", `The prosecutor said one victim, a retired teacher, had been too frightened to sleep, but officials, diplomats, and experts disagreed.`, []string{
			"NG a retired teacher [appos] of=one victim",
			"VG had been too frightened [finite passive past] subj=one victim comp=to sleep",
			"NG diplomats [plural coord]",
		}},
		{"a sentence-initial participle before a time is no inverted verb", `Posted 6:42 PM, October 3, 2014, by Web Staff`, []string{
			"VG Posted [finite past] obj=6:42 PM",
		}},
		{"an inverted subject in digits after a quotation", `"They are wrong," said 9/11 widow Terry Strada.`, []string{
			"VG said [finite past inverted] subj=9/11 widow Terry Strada",
		}},
		{"a by-phrase after a subject names its author", `A poll by the Herald found that most voters oppose the tax, but the bill was signed by the governor.`, []string{
			"VG found [finite past] subj=A poll comp=most voters",
			"VG was signed [finite passive past] subj=the bill agent=the governor",
		}},
		{"a verb of saying coordinated after a reported clause", `The coach said the team was tired and added that two players were injured.`, []string{
			"VG added [finite past] subj=The coach comp=two players",
		}},
		{"that after a speech noun before a compound subject", `The union's claim that safety checks had been skipped was false, he said that plan would fail.`, []string{
			"SG that",
			"NG safety checks [plural]",
			"NG that plan [def]",
		}},
		{"a verb form as a modifier", `He found the recent telephone call constructive.`, []string{
			"NG the recent telephone call [def]",
		}},
		{"a participle between a determiner and a noun", `The minister visited the flooded town and said the army would stay.`, []string{
			"NG the flooded town [def]",
			"VG said [finite past] subj=The minister comp=the army",
		}},
		{"an adverb before an apposition", `Even the regulator, usually a cautious body, said the merger was harmful.`, []string{
			"NG a cautious body [appos] of=the regulator",
			"VG said [finite past] subj=the regulator comp=the merger",
		}},
		{"a participle after a comma has the main clause's subject", `The mayor was defensive when forced to explain the budget, saying the city did its best.`, []string{
			"VG saying [ing] subj=The mayor comp=the city",
		}},
		{"that after an adverbial", `The minister said in a statement that the talks had failed.`, []string{
			"VG said [finite past] subj=The minister comp=the talks",
		}},
		{"coordinated subjects of a clause", `Many farmers believe subsidies and tariffs are unfair.`, []string{
			"VG believe [finite] subj=Many farmers comp=subsidies",
		}},
		{"an object and its state", `The detectives found the car abandoned near the river.`, []string{
			"VG found [finite past] subj=The detectives obj=the car",
		}},
		{"a name between commas", `Sitting across from him, Kerry, confirmed Obama had found the call constructive.`, []string{
			"VG confirmed [finite past] subj=Kerry comp=Obama",
		}},
		{"a participle after a quotation", `"We will win," Putin said, conveying his regards to Obama.`, []string{
			"VG conveying [ing] subj=Putin obj=his regards",
		}},
		{"an adverb before a verb", `Officials later said the road was closed.`, []string{
			"NG Officials [plural]",
			"VG later said [finite past] subj=Officials comp=the road",
		}},
		{"an adjective after its noun", `Sources familiar with the talks said a deal was close.`, []string{
			"NG Sources [plural]",
			"AG familiar",
			"NG the talks [plural def] of=Sources",
			"VG said [finite past] subj=Sources comp=a deal",
		}},
		{"one before a noun", `One official said the talks were over.`, []string{
			"NG One official",
			"VG said [finite past] subj=One official comp=the talks",
		}},
		{"one alone", `One of them said the talks were over.`, []string{
			"NG One [pron]",
		}},
		{"an apostrophe after a plural", `She quoted the officials' statement and the officials' votes.`, []string{
			"NG the officials' [possessor plural def] of=statement",
			"NG the officials' [possessor plural def] of=votes",
		}},
		{"an apostrophe that closes a quote", `Mayor Vows 'No Retreat' on Housing`, []string{
			"NG No Retreat",
		}},
		{"think tank", `The think tank said prices would rise.`, []string{
			"NG The think tank [def]",
			"VG said [finite past] subj=The think tank comp=prices",
		}},
		{"harbour master", `The port was closed, the harbour master said.`, []string{
			"NG the harbour master [def]",
			"VG said [finite past] subj=the harbour master",
		}},
	} {
		t.Run(c.name, func(t *testing.T) {
			s := Core().Read(c.src, 0, len(c.src))
			var got []string
			for k := range s.Chunks {
				got = append(got, chunkLine(c.src, s, k))
			}
			for _, w := range c.want {
				found := false
				for _, g := range got {
					found = found || g == w
				}
				if !found {
					t.Errorf("no chunk %q in\n%s", w, strings.Join(got, "\n"))
				}
			}
		})
	}
}

// A readingCase checks parts of how a sentence is read. Each want is one
// of:
//
//	WORD/TAG               the tag of the first token WORD: "Trump/NAME"
//	CHUNK [flag ...]       chunk CHUNK (its text) has these flags: "also said [finite]"
//	CHUNK link=CHUNK       a link of chunk CHUNK: "accusing subj=most Israeli leaders"
//	CHUNK link=-           no such link
//
// Links are subj, obj, comp, agent and of; a link to a possessor names the
// possessor's text.
type readingCase struct {
	name, src string
	want      []string
}

func checkReading(t *testing.T, c readingCase) {
	t.Helper()
	s := Core().Read(c.src, 0, len(c.src))
	text := func(k int32) string {
		if k < 0 {
			return "-"
		}
		ch := s.Chunks[k]
		return c.src[s.Toks[ch.Start].Start:s.Toks[ch.End-1].End]
	}
	find := func(x string) int {
		for k := range s.Chunks {
			if text(int32(k)) == x {
				return k
			}
		}
		return -1
	}
	for _, w := range c.want {
		if word, tag, ok := strings.Cut(w, "/"); ok && !strings.Contains(w, " ") {
			found := false
			for _, tk := range s.Toks {
				if tk.Text(c.src) == word {
					if got := tk.Tag.String(); got != tag {
						t.Errorf("%s: %s is %s, want %s\n%s", c.name, word, got, tag, Describe(c.src, s))
					}
					found = true
					break
				}
			}
			if !found {
				t.Errorf("%s: no token %q", c.name, word)
			}
			continue
		}
		if i := strings.Index(w, " ["); i >= 0 {
			k := find(w[:i])
			if k < 0 {
				t.Errorf("%s: no chunk %q\n%s", c.name, w[:i], Describe(c.src, s))
				continue
			}
			got := flagNames(s.Chunks[k])
			for _, f := range strings.Fields(strings.Trim(w[i+1:], "[]")) {
				if !strings.Contains(" "+strings.Trim(got, "[]")+" ", " "+f+" ") {
					t.Errorf("%s: chunk %q has flags %s, want %s\n%s", c.name, w[:i], got, f, Describe(c.src, s))
				}
			}
			continue
		}
		i := strings.LastIndex(w, "=")
		j := strings.LastIndex(w[:i], " ")
		chunk, link, want := w[:j], w[j+1:i], w[i+1:]
		k := find(chunk)
		if k < 0 {
			t.Errorf("%s: no chunk %q\n%s", c.name, chunk, Describe(c.src, s))
			continue
		}
		ch := s.Chunks[k]
		var got int32
		switch link {
		case "subj":
			got = ch.Subj
		case "obj":
			got = ch.Obj
		case "comp":
			got = ch.Comp
		case "agent":
			got = ch.Agent
		case "of":
			got = ch.Of
		default:
			panic(fmt.Sprintf("unknown link %q", link))
		}
		if text(got) != want {
			t.Errorf("%s: %s of %q is %q, want %q\n%s", c.name, link, chunk, text(got), want, Describe(c.src, s))
		}
	}
}

// TestLongSentenceMemory checks that a sentence far longer than news has
// (a run of quotation marks, a table read as one sentence) is read into
// memory grown once, not by doubling.
func TestLongSentenceMemory(t *testing.T) {
	if raceEnabled {
		t.Skip("the race detector allocates on its own")
	}
	src := strings.Repeat(`"`, 50_000)
	allocs := testing.AllocsPerRun(10, func() { // (an average over ten: another goroutine may allocate meanwhile)
		var r Reader
		r.Reset(src)
		r.Add(0, 0, len(src))
	})
	if allocs > 4 {
		t.Errorf("reading a 50,000-token sentence took %v allocations, want at most 4", allocs)
	}
}
