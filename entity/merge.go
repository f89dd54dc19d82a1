package entity

import (
	"github.com/newsmodel/newsmodel/internal/disjoint"
	"strconv"
	"strings"
)

// A Member names one entity of one report: the index of the report in the
// slice given to [Merge] and the entity's ID.
type Member struct {
	Report int    `json:"report"` // index of the report in the slice given to Merge
	Entity string `json:"entity"` // the entity's ID in that report
}

// A Group is one actor across reports: its name and the entities that are
// it, in order of report and then of entity.
type Group struct {
	Name    string   `json:"name"`    // the fullest name any member has
	Kind    Kind     `json:"kind"`    // the members' kind
	Members []Member `json:"members"` // in order of report, then of entity
}

// Merge groups the entities of several reports with the zero [Extractor].
func Merge(reports [][]Entity) []Group { return new(Extractor).Merge(reports) }

// Merge groups the entities of several reports that are the same actor:
// entities whose names or aliases are the same under [NormalizeName], or
// name the same gazetteer entry ("IS" = "DAESH"), or differ only by name
// particles ("Bashar Assad" = "Bashar al Assad"); and a person named by
// surname alone joins the one person of that surname with a fuller name.
// Anonymous entities are never merged: "a senior US official" of one report
// need not be that of another.
//
// Every entity is in exactly one group. Groups are in order of their first
// member, so the result is the same for the same input.
func (x *Extractor) Merge(reports [][]Entity) []Group {
	g := x.gazetteer()
	type node struct{ r, i int }
	var nodes []node
	for r, ents := range reports {
		for i := range ents {
			nodes = append(nodes, node{r, i})
		}
	}
	sets := disjoint.New(len(nodes))
	find, union := sets.Find, sets.Union
	keyOwner := map[string]int{}
	canon := make([]string, len(nodes)) // gazetteer name, if any
	for n, nd := range nodes {
		e := &reports[nd.r][nd.i]
		if e.Anonymous {
			continue
		}
		for _, name := range append([]string{e.Name}, e.Aliases...) {
			k := NormalizeName(name)
			if k == "" {
				continue
			}
			keys := []string{"n:" + strings.Join(nameWords(k), " ")}
			if ref, ok := g.index[k]; ok && ref.form != FormDemonym {
				keys = append(keys, "g:"+strconv.Itoa(int(ref.entry)))
				if canon[n] == "" {
					canon[n] = g.entries[ref.entry].Name
				}
			}
			for _, key := range keys {
				if o, ok := keyOwner[key]; ok {
					if kindsAgree(e.Kind, reports[nodes[o].r][nodes[o].i].Kind) {
						union(o, n)
					}
				} else {
					keyOwner[key] = n
				}
			}
		}
	}
	// surnames: "Kerry" joins "John Kerry" when only one person has that surname
	bySurname := map[string]int{} // surname → group root, or -1 when several
	for n, nd := range nodes {
		e := &reports[nd.r][nd.i]
		if e.Anonymous || e.Kind != KindPerson {
			continue
		}
		w := nameWords(NormalizeName(e.Name))
		if len(w) < 2 {
			continue
		}
		s := w[len(w)-1]
		if o, ok := bySurname[s]; !ok {
			bySurname[s] = find(n)
		} else if o >= 0 && find(o) != find(n) {
			bySurname[s] = -1
		}
	}
	for n, nd := range nodes {
		e := &reports[nd.r][nd.i]
		if e.Anonymous || e.Kind != KindPerson && e.Kind != KindUnknown {
			continue
		}
		w := nameWords(NormalizeName(e.Name))
		if len(w) == 1 {
			if o, ok := bySurname[w[0]]; ok && o >= 0 {
				union(o, n)
			}
		}
	}
	// collect in order of first member
	index := map[int]int{}
	var out []Group
	var fromGaz []bool
	for n, nd := range nodes {
		root := find(n)
		gi, ok := index[root]
		e := &reports[nd.r][nd.i]
		if !ok {
			gi = len(out)
			index[root] = gi
			out = append(out, Group{Kind: e.Kind})
			fromGaz = append(fromGaz, false)
		}
		grp := &out[gi]
		grp.Members = append(grp.Members, Member{Report: nd.r, Entity: e.ID})
		switch {
		case fromGaz[gi]:
		case canon[n] != "":
			grp.Name, fromGaz[gi] = canon[n], true
		case grp.Name == "" || len(strings.Fields(e.Name)) > len(strings.Fields(grp.Name)):
			grp.Name = e.Name
		}
		if grp.Kind == KindUnknown {
			grp.Kind = e.Kind
		}
	}
	return out
}

func kindsAgree(a, b Kind) bool { return a == b || a == KindUnknown || b == KindUnknown }
