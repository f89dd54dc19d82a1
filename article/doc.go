// Package article parses plain-text English news reports into dated
// articles: a metadata header, a wire dateline, paragraphs (body, heading,
// boilerplate) and sentences, plus the time expressions of the text resolved
// against the report's date.
//
// Everything found is a [Span]: half-open byte offsets into the caller's
// input, kept unchanged as [Article.Source], so src[s.Start:s.End] is the
// item's text. Derived values, such as a [Date] or a folded string, sit
// beside their spans; [Fold] and the other normalisers are for matching and
// never rewrite the source.
//
// # Parsing
//
// [Parse] and [Parser.Parse] accept text as it comes from the wild. A
// metadata header is optional ("date 2016-07-15", "title: …"); paragraphs may
// be separated by blank lines or single newlines; hard-wrapped lines are
// joined; short unpunctuated lines are headings; trailing page furniture is
// kept but marked [KindBoilerplate]. Text without a header is never an error:
// only a header field with a malformed value is, reported as a [*ParseError]
// with its line and column.
//
// # Dates
//
// A [Date] carries its precision: a day, an ISO week, a month or a year,
// printed as "2016-07-14", "2016-W28", "2016-06" or "2015". [ParseDate] reads
// the absolute forms of news writing ("July 15, 2016", "15 July", "Jul. 15").
//
// # Concurrency
//
// All functions are safe for concurrent use. A [Parser] is never modified by
// parsing. An [Article] is plain data; readers may share it.
//
// # Stability
//
// The module is at v0: minor versions may change the API.
package article
