// Command analyze prints what newsmodel finds in news reports, in the JSON
// contract of the root package ([newsmodel.Report]): for each report its
// article (date, headline, paragraphs), entities, quotes, time expressions
// and stances.
//
// Usage:
//
//	go run ./examples/analyze [-date YYYY-MM-DD] [-input text|jsonl] [-format json|jsonl|brat] [-out DIR] [-j N] [FILE|DIR|-]...
//
// Inputs are files, folders (their .txt files, or .jsonl files with
// -input jsonl, at any depth, in order of their paths' names) and - for
// standard input. With no inputs, analyze reads the two fixture reports,
// or standard input with -input jsonl. -date is the reference date for
// reports that have no date of their own. Offsets are byte offsets into
// each report.
//
// With -input jsonl, each line of an input is one record
// {"id": "…", "text": "…", "date": "YYYY-MM-DD"}, the shape news dumps come
// in: "text" is the report; "id" (a string or a number) names it in the
// output, and is FILE:LINE when missing; "date", optional, is its
// reference date, as -date is for all.
//
// Formats:
//
//   - json (the default): one object, {"reports": [...], "links": {...}},
//     the links being what the reports share ([newsmodel.Links]). Reports
//     are written as they are done, but their analyses are kept for the
//     links, so memory grows with their number: use it for a few hundred.
//   - jsonl: one report object a line, with its "file" or "id", written as
//     soon as it and those before it are done, in input order, without
//     links. Memory is bounded by the workers, not by the number of
//     reports.
//   - brat: brat standoff files written into the folder -out: for each
//     report a copy of its text and a .ann file of its mentions, quotes,
//     cues and time expressions (T lines) with attribution and stance
//     relations (R lines), plus an annotation.conf, so the folder opens in
//     the brat annotation tool. Offsets in .ann files count characters, as
//     brat does. It prints the paths of the .ann files.
//
// -j sets how many reports are analysed at once, and on how many CPUs
// (default: all of them, or GOMAXPROCS when set); the output is the same,
// byte for byte, whatever it is.
//
// An input that cannot be read, is not UTF-8 text (UTF-16, binary) or is
// not a well-formed record is named on standard error and skipped; the
// rest is still written, and the exit status is 1 at the end. When
// standard error is a terminal and the batch runs for more than a few
// seconds, analyze shows its progress there. Usage errors exit with status
// 2; -h prints the usage and exits with status 0.
package main

import (
	"bufio"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"time"

	"github.com/newsmodel/newsmodel/article"
)

func main() {
	c := &command{stdin: os.Stdin, stdout: os.Stdout, stderr: os.Stderr, limitCPUs: os.Getenv("GOMAXPROCS") == ""}
	if isTerminal(os.Stderr) {
		c.progress = &progress{w: os.Stderr, after: 2 * time.Second, every: 500 * time.Millisecond}
	}
	err := c.run(os.Args[1:])
	var (
		usage   *usageError
		skipped *skippedError
	)
	switch {
	case err == nil:
	case errors.As(err, &usage):
		fmt.Fprintln(os.Stderr, "analyze:", err)
		os.Exit(2)
	case errors.As(err, &skipped):
		fmt.Fprintln(os.Stderr, "analyze:", skipped.summary())
		os.Exit(1)
	default:
		fmt.Fprintln(os.Stderr, "analyze:", err)
		os.Exit(1)
	}
}

// isTerminal reports whether f is a terminal (a character device).
func isTerminal(f *os.File) bool {
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

// A command is one run of analyze with its streams.
type command struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	progress       *progress // nil: no progress shown
	limitCPUs      bool      // run on as many CPUs as -j asks for (GOMAXPROCS)
}

// run analyses the inputs named in args and writes the chosen format to w.
// Errors of single inputs are written to standard error (discarded) and
// reported in the returned *skippedError.
func run(w io.Writer, args []string) error {
	return (&command{stdin: strings.NewReader(""), stdout: w, stderr: io.Discard}).run(args)
}

// options are the settings of one run, from its flags.
type options struct {
	ref     article.Date
	input   string // text or jsonl
	format  string // json, jsonl or brat
	out     string // folder for brat
	workers int
}

const usageLine = "usage: analyze [-date YYYY-MM-DD] [-input text|jsonl] [-format json|jsonl|brat] [-out DIR] [-j N] [FILE|DIR|-]..."

