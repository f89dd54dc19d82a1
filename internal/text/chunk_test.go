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
