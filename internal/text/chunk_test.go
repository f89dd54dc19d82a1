package text

import "testing"

func TestVerbGroups(t *testing.T) {
	for _, c := range []readingCase{
		{"adverb-first", "Kirk also said he would not vote.", []string{"also said [finite past]", "also said subj=Kirk"}},
		{"adverb-first-present", "The monarchy credibly accuses Iran of meddling.", []string{"credibly accuses [finite]", "credibly accuses obj=Iran"}},
		{"never", "The senator never backed the bill.", []string{"never backed [finite past neg]"}},
		{"adverb-ing", "Officials left, quietly saying nothing.", []string{"quietly saying [ing]"}},
	} {
		checkReading(t, c)
	}
}

func TestNameAfterNoun(t *testing.T) {
	for _, c := range []readingCase{
		{"relative", "It is a pact Moscow had wanted.", []string{"had wanted subj=Moscow"}},
		{"title", "Trump critic Mark Cuban spoke.", []string{"spoke subj=Trump critic Mark Cuban"}},
		{"occupation", "The new coach was praised by club owner Raj Patel.", []string{"was praised agent=club owner Raj Patel"}},
	} {
		checkReading(t, c)
	}
}
