package newsmodel_test

import (
	"crypto/sha256"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"testing/fstest"

	"github.com/newsmodel/newsmodel"
)

func TestFixturesFS(t *testing.T) {
	if err := fstest.TestFS(newsmodel.Fixtures(), newsmodel.FixtureNames()...); err != nil {
		t.Fatal(err)
	}
}

func TestFixtureNames(t *testing.T) {
	names := newsmodel.FixtureNames()
	if !slices.IsSorted(names) {
		t.Errorf("FixtureNames() = %q, not sorted", names)
	}
	matches, err := filepath.Glob("testdata/*.txt")
	if err != nil {
		t.Fatal(err)
	}
	for i := range matches {
		matches[i] = filepath.Base(matches[i])
	}
	if !slices.Equal(names, matches) {
		t.Errorf("FixtureNames() = %q, testdata has %q", names, matches)
	}
}

// The embedded text is the file's bytes, unchanged.
func TestFixtureBytes(t *testing.T) {
	for _, name := range newsmodel.FixtureNames() {
		got, err := newsmodel.Fixture(name)
		if err != nil {
			t.Fatal(err)
		}
		want, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			t.Fatal(err)
		}
		if sha256.Sum256([]byte(got)) != sha256.Sum256(want) {
			t.Errorf("Fixture(%q) differs from testdata/%s", name, name)
		}
	}
}

func TestFixtureUnknown(t *testing.T) {
	_, err := newsmodel.Fixture("no-such-report.txt")
	if !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("Fixture(unknown) error = %v, want fs.ErrNotExist", err)
	}
}
