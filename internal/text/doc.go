// Package text is the one reading of a report's text that every stage of
// the pipeline shares: a word table, a tokenizer, a part-of-speech tagger
// and a shallow syntax reader.
//
// # Word table
//
// A [Table] knows each word form once: its classes (determiner, verb of
// speech, title, month...), its lemma and a value. It is compiled from the
// plain-text files in words/, which say what English news writing needs
// of its words; stages add their own words with [Table.Extend] rather than
// keeping tables of their own.
//
// # Tokens, tags and chunks
//
// [Table.Tokenize] reads a sentence into [Token]s: words, numbers and
// marks with byte spans, shapes and classes. A [Reader] reads windows of
// sentences: it tags each token with its part of speech in its sentence
// ([Tag]) and groups the tokens into [Chunk]s: noun groups with their
// heads, possessors, post-modifiers and appositions; verb groups with their
// lemma, tense, voice and negation, their subjects, objects, by-agents and
// complements; prepositions, clause openers and marks.
//
// Rules of the stages read chunks and classes, never bytes: "the subject
// of a verb of speech", "a noun group headed by a title".
//
// # Memory
//
// Tokens and chunks hold no pointers. A Reader keeps its memory from one
// window to the next, and windows are bounded ([WindowBytes]), so reading
// a long report needs no more memory than reading a short one.
package text
