package newsmodel

import (
	"embed"
	"fmt"
	"io/fs"
)

// Names of the embedded fixture reports.
const (
	// KremlinFull is a full report of the talks, dated by a metadata header
	// that shares its line with the first paragraph, with a section heading,
	// anonymous sources and a paragraph-long quote without attribution.
	KremlinFull = "syria-talks-kremlin-full.txt"
	// KremlinWire is a shorter wire report of the same meeting: undated,
	// paragraphs split by single newlines and blank lines, no-break spaces,
	// a trailing wire footer, and other spellings of the same actors.
	KremlinWire = "syria-talks-kremlin-wire.txt"
)

//go:embed testdata/*.txt
var fixtures embed.FS

// Fixtures returns the fixture reports as a read-only file system whose
// files are named [KremlinFull] and [KremlinWire]. It is safe for
// concurrent use.
func Fixtures() fs.FS {
	sub, err := fs.Sub(fixtures, "testdata")
	if err != nil { // cannot happen: the directory is embedded
		return fixtures
	}
	return sub
}

// FixtureNames returns the names of the fixture reports, in lexical order.
func FixtureNames() []string { return []string{KremlinFull, KremlinWire} }

// Fixture returns the text of the fixture report name, byte for byte. It
// fails with an error wrapping [fs.ErrNotExist] for an unknown name.
func Fixture(name string) (string, error) {
	b, err := fs.ReadFile(Fixtures(), name)
	if err != nil {
		return "", fmt.Errorf("newsmodel: fixture %q: %w", name, err)
	}
	return string(b), nil
}
