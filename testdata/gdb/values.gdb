break main.describe
run
next
next
next
info locals
print ps.array[1]
print label
up
print m
