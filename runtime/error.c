/* runtime/error.c — the texts of runtime errors and the printing of panic
 * values (gc: error.go).
 *
 * A runtime error is a panic whose value is one of gc's runtime error types
 * (runtime.errorString, runtime.plainError, runtime.boundsError,
 * *runtime.TypeAssertionError); the type descriptors below make such values
 * ordinary interface{} values, so recover() will be able to return them.
 * Their Error() text is produced here, byte-identical to gc's.
 *
 * Invariants:
 *   - rt_boundsError_string and rt_printany never allocate (they run while
 *     crashing); rt_typeAssertionError_string allocates, and is only called
 *     from user-level panics.
 *   - A type's string is rt_typestring(t) (gc: _type.string()).
 * Their text also travels in Panic.msg, so printing a fatal panic needs no
 * method call (and no allocation).
 */
#include "rt.h"

/* The runtime's error types implement error and runtime.Error: each has a
 * method table (Error, RuntimeError) so recover() hands the program a value
 * it can use like gc's. The method types are matched with the compiler's
 * descriptors by their strings ("func() string").  The descriptors have
 * abi.h's layout; their 32-bit offsets (absolute addresses) are not C
 * constant expressions, so rt_errortypesinit fills them in at start-up,
 * before anything can panic. */
static const uint8_t n_Error[] = "\x01\x05" "Error", n_RuntimeError[] = "\x01\x0c" "RuntimeError";
static const uint8_t n_runtime[] = "\x00\x07" "runtime";
static const uint8_t n_string[] = "\x00\x06" "string", n_func_string[] = "\x00\x0d" "func() string",
                     n_func[] = "\x00\x06" "func()";
static const uint8_t n_errorString[] = "\x00\x13" "runtime.errorString", n_plainError[] = "\x00\x12" "runtime.plainError",
                     n_boundsError[] = "\x00\x13" "runtime.boundsError",
                     n_tae[] = "\x00\x1b" "*runtime.TypeAssertionError";

#define OFF(p) ((int32_t)(uintptr_t)(p))

static GoType type_string = {.size = 16, .ptrdata = 8, .tflag = TFLAG_NAMED, .align = 8, .fieldAlign = 8,
                             .kind = KIND_STRING};
static struct { GoFuncType t; const GoType *params[1]; } type_func_string = {
	.t = {.typ = {.size = 8, .ptrdata = 8, .align = 8, .fieldAlign = 8, .kind = KIND_FUNC | KIND_DIRECT_IFACE},
	      .inCount = 0, .outCount = 1},
	.params = {&type_string}};
static GoFuncType type_func = {
	.typ = {.size = 8, .ptrdata = 8, .align = 8, .fieldAlign = 8, .kind = KIND_FUNC | KIND_DIRECT_IFACE},
	.inCount = 0, .outCount = 0};

static GoString errorString_Error(void *data)
{
	const GoString *s = data;
	GoString p = GOSTR("runtime error: ");
	return rt_concatstring2(0, (void *)p.ptr, p.len, (void *)s->ptr, s->len);
}
static GoString plainError_Error(void *data) { return *(const GoString *)data; }
static GoString boundsError_Error(void *data)
{
	uint8_t *buf = rt_mallocgc(BOUNDS_ERROR_MAX, 0, 0);
	int64_t n = rt_boundsError_string((const BoundsError *)data, buf);
	return (GoString){buf, n};
}
static GoString typeAssertionError_Error(void *data) { return *(const GoString *)data; }
static void runtimeError(void *data) { (void)data; }

RtTypeU rt_typeu_errorString = {
	{.size = 16, .ptrdata = 8, .tflag = TFLAG_NAMED | TFLAG_UNCOMMON, .align = 8, .fieldAlign = 8, .kind = KIND_STRING}};
RtTypeU rt_typeu_plainError = {
	{.size = 16, .ptrdata = 8, .tflag = TFLAG_NAMED | TFLAG_UNCOMMON, .align = 8, .fieldAlign = 8, .kind = KIND_STRING}};
RtStructTypeU rt_typeu_boundsError = {
	{.typ = {.size = 24, .ptrdata = 0, .tflag = TFLAG_NAMED | TFLAG_UNCOMMON, .align = 8, .fieldAlign = 8,
	         .kind = KIND_STRUCT},
	 .pkgpath = n_runtime}};
