break main.main
break main.(*T).sum
run
next
bt
next
finish
