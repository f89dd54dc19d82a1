package main

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsmodel/newsmodel/entity"
)

// key folds a name to its key in the tables: entity.NormalizeName without
// a leading "the". Package entity's knowledgeKey is the same fold.
func key(s string) string {
	return strings.TrimPrefix(entity.NormalizeName(s), "the ")
}

// words returns the words of a dictionary phrase, which joins them with
// '_' or ' ', without a trailing '_'.
func words(phrase string) []string {
	return strings.FieldsFunc(phrase, func(r rune) bool { return r == '_' || r == ' ' || r == '\t' })
}

// keyWords returns the words of a key.
func keyWords(k string) []string { return strings.Fields(k) }

// lowerParticles are words written in lower case inside a name.
var lowerParticles = set("of", "the", "and", "for", "in", "on", "at", "to", "de", "du", "des", "da", "di",
	"del", "della", "la", "le", "van", "von", "der", "den", "y", "bin", "ibn", "al", "el", "i")

// readable writes a dictionary phrase in the case of running text:
// "BARACK_H._OBAMA" is "Barack H. Obama", "ORGANIZATION_FOR_THE_PROHIBITION"
// is "Organization for the Prohibition", "MCCAIN" is "McCain"; acronyms
// stay in capitals.
func readable(phrase string, acronyms map[string]bool) string {
	ws := words(phrase)
	for i, w := range ws {
		if acronyms[w] && !(i > 0 && lowerParticles[strings.ToLower(w)]) {
			continue
		}
		l := strings.ToLower(w)
		if i > 0 && lowerParticles[l] {
			ws[i] = l
			continue
		}
		ws[i] = capitalize(l, i == 0)
	}
	return strings.Join(ws, " ")
}

// capitalize capitalises a lower-case word and each part after a hyphen,
// except particles ("mazar-i-sharif" is "Mazar-i-Sharif", "al-assad" after
// the first word is "al-Assad"), and the letter after "mc", "o'" or "d'".
func capitalize(w string, first bool) string {
	parts := strings.Split(w, "-")
	for j, p := range parts {
		// "mazar-i-sharif"; "bashar al-assad", but "Al-Jazeera" first
		if lowerParticles[p] && (j > 0 || !first && len(parts) > 1) {
			continue
		}
		parts[j] = upperFirst(p)
		if strings.HasPrefix(p, "mc") && len(p) > 3 {
			parts[j] = "Mc" + upperFirst(p[2:])
		}
		if len(p) > 2 && (p[0] == 'o' || p[0] == 'd') && p[1] == '\'' {
			parts[j] = string(unicode.ToUpper(rune(p[0]))) + "'" + upperFirst(p[2:])
		}
	}
	return strings.Join(parts, "-")
}

func upperFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

// isAcronymWord reports whether an upper-case dictionary word is written as
// an acronym: dotted ("U.S."), two or three letters, or without vowels.
func isAcronymWord(w string) bool {
	letters, vowels, dots := 0, 0, 0
	for _, r := range w {
		switch {
		case r == '.':
			dots++
		case 'A' <= r && r <= 'Z':
			letters++
			if strings.ContainsRune("AEIOUY", r) {
				vowels++
			}
		default:
			return false
		}
	}
	switch {
	case letters < 2:
		return false
	case dots > 0:
		return letters <= 6
	case letters <= 3:
		return true
	}
	return vowels == 0 && letters <= 6
}

// initials returns the initials of a phrase's words, skipping function
// words: "NORTH_ATLANTIC_TREATY_ORGANIZATION" gives "NATO".
func initials(phrase string) string {
	var b strings.Builder
	for _, w := range words(phrase) {
		if functionWords[strings.ToLower(w)] {
			continue
		}
		for _, part := range strings.Split(w, "-") {
			if part != "" && part[0] >= 'A' && part[0] <= 'Z' {
				b.WriteByte(part[0])
			}
		}
	}
	return b.String()
}

// functionWords are skipped when names are compared.
var functionWords = set("of", "the", "and", "for", "in", "on", "at", "to", "a", "an", "de", "du", "des", "la", "le", "el", "al")

