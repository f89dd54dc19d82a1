package main

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// A source is one input file, with its provenance.
type source struct {
	file     string // path under the data folder
	provider string
	version  string // the pinned upstream version
	licence  string
	text     string
	sha256   string
}

// sources lists the inputs, with the versions that ../shared/data/README.md
// pins.
var sources = []source{
	{file: "places-countries.tsv", provider: "GeoNames, geonames.org (countryInfo.txt, via github.com/ali-hv/geobank-data)",
		version: "geobank-data@817d9a1996bf94124dd0a62c739e49337ec056d1 (2025-11-27)", licence: "CC BY 4.0"},
	{file: "places-admin1.tsv", provider: "GeoNames, geonames.org (admin1CodesASCII.txt, via github.com/ali-hv/geobank-data regionInfo.tsv)",
		version: "geobank-data@e6cf4bd4b01b1f80ebbb7939739a8cc79e698896 (2025-11-27)", licence: "CC BY 4.0"},
	{file: "places-cities.tsv", provider: "GeoNames, geonames.org (cities15000.txt, via github.com/ali-hv/geobank-data)",
		version: "geobank-data@9917a9229aaa03a170bdd27e808d033dbf5998db (2025-11-27; dump of 2025-11-19)", licence: "CC BY 4.0"},
	{file: "given-names.tsv", provider: "US Social Security Administration, baby names 1880-2023 (via github.com/aramshiva/babies)",
		version: "babies@5cbb539a286b8c1e40cb1400bf7c43b5e5b31b25 (records as of 2024-03-03)", licence: "public domain (US government work)"},
	{file: "petrarch/Phoenix.Countries.actors.txt", provider: "Open Event Data Alliance, PETRARCH2 (github.com/openeventdata/petrarch2)",
		version: "petrarch2@676801cd9cb2924bbbad09f86d15c9323e7097bf (2019-03-18)", licence: "MIT, Copyright (c) 2014 Open Event Data"},
	{file: "petrarch/Phoenix.International.actors.txt", provider: "Open Event Data Alliance, PETRARCH2 (github.com/openeventdata/petrarch2)",
		version: "petrarch2@676801cd9cb2924bbbad09f86d15c9323e7097bf (2019-03-18)", licence: "MIT, Copyright (c) 2014 Open Event Data"},
	{file: "petrarch/Phoenix.agents.txt", provider: "Open Event Data Alliance, PETRARCH2 (github.com/openeventdata/petrarch2)",
		version: "petrarch2@676801cd9cb2924bbbad09f86d15c9323e7097bf (2019-03-18)", licence: "MIT, Copyright (c) 2014 Open Event Data"},
}

// The indexes of sources.
const (
	srcCountries = iota
	srcAdmin1
	srcCities
	srcGiven
	srcPetrarchCountries
	srcPetrarchInternational
	srcAgents
)

// inputs are the sources read, and the built-in countries file.
type inputs struct {
	src       []source
	countries string // text of data/countries.txt
}

func readSources(cfg config) (*inputs, error) {
	in := &inputs{src: make([]source, len(sources))}
	for i, s := range sources {
		b, err := os.ReadFile(filepath.Join(cfg.data, filepath.FromSlash(s.file)))
		if err != nil {
			return nil, err
		}
		sum := sha256.Sum256(b)
		s.text, s.sha256 = string(b), hex.EncodeToString(sum[:])
		in.src[i] = s
	}
	b, err := os.ReadFile(cfg.countries)
	if err != nil {
		return nil, err
	}
	in.countries = string(b)
	return in, nil
}

// tsvRows returns the rows of a tab-separated file whose header starts
// with '#' and has n fields, failing at the first row with another count.
func tsvRows(s source, n int) ([][]string, error) {
	var rows [][]string
	line := 0
	for l := range strings.Lines(s.text) {
		line++
		l = strings.TrimSuffix(l, "\n")
		f := strings.Split(l, "\t")
		if line == 1 {
			if !strings.HasPrefix(l, "#") || len(f) != n {
				return nil, fmt.Errorf("%s:1: header is not '#' and %d fields", s.file, n)
			}
			continue
		}
		if len(f) != n {
			return nil, fmt.Errorf("%s:%d: %d fields, want %d", s.file, line, len(f), n)
		}
		rows = append(rows, append(f, strconv.Itoa(line)))
	}
	return rows, nil
}

// number parses a count field of a row.
func number(s source, row []string, i int) (uint32, error) {
	v, err := strconv.ParseUint(row[i], 10, 32)
	if err != nil {
		return 0, fmt.Errorf("%s:%s: field %d: %v", s.file, row[len(row)-1], i+1, err)
	}
	return uint32(v), nil
}
