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
		"Comparing 2 reports",
		"[1] syria-talks-kremlin-full.txt: dated 2016-07-15",
		"[2] syria-talks-kremlin-wire.txt: undated",
		`"Hopefully we'll be able to make some genuine progress`,
		"said by: [1] John Kerry, [2] John Kerry",
		"Dmitry Peskov",
		"Josh Earnest",
		"2016-07-14 Thursday",
		"? yesterday",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	// Peskov is named only by the first report, Earnest only by the second.
	only1 := section(out, "only in [1]:", "only in [2]:")
	only2 := section(out, "only in [2]:", "\n\n")
	if !strings.Contains(only1, "Dmitry Peskov") || strings.Contains(only1, "Josh Earnest") || !strings.Contains(only2, "Josh Earnest") {
		t.Errorf("actors only in one report:\n%s\n%s", only1, only2)
	}
	for _, line := range strings.Split(out, "\n") {
		if n := len([]rune(line)); n > 100 {
			t.Errorf("line of %d columns: %q", n, line)
		}
	}
}

// section returns the text of out from the line starting with from to end.
func section(out, from, end string) string {
	i := strings.Index(out, from)
	if i < 0 {
		return ""
	}
	s := out[i:]
	if j := strings.Index(s, end); j > 0 {
		s = s[:j]
	}
	return s
}

func TestRunFilesAndDate(t *testing.T) {
	dir := t.TempDir()
	a := filepath.Join(dir, "a.txt")
	b := filepath.Join(dir, "b.txt")
	write(t, a, "LONDON (Reuters) - Finance Minister Anna Novak said on Monday the budget was \"fair and necessary.\"\n\nCritics said the plan was wary of unions.\n")
	write(t, b, "Anna Novak defended the budget yesterday. \"It is fair and necessary,\" Novak told parliament.\n")
	var buf bytes.Buffer
	if err := run(&buf, []string{"-date", "2024-03-05", a, b}); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	for _, want := range []string{"[1] " + a, "[2] " + b, "resolved against -date 2024-03-05", "2024-03-04 yesterday", "Anna Novak"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
}

func write(t *testing.T, name, text string) {
	t.Helper()
	if err := os.WriteFile(name, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestRunErrors(t *testing.T) {
	for _, tt := range []struct {
		args []string
		want string
	}{
		{[]string{"../../testdata/syria-talks-kremlin-full.txt"}, "two or more"},
		{[]string{"../../testdata/syria-talks-kremlin-full.txt", "missing.txt"}, "missing.txt"},
		{[]string{"-date", "soon"}, "-date"},
	} {
		var buf bytes.Buffer
		if err := run(&buf, tt.args); err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("run(%q) = %v, want an error naming %q", tt.args, err, tt.want)
		}
	}
}
