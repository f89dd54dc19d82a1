// Command quotes prints the quotes of a news report as a table: who said it
// (the speaker's canonical name), the cue, the kind, and the quoted text.
//
// Usage:
//
//	go run ./examples/quotes [-date YYYY-MM-DD] [FILE]
//
// With no file it shows the first embedded Syria-talks report.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"text/tabwriter"

	"github.com/newsmodel/newsmodel"
	"github.com/newsmodel/newsmodel/article"
	"github.com/newsmodel/newsmodel/quote"
)

func main() {
	if err := run(os.Stdout, os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "quotes:", err)
		os.Exit(1)
	}
}

const usage = "usage: quotes [-date YYYY-MM-DD] [FILE]"

// run writes the quote table of the report named in args, or of a fixture.
func run(w io.Writer, args []string) error {
	fs := flag.NewFlagSet("quotes", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	var opt newsmodel.Options
	fs.Var(&opt.Reference, "date", "reference `YYYY-MM-DD` for a report without a date of its own")
	if err := fs.Parse(args); err != nil {
		return fmt.Errorf("%v (%s)", err, usage)
	}
	var name, text string
	switch fs.NArg() {
	case 0:
		name = newsmodel.KremlinFull
		t, err := newsmodel.Fixture(name)
		if err != nil {
			return err
		}
		text = t
	case 1:
		name = fs.Arg(0)
		b, err := os.ReadFile(name)
		if err != nil {
			return err
		}
		text = string(b)
	default:
		return fmt.Errorf("one file at a time (%s)", usage)
	}
	an, err := newsmodel.Analyze(text, opt)
	if err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "SPEAKER\tCUE\tKIND\tTEXT")
	for _, q := range an.Quotes {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", speakerName(an, q), cueText(an, q), kindText(q), excerpt(q.Text(an.Article.Source), 70))
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	_, err = fmt.Fprintf(w, "%d quotes in %s\n", len(an.Quotes), name)
	return err
}

// speakerName is the canonical name of q's speaker's entity, else the
// words naming the speaker, else "-".
func speakerName(an *newsmodel.Analysis, q quote.Quote) string {
	if e := an.Entity(q.Speaker.Entity); e != nil {
		return e.Name
	}
	if q.Speaker.Span.IsValid() {
		return article.Fold(q.Speaker.Span.Text(an.Article.Source))
	}
	return "-"
}

func cueText(an *newsmodel.Analysis, q quote.Quote) string {
	if !q.Cue.Span.IsValid() {
		if q.Continues {
			return "(continues)"
		}
		return "-"
	}
	return article.Fold(q.Cue.Span.Text(an.Article.Source))
}

// kindText is q's kind, marked "term" for the writer's unattributed terms.
func kindText(q quote.Quote) string {
	if q.Rule == quote.RuleTerm && !q.Speaker.Span.IsValid() {
		return "term"
	}
	return q.Kind.String()
}

// excerpt folds s and shortens it to n characters.
func excerpt(s string, n int) string {
	s = article.Fold(s)
	if r := []rune(s); len(r) > n {
		return string(r[:n-1]) + "…"
	}
	return s
}
