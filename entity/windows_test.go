package entity_test

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/newsmodel/newsmodel/article"
	"github.com/newsmodel/newsmodel/entity"
	"github.com/newsmodel/newsmodel/internal/text"
)

// passEntities reads a with a pass over windows of at most limit bytes
// (0: the default) and returns its entities.
func passEntities(a *article.Article, limit int) []entity.Entity {
	p := new(entity.Extractor).NewPass(a)
	r := &text.Reader{Limit: limit}
	for w := range a.Windows(r) {
		p.Window(w)
	}
	return p.Entities()
}

// TestWindowsAgree checks that reading a report in small windows finds
// exactly what reading it in one window finds: the same entities, with the
// same mentions, forms, titles and aliases, pronouns across a window's edge
// and quotations that go on from one window to the next included.
func TestWindowsAgree(t *testing.T) {
	var b strings.Builder
	b.WriteString("Talks Resume in Geneva\n\n")
	for i := range 3 {
		for _, n := range fixtureNames {
			b.WriteString(fixtureText(n))
			b.WriteString("\n\n")
		}
		if i%2 == 0 {
			b.WriteString("Kremlin Rejects Syria Plan\n\n")
		}
		b.WriteString("Sergei Lavrov, Russia's foreign minister, said talks would go on. He spoke after meeting Secretary of State Hillary Clinton. Clinton said she was hopeful.\n\n")
		b.WriteString("\"We will not back down. The talks are over,\" a senior US official said. Black Lives Matter (BLM) marched in Seattle. BLM said it would march again.\n\n")
		b.WriteString("The refugees and the diplomats said they would wait. Belgium beat Panama 3-0, and Panama's coach said his team was tired.\n\n")
	}
	a, err := article.Parse(b.String())
	if err != nil {
		t.Fatal(err)
	}
	whole := passEntities(a, 1<<30)
	if len(whole) < 20 {
		t.Fatalf("only %d entities", len(whole))
	}
	if diff := cmp.Diff(whole, entity.Extract(a)); diff != "" {
		t.Errorf("Extract differs from one window (-window +Extract):\n%s", diff)
	}
	for _, limit := range []int{64, 500, 4 << 10} {
		if diff := cmp.Diff(whole, passEntities(a, limit)); diff != "" {
			t.Errorf("windows of %d bytes (-one window +windows):\n%s", limit, diff)
		}
	}
}
