package sub

type Box struct{ p *int }

func NewBox(n int) Box { return Box{&n} }

func (b Box) Get() int { return *b.p }

type inner struct{ X int }

func (inner) Hi() string { return "inner.Hi" }

type Outer struct {
	inner
	Y int
}

func MakeOuter() Outer { return Outer{inner{1}, 2} }

type Shape interface{ Area() int }

type Sq int

func (s Sq) Area() int { return int(s * s) }

type Holder struct{ Shape }
