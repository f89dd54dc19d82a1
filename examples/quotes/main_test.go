package main

import (
	"bytes"
	"strings"
	"testing"
)

func TestRunFixture(t *testing.T) {
	var buf bytes.Buffer
	if err := run(&buf, nil); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if !strings.HasPrefix(lines[0], "SPEAKER") || !strings.Contains(lines[len(lines)-1], "quotes in syria-talks-kremlin-full.txt") {
		t.Fatalf("table frame wrong:\n%s", out)
	}
	// Rows as speaker → text fragments that must appear on one line.
	for _, row := range [][2]string{
		{"Vladimir Putin", `"I would like to note our mutual effort`},
		{"Vladimir Putin", `"My last conversation with President Obama`},
		{"John Kerry", `"Hopefully we'll be able`},
		{"a senior US official", `"If we cannot get to a solution`},
		{"another senior official", `"We are here to test`},
		{"Dmitry Peskov", "Russia favoured cooperation"},
		{"Maria Zakharova", "Moscow was not satisfied"},
	} {
		found := false
		for _, l := range lines {
			found = found || strings.HasPrefix(l, row[0]+" ") && strings.Contains(l, row[1])
		}
		if !found {
			t.Errorf("no row %q … %q:\n%s", row[0], row[1], out)
		}
	}
}

func TestRunWire(t *testing.T) {
	var buf bytes.Buffer
	if err := run(&buf, []string{"../../testdata/syria-talks-kremlin-wire.txt"}); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Josh Earnest", "according to", `"tangible results."`, "partial"} {
		if !strings.Contains(buf.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, buf.String())
		}
	}
}

func TestRunErrors(t *testing.T) {
	for _, args := range [][]string{{"missing.txt"}, {"a.txt", "b.txt"}, {"-date", "x"}} {
		var buf bytes.Buffer
		if err := run(&buf, args); err == nil {
			t.Errorf("run(%q) succeeded", args)
		}
	}
}
