package sub

type I interface{ m() }

type T struct {
	f int
	G int
}

type hidden int

func F() hidden { return 0 }

func (T) m() {}

func (T) M() {}

type U struct{ T }
