break main.describe
run
next
next
next
info args
info locals
print ps.array[1]
print label
up
print m
