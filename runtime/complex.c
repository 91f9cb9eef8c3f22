/* complex.c — complex division (gc: runtime/complex.go, complex128div).
 *
 * Smith's algorithm (CACM 5(8), 1962) for a robust quotient, then C99
 * Annex G.5.1's corrections to infinities and zeros when the result came out
 * NaN+NaNi. complex64 division is done in float64 by the compiler, as gc does.
 * Invariant: no libm here; the float predicates are written with bit tests.
 */
#include "rt.h"

static double fabs_(double x)
{
	union { double d; uint64_t u; } v = {x};
	v.u &= ~(1ull << 63);
	return v.d;
}

static double copysign_(double x, double sign)
{
	union { double d; uint64_t u; } a = {x}, s = {sign};
	a.u = (a.u & ~(1ull << 63)) | (s.u & (1ull << 63));
	return a.d;
}

static bool isnan_(double x) { return x != x; }
static bool isinf_(double x) { return !isnan_(x) && isnan_(x - x); }
static bool isfinite_(double x) { return !isnan_(x - x); }

void rt_complex128div(void *out, double a, double b, double c, double d)
{
	double e, f;
	if (fabs_(c) >= fabs_(d)) {
		double ratio = d / c, denom = c + ratio * d;
		e = (a + b * ratio) / denom;
		f = (b - a * ratio) / denom;
	} else {
		double ratio = c / d, denom = d + ratio * c;
		e = (a * ratio + b) / denom;
		f = (b * ratio - a) / denom;
	}
	if (isnan_(e) && isnan_(f)) {
		double inf = 1.0 / 0.0;
		if (c == 0 && d == 0 && (!isnan_(a) || !isnan_(b))) {
			e = copysign_(inf, c) * a;
			f = copysign_(inf, c) * b;
		} else if ((isinf_(a) || isinf_(b)) && isfinite_(c) && isfinite_(d)) {
			a = copysign_(isinf_(a) ? 1 : 0, a);
			b = copysign_(isinf_(b) ? 1 : 0, b);
			e = inf * (a * c + b * d);
			f = inf * (b * c - a * d);
		} else if ((isinf_(c) || isinf_(d)) && isfinite_(a) && isfinite_(b)) {
			c = copysign_(isinf_(c) ? 1 : 0, c);
			d = copysign_(isinf_(d) ? 1 : 0, d);
			e = 0 * (a * c + b * d);
			f = 0 * (b * c - a * d);
		}
	}
	double *r = out;
	r[0] = e;
	r[1] = f;
}
