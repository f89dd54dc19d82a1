package entity

import (
	"runtime"
	"strings"
	"testing"
)

// BenchmarkKnowledgeOpen measures what the first use of the tables costs:
// opening them (B/op is the heap they keep: the key table's hash index and
// the list of codes; the tables themselves are read in place), and opening
// them then looking up a key in each table, which touches their pages.
func BenchmarkKnowledgeOpen(b *testing.B) {
	b.Run("open", func(b *testing.B) {
		var before, after runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&before)
		k := openKnowledge()
		runtime.GC()
		runtime.ReadMemStats(&after)
		runtime.KeepAlive(k)
		b.ReportAllocs()
		for b.Loop() {
			openKnowledge()
		}
		b.ReportMetric(float64(int64(after.HeapAlloc)-int64(before.HeapAlloc)), "heap-B/load")
	})
	b.Run("open+lookups", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			k := openKnowledge()
			k.sections("paris")
			k.sections("vladimir putin")
			k.sections("ambassador")
			k.sections("mary")
		}
	})
}

// benchKeys are keys met in news, found and not.
var benchKeys = strings.Split("paris|georgia|las vegas|vladimir putin|putin|nato|mary|john|jackson|"+
	"foreign minister|police|said|the|on|tuesday|reuters|state department|new|new york city|"+
	"kremlin|spokesman|syria|russian|americans|ambassadors|zzyzx|lavrov|kerry|geneva|officials", "|")

// BenchmarkKnowledgeLookup measures each lookup over benchKeys; per op is
// one pass over them.
func BenchmarkKnowledgeLookup(b *testing.B) {
	loadKnowledge()
	size := 0
	for _, k := range benchKeys {
		size += len(k)
	}
	run := func(name string, f func(string)) {
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(size))
			b.ReportAllocs()
			for b.Loop() {
				for _, k := range benchKeys {
					f(k)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(benchKeys)), "ns/key")
		})
	}
	run("place", func(k string) { lookupPlace(k) })
	run("actor", func(k string) { lookupActor(k) })
	run("given", func(k string) { lookupGiven(k) })
	run("agent", func(k string) { lookupAgent(k) })
	run("longestKey", func(k string) { longestKey(k) })
}
