package entity

import (
	"github.com/newsmodel/newsmodel/article"
	"github.com/newsmodel/newsmodel/internal/text"
)

// An Extractor finds the entities of news reports. The zero Extractor is
// ready to use and uses the [Builtin] gazetteer. An Extractor is safe for
// concurrent use: extraction never modifies it.
type Extractor struct {
	// Gazetteer names the known actors; nil means [Builtin]. Its entries
	// take precedence over the knowledge tables of places, people and
	// organisations that the package embeds. To add entries, use
	// Builtin().With(...); to replace the set, use [ParseGazetteer] or
	// [NewGazetteer].
	Gazetteer *Gazetteer
}

func (x *Extractor) gazetteer() *Gazetteer {
	if x == nil || x.Gazetteer == nil {
		return Builtin()
	}
	return x.Gazetteer
}

// Extract finds the entities of a with the zero [Extractor].
func Extract(a *article.Article) []Entity { return new(Extractor).Extract(a) }

// Extract finds the entities of a report: every person, organisation, place
// and group it names, each with all its mentions, resolved within the
// report. Entities are in order of first mention and numbered "e1", "e2",
// ...; mentions are in document order, and mentions of different entities
// never overlap.
//
// A name mention spans the name alone: in "Russian President Vladimir
// Putin" the mention of Putin is "Vladimir Putin", "President" becomes a
// title and "Russian" a demonym mention of Russia, which becomes Putin's
// affiliation. A description spans its words after the names it holds:
// "a senior US official" is a mention of Kerry's country ("US") and of an
// anonymous official ("official"), whose entity is named by the whole
// phrase. A pronoun is a mention of the entity it is resolved to, and left
// out when it cannot be resolved. Possessive endings are never inside a
// span ("Assad" in "Assad's").
//
// Body and heading paragraphs are read; boilerplate is not. Names that
// only headings give count when the gazetteer or the knowledge tables
// know them.
//
// Extract reads a with a pass ([Extractor.NewPass]) over its windows of
// sentences.
func (x *Extractor) Extract(a *article.Article) []Entity {
	if a == nil {
		return nil
	}
	p := x.NewPass(a)
	r := text.GetReader(nil)
	for w := range a.Windows(r) {
		p.Window(w)
	}
	text.PutReader(r)
	return p.Entities()
}
