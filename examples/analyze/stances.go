package main

import "github.com/newsmodel/newsmodel/stance"

// stancesOf finds the stances of a report; an.entities and an.quotes are filled.
func stancesOf(an analysis) ([]stance.Relation, []stanceJSON) { return nil, nil }
