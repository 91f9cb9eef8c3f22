module example.com/err_cycle

go 1.19
