/* runtime/stdasm_amd64.c — goc's versions of the assembly functions of the
 * standard packages it compiles from Go 1.19's source (gc: the math package's _amd64.s files).
 *
 * gc's packages declare these functions without bodies and provide them in
 * assembly written for gc's ABI.  goc provides them here, under their Go
 * symbol names, for goc's calling convention (which for float64 arguments
 * and results is the C one).  Each either uses the instruction gc's
 * assembly uses (sqrtsd) or calls the package's own portable Go version,
 * which gc's assembly is an optimised equivalent of.  internal/cpu's
 * cpuid/xgetbv, whose multi-word results need exact register placement,
 * are in asm_amd64.S.
 *
 * Invariants: these are leaf-like functions called from Go code; they do
 * not allocate, block or touch the runtime's state.
 */
#include "rt.h"

/* math's portable versions (math/floor.go, dim.go, exp.go, log.go, hypot.go). */
double go_math_floor(double x) __asm__("math.floor");
double go_math_ceil(double x) __asm__("math.ceil");
double go_math_trunc(double x) __asm__("math.trunc");
double go_math_max(double x, double y) __asm__("math.max");
double go_math_min(double x, double y) __asm__("math.min");
double go_math_exp(double x) __asm__("math.exp");
double go_math_log(double x) __asm__("math.log");
double go_math_hypot(double p, double q) __asm__("math.hypot");

double rt_math_archFloor(double x) __asm__("math.archFloor");
double rt_math_archCeil(double x) __asm__("math.archCeil");
double rt_math_archTrunc(double x) __asm__("math.archTrunc");
double rt_math_archMax(double x, double y) __asm__("math.archMax");
double rt_math_archMin(double x, double y) __asm__("math.archMin");
double rt_math_archExp(double x) __asm__("math.archExp");
double rt_math_archLog(double x) __asm__("math.archLog");
double rt_math_archHypot(double p, double q) __asm__("math.archHypot");
double rt_math_archSqrt(double x) __asm__("math.archSqrt");

double rt_math_archFloor(double x) { return go_math_floor(x); }
double rt_math_archCeil(double x) { return go_math_ceil(x); }
double rt_math_archTrunc(double x) { return go_math_trunc(x); }
double rt_math_archMax(double x, double y) { return go_math_max(x, y); }
double rt_math_archMin(double x, double y) { return go_math_min(x, y); }
double rt_math_archExp(double x) { return go_math_exp(x); }
double rt_math_archLog(double x) { return go_math_log(x); }
double rt_math_archHypot(double p, double q) { return go_math_hypot(p, q); }

/* gc: sqrt_amd64.s — one SQRTSD (IEEE correctly rounded, as Go requires). */
double rt_math_archSqrt(double x)
{
	double r;
	__asm__("sqrtsd %1, %0" : "=x"(r) : "x"(x));
	return r;
}
