package entity_test

import (
	"testing"

	"github.com/newsmodel/newsmodel/entity"
)

// TestBuiltinCapitals checks that a capital's other names name the
// capital, not its country: "Kiev" is Kyiv, of Ukraine.
func TestBuiltinCapitals(t *testing.T) {
	for _, tt := range []struct{ name, want, of string }{
		{"Kiev", "Kyiv", "Ukraine"},
		{"Kyiv", "Kyiv", "Ukraine"},
		{"Ukraine", "Ukraine", ""},
		{"Moscow", "Moscow", "Russia"},
	} {
		e, _, ok := entity.Builtin().Lookup(tt.name)
		if !ok || e.Name != tt.want || e.Of != tt.of || e.Kind != entity.KindPlace {
			t.Errorf("Lookup(%q) = %q of %q (%v, found %v), want %q of %q", tt.name, e.Name, e.Of, e.Kind, ok, tt.want, tt.of)
		}
	}
}