func set(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// titleWords are the words of titles and honorifics that open a person's
// name in the dictionaries: "PRESIDENT_BARACK_OBAMA", "GENERAL_LORD_ISMAY".
var titleWords = set(
	"president", "vice", "prime", "minister", "secretary", "general", "chancellor", "premier", "king", "queen",
	"prince", "princess", "crown", "sheikh", "shaikh", "emir", "amir", "sultan", "ayatollah", "grand", "supreme",
	"leader", "chief", "head", "commander", "spokesman", "spokeswoman", "spokesperson", "ambassador", "envoy",
	"foreign", "defense", "defence", "interior", "finance", "deputy", "former", "ex", "acting", "senator", "sen",
	"rep", "representative", "congressman", "congresswoman", "governor", "mayor", "gen", "lt", "col", "colonel",
	"admiral", "adm", "major", "maj", "captain", "capt", "sergeant", "lord", "lady", "baroness", "baron", "sir",
	"dame", "mr", "mrs", "ms", "dr", "mullah", "mawlawi", "maulvi", "imam", "cardinal", "pope", "bishop",
	"archbishop", "rabbi", "pastor", "justice", "judge", "chairman", "chairwoman", "director", "official", "press",
	"executive", "undersecretary", "assistant", "attorney", "speaker", "marshal", "field", "secy", "sec", "top",
	"senior", "late", "elect", "designate", "adviser", "advisor", "commissioner", "party", "communist", "soviet",
	"moscow", "of", "the", "and", "general-secretary", "secretary-general", "leader-in-exile",
)

// titleHeads are the head nouns of titles: a phrase whose head, its last
// word before "of" or "for", is one of them describes a person by office
// ("US_SECRETARY_OF_STATE", "WHITE_HOUSE_SPOKESMAN") rather than names
// someone.
var titleHeads = set(
	"president", "presidents", "minister", "ministers", "secretary", "secretaries", "general", "generals",
	"chancellor", "premier", "king", "queen", "prince", "princess", "sheikh", "emir", "sultan", "leader", "leaders",
	"chief", "chiefs", "head", "heads", "commander", "commanders", "spokesman", "spokeswoman", "spokesperson",
	"spokesmen", "spokespeople", "ambassador", "ambassadors", "envoy", "envoys", "deputy", "senator", "senators",
	"representative", "representatives", "congressman", "congresswoman", "governor", "governors", "mayor",
	"official", "officials", "justice", "justices", "judge", "judges", "chairman", "chairwoman", "director",
	"directors", "executive", "executives", "undersecretary", "attorney", "speaker", "adviser", "advisers",
	"advisor", "advisors", "commissioner", "commissioners", "soldier", "soldiers", "troops", "officer", "officers",
	"reporter", "reporters", "journalist", "journalists", "correspondent", "staff", "staffer", "staffers",
	"member", "members", "lawmaker", "lawmakers", "diplomat", "diplomats", "negotiator", "negotiators",
	"delegate", "delegation", "potus", "secdef", "peacekeeper", "peacekeepers", "contingent", "worker", "workers",
	"employee", "employees", "agent", "agents", "spy", "spies", "monarch", "ruler", "rulers",
)

// orgWords mark a phrase as an organisation's name.
var orgWords = set(
	"ministry", "ministries", "department", "departments", "parliament", "party", "parties", "army", "armies",
	"force", "forces", "navy", "police", "council", "committee", "commission", "court", "courts", "assembly",
	"congress", "senate", "agency", "bank", "union", "front", "movement", "government", "administration",
	"office", "university", "institute", "institution", "school", "college", "academy", "news", "times", "post",
	"tv", "television", "radio", "press", "broadcasting", "broadcaster", "brigade", "brigades", "battalion",
	"battalions", "corps", "guard", "guards", "service", "services", "bureau", "authority", "federation",
	"association", "organization", "organisation", "organizations", "company", "corporation", "corp", "inc",
	"ltd", "llc", "plc", "group", "alliance", "coalition", "league", "network", "foundation", "fund", "center",
	"centre", "society", "church", "trust", "board", "tribunal", "cabinet", "junta", "regime", "palace", "house",
	"industries", "holdings", "airlines", "airways", "bancorp", "bancshares", "financial", "insurance", "energy",
	"systems", "technologies", "pharmaceuticals", "communications", "international", "worldwide", "commerce",
	"chamber", "legislature", "duma", "knesset", "majlis", "politburo", "secretariat", "directorate", "command",
	"militia", "militias", "rebels", "brotherhood", "taliban", "mujahideen", "jihad", "hezbollah", "hamas",
	"agencies", "program", "programme", "project", "initiative", "campaign", "mission", "watch", "club", "team",
	"forum", "conference", "summit", "red", "crescent", "cross", "intelligence", "ministerial", "state-run",
	"journal", "herald", "tribune", "telegraph", "gazette", "daily", "weekly", "magazine", "channel", "media",
	"newspaper", "ngo", "charity", "relief", "aid", "partners", "capital", "ventures", "motors", "electric",
	"petroleum", "oil", "gas", "mining", "steel", "foods", "bank's", "trust's", "airport", "port", "railways",
	"limited", "holding", "military", "incorporated", "co", "lp", "sa", "ag", "gmbh", "nv", "bv",
)

// isTitle reports whether a phrase is a title rather than a name: its
// head, the last word before "of", "for" or "to", is a title's head.
func isTitle(phrase string) bool {
	ws := keyWords(key(phrase))
	head := ""
	for _, w := range ws {
		if w == "of" || w == "for" || w == "to" {
			break
		}
		head = w
	}
	return head == "" || titleHeads[head]
}

// hasOrgWord reports whether a phrase has a word of organisation names.
func hasOrgWord(phrase string) bool {
	for _, w := range keyWords(key(phrase)) {
		if orgWords[w] {
			return true
		}
	}
	return false
}

// stripTitles drops the titles, function words and demonyms that open a
// person's name: "RUSSIAN_PRESIDENT_VLADIMIR_PUTIN" is "VLADIMIR_PUTIN".
func stripTitles(phrase string, demonyms map[string]bool) string {
	ws := words(phrase)
	i := 0
	for i < len(ws)-1 && isTitleWord(ws[i], demonyms) {
		i++
	}
	return strings.Join(ws[i:], "_")
}

// isTitleWord reports whether every word of w's key is a title word or a
// demonym: "SECRETARY-GENERAL" is.
func isTitleWord(w string, demonyms map[string]bool) bool {
	ws := keyWords(key(w))
	for _, x := range ws {
		if !titleWords[x] && !demonyms[x] {
			return false
		}
	}
	return len(ws) > 0
}

// levenshtein returns the edit distance of a and b, in bytes.
func levenshtein(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			c := prev[j-1]
			if a[i-1] != b[j-1] {
				c++
			}
			cur[j] = min(c, prev[j]+1, cur[j-1]+1)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
