// Command timeline prints the dated events of news reports: each time
// expression with its resolved date and the sentence it dates, in date
// order. A report without a date of its own is shown honestly: its relative
// expressions ("yesterday", "last month") are listed unresolved unless -date
// gives a reference date.
//
// Usage:
//
//	go run ./examples/timeline [-date YYYY-MM-DD] [FILE...]
//
// With no files it shows the two embedded fixture reports.
package main

import (
	"cmp"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"text/tabwriter"

	"github.com/newsmodel/newsmodel"
	"github.com/newsmodel/newsmodel/article"
)

func main() {
	if err := run(os.Stdout, os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "timeline:", err)
		os.Exit(1)
	}
}

// run writes the timeline of each report named in args (or of the fixtures)
// to w.
func run(w io.Writer, args []string) error {
	fs := flag.NewFlagSet("timeline", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	var ref article.Date
	fs.Var(&ref, "date", "reference `YYYY-MM-DD` for reports without a date of their own")
	if err := fs.Parse(args); err != nil {
		return fmt.Errorf("%v (usage: timeline [-date YYYY-MM-DD] [FILE...])", err)
	}
	names, texts, err := inputs(fs.Args())
	if err != nil {
		return err
	}
	for i, src := range texts {
		an, err := newsmodel.Analyze(src, newsmodel.Options{Reference: ref})
		if err != nil {
			return fmt.Errorf("%s: %w", names[i], err)
		}
		if i > 0 {
			fmt.Fprintln(w)
		}
		printTimeline(w, names[i], an)
	}
	return nil
}

// inputs reads the named files, or returns the fixtures when there are none.
func inputs(files []string) (names, texts []string, err error) {
	if len(files) == 0 {
		for _, name := range newsmodel.FixtureNames() {
			text, err := newsmodel.Fixture(name)
			if err != nil {
				return nil, nil, err
			}
			names, texts = append(names, name), append(texts, text)
		}
		return names, texts, nil
	}
	for _, name := range files {
		b, err := os.ReadFile(name)
		if err != nil {
			return nil, nil, err
		}
		names, texts = append(names, name), append(texts, string(b))
	}
	return names, texts, nil
}

func printTimeline(w io.Writer, name string, an *newsmodel.Analysis) {
	a := an.Article
	switch {
	case !a.Date.IsZero():
		fmt.Fprintf(w, "%s: dated %s by the report itself\n", name, a.Date)
	case !an.Reference.IsZero():
		fmt.Fprintf(w, "%s: undated; times resolved against -date %s\n", name, an.Reference)
	default:
		fmt.Fprintf(w, "%s: undated; relative times stay relative (give -date to resolve them)\n", name)
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	dated := newsmodel.Timeline(an)
	for _, t := range dated {
		fmt.Fprintf(tw, "  %s\t%s\t%s\n", t.Value, t.Span.Text(a.Source), excerpt(a, t.Span))
	}
	relative := 0
	for _, t := range an.Times {
		if t.Relative && t.Value.IsZero() && (t.Type == article.TimexDate || t.Type == article.TimexTime) {
			fmt.Fprintf(tw, "  relative\t%s\t%s\n", t.Span.Text(a.Source), excerpt(a, t.Span))
			relative++
		}
	}
	if len(dated)+relative == 0 {
		fmt.Fprintln(tw, "  no dated events")
	}
	tw.Flush()
}

// excerpt returns the sentence holding s, folded and shortened to about 70
// characters.
func excerpt(a *article.Article, s article.Span) string {
	i, _ := slices.BinarySearchFunc(a.Sentences, s.Start, func(x article.Sentence, off int) int { return cmp.Compare(x.End, off+1) })
	if i == len(a.Sentences) || !a.Sentences[i].Contains(s) {
		return ""
	}
	text := article.Fold(a.Text(a.Sentences[i].Span))
	if r := []rune(text); len(r) > 72 {
		text = string(r[:70]) + "…"
	}
	return text
}
