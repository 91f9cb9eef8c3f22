package a

import (
	_ "./rel"
	_ "nosuch/thing"
)

func F() {}
