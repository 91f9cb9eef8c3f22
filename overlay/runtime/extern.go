// goc: gc's runtime is Go and assembly for gc's ABI; goc's is C (runtime/).
// This package declares the Go API of goc's runtime with gc's names and
// layouts; bodyless functions are the C runtime's (symbols "runtime.NAME").

// Package runtime contains operations that interact with Go's runtime
// system: the scheduler, the memory allocator and the garbage collector.
package runtime

// GOOS and GOARCH are the operating system and architecture goc targets.
const GOOS string = "linux"
const GOARCH string = "amd64"

// Compiler is the name of the tool chain whose ABI and behaviour the
// program follows: goc follows gc's.
const Compiler = "gc"

// Version returns the Go version of the reference tool chain goc follows.
func Version() string

// GOROOT returns the root of the Go tree goc reads the standard library from.
func GOROOT() string
