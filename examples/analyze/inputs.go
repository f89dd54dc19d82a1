package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"iter"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/newsmodel/newsmodel"
	"github.com/newsmodel/newsmodel/article"
)

// An input is one report as read, before it is analysed: the text of a
// file, or the line of a JSON Lines record (decoded by a worker).
type input struct {
	file   string // the report's file; "" for a record
	where  string // how messages name it: the file, or FILE:LINE for a record
	text   string // the report, for a file
	record []byte // the record's line, for -input jsonl
	size   int    // bytes of input it took
	err    error  // why it cannot be read
}

// stdinName names standard input.
const stdinName = "-"

// inputs yields the reports named by names, in order: files, the .txt (or,
// with -input jsonl, .jsonl) files of folders at any depth, and standard
// input for "-". With no names it yields the fixture reports, or standard
// input with -input jsonl. Only one input is held at a time.
func inputs(names []string, kind string, stdin io.Reader) iter.Seq[input] {
	return func(yield func(input) bool) {
		if len(names) == 0 {
			if kind == "jsonl" {
				names = []string{stdinName}
			} else {
				for _, name := range newsmodel.FixtureNames() {
					text, err := newsmodel.Fixture(name)
					if !yield(input{file: name, where: name, text: text, size: len(text), err: err}) {
						return
					}
				}
				return
			}
		}
		ext := extension(kind)
		for _, name := range names {
			if name == stdinName {
				if !readInput(stdinName, stdin, kind, yield) {
					return
				}
				continue
			}
			if fi, err := os.Stat(name); err == nil && fi.IsDir() {
				if !walk(name, ext, kind, yield) {
					return
				}
				continue
			}
			if !readFile(name, kind, yield) {
				return
			}
		}
	}
}

// extension returns the file extension a folder's inputs of kind have.
func extension(kind string) string {
	if kind == "jsonl" {
		return ".jsonl"
	}
	return ".txt"
}

// walk yields the inputs of the files under dir whose names end in ext, in
// lexical order of their paths' elements (as [filepath.WalkDir] visits
// them). A dir that is a symbolic link is followed; links below it are
// followed to files only. It reports whether to go on.
func walk(dir, ext, kind string, yield func(input) bool) bool {
	root := dir
	if resolved, err := filepath.EvalSymlinks(dir); err == nil {
		root = resolved
	}
	more := true
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if root != dir { // name the files by the path given
			if rel, err := filepath.Rel(root, path); err == nil {
				path = filepath.Join(dir, rel)
			}
		}
		if err != nil {
			if more = yield(input{where: path, err: err}); !more {
				return filepath.SkipAll
			}
			if d != nil && d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if d.IsDir() || !strings.HasSuffix(d.Name(), ext) {
			return nil
		}
		if more = readFile(path, kind, yield); !more {
			return filepath.SkipAll
		}
		return nil
	})
	if err != nil && more {
		more = yield(input{where: dir, err: err})
	}
	return more
}

// readFile yields the input or inputs of one file.
func readFile(name, kind string, yield func(input) bool) bool {
	f, err := os.Open(name)
	if err != nil {
		return yield(input{where: name, err: err})
	}
	defer f.Close()
	return readInput(name, f, kind, yield)
}

// readInput yields the report of r, or its records with -input jsonl.
func readInput(name string, r io.Reader, kind string, yield func(input) bool) bool {
	if kind == "jsonl" {
		return readRecords(name, r, yield)
	}
	var sb strings.Builder
	if f, ok := r.(*os.File); ok {
		if fi, err := f.Stat(); err == nil && fi.Mode().IsRegular() {
			sb.Grow(int(fi.Size()) + 1)
		}
	}
	// Copied by hand: io.Copy from an *os.File allocates a 32 KB buffer a
	// file, which costs more than reading a short report.
	var buf [8 << 10]byte
	for {
		n, err := r.Read(buf[:])
		sb.Write(buf[:n])
		if err == io.EOF {
			break
		}
		if err != nil {
			return yield(input{where: name, err: err})
		}
	}
	return yield(input{file: name, where: name, text: sb.String(), size: sb.Len()})
}

