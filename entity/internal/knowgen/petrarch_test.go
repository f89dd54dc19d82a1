package main

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// A dictionary written in the shapes the Phoenix files use, irregular
// ones included.
const sampleActors = `# comment
AFGHANISTAN_  [AFG]
+AFGHAN_
+KABUL_ # the capital

BORIS_YELTSIN_  # CountryInfo.txt
YELTSIN
PRESIDENT_BORIS_N._YELTSIN
	[RUSELI 490101-910710]
	[RUSGOV 910710-991231]
UN_ [IGOUNO]
U.N._
UN_SECRETARY_GENERAL
+UNSG
	[IGOUNO]
#	[GTMGOVBUS 040114-080114]
BAN_KI-MOON
	[IGOUNO >20070101]
	[KORGOVBUS 2004017-20061201]
JOHN_J MCCLOY_
	JOHN_MCCLOY_	[IGOUNODEVWBK 470301-490630]# IGOrulers.txt
OSMAN_OLCAY	_TURKEY_	[IGOWSTNAT 690101-711231]
LAST_ONE
`

func TestParseActors(t *testing.T) {
	entries, warns := parseActors("test.actors", sampleActors)
	type row struct {
		Phrase  string
		Aliases []string
		Codes   []string
		Group   int
	}
	var got []row
	for _, e := range entries {
		r := row{Phrase: e.phrase, Aliases: e.aliases, Group: e.group}
		for _, c := range e.codes {
			r.Codes = append(r.Codes, c.code)
		}
		got = append(got, r)
	}
	want := []row{
		{"AFGHANISTAN_", []string{"AFGHAN_", "KABUL_"}, []string{"AFG"}, 0},
		{"BORIS_YELTSIN_", nil, []string{"RUSELI", "RUSGOV"}, 1},
		{"YELTSIN", nil, []string{"RUSELI", "RUSGOV"}, 1},
		{"PRESIDENT_BORIS_N._YELTSIN", nil, []string{"RUSELI", "RUSGOV"}, 1},
		{"UN_", nil, []string{"IGOUNO"}, 4},
		// a primary without codes shares those of the next entry that has some
		{"U.N._", nil, []string{"IGOUNO"}, 5},
		{"UN_SECRETARY_GENERAL", []string{"UNSG"}, []string{"IGOUNO"}, 5},
		{"BAN_KI-MOON", nil, []string{"IGOUNO", "KORGOVBUS"}, 7},
		{"JOHN_J MCCLOY_", []string{"JOHN_MCCLOY_"}, []string{"IGOUNODEVWBK"}, 8},
		{"OSMAN_OLCAY\t_TURKEY_", nil, []string{"IGOWSTNAT"}, 9},
		{"LAST_ONE", nil, nil, 10},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("parseActors (-want +got):\n%s", diff)
	}
	if entries[1].comment != "CountryInfo.txt" || entries[1].line != 6 {
		t.Errorf("entry 1: comment %q, line %d", entries[1].comment, entries[1].line)
	}
	if c := entries[1].codes[0]; c.from != 19490101 || c.to != 19910710 || !c.dated {
		t.Errorf("YYMMDD range read as %+v", c)
	}
	if c := entries[7].codes[0]; c.from != 20070101 || c.to != 0 {
		t.Errorf(">YYYYMMDD read as %+v", c)
	}
	if c := entries[7].codes[1]; c.from != 0 || c.to != 0 || !c.dated {
		t.Errorf("an irregular date should leave a dated code without dates: %+v", c)
	}
	var msgs []string
	for _, w := range warns {
		msgs = append(msgs, w.String())
	}
	wantWarns := []string{
		`test.actors:19: code KORGOVBUS: date "2004017" is not YYYYMMDD or YYMMDD: kept without its dates`,
		`test.actors:21: phrase "JOHN_MCCLOY_" on a code line: read as an alternate phrase`,
		`test.actors:23: entries without codes at the end of the file`,
	}
	if diff := cmp.Diff(wantWarns, msgs); diff != "" {
		t.Errorf("warnings (-want +got):\n%s", diff)
	}
}

func TestParseDate(t *testing.T) {
	tests := []struct {
		in   string
		want int
		ok   bool
	}{
		{"20090120", 20090120, true},
		{"090120", 20090120, true},
		{"300101", 20300101, true},
		{"310101", 19310101, true},
		{"2004017", 0, false},
		{"20091320", 0, false},
		{"2009012a", 0, false},
		{"", 0, false},
	}
	for _, tt := range tests {
		got, err := parseDate(tt.in)
		if got != tt.want || (err == nil) != tt.ok {
			t.Errorf("parseDate(%q) = %d, %v", tt.in, got, err)
		}
	}
}

