package entity

// An entity's kind is weighed from two sides: what the gazetteer and the
// knowledge tables say of its name, a prior ("Jackson" is a city and a
// given name), and the cues of every mention's context, the evidence
// ("Jackson said", "in Jackson"). A known name is a prior, not a verdict:
// the evidence of a mention or two outweighs a town's name, not a
// country's. The gazetteer, which the caller may give, is a verdict.

// cueVote returns the kind a cue speaks for and how strongly.
func cueVote(c cue) (Kind, int32) {
	switch c {
	case cueHonorific, cueCompetitor:
		return KindPerson, 6
	case cueTitle, cueApposPerson, cueOffice:
		return KindPerson, 5
	case cueInitial, cueAge, cueKin, cueSpeaker:
		return KindPerson, 4
	case cueActs:
		return KindPerson, 3
	case cueClaimant:
		return KindPerson, 1
	case cueGiven:
		return KindPerson, 3
	case cueOrgSuffix:
		return KindOrganization, 8
	case cueOrgHead, cueContest:
		return KindOrganization, 6
	case cueApposOrg, cueBrand, cueOrgInName:
		return KindOrganization, 5 // "YouTube said": organisations speak too
	case cueTeamPlural:
		return KindOrganization, 4
	case cuePlaceInName, cueTheName:
		return KindOrganization, 3
	case cueStaff:
		return KindOrganization, 3
	case cueAcronym, cueCommonNoun:
		return KindOrganization, 2
	case cueApposPlace, cueComma, cuePlaceHead:
		return KindPlace, 5
	case cueBased, cueRegionOf:
		return KindPlace, 4
	case cueIn:
		return KindPlace, 3
	case cueAt:
		return KindPlace, 1
	}
	return KindUnknown, 0
}

// onceCues count once for an entity, however many of its mentions have
// them: they speak for a person, but organisations do as much.
const onceCues = cueSpeaker | cueActs

// The cues that speak for each kind.
const (
	personCues = cueHonorific | cueCompetitor | cueTitle | cueOffice | cueApposPerson | cueInitial | cueAge | cueKin | cueSpeaker | cueGiven
	orgCues    = cueOrgSuffix | cueOrgHead | cueContest | cueApposOrg | cueTeamPlural | cueStaff | cueAcronym | cueOrgInName
	placeCues  = cueApposPlace | cueComma | cuePlaceHead | cueBased | cueRegionOf | cueIn
)

// prior returns the kind the tables give a name and how strongly: a
// country or a region above any evidence but the strongest, a big city
// above a mention or two, a small town or a given name alone a little.
func prior(r *reading, words int) (Kind, int32) {
	kn := &r.kn
	switch {
	case kn.actor != KindUnknown && !kn.actorAlias:
		return kn.actor, 6
	case kn.place == placeCountry:
		return KindPlace, 7
	case kn.place == placeRegion:
		return KindPlace, 5
	case kn.place == placeCity && kn.population >= 1_000_000:
		return KindPlace, 5
	case kn.actor != KindUnknown:
		return kn.actor, 3
	case kn.place == placeCity && kn.population >= 100_000:
		return KindPlace, 3
	case kn.place != placeUnknown:
		return KindPlace, 2
	case words == 1 && kn.female+kn.male >= 1000:
		return KindPerson, 1
	}
	return KindUnknown, 0
}

// localKind returns the kind a name record says of itself, its context
// and the tables: what matching names needs before all the evidence is in.
func localKind(rec *record) Kind {
	var votes [5]int32
	n := 2
	if rec.flags&fSurname != 0 {
		n = 1
	}
	k, w := prior(&rec.read, n)
	votes[k] += w
	for c := cue(1); c != 0 && c <= rec.cues; c <<= 1 {
		if rec.cues&c != 0 {
			k, w := cueVote(c)
			votes[k] += w
		}
	}
	return best(votes, k)
}

// best returns the kind of most votes; a tie keeps the prior's.
func best(votes [5]int32, prior Kind) Kind {
	out := prior
	for _, k := range []Kind{KindPerson, KindOrganization, KindPlace} {
		if votes[k] > votes[out] || out == KindUnknown && votes[k] > 0 {
			out = k
		}
	}
	if votes[out] == 0 {
		return KindUnknown
	}
	return out
}

// personLike reports whether a name record may be a person's: its own
// evidence says so, or it says nothing against and has two words or more.
func personLike(rec *record) bool {
	switch localKind(rec) {
	case KindPerson:
		return true
	case KindUnknown:
		return true
	}
	return false
}

// kinds decides each named entity's kind from the prior of its fullest
// name and the cues of all its mentions.
func (r *resolver) kinds() {
	votes := make([][5]int32, len(r.ents))
	priors := make([]Kind, len(r.ents))
	for e := range r.ents {
		en := &r.ents[e]
		if en.full >= 0 {
			rec := &r.p.recs[en.full]
			k, w := prior(&rec.read, len(en.words))
			votes[e][k] += w
			priors[e] = k
		}
	}
	subject := make([]bool, len(r.ents))
	// speaking counts once for an entity: "Microsoft said" ten times is
	// one piece of evidence, beside its prior, and organisations speak too
	seen := make([]cue, len(r.ents))
	for i := range r.p.recs {
		rec := &r.p.recs[i]
		if rec.ent < 0 || rec.kind != rName {
			continue
		}
		if rec.flags&fSubject != 0 {
			subject[rec.ent] = true
		}
		for c := cue(1); c != 0 && c <= rec.cues; c <<= 1 {
			if rec.cues&c != 0 && seen[rec.ent]&c&onceCues == 0 {
				k, w := cueVote(c)
				votes[rec.ent][k] += w
				seen[rec.ent] |= c
			}
		}
		if rec.flags&fSurname != 0 && rec.ent >= 0 && r.ents[rec.ent].full >= 0 && len(r.ents[rec.ent].words) > 1 {
			votes[rec.ent][KindPerson] += 2 // a surname of a fuller name
		}
	}
	for e := range r.ents {
		en := &r.ents[e]
		if en.gaz > 0 || en.kind != KindUnknown {
			continue
		}
		en.kind = best(votes[e], priors[e])
		if en.kind == KindUnknown && len(en.words) >= 2 {
			en.kind = KindPerson // news writes people's names in two words or more
		}
		if en.kind == KindUnknown && subject[e] {
			en.kind = KindPerson // "Pachomius refused": who acts is someone
		}
	}
}
