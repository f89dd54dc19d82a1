package quote

import (
	"strings"
	"testing"

	"github.com/newsmodel/newsmodel/internal/text"
)

// Every word of the patterns is in the word table, and every pattern
// compiles.
func TestPatternsCompile(t *testing.T) {
	for n, line := range strings.Split(patternText, "\n") {
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		f := strings.Fields(line)
		if len(f) == 0 {
			continue
		}
		if _, err := compilePattern(text.Core(), f); err != nil {
			t.Errorf("line %d: %v", n+1, err)
		}
	}
}
