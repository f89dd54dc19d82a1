package text

import (
	"strings"
	"testing"
)

// tagsOf renders the tokens of src as "word/TAG ...".
func tagsOf(src string) string {
	s := Core().Read(src, 0, len(src))
	var b strings.Builder
	for i, tk := range s.Toks {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(tk.Text(src) + "/" + tk.Tag.String())
	}
	return b.String()
}

// TestTags checks parts of speech on sentences of several desks; each
// case names the words it is about, the rest of the sentence aside.
func TestTags(t *testing.T) {
	for _, c := range []struct {
		src  string
		want []string // "word/TAG" that the reading must hold
	}{
		// foreign desk: demonyms from the generated word file
		{`Russian President Vladimir Putin met Syrian rebels on Tuesday.`, []string{"Russian/ADJ", "President/NAME", "Syrian/ADJ", "rebels/NOUN"}},
		{`The Russians said the French would not attend.`, []string{"Russians/NOUN"}},
		{`Lavrov said he had spoken to German Chancellor Angela Merkel.`, []string{"German/ADJ", "Chancellor/NAME"}},
		{`A Frenchman and two Britons were hurt.`, []string{"Frenchman/NOUN", "Britons/NOUN"}},
		// a word the table does not know is a noun after a modifier
		{`The group's Syrian affiliate claimed the attack.`, []string{"affiliate/NOUN", "claimed/VERB"}},
		{`Police said a lone gunwoman opened fire.`, []string{"gunwoman/NOUN", "opened/VERB"}},
		// a name of common words in running text; a headline in title case
		{`Supporters of Black Lives Matter marched on Saturday.`, []string{"Black/NAME", "Lives/NAME", "Matter/NAME", "marched/VERB"}},
		{`Lavrov Meets Kerry as Talks Resume`, []string{"Lavrov/NAME", "Meets/VERB", "Kerry/NAME", "Talks/NOUN"}},
		{`Lavrov Meets Kerry`, []string{"Lavrov/NAME", "Meets/VERB", "Kerry/NAME"}},
		// a citation or list number before a sentence's first word
		{`[20] However, Dumas is alone in this assertion.`, []string{"However/ADV", "Dumas/NAME"}},
		{`Yeah, I see O.J. Simpson.`, []string{"Yeah/ADV", "Simpson/NAME"}},
		// a row of results is no headline
		{`2. Jearl Miles (U.S.) 50.42`, []string{"Jearl/NAME", "Miles/NAME"}},
		// sport: a fixture list in capitals
		{`CHICAGO AT TORONTO`, []string{"CHICAGO/NAME", "AT/PREP", "TORONTO/NAME"}},
		{`US officials said IS had claimed it.`, []string{"US/NAME", "IS/NAME"}},
		{`Over 900 asylum seekers rescued off Indonesian coast`, []string{"seekers/NOUN", "Indonesian/ADJ"}},
		// wire: a country named like a people is a name
		{`The Philippines recalled its ambassador.`, []string{"Philippines/NAME"}},
	} {
		got := " " + tagsOf(c.src) + " "
		for _, w := range c.want {
			if !strings.Contains(got, " "+w+" ") {
				t.Errorf("%q:\n got %s\nwant %s", c.src, got, w)
			}
		}
	}
}
