// errorcheck

// Implementation restriction: imported packages must be used.

package main

import "unsafe" // ERROR "imported and not used: .unsafe."
import u "unsafe" // ERROR "imported and not used: .unsafe. as u"

func main() {
}
