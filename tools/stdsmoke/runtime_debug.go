// stdsmoke: runtime/debug
package main

import (
	"fmt"
	"os"
	"runtime"
	"runtime/debug"
	"strings"
)

func main() {
	runtime.GC()
	runtime.GC()
	var st debug.GCStats
	debug.ReadGCStats(&st)
	fmt.Println(st.NumGC >= 2, len(st.Pause) >= 2, st.PauseTotal > 0, !st.LastGC.IsZero())
	s := string(debug.Stack())
	fmt.Println(strings.HasPrefix(s, "goroutine 1 [running]:"), strings.Contains(s, "main.main"))
	fmt.Println(debug.SetGCPercent(50), debug.SetGCPercent(100))
	fmt.Println(debug.SetMaxThreads(5000), debug.SetMaxThreads(10000))
	fmt.Println(debug.SetMaxStack(1<<20), debug.SetMaxStack(1000000000))
	fmt.Println(debug.SetMemoryLimit(-1) > 0)
	_, ok := debug.ReadBuildInfo()
	_ = ok
	old := debug.SetPanicOnFault(true)
	fmt.Println(old)
	debug.SetTraceback("all")
	debug.FreeOSMemory()
	fmt.Fprintln(os.Stderr, "done")
}
