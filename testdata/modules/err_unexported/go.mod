module example.com/err_unexported

go 1.19
