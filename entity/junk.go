package entity

import (
	"github.com/newsmodel/newsmodel/internal/text"
)

// What is no mention at all: credits of pictures ("Image: United States
// Navy."), copyright lines, web links, social media handles and hashtags.

// creditLine reports whether sentence s is a credit or copyright line:
// it opens with "Image:", "Photo:", "Picture:", "Credit:", "Source:" or
// "Photograph by", or with "Copyright" or "©". Such lines name who owns a
// picture, not who acts in the report.
func (p *Pass) creditLine(s *text.Sentence) bool {
	toks := s.Toks
	w := words()
	i := 0
	for i < len(toks) && (toks[i].Kind == text.Quote || toks[i].IsMark('(') || toks[i].IsMark('[')) {
		i++
	}
	if i >= len(toks) {
		return false
	}
	t := &toks[i]
	switch {
	case t.IsMark('©') || t.ID == w.copyright && t.Shape&text.Cap != 0:
		return true
	case t.ID == w.image || t.ID == w.photo || t.ID == w.picture || t.ID == w.credit || t.ID == w.source:
		return t.Shape&text.Cap != 0 && i+1 < len(toks) && (toks[i+1].IsMark(':') || toks[i+1].ID == w.by && i+2 < len(toks))
	}
	// a credit after the caption it closes: "... in Washington. Image:
	// United States Navy."
	for j := i + 1; j+1 < len(toks); j++ {
		u := &toks[j]
		if (u.ID == w.image || u.ID == w.photo || u.ID == w.credit) && u.Shape&text.Cap != 0 && toks[j+1].IsMark(':') {
			for k := j; k < len(toks); k++ {
				p.skip[k] = true
			}
			return false
		}
	}
	return false
}

// markLinks marks the words of web addresses, e-mail addresses, social
// media handles and hashtags: "www.example.com", "@nytimes",
// "#IStandWithAhmed", "http://t.co/x". Their capitals are no names.
func (p *Pass) markLinks(toks []text.Token) {
	for i := 0; i < len(toks); {
		j := i + 1 // the run of tokens glued to i
		for j < len(toks) && toks[j].Shape&text.Space == 0 {
			j++
		}
		if j-i > 1 && p.isLink(toks, i, j) {
			for k := i; k < j; k++ {
				p.skip[k] = true
			}
		}
		i = j
	}
}

// isLink reports whether the glued tokens [i, j) are a link, handle or
// hashtag: they open with "#" or "@" before a word, or hold "://", "www."
// or an "@" or "/" between words.
func (p *Pass) isLink(toks []text.Token, i, j int) bool {
	if (toks[i].IsMark('#') || toks[i].IsMark('@')) && toks[i+1].Kind == text.Word {
		return true
	}
	s := p.src[toks[i].Start:toks[j-1].End]
	for k := 0; k+1 < len(s); k++ {
		switch s[k] {
		case ':':
			if k+2 < len(s) && s[k+1] == '/' && s[k+2] == '/' {
				return true
			}
		case '@', '/':
			if k > 0 && isWordByte(s[k-1]) && isWordByte(s[k+1]) {
				return true
			}
		case '.':
			if k >= 3 && (s[k-3:k] == "www" || s[k-3:k] == "WWW") {
				return true
			}
		}
	}
	return false
}

func isWordByte(c byte) bool {
	return 'a' <= c|0x20 && c|0x20 <= 'z' || '0' <= c && c <= '9'
}
