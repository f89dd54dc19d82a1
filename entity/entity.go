package entity

import "github.com/newsmodel/newsmodel/article"

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
	Span article.Span `json:"span"`
	Form Form         `json:"form"`
}

// An Entity is an actor of one report: a person, organisation, place or
// group, with every mention of it in the report.
type Entity struct {
	ID          string    `json:"id"`   // stable within a report: "e1", "e2", ... in order of first mention
	Name        string    `json:"name"` // canonical name: the fullest name the report gives
	Kind        Kind      `json:"kind"`
	Aliases     []string  `json:"aliases,omitempty"`
	Titles      []string  `json:"titles,omitempty"`      // "President", "Secretary of State"
	Affiliation string    `json:"affiliation,omitempty"` // "Russia", "United States"
	Anonymous   bool      `json:"anonymous,omitempty"`
	Mentions    []Mention `json:"mentions"` // in document order
}
