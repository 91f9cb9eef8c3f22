package sub

type T struct{ n int }

func (T) m() {}

func (T) M() {}

type I interface{ m() }
