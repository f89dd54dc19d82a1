// Command compare sets news reports of the same events side by side: who is
// quoted in each, the quotes they share, the actors only one of them names,
// their stances and where those agree or differ, and their dates.
//
// Usage:
//
//	go run ./examples/compare [-date YYYY-MM-DD] [FILE FILE...]
//
// With no files it compares the two embedded Syria-talks reports. -date is
// the reference date for reports without a date of their own.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"unicode/utf8"

	"github.com/newsmodel/newsmodel"
	"github.com/newsmodel/newsmodel/article"
	"github.com/newsmodel/newsmodel/quote"
	"github.com/newsmodel/newsmodel/stance"
)

func main() {
	if err := run(os.Stdout, os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "compare:", err)
		os.Exit(1)
	}
}

const usage = "usage: compare [-date YYYY-MM-DD] [FILE FILE...]"

// run compares the reports named in args, or the fixtures, and writes the
// comparison to w.
func run(w io.Writer, args []string) error {
	fs := flag.NewFlagSet("compare", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	var opt newsmodel.Options
	fs.Var(&opt.Reference, "date", "reference `YYYY-MM-DD` for reports without a date of their own")
	if err := fs.Parse(args); err != nil {
		return fmt.Errorf("%v (%s)", err, usage)
	}
	names := fs.Args()
	if len(names) == 1 {
		return fmt.Errorf("one file: compare needs two or more (%s)", usage)
	}
	var texts []string
	if len(names) == 0 {
		names = newsmodel.FixtureNames()
		for _, n := range names {
			t, err := newsmodel.Fixture(n)
			if err != nil {
				return err
			}
			texts = append(texts, t)
		}
	} else {
		for _, n := range names {
			b, err := os.ReadFile(n)
			if err != nil {
				return err
			}
			texts = append(texts, string(b))
		}
	}
	var ans []*newsmodel.Analysis
	for i, t := range texts {
		an, err := newsmodel.Analyze(t, opt)
		if err != nil {
			return fmt.Errorf("%s: %w", names[i], err)
		}
		ans = append(ans, an)
	}
	p := &printer{w: w, c: newsmodel.Compare(ans...), names: names}
	p.print()
	return p.err
}

// A printer writes a comparison for a terminal, remembering the first
// write error.
type printer struct {
	w     io.Writer
	c     *newsmodel.Comparison
	names []string
	err   error
}

func (p *printer) f(format string, args ...any) {
	if p.err == nil {
		_, p.err = fmt.Fprintf(p.w, format, args...)
	}
}

func (p *printer) print() {
	p.reports()
	p.quoted()
	p.sharedQuotes()
	p.actors()
	p.stances()
	p.dates()
}

// tag names report i as [1], [2], ...
func tag(i int) string { return fmt.Sprintf("[%d]", i+1) }

func (p *printer) reports() {
	p.f("Comparing %d reports\n", len(p.c.Reports))
	for i, an := range p.c.Reports {
		date := "undated"
		if !an.Article.Date.IsZero() {
			date = "dated " + an.Article.Date.String()
		}
		body := 0
		for _, para := range an.Article.Paragraphs {
			if para.Kind == article.KindBody {
				body++
			}
		}
		p.f("  %s %s: %s, %d paragraphs, %d actors, %d quotes, %d stances\n",
			tag(i), p.names[i], date, body, len(an.Entities), len(an.Quotes), len(an.Stances))
	}
}

// speaker names the speaker of q: its entity's name, else the words that
// name it, else "(unattributed)".
func speaker(an *newsmodel.Analysis, q quote.Quote) string {
	if e := an.Entity(q.Speaker.Entity); e != nil {
		return e.Name
	}
	if q.Speaker.Span.IsValid() {
		return article.Fold(q.Speaker.Span.Text(an.Article.Source))
	}
	return "(unattributed)"
}

func (p *printer) quoted() {
	p.f("\nWho is quoted (direct and partial quotes; reported speech in brackets)\n")
	for i, an := range p.c.Reports {
		var order []string
		direct, reported := map[string]int{}, map[string]int{}
		for _, q := range an.Quotes {
			if q.Rule == quote.RuleTerm && !q.Speaker.Span.IsValid() {
				continue // the writer's own scare quotes
			}
			s := speaker(an, q)
			if direct[s]+reported[s] == 0 {
				order = append(order, s)
			}
			if q.Kind == quote.KindIndirect {
				reported[s]++
			} else {
				direct[s]++
			}
		}
		var parts []string
		for _, s := range order {
			parts = append(parts, fmt.Sprintf("%s %d [%d]", s, direct[s], reported[s]))
		}
		p.f("%s\n", wrap("  "+tag(i)+" ", strings.Join(parts, "; ")))
	}
}

func (p *printer) sharedQuotes() {
	p.f("\nQuotes the reports share\n")
	if len(p.c.Quotes) == 0 {
		p.f("  none\n")
	}
	for _, g := range p.c.Quotes {
		first := g[0]
		an := p.c.Reports[first.Report]
		q := an.Quotes[first.Quote]
		var who []string
		for _, m := range g {
			who = append(who, tag(m.Report)+" "+speaker(p.c.Reports[m.Report], p.c.Reports[m.Report].Quotes[m.Quote]))
		}
		p.f("%s\n", wrap("  ", article.Fold(q.Text(an.Article.Source))))
		p.f("    said by: %s\n", strings.Join(who, ", "))
	}
}

func (p *printer) actors() {
	p.f("\nActors\n")
	var shared []string
	for _, g := range p.c.Actors {
		reports := map[int]bool{}
		for _, m := range g.Members {
			reports[m.Report] = true
		}
		if len(reports) == len(p.c.Reports) {
			shared = append(shared, g.Name)
		}
	}
	p.f("%s\n", wrap("  in all: ", strings.Join(shared, ", ")))
	for i := range p.c.Reports {
		var only []string
		for _, g := range p.c.ActorsOnlyIn(i) {
			only = append(only, g.Name)
		}
		if len(only) == 0 {
			only = []string{"none"}
		}
		p.f("%s\n", wrap("  only in "+tag(i)+": ", strings.Join(only, ", ")))
	}
}

func (p *printer) stances() {
	p.f("\nStances (holder -> target)\n")
	if len(p.c.Stances) == 0 {
		p.f("  none\n")
	}
	for _, f := range p.c.Stances {
		var parts []string
		for _, a := range f.Stances {
			an := p.c.Reports[a.Report]
			r := a.Relation
			cue := r.Cue.Span.Text(an.Article.Source)
			neg := ""
			if r.Negated {
				neg = " (negated)"
			}
			parts = append(parts, fmt.Sprintf("%s %s%s %q", tag(a.Report), r.Polarity, neg, article.Fold(cue)))
		}
		first := f.Stances[0].Relation
		p.f("%s\n", wrap(fmt.Sprintf("  %-13s ", f.Kind), fmt.Sprintf("%s -> %s: %s", partyName(first.Holder), partyName(first.Target), strings.Join(parts, "; "))))
	}
}

// partyName names a stance party: its entity's name, else its text.
func partyName(pt stance.Party) string {
	if pt.Name != "" {
		return pt.Name
	}
	return article.Fold(pt.Text)
}

func (p *printer) dates() {
	p.f("\nDates\n")
	for i, an := range p.c.Reports {
		var parts []string
		for _, t := range p.c.Timelines[i] {
			parts = append(parts, fmt.Sprintf("%s %s", t.Value, t.Span.Text(an.Article.Source)))
		}
		if an.Reference.IsZero() {
			for _, t := range an.Times {
				if t.Relative && t.Value.IsZero() {
					parts = append(parts, "? "+t.Span.Text(an.Article.Source))
				}
			}
		}
		head := "  " + tag(i) + " "
		switch {
		case !an.Article.Date.IsZero():
			head += "report dated " + an.Article.Date.String() + ": "
		case an.Reference.IsZero():
			head += "undated, relative times unresolved (?): "
		default:
			head += "undated, resolved against -date " + an.Reference.String() + ": "
		}
		if len(parts) == 0 {
			parts = []string{"none"}
		}
		p.f("%s\n", wrap(head, strings.Join(parts, "; ")))
	}
}

// wrap returns prefix+text wrapped at 100 columns, continuation lines
// indented by four spaces.
func wrap(prefix, text string) string {
	const width = 100
	var b strings.Builder
	b.WriteString(prefix)
	col := utf8.RuneCountInString(prefix)
	for i, word := range strings.Fields(text) {
		n := utf8.RuneCountInString(word)
		if i > 0 && col+1+n > width {
			b.WriteString("\n    ")
			col = 4
		} else if i > 0 {
			b.WriteByte(' ')
			col++
		}
		b.WriteString(word)
		col += n
	}
	return b.String()
}
