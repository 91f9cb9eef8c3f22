module example.com/err_load

go 1.19
