package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestRunFixtures(t *testing.T) {
	var buf bytes.Buffer
	if err := run(&buf, nil); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	for _, want := range []string{
		"syria-talks-kremlin-full.txt: dated 2016-07-15 by the report itself",
		"2016-07-14  Thursday",
		"2016-07-15  Friday",
		"syria-talks-kremlin-wire.txt: undated; relative times stay relative",
		"relative  yesterday",
		"last month",
		"last September",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	if i, j := strings.Index(out, "2016-07-14"), strings.Index(out, "2016-07-15  Friday"); i > j {
		t.Errorf("events out of date order:\n%s", out)
	}
}

func TestRunReference(t *testing.T) {
	var buf bytes.Buffer
	if err := run(&buf, []string{"-date", "2016-07-15", "../../testdata/syria-talks-kremlin-wire.txt"}); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	for _, want := range []string{"resolved against -date 2016-07-15", "2015-09     last September", "2016-06     last month", "2016-07-14  yesterday"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "relative ") {
		t.Errorf("relative times left with -date:\n%s", out)
	}
}

func TestRunErrors(t *testing.T) {
	dir := t.TempDir()
	utf16 := filepath.Join(dir, "utf16.txt")
	if err := os.WriteFile(utf16, []byte("\xff\xfeK\x00"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		args []string
		want string
	}{
		{[]string{filepath.Join(dir, "missing.txt")}, "missing.txt"},
		{[]string{utf16}, "utf16.txt: article: 1:1: text is UTF-16"},
		{[]string{"-date", "July 15", utf16}, "-date"},
	} {
		var buf bytes.Buffer
		if err := run(&buf, tt.args); err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("run(%q) = %v, want an error naming %q", tt.args, err, tt.want)
		}
	}
}
