/* constant.c — exact values of constant expressions (Go's go/constant).
 *
 * Integers are GMP mpz numbers of any size; floats are MPFR numbers with a
 * 512-bit mantissa, the precision gc uses for untyped constants; complex
 * values are two such floats. A value's kind is the "smallest" that holds it
 * as computed (1 + 2.0 is a float 3), and the checker converts it to the kind
 * of the operand's type with const_representable. Values are immutable once
 * made: every operation returns a fresh Const from the perm arena.
 *
 * Float results that overflow MPFR's exponent range or are not numbers
 * become CV_UNKNOWN, which the checker reports as "constant result is not
 * representable" and treats as an already-reported error thereafter.
 */
#include "check.h"

#include <errno.h>
#include <math.h>

/* ---------------- factories ---------------- */

static Const *make_q(const mpq_t q);
static int hexval(int c);

static Const *newconst(ConstKind k) {
	Const *c = NEW(perm, Const);
	c->kind = k;
	switch (k) {
	case CV_INT:
		mpz_init(c->i);
		break;
	case CV_FLOAT:
		mpfr_init2(c->f, CONST_PREC);
		mpfr_set_zero(c->f, 1);
		break;
	case CV_COMPLEX:
		mpfr_init2(c->f, CONST_PREC);
		mpfr_init2(c->im, CONST_PREC);
		mpfr_set_zero(c->f, 1);
		mpfr_set_zero(c->im, 1);
		break;
	default:
		break;
	}
	return c;
}

Const *const_unknown(void) { return newconst(CV_UNKNOWN); }

Const *const_make_bool(bool b) {
	Const *c = newconst(CV_BOOL);
	c->b = b;
	return c;
}

Const *const_make_int64(int64_t v) {
	Const *c = newconst(CV_INT);
	mpz_set_si(c->i, v);
	return c;
}

Const *const_make_uint64(uint64_t v) {
	Const *c = newconst(CV_INT);
	mpz_set_ui(c->i, v);
	return c;
}

Const *const_make_string(const char *s, int64_t len) {
	Const *c = newconst(CV_STRING);
	c->s = arena_strndup(perm, s, (size_t)len);
	c->slen = len;
	return c;
}

Const *const_make_float64(double d) {
	if (isfinite(d)) {
		mpq_t q;
		mpq_init(q);
		mpq_set_d(q, d);
		Const *c = make_q(q);
		mpq_clear(q);
		return c;
	}
	Const *c = newconst(CV_FLOAT);
	mpfr_set_d(c->f, d, MPFR_RNDN);
	return c;
}

/* A float result: infinities and NaNs are not constants. */
static Const *checkfloat(Const *c) {
	if (!mpfr_number_p(c->f) || (c->kind == CV_COMPLEX && !mpfr_number_p(c->im)))
		return const_unknown();
	return c;
}

static void set_fr(mpfr_t dst, Const *x) {
	if (x->kind == CV_INT)
		mpfr_set_z(dst, x->i, MPFR_RNDN);
	else if (x->kind == CV_FLOAT || x->kind == CV_COMPLEX)
		mpfr_set(dst, x->f, MPFR_RNDN);
	else
		mpfr_set_zero(dst, 1);
}

/* go/constant keeps fractions exact while numerator and denominator stay
 * below 4096 bits (maxExp); beyond that, 512-bit floats. */
#define MAX_EXP 4096

static bool small_z(const mpz_t z) { return mpz_sizeinbase(z, 2) < MAX_EXP; }

static Const *make_q(const mpq_t q) {
	Const *c = newconst(CV_FLOAT);
	mpfr_set_q(c->f, q, MPFR_RNDN);
	if (small_z(mpq_numref(q)) && small_z(mpq_denref(q))) {
		mpq_init(c->q);
		mpq_set(c->q, q);
		c->has_q = true;
		return c;
	}
	return checkfloat(c);
}

Const *const_make_complex(Const *re, Const *im) {
	if (re->kind == CV_UNKNOWN || im->kind == CV_UNKNOWN)
		return const_unknown();
	Const *c = newconst(CV_COMPLEX);
	set_fr(c->f, re);
	set_fr(c->im, im);
	return checkfloat(c);
}

/* ---------------- literals ---------------- */

static char *strip_underscores(const char *lit) {
	size_t n = strlen(lit);
	char *s = arena_alloc(perm, n + 1), *p = s;
	for (const char *q = lit; *q; q++)
		if (*q != '_')
			*p++ = *q;
	*p = 0;
	return s;
}

static bool parse_int(Const *c, const char *s) {
	int base = 10;
	if (s[0] == '0' && (s[1] == 'x' || s[1] == 'X'))
		base = 16, s += 2;
	else if (s[0] == '0' && (s[1] == 'b' || s[1] == 'B'))
		base = 2, s += 2;
	else if (s[0] == '0' && (s[1] == 'o' || s[1] == 'O'))
		base = 8, s += 2;
	else if (s[0] == '0' && s[1])
		base = 8, s += 1;
	if (!*s)
		return false;
	for (const char *p = s; *p; p++) {
		int d = *p >= '0' && *p <= '9' ? *p - '0' : *p >= 'a' && *p <= 'f' ? *p - 'a' + 10 : *p >= 'A' && *p <= 'F' ? *p - 'A' + 10 : 99;
		if (d >= base)
			return false;
	}
	return mpz_set_str(c->i, s, base) == 0;
}

