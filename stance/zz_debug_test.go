package stance_test

import (
	"flag"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/newsmodel/newsmodel/article"
	"github.com/newsmodel/newsmodel/entity"
	"github.com/newsmodel/newsmodel/quote"
	"github.com/newsmodel/newsmodel/stance"
)

var dbgFile = flag.String("dbg", "", "file of sentences to show")

func TestDebugSentences(t *testing.T) {
	if *dbgFile == "" {
		t.Skip()
	}
	b, _ := os.ReadFile(*dbgFile)
	for _, line := range strings.Split(string(b), "\n") {
		if strings.TrimSpace(line) == "" {
			continue
		}
		a, err := article.Parse(line)
		if err != nil {
			continue
		}
		ents := entity.Extract(a)
		rs := stance.Extract(a, ents, quote.Extract(a, ents))
		fmt.Printf("%s\n", line)
		for _, r := range rs {
			fmt.Printf("   => %s\n", r)
		}
	}
}
