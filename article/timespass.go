package article

import (
	"iter"

	"github.com/newsmodel/newsmodel/internal/text"
)

// A TimesPass finds the time expressions of an article window by window,
// for the pipeline of package newsmodel, which reads each window of
// sentences once for all its stages. [Article.Times] is the way to call it
// from other packages.
type TimesPass struct {
	a    *Article
	ref  Date
	sc   *timexScanner
	para int // the paragraph whose tokens sc holds; -1 for none
}

// NewTimesPass returns a pass over a's time expressions, resolved against
// a's own date, or ref when a has none.
func (a *Article) NewTimesPass(ref Date) *TimesPass {
	if !a.Date.IsZero() {
		ref = a.Date
	}
	sc := newScanner()
	return &TimesPass{a: a, ref: ref, sc: sc, para: -1}
}

// Window reads a window of a's sentences, in order.
func (p *TimesPass) Window(w *text.Window) {
	for _, s := range w.Sentences {
		para := p.a.Sentences[s.Index].Paragraph
		if para != p.para {
			p.flush()
			p.para = para
		}
		p.sc.appendShared(p.a.Source, s.Toks)
	}
	// a paragraph the window cuts is read up to the cut when its tokens
	// are many, so that memory stays bounded
	if len(p.sc.toks) > maxPooledTokens/2 {
		p.flush()
	}
}

// flush finds the expressions of the paragraph read so far.
func (p *TimesPass) flush() {
	if p.para < 0 || len(p.sc.toks) == 0 {
		p.sc.toks, p.sc.gap = p.sc.toks[:0], gap{}
		return
	}
	end := p.a.Paragraphs[p.para].End
	p.sc.run(p.a.Source[:end], p.ref)
	p.sc.toks, p.sc.gap = p.sc.toks[:0], gap{}
}

// Times returns the expressions found, in order, and ends the pass.
func (p *TimesPass) Times() []Timex {
	p.flush()
	out := p.sc.out.slice()
	p.sc.release()
	p.sc = nil
	return out
}

// Windows reads a's sentences with r, a window at a time; see
// text.Reader.Windows.
func (a *Article) Windows(r *text.Reader) iter.Seq[*text.Window] {
	return r.Windows(a.Source, len(a.Sentences), func(i int) (int, int) {
		s := a.Sentences[i].Span
		return s.Start, s.End
	})
}
