package newsmodel_test

import (
	"os"
	"runtime"
	"runtime/pprof"
	"testing"

	"github.com/newsmodel/newsmodel"
)

func TestAllocTmp(t *testing.T) {
	b, _ := os.ReadFile("/tmp/real10.txt")
	src := string(b)
	runtime.MemProfileRate = 4096
	newsmodel.Analyze(src, newsmodel.Options{})
	runtime.GC()
	f, _ := os.Create("/tmp/alloc10.prof")
	pprof.Lookup("allocs").WriteTo(f, 0)
	f.Close()
}
