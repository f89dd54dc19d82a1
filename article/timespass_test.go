package article_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/newsmodel/newsmodel"
	"github.com/newsmodel/newsmodel/article"
	"github.com/newsmodel/newsmodel/internal/text"
)

// TestTimesWindowsAgree checks that reading a report in small windows
// finds the time expressions that reading it in one window finds.
func TestTimesWindowsAgree(t *testing.T) {
	srcs := newsmodel.Generate(3, 20000)
	for _, name := range newsmodel.FixtureNames() {
		src, err := newsmodel.Fixture(name)
		if err != nil {
			t.Fatal(err)
		}
		srcs = append(srcs, src)
	}
	ref := article.Date{Year: 2016, Month: 7, Day: 15, Precision: article.PrecisionDay}
	for _, src := range srcs {
		a, err := article.Parse(src)
		if err != nil {
			t.Fatal(err)
		}
		whole := a.Times(ref)
		for _, limit := range []int{1, 64, 1000} {
			p := a.NewTimesPass(ref)
			r := &text.Reader{Limit: limit}
			for w := range a.Windows(r) {
				p.Window(w)
			}
			if diff := cmp.Diff(whole, p.Times()); diff != "" {
				t.Errorf("windows of %d bytes (-whole +windows):\n%s", limit, diff)
			}
		}
	}
}