/* A float literal (decimal or hexadecimal mantissa with p exponent). Integer
 * literals with 0b/0o/0x prefixes are accepted too (imaginary literals). */
static Const *parse_float(const char *s) {
	if (s[0] == '0' && (s[1] == 'b' || s[1] == 'B' || s[1] == 'o' || s[1] == 'O' ||
	                    ((s[1] == 'x' || s[1] == 'X') && !strpbrk(s, "pP.")))) {
		Const *i = newconst(CV_INT);
		if (!parse_int(i, s))
			return NULL;
		return const_to_float(i);
	}
	bool hex = s[0] == '0' && (s[1] == 'x' || s[1] == 'X');
	/* exact: mantissa digits × base^exp */
	{
		const char *p = hex ? s + 2 : s;
		int base = hex ? 16 : 10;
		mpz_t m;
		mpz_init(m);
		long frac = 0, exp = 0;
		bool dot = false, digits = false, ok = true;
		for (; *p; p++) {
			int d = hexval(*p);
			if (*p == '.') {
				if (dot)
					ok = false;
				dot = true;
			} else if (d >= 0 && d < base && !(!hex && (*p == 'e' || *p == 'E'))) {
				mpz_mul_ui(m, m, (unsigned long)base);
				mpz_add_ui(m, m, (unsigned long)d);
				digits = true;
				if (dot)
					frac++;
			} else {
				break;
			}
		}
		if (*p == 'e' || *p == 'E' || *p == 'p' || *p == 'P') {
			char *end;
			errno = 0;
			exp = strtol(p + 1, &end, 10);
			if (end == p + 1 || *end)
				ok = false;
			if (errno)
				exp = exp < 0 ? -2000000000L : 2000000000L;
			p = end;
		} else if (*p) {
			ok = false;
		}
		if (ok && digits) {
			/* value = m × base^-frac × (10 or 2)^exp */
			long e2 = 0, e10 = 0;
			if (hex) {
				e2 = exp - 4 * frac;
			} else {
				e10 = exp - frac;
			}
			if ((hex && labs(e2) < MAX_EXP) || (!hex && labs(e10) < 1233)) {
				mpq_t q;
				mpq_init(q);
				mpz_t pw;
				mpz_init(pw);
				if (hex)
					mpz_ui_pow_ui(pw, 2, (unsigned long)labs(e2));
				else
					mpz_ui_pow_ui(pw, 10, (unsigned long)labs(e10));
				if ((hex ? e2 : e10) >= 0) {
					mpz_mul(m, m, pw);
					mpq_set_z(q, m);
				} else {
					mpq_set_num(q, m);
					mpq_set_den(q, pw);
					mpq_canonicalize(q);
				}
				Const *c = make_q(q);
				mpq_clear(q);
				mpz_clear(pw);
				mpz_clear(m);
				return c;
			}
		}
		mpz_clear(m);
		if (!ok || !digits)
			return NULL;
	}
	Const *c = newconst(CV_FLOAT);
	char *end;
	mpfr_strtofr(c->f, s, &end, hex ? 16 : 10, MPFR_RNDN);
	if (*end || end == s)
		return NULL;
	return checkfloat(c);
}

static int hexval(int c) {
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

static void put_utf8(StrBuf *b, uint32_t r) {
	if (r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF))
		r = 0xFFFD;
	if (r < 0x80) {
		sb_putc(b, (char)r);
	} else if (r < 0x800) {
		sb_putc(b, (char)(0xC0 | (r >> 6)));
		sb_putc(b, (char)(0x80 | (r & 0x3F)));
	} else if (r < 0x10000) {
		sb_putc(b, (char)(0xE0 | (r >> 12)));
		sb_putc(b, (char)(0x80 | ((r >> 6) & 0x3F)));
		sb_putc(b, (char)(0x80 | (r & 0x3F)));
	} else {
		sb_putc(b, (char)(0xF0 | (r >> 18)));
		sb_putc(b, (char)(0x80 | ((r >> 12) & 0x3F)));
		sb_putc(b, (char)(0x80 | ((r >> 6) & 0x3F)));
		sb_putc(b, (char)(0x80 | (r & 0x3F)));
	}
}

/* Decode one UTF-8 sequence at s (n bytes available); returns its length and
 * the rune (0xFFFD and length 1 for invalid encodings). */
static int decode_utf8(const unsigned char *s, size_t n, uint32_t *r) {
	if (n == 0) {
		*r = 0xFFFD;
		return 0;
	}
	unsigned c = s[0];
	if (c < 0x80) {
		*r = c;
		return 1;
	}
	int len = c >= 0xF0 && c < 0xF8 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 && c < 0xE0 ? 2 : 0;
	if (c >= 0xF8)
		len = 0;
	if (len == 0 || (size_t)len > n) {
		*r = 0xFFFD;
		return 1;
	}
	uint32_t v = c & (0x7F >> len);
	for (int i = 1; i < len; i++) {
		if ((s[i] & 0xC0) != 0x80) {
			*r = 0xFFFD;
			return 1;
		}
		v = (v << 6) | (s[i] & 0x3F);
	}
	if ((len == 3 && v < 0x800) || (len == 4 && (v < 0x10000 || v > 0x10FFFF)) || (v >= 0xD800 && v <= 0xDFFF)) {
		*r = 0xFFFD;
		return 1;
	}
	*r = v;
	return len;
}

