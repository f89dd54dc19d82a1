package quote

import (
	"testing"

	"github.com/newsmodel/newsmodel/entity"
)

// A chainCase is a text with an attribution relayed by another source:
// the quote's speaker is the inner source, Via the outer.
type chainCase struct {
	name, src             string
	content, speaker, via string
}

// Attribution chains: "CNN reported that the mayor said …", "according to
// the Herald, a source said …", "RTL quoted Meyer as saying …" give the
// inner speaker's quote, relayed by the outer source.
func TestChains(t *testing.T) {
	for _, tt := range []chainCase{
		{"reported that X said, wire", `CNN reported that the mayor said the bridge was unsafe.`, "the bridge was unsafe", "the mayor", "CNN"},
		{"according to, a source said", `According to the Herald, a source said the deal was off.`, "the deal was off", "a source", "the Herald"},
		{"quoted as saying", `RTL quoted Meyer as saying the club would appeal.`, "the club would appeal", "Meyer", "RTL"},
		{"quoted as saying, a partial quotation", `The broadcaster quoted the coach as saying the defeat was "a wake-up call."`, "a wake-up call", "the coach", "The broadcaster"},
		{"a paper reported that officials told", `The Times reported that officials had told the families the search would end.`, "the search would end", "officials", "The Times"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			a := parse(t, tt.src)
			qs := Extract(a, nil)
			q := find(a.Source, qs, want{content: tt.content})
			if q == nil {
				t.Fatalf("no quote holds %q:\n%s", tt.content, dump(a.Source, qs))
			}
			if got := q.Speaker.Span.Text(a.Source); got != tt.speaker {
				t.Errorf("speaker %q, want %q", got, tt.speaker)
			}
			if got := q.Via.Span.Text(a.Source); got != tt.via {
				t.Errorf("via %q, want %q", got, tt.via)
			}
		})
	}
	// a claim about what someone said is no chain: her claim
	a := parse(t, `She says it underscores that the mayor said nothing.`)
	for _, q := range Extract(a, nil) {
		if q.Via.Span.IsValid() {
			t.Errorf("a chain:\n%s", dump(a.Source, []Quote{q}))
		}
	}
}

// An entityCase is a text and the entity each quote's speaker resolves to
// by its name, "" for none.
type entityCase struct {
	name, src string
	content   string
	entity    string // the speaker's entity's name; "" for none
	not       string // a name the speaker must not resolve to
}

// Speakers resolve to the entity the speaker's own words name: the agent,
// not the singer; the staff member, not the hospital; Meyer, not RTL; a
// pronoun to the person a description named last, or to no one.
func TestSpeakerEntities(t *testing.T) {
	for _, tt := range []entityCase{
		{"a possessor's agent", `Adele's agent denied that the tour had been cancelled. Adele did not comment.`, "the tour had been cancelled", "", "Adele"},
		{"a staff member of a hospital", `A Mercy Hospital staff member told investigators that the ward had been short of nurses.`, "the ward had been short", "", "Mercy Hospital"},
		{"quoted as saying", `RTL quoted Meyer as saying the club would appeal.`, "the club would appeal", "Meyer", "RTL"},
		{"a pronoun for the person a video shows", `The video shows the minister arriving at the hotel. He said he had done nothing wrong.`, "he had done nothing wrong", "the minister", ""},
		{"a pronoun after a description of someone else stays a pronoun", "Mr. Hale met the press on Monday. The video shows a man arriving at the hotel. He said he had done nothing wrong.", "he had done nothing wrong", "", "Hale"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			a := parse(t, tt.src)
			ents := entity.Extract(a)
			qs := Extract(a, ents)
			q := find(a.Source, qs, want{content: tt.content})
			if q == nil {
				t.Fatalf("no quote holds %q:\n%s", tt.content, dump(a.Source, qs))
			}
			got := ""
			for _, e := range ents {
				if e.ID == q.Speaker.Entity {
					got = e.Name
				}
			}
			if tt.entity != "" && got != tt.entity {
				t.Errorf("speaker %q is %q, want %q", q.Speaker.Span.Text(a.Source), got, tt.entity)
			}
			if tt.not != "" && got == tt.not {
				t.Errorf("speaker %q is %q", q.Speaker.Span.Text(a.Source), got)
			}
		})
	}
}
