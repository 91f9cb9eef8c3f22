module example.com/staticinit

go 1.19