/* One (possibly escaped) character of a quoted literal starting at *p;
 * appends its bytes to b. For rune literals the code point goes to *rune. */
static bool unquote_char(const char **pp, const char *end, char quote, StrBuf *b, uint32_t *rune) {
	const unsigned char *p = (const unsigned char *)*pp;
	if (*p != '\\') {
		uint32_t r;
		int n = decode_utf8(p, (size_t)(end - (const char *)p), &r);
		if (n <= 0)
			return false;
		sb_putn(b, (const char *)p, (size_t)n);
		*rune = r;
		*pp = (const char *)p + n;
		return true;
	}
	p++;
	if ((const char *)p >= end)
		return false;
	uint32_t v = 0;
	int c = *p++;
	switch (c) {
	case 'a': v = 7; break;
	case 'b': v = 8; break;
	case 'f': v = 12; break;
	case 'n': v = 10; break;
	case 'r': v = 13; break;
	case 't': v = 9; break;
	case 'v': v = 11; break;
	case '\\': v = '\\'; break;
	case '\'':
	case '"':
		if (c != quote)
			return false;
		v = (uint32_t)c;
		break;
	case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7':
		v = (uint32_t)(c - '0');
		for (int i = 0; i < 2; i++) {
			if ((const char *)p >= end || *p < '0' || *p > '7')
				return false;
			v = v * 8 + (uint32_t)(*p++ - '0');
		}
		if (v > 255)
			return false;
		sb_putc(b, (char)v);
		*rune = v;
		*pp = (const char *)p;
		return true;
	case 'x':
	case 'u':
	case 'U': {
		int n = c == 'x' ? 2 : c == 'u' ? 4 : 8;
		for (int i = 0; i < n; i++) {
			if ((const char *)p >= end || hexval(*p) < 0)
				return false;
			v = v * 16 + (uint32_t)hexval(*p++);
		}
		if (c == 'x') {
			sb_putc(b, (char)v);
			*rune = v;
			*pp = (const char *)p;
			return true;
		}
		if (v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF))
			return false;
		break;
	}
	default:
		return false;
	}
	put_utf8(b, v);
	*rune = v;
	*pp = (const char *)p;
	return true;
}

static Const *unquote_string(const char *lit) {
	size_t n = strlen(lit);
	if (n < 2)
		return NULL;
	StrBuf b = {0};
	if (lit[0] == '`') {
		if (lit[n - 1] != '`')
			return NULL;
		for (size_t i = 1; i + 1 < n; i++)
			if (lit[i] != '\r')
				sb_putc(&b, lit[i]);
	} else {
		if (lit[0] != '"' || lit[n - 1] != '"')
			return NULL;
		const char *p = lit + 1, *end = lit + n - 1;
		while (p < end) {
			uint32_t r;
			if (!unquote_char(&p, end, '"', &b, &r)) {
				sb_free(&b);
				return NULL;
			}
		}
	}
	Const *c = const_make_string(b.s ? b.s : "", (int64_t)b.len);
	sb_free(&b);
	return c;
}

Const *const_from_literal(int tok, const char *lit) {
	if (!lit)
		return NULL;
	switch (tok) {
	case TK_INT: {
		Const *c = newconst(CV_INT);
		return parse_int(c, strip_underscores(lit)) ? c : NULL;
	}
	case TK_FLOAT:
		return parse_float(strip_underscores(lit));
	case TK_IMAG: {
		char *s = strip_underscores(lit);
		size_t n = strlen(s);
		if (n == 0 || s[n - 1] != 'i')
			return NULL;
		s[n - 1] = 0;
		/* legacy: 0777i is decimal */
		const char *t = s;
		if (s[0] == '0' && s[1] >= '0' && s[1] <= '9') {
			while (*t == '0' && t[1])
				t++;
		}
		Const *im = parse_float(t);
		if (!im)
			return NULL;
		return const_make_complex(const_make_int64(0), im);
	}
	case TK_CHAR: {
		size_t n = strlen(lit);
		if (n < 3 || lit[0] != '\'' || lit[n - 1] != '\'')
			return NULL;
		const char *p = lit + 1, *end = lit + n - 1;
		StrBuf b = {0};
		uint32_t r = 0;
		bool ok = unquote_char(&p, end, '\'', &b, &r) && p == end;
		sb_free(&b);
		return ok ? const_make_int64(r) : NULL;
	}
	case TK_STRING:
		return unquote_string(lit);
	}
	return NULL;
}

/* ---------------- conversions between kinds ---------------- */

