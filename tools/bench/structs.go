// Benchmark: method calls on small structs in a loop: a particle system
// with value-receiver vector methods and pointer-receiver updates; measures
// inlining, struct passing in registers and field access.
package main

import "runtime"

type vec struct{ x, y, z float64 }

func (a vec) add(b vec) vec       { return vec{a.x + b.x, a.y + b.y, a.z + b.z} }
func (a vec) scale(k float64) vec { return vec{a.x * k, a.y * k, a.z * k} }
func (a vec) dot(b vec) float64   { return a.x*b.x + a.y*b.y + a.z*b.z }

type particle struct {
	pos, vel vec
	mass     float64
	bounces  int
}

func (p *particle) step(dt float64, g vec) {
	p.vel = p.vel.add(g.scale(dt))
	p.pos = p.pos.add(p.vel.scale(dt))
	if p.pos.y < 0 {
		p.pos.y = -p.pos.y
		p.vel.y = -p.vel.y * 0.9
		p.bounces++
	}
}

func (p *particle) energy(g vec) float64 {
	return 0.5*p.mass*p.vel.dot(p.vel) - p.mass*g.dot(p.pos)
}

func main() {
	ps := make([]particle, 1000)
	for i := range ps {
		f := float64(i)
		ps[i] = particle{pos: vec{f, 10 + f/100, -f}, vel: vec{1, 0, 0.5}, mass: 1 + f/1000}
	}
	g := vec{0, -9.81, 0}
	for t := 0; t < 200000; t++ {
		for i := range ps {
			ps[i].step(0.001, g)
		}
	}
	e := 0.0
	b := 0
	for i := range ps {
		e += ps[i].energy(g)
		b += ps[i].bounces
	}
	println(e, b)
	var ms runtime.MemStats // heap allocations, compared by tools/bench/bench
	runtime.ReadMemStats(&ms)
	println("mallocs:", ms.Mallocs)
}
