// Package enumtext implements the text forms of the module's small enums
// (paragraph kinds, precisions, entity kinds, quote kinds, polarities):
// each has a fixed list of names indexed by value, and prints and parses
// them the same way.
package enumtext

import (
	"fmt"
	"strconv"
)

// String returns names[v], or "Type(v)" for a value without a name.
func String[T ~uint8](names []string, typ string, v T) string {
	if int(v) < len(names) {
		return names[v]
	}
	return typ + "(" + strconv.Itoa(int(v)) + ")"
}

// Append appends names[v] to b. A value without a name is an error
// "pkg: invalid what N".
func Append[T ~uint8](b []byte, names []string, pkg, what string, v T) ([]byte, error) {
	if int(v) >= len(names) {
		return b, fmt.Errorf("%s: invalid %s %d", pkg, what, v)
	}
	return append(b, names[v]...), nil
}

// Parse returns the value named text. An unknown name is an error
// "pkg: unknown what "text"".
func Parse[T ~uint8](names []string, pkg, what string, text []byte) (T, error) {
	for i, n := range names {
		if string(text) == n {
			return T(i), nil
		}
	}
	return 0, fmt.Errorf("%s: unknown %s %q", pkg, what, text)
}