Const *const_to_int(Const *x) {
	switch (x->kind) {
	case CV_INT:
		return x;
	case CV_FLOAT: {
		if (x->has_q) {
			if (mpz_cmp_ui(mpq_denref(x->q), 1) != 0)
				break;
			Const *c = newconst(CV_INT);
			mpz_set(c->i, mpq_numref(x->q));
			return c;
		}
		if (!mpfr_number_p(x->f))
			break;
		if (mpfr_zero_p(x->f))
			return const_make_int64(0);
		long e = mpfr_get_exp(x->f);
		if (e <= -4096 || e >= 4096)
			break;
		Const *c = newconst(CV_INT);
		if (mpfr_integer_p(x->f)) {
			mpfr_get_z(c->i, x->f, MPFR_RNDN);
			return c;
		}
		/* An integer up to rounding errors of previous computations? */
		mpfr_t t;
		mpfr_init2(t, CONST_PREC - 4);
		mpfr_set(t, x->f, MPFR_RNDZ);
		if (mpfr_integer_p(t)) {
			mpfr_get_z(c->i, t, MPFR_RNDN);
			mpfr_clear(t);
			return c;
		}
		mpfr_set(t, x->f, MPFR_RNDA);
		if (mpfr_integer_p(t)) {
			mpfr_get_z(c->i, t, MPFR_RNDN);
			mpfr_clear(t);
			return c;
		}
		mpfr_clear(t);
		break;
	}
	case CV_COMPLEX:
		if (mpfr_zero_p(x->im)) {
			Const *re = newconst(CV_FLOAT);
			mpfr_set(re->f, x->f, MPFR_RNDN);
			return const_to_int(re);
		}
		break;
	default:
		break;
	}
	return const_unknown();
}

Const *const_to_float(Const *x) {
	switch (x->kind) {
	case CV_INT: {
		if (small_z(x->i)) {
			mpq_t q;
			mpq_init(q);
			mpq_set_z(q, x->i);
			Const *c = make_q(q);
			mpq_clear(q);
			return c;
		}
		Const *c = newconst(CV_FLOAT);
		mpfr_set_z(c->f, x->i, MPFR_RNDN);
		return checkfloat(c);
	}
	case CV_FLOAT:
		return x;
	case CV_COMPLEX:
		if (mpfr_zero_p(x->im)) {
			Const *c = newconst(CV_FLOAT);
			mpfr_set(c->f, x->f, MPFR_RNDN);
			return c;
		}
		break;
	default:
		break;
	}
	return const_unknown();
}

Const *const_to_complex(Const *x) {
	switch (x->kind) {
	case CV_INT:
	case CV_FLOAT:
		return const_make_complex(x, const_make_int64(0));
	case CV_COMPLEX:
		return x;
	default:
		return const_unknown();
	}
}

Const *const_real(Const *x) {
	switch (x->kind) {
	case CV_INT:
	case CV_FLOAT:
		return x;
	case CV_COMPLEX: {
		Const *c = newconst(CV_FLOAT);
		mpfr_set(c->f, x->f, MPFR_RNDN);
		return c;
	}
	default:
		return const_unknown();
	}
}

Const *const_imag(Const *x) {
	switch (x->kind) {
	case CV_INT:
	case CV_FLOAT:
		return const_make_int64(0);
	case CV_COMPLEX: {
		Const *c = newconst(CV_FLOAT);
		mpfr_set(c->f, x->im, MPFR_RNDN);
		return c;
	}
	default:
		return const_unknown();
	}
}

/* ---------------- arithmetic ---------------- */

static int rank(ConstKind k) { return k == CV_INT ? 1 : k == CV_FLOAT ? 2 : k == CV_COMPLEX ? 3 : 0; }

/* Bring x and y to the same (larger) numeric kind. */
static void match(Const **x, Const **y) {
	int rx = rank((*x)->kind), ry = rank((*y)->kind);
	if (!rx || !ry || rx == ry)
		return;
	Const **lo = rx < ry ? x : y;
	int r = rx > ry ? rx : ry;
	*lo = r == 2 ? const_to_float(*lo) : const_to_complex(*lo);
}

Const *const_unary(int op, Const *x, int prec) {
	if (x->kind == CV_UNKNOWN)
		return x;
	switch (op) {
	case TK_ADD:
		return x;
	case TK_SUB:
		switch (x->kind) {
		case CV_INT: {
			Const *c = newconst(CV_INT);
			mpz_neg(c->i, x->i);
			return c;
		}
		case CV_FLOAT: {
			if (x->has_q) {
				mpq_t q;
				mpq_init(q);
				mpq_neg(q, x->q);
				Const *c = make_q(q);
				mpq_clear(q);
				return c;
			}
			Const *c = newconst(CV_FLOAT);
			mpfr_neg(c->f, x->f, MPFR_RNDN);
			return c;
		}
		case CV_COMPLEX: {
			Const *c = newconst(CV_COMPLEX);
			mpfr_neg(c->f, x->f, MPFR_RNDN);
			mpfr_neg(c->im, x->im, MPFR_RNDN);
			return c;
		}
		default:
			break;
		}
		break;
	case TK_XOR:
		if (x->kind == CV_INT) {
			Const *c = newconst(CV_INT);
			mpz_com(c->i, x->i);
			if (prec > 0)
				mpz_fdiv_r_2exp(c->i, c->i, (mp_bitcnt_t)prec);
			return c;
		}
		break;
	case TK_NOT:
		if (x->kind == CV_BOOL)
			return const_make_bool(!x->b);
		break;
	}
	return const_unknown();
}

static void fr_op(int op, mpfr_t z, mpfr_t a, mpfr_t b) {
	switch (op) {
	case TK_ADD: mpfr_add(z, a, b, MPFR_RNDN); break;
	case TK_SUB: mpfr_sub(z, a, b, MPFR_RNDN); break;
	case TK_MUL: mpfr_mul(z, a, b, MPFR_RNDN); break;
	case TK_QUO: mpfr_div(z, a, b, MPFR_RNDN); break;
	}
}

