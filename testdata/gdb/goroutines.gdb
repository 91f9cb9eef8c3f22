source tools/goc-gdb.py
break goroutines.go:23
run
info goroutines
goroutine 5 bt
goroutine 6 bt
goroutine 1 bt
