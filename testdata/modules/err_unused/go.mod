module example.com/err_unused

go 1.19
