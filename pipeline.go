package newsmodel

import (
	"github.com/newsmodel/newsmodel/article"
	"github.com/newsmodel/newsmodel/entity"
	"github.com/newsmodel/newsmodel/internal/text"
	"github.com/newsmodel/newsmodel/quote"
	"github.com/newsmodel/newsmodel/stance"
)

// Options configure [Analyze]. The zero Options are ready to use.
type Options struct {
	// Reference is the date that relative time expressions ("yesterday",
	// "last month") and yearless dates resolve against when the report has
	// no date of its own. Zero leaves them unresolved in undated reports.
	Reference article.Date
	// Gazetteer names the known actors; nil means [entity.Builtin].
	Gazetteer *entity.Gazetteer
	// Lexicon holds the stance cues; nil means [stance.DefaultLexicon].
	Lexicon *stance.Lexicon
}

// An Analysis is everything newsmodel finds in one report. Every span in it
// indexes Article.Source, the caller's input unchanged.
type Analysis struct {
	Article *article.Article // paragraphs, sentences, date, dateline
	// Reference is the date relative time expressions were resolved
	// against: the report's own date, else Options.Reference; zero when
	// neither was known.
	Reference article.Date
	Times     []article.Timex   // time expressions, in document order
	Entities  []entity.Entity   // actors, with every mention
	Quotes    []quote.Quote     // who said what, attributed to Entities
	Stances   []stance.Relation // who stands for or against whom
}

// Analyze runs the whole pipeline on one report: it parses src, finds its
// time expressions, entities, quotes and stances. The only errors are those
// of [article.Parser.Parse]: a malformed header value, or input that is not
// UTF-8 text.
//
// Analyze is safe for concurrent use, also with shared Options: it never
// modifies them, and the gazetteer and lexicon are read-only.
func Analyze(src string, opt Options) (*Analysis, error) {
	return analyze(src, opt, 0)
}

// analyze is Analyze reading windows of at most limit bytes of sentences
// (0: the reader's default), which its tests vary.
func analyze(src string, opt Options, limit int) (*Analysis, error) {
	a, err := (&article.Parser{Reference: opt.Reference}).Parse(src)
	if err != nil {
		return nil, err
	}
	an := &Analysis{Article: a, Reference: a.Date}
	if an.Reference.IsZero() {
		an.Reference = opt.Reference
	}
	// every stage reads each window of sentences, tokenized and chunked
	// once; what needs the whole report is decided after the last window,
	// each stage taking what the stages before it found
	times := a.NewTimesPass(an.Reference)
	ents := (&entity.Extractor{Gazetteer: opt.Gazetteer}).NewPass(a)
	quotes := quote.Extractor{}.NewPass(a)
	stances := (&stance.Extractor{Lexicon: opt.Lexicon}).NewPass(a)
	r := text.GetReader(nil)
	r.Limit = limit
	for w := range a.Windows(r) {
		times.Window(w)
		ents.Window(w)
		quotes.Window(w)
		stances.Window(w)
	}
	text.PutReader(r)
	an.Times = times.Times()
	an.Entities = ents.Entities()
	an.Quotes = quotes.Quotes(an.Entities)
	an.Stances = stances.Relations(an.Entities, an.Quotes)
	return an, nil
}

// Entity returns the entity of an with the given ID, or nil when there is
// none (as for the empty ID of an unresolved speaker or party).
func (an *Analysis) Entity(id string) *entity.Entity {
	if id == "" {
		return nil
	}
	for i := range an.Entities {
		if an.Entities[i].ID == id {
			return &an.Entities[i]
		}
	}
	return nil
}
