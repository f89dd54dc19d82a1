package stance_test

import (
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"pgregory.net/rapid"

	"github.com/newsmodel/newsmodel/article"
	"github.com/newsmodel/newsmodel/entity"
	"github.com/newsmodel/newsmodel/quote"
	"github.com/newsmodel/newsmodel/stance"
)

var update = flag.Bool("update", false, "rewrite golden files")

var fixtureNames = []string{"syria-talks-kremlin-full.txt", "syria-talks-kremlin-wire.txt"}

func fixture(t interface{ Fatal(...any) }, name string) string {
	b, err := os.ReadFile(filepath.Join("..", "testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func extractWith(t testing.TB, x *stance.Extractor, src string) []stance.Relation {
	a, err := article.Parse(src)
	if err != nil {
		t.Fatalf("article.Parse: %v", err)
	}
	if x == nil {
		x = &stance.Extractor{}
	}
	return x.Extract(a, nil, nil)
}

// extractPipeline runs the entity and quote packages before stance, as
// examples/analyze does, and checks the relations' spans.
func extractPipeline(t *testing.T, src string) []stance.Relation {
	t.Helper()
	a, err := article.Parse(src)
	if err != nil {
		t.Fatal(err)
	}
	ents := entity.Extract(a)
	rs := stance.Extract(a, ents, quote.Extract(a, ents))
	checkRelations(t, src, rs)
	return rs
}

// find returns the first relation whose holder and target texts contain h
// and t and whose polarity is p.
func find(rs []stance.Relation, h, t string, p stance.Polarity) (stance.Relation, bool) {
	for _, r := range rs {
		if strings.Contains(r.Holder.Text, h) && strings.Contains(r.Target.Text, t) && r.Polarity == p {
			return r, true
		}
	}
	return stance.Relation{}, false
}

func has(rs []stance.Relation, h, t string, p stance.Polarity) bool {
	_, ok := find(rs, h, t, p)
	return ok
}

func TestFixtureFull(t *testing.T) {
	rs := extractWith(t, nil, fixture(t, fixtureNames[0]))
	for _, c := range []struct {
		h, t string
		p    stance.Polarity
		via  string
	}{
		{"John Kerry", "Putin", stance.Support, ""},   // offered him cooperation
		{"US officials", "Moscow", stance.Oppose, ""}, // running out of patience
		{"Russia", "the US", stance.Support, "Peskov"},
		{"Moscow", "US-Russia military cooperation", stance.Oppose, "RIA news agency|foreign ministry spokesperson Maria Zakharova"},
		{"the US military", "Nusra Front", stance.Oppose, ""},
		{"Russia", "Bashar al Assad", stance.Support, ""},
		{"critics", "US policy", stance.Oppose, ""},
	} {
		r, ok := find(rs, c.h, c.t, c.p)
		if !ok {
			t.Errorf("missing %s -> %s : %v\n%s", c.h, c.t, c.p, stance.Format(rs))
			continue
		}
		var via []string
		for _, v := range r.Via {
			via = append(via, v.Text)
		}
		if c.via != "" && !strings.Contains(strings.Join(via, "|"), c.via) {
			t.Errorf("%s -> %s: via %q, want %q", c.h, c.t, via, c.via)
		}
	}
	if r, _ := find(rs, "Moscow", "cooperation", stance.Oppose); !r.Negated {
		t.Errorf("not satisfied: want Negated")
	}
}

func TestFixtureWire(t *testing.T) {
	rs := extractWith(t, nil, fixture(t, fixtureNames[1]))
	for _, c := range []struct {
		h, t string
		p    stance.Polarity
	}{
		{"the Obama administration", "pact", stance.Oppose},
		{"Washington", "Russia", stance.Oppose},
		{"Earnest", "Russia's approach", stance.Oppose},
		{"Russia", "Assad", stance.Support},
		{"officials", "Syria plan", stance.Oppose},
	} {
		if !has(rs, c.h, c.t, c.p) {
			t.Errorf("missing %s -> %s : %v\n%s", c.h, c.t, c.p, stance.Format(rs))
		}
	}
}

// sentences written for these tests in the styles of several outlets, on
// trade, elections, sport and diplomacy.
var sentences = []struct {
	name, src string
	h, t      string
	p         stance.Polarity
	neg, hyp  bool
}{
	{"reuters-trade", "BRUSSELS (Reuters) - The European Commission condemned Washington's new steel tariffs on Tuesday.", "The European Commission", "Washington", stance.Oppose, false, false},
	{"ap-endorse", "Governor Maria Lopez endorsed Senator Tom Reed for president on Friday, giving him a boost before the primary.", "Governor Maria Lopez", "Senator Tom Reed", stance.Support, false, false},
	{"bbc-not-condemn", "The party leader did not condemn the protesters.", "The party leader", "the protesters", stance.Neutral, true, false},
	{"guardian-refused", "The Labour Party refused to back the government's budget.", "The Labour Party", "the government", stance.Oppose, true, false},
	{"nyt-would", "Beijing would welcome the new trade envoy, officials said.", "Beijing", "the new trade envoy", stance.Neutral, false, true},
	{"passive", "The sanctions plan was resisted by the French government.", "the French government", "The sanctions plan", stance.Oppose, false, false},
	{"sport-accused", "FIFA accused the Football Association of breaching its rules.", "FIFA", "the Football Association", stance.Oppose, false, false},
	{"possessive-nominal", "Germany's criticism of Hungary grew sharper this week.", "Germany", "Hungary", stance.Oppose, false, false},
	{"satisfied", "The union was not satisfied with the club's offer.", "The union", "the club", stance.Oppose, true, false},
	{"ally", "Tokyo is Washington's closest ally in the region.", "Tokyo", "Washington", stance.Support, false, false},
	{"wary", "Many voters are wary of the incumbent mayor.", "Many voters", "the incumbent mayor", stance.Oppose, false, false},
	{"critics", "Critics of the World Anti-Doping Agency say its rules are too lax.", "Critics", "the World Anti-Doping Agency", stance.Oppose, false, false},
	{"said-quote", `"We fully support the Olympic committee," IOC president Thomas Bach said.`, "Thomas Bach", "the Olympic committee", stance.Support, false, false},
	{"welcomed", "Canada welcomed the ruling by the trade body.", "Canada", "the ruling", stance.Support, false, false},
	{"praise-pronoun", "Smith praised Jones and said she had saved the league.", "Smith", "Jones", stance.Support, false, false},
	{"coordination", "France and Germany backed the Paris agreement.", "Germany", "the Paris agreement", stance.Support, false, false},
	// round 2: holders behind appositives, participles, coordination and documents
	{"appositive-long", "Ana Ruiz, director of the national growers' federation and a former trade minister, praised the Mercosur accord.", "Ana Ruiz", "the Mercosur accord", stance.Support, false, false},
	{"appositive-who", "Tom Hale, who once ran the club's youth academy, criticized the Rovers' board on Sunday.", "Tom Hale", "the Rovers' board", stance.Oppose, false, false},
	{"parenthetical", "The Greens' campaign, meanwhile, has attacked the Liberal Party over housing.", "The Greens' campaign", "the Liberal Party", stance.Oppose, false, false},
	{"participle", "At the last minute, Ottawa called off the summit and blasted Washington, accusing it of bad faith on lumber.", "Ottawa", "Washington", stance.Oppose, false, false},
	{"coordinated-verb", "The steelworkers' union walked out of the talks and denounced Acme Steel.", "The steelworkers' union", "Acme Steel", stance.Oppose, false, false},
	{"but-also", "Some Tories are not only refusing to back Ms. Hart but also openly endorsing Mr. Cole.", "Some Tories", "Mr. Cole", stance.Support, false, false},
	{"document", "The players' association released a statement criticizing the league office.", "The players' association", "the league office", stance.Oppose, false, false},
	{"document-that", "Mayor Diane Fox posted a reply that assailed Councilman Reyes.", "Mayor Diane Fox", "Councilman Reyes", stance.Oppose, false, false},
	{"for-ing", "Voters punished Senator Ames for attacking Governor Bell.", "Senator Ames", "Governor Bell", stance.Oppose, false, false},
	{"title-before-name", "Mr. Grant criticized fellow Democrat Lucy Kim at the debate.", "Mr. Grant", "fellow Democrat Lucy Kim", stance.Oppose, false, false},
	{"owner-title", "The new coach was praised by club owner Raj Patel.", "club owner Raj Patel", "The new coach", stance.Support, false, false},
	{"others", "Mr. Diaz and others criticized the merger's terms.", "others", "the merger", stance.Oppose, false, false},
	// round 2: cues
	{"lavish-praise", "The coach lavished praise on Marta Silva after the final.", "The coach", "Marta Silva", stance.Support, false, false},
	{"rally-behind", "Party leaders rallied behind Governor Okafor on Monday.", "Party leaders", "Governor Okafor", stance.Support, false, false},
	{"come-out-against", "Senator Dana Bright came out against the pipeline bill.", "Senator Dana Bright", "the pipeline bill", stance.Oppose, false, false},
	{"heap-blame", "The minister placed much of the blame on the central bank.", "The minister", "the central bank", stance.Oppose, false, false},
	{"file-lawsuit", "Nevada filed a federal lawsuit against the mining company.", "Nevada", "the mining company", stance.Oppose, false, false},
	{"allege-that", "The opposition alleged that the electoral commission had rigged the count.", "The opposition", "the electoral commission", stance.Oppose, false, false},
	{"point-finger", "Exporters pointed the finger at Beijing for the slump.", "Exporters", "Beijing", stance.Oppose, false, false},
	{"take-issue", "The referees' union took issue with the league's new review system.", "The referees' union", "the league", stance.Oppose, false, false},
	{"feud", "Apex Motors' feud with its largest dealer dragged on.", "Apex Motors", "its largest dealer", stance.Oppose, false, false},
	{"one-of-allies", "The senator has emerged as one of Governor Park's staunchest allies.", "The senator", "Governor Park", stance.Support, false, false},
	{"appositive-ally", "Maria Diaz, a longtime ally of the mayor, won the seat.", "Maria Diaz", "the mayor", stance.Support, false, false},
	{"pronoun-not-modifier", "Coach Ellis stirred the Premier League title race when he criticized the referees.", "Coach Ellis", "the referees", stance.Oppose, false, false},
	{"possessor-to", "Our efforts to go after tax cheats will continue, the commissioner said.", "the commissioner", "tax cheats", stance.Oppose, false, false},
}

func TestSentences(t *testing.T) {
	for _, c := range sentences {
		t.Run(c.name, func(t *testing.T) {
			rs := extractWith(t, nil, c.src)
			r, ok := find(rs, c.h, c.t, c.p)
			if !ok {
				t.Fatalf("want %s -> %s : %v, got\n%s", c.h, c.t, c.p, stance.Format(rs))
			}
			if r.Negated != c.neg || r.Hypothetical != c.hyp {
				t.Errorf("negated %v hypothetical %v, want %v %v", r.Negated, r.Hypothetical, c.neg, c.hyp)
			}
		})
	}
}

// TestSpeakerContinues checks that a speaking "he" or "she" continues the
// paragraph's last named speaker rather than the nearest name.
func TestSpeakerContinues(t *testing.T) {
	rs := extractWith(t, nil, `"The deal is fair," Ortega said. While Madrid often talks about free trade, she said it was "ready to punish exporters".`)
	if !has(rs, "Madrid", "exporters", stance.Oppose) {
		t.Errorf("Madrid -> exporters missing:\n%s", stance.Format(rs))
	}
	for _, r := range rs {
		if len(r.Via) != 1 || r.Via[0].Text != "Ortega" {
			t.Errorf("via %v, want Ortega", r.Via)
		}
	}
}

// TestQuotedViaNamed checks that the speaker a quote reports a stance
// through is named like any other party resolved to an entity.
func TestQuotedViaNamed(t *testing.T) {
	src := `Finance Minister Ines Okafor said on Tuesday that the plan was sound. "Ghana strongly supports the agreement," she said. "Togo backs it too."`
	rs := extractPipeline(t, src)
	var via []stance.Party
	for _, r := range rs {
		via = append(via, r.Via...)
	}
	if !slices.ContainsFunc(via, func(p stance.Party) bool { return p.Entity != "" && p.Name == "Ines Okafor" }) {
		t.Errorf("no relation reported via Ines Okafor by name:\n%s", stance.Format(rs))
	}
}

func TestNoStance(t *testing.T) {
	for _, src := range []string{
		"The minister met the ambassador in Paris on Monday.",
		"Officials said the talks would resume next week.",
		"The league announced its schedule for the new season.",
		"The Supreme Court ruled on the case on Monday.",                       // "Court" is a name, not "court" (woo)
		"Rebels agreed to a truce, halting attacks on the capital for a week.", // halting attacks is no attack
		"The report shows the firm offering loans and targeting growth.",
		"Prosecutors charged the club's former treasurer with fraud.",      // courts: no stance
		"The ruling sounded the death knell for the old franchise model.",  // a ruling is no actor
		"The support group met on Tuesday.",                                // a cue inside a noun phrase
		"The armed forces and a back channel to Tehran were discussed.",    // cue words as modifiers
		"In 2004 he starred alongside Dennis Quaid in a remake.",           // a credit: no stance
		"The director said he wanted someone younger for the part.",        // no one in particular
		"The tariffs the president proposed Thursday could hit exporters.", // a time is no target
		"English defender Kyle Walker was booked for a late foul.",         // a position, not a stance
	} {
		if rs := extractWith(t, nil, src); len(rs) != 0 {
			t.Errorf("%q: found\n%s", src, stance.Format(rs))
		}
	}
}

func TestGolden(t *testing.T) {
	var b strings.Builder
	for _, name := range fixtureNames {
		b.WriteString("<<< " + name + "\n")
		b.WriteString(stance.Format(extractWith(t, nil, fixture(t, name))))
		b.WriteString(">>> " + name + "\n")
	}
	for _, c := range sentences {
		b.WriteString("<<< " + c.name + "\n")
		b.WriteString(stance.Format(extractWith(t, nil, c.src)))
		b.WriteString(">>> " + c.name + "\n")
	}
	path := filepath.Join("testdata", "extract.golden")
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if string(want) != b.String() {
		t.Errorf("golden mismatch; run go test -update and review the diff")
	}
}

func genSource(t *rapid.T) string {
	return rapid.OneOf(
		rapid.String(),
		rapid.SampledFrom([]string{sentences[0].src, sentences[5].src, sentences[12].src}),
		rapid.Custom(func(t *rapid.T) string {
			s := fixture(t, rapid.SampledFrom(fixtureNames).Draw(t, "name"))
			lo := rapid.IntRange(0, len(s)).Draw(t, "lo")
			return s[lo:rapid.IntRange(lo, len(s)).Draw(t, "hi")]
		}),
	).Draw(t, "src")
}

func checkRelations(t interface{ Fatalf(string, ...any) }, src string, rs []stance.Relation) {
	for _, r := range rs {
		for _, p := range append([]stance.Party{r.Holder, r.Target}, r.Via...) {
			if p.Span.IsValid() && (p.Span.End > len(src) || src[p.Span.Start:p.Span.End] != p.Text) {
				t.Fatalf("party %q at %v does not match the source", p.Text, p.Span)
			}
			if p.Entity != "" && p.Name == "" {
				t.Fatalf("party %q names entity %s but carries no name", p.Text, p.Entity)
			}
		}
		for _, s := range []article.Span{r.Cue.Span, r.Evidence} {
			if !s.IsValid() || s.End > len(src) {
				t.Fatalf("span %v out of range", s)
			}
		}
		if !r.Evidence.Contains(r.Cue.Span) {
			t.Fatalf("cue %v outside evidence %v", r.Cue.Span, r.Evidence)
		}
		if r.Polarity == stance.PolarityUnknown {
			t.Fatalf("unknown polarity in %v", r)
		}
	}
}

func TestExtractSpans(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		src := genSource(t)
		a, err := article.Parse(src)
		if err != nil {
			return
		}
		checkRelations(t, src, stance.Extract(a, nil, nil))
	})
}

