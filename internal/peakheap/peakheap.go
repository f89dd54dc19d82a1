// Package peakheap measures the most heap a function takes while it runs,
// for the tests and benchmarks that bound memory.
package peakheap

import (
	"runtime"
	"runtime/metrics"
	"sync"
	"time"
)

// heapObjects is the runtime metric of the bytes held by heap objects, live
// or not yet collected.
const heapObjects = "/memory/classes/heap/objects:bytes"

// Of calls fn and returns the most bytes of heap objects seen while it
// ran, above what the heap held when it began, sampled every 100µs.
func Of(fn func()) uint64 {
	runtime.GC()
	sample := []metrics.Sample{{Name: heapObjects}}
	metrics.Read(sample)
	base := sample[0].Value.Uint64()
	peak := base
	stop := make(chan struct{})
	var wg sync.WaitGroup
	wg.Go(func() {
		s := []metrics.Sample{{Name: heapObjects}}
		tick := time.NewTicker(100 * time.Microsecond)
		defer tick.Stop()
		for {
			select {
			case <-stop:
				return
			case <-tick.C:
				metrics.Read(s)
				peak = max(peak, s[0].Value.Uint64())
			}
		}
	})
	fn()
	close(stop)
	wg.Wait()
	metrics.Read(sample)
	return max(peak, sample[0].Value.Uint64()) - base
}
