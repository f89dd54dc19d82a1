// Package quote finds who said what in a news report: direct, partial and
// indirect quotes, each with its speaker and cue.
//
// [Extract] reads an [article.Article] (and, optionally, the entities of
// package entity) and returns its quotes in document order.
//
// # Quotation marks
//
// Straight and curly double quotes, guillemets and low-9 marks, and the
// “ and ” pairs of some newspapers, are quotation marks. Single quotes
// count only at word boundaries, so apostrophes (we'll, Russia's, '90s,
// the horses' carrots) never open or close a quote. A straight mark may
// close a curly one and the other way round. Quotes nest; only the
// outermost quote of a nest is reported. Marks are paired within a
// paragraph, so one unbalanced mark never spoils the rest of a report: a
// quote still open at the end of its paragraph is continued when the next
// paragraph opens with a quotation mark (the newswire convention for
// quotes of several paragraphs), and otherwise ends with its paragraph and
// is flagged [Quote.Unclosed].
//
// # Attribution
//
// The speaker is found syntactically, by the conventions of news writing:
// the subject of a speech verb after the quote (`"…," Kerry said`, `"…,"
// said Kerry`, `"…," Kerry, the minister, said`, `"…," he told reporters`)
// or before it (`Kerry said: "…"`), `according to X`, `X quoted Y as
// saying`, a colon introduction, a dash byline. The subject may carry a
// chain of appositives (`"…," Scott Ruiz, the state's attorney general, a
// Republican, said`). A quote with no attribution of its own that fills a
// sentence continues the speaker of the quote just before it (or, in the
// same paragraph, just after it). In the same paragraph it is a further
// fragment of that quote (`"A," he said. "B."` is one quote, as in
// PolNeAR); [Extractor.SplitContinued] reports it as a quote of its own,
// flagged [Quote.Continues], as a quote of a later paragraph always is.
// Further quoted fragments of one reported clause (`called it "A" and
// "B"`) are fragments of one partial quote. A quote inside a
// reported clause (`Putin said he was looking for "tangible results."`) is
// partial and belongs to the reporting clause's subject. A short quote that
// nothing attributes is a scare quote, title or term: a partial quote of
// the writer, with no speaker. [Quote.Rule] says which rule decided.
//
// The speaker span is the mention as written ("he", "a senior US official",
// "White House spokesman Josh Earnest"); it is resolved to an entity when
// an entity mention overlaps it.
//
// Further attributions: `"…," as the memo put it`, a parenthesised party
// after the name (`Rep. Ann Lee (D-Ohio) said`), a speech verb's -ing form
// after a comma or preposition (`…, saying "…"`: the sentence's subject), a
// second verb of the subject (`X visited Y and said "…"`), a colon after a
// verb's object (`X made this promise: "…"`: the subject), a headline's
// opening name and colon (`Senator: Talks 'Going Nowhere'`), and an
// attribution that closes the sentence after a partial quote (`A nurse who
// "asks questions" is fired, the union said.`). Labelling verbs (called,
// likened, lauded, exhorted, chanted …) attribute partial quotes only;
// a labelling verb's quoted object (`slammed "the insulting offer"`) is a
// partial quote. A later attribution in a clause of its own takes the
// quote (`While he conceded A, Lee argued "B"`; `X said A, and Y replied,
// "B"`), with the `according to` source before it as Via. A quote with no
// attribution of its own after reported speech continues that speech's
// speaker (`…, the mayor said. "We will rebuild."`). Quoted transcripts
// name their speakers in capitals (`"PENCE: Well, …`): each labelled
// paragraph is a quote of its own. In a headline, a quote belongs to the
// headline's subject (`Mayor Vows 'No Retreat'`, [RuleHeadline]) or to the
// name before a colon (`Minister on Tariffs: 'We Will Not Blink'`).
//
// # Reported speech
//
// Clauses under a speech or cognition verb with a subject are indirect
// quotes: `Peskov said Russia favoured cooperation`, `officials were
// careful to say the trip was not …`, `…, according to several officials`,
// `Russia favoured cooperation, Peskov said`, `A, Peskov said, B` (two
// fragments), and `US officials downplayed …, arguing they …`. A sentence
// may hold several: a clause ends where a coordinated attribution starts
// (`X said A, and Y noted that B`). Findings and intentions are reported
// too: `the study found that …`, `polls show that …`, `X wants to …`, `X
// vowed to …`, `X called for …`, `X told Y to …`, `X pointed to …`, and
// the topic of a speech verb (`X spoke of …`, `X complained about …`). A
// cognition verb reports a clause with a bare subject when a finite verb
// follows soon (`farmers believe subsidies are unfair`). A relative clause
// reports up to its closing comma, with "who" as the speaker as written
// (`Lee, who says she is innocent, …`). An attribution with no clause of
// its own still ends the clause before (`X noted A ― Y replied, "B"`). In
// a sentence with quotation marks, a clause that holds no quoted passage
// and whose cue attributes none is reported speech as well.
//
// # Matching across reports
//
// [Normalize] folds a quote's text for comparison, and [Align] groups the
// quotes several reports share: equal after normalisation, or
// near-identical by token-set Dice similarity (see [DefaultThreshold]).
//
// # Concurrency
//
// All functions are safe for concurrent use; an [Extractor] is never
// modified by extraction. The package is at v0: its API may change.
package quote
