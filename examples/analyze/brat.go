package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/newsmodel/newsmodel"
	"github.com/newsmodel/newsmodel/article"
)

// bratConf declares the annotation types of the .ann files, so that a
// folder written by -format brat opens in the brat annotation tool as it is.
const bratConf = `[entities]
Person
Organization
Place
Group
Direct_quote
Partial_quote
Indirect_quote
Cue
Time
Party

[relations]
Speaker	Arg1:Direct_quote|Partial_quote|Indirect_quote, Arg2:Person|Organization|Place|Group|Party
Said_with	Arg1:Direct_quote|Partial_quote|Indirect_quote, Arg2:Cue
Via	Arg1:Direct_quote|Partial_quote|Indirect_quote, Arg2:Person|Organization|Place|Group|Party
Supports	Arg1:Person|Organization|Place|Group|Party, Arg2:Person|Organization|Place|Group|Party
Opposes	Arg1:Person|Organization|Place|Group|Party, Arg2:Person|Organization|Place|Group|Party
Neutral_to	Arg1:Person|Organization|Place|Group|Party, Arg2:Person|Organization|Place|Group|Party
Equiv	Arg1:Person|Organization|Place|Group, Arg2:Person|Organization|Place|Group, <REL-TYPE>:symmetric-transitive

[events]

[attributes]
`

// A bratSink writes, for each report, a copy of its text and its brat
// standoff annotations (.ann) into dir, and prints the .ann paths. The
// folder's annotation.conf, which declares the annotation types, is
// written before. Names are the inputs' base names (a record's ID, made
// safe); a name seen before gets a numeric suffix.
type bratSink struct {
	w    io.Writer
	dir  string
	seen map[string]int
}

func (s *bratSink) render(r *result) error {
	r.out = []byte(bratAnn(r.report.Analysis))
	return nil
}

func (s *bratSink) write(r *result) error {
	name := r.report.File
	if name == "" {
		name = safeName(r.report.ID)
	}
	base := strings.TrimSuffix(filepath.Base(name), filepath.Ext(name))
	s.seen[base]++
	if n := s.seen[base]; n > 1 {
		base = fmt.Sprintf("%s-%d", base, n)
	}
	ann := filepath.Join(s.dir, base+".ann")
	if err := os.WriteFile(filepath.Join(s.dir, base+".txt"), []byte(r.report.Analysis.Article.Source), 0o644); err != nil {
		return err
	}
	if err := os.WriteFile(ann, r.out, 0o644); err != nil {
		return err
	}
	_, err := fmt.Fprintln(s.w, ann)
	return err
}

func (s *bratSink) close() error { return nil }

// safeName turns a record ID into a file name: characters other than
// letters, digits, '.', '-' and '_' become '_'.
func safeName(id string) string {
	return strings.Map(func(r rune) rune {
		if r < utf8.RuneSelf && (isAlnum(byte(r)) || r == '.' || r == '-' || r == '_') {
			return r
		}
		return '_'
	}, id)
}

