// Golden test: switch with a tag, without a tag (switch true), with an init
// statement, several values per case, fallthrough, default anywhere in the
// list, cases evaluated top to bottom and left to right until one matches.
package main

var trace string

func val(name string, v int) int {
	trace += name
	return v
}

func grade(score int) string {
	switch {
	case score >= 90:
		return "A"
	case score >= 80:
		return "B"
	case score >= 70:
		return "C"
	default:
		return "F"
	}
}

func kind(c byte) string {
	switch c {
	case 'a', 'e', 'i', 'o', 'u':
		return "vowel"
	case ' ', '\t', '\n':
		return "space"
	default:
		if c >= '0' && c <= '9' {
			return "digit"
		}
		return "other"
	case 'y':
		return "sometimes"
	}
}

func fall(n int) {
	switch n {
	case 0:
		print("zero ")
		fallthrough
	case 1:
		print("one ")
		fallthrough
	case 2:
		print("two ")
	case 3:
		print("three ")
		fallthrough
	default:
		print("default ")
	}
	println()
}

func main() {
	for _, s := range []int{95, 85, 75, 10} {
		print(grade(s), " ")
	}
	println()
	for _, c := range []byte("ay 7x") {
		print(kind(c), " ")
	}
	println()
	for n := 0; n < 5; n++ {
		fall(n)
	}

	// Init statement; tag is an expression.
	switch x := 7; x * 2 {
	case 10:
		println("ten")
	case 14:
		println("fourteen", x)
	}
	// Init statement with no tag.
	switch y := 3; {
	case y > 5:
		println("big")
	case y > 2:
		println("medium", y)
	}
	// Case expressions are evaluated lazily, in order.
	switch val("t", 3) {
	case val("a", 1), val("b", 2):
		println("no")
	case val("c", 3), val("d", 4):
		println("matched c", trace)
	case val("e", 5):
		println("no")
	}
	// Empty switch, switch with only default, cases with no body.
	switch {
	}
	switch {
	default:
		println("only default")
	}
	switch 2 {
	case 1:
	case 2:
	case 3:
		println("not reached")
	}
	// Typed tags: the cases convert to the tag's type.
	var u8 uint8 = 200
	switch u8 {
	case 100:
		println("100")
	case 200:
		println("200 as uint8")
	}
	// break out of a switch in the middle of a case.
	for i := 0; i < 3; i++ {
		switch i {
		case 1:
			if i == 1 {
				break
			}
			println("not reached")
		default:
			println("case", i)
		}
	}
}
