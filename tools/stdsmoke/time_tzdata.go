// stdsmoke: time/tzdata
package main

import (
	"fmt"
	"os"
	"time"
	_ "time/tzdata"
)

func main() {
	os.Setenv("ZONEINFO", "/nonexistent")
	for _, name := range []string{"America/New_York", "Europe/Berlin", "Asia/Kolkata", "UTC"} {
		loc, err := time.LoadLocation(name)
		if err != nil {
			fmt.Println(err)
			continue
		}
		t := time.Date(2022, 7, 1, 12, 0, 0, 0, time.UTC).In(loc)
		w := time.Date(2022, 1, 1, 12, 0, 0, 0, time.UTC).In(loc)
		fmt.Println(loc, t, w)
	}
	_, err := time.LoadLocation("Nowhere/City")
	fmt.Println(err)
}
