package quote

import "slices"

func sortStrings(s []string) { slices.Sort(s) }

func sortFunc(s []string, less func(a, b string) bool) {
	slices.SortFunc(s, func(a, b string) int {
		if less(a, b) {
			return -1
		}
		if less(b, a) {
			return 1
		}
		return 0
	})
}