Const *const_binary(int op, Const *x, Const *y, bool intdiv) {
	if (x->kind == CV_UNKNOWN)
		return x;
	if (y->kind == CV_UNKNOWN)
		return y;
	match(&x, &y);
	if (x->kind != y->kind)
		return const_unknown();
	switch (x->kind) {
	case CV_BOOL:
		if (op == TK_LAND)
			return const_make_bool(x->b && y->b);
		if (op == TK_LOR)
			return const_make_bool(x->b || y->b);
		break;
	case CV_STRING:
		if (op == TK_ADD) {
			Const *c = newconst(CV_STRING);
			char *s = arena_alloc(perm, (size_t)(x->slen + y->slen + 1));
			memcpy(s, x->s, (size_t)x->slen);
			memcpy(s + x->slen, y->s, (size_t)y->slen);
			c->s = s;
			c->slen = x->slen + y->slen;
			return c;
		}
		break;
	case CV_INT: {
		if (op == TK_QUO && !intdiv) {
			if (mpz_sgn(y->i) == 0)
				return const_unknown();
			return const_binary(op, const_to_float(x), const_to_float(y), false);
		}
		Const *c = newconst(CV_INT);
		switch (op) {
		case TK_ADD: mpz_add(c->i, x->i, y->i); break;
		case TK_SUB: mpz_sub(c->i, x->i, y->i); break;
		case TK_MUL: mpz_mul(c->i, x->i, y->i); break;
		case TK_QUO:
			if (mpz_sgn(y->i) == 0)
				return const_unknown();
			mpz_tdiv_q(c->i, x->i, y->i);
			break;
		case TK_REM:
			if (mpz_sgn(y->i) == 0)
				return const_unknown();
			mpz_tdiv_r(c->i, x->i, y->i);
			break;
		case TK_AND: mpz_and(c->i, x->i, y->i); break;
		case TK_OR: mpz_ior(c->i, x->i, y->i); break;
		case TK_XOR: mpz_xor(c->i, x->i, y->i); break;
		case TK_AND_NOT: {
			mpz_t t;
			mpz_init(t);
			mpz_com(t, y->i);
			mpz_and(c->i, x->i, t);
			mpz_clear(t);
			break;
		}
		default:
			return const_unknown();
		}
		return c;
	}
	case CV_FLOAT: {
		if (op != TK_ADD && op != TK_SUB && op != TK_MUL && op != TK_QUO)
			break;
		if (x->has_q && y->has_q) {
			if (op == TK_QUO && mpq_sgn(y->q) == 0)
				return const_unknown();
			mpq_t q;
			mpq_init(q);
			switch (op) {
			case TK_ADD: mpq_add(q, x->q, y->q); break;
			case TK_SUB: mpq_sub(q, x->q, y->q); break;
			case TK_MUL: mpq_mul(q, x->q, y->q); break;
			default: mpq_div(q, x->q, y->q); break;
			}
			Const *c = make_q(q);
			mpq_clear(q);
			return c;
		}
		Const *c = newconst(CV_FLOAT);
		fr_op(op, c->f, x->f, y->f);
		return checkfloat(c);
	}
	case CV_COMPLEX: {
		Const *c = newconst(CV_COMPLEX);
		mpfr_t ac, bd, bc, ad, t;
		mpfr_inits2(CONST_PREC, ac, bd, bc, ad, t, (mpfr_ptr)0);
		switch (op) {
		case TK_ADD:
		case TK_SUB:
			fr_op(op, c->f, x->f, y->f);
			fr_op(op, c->im, x->im, y->im);
			break;
		case TK_MUL:
		case TK_QUO:
			mpfr_mul(ac, x->f, y->f, MPFR_RNDN);
			mpfr_mul(bd, x->im, y->im, MPFR_RNDN);
			mpfr_mul(bc, x->im, y->f, MPFR_RNDN);
			mpfr_mul(ad, x->f, y->im, MPFR_RNDN);
			if (op == TK_MUL) {
				mpfr_sub(c->f, ac, bd, MPFR_RNDN);
				mpfr_add(c->im, bc, ad, MPFR_RNDN);
			} else {
				mpfr_t s;
				mpfr_init2(s, CONST_PREC);
				mpfr_mul(s, y->f, y->f, MPFR_RNDN);
				mpfr_mul(t, y->im, y->im, MPFR_RNDN);
				mpfr_add(s, s, t, MPFR_RNDN);
				mpfr_add(c->f, ac, bd, MPFR_RNDN);
				mpfr_div(c->f, c->f, s, MPFR_RNDN);
				mpfr_sub(c->im, bc, ad, MPFR_RNDN);
				mpfr_div(c->im, c->im, s, MPFR_RNDN);
				mpfr_clear(s);
			}
			break;
		default:
			mpfr_clears(ac, bd, bc, ad, t, (mpfr_ptr)0);
			return const_unknown();
		}
		mpfr_clears(ac, bd, bc, ad, t, (mpfr_ptr)0);
		return checkfloat(c);
	}
	default:
		break;
	}
	return const_unknown();
}

Const *const_shift(int op, Const *x, unsigned s) {
	if (x->kind != CV_INT)
		return const_unknown();
	Const *c = newconst(CV_INT);
	if (op == TK_SHL)
		mpz_mul_2exp(c->i, x->i, s);
	else
		mpz_fdiv_q_2exp(c->i, x->i, s);
	return c;
}

