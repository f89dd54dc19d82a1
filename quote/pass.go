package quote

import (
	"github.com/newsmodel/newsmodel/article"
	"github.com/newsmodel/newsmodel/entity"
	"github.com/newsmodel/newsmodel/internal/text"
)

// An Extractor finds the quotes of reports. The zero Extractor is ready to
// use and finds every kind of quote. An Extractor is safe for concurrent
// use: extraction never modifies it.
type Extractor struct {
	// NoIndirect leaves out reported speech without quotation marks.
	NoIndirect bool
	// NoTerms leaves out scare quotes, titles and quoted terms that nothing
	// attributes (the writer's own partial quotes).
	NoTerms bool
	// SplitContinued reports a quoted sentence that continues the quote
	// before it in its paragraph (`"A," he said. "B."`) as a quote of its
	// own, flagged Continues, instead of as a further fragment of that quote.
	SplitContinued bool
}

// Extract returns the quotes of a with the zero [Extractor]; see
// [Extractor.Extract].
func Extract(a *article.Article, ents []entity.Entity) []Quote {
	return Extractor{}.Extract(a, ents)
}

// Extract returns the quotes of a in document order: direct and partial
// quotes found by their quotation marks, then attributed; and, unless
// e.NoIndirect, reported speech without marks. ents are a's entities (nil is
// fine): a speaker whose head is named by a mention of one is resolved to
// it. Boilerplate paragraphs are not searched; headings are searched for
// quotation marks and headline attributions.
//
// Extract reads a's sentences a window at a time with a pass; see
// [Extractor.NewPass].
func (e Extractor) Extract(a *article.Article, ents []entity.Entity) []Quote {
	if a == nil {
		return nil
	}
	p := e.NewPass(a)
	r := text.GetReader(nil)
	for w := range a.Windows(r) {
		p.Window(w)
	}
	text.PutReader(r)
	return p.Quotes(ents)
}

// A Pass finds the quotes of one article a window of sentences at a time,
// for the pipeline of package newsmodel, which reads each window once for
// all its stages. Within a window it finds the attributions of each
// sentence (speaker, cue and content) and pairs the report's quotation
// marks; [Pass.Quotes] matches the quotations with the attributions and
// resolves the speakers, once every window has been read.
//
// A Pass keeps compact records of what it found, never the window's tokens.
// It should not be shared.
type Pass struct {
	x    Extractor
	a    *article.Article
	src  string
	para int // paragraphs [0, para) have been searched for quotation marks

	regs  []region   // the quotations of the paragraphs searched, in order
	stack []openMark // scanMarks' scratch
	cues  cueList    // the attributions found, in order of their sentences
	r     reading    // the rules' scratch
	// he and she are the last singular persons a description names, not
	// a name ("a man", "the driver"), that "he" and "she" may mean, and
	// the starts of their sentences
	he, she         span32
	heSent, sheSent int32
	prevSent        int32 // where the sentence before the one being read starts
	// free holds the spans that spans hands out: they are the quotes'
	// Content, never reused.
	free []article.Span
}

// NewPass returns a pass over a's quotes. The windows given to
// [Pass.Window] must be a's sentences, in order, as [article.Article.Windows]
// reads them.
func (x Extractor) NewPass(a *article.Article) *Pass {
	return &Pass{x: x, a: a, src: a.Source}
}

// Window reads a window of a's sentences.
func (p *Pass) Window(w *text.Window) {
	if len(p.src) >= 1<<31-1 {
		return // the text layer's offsets are 32 bits
	}
	for i := range w.Sentences {
		s := &w.Sentences[i]
		if s.Index >= len(p.a.Sentences) {
			continue
		}
		para := p.a.Sentences[s.Index].Paragraph
		p.scanTo(para + 1)
		if para >= len(p.a.Paragraphs) || p.a.Paragraphs[para].Kind == article.KindBoilerplate {
			continue
		}
		p.sentence(s, para)
	}
}

// scanTo pairs the quotation marks of the paragraphs before n not yet
// searched.
func (p *Pass) scanTo(n int) {
	n = min(n, len(p.a.Paragraphs))
	for ; p.para < n; p.para++ {
		pg := p.a.Paragraphs[p.para]
		if pg.Kind == article.KindBoilerplate {
			continue
		}
		lo, hi := max(0, pg.Start), min(len(p.src), pg.End)
		if lo >= hi {
			continue
		}
		k := len(p.regs)
		p.regs, p.stack = scanMarks(p.src, lo, hi, p.regs, p.stack)
		for i := k; i < len(p.regs); i++ {
			p.regs[i].para = int32(p.para)
			p.regs[i].opens = true // until its sentence says otherwise
		}
	}
}

// Quotes returns the quotes found, in document order, their speakers
// resolved to ents, and ends the pass.
func (p *Pass) Quotes(ents []entity.Entity) []Quote {
	p.scanTo(len(p.a.Paragraphs))
	qs, who := p.attach()
	p.afterDateline(qs)
	resolve(qs, who, &p.cues, ents)
	p.regs, p.cues, p.stack, p.free = nil, cueList{}, nil, nil
	return qs
}

// afterDateline starts the content that a wire dateline opens after it:
// in "LONDON, March 3 (Reuters) - Northwind Air will cut 1,200 jobs, the
// airline said", the airline said what follows the dash.
func (p *Pass) afterDateline(qs []Quote) {
	dl := p.a.Dateline.Span
	if !dl.IsValid() || dl.End <= dl.Start {
		return
	}
	src := p.a.Source
	for i := range qs {
		for j := range qs[i].Content {
			c := &qs[i].Content[j]
			if c.Start < dl.End && dl.End < c.End {
				c.Start = dl.End
				for c.Start < c.End && (src[c.Start] == ' ' || src[c.Start] == '\t') {
					c.Start++
				}
			}
		}
	}
}
