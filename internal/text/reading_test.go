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
		{"a verb form as a modifier", `He found the recent telephone call constructive.`, []string{
			"NG the recent telephone call [def]",
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
