package stance

import (
	"strings"
	"testing"
)

func TestAppendLowerASCII(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"", ""},
		{"abc", "abc"},
		{"A", "a"},
		{"ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz"},
		{"US-Russia talks in Geneva", "us-russia talks in geneva"},
		{"Zakharova’s ÉLAN", "zakharova’s Élan"},
		{"\xffX\x00Z@[`{\xc1\xda\xe1", "\xffx\x00z@[`{\xc1\xda\xe1"},
	} {
		// at each alignment, after other text
		for pre := range 9 {
			p := strings.Repeat("q", pre)
			if got := string(appendLowerASCII([]byte("Kept"), p+c.in)); got != "Kept"+p+c.want {
				t.Errorf("appendLowerASCII(%q, %q) = %q, want %q", "Kept", p+c.in, got, "Kept"+p+c.want)
			}
		}
	}
	all := make([]byte, 256)
	for i := range all {
		all[i] = byte(i)
	}
	got := appendLowerASCII(nil, string(all))
	for i, c := range got {
		want := byte(i)
		if 'A' <= want && want <= 'Z' {
			want += 'a' - 'A'
		}
		if c != want {
			t.Errorf("appendLowerASCII maps byte %#x to %#x, want %#x", i, c, want)
		}
	}
}

func TestAlnumPrefix(t *testing.T) {
	for c := range 256 {
		for pos := range 8 {
			b := []byte("abcdefgh")
			b[pos] = byte(c)
			want := 8
			for k, d := range b {
				if !isAlnumASCII(d) {
					want = k
					break
				}
			}
			if got := alnumPrefix(string(b)); got != want {
				t.Errorf("alnumPrefix(%q) = %d, want %d", b, got, want)
			}
		}
	}
}
