package text

import "testing"

func TestTags(t *testing.T) {
	for _, c := range []readingCase{
		{"other-before-noun", "The speech was praised by other European nations.", []string{"other/ADJ", "was praised agent=other European nations"}},
	} {
		checkReading(t, c)
	}
}
