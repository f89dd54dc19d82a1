package entity

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/newsmodel/newsmodel/article"
)

// TestWindowsAgree checks that reading a report in windows finds what
// reading it whole finds: the same entities with the same mentions, forms,
// titles and aliases, including headings, pronouns across a window's edge
// and sentence openers the report also writes in lower case, both when the
// windows' guesses about openers hold and when one proves wrong.
func TestWindowsAgree(t *testing.T) {
	var b strings.Builder
	b.WriteString("Talks Resume in Geneva\n\n")
	for i := range 6 {
		for _, n := range []string{"syria-talks-kremlin-full", "syria-talks-kremlin-wire"} {
			src, err := os.ReadFile(filepath.Join("..", "testdata", n+".txt"))
			if err != nil {
				t.Fatal(err)
			}
			b.Write(src)
			b.WriteString("\n\n")
		}
		if i%2 == 0 {
			b.WriteString("Kremlin Rejects Syria Plan\n\n")
		}
		b.WriteString("Diplomats gathered in Vienna. Refugees waited at the border.\n\n")
		b.WriteString("Sergei Lavrov, Russia's foreign minister, said talks would go on. He spoke after meeting Secretary of State Hillary Clinton. Clinton said she was hopeful.\n\n")
		b.WriteString("Critics said the plan would fail. A senior US official said they were wrong. Critics of the deal met NATO and the EU in Brussels.\n\n")
		b.WriteString("The refugees and the diplomats said they would wait.\n\n")
	}
	src := b.String()
	a, err := article.Parse(src)
	if err != nil {
		t.Fatal(err)
	}
	defer func(n int) { windowBytes = n }(windowBytes)
	windowBytes = len(src) + 1 // one window
	whole := (&Extractor{}).Extract(a)
	// both ways must be tried: guesses that hold, and a wrong one; with
	// windows of 40 bytes, headings are read in several windows too
	agains := map[bool]bool{}
	for _, n := range []int{40, 300, 4 << 10, 16 << 10} {
		windowBytes = n
		d := getDoc(a.Source, Builtin())
		d.r.reset(d)
		agains[d.read(a)] = true
		if diff := cmp.Diff(whole, d.r.output()); diff != "" {
			t.Errorf("windows of %d bytes (-whole +windows):\n%s", n, diff)
		}
	}
	if len(agains) != 2 {
		t.Errorf("read again after a wrong guess: %v; want both true and false", agains)
	}
	if len(whole) < 10 {
		t.Errorf("%d entities: the report should name many", len(whole))
	}
}

// FuzzWindowsAgree checks on any text what TestWindowsAgree checks on
// one: reading it in windows of a few sentences finds what reading it
// whole finds.
func FuzzWindowsAgree(f *testing.F) {
	for _, n := range []string{"syria-talks-kremlin-full", "syria-talks-kremlin-wire"} {
		src, err := os.ReadFile(filepath.Join("..", "testdata", n+".txt"))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(string(src))
	}
	f.Add("Talks Resume\n\nCritics said no. Kerry met critics. He left.\n\nLavrov Meets Kerry\n\nThe critics wept.")
	f.Fuzz(func(t *testing.T, src string) {
		a, err := article.Parse(src)
		if err != nil {
			return
		}
		defer func(n int) { windowBytes = n }(windowBytes)
		windowBytes = len(src) + 1
		whole := (&Extractor{}).Extract(a)
		windowBytes = 64
		if diff := cmp.Diff(whole, (&Extractor{}).Extract(a)); diff != "" {
			t.Errorf("windows of 64 bytes (-whole +windows):\n%s", diff)
		}
	})
}
