// Command knowgen builds package entity's knowledge tables from open data:
// GeoNames places, US given names and the PETRARCH2 actor and agent
// dictionaries, as ../shared/data holds them (its README gives their
// provenance and formats). Package entity runs it with go generate:
//
//	go run ./internal/knowgen -data ../../shared/data
//
// It writes the tables to knowledge/ and the Go file that embeds them,
// knowledge_tables.go, which records the sources, their versions and
// licences; and the demonyms of the countries, with the nouns for their
// people, as a data file of the shared word table
// (../internal/text/words/demonyms.txt), so that the tagger reads
// "Russian President" and "the Syrians". Two runs on the same data write
// the same bytes.
//
// Malformed lines of the tab-separated files stop it with their file and
// line; lines of the dictionaries that it reads loosely or skips are
// reported as file:line warnings on standard error (-q keeps them quiet).
//
// knowgen imports package entity for NormalizeName, the fold of the keys;
// the committed tables keep package entity compiling while it runs.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
)

func main() {
	var cfg config
	flag.StringVar(&cfg.data, "data", "", "folder of the open data (required)")
	flag.StringVar(&cfg.countries, "countries", "data/countries.txt", "the built-in gazetteer's countries, for demonyms and short names")
	flag.StringVar(&cfg.out, "out", "knowledge", "folder to write the tables to")
	flag.StringVar(&cfg.goFile, "go", "knowledge_tables.go", "Go file to write")
	flag.StringVar(&cfg.words, "words", "../internal/text/words/demonyms.txt", "word-table file of demonyms to write")
	flag.BoolVar(&cfg.quiet, "q", false, "do not print the dictionaries' warnings")
	flag.Parse()
	if cfg.data == "" || flag.NArg() > 0 {
		fmt.Fprintln(os.Stderr, "usage: knowgen -data DIR [-countries FILE] [-out DIR] [-go FILE] [-words FILE] [-q]")
		os.Exit(2)
	}
	if err := run(cfg, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "knowgen:", err)
		os.Exit(1)
	}
}

type config struct {
	data      string
	countries string
	out       string
	goFile    string
	words     string
	quiet     bool
}

// run builds the tables and writes them.
func run(cfg config, log io.Writer) error {
	src, err := readSources(cfg)
	if err != nil {
		return err
	}
	b, err := build(src)
	if err != nil {
		return err
	}
	if !cfg.quiet {
		for _, w := range b.warns {
			fmt.Fprintln(log, w)
		}
	}
	files, err := b.encode()
	if err != nil {
		return err
	}
	if err := writeFiles(cfg, src, files); err != nil {
		return err
	}
	if err := os.WriteFile(cfg.words, b.demonymWords(), 0o644); err != nil {
		return err
	}
	fmt.Fprint(log, b.summary(files))
	return nil
}
