package entity_test

import (
	"errors"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/newsmodel/newsmodel/article"
	"github.com/newsmodel/newsmodel/entity"
)

func FuzzParseGazetteer(f *testing.F) {
	f.Add(entity.Builtin().String())
	f.Add("place Russia | alias=Russian Federation | demonym=Russian\nplace the Kremlin | of=Russia\n")
	f.Add("organization Islamic State | alias=IS, ISIS\n# comment\n\nperson X | of=")
	f.Fuzz(func(t *testing.T, src string) {
		g, err := entity.ParseGazetteer(src)
		if err != nil {
			var pe *entity.ParseError
			if !errors.As(err, &pe) || pe.Pos.Line < 1 || pe.Pos.Column < 1 {
				t.Fatalf("error %v is not a positioned *ParseError", err)
			}
			return
		}
		text, err := g.MarshalText()
		if err != nil {
			return // parsed names the printer refuses, e.g. with invalid kinds: none expected
		}
		if _, err := entity.ParseGazetteer(string(text)); err != nil {
			t.Fatalf("printed gazetteer does not parse: %v\n%s", err, text)
		}
	})
}

func FuzzExtract(f *testing.F) {
	for _, n := range fixtureNames {
		f.Add(fixtureText(n))
	}
	f.Add("Sergei Lavrov, Russia's foreign minister, said he would go. A senior US official said they agreed.")
	f.Add(strings.Repeat("Abc ", 200) + "said \xff he.")
	f.Fuzz(func(t *testing.T, src string) {
		a, err := article.Parse(src)
		if err != nil {
			return
		}
		ents := entity.Extract(a)
		for _, e := range ents {
			if !utf8.ValidString(e.Name) && utf8.ValidString(src) {
				t.Fatalf("invalid name %q from valid input", e.Name)
			}
			for _, m := range e.Mentions {
				if !m.Span.IsValid() || m.Span.End > len(src) {
					t.Fatalf("bad span %v", m.Span)
				}
			}
		}
		entity.Merge([][]entity.Entity{ents, ents})
	})
}

func FuzzNormalizeName(f *testing.F) {
	f.Add("TheWashington Post's")
	f.Add("al-Qaida’s Côte d’Ivoire ＰＵＴＩＮ")
	f.Fuzz(func(t *testing.T, s string) {
		n := entity.NormalizeName(s)
		if entity.NormalizeName(n) != n || !utf8.ValidString(n) {
			t.Fatalf("NormalizeName(%q) = %q, not a fixed point", s, n)
		}
	})
}
