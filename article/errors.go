package article

import (
	"errors"
	"fmt"
)

// Sentinel errors reported in [ParseError.Err]. Test for them with [errors.Is].
var (
	// ErrSyntax means the text is not in any form the parser knows.
	ErrSyntax = errors.New("invalid syntax")
	// ErrRange means the text has the right form but a value out of range,
	// such as month 13 or 31 April.
	ErrRange = errors.New("value out of range")
	// ErrNoYear means a date without a year was given no reference date to
	// take the year from.
	ErrNoYear = errors.New("date has no year and no reference date")
	// ErrUTF16 means the input starts with a UTF-16 byte order mark: it must
	// be converted to UTF-8 first.
	ErrUTF16 = errors.New("text is UTF-16, not UTF-8")
	// ErrBinary means the input holds NUL bytes: it is not text.
	ErrBinary = errors.New("binary data, not text")
)

// A ParseError reports where in its input a parse failed and why.
type ParseError struct {
	Pos Position // where the problem starts
	Err error    // a sentinel of this package, possibly wrapped with detail
}

// Error returns the error as "article: line:column: message".
func (e *ParseError) Error() string { return fmt.Sprintf("article: %v: %v", e.Pos, e.Err) }

// Unwrap returns the underlying error, so that errors.Is finds the sentinel.
func (e *ParseError) Unwrap() error { return e.Err }

// errorAt builds a ParseError at offset off of src, quoting a copy of the
// offending text.
func errorAt(src string, off int, sentinel error, text string) *ParseError {
	return &ParseError{Pos: PositionFor(src, off), Err: fmt.Errorf("%w: %q", sentinel, string([]byte(text)))}
}
