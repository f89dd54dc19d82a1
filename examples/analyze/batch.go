package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"sync"

	"github.com/newsmodel/newsmodel"
)

// A batch analyses inputs with a number of workers and hands the results
// to a sink in input order. At most twice as many reports as workers are
// held at any time (read, analysed, or waiting for an earlier one), so
// memory is bounded by the workers, not by the number of reports.
type batch struct {
	opt      options
	stdin    io.Reader
	stderr   io.Writer
	sink     sink
	flush    func() error // makes written results visible
	progress *progress    // nil: none shown
	writeErr error        // the first error writing output, which stops the batch
}

// A result is one input analysed and rendered, or why it could not be.
type result struct {
	seq    int
	where  string
	size   int
	report newsmodel.Report // Analysis nil once the sink has what it needs
	out    []byte           // what the sink writes, rendered by a worker
	buf    *bytes.Buffer    // or the buffer it is rendered into
	err    error
}

// A sink renders results in the workers and writes them in input order.
type sink interface {
	render(r *result) error // in a worker: safe for concurrent use
	write(r *result) error  // in input order, one at a time
	close() error           // after the last result
}

// run analyses the inputs names stand for. Inputs that fail are named on
// standard error as they come; it returns a *skippedError when any did.
func (b *batch) run(names []string) error {
	workers := b.opt.workers
	held := make(chan struct{}, 2*workers) // a token per report held
	jobs := make(chan job, workers)
	results := make(chan result, 2*workers)
	stop := make(chan struct{})

	go func() {
		defer close(jobs)
		seq := 0
		for in := range inputs(names, b.opt.input, b.stdin) {
			select {
			case held <- struct{}{}:
			case <-stop:
				return
			}
			jobs <- job{seq, in}
			seq++
		}
	}()
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for j := range jobs {
				results <- b.process(j)
			}
		})
	}
	go func() {
		wg.Wait()
		close(results)
	}()

	var skipped skippedError
	pending := map[int]result{}
	next := 0
	for r := range results {
		pending[r.seq] = r
		for {
			r, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			b.emit(&r, &skipped, stop)
			<-held
		}
		if len(results) == 0 && b.writeErr == nil {
			if err := b.flush(); err != nil {
				b.fail(err, stop)
			}
		}
	}
	if skipped.n > 0 {
		return &skipped
	}
	return nil
}

// A job is an input with its place in the batch.
type job struct {
	seq int
	in  input
}

// process analyses one input and renders it for the sink. A panic, which
// would be a bug of the library, fails this input only: one report in a
// million must not lose the others.
func (b *batch) process(j job) (r result) {
	in := j.in
	r = result{seq: j.seq, where: in.where, size: in.size, err: in.err}
	defer func() {
		if p := recover(); p != nil {
			r = result{seq: j.seq, where: in.where, size: in.size, err: fmt.Errorf("panic: %v", p)}
		}
	}()
	if r.err != nil {
		return r
	}
	text, ref := in.text, b.opt.ref
	r.report.File = in.file
	if in.record != nil {
		var err error
		if r.report.ID, text, ref, err = decodeRecord(in, ref); err != nil {
			r.err = err
			return r
		}
	}
	an, err := newsmodel.Analyze(text, newsmodel.Options{Reference: ref})
	if err != nil {
		r.err = err
		return r
	}
	r.report.Analysis = an
	r.err = b.sink.render(&r)
	return r
}

// emit hands one result, in input order, to the sink, or names its input
// on standard error.
func (b *batch) emit(r *result, skipped *skippedError, stop chan struct{}) {
	skipped.total++
	if r.err != nil {
		skipped.n++
		err := r.err
		var pe *fs.PathError
		if errors.As(err, &pe) && pe.Path == r.where {
			err = fmt.Errorf("%s: %w", pe.Op, pe.Err) // the path is said once
		}
		err = fmt.Errorf("%s: %w", r.where, err)
		if skipped.first == nil {
			skipped.first = err
		}
		fmt.Fprintf(b.stderr, "analyze: %v\n", err)
	} else if b.writeErr == nil {
		if err := b.sink.write(r); err != nil {
			b.fail(err, stop)
		}
	}
	if b.progress != nil {
		b.progress.add(r.size)
	}
}

// fail records the first output error and stops reading inputs.
func (b *batch) fail(err error, stop chan struct{}) {
	if b.writeErr == nil {
		b.writeErr = err
		close(stop)
	}
}
