package main

import (
	"runtime"
	"runtime/debug"
)

var sink []byte

func churn(n int) {
	for i := 0; i < n; i++ {
		sink = make([]byte, 1024)
	}
}

func main() {
	var m runtime.MemStats
	println(debug.SetGCPercent(-1))
	runtime.ReadMemStats(&m)
	before := m.NumGC
	churn(100000) // 100 MB of garbage, no collection
	runtime.ReadMemStats(&m)
	println("collections while off:", m.NumGC-before)
	println(debug.SetGCPercent(50))
	churn(100000)
	runtime.ReadMemStats(&m)
	sink = nil
	debug.FreeOSMemory()
	runtime.ReadMemStats(&m)
	println("released most:", m.HeapReleased >= m.HeapIdle/2, m.HeapInuse < 10<<20)
	println(debug.SetGCPercent(100))
}
