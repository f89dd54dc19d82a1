package entity

import (
	"github.com/newsmodel/newsmodel/internal/enumtext"

	"github.com/newsmodel/newsmodel/article"
)

// A Kind tells what sort of actor an [Entity] is.
type Kind uint8

// Entity kinds. The zero Kind is KindUnknown.
const (
	KindUnknown      Kind = iota
	KindPerson            // Vladimir Putin
	KindOrganization      // Nusra Front, the State Department, Reuters
	KindPlace             // Syria, Moscow
	KindGroup             // plural or anonymous actors: US officials, critics of US policy
)

// A Form tells how a [Mention] names its entity.
type Form uint8

// Mention forms. The zero Form is FormUnknown.
const (
	FormUnknown   Form = iota
	FormName           // the full name: "John Kerry"
	FormSurname        // the surname alone: "Kerry"
	FormTitle          // a description by title: "The US secretary of state"
	FormPronoun        // "he", "she", "they"
	FormAnonymous      // an anonymous description: "a senior US official"
	FormDemonym        // "Russian" standing for Russia
	FormMetonym        // a seat of power or capital standing for a government: "the Kremlin"
	FormAlias          // another name from the gazetteer or the text: "IS" for Islamic State
)

// A Mention is one place where the text names an entity.
type Mention struct {
	Span article.Span `json:"span"` // the words that name the entity
	Form Form         `json:"form"` // how they name it
}

// An Entity is an actor of one report: a person, organisation, place or
// group, with every mention of it in the report.
type Entity struct {
	ID          string    `json:"id"`                    // stable within a report: "e1", "e2", ... in order of first mention
	Name        string    `json:"name"`                  // canonical name: the fullest name the report gives
	Kind        Kind      `json:"kind"`                  // person, organization, place or group
	Aliases     []string  `json:"aliases,omitempty"`     // other names the report or the gazetteer gives it
	Titles      []string  `json:"titles,omitempty"`      // "President", "Secretary of State"
	Affiliation string    `json:"affiliation,omitempty"` // "Russia", "United States"
	Anonymous   bool      `json:"anonymous,omitempty"`   // an unnamed source: "a senior US official"
	Mentions    []Mention `json:"mentions"`              // in document order
}

var kindNames = [...]string{"unknown", "person", "organization", "place", "group"}

// String returns the kind's name: "unknown", "person", "organization",
// "place" or "group".
func (k Kind) String() string { return enumtext.String(kindNames[:], "Kind", k) }

// AppendText appends the kind's name to b.
func (k Kind) AppendText(b []byte) ([]byte, error) {
	return enumtext.Append(b, kindNames[:], "entity", "kind", k)
}

// MarshalText returns the kind's name.
func (k Kind) MarshalText() ([]byte, error) { return k.AppendText(nil) }

// UnmarshalText sets k from its name. "organisation" is accepted for
// "organization".
func (k *Kind) UnmarshalText(b []byte) error {
	v, err := enumtext.Parse[Kind](kindNames[:], "entity", "kind", b)
	if err == nil {
		*k = v
	}
	return err
}

func parseKind(s string) (Kind, bool) {
	if s == "organisation" {
		return KindOrganization, true
	}
	for i, n := range kindNames {
		if s == n {
			return Kind(i), true
		}
	}
	return KindUnknown, false
}

var formNames = [...]string{"unknown", "name", "surname", "title", "pronoun", "anonymous", "demonym", "metonym", "alias"}

// String returns the form's name: "unknown", "name", "surname", "title",
// "pronoun", "anonymous", "demonym", "metonym" or "alias".
func (f Form) String() string { return enumtext.String(formNames[:], "Form", f) }

// AppendText appends the form's name to b.
func (f Form) AppendText(b []byte) ([]byte, error) {
	return enumtext.Append(b, formNames[:], "entity", "form", f)
}

// MarshalText returns the form's name.
func (f Form) MarshalText() ([]byte, error) { return f.AppendText(nil) }

// UnmarshalText sets f from its name.
func (f *Form) UnmarshalText(b []byte) error {
	v, err := enumtext.Parse[Form](formNames[:], "entity", "form", b)
	if err == nil {
		*f = v
	}
	return err
}

// kindRank orders kinds for [MentionAt]: a span that touches a person's
// name and a place's (the "Russian" of "Russian President Vladimir Putin")
// means the person.
func kindRank(k Kind) int {
	switch k {
	case KindPerson:
		return 4
	case KindGroup:
		return 3
	case KindOrganization:
		return 2
	case KindPlace:
		return 1
	}
	return 0
}

// MentionAt finds the mention that best stands for the text at s, such as
// the subject of a speech verb found by a quote or stance finder: among the
// mentions that overlap s it prefers a person's, then a group's, an
// organisation's and a place's, then the one sharing the most bytes with s,
// then the earliest. It returns the indexes of the entity in ents and of the
// mention in its Mentions, and false when no mention overlaps s.
//
// Mentions of different entities never overlap (see [Extractor.Extract]), so
// for a span that covers one mention the answer is that mention: for
// "Russian President Vladimir Putin" it is Putin's name, not the demonym
// standing for Russia.
func MentionAt(ents []Entity, s article.Span) (entity, mention int, ok bool) {
	bestRank, bestOver := -1, 0
	entity, mention = -1, -1
	for i := range ents {
		r := kindRank(ents[i].Kind)
		for j, m := range ents[i].Mentions {
			if !m.Span.Overlaps(s) {
				continue
			}
			over := min(m.Span.End, s.End) - max(m.Span.Start, s.Start)
			better := r > bestRank || r == bestRank && over > bestOver ||
				r == bestRank && over == bestOver && m.Span.Start < ents[entity].Mentions[mention].Span.Start
			if better {
				bestRank, bestOver, entity, mention = r, over, i, j
			}
		}
	}
	return entity, mention, entity >= 0
}
