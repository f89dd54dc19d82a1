package article_test

import (
	"fmt"

	"github.com/newsmodel/newsmodel/article"
)

func ExampleParseDate() {
	ref := article.DayDate(2016, 7, 15)
	for _, s := range []string{"July 15, 2016", "15 July 2016", "Jul. 14", "September 2015", "2016-W28"} {
		d, err := article.ParseDate(s, ref)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Println(d, d.Precision)
	}
	_, err := article.ParseDate("July 15", article.Date{})
	fmt.Println(err)
	// Output:
	// 2016-07-15 day
	// 2016-07-15 day
	// 2016-07-14 day
	// 2015-09 month
	// 2016-W28 week
	// article: 1:1: date has no year and no reference date: "July 15"
}

func ExampleFindTimes() {
	src := "Kerry met Putin in the Kremlin yesterday. Russia has wanted the pact since last September, " +
		"and Kerry is to meet Lavrov on Friday."
	ref := article.DayDate(2016, 7, 15)
	for _, t := range article.FindTimes(src, article.Span{Start: 0, End: len(src)}, ref) {
		fmt.Printf("%s %q %s\n", t.Span, t.Span.Text(src), t.TimeML())
	}
	// Output:
	// 31:40 "yesterday" 2016-07-14
	// 75:89 "last September" 2015-09
	// 122:128 "Friday" 2016-07-15
}

func ExampleArticle_Times() {
	a, err := article.Parse("date 2016-07-15\n\nKerry met Putin on Thursday after months of criticism.")
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, t := range a.Times(article.Date{}) {
		fmt.Println(a.Text(t.Span), t.Type, t.TimeML())
	}
	// Output:
	// Thursday date 2016-07-14
	// months duration PXM
}
