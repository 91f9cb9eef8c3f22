source tools/goc-gdb.py
set environment GOMAXPROCS=1
break goroutines.go:23
run
info goroutines
goroutine 5 bt
goroutine 6 bt
goroutine 1 bt
