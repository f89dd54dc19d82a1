package quote_test

import (
	"fmt"

	"github.com/newsmodel/newsmodel/article"
	"github.com/newsmodel/newsmodel/quote"
)

func ExampleExtract() {
	a, _ := article.Parse(`"We need a solution that addresses both of these problems," a senior US official said.

"My last conversation with him has convinced me," he warned.

Peskov said in general Russia favoured cooperation with the US.`)
	for _, q := range quote.Extract(a, nil) {
		fmt.Printf("%s %s: %s | %s\n", q.Kind, q.Rule, q.Speaker.Span.Text(a.Source), q.Span().Text(a.Source))
	}
	// Output:
	// direct cue-after: a senior US official | "We need a solution that addresses both of these problems,"
	// direct cue-after: he | "My last conversation with him has convinced me,"
	// indirect indirect: Peskov | in general Russia favoured cooperation with the US
}

func ExampleNormalize() {
	fmt.Println(quote.Normalize(`  “Tangible   RESULTS.”  `))
	// Output: tangible results
}

func ExampleAlign() {
	groups := quote.Align([][]string{
		{`"Hopefully we'll make some genuine progress," Kerry said.`, `"tangible results."`},
		{`“Hopefully we’ll make some genuine progress”`},
	})
	fmt.Println(groups)
	// Output: [[{0 0} {1 0}]]
}
