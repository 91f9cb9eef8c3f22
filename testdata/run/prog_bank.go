// Golden test (whole program): a bank simulation with error values.
// Accounts live in a map keyed by id; operations return errors of several
// concrete types, inspected by type switches and assertions; a transaction
// log is a slice of interface values; transfers roll back on failure using
// defer/recover; balances are summed (never printed in map order).
package main

type Money int64 // cents

func (m Money) String() string {
	neg := m < 0
	if neg {
		m = -m
	}
	cents := int(m % 100)
	s := itoa(int(m/100)) + "."
	if cents < 10 {
		s += "0"
	}
	s += itoa(cents)
	if neg {
		s = "-" + s
	}
	return s
}

func itoa(n int) string {
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}

type Account struct {
	ID      string
	Balance Money
	Frozen  bool
	Limit   Money // overdraft allowed
}

type InsufficientFunds struct {
	ID        string
	Need, Has Money
}

func (e *InsufficientFunds) Error() string {
	return "insufficient funds in " + e.ID + ": need " + e.Need.String() + ", have " + e.Has.String()
}

type NoAccount string

func (e NoAccount) Error() string { return "no account " + string(e) }

type FrozenErr struct{ ID string }

func (e FrozenErr) Error() string { return "account " + e.ID + " is frozen" }

type badAmount Money

func (b badAmount) Error() string { return "bad amount " + Money(b).String() }

type Bank struct {
	accounts map[string]*Account
	log      []interface{}
}

type Deposit struct {
	ID  string
	Amt Money
}
type Withdrawal struct {
	ID  string
	Amt Money
}
type Transfer struct {
	From, To string
	Amt      Money
}

func NewBank() *Bank { return &Bank{accounts: map[string]*Account{}} }

func (b *Bank) Open(id string, initial, limit Money) {
	b.accounts[id] = &Account{ID: id, Balance: initial, Limit: limit}
}

func (b *Bank) get(id string) (*Account, error) {
	a, ok := b.accounts[id]
	if !ok {
		return nil, NoAccount(id)
	}
	if a.Frozen {
		return nil, FrozenErr{id}
	}
	return a, nil
}

func (b *Bank) Deposit(id string, amt Money) error {
	if amt <= 0 {
		return badAmount(amt)
	}
	a, err := b.get(id)
	if err != nil {
		return err
	}
	a.Balance += amt
	b.log = append(b.log, Deposit{id, amt})
	return nil
}

func (b *Bank) Withdraw(id string, amt Money) error {
	if amt <= 0 {
		return badAmount(amt)
	}
	a, err := b.get(id)
	if err != nil {
		return err
	}
	if a.Balance+a.Limit < amt {
		return &InsufficientFunds{id, amt, a.Balance}
	}
	a.Balance -= amt
	b.log = append(b.log, Withdrawal{id, amt})
	return nil
}

// Transfer withdraws then deposits; if the deposit fails, a deferred
// function puts the money back.  A panic in between is also rolled back.
func (b *Bank) Transfer(from, to string, amt Money) (err error) {
	if err := b.Withdraw(from, amt); err != nil {
		return err
	}
	logLen := len(b.log)
	done := false
	defer func() {
		if r := recover(); r != nil {
			err = NoAccount("panic: " + r.(string))
		}
		if !done {
			b.accounts[from].Balance += amt
			b.log = b.log[:logLen-1]
		}
	}()
	if to == "" {
		panic("empty destination")
	}
	if err := b.Deposit(to, amt); err != nil {
		return err
	}
	b.log = b.log[:logLen-1]
	b.log = append(b.log, Transfer{from, to, amt})
	done = true
	return nil
}

func (b *Bank) Total() Money {
	var t Money
	for _, a := range b.accounts {
		t += a.Balance
	}
	return t
}

func describe(err error) string {
	switch e := err.(type) {
	case nil:
		return "ok"
	case *InsufficientFunds:
		return "DECLINED (short by " + (e.Need - e.Has).String() + ")"
	case NoAccount, FrozenErr:
		return "REJECTED: " + e.Error()
	default:
		return "ERROR: " + e.Error()
	}
}

func main() {
	b := NewBank()
	b.Open("alice", 10000, 0)
	b.Open("bob", 2550, 5000)
	b.Open("carol", 0, 0)
	start := b.Total()
	println("total at start:", start.String())

	steps := []struct {
		what string
		f    func() error
	}{
		{"deposit alice 12.34", func() error { return b.Deposit("alice", 1234) }},
		{"withdraw bob 60.00", func() error { return b.Withdraw("bob", 6000) }},
		{"withdraw bob 30.00", func() error { return b.Withdraw("bob", 3000) }},
		{"withdraw carol 0.01", func() error { return b.Withdraw("carol", 1) }},
		{"deposit dave 1.00", func() error { return b.Deposit("dave", 100) }},
		{"deposit alice -5.00", func() error { return b.Deposit("alice", -500) }},
		{"transfer alice->carol 50.00", func() error { return b.Transfer("alice", "carol", 5000) }},
		{"freeze carol", func() error { b.accounts["carol"].Frozen = true; return nil }},
		{"transfer alice->carol 1.00", func() error { return b.Transfer("alice", "carol", 100) }},
		{"transfer alice->nobody 1.00", func() error { return b.Transfer("alice", "nobody", 100) }},
		{"transfer alice->'' 1.00", func() error { return b.Transfer("alice", "", 100) }},
		{"transfer bob->alice 99.00", func() error { return b.Transfer("bob", "alice", 9900) }},
	}
	for _, s := range steps {
		println(s.what, "->", describe(s.f()))
	}

	ids := []string{"alice", "bob", "carol"}
	for _, id := range ids {
		a := b.accounts[id]
		println(id, a.Balance.String(), a.Frozen)
	}
	println("total at end:", b.Total().String(), "change:", (b.Total() - start).String())

	var deps, wds, xfers int
	var moved Money
	for _, e := range b.log {
		switch t := e.(type) {
		case Deposit:
			deps++
		case Withdrawal:
			wds++
		case Transfer:
			xfers++
			moved += t.Amt
		}
	}
	println("log:", len(b.log), "deposits", deps, "withdrawals", wds, "transfers", xfers, "moved", moved.String())

	// errors are comparable values
	var e1 error = NoAccount("x")
	var e2 error = NoAccount("x")
	var e3 error = FrozenErr{"x"}
	println(e1 == e2, e1 == e3, e3 == FrozenErr{"x"})
}
