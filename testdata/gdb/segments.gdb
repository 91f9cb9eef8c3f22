source tools/goc-gdb.py
set environment GOMAXPROCS=1
break main.stop
run
bt
info goroutines
goroutine 5 bt
