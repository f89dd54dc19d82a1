package main

import (
	"bytes"
	"encoding/json"
	"io"
	"sync"

	"github.com/newsmodel/newsmodel"
)

// A jsonSink writes one object of the JSON contract, {"reports": [...],
// "links": {...}}, indented by two spaces as a json.Encoder would: each
// report as soon as it is its turn, indented by a worker, and the links
// at the end. It keeps every report's analysis, for the links.
type jsonSink struct {
	w        io.Writer
	analyses []*newsmodel.Analysis
}

// reportIndent is the prefix of a report's lines, two levels deep.
const reportIndent = "    "

func (s *jsonSink) render(r *result) error {
	var line bytes.Buffer
	line.Grow(outputGuess * len(r.report.Analysis.Article.Source))
	if err := r.report.WriteJSON(&line); err != nil {
		return err
	}
	r.buf = new(bytes.Buffer)
	r.buf.Grow(line.Len() * 5 / 2) // indented JSON of a report is 2 to 2.3 times its compact form
	return json.Indent(r.buf, bytes.TrimSuffix(line.Bytes(), []byte("\n")), reportIndent, "  ")
}

func (s *jsonSink) write(r *result) error {
	sep := ",\n" + reportIndent
	if len(s.analyses) == 0 {
		sep = "{\n  \"reports\": [\n" + reportIndent
	}
	s.analyses = append(s.analyses, r.report.Analysis)
	if _, err := io.WriteString(s.w, sep); err != nil {
		return err
	}
	_, err := s.w.Write(r.buf.Bytes())
	r.buf = nil
	return err
}

func (s *jsonSink) close() error {
	links, err := newsmodel.Links{Comparison: newsmodel.Compare(s.analyses...)}.MarshalJSON()
	if err != nil {
		return err
	}
	var out bytes.Buffer
	if len(s.analyses) == 0 {
		out.WriteString("{\n  \"reports\": [],\n  \"links\": ")
	} else {
		out.WriteString("\n  ],\n  \"links\": ")
	}
	if err := json.Indent(&out, links, "  ", "  "); err != nil {
		return err
	}
	out.WriteString("\n}\n")
	_, err = s.w.Write(out.Bytes())
	return err
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