RtPtrTypeU rt_typeu_TypeAssertionError = {
	{.typ = {.size = 8, .ptrdata = 8, .tflag = TFLAG_UNCOMMON, .align = 8, .fieldAlign = 8,
	         .kind = KIND_PTR | KIND_DIRECT_IFACE}}};

static void errmethods(GoUncommon *u, GoMethod *m, void *errfn)
{
	*u = (GoUncommon){.pkgpath = OFF(n_runtime), .mcount = 2, .xcount = 2, .moff = (uint32_t)((uint8_t *)m - (uint8_t *)u)};
	m[0] = (GoMethod){OFF(n_Error), OFF(&type_func_string.t), OFF(errfn), OFF(errfn)};
	m[1] = (GoMethod){OFF(n_RuntimeError), OFF(&type_func), OFF(runtimeError), OFF(runtimeError)};
}

static const GoType *eqtypes[4];
static const void *eqfuncs[4][2];

/* Fill in the offsets of the descriptors above (called by schedinit). */
void rt_errortypesinit(void)
{
	type_string.str = OFF(n_string);
	type_func_string.t.typ.str = OFF(n_func_string);
	type_func.typ.str = OFF(n_func);
	rt_typeu_errorString.t.str = OFF(n_errorString);
	rt_typeu_plainError.t.str = OFF(n_plainError);
	rt_typeu_boundsError.t.typ.str = OFF(n_boundsError);
	rt_typeu_TypeAssertionError.t.typ.str = OFF(n_tae);
	errmethods(&rt_typeu_errorString.u, rt_typeu_errorString.m, (void *)errorString_Error);
	errmethods(&rt_typeu_plainError.u, rt_typeu_plainError.m, (void *)plainError_Error);
	errmethods(&rt_typeu_boundsError.u, rt_typeu_boundsError.m, (void *)boundsError_Error);
	errmethods(&rt_typeu_TypeAssertionError.u, rt_typeu_TypeAssertionError.m, (void *)typeAssertionError_Error);
	/* comparable, as their Go declarations are: equal is {eqfunc, t} */
	eqtypes[0] = &type_string;
	eqtypes[1] = &rt_typeu_errorString.t;
	eqtypes[2] = &rt_typeu_plainError.t;
	eqtypes[3] = &rt_typeu_TypeAssertionError.t.typ;
	for (int i = 0; i < 4; i++) {
		eqfuncs[i][0] = (void *)rt_eqfunc;
		eqfuncs[i][1] = eqtypes[i];
		((GoType *)eqtypes[i])->equal = (const GoFuncVal *)eqfuncs[i];
	}
}

/* A TypeAssertionError panic: the value points at its (heap) text. */
void rt_panic_typeassert(GoString msg)
{
	GoString *s = rt_mallocgc((int64_t)sizeof(GoString), (void *)&rt_type_conservative, 1);
	uint8_t *b = rt_mallocgc(msg.len, 0, 0);
	memmove(b, msg.ptr, (size_t)msg.len);
	*s = (GoString){b, msg.len};
	rt_panic_error(&rt_type_TypeAssertionError, s, msg);
}


/* ---- boundsError ---- */

/* gc: boundsErrorFmts and boundsNegErrorFmts (the latter when x is negative). */
static const char *const boundsErrorFmts[] = {
	[BOUNDS_INDEX] = "index out of range [%x] with length %y",
	[BOUNDS_SLICE_ALEN] = "slice bounds out of range [:%x] with length %y",
	[BOUNDS_SLICE_ACAP] = "slice bounds out of range [:%x] with capacity %y",
	[BOUNDS_SLICE_B] = "slice bounds out of range [%x:%y]",
	[BOUNDS_SLICE3_ALEN] = "slice bounds out of range [::%x] with length %y",
	[BOUNDS_SLICE3_ACAP] = "slice bounds out of range [::%x] with capacity %y",
	[BOUNDS_SLICE3_B] = "slice bounds out of range [:%x:%y]",
	[BOUNDS_SLICE3_C] = "slice bounds out of range [%x:%y:]",
	[BOUNDS_CONVERT] = "cannot convert slice with length %y to pointer to array with length %x",
};
static const char *const boundsNegErrorFmts[] = {
	[BOUNDS_INDEX] = "index out of range [%x]",
	[BOUNDS_SLICE_ALEN] = "slice bounds out of range [:%x]",
	[BOUNDS_SLICE_ACAP] = "slice bounds out of range [:%x]",
	[BOUNDS_SLICE_B] = "slice bounds out of range [%x:]",
	[BOUNDS_SLICE3_ALEN] = "slice bounds out of range [::%x]",
	[BOUNDS_SLICE3_ACAP] = "slice bounds out of range [::%x]",
	[BOUNDS_SLICE3_B] = "slice bounds out of range [:%x:]",
	[BOUNDS_SLICE3_C] = "slice bounds out of range [%x::]",
};

