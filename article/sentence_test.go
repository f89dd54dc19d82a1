package article_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/newsmodel/newsmodel"
	"github.com/newsmodel/newsmodel/article"
)

func sentences(src string) []string {
	var out []string
	for _, s := range article.SplitSentences(src, article.Span{Start: 0, End: len(src)}) {
		out = append(out, s.Text(src))
	}
	return out
}

func TestSplitSentences(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want []string
	}{
		{"plain", "The talks ended. Both sides left. Was it a success? Nobody knew!",
			[]string{"The talks ended.", "Both sides left.", "Was it a success?", "Nobody knew!"}},
		{"titles", "Mr. Kerry met Gen. Joseph Dunford and Sen. John McCain. Dr. Jill Stein spoke.",
			[]string{"Mr. Kerry met Gen. Joseph Dunford and Sen. John McCain.", "Dr. Jill Stein spoke."}},
		{"dotted acronym before a name", "The U.S. Secretary of State arrived. The U.N. envoy left.",
			[]string{"The U.S. Secretary of State arrived.", "The U.N. envoy left."}},
		{"dotted acronym ends a sentence", "He flew back to the U.S. The talks resumed on Monday.",
			[]string{"He flew back to the U.S.", "The talks resumed on Monday."}},
		{"initials", "President John F. Kennedy and W. E. B. Du Bois were named. Then they left.",
			[]string{"President John F. Kennedy and W. E. B. Du Bois were named.", "Then they left."}},
		{"month abbreviations", "The vote is on Jan. 15. It was moved from Sept. 30 last year.",
			[]string{"The vote is on Jan. 15.", "It was moved from Sept. 30 last year."}},
		{"times and numbers", "He spoke at 9 a.m. on Monday. Shares fell 2.5 percent. No. 10 said nothing.",
			[]string{"He spoke at 9 a.m. on Monday.", "Shares fell 2.5 percent.", "No. 10 said nothing."}},
		{"company", "Apple Inc. said profits rose. Acme Corp. The rest is silence.",
			[]string{"Apple Inc. said profits rose.", "Acme Corp.", "The rest is silence."}},
		{"quotation goes on", `"We will win. They will lose," he said. Then he left.`,
			[]string{`"We will win. They will lose," he said.`, "Then he left."}},
		{"quotation ends with the sentence", `He said: "We will win." The crowd cheered.`,
			[]string{`He said: "We will win."`, "The crowd cheered."}},
		{"curly quotation goes on", "“Enough. We are leaving,” she said. “Now.”",
			[]string{"“Enough. We are leaving,” she said.", "“Now.”"}},
		{"exclamation then speaker", `"Stop!" he shouted. Nobody did.`, []string{`"Stop!" he shouted.`, "Nobody did."}},
		{"unclosed quotation spoils nothing", `"We will fight on. The war is not over. Nothing has changed.`,
			[]string{`"We will fight on.`, "The war is not over.", "Nothing has changed."}},
		{"lower case after a period", "It cost $5 vs. $10 before. Fine.", []string{"It cost $5 vs. $10 before.", "Fine."}},
		{"ellipsis", "He paused… Then he went on.", []string{"He paused…", "Then he went on."}},
		{"parenthesis", "It failed. (Officials denied it.) Talks went on.", []string{"It failed.", "(Officials denied it.)", "Talks went on."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, sentences(tt.src)); diff != "" {
				t.Errorf("SplitSentences(%q) (-want +got):\n%s", tt.src, diff)
			}
		})
	}
}

func TestSentencesKremlin(t *testing.T) {
	a := mustParse(t, fixture(t, newsmodel.KremlinWire))
	want := []string{
		"US Secretary of State John Kerry met Russian President Vladimir Putin in the Kremlin yesterday to present him the new ideas.",
		`"Hopefully we'll be able to make some genuine progress that is measurable and implementable and that can make a difference in the course of events in Syria," Kerry said.`,
		`Putin said he was looking for "tangible results."`,
	}
	var got []string
	for _, s := range a.Sentences {
		got = append(got, a.Text(s.Span))
	}
	for _, w := range want {
		found := false
		for _, g := range got {
			found = found || g == w
		}
		if !found {
			t.Errorf("no sentence %q", w)
		}
	}
	if len(got) != 13 {
		t.Errorf("%d sentences, want 13:\n%q", len(got), got)
	}
	for _, s := range a.Sentences {
		if a.Paragraphs[s.Paragraph].Kind == article.KindBoilerplate || !a.Paragraphs[s.Paragraph].Contains(s.Span) {
			t.Errorf("sentence %v not inside a non-boilerplate paragraph %d", s.Span, s.Paragraph)
		}
	}
}
