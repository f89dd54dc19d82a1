package stance

import (
	"errors"
	"fmt"

	"github.com/newsmodel/newsmodel/article"
)

// Sentinel errors reported in [ParseError.Err]. Test for them with [errors.Is].
var (
	// ErrSyntax means a line of the notation or the lexicon is not in the
	// documented form.
	ErrSyntax = errors.New("invalid syntax")
	// ErrPolarity means a polarity name is not one of "support", "oppose",
	// "neutral" (or "unknown" in the notation).
	ErrPolarity = errors.New("unknown polarity")
	// ErrPattern means a lexicon pattern has no cue word, or misplaces its
	// holder or target slot.
	ErrPattern = errors.New("invalid pattern")
)

// A ParseError reports where in its input a parse of the notation or of a
// lexicon failed and why.
type ParseError struct {
	Pos article.Position // where the problem starts
	Err error            // a sentinel of this package, wrapped with detail
}

// Error returns the error as "stance: line:column: message".
func (e *ParseError) Error() string { return fmt.Sprintf("stance: %v: %v", e.Pos, e.Err) }

// Unwrap returns the underlying error, so that errors.Is finds the sentinel.
func (e *ParseError) Unwrap() error { return e.Err }

// errorAt builds a ParseError at offset off of src, quoting a copy of text.
func errorAt(src string, off int, sentinel error, text string) *ParseError {
	return &ParseError{Pos: article.PositionFor(src, off), Err: fmt.Errorf("%w: %q", sentinel, string([]byte(text)))}
}
