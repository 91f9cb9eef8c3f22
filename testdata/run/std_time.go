// The time package compiled from Go 1.19's source over goc's runtime timers
// (runtime/time.c): sleeping, timers, tickers, AfterFunc, and the package's
// pure parts (Duration, Time, formatting, calendar arithmetic).  The
// timing tests leave wide margins so that they are deterministic on a
// loaded machine.
package main

import "time"

const ms = time.Millisecond

// Goroutines that sleep different times wake in the order of their sleeps.
func sleepOrder() {
	order := make(chan int, 3)
	for _, i := range []int{3, 1, 2} {
		i := i
		go func() {
			time.Sleep(time.Duration(i) * 60 * ms)
			order <- i
		}()
	}
	println("sleep order:", <-order, <-order, <-order)
}

func sleepSince() {
	start := time.Now()
	time.Sleep(25 * ms)
	println("Since >= 25ms:", time.Since(start) >= 25*ms)
	time.Sleep(0)
	time.Sleep(-5)
	println("Sleep(0), Sleep(-5) return")
	t0 := time.Now()
	t1 := t0.Add(3 * time.Second)
	println("Sub:", t1.Sub(t0).String(), "Before:", t0.Before(t1), "After:", t0.After(t1))
}

func selectTimeout() {
	never := make(chan int)
	select {
	case <-never:
		println("never")
	case <-time.After(20 * ms):
		println("select: timeout")
	}
	ready := make(chan int, 1)
	ready <- 7
	select {
	case v := <-ready:
		println("select: ready", v)
	case <-time.After(time.Hour):
		println("select: hour passed")
	}
	// A loop of receives with a per-iteration timeout.
	c := make(chan int)
	go func() {
		for i := 0; i < 3; i++ {
			c <- i
		}
	}()
	n := 0
	for {
		select {
		case v := <-c:
			n += v + 1
			continue
		case <-time.After(100 * ms):
		}
		break
	}
	println("received sum", n, "then timed out")
}

func timers() {
	t := time.NewTimer(time.Hour)
	println("Stop active:", t.Stop(), "Stop again:", t.Stop())
	println("Reset stopped:", t.Reset(10*ms))
	<-t.C
	println("fired after Reset")
	println("Stop fired:", t.Stop(), "Reset fired:", t.Reset(time.Hour))
	println("Reset active:", t.Reset(5*ms))
	<-t.C
	println("fired again")

	// Many timers: each fires once, in its own order.
	const n = 50
	done := make(chan int, n)
	for i := 0; i < n; i++ {
		i := i
		tm := time.NewTimer(time.Duration(i%5) * ms)
		go func() {
			<-tm.C
			done <- i
		}()
	}
	sum := 0
	for i := 0; i < n; i++ {
		sum += <-done
	}
	println("50 timers fired, sum", sum)

	// A stopped timer's channel stays empty.
	t2 := time.NewTimer(5 * ms)
	t2.Stop()
	select {
	case <-t2.C:
		println("stopped timer fired")
	case <-time.After(30 * ms):
		println("stopped timer stayed quiet")
	}
}

func afterFunc() {
	c := make(chan string)
	time.AfterFunc(5*ms, func() { c <- "AfterFunc ran" })
	println(<-c)

	ran := make(chan bool, 1)
	f := time.AfterFunc(20*ms, func() { ran <- true })
	println("AfterFunc Stop:", f.Stop())
	time.Sleep(50 * ms)
	select {
	case <-ran:
		println("stopped AfterFunc ran")
	default:
		println("stopped AfterFunc did not run")
	}
	f.Reset(1 * ms)
	println("after Reset:", <-ran)
}

func ticker() {
	tk := time.NewTicker(5 * ms)
	start := time.Now()
	for i := 1; i <= 3; i++ {
		<-tk.C
		println("tick", i)
	}
	tk.Stop()
	println("3 ticks >= 15ms:", time.Since(start) >= 15*ms)
	select {
	case <-tk.C:
	default:
	}
	time.Sleep(20 * ms)
	select {
	case <-tk.C:
		println("stopped ticker ticked")
	default:
		println("stopped ticker is quiet")
	}
	tk.Reset(2 * ms)
	<-tk.C
	<-tk.C
	tk.Stop()
	println("ticks after Reset")

	tc := time.Tick(3 * ms)
	<-tc
	println("time.Tick ticks")
}

