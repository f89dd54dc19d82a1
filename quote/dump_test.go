package quote

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/newsmodel/newsmodel/article"
	"github.com/newsmodel/newsmodel/entity"
)

// dump renders quotes one a line for tests and golden files.
func dump(src string, qs []Quote) string {
	var b strings.Builder
	for _, q := range qs {
		fmt.Fprintf(&b, "%s %s", q.Kind, q.Rule)
		if q.Continues {
			b.WriteString(" continues")
		}
		if q.Unclosed {
			b.WriteString(" unclosed")
		}
		fmt.Fprintf(&b, "\n  speaker: %q", q.Speaker.Span.Text(src))
		if q.Speaker.Entity != "" {
			fmt.Fprintf(&b, " (%s)", q.Speaker.Entity)
		}
		fmt.Fprintf(&b, "  cue: %q", q.Cue.Span.Text(src))
		if q.Via.Span.IsValid() {
			fmt.Fprintf(&b, "  via: %q", q.Via.Span.Text(src))
		}
		b.WriteString("\n")
		for _, c := range q.Content {
			fmt.Fprintf(&b, "  content: %q\n", c.Text(src))
		}
		if q.Clause.IsValid() {
			fmt.Fprintf(&b, "  clause: %q\n", q.Clause.Text(src))
		}
	}
	return b.String()
}

// TestDumpFile prints the quotes of the file $QUOTE_DUMP names.
func TestDumpFile(t *testing.T) {
	f := os.Getenv("QUOTE_DUMP")
	if f == "" {
		t.Skip()
	}
	b, err := os.ReadFile(f)
	if err != nil {
		t.Fatal(err)
	}
	// texts separated by lines of "---" are read one by one
	for _, src := range strings.Split(string(b), "\n---\n") {
		a, err := article.Parse(src)
		if err != nil {
			t.Fatal(err)
		}
		if strings.Contains(string(b), "\n---\n") {
			fmt.Printf("## %s\n", strings.ReplaceAll(src, "\n", " "))
		}
		ents := entity.Extract(a)
		fmt.Print(dump(a.Source, Extract(a, ents)))
		for _, e := range ents {
			fmt.Printf("  entity %s: %s\n", e.ID, e.Name)
		}
	}
}
