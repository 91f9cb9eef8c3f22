// stdsmoke: os/exec
package main

import (
	"bytes"
	"errors"
	"fmt"
	"os/exec"
	"strings"
)

func main() {
	out, err := exec.Command("/bin/echo", "hello", "from", "echo").Output()
	fmt.Printf("%q %v\n", out, err)
	cmd := exec.Command("/bin/sh", "-c", "read x; echo got:$x; echo err >&2; exit 3")
	cmd.Stdin = strings.NewReader("input\n")
	var so, se bytes.Buffer
	cmd.Stdout = &so
	cmd.Stderr = &se
	err = cmd.Run()
	var ee *exec.ExitError
	fmt.Printf("%q %q %v %v\n", so.String(), se.String(), err, errors.As(err, &ee))
	fmt.Println(ee.ExitCode())
	out, err = exec.Command("/bin/sh", "-c", "echo $SMOKE").CombinedOutput()
	fmt.Printf("%q %v\n", out, err)
	c := exec.Command("/bin/sh", "-c", "echo $SMOKE")
	c.Env = []string{"SMOKE=set"}
	out, _ = c.Output()
	fmt.Printf("%q\n", out)
	_, err = exec.Command("/nonexistent/prog").Output()
	fmt.Println(err)
	p, err := exec.LookPath("sh")
	fmt.Println(p != "", err)
}