func durations() {
	for _, d := range []time.Duration{0, 1, 999, 1000, 1500, 2 * time.Millisecond, 1500 * time.Millisecond,
		-time.Minute, 2*time.Hour + 3*time.Minute + 4500*time.Millisecond, 1<<63 - 1, -1 << 63} {
		println(int64(d), d.String())
	}
	d := 90*time.Minute + 30*time.Second
	println(d.Hours(), d.Minutes(), d.Seconds(), d.Milliseconds(), d.Microseconds())
	println(d.Truncate(time.Hour).String(), d.Round(time.Hour).String(), (-d).Abs().String())
	for _, s := range []string{"1h2m3.5s", "-1.5h", "300ms", "1µs", "2us", "bogus", ""} {
		p, err := time.ParseDuration(s)
		if err != nil {
			println("ParseDuration", s, "error:", err.Error())
			continue
		}
		println("ParseDuration", s, p.String())
	}
}

func formatting() {
	t := time.Unix(1234567890, 0).UTC()
	println(t.Format(time.RFC3339))
	println(t.Format(time.RFC1123))
	println(t.Format(time.ANSIC))
	println(t.Format(time.Kitchen))
	println(t.Format("2006-01-02 15:04:05.000 Mon Jan _2 MST -0700"))
	println(t.String())
	u := time.Unix(1700000000, 123456789).UTC()
	println(u.Format(time.RFC3339Nano), u.Format(time.StampMicro))
	z := time.FixedZone("XST", 5*3600+1800)
	println(u.In(z).Format(time.RFC3339), u.In(z).Format(time.RFC822Z))
	name, off := u.In(z).Zone()
	println("zone", name, off)
	p, err := time.Parse(time.RFC3339, "2022-08-02T14:30:00+02:00")
	if err != nil {
		println("Parse error:", err.Error())
	} else {
		println("Parse:", p.UTC().Format(time.RFC3339), p.Unix())
	}
	_, err = time.Parse("2006-01-02", "2022-13-01")
	println("Parse bad month:", err.Error())
	println("Unix round trip:", u.Unix(), u.UnixNano(), u.UnixMilli(), time.UnixMilli(u.UnixMilli()).UTC().Format(time.RFC3339Nano))
}

func calendar() {
	d := time.Date(2020, time.February, 28, 23, 30, 0, 0, time.UTC)
	println(d.AddDate(0, 0, 1).Format("2006-01-02"), d.Add(time.Hour).Format(time.RFC3339))
	println(d.AddDate(1, 0, 1).Format("2006-01-02"), d.AddDate(0, 12, 0).Weekday().String())
	y, m, day := d.Date()
	println(y, m.String(), day, d.YearDay(), d.Weekday().String())
	yr, wk := d.ISOWeek()
	println("ISOWeek", yr, wk)
	e := time.Date(2021, 13, 35, 25, 61, 61, 0, time.UTC) // normalised
	println(e.Format(time.RFC3339))
	println(e.Sub(d).String(), e.After(d), d.Equal(d.In(time.FixedZone("Z", 3600))))
	println(d.Truncate(24*time.Hour).Format(time.RFC3339), d.Round(time.Hour).Format(time.RFC3339))
	var zero time.Time
	println(zero.IsZero(), zero.Format(time.RFC3339), zero.Year())
	for m := time.January; m <= time.December; m += 3 {
		println(m.String(), time.Date(2023, m+1, 0, 0, 0, 0, 0, time.UTC).Day())
	}
	loc, err := time.LoadLocation("UTC")
	println("LoadLocation UTC:", loc.String(), err == nil, time.UTC.String())
}

func main() {
	sleepOrder()
	sleepSince()
	selectTimeout()
	timers()
	afterFunc()
	ticker()
	durations()
	formatting()
	calendar()
}
