package stance

import "testing"

func TestLowerASCII(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"", ""},
		{"abc", "abc"},
		{"A", "a"},
		{"ABC", "abc"},
		{"US-Russia talks", "us-russia talks"},
		{"Zakharova’s ÉLAN", "zakharova’s Élan"},
		{"\xffX\x00Z", "\xffx\x00z"},
	} {
		if got := lowerASCII(c.in); got != c.want {
			t.Errorf("lowerASCII(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
