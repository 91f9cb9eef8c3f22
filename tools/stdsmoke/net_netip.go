// stdsmoke: net/netip
package main

import (
	"fmt"
	"net/netip"
)

func main() {
	for _, s := range []string{"192.168.1.10", "::1", "2001:db8::8a2e:370:7334", "::ffff:10.0.0.1", "300.1.1.1", "fe80::1%eth0"} {
		a, err := netip.ParseAddr(s)
		fmt.Println(a, err, a.Is4(), a.Is6(), a.IsLoopback(), a.IsPrivate(), a.Unmap(), a.Zone())
	}
	p := netip.MustParsePrefix("10.1.0.0/16")
	fmt.Println(p, p.Contains(netip.MustParseAddr("10.1.200.3")), p.Contains(netip.MustParseAddr("10.2.0.1")), p.Bits(), p.Masked())
	ap, err := netip.ParseAddrPort("[::1]:8080")
	fmt.Println(ap, err, ap.Port(), ap.Addr())
	a := netip.MustParseAddr("10.0.0.255")
	fmt.Println(a.Next(), a.Prev(), a.Compare(a.Next()), a.As4())
	pf, _ := netip.MustParseAddr("192.168.7.9").Prefix(20)
	fmt.Println(pf)
}
