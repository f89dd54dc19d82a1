package article_test

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/newsmodel/newsmodel"
	"github.com/newsmodel/newsmodel/article"
)

var update = flag.Bool("update", false, "rewrite golden files")

// goldenArticle is the golden form of an Article: its JSON with the text of
// every paragraph and sentence beside its span, for review.
type goldenArticle struct {
	*article.Article
	ParagraphTexts []string `json:"paragraphTexts"`
	SentenceTexts  []string `json:"sentenceTexts"`
}

func TestGolden(t *testing.T) {
	for _, name := range newsmodel.FixtureNames() {
		t.Run(name, func(t *testing.T) {
			a := mustParse(t, fixture(t, name))
			g := goldenArticle{Article: a}
			for _, p := range a.Paragraphs {
				g.ParagraphTexts = append(g.ParagraphTexts, a.Text(p.Span))
			}
			for _, s := range a.Sentences {
				g.SentenceTexts = append(g.SentenceTexts, a.Text(s.Span))
			}
			got, err := json.MarshalIndent(g, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			path := filepath.Join("testdata", strings.TrimSuffix(name, ".txt")+".golden")
			if *update {
				if err := os.WriteFile(path, got, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if diff := cmp.Diff(string(want), string(got)); diff != "" {
				t.Errorf("%s (-want +got):\n%s", path, diff)
			}
		})
	}
}