func isAlnum(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

// A bratWriter numbers the annotations of one .ann file.
type bratWriter struct {
	src   string
	runes runeIndex
	b     strings.Builder
	t, r  int
	ids   map[bratKey]string // T ids by type and span, so a span is annotated once per type
}

type bratKey struct {
	typ  string
	span article.Span
}

// bratAnn renders one report's annotations in brat standoff format.
// Offsets in .ann files count characters (code points), not bytes; a span
// that crosses a line break becomes a discontinuous annotation of its lines.
func bratAnn(an *newsmodel.Analysis) string {
	w := &bratWriter{src: an.Article.Source, runes: newRuneIndex(an.Article.Source), ids: map[bratKey]string{}}
	entityT := map[string]string{} // entity ID -> T id of its first mention
	for _, e := range an.Entities {
		typ := bratEntityType(e.Kind.String())
		var ids []string
		for _, m := range e.Mentions {
			if id := w.span(typ, m.Span); id != "" && !slices.Contains(ids, id) {
				ids = append(ids, id)
			}
		}
		if len(ids) > 0 {
			entityT[e.ID] = ids[0]
		}
		if len(ids) > 1 { // the mentions of one entity corefer
			fmt.Fprintf(&w.b, "*\tEquiv %s\n", strings.Join(ids, " "))
		}
	}
	for _, q := range an.Quotes {
		qt := w.spans(bratQuoteType(q.Kind.String()), q.Content)
		if qt == "" {
			continue
		}
		if q.Speaker.Span.IsValid() {
			sp := w.mentionAt(q.Speaker.Span)
			if sp == "" {
				sp = w.span("Party", q.Speaker.Span)
			}
			w.rel("Speaker", qt, sp)
		} else if id, ok := entityT[q.Speaker.Entity]; ok {
			w.rel("Speaker", qt, id)
		}
		if cue := w.span("Cue", q.Cue.Span); cue != "" {
			w.rel("Said_with", qt, cue)
		}
		// who relays the quote: "CNN" of "CNN reported that the mayor said"
		if q.Via.Span.IsValid() {
			via := w.mentionAt(q.Via.Span)
			if via == "" {
				via = w.span("Party", q.Via.Span)
			}
			w.rel("Via", qt, via)
		}
	}
	for _, t := range an.Times {
		if id := w.span("Time", t.Span); id != "" && t.TimeML() != "" {
			fmt.Fprintf(&w.b, "#%s\tAnnotatorNotes %s\t%s\n", id[1:], id, t.TimeML())
		}
	}
	for _, s := range an.Stances {
		holder := w.party(s.Holder.Span, s.Holder.Entity, entityT)
		target := w.party(s.Target.Span, s.Target.Entity, entityT)
		if holder == "" || target == "" {
			continue
		}
		switch s.Polarity.String() {
		case "support":
			w.rel("Supports", holder, target)
		case "oppose":
			w.rel("Opposes", holder, target)
		case "neutral":
			w.rel("Neutral_to", holder, target)
		}
	}
	return w.b.String()
}

// party returns the T id for a stance party: the mention at its span, else
// a Party annotation of the span, else the entity's first mention.
func (w *bratWriter) party(s article.Span, entity string, entityT map[string]string) string {
	if s.IsValid() {
		if id := w.mentionAt(s); id != "" {
			return id
		}
		return w.span("Party", s)
	}
	return entityT[entity]
}

// mentionAt returns the T id of an entity annotation with span s.
func (w *bratWriter) mentionAt(s article.Span) string {
	for _, typ := range []string{"Person", "Organization", "Place", "Group"} {
		if id, ok := w.ids[bratKey{typ, s}]; ok {
			return id
		}
	}
	return ""
}

func (w *bratWriter) span(typ string, s article.Span) string {
	if !s.IsValid() || s.End > len(w.src) {
		return ""
	}
	return w.spans(typ, []article.Span{s})
}

// spans writes one T annotation of typ over the spans, split at line breaks
// and trimmed of surrounding space, and returns its id ("" when nothing
// remains to annotate).
func (w *bratWriter) spans(typ string, spans []article.Span) string {
	var frags []article.Span
	for _, s := range spans {
		if !s.IsValid() || s.End > len(w.src) {
			continue
		}
		for _, line := range strings.SplitAfter(w.src[s.Start:s.End], "\n") {
			start := s.Start
			s.Start += len(line)
			trimmed := strings.TrimSpace(line)
			if trimmed == "" {
				continue
			}
			lead := strings.Index(line, trimmed)
			frags = append(frags, article.Span{Start: start + lead, End: start + lead + len(trimmed)})
		}
	}
	if len(frags) == 0 {
		return ""
	}
	key := bratKey{typ, article.Span{Start: frags[0].Start, End: frags[len(frags)-1].End}}
	if id, ok := w.ids[key]; ok {
		return id
	}
	w.t++
	id := fmt.Sprintf("T%d", w.t)
	w.ids[key] = id
	var offs, texts []string
	for _, f := range frags {
		offs = append(offs, fmt.Sprintf("%d %d", w.runes.at(f.Start), w.runes.at(f.End)))
		texts = append(texts, w.src[f.Start:f.End])
	}
	fmt.Fprintf(&w.b, "%s\t%s %s\t%s\n", id, typ, strings.Join(offs, ";"), strings.Join(texts, " "))
	return id
}

func (w *bratWriter) rel(typ, arg1, arg2 string) {
	if arg1 == "" || arg2 == "" || arg1 == arg2 {
		return
	}
	w.r++
	fmt.Fprintf(&w.b, "R%d\t%s Arg1:%s Arg2:%s\t\n", w.r, typ, arg1, arg2)
}

func bratEntityType(kind string) string {
	switch kind {
	case "person":
		return "Person"
	case "organization":
		return "Organization"
	case "place":
		return "Place"
	}
	return "Group"
}

func bratQuoteType(kind string) string {
	switch kind {
	case "direct":
		return "Direct_quote"
	case "partial":
		return "Partial_quote"
	}
	return "Indirect_quote"
}

// A runeIndex converts byte offsets of a text into character offsets, as
// brat counts them. Each invalid byte counts as one character, as it does
// once the text is decoded with replacement.
type runeIndex []int32

func newRuneIndex(src string) runeIndex {
	idx := make(runeIndex, len(src)+1)
	n := int32(0)
	for i := 0; i < len(src); {
		_, size := utf8.DecodeRuneInString(src[i:])
		for k := 0; k < size; k++ {
			idx[i+k] = n
		}
		i += size
		n++
	}
	idx[len(src)] = n
	return idx
}

func (r runeIndex) at(off int) int { return int(r[off]) }
