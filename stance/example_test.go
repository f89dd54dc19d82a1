package stance_test

import (
	"fmt"

	"github.com/newsmodel/newsmodel/article"
	"github.com/newsmodel/newsmodel/stance"
)

func ExampleExtract() {
	a, _ := article.Parse("Peskov said in general Russia favoured cooperation with the US on Syria. " +
		"But the Obama administration resisted the pact.")
	for _, r := range stance.Extract(a, nil, nil) {
		fmt.Println(r)
	}
	// Output:
	// Russia -> the US : support "favoured cooperation with" via Peskov
	// the Obama administration -> the pact : oppose "resisted"
}

func ExampleParse() {
	rs, err := stance.Parse(`# who stands where
Peskov -> United States : support "favoured cooperation with the US"
Moscow -> "the pace of US-Russia military cooperation" : oppose negated via RIA, Maria Zakharova
`)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(rs[1].Holder.Text, rs[1].Polarity, rs[1].Negated, len(rs[1].Via))
	fmt.Print(stance.Format(rs))
	_, err = stance.Parse("Peskov -> Kerry : admires")
	fmt.Println(err)
	// Output:
	// Moscow oppose true 2
	// Peskov -> United States : support "favoured cooperation with the US"
	// Moscow -> the pace of US-Russia military cooperation : oppose negated via RIA, Maria Zakharova
	// stance: 1:19: unknown polarity: "admires"
}

func ExampleLexicon_Extend() {
	lex, err := stance.DefaultLexicon().Extend("oppose X snipe at Y\n")
	if err != nil {
		fmt.Println(err)
		return
	}
	a, _ := article.Parse("The coach sniped at the referee after the match.")
	x := stance.Extractor{Lexicon: lex}
	for _, r := range x.Extract(a, nil, nil) {
		fmt.Println(r)
	}
	// Output:
	// The coach -> the referee : oppose "sniped at"
}

func ExampleCompare() {
	parse := func(s string) []stance.Relation {
		a, _ := article.Parse(s)
		return stance.Extract(a, nil, nil)
	}
	fs := stance.Compare(
		stance.Report{Name: "wire", Relations: parse("Poland welcomed the treaty. Hungary backed Serbia.")},
		stance.Report{Name: "paper", Relations: parse("Poland rejected the treaty. Hungary backs Serbia.")},
	)
	for _, f := range fs {
		fmt.Println(f.Holder, "->", f.Target, f.Kind)
	}
	// Output:
	// poland -> treaty contradiction
	// hungary -> serbia agreement
}
