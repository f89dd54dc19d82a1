package quote

import (
	"slices"
	"strings"

	"github.com/newsmodel/newsmodel/internal/disjoint"
	"unicode"

	"github.com/newsmodel/newsmodel/article"
)

// Normalize returns s folded for matching quotes across reports: folded by
// [article.Fold] (NFKC, typographic quotes and dashes to ASCII, white space
// collapsed), in lower case, and without punctuation, quotation marks or
// symbols at either end. Inner punctuation is kept. Normalize is pure and
// idempotent.
func Normalize(s string) string {
	for range 4 {
		n := normalizeOnce(s)
		if n == s {
			break
		}
		s = n
	}
	return s
}

func normalizeOnce(s string) string {
	s = article.Fold(strings.ToLower(article.Fold(s)))
	return strings.TrimFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

// DefaultThreshold is the similarity at or above which [Align] takes two
// quotes of different reports to be the same quote when their normalised
// texts differ: the Dice coefficient of their word sets,
// 2·|A∩B| / (|A|+|B|). Quotes of fewer than [MinAlignWords] words align
// only when equal after normalisation.
const DefaultThreshold = 0.8

// MinAlignWords is the fewest words a quote needs to align by similarity.
const MinAlignWords = 4

// A Member names one quote of one report in an alignment group.
type Member struct {
	Report int `json:"report"` // index of the report
	Quote  int `json:"quote"`  // index of the quote in its report
}

// An Aligner groups the quotes several reports share. The zero Aligner is
// ready to use; it is safe for concurrent use.
type Aligner struct {
	// Threshold is the Dice similarity of word sets at or above which two
	// quotes align; zero means DefaultThreshold.
	Threshold float64
}

// Align groups quotes with the zero [Aligner]; see [Aligner.Align].
func Align(texts [][]string) [][]Member { return Aligner{}.Align(texts) }

// maxPostings bounds how many quotes a word's index entry examines, so
// that common words never make alignment quadratic.
const maxPostings = 64

// Align groups the quotes of several reports: texts[r][q] is the text of
// quote q of report r. Two quotes of different reports are the same quote
// when their [Normalize]d texts are equal, or when the Dice similarity of
// their word sets reaches the threshold. Each group lists quotes of at least
// two reports, in report and quote order; groups are ordered by their first
// member. Candidates come from an index of each quote's rarest words, so
// the work grows with the number of quotes, not its square.
func (al Aligner) Align(texts [][]string) [][]Member {
	th := al.Threshold
	if th <= 0 {
		th = DefaultThreshold
	}
	type item struct {
		m     Member
		norm  string
		words []string
	}
	var items []item
	for r, qs := range texts {
		for q, t := range qs {
			n := Normalize(t)
			if n == "" {
				continue
			}
			items = append(items, item{Member{r, q}, n, wordSet(n)})
		}
	}
	sets := disjoint.New(len(items))
	find, union := sets.Find, sets.Union
	exact := map[string]int{}
	df := map[string]int{}
	for i, it := range items {
		if j, ok := exact[it.norm]; ok {
			if items[j].m.Report != it.m.Report {
				union(i, j)
			}
		} else {
			exact[it.norm] = i
		}
		for _, w := range it.words {
			df[w]++
		}
	}
	postings := map[string][]int{}
	for i, it := range items {
		if len(it.words) < MinAlignWords {
			continue
		}
		// Index each quote under its three rarest words (ties by the word).
		keys := rarest(it.words, df, 3)
		seen := map[int]bool{}
		for _, k := range keys {
			for _, j := range postings[k] {
				if seen[j] || items[j].m.Report == it.m.Report {
					continue
				}
				seen[j] = true
				if dice(it.words, items[j].words) >= th {
					union(i, j)
				}
			}
			if len(postings[k]) < maxPostings {
				postings[k] = append(postings[k], i)
			}
		}
	}
	groups := map[int][]Member{}
	var roots []int
	for i, it := range items {
		r := find(i)
		if _, ok := groups[r]; !ok {
			roots = append(roots, r)
		}
		groups[r] = append(groups[r], it.m)
	}
	var out [][]Member
	for _, r := range roots {
		g := groups[r]
		multi := false
		for _, m := range g[1:] {
			if m.Report != g[0].Report {
				multi = true
			}
		}
		if multi {
			out = append(out, g)
		}
	}
	return out
}

// wordSet returns the distinct words of a normalised text, sorted.
func wordSet(s string) []string {
	ws := strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' })
	if len(ws) == 0 {
		return nil
	}
	slices.Sort(ws)
	out := ws[:1]
	for _, w := range ws[1:] {
		if w != out[len(out)-1] {
			out = append(out, w)
		}
	}
	return out
}

// dice returns 2|a∩b|/(|a|+|b|) for sorted sets.
func dice(a, b []string) float64 {
	if len(a)+len(b) == 0 {
		return 0
	}
	i, j, n := 0, 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] == b[j]:
			n++
			i++
			j++
		case a[i] < b[j]:
			i++
		default:
			j++
		}
	}
	return 2 * float64(n) / float64(len(a)+len(b))
}

// rarest returns up to k words of ws with the lowest document frequency.
func rarest(ws []string, df map[string]int, k int) []string {
	c := append([]string(nil), ws...)
	slices.SortFunc(c, func(a, b string) int {
		if df[a] != df[b] {
			return df[a] - df[b]
		}
		return strings.Compare(a, b)
	})
	return c[:min(k, len(c))]
}
