package text

// guess returns the classes of a lower-case word the table does not know,
// from its ending: "-ly" adverbs, "-ing" and "-ed" verb forms, "-tion"
// nouns, "-ous" adjectives; a plain noun otherwise.
func guess(w []byte) Class {
	n := len(w)
	if n < 4 {
		return Noun | Sg
	}
	// has reports whether w ends in suf and has two more letters before
	has := func(suf string) bool {
		if n < len(suf)+2 {
			return false
		}
		return string(w[n-len(suf):]) == suf
	}
	switch w[n-1] {
	case 'y':
		if has("ly") {
			return Adv
		}
		if has("ify") {
			return Verb | Base
		}
		if has("ity") || has("ary") {
			return Noun | Sg
		}
	case 'g':
		if has("ing") {
			// a participle or gerund: "referencing ants", "the
			// bombing"; after a determiner the tagger makes it a noun
			return Verb | Ing
		}
	case 'd':
		if has("ed") {
			return Verb | Past | Part | Adj
		}
		if has("hood") {
			return Noun | Sg
		}
	case 'n':
		if has("tion") || has("sion") {
			return Noun | Sg
		}
		if has("ian") {
			return Noun | Sg | Person
		}
	case 't':
		if has("ment") {
			return Noun | Sg
		}
		if has("ist") {
			return Noun | Sg | Person
		}
	case 's':
		switch {
		case has("ness") || has("ss") || has("us") || has("is"):
			return Noun | Sg
		case has("ous") || has("less"):
			return Adj
		case has("ists") || has("ians") || has("eers") || has("ees"):
			return Noun | Pl | Person
		case has("ities") || has("ions") || has("ments") || has("ances") || has("ences") || has("isms") ||
			has("ships") || has("nesses") || has("ers") || has("ors"):
			return Noun | Pl
		case has("izes") || has("ises") || has("ifies") || has("ates"):
			return Verb | Pres3
		}
		return Noun | Pl | Verb | Pres3
	case 'm':
		if has("ism") {
			return Noun | Sg
		}
	case 'p':
		if has("ship") {
			return Noun | Sg
		}
	case 'e':
		switch {
		case has("ance") || has("ence") || has("age") || has("ure"):
			return Noun | Sg
		case has("ive") || has("able") || has("ible"):
			return Adj
		case has("ize") || has("ise"):
			return Verb | Base
		case has("ate"):
			return Verb | Base | Noun | Sg // "to mandate", "a candidate"
		case has("ee"):
			return Noun | Sg | Person
		}
	case 'l':
		if has("ful") || has("al") {
			return Adj
		}
	case 'c':
		if has("ic") {
			return Adj
		}
	case 'h':
		if has("ish") {
			return Adj
		}
	case 'r':
		if has("eer") {
			return Noun | Sg | Person
		}
	}
	return Noun | Sg
}
