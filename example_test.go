package newsmodel_test

import (
	"fmt"
	"strings"

	"github.com/newsmodel/newsmodel"
)

// Importers' tests can read the fixture reports by name.
func ExampleFixture() {
	text, err := newsmodel.Fixture(newsmodel.KremlinWire)
	if err != nil {
		panic(err)
	}
	first, _, _ := strings.Cut(text, ",")
	fmt.Println(first)
	// Output: US Secretary of State John Kerry met Russian President Vladimir Putin in the Kremlin yesterday to present him the new ideas. The eight-page proposal
}
