// Golden test: fan-out to a pool of workers reading one jobs channel,
// fan-in of their results on one channel; the results are summed and
// sorted so the output does not depend on which worker did what.
package main

type result struct {
	job, value, worker int
}

func collatz(n int) int {
	steps := 0
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		steps++
	}
	return steps
}

func worker(id int, jobs <-chan int, results chan<- result, done chan<- int) {
	count := 0
	for j := range jobs {
		results <- result{j, collatz(j), id}
		count++
	}
	done <- count
}

func main() {
	const nworkers = 8
	const njobs = 1000
	jobs := make(chan int, 16)
	results := make(chan result, 16)
	done := make(chan int)
	for w := 0; w < nworkers; w++ {
		go worker(w, jobs, results, done)
	}
	go func() {
		for j := 1; j <= njobs; j++ {
			jobs <- j
		}
		close(jobs)
	}()
	// Close results once every worker has reported its count.
	total := make(chan int)
	go func() {
		sum := 0
		for w := 0; w < nworkers; w++ {
			sum += <-done
		}
		close(results)
		total <- sum
	}()
	var steps [njobs + 1]int
	var got [njobs + 1]bool
	seen := 0
	sum := 0
	workersUsed := 0
	var used [nworkers]bool
	for r := range results {
		if got[r.job] {
			println("duplicate job", r.job)
		}
		got[r.job] = true
		steps[r.job] = r.value
		sum += r.value
		seen++
		if !used[r.worker] {
			used[r.worker] = true
			workersUsed++
		}
	}
	println("results", seen, "jobs done", <-total)
	println("sum of steps", sum)
	best := 1
	for j := 1; j <= njobs; j++ {
		if steps[j] > steps[best] {
			best = j
		}
	}
	println("longest", best, steps[best])
	println("steps[27] =", steps[27], "steps[97] =", steps[97])
	println("workers used >= 1:", workersUsed >= 1)
}
