// stdsmoke: time
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Date(2023, time.March, 14, 15, 9, 26, 535897932, time.UTC)
	fmt.Println(t, t.Unix(), t.UnixNano(), t.Weekday(), t.YearDay())
	fmt.Println(t.Format(time.RFC3339Nano), t.Format("Mon Jan 2 15:04:05 2006"), t.Format("02/01/06 03:04PM .000"), t.Format(time.Kitchen))
	u := t.Add(36*time.Hour + 30*time.Minute)
	fmt.Println(u, u.Sub(t), u.After(t), t.Equal(t.In(time.FixedZone("X", 3600))))
	fmt.Println(t.AddDate(0, 1, 20), t.Truncate(time.Hour), t.Round(time.Minute))
	p, err := time.Parse("2006-01-02 15:04:05 -0700", "2021-12-31 23:59:58 +0200")
	fmt.Println(p, err, p.UTC())
	_, err = time.Parse(time.RFC3339, "not a time")
	fmt.Println(err)
	d, err := time.ParseDuration("1h15m30.5s")
	fmt.Println(d, err, d.Minutes(), time.Duration(1500)*time.Microsecond, d.Round(time.Hour))
	fz := time.FixedZone("EST", -5*3600)
	fmt.Println(t.In(fz), t.In(fz).Format(time.RFC1123Z))
	y, w := t.ISOWeek()
	fmt.Println(y, w, t.Month(), time.Unix(1e9, 0).UTC(), time.UnixMilli(1700000000123).UTC())
	start := time.Now()
	time.Sleep(10 * time.Millisecond)
	fmt.Println(time.Since(start) >= 10*time.Millisecond)
	timer := time.NewTimer(5 * time.Millisecond)
	<-timer.C
	tick := time.NewTicker(2 * time.Millisecond)
	for i := 0; i < 3; i++ {
		<-tick.C
	}
	tick.Stop()
	select {
	case <-time.After(time.Millisecond):
		fmt.Println("after")
	}
	b, _ := t.MarshalText()
	fmt.Println(string(b))
}