static bool cmp_result(int op, int r) {
	switch (op) {
	case TK_EQL: return r == 0;
	case TK_NEQ: return r != 0;
	case TK_LSS: return r < 0;
	case TK_LEQ: return r <= 0;
	case TK_GTR: return r > 0;
	case TK_GEQ: return r >= 0;
	}
	return false;
}

bool const_compare(int op, Const *x, Const *y) {
	match(&x, &y);
	if (x->kind != y->kind)
		return false;
	switch (x->kind) {
	case CV_BOOL:
		return cmp_result(op, (int)x->b - (int)y->b);
	case CV_STRING: {
		int64_t n = x->slen < y->slen ? x->slen : y->slen;
		int r = memcmp(x->s, y->s, (size_t)n);
		if (r == 0)
			r = x->slen < y->slen ? -1 : x->slen > y->slen;
		return cmp_result(op, r);
	}
	case CV_INT:
		return cmp_result(op, mpz_cmp(x->i, y->i));
	case CV_FLOAT:
		if (x->has_q && y->has_q)
			return cmp_result(op, mpq_cmp(x->q, y->q));
		return cmp_result(op, mpfr_cmp(x->f, y->f));
	case CV_COMPLEX: {
		int r = mpfr_cmp(x->f, y->f) != 0 || mpfr_cmp(x->im, y->im) != 0;
		return cmp_result(op, r);
	}
	default:
		return false;
	}
}

int const_sign(Const *x) {
	switch (x->kind) {
	case CV_INT: return mpz_sgn(x->i);
	case CV_FLOAT: return mpfr_sgn(x->f);
	case CV_COMPLEX: return !(mpfr_zero_p(x->f) && mpfr_zero_p(x->im));
	default: return 1; /* unknown values are not zero: no "division by zero" follow-ups */
	}
}

int64_t const_bitlen(Const *x) {
	if (x->kind != CV_INT || mpz_sgn(x->i) == 0)
		return 0;
	return (int64_t)mpz_sizeinbase(x->i, 2);
}

bool const_is_int64(Const *x) { return x->kind == CV_INT && mpz_fits_slong_p(x->i); }

bool const_is_uint64(Const *x) { return x->kind == CV_INT && mpz_sgn(x->i) >= 0 && mpz_sizeinbase(x->i, 2) <= 64; }

/* ---------------- representability ---------------- */

static bool int_fits(Const *x, int bits, bool is_unsigned) {
	if (is_unsigned) {
		if (mpz_sgn(x->i) < 0)
			return false;
		return mpz_sgn(x->i) == 0 || mpz_sizeinbase(x->i, 2) <= (size_t)bits;
	}
	/* -2^(bits-1) <= x < 2^(bits-1) */
	mpz_t lo, hi;
	mpz_init(lo);
	mpz_init(hi);
	mpz_ui_pow_ui(hi, 2, (unsigned long)bits - 1);
	mpz_neg(lo, hi);
	bool ok = mpz_cmp(x->i, lo) >= 0 && mpz_cmp(x->i, hi) < 0;
	mpz_clear(lo);
	mpz_clear(hi);
	return ok;
}

/* The exact rational q rounded once to the nearest float32 or float64,
 * subnormals included: rounding first to 24 or 53 bits and then to the
 * format would round twice below the smallest normal number
 * (test/fixedbugs/bug321.go: 2.2250738585072011e-308). */
static double q_to_float(const mpq_t q, bool f32) {
	mpfr_exp_t emin = mpfr_get_emin(), emax = mpfr_get_emax();
	mpfr_set_emin(f32 ? -148 : -1073);
	mpfr_set_emax(f32 ? 128 : 1024);
	mpfr_t t;
	mpfr_init2(t, f32 ? 24 : 53);
	int inex = mpfr_set_q(t, q, MPFR_RNDN);
	mpfr_subnormalize(t, inex, MPFR_RNDN);
	double d = f32 ? (double)mpfr_get_flt(t, MPFR_RNDN) : mpfr_get_d(t, MPFR_RNDN);
	mpfr_clear(t);
	mpfr_set_emin(emin);
	mpfr_set_emax(emax);
	return d;
}

static Const *round_float(Const *x, bool f32) {
	if (x->has_q) {
		/* round the exact value once, to the target format */
		double d = q_to_float(x->q, f32);
		if (isinf(d))
			return NULL;
		return const_make_float64(d);
	}
	if (f32) {
		float f = mpfr_get_flt(x->f, MPFR_RNDN);
		if (isinf(f))
			return NULL;
		return const_make_float64((double)f);
	}
	double d = mpfr_get_d(x->f, MPFR_RNDN);
	if (isinf(d))
		return NULL;
	return const_make_float64(d);
}

