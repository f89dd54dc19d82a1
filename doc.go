// Package newsmodel turns English news reports into typed, checkable data:
// the dated article, the actors in it, who said what, and who stands for or
// against whom.
//
// The work is done by four packages, each building on the one before:
//
//	article  ←  entity  ←  quote  ←  stance
//	(dates,     (people,    (who said   (who is for or
//	 paragraphs, places,     what)       against whom)
//	 sentences)  groups)
//
// Every item found is a span of byte offsets into the caller's input, which
// is kept unchanged, so src[s.Start:s.End] is always the item's text.
//
// # Fixtures
//
// The two reports the library is built on, two accounts of US Secretary of
// State John Kerry's July 2016 talks with Vladimir Putin in Moscow, are
// embedded for importers' tests: see [Fixtures] and [Fixture].
//
// # Stability
//
// The module is at v0: minor versions may change the API.
package newsmodel
