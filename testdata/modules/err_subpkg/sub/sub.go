package sub

import "example.com/err_subpkg/sub/deep"

func F() {
	var s string = deep.N
	return 1
}
