// stdsmoke: encoding/asn1
package main

import (
	"encoding/asn1"
	"fmt"
	"time"
)

type rec struct {
	N    int
	S    string `asn1:"utf8"`
	OID  asn1.ObjectIdentifier
	List []int
	T    time.Time `asn1:"generalized"`
	Opt  int       `asn1:"optional,explicit,tag:0"`
	Bits asn1.BitString
}

func main() {
	r := rec{N: 300, S: "héllo", OID: asn1.ObjectIdentifier{1, 2, 840, 113549}, List: []int{1, -2, 3},
		T: time.Date(2020, 5, 6, 7, 8, 9, 0, time.UTC), Opt: 7, Bits: asn1.BitString{Bytes: []byte{0xa0}, BitLength: 3}}
	b, err := asn1.Marshal(r)
	fmt.Printf("%x %v\n", b, err)
	var q rec
	rest, err := asn1.Unmarshal(b, &q)
	fmt.Println(len(rest), err, q.N, q.S, q.OID, q.List, q.T, q.Opt, q.Bits.At(0), q.Bits.At(1))
	_, err = asn1.Unmarshal([]byte{0x30, 0x05, 0x02}, &q)
	fmt.Println(err)
}
