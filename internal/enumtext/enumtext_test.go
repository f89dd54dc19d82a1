package enumtext

import "testing"

type color uint8

var colorNames = []string{"unknown", "red", "green"}

func TestRoundTrip(t *testing.T) {
	for v := color(0); v < 3; v++ {
		b, err := Append(nil, colorNames, "paint", "color", v)
		if err != nil {
			t.Fatal(err)
		}
		back, err := Parse[color](colorNames, "paint", "color", b)
		if err != nil || back != v || String(colorNames, "Color", v) != string(b) {
			t.Errorf("%d: %q -> %d, %v", v, b, back, err)
		}
	}
	if s := String(colorNames, "Color", color(7)); s != "Color(7)" {
		t.Errorf("String(7) = %q", s)
	}
	if _, err := Append(nil, colorNames, "paint", "color", color(7)); err == nil || err.Error() != "paint: invalid color 7" {
		t.Errorf("Append(7) error = %v", err)
	}
	if _, err := Parse[color](colorNames, "paint", "color", []byte("blue")); err == nil || err.Error() != `paint: unknown color "blue"` {
		t.Errorf("Parse(blue) error = %v", err)
	}
}
