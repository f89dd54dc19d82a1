package newsmodel

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestWindowsAgree: the pipeline reads a report in windows of sentences,
// and what every stage finds does not depend on where the windows end:
// windows of 64 bytes (a sentence each), 500 bytes and 4 KB give the
// analysis one window gives, on the fixtures and the news-styles reports
// (quotations across paragraphs, pronouns and titles referring back across
// windows included).
func TestWindowsAgree(t *testing.T) {
	var srcs []string
	for _, n := range FixtureNames() {
		src, err := Fixture(n)
		if err != nil {
			t.Fatal(err)
		}
		srcs = append(srcs, src)
	}
	paths, _ := filepath.Glob(filepath.Join("testdata", "newsstyles", "docs", "*.txt"))
	if len(paths) == 0 {
		t.Fatal("no news-styles reports")
	}
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		srcs = append(srcs, string(b))
	}
	// and all of them as one long report
	srcs = append(srcs, strings.Join(srcs, "\n\n"))
	for i, src := range srcs {
		whole, err := analyze(src, Options{}, 1<<30)
		if err != nil {
			t.Fatal(err)
		}
		for _, limit := range []int{64, 500, 4 << 10} {
			got, err := analyze(src, Options{}, limit)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(whole, got); diff != "" {
				t.Errorf("report %d, windows of %d bytes (-one window +windows):\n%s", i, limit, diff)
				break
			}
		}
	}
}
