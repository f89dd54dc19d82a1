package stance_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/newsmodel/newsmodel/stance"
)

// A stanceCase is a sentence written for these tests in the style of one
// news desk, and every relation a careful reader finds in it: none for a
// negative case.
type stanceCase struct {
	name string   // desk and construction: "wire-passive"
	src  string   // the sentence or short report
	want []string // each relation in the notation, without its cue
}

// brief prints r in the notation, without its cue.
func brief(r stance.Relation) string {
	r.Cue = stance.Cue{}
	return r.String()
}

// checkCases extracts the relations of each case, with the entity and
// quote packages when pipeline is set, and compares them with the case's.
func checkCases(t *testing.T, cases []stanceCase, pipeline bool) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var rs []stance.Relation
			if pipeline {
				rs = extractPipeline(t, c.src)
			} else {
				rs = extractWith(t, nil, c.src)
			}
			var got []string
			for _, r := range rs {
				got = append(got, brief(r))
			}
			want := slices.Clone(c.want)
			slices.Sort(got)
			slices.Sort(want)
			if !slices.Equal(got, want) {
				t.Errorf("%s\n got: %s\nwant: %s", c.src, strings.Join(got, "\n      "), strings.Join(want, "\n      "))
			}
		})
	}
}
