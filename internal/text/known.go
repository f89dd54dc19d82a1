package text

// known holds the IDs of the words the tagger and chunker name in their
// rules, looked up once when a table is compiled: rules compare IDs, never
// strings.
type known struct {
	a, an, the, to, that, there, been, more, most, less, such                      ID
	out, up, down, off, back, away, over, on, in                                   ID
	of, by, for_, at, from, with, near, inside, within, behind, close              ID
	outside, whether, if_, and, or, will, shall, ll                                ID
	de, del, la, le, da, di, van, von, bin, al, du, des, der, y                    ID
	st, according, about, against, only, just, but                                 ID
	general, particular, fact, turn, short, course, least, last, example, instance ID
}

// particle reports whether id joins the parts of a personal name:
// "Charles de Gaulle", "Bashar al Assad".
func (kw *known) particle(id ID) bool {
	switch id {
	case 0:
		return false
	case kw.de, kw.del, kw.la, kw.le, kw.da, kw.di, kw.van, kw.von, kw.bin, kw.al, kw.du, kw.des, kw.der, kw.y:
		return true
	}
	return false
}

func (t *Table) knownIDs() *known {
	id := t.ID
	return &known{
		a: id("a"), an: id("an"), the: id("the"), to: id("to"), that: id("that"), there: id("there"), been: id("been"),
		more: id("more"), most: id("most"), less: id("less"), such: id("such"),
		out: id("out"), up: id("up"), down: id("down"), off: id("off"), back: id("back"), away: id("away"),
		over: id("over"), on: id("on"), in: id("in"),
		of: id("of"), by: id("by"), for_: id("for"), at: id("at"), from: id("from"), with: id("with"),
		near: id("near"), inside: id("inside"), within: id("within"), behind: id("behind"), close: id("close"),
		outside: id("outside"), whether: id("whether"), if_: id("if"), and: id("and"), or: id("or"),
		will: id("will"), shall: id("shall"), ll: id("'ll"), about: id("about"), against: id("against"),
		de: id("de"), del: id("del"), la: id("la"), le: id("le"), da: id("da"), di: id("di"), van: id("van"),
		von: id("von"), bin: id("bin"), al: id("al"), du: id("du"), des: id("des"), der: id("der"), y: id("y"),
		st: id("st"), according: id("according"), only: id("only"), just: id("just"), but: id("but"),
		general: id("general"), particular: id("particular"), fact: id("fact"), turn: id("turn"), short: id("short"),
		course: id("course"), least: id("least"), last: id("last"), example: id("example"), instance: id("instance"),
	}
}
