module example.com/err_constraints

go 1.19
