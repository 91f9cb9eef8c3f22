/* runtime/print.c — the print and println builtins (gc: print.go).
 *
 * Output goes to fd 2 and is byte-identical to gc's: integers in decimal,
 * floats as "+d.dddddde+ddd" (7 significant digits), pointers as "0x...".
 * The compiler brackets each print statement with printlock/printunlock; the
 * text of one statement is collected in m->printbuf and written with one
 * write(2) when the outermost printunlock runs (gc writes each piece at once;
 * the bytes are the same, only fewer system calls).
 *
 * Invariants:
 *   - printlock is recursive: m->printlock counts the nesting depth, and
 *     m->printbuf is only non-empty while m->printlock > 0.
 *   - Once the M is dying (panic or throw under way), or outside any print
 *     statement, output is written straight through, so a crash never loses
 *     buffered text; rt_startpanic_m flushes what is pending first.
 *   - Nothing here allocates: panics, throws and signal handlers print.
 *   - Threads: the buffer belongs to the M, and a goroutine cannot change Ms
 *     inside a print statement (printing never blocks and there is no
 *     preemption), so printlock takes no lock.  Each statement reaches fd 2
 *     as one write(2), so statements of different threads do not interleave
 *     (gc gets the same from its debuglock).
 */
#include "rt.h"

void rt_print_flush(void)
{
	M *mp = rt_getm();
	int64_t n = mp->printbuflen;
	const uint8_t *p = mp->printbuf;
	mp->printbuflen = 0;
	while (n > 0) {
		int64_t w = rt_sys_write(2, p, n);
		if (w == -EINTR || w == -EAGAIN)
			continue;
		if (w <= 0)
			return;
		p += w;
		n -= w;
	}
}

static void writeErr(const uint8_t *p, int64_t n)
{
	while (n > 0) {
		int64_t w = rt_sys_write(2, p, n);
		if (w == -EINTR || w == -EAGAIN)
			continue;
		if (w <= 0)
			return;
		p += w;
		n -= w;
	}
}

/* gc: gwrite.  Appends to the print statement's buffer or writes through. */
void rt_gwrite(const void *p, int64_t n)
{
	M *mp = rt_getm();
	if (n <= 0)
		return;
	if (mp->printcapture != 0) {
		GoSlice *c = mp->printcapture;
		int64_t k = n < c->cap - c->len ? n : c->cap - c->len;
		memmove((uint8_t *)c->ptr + c->len, p, (size_t)k);
		c->len += k;
		return;
	}
	if (mp->printlock == 0 || mp->dying > 0) {
		writeErr(p, n);
		return;
	}
	if (mp->printbuflen + n > (int64_t)sizeof mp->printbuf) {
		rt_print_flush();
		if (n > (int64_t)sizeof mp->printbuf) {
			writeErr(p, n);
			return;
		}
	}
	memmove(mp->printbuf + mp->printbuflen, p, (size_t)n);
	mp->printbuflen += (int32_t)n;
}

void rt_printlock(void)
{
	M *mp = rt_getm();
	mp->printlock++;
}

void rt_printunlock(void)
{
	M *mp = rt_getm();
	if (--mp->printlock <= 0) {
		mp->printlock = 0;
		rt_print_flush();
	}
}

void rt_printstring(void *p, int64_t n) { rt_gwrite(p, n); }

void rt_printgostring(GoString s) { rt_gwrite(s.ptr, s.len); }

void rt_printcstr(const char *s)
{
	int64_t n = 0;
	while (s[n])
		n++;
	rt_gwrite(s, n);
}

void rt_printsp(void) { rt_gwrite(" ", 1); }

void rt_printnl(void) { rt_gwrite("\n", 1); }

void rt_printbool(uint8_t v)
{
	if (v)
		rt_gwrite("true", 4);
	else
		rt_gwrite("false", 5);
}

void rt_printboolc(bool v) { rt_printbool(v); }

void rt_printfloat(double v)
{
	if (v != v) {
		rt_gwrite("NaN", 3);
		return;
	}
	if (v + v == v && v > 0) {
		rt_gwrite("+Inf", 4);
		return;
	}
	if (v + v == v && v < 0) {
		rt_gwrite("-Inf", 4);
		return;
	}

	enum { N = 7 };  // digits printed
	uint8_t buf[N + 7];
	buf[0] = '+';
	int e = 0;  // decimal exponent
	if (v == 0) {
		if (1 / v < 0)
			buf[0] = '-';
	} else {
		if (v < 0) {
			v = -v;
			buf[0] = '-';
		}
		// normalize to [1, 10)
		while (v >= 10) {
			e++;
			v /= 10;
		}
		while (v < 1) {
			e--;
			v *= 10;
		}
		// round at the last printed digit
		double h = 5.0;
		for (int i = 0; i < N; i++)
			h /= 10;
		v += h;
		if (v >= 10) {
			e++;
			v /= 10;
		}
	}

	// format +d.dddd+edd
	for (int i = 0; i < N; i++) {
		int64_t s = (int64_t)v;
		buf[i + 2] = (uint8_t)(s + '0');
		v -= (double)s;
		v *= 10;
	}
	buf[1] = buf[2];
	buf[2] = '.';

	buf[N + 2] = 'e';
	buf[N + 3] = '+';
	if (e < 0) {
		e = -e;
		buf[N + 3] = '-';
	}
	buf[N + 4] = (uint8_t)(e / 100 + '0');
	buf[N + 5] = (uint8_t)(e / 10 % 10 + '0');
	buf[N + 6] = (uint8_t)(e % 10 + '0');
	rt_gwrite(buf, sizeof buf);
}

void rt_printcomplex(double re, double im)
{
	rt_gwrite("(", 1);
	rt_printfloat(re);
	rt_printfloat(im);
	rt_gwrite("i)", 2);
}

void rt_printuint(uint64_t v)
{
	uint8_t buf[100];
	int i = sizeof buf;
	for (i--; i > 0; i--) {
		buf[i] = (uint8_t)(v % 10 + '0');
		if (v < 10)
			break;
		v /= 10;
	}
	rt_gwrite(buf + i, (int64_t)sizeof buf - i);
}

void rt_printint(int64_t v)
{
	if (v < 0) {
		rt_gwrite("-", 1);
		rt_printuint(-(uint64_t)v);
		return;
	}
	rt_printuint((uint64_t)v);
}

void rt_printhex(uint64_t v)
{
	static const char dig[] = "0123456789abcdef";
	uint8_t buf[100];
	int i = sizeof buf;
	for (i--; i > 0; i--) {
		buf[i] = (uint8_t)dig[v % 16];
		if (v < 16)
			break;
		v /= 16;
	}
	buf[--i] = 'x';
	buf[--i] = '0';
	rt_gwrite(buf + i, (int64_t)sizeof buf - i);
}

void rt_printhexv(RtHex h) { rt_printhex(h.v); }

void rt_printpointer(void *p) { rt_printhex((uint64_t)(uintptr_t)p); }

void rt_printcpointer(const void *p) { rt_printhex((uint64_t)(uintptr_t)p); }

void rt_printslice(void *p, int64_t len, int64_t cap)
{
	rt_gwrite("[", 1);
	rt_printint(len);
	rt_gwrite("/", 1);
	rt_printint(cap);
	rt_gwrite("]", 1);
	rt_printpointer(p);
}

void rt_printeface(void *type, void *data)
{
	rt_gwrite("(", 1);
	rt_printpointer(type);
	rt_gwrite(",", 1);
	rt_printpointer(data);
	rt_gwrite(")", 1);
}

void rt_printiface(void *tab, void *data) { rt_printeface(tab, data); }
