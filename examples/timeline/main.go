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
	date := fs.String("date", "", "reference `YYYY-MM-DD` for reports without a date of their own")
	if err := fs.Parse(args); err != nil {
		return fmt.Errorf("%v (usage: timeline [-date YYYY-MM-DD] [FILE...])", err)
	}
	var ref article.Date
	if *date != "" {
		d, err := article.ParseDate(*date, article.Date{})
		if err != nil || d.Precision != article.PrecisionDay {
			return fmt.Errorf("-date %q: want YYYY-MM-DD", *date)
		}
		ref = d
	}
	names, texts, err := inputs(fs.Args())
	if err != nil {
		return err
	}
	for i, src := range texts {
		a, err := (&article.Parser{Reference: ref}).Parse(src)
		if err != nil {
			return fmt.Errorf("%s: %w", names[i], err)
		}
		if i > 0 {
			fmt.Fprintln(w)
		}
		printTimeline(w, names[i], a, ref)
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

// An event is a time expression with the sentence it dates.
type event struct {
	t        article.Timex
	sentence article.Span
}

func printTimeline(w io.Writer, name string, a *article.Article, ref article.Date) {
	base := a.Date
	switch {
	case !base.IsZero():
		fmt.Fprintf(w, "%s: dated %s by the report itself\n", name, base)
	case !ref.IsZero():
		base = ref
		fmt.Fprintf(w, "%s: undated; times resolved against -date %s\n", name, ref)
	default:
		fmt.Fprintf(w, "%s: undated; relative times stay relative (give -date to resolve them)\n", name)
	}
	var dated, relative []event
	si := 0
	for _, t := range a.Times(base) {
		if t.Type != article.TimexDate && t.Type != article.TimexTime {
			continue // durations and recurrences are not events
		}
		for si < len(a.Sentences) && a.Sentences[si].End <= t.Span.Start {
			si++
		}
		e := event{t: t}
		if si < len(a.Sentences) && a.Sentences[si].Contains(t.Span) {
			e.sentence = a.Sentences[si].Span
		}
		switch {
		case !t.Value.IsZero():
			dated = append(dated, e)
		case t.Relative:
			relative = append(relative, e)
		}
	}
	slices.SortStableFunc(dated, func(x, y event) int {
		return cmp.Or(x.t.Value.Time().Compare(y.t.Value.Time()), cmp.Compare(x.t.Value.Precision, y.t.Value.Precision))
	})
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	for _, e := range dated {
		fmt.Fprintf(tw, "  %s\t%s\t%s\n", e.t.Value, e.t.Span.Text(a.Source), excerpt(a.Source, e))
	}
	for _, e := range relative {
		fmt.Fprintf(tw, "  relative\t%s\t%s\n", e.t.Span.Text(a.Source), excerpt(a.Source, e))
	}
	if len(dated)+len(relative) == 0 {
		fmt.Fprintln(tw, "  no dated events")
	}
	tw.Flush()
}

// excerpt returns the sentence of e, shortened to about 70 characters
// around its time expression.
func excerpt(src string, e event) string {
	s := e.sentence.Text(src)
	if s == "" {
		return ""
	}
	s = article.Fold(s)
	if r := []rune(s); len(r) > 72 {
		s = string(r[:70]) + "…"
	}
	return s
}
