module example.com/err_subpkg

go 1.19
