package newsmodel_test

import (
	"slices"
	"testing"

	"github.com/newsmodel/newsmodel"
	"github.com/newsmodel/newsmodel/article"
)

func TestGenerate(t *testing.T) {
	a := newsmodel.Generate(1, 50_000)
	if !slices.Equal(a, newsmodel.Generate(1, 50_000)) {
		t.Fatal("Generate is not deterministic")
	}
	if slices.Equal(a, newsmodel.Generate(2, 50_000)) {
		t.Fatal("Generate ignores its seed")
	}
	n := 0
	for _, rep := range a {
		n += len(rep)
		if _, err := article.Parse(rep); err != nil {
			t.Fatalf("generated report does not parse: %v\n%s", err, rep)
		}
	}
	if n < 50_000 || n > 60_000 {
		t.Errorf("Generate(1, 50000) gave %d bytes", n)
	}
}
