package text

import (
	"fmt"
	"strings"
	"testing"
)

// A readingCase checks parts of how a sentence is read. Each want is one
// of:
//
//	WORD/TAG               the tag of the first token WORD: "Trump/NAME"
//	CHUNK [flag ...]       chunk CHUNK (its text) has these flags: "also said [finite]"
//	CHUNK link=CHUNK       a link of chunk CHUNK: "accusing subj=most Israeli leaders"
//	CHUNK link=-           no such link
//
// Links are subj, obj, comp, agent and of; a link to a possessor names the
// possessor's text.
type readingCase struct {
	name, src string
	want      []string
}

func checkReading(t *testing.T, c readingCase) {
	t.Helper()
	s := Core().Read(c.src, 0, len(c.src))
	text := func(k int32) string {
		if k < 0 {
			return "-"
		}
		ch := s.Chunks[k]
		return c.src[s.Toks[ch.Start].Start:s.Toks[ch.End-1].End]
	}
	find := func(x string) int {
		for k := range s.Chunks {
			if text(int32(k)) == x {
				return k
			}
		}
		return -1
	}
	for _, w := range c.want {
		if word, tag, ok := strings.Cut(w, "/"); ok && !strings.Contains(w, " ") {
			found := false
			for _, tk := range s.Toks {
				if tk.Text(c.src) == word {
					if got := tk.Tag.String(); got != tag {
						t.Errorf("%s: %s is %s, want %s\n%s", c.name, word, got, tag, Describe(c.src, s))
					}
					found = true
					break
				}
			}
			if !found {
				t.Errorf("%s: no token %q", c.name, word)
			}
			continue
		}
		if i := strings.Index(w, " ["); i >= 0 {
			k := find(w[:i])
			if k < 0 {
				t.Errorf("%s: no chunk %q\n%s", c.name, w[:i], Describe(c.src, s))
				continue
			}
			got := flagNames(s.Chunks[k])
			for _, f := range strings.Fields(strings.Trim(w[i+1:], "[]")) {
				if !strings.Contains(" "+strings.Trim(got, "[]")+" ", " "+f+" ") {
					t.Errorf("%s: chunk %q has flags %s, want %s\n%s", c.name, w[:i], got, f, Describe(c.src, s))
				}
			}
			continue
		}
		i := strings.LastIndex(w, "=")
		j := strings.LastIndex(w[:i], " ")
		chunk, link, want := w[:j], w[j+1:i], w[i+1:]
		k := find(chunk)
		if k < 0 {
			t.Errorf("%s: no chunk %q\n%s", c.name, chunk, Describe(c.src, s))
			continue
		}
		ch := s.Chunks[k]
		var got int32
		switch link {
		case "subj":
			got = ch.Subj
		case "obj":
			got = ch.Obj
		case "comp":
			got = ch.Comp
		case "agent":
			got = ch.Agent
		case "of":
			got = ch.Of
		default:
			panic(fmt.Sprintf("unknown link %q", link))
		}
		if text(got) != want {
			t.Errorf("%s: %s of %q is %q, want %q\n%s", c.name, link, chunk, text(got), want, Describe(c.src, s))
		}
	}
}
