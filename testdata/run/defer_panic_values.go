// Golden test: how an unrecovered panic prints its value: an error prints
// its Error() result, and the panic that was in progress when a deferred
// call panicked again is listed first.  The error's Error method runs
// before the report.
package main

type E struct{ code int }

func (e E) Error() string { return "E with code " + string(rune('0'+e.code)) }

func main() {
	defer func() {
		panic(E{2})
	}()
	panic(E{1})
}
