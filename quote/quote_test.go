package quote

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/newsmodel/newsmodel/article"
)

var update = flag.Bool("update", false, "rewrite golden files")

func fixture(t testing.TB, name string) *article.Article {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	a, err := article.Parse(string(b))
	if err != nil {
		t.Fatal(err)
	}
	return a
}

func parse(t testing.TB, src string) *article.Article {
	t.Helper()
	a, err := article.Parse(src)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// want is a quote as a test expects it: a piece of its content, its
// kind, its speaker as written ("" for none) and its rule ("" for any).
type want struct {
	content, kind, speaker, rule string
}

func find(src string, qs []Quote, w want) *Quote {
	for i := range qs {
		if strings.Contains(qs[i].Extent().Text(src), w.content) {
			return &qs[i]
		}
	}
	return nil
}

func check(t *testing.T, src string, qs []Quote, ws []want) {
	t.Helper()
	for _, w := range ws {
		q := find(src, qs, w)
		if q == nil {
			t.Errorf("no quote holds %q; got:\n%s", w.content, dump(src, qs))
			continue
		}
		if got := q.Kind.String(); got != w.kind {
			t.Errorf("quote %q: kind %s, want %s", w.content, got, w.kind)
		}
		if got := q.Speaker.Span.Text(src); got != w.speaker {
			t.Errorf("quote %q: speaker %q, want %q", w.content, got, w.speaker)
		}
		if w.rule != "" && q.Rule != w.rule {
			t.Errorf("quote %q: rule %s, want %s", w.content, q.Rule, w.rule)
		}
	}
}

func TestFixtureFull(t *testing.T) {
	a := fixture(t, "syria-talks-kremlin-full.txt")
	qs := Extract(a, nil)
	check(t, a.Source, qs, []want{
		{"I would like to note", "direct", "Putin", RuleCueAfter},
		{"My last conversation with President Obama", "direct", "Putin", RuleContinues},
		{`"constructive."`, "partial", "Kerry", RuleReported},
		{"Hopefully we'll be able", "direct", "he", RuleCueAfter},
		{`"an enormous difference"`, "partial", "Kerry", RuleReported},
		{"We need a solution", "direct", "a senior US official", RuleCueAfter},
		{"If we cannot get to a solution", "direct", "he", RuleCueAfter},
		{"We are here to test", "direct", "another senior official", RuleCueAfter},
		{"the trip was not a last chance", "indirect", "pessimistic US officials", RuleIndirect},
		{"he would refrain from comment", "indirect", "Kremlin spokesperson Dmitry Peskov", RuleIndirect},
		{"Russia favoured cooperation", "indirect", "Peskov", RuleIndirect},
		{"Moscow was not satisfied", "indirect", "foreign ministry spokesperson Maria Zakharova", RuleQuotedAs},
		{"they would have gone after Nusra anyway", "indirect", "US officials", RuleParticiple},
	})
	q := find(a.Source, qs, want{content: "My last conversation"})
	if q == nil || !q.Continues {
		t.Errorf("the Obama paragraph does not continue Putin's quote")
	}
	q = find(a.Source, qs, want{content: "Moscow was not satisfied"})
	if q == nil || q.Via.Span.Text(a.Source) != "RIA news agency" {
		t.Errorf("Zakharova's quote is not relayed by RIA")
	}
	direct := 0
	for _, q := range qs {
		if q.Kind != KindIndirect {
			direct++
		}
	}
	if direct != 8 {
		t.Errorf("%d quoted passages, want 8:\n%s", direct, dump(a.Source, qs))
	}
}

func TestFixtureWire(t *testing.T) {
	a := fixture(t, "syria-talks-kremlin-wire.txt")
	qs := Extract(a, nil)
	check(t, a.Source, qs, []want{
		{"Hopefully we'll be able", "direct", "Kerry", RuleCueAfter},
		{`"tangible results."`, "partial", "Putin", RuleReported},
		{"There's a clear contradiction", "direct", "Earnest", RuleCueAfter},
		{"military might to prop up", "partial", "he", RuleReported},
		{"Opposition to this latest Syria plan", "indirect", "several American officials", RuleAccordingTo},
		{"Russia had to limit its targeting", "indirect", "White House spokesman Josh Earnest", RuleIndirect},
	})
}

func TestAlignFixtures(t *testing.T) {
	var texts [][]string
	var srcs []string
	for _, name := range []string{"syria-talks-kremlin-full.txt", "syria-talks-kremlin-wire.txt"} {
		a := fixture(t, name)
		var ts []string
		for _, q := range Extract(a, nil) {
			ts = append(ts, q.Span().Text(a.Source))
		}
		texts = append(texts, ts)
		srcs = append(srcs, a.Source)
	}
	groups := Align(texts)
	found := false
	for _, g := range groups {
		for _, m := range g {
			if strings.Contains(texts[m.Report][m.Quote], "Hopefully we'll be able") && len(g) == 2 && g[0].Report != g[1].Report {
				found = true
			}
		}
	}
	if !found {
		t.Errorf("Kerry's quote not aligned: %v", groups)
	}
}

// Paragraphs written for these tests in the styles of several outlets.
func TestStyles(t *testing.T) {
	tests := []struct {
		name, src string
		want      []want
	}{
		{"reuters", `BRUSSELS, March 3 (Reuters) - The European Union will not lift sanctions before the ceasefire holds, a senior EU diplomat said on Tuesday.

"We have seen this film before," the diplomat told reporters. "Nobody here is in a hurry."`, []want{
			{"The European Union will not lift", "indirect", "a senior EU diplomat", RuleInverted},
			{"We have seen this film before", "direct", "the diplomat", RuleCueAfter},
			{"Nobody here is in a hurry", "direct", "the diplomat", RuleCueAfter}, // a second fragment of the quote before
		}},
		{"ap", `WASHINGTON (AP) — "It's a bad deal for farmers," said Sen. Maria Lopez, a Democrat from Iowa. "And they know it."

Lopez said she would vote against the bill.`, []want{
			{"It's a bad deal", "direct", "Sen. Maria Lopez", RuleCueAfter},
			{"she would vote against", "indirect", "Lopez", RuleIndirect},
		}},
		{"bbc", `The minister, Jane Hart, said the plan was "simply unworkable".

'We will not be rushed,' she said.`, []want{
			{"simply unworkable", "partial", "Jane Hart", RuleReported},
			{"We will not be rushed", "direct", "she", RuleCueAfter},
		}},
		{"guardian", `Speaking in Leeds, the shadow chancellor said: “Working families can’t afford another year of this.”

“We’ll keep the pressure on,” she added, “until the government listens.”`, []want{
			{"Working families", "direct", "the shadow chancellor", RuleColon},
			{"keep the pressure on", "direct", "she", RuleCueAfter},
		}},
		{"nyt", `“The numbers don’t lie,” Mr. Alvarez, the city’s budget director, said in a statement. According to two people briefed on the talks, the mayor is expected to sign the deal on Friday.`, []want{
			{"The numbers don", "direct", "Mr. Alvarez", RuleCueAfter},
			{"the mayor is expected", "indirect", "two people briefed on the talks", RuleAccordingTo},
		}},
		{"quoted as saying", `The agency quoted a defense ministry official as saying: "The drills are routine."`, []want{
			{"The drills are routine", "direct", "a defense ministry official", RuleQuotedAs},
		}},
		{"scare quotes", `The so-called "moderate" rebels control the north.`, []want{
			{`"moderate"`, "partial", "", RuleTerm},
		}},
		{"multi-paragraph", `"The first part of the statement goes on.

"And the second part ends it," the governor said.`, []want{
			{"The first part", "direct", "the governor", RuleCueAfter},
		}},
		{"guillemets", `«Nous allons gagner», said the coach, Pierre Blanc.`, []want{
			{"Nous allons", "direct", "Pierre Blanc", RuleCueAfter}, // the apposition names the coach
		}},
		{"label verb", `Clinton called the plan "a disaster for workers."`, []want{
			{"a disaster for workers", "partial", "Clinton", RuleReported},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := parse(t, tt.src)
			check(t, a.Source, Extract(a, nil), tt.want)
		})
	}
}

// Attribution constructions on sentences written for these tests.
func TestStyleConstructions(t *testing.T) {
	tests := []struct {
		name, src string
		want      []want
	}{
		{"appositive chain", `“The rules were never followed,” Ana Ruiz, the county’s chief auditor, a former prosecutor, said on Monday.`, []want{
			{"The rules were never followed", "direct", "Ana Ruiz", RuleCueAfter},
		}},
		{"state abbreviation", `“We will override the veto,” Sen. Tom Baker, R-Kan., said Tuesday.`, []want{
			{"We will override", "direct", "Sen. Tom Baker", RuleCueAfter},
		}},
		{"relative clause subject", `The memo in which he called the deal “a betrayal” was leaked on Friday.`, []want{
			{"a betrayal", "partial", "he", RuleReported},
		}},
		{"fragments of one clause", `The mayor said the budget was “balanced” and “fair to every district.”`, []want{
			{"fair to every district", "partial", "The mayor", RuleReported},
		}},
		{"parenthetical attribution", `The port was closed for repairs, the harbour master said, and will reopen next week.`, []want{
			{"The port was closed for repairs", "indirect", "the harbour master", RuleInverted},
		}},
		{"coordinated attributions", `The coach said the team was tired, and the captain noted that two players were injured.`, []want{
			{"the team was tired", "indirect", "The coach", RuleIndirect},
			{"two players were injured", "indirect", "the captain", RuleIndirect},
		}},
		{"adverbial after the cue", `Exports fell by a third in March, the ministry said in a statement.`, []want{
			{"Exports fell by a third", "indirect", "the ministry", RuleInverted},
		}},
		{"subject before the cue is not content", `After the hearing, Judge Ellen Park said the case would go to trial.`, []want{
			{"the case would go to trial", "indirect", "Judge Ellen Park", RuleIndirect},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := parse(t, tt.src)
			qs := Extract(a, nil)
			check(t, a.Source, qs, tt.want)
			if tt.name == "fragments of one clause" && len(qs) != 1 {
				t.Errorf("%d quotes, want 1:\n%s", len(qs), dump(a.Source, qs))
			}
			if tt.name == "coordinated attributions" {
				if q := find(a.Source, qs, want{content: "the team was tired"}); q != nil && strings.Contains(q.Text(a.Source), "captain") {
					t.Errorf("the coach's clause runs into the captain's: %q", q.Text(a.Source))
				}
			}
			if tt.name == "parenthetical attribution" {
				if q := find(a.Source, qs, want{content: "The port was closed"}); q != nil && len(q.Content) != 2 {
					t.Errorf("%d fragments, want 2:\n%s", len(q.Content), dump(a.Source, qs))
				}
			}
		})
	}
}

// A quoted sentence after an attributed one in its paragraph is a further
// fragment of it, or, with SplitContinued, a quote of its own.
func TestContinuedSentences(t *testing.T) {
	src := `“We have seen this before,” the envoy said. “Nobody is in a hurry.”`
	a := parse(t, src)
	qs := Extract(a, nil)
	if len(qs) != 1 || len(qs[0].Content) != 2 || qs[0].Speaker.Span.Text(src) != "the envoy" {
		t.Errorf("joined: got\n%s", dump(src, qs))
	}
	qs = Extractor{SplitContinued: true}.Extract(a, nil)
	if len(qs) != 2 || !qs[1].Continues || qs[1].Speaker.Span.Text(src) != "the envoy" {
		t.Errorf("split: got\n%s", dump(src, qs))
	}
}

func TestMarks(t *testing.T) {
	tests := []struct {
		name, src string
		quotes    []string // the content text of each quote, in order
		unclosed  []bool
	}{
		{"apostrophes", `We'll see Russia's plan from the '90s, the horses' carrots.`, nil, nil},
		{"nested", `He said, "They called it 'a trap' and left."`, []string{`"They called it 'a trap' and left."`}, []bool{false}},
		{"mismatched", `“We will win," he said.`, []string{`“We will win,"`}, []bool{false}},
		{"low-9", `„Wir schaffen das“, she said.`, []string{`„Wir schaffen das“`}, []bool{false}},
		{"single", `'We're ready,' the captain said.`, []string{`'We're ready,'`}, []bool{false}},
		{"unclosed stays in its paragraph", "He said \"this never ends.\n\nThe \"next\" paragraph is fine.", []string{`"this never ends.`, `"next"`}, []bool{true, false}},
		{"nyt marks", "``We are done,'' she said.", []string{"``We are done,''"}, []bool{false}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := parse(t, tt.src)
			var got []string
			var unc []bool
			for _, q := range (Extractor{NoIndirect: true}).Extract(a, nil) {
				got = append(got, q.Span().Text(a.Source))
				unc = append(unc, q.Unclosed)
			}
			if diff := cmp.Diff(tt.quotes, got); diff != "" {
				t.Errorf("quotes (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.unclosed, unc); diff != "" {
				t.Errorf("unclosed (-want +got):\n%s", diff)
			}
		})
	}
}

func TestKindText(t *testing.T) {
	for k := KindUnknown; k <= KindIndirect; k++ {
		b, err := json.Marshal(k)
		if err != nil {
			t.Fatal(err)
		}
		var got Kind
		if err := json.Unmarshal(b, &got); err != nil || got != k {
			t.Errorf("round trip of %v: %v, %v", k, got, err)
		}
	}
	if _, err := Kind(9).MarshalText(); err == nil {
		t.Error("Kind(9).MarshalText: no error")
	}
	var k Kind
	if err := k.UnmarshalText([]byte("bogus")); err == nil {
		t.Error(`UnmarshalText("bogus"): no error`)
	}
	q := Quote{Kind: KindPartial, Content: []article.Span{{Start: 1, End: 5}}, Speaker: Speaker{Span: article.Span{Start: 7, End: 9}, Entity: "e1"}, Rule: RuleReported}
	b, _ := json.Marshal(q)
	var back Quote
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(q, back); diff != "" {
		t.Errorf("Quote JSON round trip (-want +got):\n%s", diff)
	}
}

func TestGolden(t *testing.T) {
	for _, name := range []string{"syria-talks-kremlin-full", "syria-talks-kremlin-wire"} {
		t.Run(name, func(t *testing.T) {
			a := fixture(t, name+".txt")
			got := dump(a.Source, Extract(a, nil))
			path := filepath.Join("testdata", name+".golden")
			if *update {
				if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			b, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(string(b), got); diff != "" {
				t.Errorf("%s (-golden +got):\n%s", path, diff)
			}
		})
	}
}

func TestNormalize(t *testing.T) {
	for in, want := range map[string]string{
		`“Hopefully we’ll be able,”`: "hopefully we'll be able",
		`  "TANGIBLE   results."  `:  "tangible results",
		`...`:                        "",
	} {
		if got := Normalize(in); got != want {
			t.Errorf("Normalize(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestAlignNear(t *testing.T) {
	texts := [][]string{
		{"We need a solution that addresses both of these problems", "short"},
		{"“We need a solution that addresses both these problems,”", "short"},
		{"Something else entirely was said here today"},
	}
	got := Align(texts)
	want := [][]Member{{{0, 0}, {1, 0}}, {{0, 1}, {1, 1}}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Align (-want +got):\n%s", diff)
	}
}
