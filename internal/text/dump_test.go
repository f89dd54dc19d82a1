package text

import (
	"flag"
	"fmt"
	"os"
	"strings"
	"testing"
)

var readFlag = flag.String("read", "", "print how the text layer reads this text (go test ./internal/text -run TestShowReading -v -read 'A sentence.'; -read @FILE reads each line of FILE)")

// Describe returns a readable account of a sentence's reading: tokens
// with tags, then chunks with heads, flags and links.
func Describe(src string, s Sentence) string {
	var b strings.Builder
	for _, tk := range s.Toks {
		fmt.Fprintf(&b, "%s/%s ", tk.Text(src), tk.Tag)
	}
	b.WriteString("\n")
	for k, c := range s.Chunks {
		fmt.Fprintf(&b, "  %2d %s %q head=%q", k, c.Kind, src[s.Toks[c.Start].Start:s.Toks[c.End-1].End], s.Toks[c.Head].Text(src))
		if c.Flags != 0 {
			fmt.Fprintf(&b, " %s", flagNames(c))
		}
		for _, l := range []struct {
			n string
			v int32
		}{{"of", c.Of}, {"subj", c.Subj}, {"obj", c.Obj}, {"comp", c.Comp}, {"agent", c.Agent}} {
			if l.v >= 0 {
				fmt.Fprintf(&b, " %s=%d", l.n, l.v)
			}
		}
		b.WriteString("\n")
	}
	return b.String()
}

func flagNames(c Chunk) string {
	names := []string{"name", "pron", "possessor", "plural", "def", "appos", "coord", "time"}
	if c.Kind == VG {
		names = []string{"finite", "neg", "passive", "modal", "future", "past", "inf", "ing", "partic", "inverted", "question"}
	}
	var out []string
	for i, n := range names {
		if c.Flags&(1<<i) != 0 {
			out = append(out, n)
		}
	}
	return "[" + strings.Join(out, " ") + "]"
}

// TestShowReading prints the reading of the text given with -read.
func TestShowReading(t *testing.T) {
	if *readFlag == "" {
		t.Skip("no -read text")
	}
	src := *readFlag
	if name, ok := strings.CutPrefix(src, "@"); ok {
		// a file: each line
		b, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		for _, line := range strings.Split(string(b), "\n") {
			if strings.TrimSpace(line) != "" {
				fmt.Println(Describe(line, Core().Read(line, 0, len(line))))
			}
		}
		return
	}
	t.Log("\n" + Describe(src, Core().Read(src, 0, len(src))))
}