static int64_t appendIntStr(uint8_t *b, int64_t n, int64_t v, bool is_signed)
{
	uint64_t u = (uint64_t)v;
	if (is_signed && v < 0) {
		b[n++] = '-';
		u = -(uint64_t)v;
	}
	uint8_t tmp[20];
	int i = sizeof tmp;
	do {
		tmp[--i] = (uint8_t)('0' + u % 10);
		u /= 10;
	} while (u != 0);
	while (i < (int)sizeof tmp)
		b[n++] = tmp[i++];
	return n;
}

/* gc: boundsError.Error().  Writes the text into buf, returns its length. */
int64_t rt_boundsError_string(const BoundsError *e, uint8_t buf[BOUNDS_ERROR_MAX])
{
	const char *fmt = boundsErrorFmts[e->code];
	if (e->is_signed && e->x < 0 && e->code < NELEM(boundsNegErrorFmts))
		fmt = boundsNegErrorFmts[e->code];
	static const char prefix[] = "runtime error: ";
	int64_t n = 0;
	for (const char *p = prefix; *p; p++)
		buf[n++] = (uint8_t)*p;
	for (const char *p = fmt; *p; p++) {
		if (*p != '%') {
			buf[n++] = (uint8_t)*p;
			continue;
		}
		p++;
		if (*p == 'x')
			n = appendIntStr(buf, n, e->x, e->is_signed);
		else
			n = appendIntStr(buf, n, e->y, true);
	}
	return n;
}

/* ---- TypeAssertionError ---- */

static int64_t append(uint8_t *b, int64_t n, GoString s)
{
	if (b != 0)
		memmove(b + n, s.ptr, (size_t)s.len);
	return n + s.len;
}

/* gc: (*TypeAssertionError).Error() for a failed x.(T).  iface is x's static
 * type (NULL: "interface"), concrete its dynamic type (NULL: x was nil),
 * asserted is T, missing the name of a method T has and concrete lacks
 * (ptr NULL: none; asserted is then an interface). */
GoString rt_typeAssertionError_string(const GoType *iface, const GoType *concrete, const GoType *asserted,
                                      GoString missing)
{
	GoString inter = iface ? rt_typestring(iface) : GOSTR("interface");
	GoString as = rt_typestring(asserted);
	GoString parts[7];
	int np = 0;
	parts[np++] = GOSTR("interface conversion: ");
	if (concrete == 0) {
		parts[np++] = inter;
		parts[np++] = GOSTR(" is nil, not ");
		parts[np++] = as;
	} else if (missing.ptr != 0) {
		parts[np++] = rt_typestring(concrete);
		parts[np++] = GOSTR(" is not ");
		parts[np++] = as;
		parts[np++] = GOSTR(": missing method ");
		parts[np++] = missing;
	} else {
		GoString cs = rt_typestring(concrete);
		parts[np++] = inter;
		parts[np++] = GOSTR(" is ");
		parts[np++] = cs;
		parts[np++] = GOSTR(", not ");
		parts[np++] = as;
		// Same string, different types.  gc distinguishes "from different
		// packages" by pkgpath, which GoType does not carry yet.
		if (cs.len == as.len && memcmp(cs.ptr, as.ptr, (size_t)cs.len) == 0)
			parts[np++] = GOSTR(" (types from different scopes)");
	}
	int64_t n = 0;
	for (int i = 0; i < np; i++)
		n = append(0, n, parts[i]);
	uint8_t *b;
	GoString s = rt_rawstring(n, &b);
	n = 0;
	for (int i = 0; i < np; i++)
		n = append(b, n, parts[i]);
	return s;
}