func TestCurrentCode(t *testing.T) {
	tests := []struct {
		name  string
		codes []code
		want  string
	}{
		{"open-ended in force", []code{{code: "USAELI", from: 19780101, to: 20000101, dated: true}, {code: "USAGOV", from: 20090120, dated: true}}, "USAGOV"},
		{"default after terms", []code{{code: "AFGGOV", from: 19791227, to: 19861124, dated: true}, {code: "AFGELI"}}, "AFGELI"},
		{"last term without default", []code{{code: "RUSELI", from: 19490101, to: 19910710, dated: true}, {code: "RUSGOV", from: 19910710, to: 19991231, dated: true}}, "RUSGOV"},
		{"null code", []code{{code: "---"}}, ""},
		{"latest start wins", []code{{code: "A", from: 20000101, dated: true}, {code: "B", from: 20100101, dated: true}}, "B"},
	}
	for _, tt := range tests {
		c, ok := currentCode(tt.codes)
		if c.code != tt.want || ok != (tt.want != "") {
			t.Errorf("%s: currentCode = %q, %v, want %q", tt.name, c.code, ok, tt.want)
		}
	}
}

func TestParseAgents(t *testing.T) {
	src := `!PERSON! = MAN, MEN, WOMAN, WOMEN
!MINIST! = MINISTER, MINISTRY
AMBASSADOR [~GOV]
GOVERNMENT_SPOKES!PERSON! [~GOV]
FOREIGN_!MINIST! [~GOV]
CHAMBER_OF_COMMERCE {CHAMBERS_OF_COMMERCE} [~BUS]
POLICE {} [~COP]
PEACEKEEPING_TROOPS {} [IGO~]
DEPARMENT_OF_ENVIRONMENT [~ENV}
ISLAMIC_EXTREMIST
`
	ags, warns := parseAgents("test.agents", src)
	var got []string
	for _, a := range ags {
		s := a.phrase + " " + a.code
		if a.plural != "" {
			s += " {" + a.plural + "}"
		}
		if a.noPl {
			s += " {}"
		}
		if a.isPl {
			s += " plural"
		}
		got = append(got, s)
	}
	want := []string{
		"AMBASSADOR ~GOV",
		"GOVERNMENT_SPOKESMAN ~GOV", "GOVERNMENT_SPOKESMEN ~GOV plural",
		"GOVERNMENT_SPOKESWOMAN ~GOV", "GOVERNMENT_SPOKESWOMEN ~GOV plural",
		"FOREIGN_MINISTER ~GOV", "FOREIGN_MINISTRY ~GOV",
		"CHAMBER_OF_COMMERCE ~BUS {CHAMBERS_OF_COMMERCE}",
		"POLICE ~COP {}",
		"PEACEKEEPING_TROOPS IGO~ {}",
		"DEPARMENT_OF_ENVIRONMENT ~ENV",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("parseAgents (-want +got):\n%s", diff)
	}
	if len(warns) != 2 || warns[0].line != 9 || warns[1].line != 10 {
		t.Errorf("warnings = %v", warns)
	}
}