bool const_representable(Const *x, Type *t, Const **rounded) {
	if (x->kind == CV_UNKNOWN)
		return true;
	Type *u = t ? t->under : NULL;
	if (!u)
		return false;
	switch (u->kind) {
	case TY_INT8: case TY_INT16: case TY_INT32: case TY_INT64: case TY_INT:
	case TY_UINT8: case TY_UINT16: case TY_UINT32: case TY_UINT64: case TY_UINT: case TY_UINTPTR:
	case TY_UNTYPED_INT: case TY_UNTYPED_RUNE: {
		if (x->kind != CV_INT && x->kind != CV_FLOAT && x->kind != CV_COMPLEX)
			return false;
		Const *i = const_to_int(x);
		if (i->kind != CV_INT)
			return false;
		bool ok;
		switch (u->kind) {
		case TY_INT8: ok = int_fits(i, 8, false); break;
		case TY_INT16: ok = int_fits(i, 16, false); break;
		case TY_INT32: ok = int_fits(i, 32, false); break;
		case TY_INT64: case TY_INT: ok = int_fits(i, 64, false); break;
		case TY_UINT8: ok = int_fits(i, 8, true); break;
		case TY_UINT16: ok = int_fits(i, 16, true); break;
		case TY_UINT32: ok = int_fits(i, 32, true); break;
		case TY_UINT64: case TY_UINT: case TY_UINTPTR: ok = int_fits(i, 64, true); break;
		default: ok = true; break;
		}
		if (ok && rounded)
			*rounded = i;
		return ok;
	}
	case TY_FLOAT32: case TY_FLOAT64: case TY_UNTYPED_FLOAT: {
		if (x->kind != CV_INT && x->kind != CV_FLOAT && x->kind != CV_COMPLEX)
			return false;
		Const *f = const_to_float(x);
		if (f->kind != CV_FLOAT)
			return false;
		if (u->kind == TY_UNTYPED_FLOAT) {
			if (rounded)
				*rounded = f;
			return true;
		}
		Const *r = round_float(f, u->kind == TY_FLOAT32);
		if (!r)
			return false;
		if (rounded)
			*rounded = r;
		return true;
	}
	case TY_COMPLEX64: case TY_COMPLEX128: case TY_UNTYPED_COMPLEX: {
		if (x->kind != CV_INT && x->kind != CV_FLOAT && x->kind != CV_COMPLEX)
			return false;
		Const *c = const_to_complex(x);
		if (c->kind != CV_COMPLEX)
			return false;
		if (u->kind == TY_UNTYPED_COMPLEX) {
			if (rounded)
				*rounded = c;
			return true;
		}
		bool f32 = u->kind == TY_COMPLEX64;
		Const *re = round_float(const_real(c), f32), *im = round_float(const_imag(c), f32);
		if (!re || !im)
			return false;
		if (rounded)
			*rounded = const_make_complex(re, im);
		return true;
	}
	case TY_STRING: case TY_UNTYPED_STRING:
		if (x->kind != CV_STRING)
			return false;
		if (rounded)
			*rounded = x;
		return true;
	case TY_BOOL: case TY_UNTYPED_BOOL:
		if (x->kind != CV_BOOL)
			return false;
		if (rounded)
			*rounded = x;
		return true;
	default:
		return false;
	}
}

/* Normalise like go/types keyVal: complex with zero imaginary part → float,
 * integral float → int. */
static Const *keyval(Const *x) {
	if (x->kind == CV_COMPLEX && mpfr_zero_p(x->im))
		x = const_to_float(x);
	if (x->kind == CV_FLOAT && (x->has_q ? mpz_cmp_ui(mpq_denref(x->q), 1) == 0 : mpfr_integer_p(x->f)))
		x = const_to_int(x);
	return x;
}

bool const_equal_key(Const *x, Const *y) {
	x = keyval(x);
	y = keyval(y);
	if (x->kind != y->kind || x->kind == CV_UNKNOWN)
		return false;
	return const_compare(TK_EQL, x, y);
}

Const *const_int_to_string(Const *x) {
	uint32_t r = 0xFFFD;
	if (x->kind == CV_INT && mpz_sgn(x->i) >= 0 && mpz_sizeinbase(x->i, 2) <= 32) {
		unsigned long v = mpz_get_ui(x->i);
		if (v <= 0x10FFFF && !(v >= 0xD800 && v <= 0xDFFF))
			r = (uint32_t)v;
	}
	StrBuf b = {0};
	put_utf8(&b, r);
	Const *c = const_make_string(b.s, (int64_t)b.len);
	sb_free(&b);
	return c;
}

/* ---------------- accessors for ssa/ ---------------- */

int64_t const_int64(const Const *c) {
	switch (c->kind) {
	case CV_BOOL:
		return c->b;
	case CV_INT:
		return (int64_t)const_uint64(c);
	case CV_FLOAT:
		return (int64_t)mpfr_get_d(c->f, MPFR_RNDZ);
	default:
		return 0;
	}
}

uint64_t const_uint64(const Const *c) {
	switch (c->kind) {
	case CV_BOOL:
		return c->b;
	case CV_INT: {
		/* two's complement wrap to 64 bits */
		mpz_t t;
		mpz_init(t);
		mpz_fdiv_r_2exp(t, c->i, 64);
		uint64_t lo = mpz_get_ui(t); /* unsigned long is 64 bits on our hosts */
		mpz_clear(t);
		return lo;
	}
	case CV_FLOAT:
		return (uint64_t)mpfr_get_d(c->f, MPFR_RNDZ);
	default:
		return 0;
	}
}

