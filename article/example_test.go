package article_test

import (
	"fmt"

	"github.com/newsmodel/newsmodel/article"
)

func ExampleParse() {
	src := "date 2016-07-15 Top US envoy John Kerry met Russian President Vladimir Putin on Thursday.\n\n" +
		"Off the beaten track\n\n" +
		"Kerry is also to meet Russian Foreign Minister Sergei Lavrov on Friday.\n\n" +
		"(Reporting by Jane Roe; Editing by John Doe)\n"
	a, err := article.Parse(src)
	if err != nil {
		panic(err)
	}
	fmt.Println("date:", a.Date)
	for _, p := range a.Paragraphs {
		fmt.Printf("%-11s %v %.40q\n", p.Kind, p.Span, a.Text(p.Span))
	}
	// Output:
	// date: 2016-07-15
	// body        16:89 "Top US envoy John Kerry met Russian Pres"
	// heading     91:111 "Off the beaten track"
	// body        113:184 "Kerry is also to meet Russian Foreign Mi"
	// boilerplate 186:230 "(Reporting by Jane Roe; Editing by John "
}

func ExampleParse_dateline() {
	p := article.Parser{Reference: article.DayDate(2016, 7, 15)}
	a, err := p.Parse("MOSCOW, July 14 (Reuters) - U.S. Secretary of State John Kerry met Vladimir Putin.")
	if err != nil {
		panic(err)
	}
	d := a.Dateline
	fmt.Println(a.Text(d.Place), "|", a.Text(d.DateText), "|", a.Text(d.Agency), "|", d.Date)
	// Output: MOSCOW | July 14 | Reuters | 2016-07-14
}

func ExampleParse_error() {
	_, err := article.Parse("date 2016-13-45 Talks began.")
	fmt.Println(err)
	// Output: article: 1:6: value out of range: "2016-13-45"
}

func ExampleSplitSentences() {
	src := `"We will win. They will lose," Mr. Smith said. The U.S. Senate voted on Jan. 15.`
	for _, s := range article.SplitSentences(src, article.Span{Start: 0, End: len(src)}) {
		fmt.Println(s.Text(src))
	}
	// Output:
	// "We will win. They will lose," Mr. Smith said.
	// The U.S. Senate voted on Jan. 15.
}

func ExampleFold() {
	fmt.Println(article.Fold("“We’ll see,” said the US–Russia\u00a0envoy."))
	// Output: "We'll see," said the US-Russia envoy.
}

func ExampleSpan_Text() {
	src := "Kremlin spokesperson Dmitry Peskov said"
	s := article.Span{Start: 21, End: 34}
	fmt.Println(s.Text(src), s)
	// Output: Dmitry Peskov 21:34
}
