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
// [article.Article] with the pipeline's shared reading of the text
// (tokens, parts of speech, noun and verb groups and their links) and match
// the cues of a [Lexicon] where they stand in a clause: "X backs Y", "X's
// criticism of Y", "X is wary of working with Y", "X is Y's ally". A cue
// makes a relation only where it heads its group: the main verb of a
// clause, the noun of a noun group, the head of a predicate; "a support
// group" and "the armed forces" make none.
//
//   - Holders and targets come from the syntax: the holder is the subject
//     of the cue's clause (through relative clauses, appositions, shared
//     subjects and infinitives: "Labour refused to back", "Kerry met Putin
//     to offer him cooperation"), the by-agent of a passive ("has been
//     endorsed by dozens of papers"), or the possessor or modifier of a
//     stance noun ("Moscow's backing for Assad", "US criticism of Russia");
//     the target is the object or the object of the cue's preposition. A
//     noun that names people holds its stance itself or gives it to whom
//     it describes: "critics of US policy", "Brown's supporters", "Trump
//     critic Mark Cuban", "He is a staunch opponent of the plan".
//
//   - Holders are actors: names, pronouns resolved to one, people and
//     groups ("officials", "the government"), the whole of a part ("much
//     of Washington"), or the author of a document ("Trump's tweet
//     mocking", "a statement the union released criticizing"). A thing, a
//     predicate noun or the reporter holds nothing.
//
//   - Negation: a negated or refused support becomes oppose ("was not
//     satisfied with", "refused to back", "won't back"); a negated, refused
//     or avoided oppose becomes neutral ("did not condemn", "avoids
//     condemning"). Both set [Relation.Negated].
//
//   - Modality: a hedged stance ("may", "might", "could", "would") is not a
//     stated one: its polarity is Neutral and [Relation.Hypothetical] is
//     set. Questions and conditions ("if", "unless", "whether") make no
//     relation.
//
//   - Reported stance belongs to the reported subject: in "Smith says Lee
//     promised to keep supporting Brown" the holder is Lee and
//     [Relation.Via] is Smith; in "RIA quoted Zakharova as saying Moscow
//     was not satisfied" it is Moscow, via RIA and Zakharova. The speaker
//     of a quote (from the quote package, or "X said", "according to X")
//     holds what the content says in the first person, and the
//     evaluations it makes of a named party: `"Lee is a disgrace," Smith
//     said` is Smith against Lee.
//
// When entities are given, a party whose head an entity's mention covers
// takes the entity's ID and name; pronouns take the entity the entity
// package resolved them to, else the name before them.
//
// # Passes
//
// [Extractor.NewPass] reads an article window by window ([Pass.Window]),
// keeping compact records, and [Pass.Relations] maps them to the entities
// and quotes that other stages found: the fused pipeline of package
// newsmodel drives it.
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
//	oppose  Y be disgrace|liar|fraud
//
// X is the holder, Y the target, X's and Y's possessors or modifiers, "..."
// a short gap, "be" a copula; words are lemmas and match their
// inflections, "a|b" either. Callers extend it with [Lexicon.Extend]; its
// words join the shared word table.
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
// [Extractor] is never modified by extraction. A [Pass] should not be
// shared.
package stance
