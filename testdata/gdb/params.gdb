break main.show
run
info locals
print p
print s
print name
next
print n
