// Command analyze prints what newsmodel finds in news reports as one JSON
// object: for each file its article (date, headline, paragraphs), entities,
// quotes, time expressions and stances, and the links between reports.
//
// Usage:
//
//	go run ./examples/analyze [-date YYYY-MM-DD] [-format json|brat -out DIR] FILE...
//
// -date is the reference date for reports that have no date of their own.
// Offsets are byte offsets into each file. A file that cannot be read or is
// not UTF-8 text is named on standard error, nothing is printed, and the
// exit status is 1.
//
// With -format brat, analyze writes brat standoff files into the folder
// -out instead: for each input a copy of its text and a .ann file of its
// mentions, quotes, cues and time expressions (T lines) with attribution and
// stance relations (R lines), plus an annotation.conf, so the folder opens
// in the brat annotation tool. Offsets in .ann files count characters, as
// brat does. It prints the paths of the .ann files.
package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/newsmodel/newsmodel"
	"github.com/newsmodel/newsmodel/article"
)

const usage = "usage: analyze [-date YYYY-MM-DD] [-format json|brat -out DIR] FILE..."

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
	var ref article.Date
	fs.Var(&ref, "date", "reference `YYYY-MM-DD` for reports without a date of their own")
	format := fs.String("format", "json", "output format: json or brat")
	outDir := fs.String("out", "", "folder for -format brat")
	if err := fs.Parse(args); err != nil {
		return fmt.Errorf("%v (%s)", err, usage)
	}
	if *format != "json" && *format != "brat" {
		return fmt.Errorf("-format %q: want json or brat", *format)
	}
	if *format == "brat" && *outDir == "" {
		return fmt.Errorf("-format brat needs -out DIR")
	}
	if fs.NArg() == 0 {
		return errors.New("no files (" + usage + ")")
	}
	out := output{Reports: []report{}}
	var all []*newsmodel.Analysis
	for _, name := range fs.Args() {
		b, err := os.ReadFile(name)
		if err != nil {
			return err
		}
		an, err := newsmodel.Analyze(string(b), newsmodel.Options{Reference: ref})
		if err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
		all = append(all, an)
		out.Reports = append(out.Reports, reportJSON(name, an))
	}
	if *format == "brat" {
		if err := writeBrat(*outDir, fs.Args(), all); err != nil {
			return err
		}
		for _, name := range bratNames(*outDir, fs.Args()) {
			fmt.Fprintln(w, name)
		}
		return nil
	}
	out.Links = linksJSON(newsmodel.Compare(all...))
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}
