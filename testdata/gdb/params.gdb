break main.show
run
info args
info locals
print p
print s
print name
next
print n
