// Golden test (program): a hash table written by hand (maps come later):
// FNV-1a over string keys, open addressing with linear probing, growth by
// rehashing, deletion with tombstones; used to count words.
package main

type entry struct {
	key   string
	val   int
	state uint8 // 0 empty, 1 full, 2 deleted
}

type table struct {
	slots []entry
	count int
	used  int // full + deleted
}

func hash(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}

func (t *table) find(key string) int {
	mask := uint64(len(t.slots) - 1)
	i := hash(key) & mask
	tomb := -1
	for {
		e := &t.slots[i]
		switch e.state {
		case 0:
			if tomb >= 0 {
				return tomb
			}
			return int(i)
		case 1:
			if e.key == key {
				return int(i)
			}
		case 2:
			if tomb < 0 {
				tomb = int(i)
			}
		}
		i = (i + 1) & mask
	}
}

func (t *table) grow() {
	old := t.slots
	n := 8
	if len(old) > 0 {
		n = len(old) * 2
	}
	t.slots = make([]entry, n)
	t.count, t.used = 0, 0
	for _, e := range old {
		if e.state == 1 {
			t.put(e.key, e.val)
		}
	}
}

func (t *table) put(key string, val int) {
	if (t.used+1)*4 > len(t.slots)*3 {
		t.grow()
	}
	i := t.find(key)
	e := &t.slots[i]
	if e.state != 1 {
		if e.state == 0 {
			t.used++
		}
		t.count++
		e.state = 1
		e.key = key
	}
	e.val = val
}

func (t *table) get(key string) (int, bool) {
	if len(t.slots) == 0 {
		return 0, false
	}
	e := t.slots[t.find(key)]
	return e.val, e.state == 1 && e.key == key
}

func (t *table) del(key string) {
	if len(t.slots) == 0 {
		return
	}
	e := &t.slots[t.find(key)]
	if e.state == 1 && e.key == key {
		e.state = 2
		e.key = ""
		t.count--
	}
}

func words(s string) []string {
	var out []string
	start := -1
	for i := 0; i <= len(s); i++ {
		letter := i < len(s) && (s[i] >= 'a' && s[i] <= 'z' || s[i] >= 'A' && s[i] <= 'Z')
		if letter && start < 0 {
			start = i
		} else if !letter && start >= 0 {
			out = append(out, s[start:i])
			start = -1
		}
	}
	return out
}

const text = `It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of
Darkness, it was the spring of hope, it was the winter of despair.`

func main() {
	var t table
	ws := words(text)
	for _, w := range ws {
		n, _ := t.get(w)
		t.put(w, n+1)
	}
	println("words", len(ws), "distinct", t.count, "slots", len(t.slots))
	for _, w := range []string{"it", "was", "the", "of", "times", "age", "Light", "light", "despair"} {
		n, ok := t.get(w)
		println(w, n, ok)
	}
	t.del("was")
	t.del("was")
	t.del("nothing")
	_, ok := t.get("was")
	n, _ := t.get("it")
	println("after delete:", t.count, ok, n)
	// Many keys force several rehashes.
	var big table
	key := []byte("k0000")
	for i := 0; i < 5000; i++ {
		key[1] = byte('0' + i/1000)
		key[2] = byte('0' + i/100%10)
		key[3] = byte('0' + i/10%10)
		key[4] = byte('0' + i%10)
		big.put(string(key), i*i)
	}
	for i := 0; i < 5000; i += 2 {
		key[1] = byte('0' + i/1000)
		key[2] = byte('0' + i/100%10)
		key[3] = byte('0' + i/10%10)
		key[4] = byte('0' + i%10)
		big.del(string(key))
	}
	v, ok := big.get("k4999")
	_, ok2 := big.get("k4998")
	println(big.count, len(big.slots), v, ok, ok2)
}
