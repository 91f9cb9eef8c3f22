// stdsmoke: context
package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

type key string

func main() {
	ctx := context.WithValue(context.Background(), key("user"), "ann")
	fmt.Println(ctx.Value(key("user")), ctx.Value(key("none")))
	cctx, cancel := context.WithCancel(ctx)
	go func() { cancel() }()
	<-cctx.Done()
	fmt.Println(cctx.Err(), cctx.Value(key("user")))
	tctx, cancel2 := context.WithTimeout(context.Background(), 5*time.Millisecond)
	defer cancel2()
	select {
	case <-tctx.Done():
		fmt.Println(tctx.Err(), errors.Is(tctx.Err(), context.DeadlineExceeded))
	case <-time.After(2 * time.Second):
		fmt.Println("timeout not fired")
	}
	_, has := tctx.Deadline()
	fmt.Println(has, context.TODO())
	parent, pc := context.WithCancel(context.Background())
	child, cc := context.WithCancel(parent)
	defer cc()
	pc()
	<-child.Done()
	fmt.Println(child.Err())
}
