package newsmodel

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"pgregory.net/rapid"
)

// TestWriteItemsAgrees checks that writing a report item by item, as
// WriteJSON does for long reports, gives the bytes of encoding it whole,
// on the fixtures, on generated reports and on arbitrary text.
func TestWriteItemsAgrees(t *testing.T) {
	agree := func(t interface{ Fatalf(string, ...any) }, src string, r Report) {
		an, err := Analyze(src, Options{})
		if err != nil {
			return
		}
		r.Analysis = an
		var whole, items bytes.Buffer
		j := newReportJSON(r)
		if err := json.NewEncoder(&whole).Encode(&j); err != nil {
			t.Fatalf("whole: %v", err)
		}
		if err := writeItems(&items, r); err != nil {
			t.Fatalf("items: %v", err)
		}
		if whole.String() != items.String() {
			t.Fatalf("item by item differs from whole for %.40q:\nwhole %.300s\nitems %.300s", src, whole.String(), items.String())
		}
	}
	for _, name := range FixtureNames() {
		src, _ := Fixture(name)
		agree(t, src, Report{File: name})
		agree(t, src, Report{ID: "x<&>"})
		agree(t, src, Report{File: name, ID: "7"})
	}
	agree(t, strings.Join(Generate(9, 200<<10), "\n\n"), Report{})
	agree(t, "", Report{})
	rapid.Check(t, func(t *rapid.T) {
		var src string
		if rapid.Bool().Draw(t, "generated") {
			src = Generate(rapid.Uint64().Draw(t, "seed"), 1)[0]
			src = src[:rapid.IntRange(0, len(src)).Draw(t, "cut")]
		} else {
			src = rapid.StringOf(rapid.SampledFrom([]rune("Kerry said \"“”<&> \xff backs Assad on Friday.\n\n"))).Draw(t, "src")
		}
		agree(t, src, Report{File: rapid.String().Draw(t, "file"), ID: rapid.String().Draw(t, "id")})
	})
}
