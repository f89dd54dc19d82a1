// Package entity finds the actors of a news report — people, organisations,
// places and groups — with their titles, affiliations and every mention, and
// merges them across reports.
//
// The API may change while the module is at v0.
//
// [Extract] reads an [article.Article] and returns its entities in order of
// first mention, each with its mentions as spans into the article's source:
//
//   - names, with title phrases parsed into title and affiliation
//     ("Russian President Vladimir Putin": title President, affiliation
//     Russia; "Kremlin spokesperson Dmitry Peskov"; "Top US envoy John
//     Kerry") and titles in apposition ("Sergei Lavrov, Russia's foreign
//     minister,"; "The Dutch prime minister, Mark Rutte,");
//   - surnames, resolved to the full name met before or after;
//   - definite descriptions by title ("The US secretary of state"), resolved
//     to the person holding that title in the report, or failing that to
//     the titled person of that affiliation just mentioned;
//   - pronouns ("he", "him", "his", "she", "her", "they", "them", "their")
//     outside quotations, resolved to the salient person or group: the
//     subject of their sentence, or of the nearest earlier one, of the right
//     gender and number; unresolved pronouns are left out;
//   - anonymous descriptions ("a senior US official", "another senior
//     official", "several American officials", "critics of US policy",
//     "officials at the State Department") as anonymous entities of their
//     own — a person when singular, a group when plural — with their
//     affiliation; "the official(s)" refers back to the last one;
//   - gazetteer names: countries with demonyms and capitals, international
//     bodies, militant groups, news organisations, and seats of power whose
//     mentions are metonyms ("the Kremlin", "Washington has said") unless
//     they follow a preposition of place ("in the Kremlin").
//
// A name mention spans the name only, never its title or a possessive
// "'s"; a demonym or country in the title phrase is a mention of its own.
// Mentions of different entities never overlap, so [MentionAt] can map the
// span of a speaker or stance holder found by another package to the entity
// it names. A phrase that contains a place but stands for someone else
// ("US officials") is one mention of the group, not of the place.
//
// Sentence-opening words that the report also writes in lower case, and
// common function words, are not taken for names; in headings, capitalised
// words count only when the gazetteer or the body knows them. Boilerplate
// paragraphs are not read.
//
// [Merge] groups the entities of several reports that are the same actor,
// by [NormalizeName], gazetteer entry and name particles. [Gazetteer]
// documents the line-oriented text format of known names; [Builtin] is
// the embedded one.
//
// Extraction is linear in the input: names are at most twelve words, and
// resolution looks back over a bounded number of mentions.
//
// # Concurrency
//
// [Extractor], [Gazetteer] and the package functions are safe for
// concurrent use. Returned entities are the caller's; copies share slices.
package entity
