// runtime/debug settings return Go's defaults and previous values; runtime.MemStats is filled
// by ReadMemStats; MemProfileRate is 0 in a program without profiling.
package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
)

func main() {
	fmt.Println(debug.SetGCPercent(50), debug.SetGCPercent(-1), debug.SetGCPercent(100))
	fmt.Println(debug.SetMaxStack(1<<16), debug.SetMaxStack(1<<20))
	fmt.Println(debug.SetMaxThreads(20), debug.SetMaxThreads(10000))
	fmt.Println(debug.SetPanicOnFault(true), debug.SetPanicOnFault(false))
	fmt.Println(debug.SetMemoryLimit(-1), debug.SetMemoryLimit(1<<30), debug.SetMemoryLimit(-1))
	fmt.Println(runtime.MemProfileRate)
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	fmt.Println(m.Alloc > 0, m.Sys >= m.HeapSys, m.TotalAlloc >= m.Alloc, m.EnableGC)
	runtime.GC()
	debug.FreeOSMemory()
	var after runtime.MemStats
	runtime.ReadMemStats(&after)
	fmt.Println(after.NumGC >= m.NumGC+2, after.NumForcedGC >= 2)
}
