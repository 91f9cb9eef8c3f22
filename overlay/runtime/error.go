// goc: the run-time error values are made by the C runtime (runtime/error.c);
// this declares the interface they implement.

package runtime

// Error is the interface of the errors the runtime panics with
// (index out of range, nil map writes, failed type assertions...).
type Error interface {
	error
	// RuntimeError does nothing; having it is what marks a run-time error.
	RuntimeError()
}
