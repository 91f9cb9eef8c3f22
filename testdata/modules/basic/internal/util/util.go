// The package name differs from the last element of its import path.
package strutil

func Repeat(s string, n int) string {
	r := ""
	for i := 0; i < n; i++ {
		r += s
	}
	return r
}

// Joiner has an unexported field set through a constructor.
type Joiner struct {
	Sep   string
	count int
}

func NewJoiner(sep string) *Joiner { return &Joiner{Sep: sep} }

func (j *Joiner) Join(parts ...string) string {
	j.count++
	s := ""
	for i, p := range parts {
		if i > 0 {
			s += j.Sep
		}
		s += p
	}
	return s
}

func (j *Joiner) Count() int { return j.count }