func TestCompare(t *testing.T) {
	a := extractWith(t, nil, "Moscow backed Assad. Critics of the plan spoke out.")
	b := extractWith(t, nil, "The Kremlin condemned Assad. Moscow backs Assad. The Kremlin welcomed the plan.")
	fs := stance.Compare(stance.Report{Name: "a", Relations: a}, stance.Report{Name: "b", Relations: b})
	kinds := map[string]stance.FindingKind{}
	for _, f := range fs {
		kinds[f.Holder+" -> "+f.Target] = f.Kind
	}
	want := map[string]stance.FindingKind{"moscow -> assad": stance.Agreement, "critics -> plan": stance.Single, "kremlin -> assad": stance.Single, "kremlin -> plan": stance.Single}
	for k, v := range want {
		if kinds[k] != v {
			t.Errorf("%s: %q, want %q (all: %v)", k, kinds[k], v, kinds)
		}
	}
	c := stance.Compare(
		stance.Report{Relations: extractWith(t, nil, "Poland welcomed the treaty.")},
		stance.Report{Relations: extractWith(t, nil, "Poland rejected the treaty.")})
	if len(c) != 1 || c[0].Kind != stance.Contradiction || len(c[0].Stances) != 2 {
		t.Errorf("contradiction: %+v", c)
	}
}

