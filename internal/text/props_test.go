package text

import (
	"os"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"pgregory.net/rapid"
)

// fixtures are the two reports of the repository, read from its testdata.
func fixtures(t testing.TB) []string {
	var out []string
	for _, name := range []string{"syria-talks-kremlin-full.txt", "syria-talks-kremlin-wire.txt"} {
		b, err := os.ReadFile("../../testdata/" + name)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, string(b))
	}
	return out
}

// newsAlphabet draws text made of the characters news is written in, so
// that generated input reaches the tokenizer's rules.
var genNews = rapid.Custom(func(t *rapid.T) string {
	parts := rapid.SliceOf(rapid.SampledFrom([]string{
		"Kerry", "said", "the", "U.S.", "Mr.", "J.", "didn't", "O'Brien's", "officials'", "al-Qaeda",
		"30-year-old", "1,200", "10:30", "a.m.", "“", "”", "\"", "'", "’", "‘", "—", "--", " - ", ",", ".", "...",
		"(", ")", ":", "?", " ", " ", "\n", "Zürich", "ŝ", "\u00ad", "\u200b", "\xff", "é", "can't", "they’ve",
		"backed", "would", "to", "back", "that", "Russia", "RUSSIA", "'s", "n't", "-", "'", "4pm", "1990s",
	})).Draw(t, "parts")
	return strings.Join(parts, "")
})

var genSource = rapid.OneOf(rapid.String(), genNews)

// checkTokens checks the tokens of src[start:end]: in order, inside the
// range, never overlapping, starting and ending on character boundaries,
// not starting or ending with white space, and covering every byte that is
// not white space or an ignorable mark.
func checkTokens(t interface{ Fatalf(string, ...any) }, src string, start, end int, toks []Token) {
	pos := start
	for i, tk := range toks {
		s, e := int(tk.Start), int(tk.End)
		if s < pos || e <= s || e > end {
			t.Fatalf("token %d [%d,%d) out of order or range (pos %d, end %d) in %q", i, s, e, pos, end, src)
		}
		for _, r := range src[pos:s] {
			if !unicode.IsSpace(r) && !unicode.Is(unicode.Mn, r) && r != '\u00ad' && r != '\u200b' && r != '\ufeff' {
				t.Fatalf("byte run %q before token %d not covered in %q", src[pos:s], i, src)
			}
		}
		valid := utf8.ValidString(src[start:end])
		if valid && (s > start && !utf8.RuneStart(src[s]) || e < end && !utf8.RuneStart(src[e])) {
			t.Fatalf("token %d [%d,%d) cuts a character in %q", i, s, e, src)
		}
		if tk.Kind == Word || tk.Kind == Number {
			if tk.Shape&Inner == 0 {
				for k := s; k < e; k++ {
					if !isAlnumByte(src[k]) {
						t.Fatalf("token %d %q is not Inner but holds %q", i, src[s:e], src[k])
					}
				}
			}
		}
		r, _ := utf8.DecodeRuneInString(src[s:e])
		if unicode.IsSpace(r) {
			t.Fatalf("token %d %q starts with white space", i, src[s:e])
		}
		pos = e
	}
}

// checkChunks checks that chunks partition the tokens in order, that heads
// are inside their chunks and that links point at chunks of the sentence.
func checkChunks(t interface{ Fatalf(string, ...any) }, s Sentence) {
	pos := int32(0)
	n := int32(len(s.Chunks))
	for k, c := range s.Chunks {
		if c.Start != pos || c.End <= c.Start || int(c.End) > len(s.Toks) {
			t.Fatalf("chunk %d [%d,%d) does not follow %d", k, c.Start, c.End, pos)
		}
		if c.Head < c.Start || c.Head >= c.End {
			t.Fatalf("chunk %d head %d outside [%d,%d)", k, c.Head, c.Start, c.End)
		}
		for _, l := range []int32{c.Of, c.Subj, c.Obj, c.Comp, c.Agent} {
			if l < -1 || l >= n || l == int32(k) {
				t.Fatalf("chunk %d links to %d of %d", k, l, n)
			}
		}
		ps, pe := Phrase(s.Chunks, k)
		if c.Kind == NG && (ps > k || pe <= k || pe > int(n) || ps < 0) {
			t.Fatalf("phrase of chunk %d is [%d,%d)", k, ps, pe)
		}
		pos = c.End
	}
	if int(pos) != len(s.Toks) {
		t.Fatalf("chunks end at token %d of %d", pos, len(s.Toks))
	}
}

func TestReadProperties(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		src := genSource.Draw(t, "src")
		start := rapid.IntRange(0, len(src)).Draw(t, "start")
		end := rapid.IntRange(start, len(src)).Draw(t, "end")
		s := Core().Read(src, start, end)
		checkTokens(t, src, start, end, s.Toks)
		checkChunks(t, s)
	})
}

func TestReadFixtures(t *testing.T) {
	for _, src := range fixtures(t) {
		r := GetReader(nil)
		r.Reset(src)
		start := 0
		for i, line := range strings.SplitAfter(src, "\n") {
			r.Add(i, start, start+len(line))
			start += len(line)
		}
		w := r.Window()
		for _, s := range w.Sentences {
			checkTokens(t, src, s.Start, s.End, s.Toks)
			checkChunks(t, s)
		}
		PutReader(r)
	}
}

func FuzzRead(f *testing.F) {
	for _, src := range fixtures(f) {
		f.Add(src)
	}
	f.Add(`"We didn't," Mr. O'Brien's aide told U.S. officials' staff at 10:30 a.m.`)
	f.Fuzz(func(t *testing.T, src string) {
		s := Core().Read(src, 0, len(src))
		checkTokens(t, src, 0, len(src), s.Toks)
		checkChunks(t, s)
	})
}
