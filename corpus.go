package newsmodel

import (
	"math/rand/v2"
	"strings"
)

// Generate returns deterministic synthetic news reports, at least size bytes
// in all, for benchmarks and scaling tests. The same seed gives the same
// reports. Each report recombines sentences of the shapes news writing uses
// — datelines, titles before names, direct, split, partial and
// paragraph-long quotes, reported speech, anonymous sources, time
// expressions, stance cues, headings and wire footers — over invented
// names, so no third-party text is involved.
func Generate(seed uint64, size int) []string {
	r := rand.New(rand.NewPCG(seed, 0x6e6577736d6f64))
	var out []string
	for n := 0; n < size; {
		rep := generateReport(r)
		out = append(out, rep)
		n += len(rep)
	}
	return out
}

var (
	genFirst   = []string{"Anna", "Pedro", "Leila", "Tomasz", "Grace", "Yusuf", "Ingrid", "Kofi", "Mei", "Ravi", "Sofia", "Dmitri"}
	genLast    = []string{"Kowalczyk", "Alves", "Haddad", "Nowak", "Okafor", "Demir", "Lindqvist", "Mensah", "Chen", "Iyer", "Moreau", "Volkov"}
	genCountry = []struct{ name, adj, capital string }{
		{"France", "French", "Paris"}, {"Brazil", "Brazilian", "Brasilia"}, {"Kenya", "Kenyan", "Nairobi"},
		{"Japan", "Japanese", "Tokyo"}, {"Turkey", "Turkish", "Ankara"}, {"Canada", "Canadian", "Ottawa"},
		{"Poland", "Polish", "Warsaw"}, {"India", "Indian", "New Delhi"}, {"Egypt", "Egyptian", "Cairo"},
	}
	genTitle  = []string{"President", "Prime Minister", "Foreign Minister", "Trade Minister", "Defence Secretary", "spokeswoman", "spokesman"}
	genOrg    = []string{"the United Nations", "the European Union", "the World Trade Organization", "NATO", "the African Union", "the central bank"}
	genTopic  = []string{"the trade deal", "the ceasefire plan", "new tariffs on steel", "the election results", "the climate accord", "the border agreement"}
	genVerb   = []string{"said", "told reporters", "warned", "noted", "added", "said in a statement"}
	genStance = []string{"backed", "criticised", "welcomed", "condemned", "rejected", "supported", "opposed"}
	genDay    = []string{"on Monday", "on Tuesday", "yesterday", "last week", "earlier this month", "on March 3", "two days ago", "next week"}
	genAgency = []string{"Reuters", "AP", "AFP"}
	genAnon   = []string{"a senior official", "two diplomats familiar with the talks", "several officials", "a government source"}
	genMonth  = []string{"January", "March", "May", "July", "September", "November"}
)

func capFirst(s string) string { return strings.ToUpper(s[:1]) + s[1:] }

func pick(r *rand.Rand, list []string) string { return list[r.IntN(len(list))] }

func generateReport(r *rand.Rand) string {
	c, d := genCountry[r.IntN(len(genCountry))], genCountry[r.IntN(len(genCountry))]
	name := pick(r, genFirst) + " " + pick(r, genLast)
	other := pick(r, genFirst) + " " + pick(r, genLast)
	surname := name[strings.IndexByte(name, ' ')+1:]
	var b strings.Builder
	switch r.IntN(3) {
	case 0:
		b.WriteString("date 20" + string(rune('1'+r.IntN(3))) + "6-0" + string(rune('1'+r.IntN(9))) + "-1" + string(rune('0'+r.IntN(9))) + " ")
	case 1:
		b.WriteString(strings.ToUpper(c.capital) + ", " + pick(r, genMonth) + " 1" + string(rune('0'+r.IntN(9))) + " (" + pick(r, genAgency) + ") - ")
	}
	b.WriteString(c.adj + " " + pick(r, genTitle) + " " + name + " " + pick(r, genStance) + " " + pick(r, genTopic) + " " + pick(r, genDay) + ", putting " + c.name + " at odds with " + d.name + ".\n\n")
	paras := 6 + r.IntN(10)
	for i := 0; i < paras; i++ {
		switch r.IntN(10) {
		case 0:
			b.WriteString(`"We will not accept ` + pick(r, genTopic) + ` as it stands. It is not in our interest," ` + surname + " " + pick(r, genVerb) + ".")
		case 1:
			b.WriteString(`"This is a step forward," ` + pick(r, genAnon) + ` said, "but the details matter."`)
		case 2:
			b.WriteString(surname + " said " + c.name + " was ready to work with " + d.name + " on " + pick(r, genTopic) + ", according to " + pick(r, genAnon) + ".")
		case 3:
			b.WriteString(d.adj + " " + pick(r, genTitle) + " " + other + " called the move \"" + pick(r, []string{"reckless", "a mistake", "premature", "welcome"}) + ",\" and " + pick(r, genOrg) + " " + pick(r, genStance) + " it " + pick(r, genDay) + ".")
		case 4:
			b.WriteString(`"The talks will continue ` + pick(r, genDay) + `, and we expect results before ` + pick(r, genMonth) + `.`)
			b.WriteString("\n\n\"Nobody should doubt our commitment to " + pick(r, genTopic) + ",\" " + surname + " " + pick(r, genVerb) + ".")
		case 5:
			b.WriteString("Critics of " + c.adj + " policy are wary of " + pick(r, genTopic) + ", and much of " + d.capital + " has run out of patience with " + c.capital + ".")
		case 6:
			b.WriteString(capFirst(pick(r, genOrg)) + " quoted " + other + " as saying that " + d.name + " did not condemn the attacks, which began " + pick(r, genMonth) + " " + string(rune('1'+r.IntN(9))) + ", 2015.")
		case 7:
			b.WriteString(c.name + " is " + d.name + "'s closest ally in the region, officials said, while Mr. " + surname + " is to meet U.S. envoys " + pick(r, genDay) + ".")
		case 8:
			b.WriteString("Talks resume")
		default:
			b.WriteString(surname + ", " + c.name + "'s " + strings.ToLower(pick(r, genTitle)) + ", told reporters: “We have made our position clear, and it won’t change.”")
		}
		b.WriteString("\n\n")
	}
	if r.IntN(2) == 0 {
		b.WriteString("(Reporting by " + other + "; Editing by " + name + ")\n")
	}
	return b.String()
}
