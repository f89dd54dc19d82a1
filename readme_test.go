package newsmodel_test

import (
	"os"
	"strings"
	"testing"
)

// The README's quick start is ExampleAnalyze's body, so it cannot rot.
func TestReadmeQuickStart(t *testing.T) {
	readme, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	example, err := os.ReadFile("example_test.go")
	if err != nil {
		t.Fatal(err)
	}
	_, qs, ok := strings.Cut(string(readme), "## Quick start")
	_, qs, ok2 := strings.Cut(qs, "```go\n")
	qs, _, ok3 := strings.Cut(qs, "```")
	if !ok || !ok2 || !ok3 {
		t.Fatal("README has no Go block under ## Quick start")
	}
	_, body, ok := strings.Cut(string(example), "func ExampleAnalyze() {\n")
	body, _, ok2 = strings.Cut(body, "\t// Output:")
	if !ok || !ok2 {
		t.Fatal("example_test.go has no ExampleAnalyze with output")
	}
	var lines []string
	for _, l := range strings.Split(strings.TrimRight(body, "\n"), "\n") {
		lines = append(lines, strings.TrimPrefix(l, "\t"))
	}
	if want := strings.Join(lines, "\n") + "\n"; qs != want {
		t.Errorf("README quick start differs from ExampleAnalyze:\n--- README\n%s--- example\n%s", qs, want)
	}
	for _, cmd := range []string{"go run ./examples/compare", "go test ./..."} {
		if !strings.Contains(string(readme), cmd) {
			t.Errorf("README lacks %q", cmd)
		}
	}
}
