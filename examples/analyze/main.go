// Command analyze prints what newsmodel finds in news reports as one JSON
// object: for each file its article (date, headline, paragraphs), entities,
// quotes, time expressions and stances, and the links between reports.
//
// Usage:
//
//	go run ./examples/analyze [-date YYYY-MM-DD] FILE...
//
// -date is the reference date for reports that have no date of their own.
// Offsets are byte offsets into each file. A file that cannot be read is
// named on standard error, nothing is printed, and the exit status is 1.
package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/newsmodel/newsmodel/article"
)

func main() {
	if err := run(os.Stdout, os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "analyze:", err)
		os.Exit(1)
	}
}

// run analyses the files named in args and writes the JSON contract to w.
func run(w io.Writer, args []string) error {
	fs := flag.NewFlagSet("analyze", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	date := fs.String("date", "", "reference `YYYY-MM-DD` for reports without a date of their own")
	if err := fs.Parse(args); err != nil {
		return fmt.Errorf("%v (usage: analyze [-date YYYY-MM-DD] FILE...)", err)
	}
	var ref article.Date
	if *date != "" {
		d, err := article.ParseDate(*date, article.Date{})
		if err != nil || d.Precision != article.PrecisionDay {
			return fmt.Errorf("-date %q: want YYYY-MM-DD", *date)
		}
		ref = d
	}
	if fs.NArg() == 0 {
		return errors.New("no files (usage: analyze [-date YYYY-MM-DD] FILE...)")
	}
	out := output{Reports: []report{}}
	var all []analysis
	for _, name := range fs.Args() {
		b, err := os.ReadFile(name)
		if err != nil {
			return err
		}
		an, err := analyze(string(b), ref)
		if err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
		all = append(all, an)
		out.Reports = append(out.Reports, an.report(name))
	}
	out.Links = linksJSON(all)
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}
