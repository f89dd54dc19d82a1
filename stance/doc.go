// Package stance finds who stands for or against whom in a news report:
// relations from a holder to a target with a polarity (support, oppose or
// neutral), the cue that carries it, the sentence that states it, and who
// reported it.
//
// BE ADVISED: the module is at v0; the API may change.
//
// # Extraction
//
// [Extract] and [Extractor.Extract] read the sentences of an
// [article.Article] and match the cues of a [Lexicon] ("X backs Y", "X's
// criticism of Y", "X is wary of working with Y", "X is Y's ally"). Holders
// and targets are found by rules of news English, with or without the
// entity package's help: capitalised names with their titles ("Top US
// envoy John Kerry"), groups ("US officials", "much of Washington",
// "critics of US policy"), pronouns resolved to the nearest name, the
// subject of a purpose clause ("met Putin to offer him cooperation"), the
// object a relative clause hangs on ("a pact Moscow wanted, but the
// administration resisted").
//
//   - Negation: a negated or refused support becomes oppose ("was not
//     satisfied with", "refused to back"); a negated oppose becomes neutral
//     ("did not condemn"). Both set [Relation.Negated].
//
//   - Modality: "would", "could", "might" set [Relation.Hypothetical].
//
//   - Passive voice: "the plan was resisted by the French government".
//
//   - Nominal forms: "Russia's backing of Assad", "US criticism of Russia",
//     "opposition to the plan is shared by officials".
//
//   - Reported stance: in "RIA quoted Zakharova as saying Moscow was not
//     satisfied", the holder is Moscow and [Relation.Via] is RIA, Zakharova.
//     A quote's speaker (from the quote package, or "X said", "according to
//     X") holds a stance its content states without a holder of its own.
//
//   - Holders behind other words: an appositive or parenthetical ("Lee,
//     who chairs the panel, praised"), a participle clause ("blasted
//     Japan, accusing it of"), a coordinated verb ("walked out and
//     denounced"), a document ("released a statement criticizing": its
//     author), "praised Lee for backing" (Lee), "one of Y's allies".
//
//   - A speaking "he" or "she" continues the paragraph's last named speaker.
//
// When entities are given, a party whose span overlaps one of an entity's
// mentions takes the entity's ID and name.
//
// # Lexicon
//
// The built-in [DefaultLexicon] is written for this package. Its line
// format, read by [ParseLexicon] and printed by [Lexicon.String], is one
// entry a line, a polarity and a pattern:
//
//	# comment
//	support X back Y
//	support X be Y's ally|backer|friend
//	oppose  X's criticism|condemnation of|against Y
//	oppose  X work|fight with ... against Y
//
// X is the holder, Y the target, X's and Y's possessors, "..." a short gap,
// "be" any form of be; words are lemmas and match their inflections, "a|b"
// either. Callers extend it with [Lexicon.Extend].
//
// # Notation
//
// Relations print and parse as one line each ([Format], [Parse],
// [Relation.String]):
//
//	HOLDER -> TARGET : POLARITY [negated] [hypothetical] ["CUE"] [via PARTY {, PARTY}]
//	Peskov -> United States : support "favoured cooperation with the US"
//	Moscow -> "the pace, of it" : oppose negated via RIA, Maria Zakharova
//
// A party is bare text (without `"`, `:`, `,`, `#` or "->") or a Go
// double-quoted string. Blank lines and '#' comments are skipped. Parse
// reads what Format prints back to the same fields; a malformed line is a
// [*ParseError] with its line and column.
//
// # Comparison
//
// [Compare] groups the relations of several reports by holder and target
// ([Party.Key]: the entity name, else the text normalised by
// [NormalizeParty]) and reports agreements, contradictions and stances only
// one report carries.
//
// # Concurrency
//
// All functions are safe for concurrent use. A [Lexicon] is immutable; an
// [Extractor] is never modified by extraction.
package stance
