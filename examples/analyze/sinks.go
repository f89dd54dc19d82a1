package main

import (
	"bytes"
	"encoding/json"
	"io"
	"sync"

	"github.com/newsmodel/newsmodel"
)

// A jsonSink keeps every report and writes, at the end, one object of the
// JSON contract with the links between the reports.
type jsonSink struct {
	w       io.Writer
	reports []newsmodel.Report
}

// document is the output of -format json.
type document struct {
	Reports []newsmodel.Report `json:"reports"`
	Links   newsmodel.Links    `json:"links"`
}

func (s *jsonSink) render(*result) error { return nil }

func (s *jsonSink) write(r *result) error {
	s.reports = append(s.reports, r.report)
	return nil
}

func (s *jsonSink) close() error {
	all := make([]*newsmodel.Analysis, len(s.reports))
	for i, r := range s.reports {
		all[i] = r.Analysis
	}
	doc := document{Reports: s.reports, Links: newsmodel.Links{Comparison: newsmodel.Compare(all...)}}
	if doc.Reports == nil {
		doc.Reports = []newsmodel.Report{}
	}
	enc := json.NewEncoder(s.w)
	enc.SetIndent("", "  ")
	return enc.Encode(doc)
}

// A jsonlSink writes one report object a line as soon as it is its turn.
// Workers render the lines into buffers the sink reuses, so that a batch
// does not leave a line's worth of garbage per report.
type jsonlSink struct {
	w    io.Writer
	bufs sync.Pool // of *bytes.Buffer
}

// outputGuess is about how many bytes of JSON a byte of news gives (4 to
// 7): a buffer that large from the start never grows by copying.
const outputGuess = 7

// maxPooled is the largest buffer kept for reuse: one that grew for a
// huge report goes to the collector.
const maxPooled = 1 << 20

func (s *jsonlSink) render(r *result) error {
	buf, _ := s.bufs.Get().(*bytes.Buffer)
	if buf == nil {
		buf = new(bytes.Buffer)
	}
	buf.Reset()
	buf.Grow(outputGuess * len(r.report.Analysis.Article.Source))
	if err := r.report.WriteJSON(buf); err != nil {
		return err
	}
	r.buf = buf
	r.report.Analysis = nil // no longer needed: let it go before its turn
	return nil
}

func (s *jsonlSink) write(r *result) error {
	_, err := s.w.Write(r.buf.Bytes())
	if r.buf.Cap() <= maxPooled {
		s.bufs.Put(r.buf)
	}
	r.buf = nil
	return err
}

func (s *jsonlSink) close() error { return nil }
