// Golden test: && and || evaluate left to right and stop as soon as the
// result is known; the skipped operand's side effects must not happen.
package main

var trace string

func t(name string) bool {
	trace += name
	return true
}

func f(name string) bool {
	trace += name
	return false
}

func show(label string, v bool) {
	println(label, v, trace)
	trace = ""
}

func main() {
	show("f&&t", f("a") && t("b"))
	show("t&&f", t("a") && f("b"))
	show("t||f", t("a") || f("b"))
	show("f||t", f("a") || t("b"))
	show("f||f||t||t", f("a") || f("b") || t("c") || t("d"))
	show("t&&t&&f&&t", t("a") && t("b") && f("c") && t("d"))
	show("(f&&t)||t", (f("a") && t("b")) || t("c"))
	show("f&&(t||t)", f("a") && (t("b") || t("c")))
	show("t||f&&f", t("a") || f("b") && f("c"))
	show("!f&&!t", !f("a") && !t("b"))

	// A nil guard: the second operand would fault without short-circuiting.
	var p *int
	if p != nil && *p > 0 {
		println("unreachable")
	}
	if p == nil || *p > 0 {
		println("guarded")
	}
	s := []int{1, 2, 3}
	i := 5
	println(i < len(s) && s[i] > 0, i >= len(s) || s[i] > 0)

	// In conditions of if/for.
	n := 0
	for n < 10 && t("L") {
		n += 4
	}
	show("loop", n == 12)
	if f("x") || f("y") || !t("z") {
		println("no")
	} else {
		show("else", true)
	}
}
