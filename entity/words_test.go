package entity

import (
	"reflect"
	"testing"
)

// TestVocab checks that the word table knows every word the rules name:
// a word it lacks would have the ID 0, which every unknown word has.
func TestVocab(t *testing.T) {
	v := reflect.ValueOf(*words())
	for i := range v.NumField() {
		f := v.Field(i)
		if f.Kind() == reflect.Array {
			for j := range f.Len() {
				if f.Index(j).Uint() == 0 {
					t.Errorf("vocab.%s[%d] is not in the word table", v.Type().Field(i).Name, j)
				}
			}
		} else if f.Uint() == 0 {
			t.Errorf("vocab.%s is not in the word table", v.Type().Field(i).Name)
		}
	}
}
