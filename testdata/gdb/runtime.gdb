break main.build
run
info args
break rt_mallocgc
continue
info args
print ((GoType*)type)->size
print ((GoType*)type)->ptrdata
print ((GoType*)type)->kind
bt
info registers rip
x/2gx type
delete
break runtime.go:20
continue
info locals
whatis m
print m.count
whatis c
print *c
print c.buf[0]
print *t
print *t.left
