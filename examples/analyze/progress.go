package main

import (
	"fmt"
	"io"
	"sync"
	"sync/atomic"
	"time"
)

// A progress shows, on a terminal, how far a long batch has come: reports
// done, MB/s, and the time left when the size of the inputs is known.
type progress struct {
	w     io.Writer
	after time.Duration // shown once the batch has run this long
	every time.Duration // and updated this often

	begin   time.Time
	reports atomic.Int64
	bytes   atomic.Int64
	total   atomic.Int64 // bytes of all inputs; -1 while unknown
	quit    chan struct{}
	wg      sync.WaitGroup
	shown   bool
}

// start begins showing progress; total, run in the background, counts the
// bytes of all inputs (-1 for unknown).
func (p *progress) start(total func() int64) {
	p.begin = time.Now()
	p.total.Store(-1)
	p.quit = make(chan struct{})
	go func() { p.total.Store(total()) }()
	p.wg.Go(func() {
		select {
		case <-time.After(p.after):
		case <-p.quit:
			return
		}
		tick := time.NewTicker(p.every)
		defer tick.Stop()
		for {
			fmt.Fprint(p.w, "\r"+progressLine(p.reports.Load(), p.bytes.Load(), p.total.Load(), time.Since(p.begin))+"\x1b[K")
			p.shown = true
			select {
			case <-tick.C:
			case <-p.quit:
				return
			}
		}
	})
}

// add counts one report of size bytes done.
func (p *progress) add(size int) {
	p.reports.Add(1)
	p.bytes.Add(int64(size))
}

// stop ends the display with a last line.
func (p *progress) stop() {
	close(p.quit)
	p.wg.Wait()
	if p.shown {
		fmt.Fprint(p.w, "\r"+progressLine(p.reports.Load(), p.bytes.Load(), -1, time.Since(p.begin))+"\x1b[K\n")
	}
}

// progressLine says how far a batch has come: reports done, bytes read,
// speed, and the time left when total (bytes of all inputs) is known.
func progressLine(reports, bytes, total int64, elapsed time.Duration) string {
	mb := float64(bytes) / 1e6
	rate := mb / max(elapsed.Seconds(), 1e-3)
	s := fmt.Sprintf("analyze: %d reports, %.1f MB, %.1f MB/s", reports, mb, rate)
	if total >= bytes && rate > 0 {
		left := time.Duration(float64(total-bytes) / 1e6 / rate * float64(time.Second)).Round(time.Second)
		s += fmt.Sprintf(", %d%%, %v left", 100*bytes/max(total, 1), left)
	}
	return s
}
