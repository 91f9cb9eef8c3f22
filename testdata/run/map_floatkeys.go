// Golden test: float keys.  NaN != NaN, so every NaN insert adds a new
// entry that can never be found or deleted; +0 and -0 are equal and are the
// same key.  Also complex keys and NaN inside an interface key.
package main

func main() {
	zero := 0.0
	nan := zero / zero
	negz := -zero
	inf := 1 / zero

	m := map[float64]int{}
	m[nan] = 1
	m[nan] = 2
	m[nan] = 3
	println("len after 3 NaN:", len(m))
	_, ok := m[nan]
	println("lookup NaN:", ok)
	delete(m, nan)
	println("after delete NaN:", len(m))

	m[0] = 10
	m[negz] = 20 // same key as +0
	println("len:", len(m), "m[0] =", m[0], "m[-0] =", m[negz])

	m[inf] = 30
	m[-inf] = 40
	println(m[1/zero], m[-1/zero], len(m))

	// sum of NaN entries via range: each one is visited once
	sum, nans := 0, 0
	for k, v := range m {
		if k != k {
			nans++
		}
		sum += v
	}
	println("sum:", sum, "nans:", nans)

	// clear the NaNs: only possible by making a new map
	m2 := map[float64]int{}
	for k, v := range m {
		if k == k {
			m2[k] = v
		}
	}
	println(len(m2))

	f32 := map[float32]string{1.5: "a"}
	f32[float32(negz)] = "z"
	f32[0] = "zero"
	println(len(f32), f32[0], f32[1.5])

	c := map[complex128]int{}
	c[complex(0, 0)] = 1
	c[complex(negz, negz)] = 2
	c[complex(nan, 0)] = 3
	c[complex(nan, 0)] = 4
	c[1i] = 5
	println(len(c), c[0], c[1i])

	var e map[interface{}]int = map[interface{}]int{}
	e[nan] = 1
	e[nan] = 1
	e[0.0] = 2
	e[negz] = 3
	println(len(e), e[0.0])
}