const usageText = `
Prints what newsmodel finds in news reports (article, entities, quotes,
times, stances) in the JSON contract of the newsmodel README.

Inputs are files, folders (their .txt files, or .jsonl files with
-input jsonl, at any depth) and - for standard input. With no inputs it
reads the two fixture reports, or standard input with -input jsonl.
With -input jsonl each line is a record {"id", "text", "date"}.

An input that cannot be read or is not text is named on standard error
and skipped; the exit status is then 1.

Flags:
`

// parse reads the flags of args; it returns flag.ErrHelp for -h.
func (c *command) parse(args []string) (options, []string, error) {
	opt := options{}
	fs := flag.NewFlagSet("analyze", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.Var(&opt.ref, "date", "reference `YYYY-MM-DD` for reports without a date of their own")
	fs.StringVar(&opt.input, "input", "text", "input `kind`: text (a report a file) or jsonl (a record a line)")
	fs.StringVar(&opt.format, "format", "json", "output `format`: json (one object, with links), jsonl (one report a line) or brat")
	fs.StringVar(&opt.out, "out", "", "`folder` for -format brat")
	fs.IntVar(&opt.workers, "j", runtime.GOMAXPROCS(0), "analyse `N` reports at once, on N CPUs")
	err := fs.Parse(args)
	if errors.Is(err, flag.ErrHelp) {
		fs.SetOutput(c.stdout)
		fmt.Fprint(c.stdout, usageLine+"\n"+usageText)
		fs.PrintDefaults()
		return opt, nil, err
	}
	if err != nil {
		return opt, nil, &usageError{err.Error()}
	}
	switch {
	case opt.input != "text" && opt.input != "jsonl":
		return opt, nil, &usageError{fmt.Sprintf("-input %q: want text or jsonl", opt.input)}
	case opt.format != "json" && opt.format != "jsonl" && opt.format != "brat":
		return opt, nil, &usageError{fmt.Sprintf("-format %q: want json, jsonl or brat", opt.format)}
	case opt.format == "brat" && opt.out == "":
		return opt, nil, &usageError{"-format brat needs -out DIR"}
	case opt.workers < 1:
		return opt, nil, &usageError{fmt.Sprintf("-j %d: want at least 1", opt.workers)}
	}
	return opt, fs.Args(), nil
}

// run analyses the inputs named in args.
func (c *command) run(args []string) error {
	opt, names, err := c.parse(args)
	if errors.Is(err, flag.ErrHelp) {
		return nil
	}
	if err != nil {
		return err
	}
	if c.limitCPUs && opt.workers < runtime.GOMAXPROCS(0) {
		// -j 1 is one CPU: reading and the collector take turns with the
		// worker, as a mapper beside others on a shared machine should.
		runtime.GOMAXPROCS(opt.workers)
	}
	out := bufio.NewWriterSize(c.stdout, 64<<10)
	var sink sink
	switch opt.format {
	case "json":
		sink = &jsonSink{w: out}
	case "jsonl":
		sink = &jsonlSink{w: out}
	case "brat":
		if err := os.MkdirAll(opt.out, 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(opt.out, "annotation.conf"), []byte(bratConf), 0o644); err != nil {
			return err
		}
		sink = &bratSink{w: out, dir: opt.out, seen: map[string]int{}}
	}
	if c.progress != nil {
		c.progress.start(inputBytes(names, opt.input))
		defer c.progress.stop()
	}
	b := &batch{opt: opt, stdin: c.stdin, stderr: c.stderr, sink: sink, flush: out.Flush, progress: c.progress}
	skipped := b.run(names)
	if err := sink.close(); err != nil {
		return err
	}
	if err := out.Flush(); err != nil {
		return err
	}
	if b.writeErr != nil {
		return b.writeErr
	}
	return skipped
}

// A usageError is a mistake in the command line.
type usageError struct{ msg string }

func (e *usageError) Error() string { return e.msg + " (" + usageLine + ")" }

// A skippedError reports the inputs that were skipped, the first by name.
type skippedError struct {
	n, total int
	first    error
}

func (e *skippedError) Error() string {
	return fmt.Sprintf("%d of %d inputs skipped, the first: %v", e.n, e.total, e.first)
}

// summary is the last line of a run with skipped inputs: each was named on
// standard error as it came.
func (e *skippedError) summary() string {
	return fmt.Sprintf("%d of %d inputs skipped", e.n, e.total)
}