// readRecords yields the records of r, one a non-blank line.
func readRecords(name string, r io.Reader, yield func(input) bool) bool {
	br := bufio.NewReaderSize(r, 64<<10)
	for line := 1; ; line++ {
		b, err := br.ReadBytes('\n')
		if rec := bytes.TrimRight(b, "\r\n"); len(bytes.TrimSpace(rec)) > 0 {
			if !yield(input{where: name + ":" + strconv.Itoa(line), record: rec, size: len(b)}) {
				return false
			}
		}
		if err == io.EOF {
			return true
		}
		if err != nil {
			return yield(input{where: name + ":" + strconv.Itoa(line), err: err})
		}
	}
}

// A record is one line of -input jsonl, the shape news dumps come in.
type record struct {
	ID   json.RawMessage `json:"id"`   // a string or a number; FILE:LINE when missing
	Text *string         `json:"text"` // the report
	Date string          `json:"date"` // its reference date: YYYY-MM-DD, or a timestamp that starts with one
}

// decodeRecord returns the ID, text and reference date of the record in
// in; ref is the date of records without one.
func decodeRecord(in input, ref article.Date) (id, text string, date article.Date, err error) {
	var rec record
	if err := json.Unmarshal(in.record, &rec); err != nil {
		var se *json.SyntaxError
		if errors.As(err, &se) {
			return "", "", date, fmt.Errorf("not a JSON record: byte %d: %v", se.Offset, err)
		}
		return "", "", date, fmt.Errorf("not a record {\"id\", \"text\", \"date\"}: %v", err)
	}
	if rec.Text == nil {
		return "", "", date, errors.New(`record has no "text"`)
	}
	switch raw := bytes.TrimSpace(rec.ID); {
	case len(raw) == 0 || string(raw) == "null":
		id = in.where
	case raw[0] == '"':
		if err := json.Unmarshal(raw, &id); err != nil {
			return "", "", date, fmt.Errorf(`"id": %v`, err)
		}
	case raw[0] == '-' || '0' <= raw[0] && raw[0] <= '9':
		id = string(raw)
	default:
		return "", "", date, fmt.Errorf(`"id" %s: want a string or a number`, raw)
	}
	date = ref
	if rec.Date != "" {
		if date, err = recordDate(rec.Date); err != nil {
			return "", "", date, fmt.Errorf(`"date": %v`, err)
		}
	}
	return id, *rec.Text, date, nil
}

// recordDate parses a record's date: an ISO 8601 date, or an RFC 3339
// timestamp ("2016-07-15T09:30:00Z"), whose calendar date it takes.
func recordDate(s string) (article.Date, error) {
	var d article.Date
	if len(s) > 10 && (s[10] == 'T' || s[10] == ' ') {
		s = s[:10]
	}
	err := d.UnmarshalText([]byte(s))
	return d, err
}

// inputBytes returns a function that counts the bytes of the inputs names
// stand for, as [inputs] reads them, or -1 when they include standard
// input. It only looks at the file system's sizes.
func inputBytes(names []string, kind string) func() int64 {
	return func() int64 {
		if len(names) == 0 && kind == "jsonl" {
			return -1
		}
		ext := extension(kind)
		var total int64
		for _, name := range names {
			if name == stdinName {
				return -1
			}
			fi, err := os.Stat(name)
			if err != nil {
				continue
			}
			if !fi.IsDir() {
				total += fi.Size()
				continue
			}
			if resolved, err := filepath.EvalSymlinks(name); err == nil {
				name = resolved
			}
			filepath.WalkDir(name, func(path string, d fs.DirEntry, err error) error {
				if err == nil && !d.IsDir() && strings.HasSuffix(d.Name(), ext) {
					if fi, err := d.Info(); err == nil {
						total += fi.Size()
					}
				}
				return nil
			})
		}
		return total
	}
}
