// Package newsmodel turns English news reports into typed, checkable data:
// the dated article, the actors in it, who said what, and who stands for or
// against whom. It is rule-based and deterministic: the same input gives the
// same output, byte for byte, in time linear in its length.
//
// # Packages
//
// The work is done by four packages, each building on the ones before it:
//
//	article ← entity ← quote ← stance ← newsmodel
//
//	article   report text: header, dateline, paragraphs, sentences,
//	          dates and time expressions, text folding
//	entity    actors: people, organisations, places, groups; titles,
//	          affiliations, mentions, a gazetteer; merging across reports
//	quote     who said what: direct, partial and reported quotes with
//	          speaker and cue; alignment across reports
//	stance    who is for or against whom: relations with holder, target,
//	          polarity, cue and evidence; a notation; a cue lexicon
//	newsmodel this package: the one-call pipeline, comparison of reports,
//	          and the fixture reports for tests
//
// # Spans
//
// Every item found is an [article.Span]: half-open byte offsets into the
// caller's input, which is kept unchanged as [article.Article.Source], so
// src[s.Start:s.End] is always the item's text. Derived values, such as a
// resolved date or a canonical name, sit beside the spans.
//
// # Pipeline
//
// [Analyze] runs everything on one report; [Compare] relates several:
//
//	an, err := newsmodel.Analyze(src, newsmodel.Options{})
//	if err != nil {
//		return err // a malformed header value, or input that is not UTF-8 text
//	}
//	for _, q := range an.Quotes {
//		if e := an.Entity(q.Speaker.Entity); e != nil {
//			fmt.Println(e.Name, "said", q.Text(src))
//		}
//	}
//	c := newsmodel.Compare(an, other) // shared actors, aligned quotes, stances
//
// The zero [Options] work: the built-in gazetteer and cue lexicon, and no
// reference date (an undated report's "yesterday" stays unresolved).
//
// # Fixtures
//
// The two reports the library is built on, two accounts of US Secretary of
// State John Kerry's July 2016 talks with Vladimir Putin in Moscow, are
// embedded for importers' tests: [Fixture] returns one by name
// ([KremlinFull], [KremlinWire]) and [Fixtures] all of them as an [fs.FS].
// [Generate] makes synthetic reports of any size for benchmarks.
//
// # JSON contract
//
// [Report] renders an analysed report as the JSON contract's report
// object: its article (date, headline, paragraphs), entities with
// mentions, quotes with speaker and cue, time expressions with values, and
// stances; every "text" equals the bytes its span covers. [Links] renders
// what a [Comparison] found shared between reports. Both are
// [encoding/json.Marshaler]s, and [Report.WriteJSON] writes one line of
// JSON Lines. The command examples/analyze prints them, one object for a
// few reports or one line a report for batches. The shape is documented
// in the README and fixed for other tools to rely on. The types of this
// module also marshal to JSON directly, with enums as text, in a shape of
// their own.
//
// # Concurrency
//
// All functions of the module are safe for concurrent use. [Analyze] and
// [Compare] never modify their arguments, so one [Options] value, gazetteer
// and lexicon may serve many goroutines. Results are plain data: share them
// for reading, and copy before changing them (copies share slices).
//
// # Stability
//
// The module is at v0: minor versions may change the API. The JSON contract
// ([Report], [Links]) changes only by adding fields.
package newsmodel
