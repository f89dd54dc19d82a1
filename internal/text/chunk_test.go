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

func TestNameParts(t *testing.T) {
	for _, c := range []readingCase{
		{"particle", "Russia backs its ally Bashar al Assad.", []string{"backs obj=its ally Bashar al Assad"}},
		{"fellow", "Mr. Grant criticized fellow Democrat Lucy Kim.", []string{"criticized obj=fellow Democrat Lucy Kim"}},
	} {
		checkReading(t, c)
	}
}

func TestNegation(t *testing.T) {
	for _, c := range []readingCase{
		{"not-only", "Some Tories are not only refusing to back Ms. Hart but also openly endorsing Mr. Cole.", []string{"are not only refusing [finite]", "also openly endorsing subj=Some Tories"}},
		{"not", "The union did not back the deal.", []string{"did not back [neg]"}},
	} {
		checkReading(t, c)
	}
}

func TestUnknownBeforeName(t *testing.T) {
	for _, c := range []readingCase{
		{"guessed-adjective", "On most issues, the lanky Cotton has emerged as a leader.", []string{"has emerged subj=the lanky Cotton"}},
	} {
		checkReading(t, c)
	}
}
