package stance

import (
	"github.com/newsmodel/newsmodel/internal/enumtext"
	"slices"
)

// A FindingKind tells what several reports say about one holder and target.
type FindingKind uint8

// Finding kinds. The zero FindingKind is FindingUnknown.
const (
	FindingUnknown FindingKind = iota
	Agreement                  // two or more reports, one polarity
	Contradiction              // support in one report, oppose in another
	Single                     // only one report carries the stance
)

var findingKindNames = [...]string{"unknown", "agreement", "contradiction", "single"}

// String returns the kind's name: "unknown", "agreement", "contradiction"
// or "single".
func (k FindingKind) String() string { return enumtext.String(findingKindNames[:], "FindingKind", k) }

// AppendText appends the kind's name to b.
func (k FindingKind) AppendText(b []byte) ([]byte, error) {
	return enumtext.Append(b, findingKindNames[:], "stance", "finding kind", k)
}

// MarshalText returns the kind's name.
func (k FindingKind) MarshalText() ([]byte, error) { return k.AppendText(nil) }

// UnmarshalText sets k from its name.
func (k *FindingKind) UnmarshalText(b []byte) error {
	v, err := enumtext.Parse[FindingKind](findingKindNames[:], "stance", "finding kind", b)
	if err == nil {
		*k = v
	}
	return err
}

// A Report is the stance relations of one news report, for [Compare].
type Report struct {
	Name      string     `json:"name"`      // how the comparison names the report: a file name, an outlet
	Relations []Relation `json:"relations"` // the report's relations, as Extract gives them
}

// A Finding is what the reports say about one holder and target.
type Finding struct {
	Holder string `json:"holder"` // the group key: see [Party.Key]
	Target string `json:"target"` // the group key of the target
	// Kind is Agreement (two or more reports, one polarity), Contradiction
	// (support in one report, oppose in another) or Single (only one report
	// carries the stance).
	Kind FindingKind `json:"kind"`
	// Stances holds, per report carrying the pair, the first relation it
	// gives for it, in report order.
	Stances []Attributed `json:"stances"`
}

// An Attributed relation is a relation with the index of its report.
type Attributed struct {
	Report   int      `json:"report"`   // index of the report in the arguments of Compare
	Relation Relation `json:"relation"` // the relation as that report gives it
}

// Compare groups the support and oppose relations of several reports by
// holder and target (by entity name when resolved, else by normalised text;
// see [Party.Key]) and reports, for each pair, whether the reports agree,
// contradict each other (same holder and target, opposite polarity), or
// whether only one report carries the stance. Neutral and unknown relations
// are left out. Findings are in order of each pair's first appearance.
func Compare(reports ...Report) []Finding {
	type key struct{ h, t string }
	var order []key
	groups := map[key]*Finding{}
	for ri, r := range reports {
		for _, rel := range r.Relations {
			if rel.Polarity != Support && rel.Polarity != Oppose {
				continue
			}
			k := key{rel.Holder.Key(), rel.Target.Key()}
			if k.h == "" || k.t == "" {
				continue
			}
			g := groups[k]
			if g == nil {
				g = &Finding{Holder: k.h, Target: k.t}
				groups[k] = g
				order = append(order, k)
			}
			if slices.ContainsFunc(g.Stances, func(a Attributed) bool {
				return a.Report == ri && a.Relation.Polarity == rel.Polarity
			}) {
				continue
			}
			g.Stances = append(g.Stances, Attributed{Report: ri, Relation: rel})
		}
	}
	out := make([]Finding, 0, len(order))
	for _, k := range order {
		g := groups[k]
		reportsSeen := map[int]bool{}
		sup, opp := false, false
		for _, a := range g.Stances {
			reportsSeen[a.Report] = true
			sup = sup || a.Relation.Polarity == Support
			opp = opp || a.Relation.Polarity == Oppose
		}
		switch {
		case sup && opp && len(reportsSeen) > 1:
			g.Kind = Contradiction
		case len(reportsSeen) > 1:
			g.Kind = Agreement
		default:
			g.Kind = Single
		}
		out = append(out, *g)
	}
	return out
}
