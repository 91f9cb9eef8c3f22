module example.com/err_methods

go 1.19
