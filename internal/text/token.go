package text

// A Kind tells what sort of token a [Token] is.
type Kind uint8

// Token kinds. The zero Kind is none.
const (
	Word   Kind = iota + 1 // letters, perhaps with digits, hyphens, apostrophes and dots: "Putin", "U.S.", "al-Qaeda", "O'Brien"
	Number                 // opens with a digit: "2016", "1,200", "3.5", "10:30", "1990s", "4pm"
	Punct                  // any other mark: , . ; : ? ! ( ) / & $ % …
	Quote                  // a quotation mark: " “ ” ' ‘ ’ « » „
	Dash                   // a dash between words: — – -- or a hyphen with spaces around it
	Apos                   // a bare apostrophe after a word: "officials'", a possessive or a closing quote
)

// A Shape tells how a token is written.
type Shape uint16

// Shapes.
const (
	Cap     Shape = 1 << iota // opens with an upper-case letter
	AllCaps                   // two or more letters, none lower case: "NATO", "U.S."
	Lower                     // opens with a lower-case letter
	Digit                     // holds a digit
	Hyphen                    // holds a hyphen between letters or digits: "al-Qaeda", "30-year-old"
	Dotted                    // holds periods: "U.S.", "Mr.", "J."
	Initial                   // one capital letter and a period: "J."
	Space                     // white space before it
	Newline                   // a line break before it
	First                     // the first token of its sentence
	Guessed                   // not in the word table: its classes are guessed from its ending
	Open                      // a quotation mark that opens: “ ‘ « „, or " after a space
	Close                     // a quotation mark that closes: ” ’ », or " before a space
	Single                    // a single quotation mark: ' ‘ ’
	Mixed                     // capitals after a lower-case letter: "McDonald", "iPhone"
	Inner                     // holds a byte that is not an ASCII letter or digit: "O'Brien", "1,200", "Zürich"
)

// A Token is a word or mark of a sentence. It holds no pointers, so that
// slices of tokens cost the garbage collector nothing.
type Token struct {
	Start, End int32 // the bytes of the source it spans
	// ID is the word's ID in the table it was read with: for a compound
	// the table does not know ("Seattle-based"), its last part's; 0 for a
	// word the table does not know. For marks it is the rune: '.', '"'.
	ID    ID
	Class Class // the word's classes; guessed from its ending for a lower-case word the table does not know
	Shape Shape // how it is written
	Kind  Kind  // a word, a number, a mark...
	Tag   Tag   // its part of speech in its sentence, set by the Reader
}

// Is reports whether t has every shape of s.
func (t *Token) Is(s Shape) bool { return t.Shape&s == s }

// Rune returns the mark of a Punct, Quote, Dash or Apos token, 0 for a
// word or number.
func (t *Token) Rune() rune {
	if t.Kind <= Number {
		return 0
	}
	return rune(t.ID)
}

// IsMark reports whether t is the mark r.
func (t *Token) IsMark(r rune) bool { return t.Kind > Number && rune(t.ID) == r }

// Text returns the token's text in src.
func (t *Token) Text(src string) string { return src[t.Start:t.End] }

// Len returns the token's length in bytes.
func (t *Token) Len() int { return int(t.End - t.Start) }

// IsWord reports whether t is a word or number.
func (t *Token) IsWord() bool { return t.Kind == Word || t.Kind == Number }

// Capitalised reports whether t is a word that opens with a capital.
func (t *Token) Capitalised() bool { return t.Kind == Word && t.Shape&Cap != 0 }