/* ---- printing panic values ---- */

/* The predeclared type of each basic kind (byte and rune print as uint8 and int32). */
static const char *const basicnames[] = {
	[KIND_BOOL] = "bool",       [KIND_INT] = "int",          [KIND_INT8] = "int8",
	[KIND_INT16] = "int16",     [KIND_INT32] = "int32",      [KIND_INT64] = "int64",
	[KIND_UINT] = "uint",       [KIND_UINT8] = "uint8",      [KIND_UINT16] = "uint16",
	[KIND_UINT32] = "uint32",   [KIND_UINT64] = "uint64",    [KIND_UINTPTR] = "uintptr",
	[KIND_FLOAT32] = "float32", [KIND_FLOAT64] = "float64",  [KIND_COMPLEX64] = "complex64",
	[KIND_COMPLEX128] = "complex128", [KIND_STRING] = "string",
};

static bool streq_c(GoString s, const char *c)
{
	int64_t i = 0;
	for (; i < s.len; i++) {
		if (c[i] == 0 || c[i] != (char)s.ptr[i])
			return false;
	}
	return c[i] == 0;
}

/* Print the value of basic kind k stored at p; reports whether k is basic. */
static bool printbasic(uint8_t k, const void *p)
{
	switch (k) {
	case KIND_BOOL: rt_printbool(*(const uint8_t *)p); return true;
	case KIND_INT: rt_printint(*(const int64_t *)p); return true;
	case KIND_INT8: rt_printint(*(const int8_t *)p); return true;
	case KIND_INT16: rt_printint(*(const int16_t *)p); return true;
	case KIND_INT32: rt_printint(*(const int32_t *)p); return true;
	case KIND_INT64: rt_printint(*(const int64_t *)p); return true;
	case KIND_UINT: rt_printuint(*(const uint64_t *)p); return true;
	case KIND_UINT8: rt_printuint(*(const uint8_t *)p); return true;
	case KIND_UINT16: rt_printuint(*(const uint16_t *)p); return true;
	case KIND_UINT32: rt_printuint(*(const uint32_t *)p); return true;
	case KIND_UINT64: rt_printuint(*(const uint64_t *)p); return true;
	case KIND_UINTPTR: rt_printuint(*(const uint64_t *)p); return true;
	case KIND_FLOAT32: rt_printfloat(*(const float *)p); return true;
	case KIND_FLOAT64: rt_printfloat(*(const double *)p); return true;
	case KIND_COMPLEX64: rt_printcomplex(((const float *)p)[0], ((const float *)p)[1]); return true;
	case KIND_COMPLEX128: rt_printcomplex(((const double *)p)[0], ((const double *)p)[1]); return true;
	case KIND_STRING: rt_printgostring(*(const GoString *)p); return true;
	default: return false;
	}
}

/* gc: printany + printanycustomtype.  Prints a panic value: predeclared basic
 * types as their value, named basic types as T(value) (strings T("value")),
 * everything else as (T) 0xdataword. */
void rt_printany(GoEface e)
{
	if (e.type == 0) {
		rt_printcstr("nil");
		return;
	}
	uint8_t k = e.type->kind & KIND_MASK;
	const void *p = (e.type->kind & KIND_DIRECT_IFACE) ? (const void *)&e.data : e.data;
	GoString ts = rt_typestring(e.type);
	bool basic = k < NELEM(basicnames) && basicnames[k] != 0;
	if (basic && streq_c(ts, basicnames[k])) {
		printbasic(k, p);
		return;
	}
	if (k == KIND_STRING) {
		rt_printgostring(ts);
		rt_printcstr("(\"");
		printbasic(k, p);
		rt_printcstr("\")");
	} else if (k == KIND_COMPLEX64 || k == KIND_COMPLEX128) {
		rt_printgostring(ts);
		printbasic(k, p);
	} else if (basic) {
		rt_printgostring(ts);
		rt_printcstr("(");
		printbasic(k, p);
		rt_printcstr(")");
	} else {
		rt_printcstr("(");
		rt_printgostring(ts);
		rt_printcstr(") ");
		rt_printpointer(e.data);
	}
}