func TestPlurals(t *testing.T) {
	tests := []struct{ in, want string }{
		{"ambassador", "ambassadors"},
		{"spokesman", "spokesmen"},
		{"spokesmen", "spokesmen"},
		{"secretary", "secretaries"},
		{"attorney", "attorneys"},
		{"boss", "bosses"},
		{"minister for agriculture", "ministers for agriculture"},
		{"foreign minister", "foreign ministers"},
	}
	for _, tt := range tests {
		if got := pluralKey(tt.in); got != tt.want {
			t.Errorf("pluralKey(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestReadable(t *testing.T) {
	tests := []struct {
		in   string
		acr  []string
		want string
	}{
		{"BARACK_H._OBAMA", nil, "Barack H. Obama"},
		{"ORGANIZATION_FOR_THE_PROHIBITION_OF_CHEMICAL_WEAPONS", nil, "Organization for the Prohibition of Chemical Weapons"},
		{"JOHN_MCCAIN_", nil, "John McCain"},
		{"BASHAR_AL-ASSAD", nil, "Bashar al-Assad"},
		{"AL-JAZEERA", nil, "Al-Jazeera"},
		{"MAZAR-I-SHARIF_", nil, "Mazar-i-Sharif"},
		{"MICHAEL_O'KENNEDY_", nil, "Michael O'Kennedy"},
		{"US_STATE_DEPARTMENT", []string{"US"}, "US State Department"},
		{"CNN", []string{"CNN"}, "CNN"},
	}
	for _, tt := range tests {
		acr := set(tt.acr...)
		if got := readable(tt.in, acr); got != tt.want {
			t.Errorf("readable(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestAcronyms(t *testing.T) {
	got := acronymsOf([]string{"NATO_", "NORTH_ATLANTIC_TREATY_ORGANIZATION", "U.S._ARMY", "CNN", "APPLE_INC_", "UN_SECRETARY_GENERAL", "LYNCH"})
	want := set("NATO", "U.S.", "CNN", "UN")
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("acronymsOf (-want +got):\n%s", diff)
	}
	if !abbreviates("NATO_", "NORTH_ATLANTIC_TREATY_ORGANIZATION_") || abbreviates("NATO", "NORTH_ATLANTIC") {
		t.Error("abbreviates")
	}
}

func TestTitles(t *testing.T) {
	for _, p := range []string{"PRESIDENT", "US_SECRETARY_OF_STATE", "WHITE_HOUSE_SPOKESMAN", "UN_SECRETARY_GENERAL", "LEADER_OF_THE_FREE_WORLD", "POTUS"} {
		if !isTitle(p) {
			t.Errorf("isTitle(%q) = false", p)
		}
	}
	for _, p := range []string{"PRESIDENT_PUTIN", "COMMUNIST_PARTY", "MINISTRY_OF_DEFENSE", "BARACK_OBAMA"} {
		if isTitle(p) {
			t.Errorf("isTitle(%q) = true", p)
		}
	}
	dem := set("russian")
	for in, want := range map[string]string{
		"RUSSIAN_PRESIDENT_VLADIMIR_PUTIN":  "VLADIMIR_PUTIN",
		"SECRETARY-GENERAL_BAN_KI-MOON":     "BAN_KI-MOON",
		"PRESIDENT":                         "PRESIDENT",
		"FORMER_PRIME_MINISTER_TONY_BLAIR_": "TONY_BLAIR",
	} {
		if got := stripTitles(in, dem); got != want {
			t.Errorf("stripTitles(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestBareRegion(t *testing.T) {
	for in, want := range map[string]string{
		"maidan wardak province": "maidan wardak",
		"berat county":           "berat",
		"republic of tatarstan":  "tatarstan",
		"quebec":                 "",
		"capital region":         "capital",
		"province":               "",
	} {
		if got := bareRegion(in); got != want {
			t.Errorf("bareRegion(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestDemonymForms(t *testing.T) {
	var got []string
	for _, d := range demonymForms([]string{"French", "Russian", "Chinese"}) {
		got = append(got, d.word)
	}
	want := []string{"French", "Russian", "Chinese", "Frenchman", "Frenchwoman", "Frenchmen", "Frenchwomen", "Russians"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("demonymForms (-want +got):\n%s", diff)
	}
}

// FuzzParseActors checks that no input makes the actor reader panic, that
// its entries have phrases and its warnings lines of the input.
func FuzzParseActors(f *testing.F) {
	f.Add(sampleActors)
	f.Add("X\n\t[ABC >]\n\t[ABC 1-2]\n+\n\t[\n")
	f.Fuzz(func(t *testing.T, src string) {
		entries, warns := parseActors("f", src)
		lines := strings.Count(src, "\n") + 1
		for _, e := range entries {
			if strings.TrimSpace(e.phrase) == "" || e.line < 1 || e.line > lines || e.group < 0 || e.group >= len(entries) {
				t.Fatalf("entry %+v", e)
			}
		}
		for _, w := range warns {
			if w.line < 1 || w.line > lines {
				t.Fatalf("warning %v at a line the input lacks", w)
			}
		}
		parseAgents("f", src)
	})
}

func TestShortNames(t *testing.T) {
	for in, want := range map[string]string{
		"apple inc":               "apple",
		"whirlpool corporation":   "whirlpool",
		"goldman sachs group inc": "goldman sachs",
		"ibm corp":                "",
		"the co":                  "",
		"bank of":                 "",
		"chevron":                 "",
	} {
		if got := withoutCompanySuffix(in); got != want {
			t.Errorf("withoutCompanySuffix(%q) = %q, want %q", in, got, want)
		}
	}
}
