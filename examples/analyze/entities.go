package main

import "github.com/newsmodel/newsmodel/entity"

// entitiesOf finds the entities of a report.
func entitiesOf(an analysis) ([]entity.Entity, []entityJSON) { return nil, nil }

// entityLinks groups the entities several reports share.
func entityLinks(all []analysis) []entityLinkJSON { return nil }
