package text

import "testing"

func TestSubjects(t *testing.T) {
	for _, c := range []readingCase{
		{"appos-with-prep", "Brett McGurk, President Obama's special envoy to the coalition, expressed his support.", []string{"expressed subj=Brett McGurk"}},
		{"parenthetical-prep", "The Bahraini monarchy, in turn, accuses Iran of meddling.", []string{"accuses subj=The Bahraini monarchy"}},
		{"parenthetical-adverb", "The minister, however, rejected the plan.", []string{"rejected subj=The minister"}},
		{"list-no-parenthetical", "Russia, Iran and Syria backed the plan.", []string{"backed subj=Russia"}},
	} {
		checkReading(t, c)
	}
}

func TestLists(t *testing.T) {
	for _, c := range []readingCase{
		{"list", "Russia, Iran and Syria backed the plan.", []string{"Russia [coord]", "Iran [coord]", "backed subj=Russia"}},
		{"oxford-comma", "Russia, Iran, and Syria backed the plan.", []string{"Russia [coord]", "Iran [coord]", "backed subj=Russia"}},
		{"fronted-place", "In Paris, Lee and Kim met the press.", []string{"met subj=Lee"}},
		{"apposition", "Kerry, the secretary of state, said it.", []string{"said subj=Kerry"}},
	} {
		checkReading(t, c)
	}
}
