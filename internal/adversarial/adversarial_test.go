package adversarial

import (
	"strings"
	"testing"
)

func TestInputs(t *testing.T) {
	ins := Inputs()
	for i, in := range ins {
		if i > 0 && ins[i-1].Name >= in.Name {
			t.Errorf("inputs not in order of name: %q before %q", ins[i-1].Name, in.Name)
		}
		if a, b := len(in.Make(10)), len(in.Make(40)); b < 3*a {
			t.Errorf("%s: 4× the repetitions gives %d bytes, not about 4× %d", in.Name, b, a)
		}
	}
	if got := ByName("quote marks")(3); got != `"""` {
		t.Errorf(`ByName("quote marks")(3) = %q`, got)
	}
	if ByName("no such input") != nil {
		t.Error("ByName of an unknown name is not nil")
	}
	if !strings.Contains(ByName("nested quotes")(2), "x") {
		t.Error("nested quotes have no core")
	}
}
