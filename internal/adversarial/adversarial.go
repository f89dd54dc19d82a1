// Package adversarial makes inputs that look for super-linear paths and
// outsized output: n repetitions of a pattern, or n levels of nesting. The
// scaling tests of the root package and of examples/analyze share them.
package adversarial

import (
	"maps"
	"slices"
	"strings"
)

// An Input makes one adversarial text of n repetitions or levels.
type Input struct {
	Name string             // what it repeats: "quote marks"
	Make func(n int) string // the text of n repetitions
}

// Inputs returns the adversarial inputs, in order of name.
func Inputs() []Input {
	m := map[string]func(n int) string{
		"quote marks":       func(n int) string { return strings.Repeat(`"`, n) },
		"curly quote pairs": func(n int) string { return strings.Repeat(`“a” `, n) },
		"one paragraph": func(n int) string {
			return strings.Repeat(`Kerry said "we will meet on Friday," and Peskov said Russia backed the plan. `, n)
		},
		"no spaces": func(n int) string { return strings.Repeat("KerrysaidRussiabackedtheplan.", n) },
		"capitalised words": func(n int) string {
			return strings.Repeat("Kerry Putin Moscow Reuters State Department Front Minister ", n)
		},
		"nested quotes":       func(n int) string { return strings.Repeat(`“‘«`, n) + "x" + strings.Repeat(`»’”`, n) },
		"short lines":         func(n int) string { return strings.Repeat("A\n", n) },
		"abbreviations":       func(n int) string { return strings.Repeat("Mr. U.S. Jan. 5. ", n) },
		"speech verbs":        func(n int) string { return strings.Repeat("he said ", n) },
		"stance cues":         func(n int) string { return strings.Repeat("Russia backs Assad, ", n) },
		"titles and pronouns": func(n int) string { return strings.Repeat("President Anna Novak said she would. ", n) },
		"weekdays":            func(n int) string { return strings.Repeat("on Friday ", n) },
	}
	var out []Input
	for _, name := range slices.Sorted(maps.Keys(m)) {
		out = append(out, Input{name, m[name]})
	}
	return out
}

// ByName returns the maker of the input named name, or nil.
func ByName(name string) func(n int) string {
	for _, in := range Inputs() {
		if in.Name == name {
			return in.Make
		}
	}
	return nil
}