// TestPipeline runs the entity and quote packages first, as examples/analyze
// does, and checks that parties resolve to entities.
func TestPipeline(t *testing.T) {
	src := fixture(t, fixtureNames[1])
	rs := extractPipeline(t, src)
	r, ok := find(rs, "Earnest", "Russia", stance.Oppose)
	if !ok || r.Holder.Entity == "" || r.Target.Text != "Russia's approach" {
		t.Errorf("Earnest -> Russia's approach: %+v (found %v)\n%s", r, ok, stance.Format(rs))
	}
	if r, ok := find(rs, "Russia", "Assad", stance.Support); !ok || r.Holder.Name == "" {
		t.Errorf("Russia -> Assad unresolved: %+v", r)
	}
}

// TestOwnerTarget: a target that is a named owner's act or quality takes
// the owner's entity; people of the owner's are themselves.
func TestOwnerTarget(t *testing.T) {
	for _, c := range []struct{ src, target, entity string }{
		{"Chamber president Carl Blackstone applauded Governor Nikki Haley's decision on Tuesday.", "Governor Nikki Haley's decision", "Nikki Haley"},
		{"The striker criticised Arsenal's tactics after the match.", "Arsenal's tactics", "Arsenal"},
		{"The senator attacked Trump's supporters at the rally.", "Trump's supporters", ""},
		{"Barack Obama signed the agreement in July. Hillary Clinton praised his agreement on Monday.", "his agreement", "Barack Obama"},
		{"Mayor Tom Reed defended his budget at the meeting.", "his budget", ""},
	} {
		rs := extractPipeline(t, c.src)
		i := slices.IndexFunc(rs, func(r stance.Relation) bool { return r.Target.Text == c.target })
		if i < 0 {
			t.Errorf("%q: no relation to %q:\n%s", c.src, c.target, stance.Format(rs))
			continue
		}
		if got := rs[i].Target; got.Name != c.entity {
			t.Errorf("%q: target %q of %q, want %q of %q", c.src, got.Text, got.Name, c.target, c.entity)
		}
	}
}