double const_float64(const Const *c) {
	switch (c->kind) {
	case CV_INT: {
		mpfr_t t;
		mpfr_init2(t, 64);
		mpfr_set_z(t, c->i, MPFR_RNDN);
		double d = mpfr_get_d(t, MPFR_RNDN);
		mpfr_clear(t);
		return d;
	}
	case CV_FLOAT:
		if (c->has_q)
			return q_to_float(c->q, false);
		return mpfr_get_d(c->f, MPFR_RNDN);
	case CV_COMPLEX:
		return mpfr_get_d(c->f, MPFR_RNDN);
	default:
		return 0;
	}
}

double const_imag64(const Const *c) {
	if (c->kind == CV_COMPLEX)
		return mpfr_get_d(c->im, MPFR_RNDN);
	return 0;
}

/* ---------------- rendering ---------------- */

/* Go's strconv.Quote, shortened to 72 runes like go/constant. */
static void quote_to(StrBuf *b, const char *s, int64_t n) {
	StrBuf q = {0};
	sb_putc(&q, '"');
	const unsigned char *p = (const unsigned char *)s, *end = p + n;
	while (p < end) {
		uint32_t r;
		int len = decode_utf8(p, (size_t)(end - p), &r);
		if (r == 0xFFFD && len == 1 && !(end - p >= 3 && p[0] == 0xEF && p[1] == 0xBF && p[2] == 0xBD)) {
			sb_printf(&q, "\\x%02x", *p);
			p++;
			continue;
		}
		if (r < 0x80) {
			switch (r) {
			case '\a': sb_puts(&q, "\\a"); break;
			case '\b': sb_puts(&q, "\\b"); break;
			case '\f': sb_puts(&q, "\\f"); break;
			case '\n': sb_puts(&q, "\\n"); break;
			case '\r': sb_puts(&q, "\\r"); break;
			case '\t': sb_puts(&q, "\\t"); break;
			case '\v': sb_puts(&q, "\\v"); break;
			case '"': sb_puts(&q, "\\\""); break;
			case '\\': sb_puts(&q, "\\\\"); break;
			default:
				if (r < 0x20 || r == 0x7F)
					sb_printf(&q, "\\x%02x", r);
				else
					sb_putc(&q, (char)r);
			}
		} else if ((r >= 0x80 && r < 0xA0) || r == 0xAD || r == 0xFEFF || (r >= 0xFFF9 && r <= 0xFFFB)) {
			if (r < 0x10000)
				sb_printf(&q, "\\u%04x", r);
			else
				sb_printf(&q, "\\U%08x", r);
		} else {
			sb_putn(&q, (const char *)p, (size_t)len);
		}
		p += len;
	}
	sb_putc(&q, '"');
	/* shorten to 72 runes */
	const unsigned char *qs = (const unsigned char *)q.s;
	size_t runes = 0, i = 0, cut = 0;
	while (i < q.len) {
		uint32_t r;
		int len = decode_utf8(qs + i, q.len - i, &r);
		if (runes == 69)
			cut = i;
		runes++;
		i += (size_t)len;
	}
	if (runes > 72) {
		sb_putn(b, q.s, cut);
		sb_puts(b, "...");
	} else {
		sb_putn(b, q.s, q.len);
	}
	sb_free(&q);
}

/* Go's %.6g */
static void g6_to(StrBuf *b, double d) {
	char buf[64];
	snprintf(buf, sizeof buf, "%.6g", d);
	sb_puts(b, buf);
}

static void float_to(StrBuf *b, mpfr_t f) {
	if (mpfr_inf_p(f)) {
		sb_puts(b, mpfr_sgn(f) > 0 ? "+Inf" : "-Inf");
		return;
	}
	double d = mpfr_get_d(f, MPFR_RNDN);
	if ((mpfr_zero_p(f) != 0) == (d == 0) && !isinf(d)) {
		g6_to(b, d);
		return;
	}
	/* out of float64 range: m × 10^e with 1 <= |m| < 10 */
	mpfr_exp_t e;
	char *digits = mpfr_get_str(NULL, &e, 10, 6, f, MPFR_RNDN);
	const char *ds = digits;
	bool neg = *ds == '-';
	if (neg)
		ds++;
	double m = 0;
	for (const char *p = ds; *p; p++)
		m = m * 10 + (*p - '0');
	m /= 100000.0;
	if (neg)
		m = -m;
	g6_to(b, m);
	sb_printf(b, "e%+ld", (long)(e - 1));
	mpfr_free_str(digits);
}

static void const_to_buf(StrBuf *b, const Const *c) {
	switch (c->kind) {
	case CV_UNKNOWN:
		sb_puts(b, "unknown");
		break;
	case CV_BOOL:
		sb_puts(b, c->b ? "true" : "false");
		break;
	case CV_STRING:
		quote_to(b, c->s, c->slen);
		break;
	case CV_INT: {
		char *s = mpz_get_str(NULL, 10, c->i);
		sb_puts(b, s);
		free(s);
		break;
	}
	case CV_FLOAT:
		float_to(b, (mpfr_ptr)c->f);
		break;
	case CV_COMPLEX:
		sb_putc(b, '(');
		float_to(b, (mpfr_ptr)c->f);
		sb_puts(b, " + ");
		float_to(b, (mpfr_ptr)c->im);
		sb_puts(b, "i)");
		break;
	}
}

char *const_string(Arena *a, const Const *c) {
	StrBuf b = {0};
	const_to_buf(&b, c);
	char *s = arena_strdup(a, sb_cstr(&b));
	sb_free(&b);
	return s;
}
