/* fmt.c — statements and expressions of the checked AST printed the way
 * gc's -m messages print its IR (gc: ir/fmt.go, stmtFmt and exprFmt with
 * exportFormat off): loops, switches and selects abbreviated ("for loop",
 * "switch statement"), function literals as "func literal", composite
 * literals as "T{...}", implicit conversions left out, parentheses from
 * gc's operator precedences (OpPrec).  Used by inl.c for -m=2's
 * "can inline f with cost N as: func(int) int { return x + 1 }".
 *
 * Invariants: prints only; never fails (an unknown node prints as gc's
 * "<node X>" does).
 */
#include "ssa.h"

static Node *unparen(Node *n) {
	while (n && n->kind == N_PAREN)
		n = n->x;
	return n;
}

static void fmt_expr(StrBuf *b, Node *n, int prec);

static void fmt_list(StrBuf *b, Vec *l, const char *sep) {
	for (int i = 0; i < l->len; i++) {
		if (i)
			sb_puts(b, sep);
		fmt_expr(b, l->data[i], 0);
	}
}

/* gc's OpPrec of the operator a binary node prints */
static int binprec(int op) {
	switch (op) {
	case TK_MUL: case TK_QUO: case TK_REM: case TK_SHL: case TK_SHR: case TK_AND: case TK_AND_NOT:
		return 6;
	case TK_ADD: case TK_SUB: case TK_OR: case TK_XOR:
		return 5;
	case TK_EQL: case TK_NEQ: case TK_LSS: case TK_LEQ: case TK_GTR: case TK_GEQ:
		return 4;
	case TK_LAND:
		return 3;
	case TK_LOR:
		return 2;
	default:
		return 8;
	}
}

static int nodeprec(Node *n) {
	switch (n->kind) {
	case N_BINARY:
		return binprec(n->op);
	case N_UNARY:
	case N_DEREF:
	case N_STAR:
		return 7;
	default:
		return 8;
	}
}

/* gc spells interface{} "interface {}" */
static void fmt_type(StrBuf *b, Type *t) {
	const char *s = type_string(perm, t, false);
	for (const char *p; (p = strstr(s, "interface{")) != NULL; s = p + 10) {
		sb_putn(b, s, (size_t)(p - s));
		sb_puts(b, p[10] == '}' ? "interface {" : "interface { ");
	}
	sb_puts(b, s);
}

/* A type as gc prints it, spelled where it was written: byte and rune stay
 * byte and rune (gc keeps them as types of their own for printing); tx is
 * the type expression (NULL: none), t the type. */
void fmt_typeexpr(StrBuf *b, Node *tx, Type *t) {
	tx = unparen(tx);
	if (!t) {
		sb_puts(b, "?");
		return;
	}
	if (tx && tx->kind == N_NAME && tx->obj && tx->obj->kind == OBJ_TYPE && !tx->obj->pkg && tx->name &&
	    (!strcmp(tx->name, "byte") || !strcmp(tx->name, "rune"))) {
		sb_puts(b, tx->name);
		return;
	}
	if (tx && !t->named) {
		switch (t->kind) {
		case TY_SLICE:
			if (tx->kind == N_ARRAYTYPE && !tx->x) {
				sb_puts(b, "[]");
				fmt_typeexpr(b, tx->y, t->elem);
				return;
			}
			break;
		case TY_ARRAY:
			if (tx->kind == N_ARRAYTYPE && tx->x) {
				sb_printf(b, "[%lld]", (long long)t->len);
				fmt_typeexpr(b, tx->y, t->elem);
				return;
			}
			break;
		case TY_POINTER:
			if (tx->kind == N_STAR || tx->kind == N_DEREF) {
				sb_putc(b, '*');
				fmt_typeexpr(b, tx->x, t->elem);
				return;
			}
			break;
		case TY_MAP:
			if (tx->kind == N_MAPTYPE) {
				sb_puts(b, "map[");
				fmt_typeexpr(b, tx->x, t->key);
				sb_putc(b, ']');
				fmt_typeexpr(b, tx->y, t->elem);
				return;
			}
			break;
		case TY_CHAN:
			if (tx->kind == N_CHANTYPE) {
				sb_puts(b, t->chandir == CHAN_SEND ? "chan<- " : t->chandir == CHAN_RECV ? "<-chan " : "chan ");
				fmt_typeexpr(b, tx->y, t->elem);
				return;
			}
			break;
		default:
			break;
		}
	}
	fmt_type(b, t);
}

static const char *builtin_names[] = {
	[BI_APPEND] = "append", [BI_CAP] = "cap", [BI_CLOSE] = "close", [BI_COMPLEX] = "complex",
	[BI_COPY] = "copy", [BI_DELETE] = "delete", [BI_IMAG] = "imag", [BI_LEN] = "len", [BI_MAKE] = "make",
	[BI_NEW] = "new", [BI_PANIC] = "panic", [BI_PRINT] = "print", [BI_PRINTLN] = "println",
	[BI_REAL] = "real", [BI_RECOVER] = "recover", [BI_ALIGNOF] = "unsafe.Alignof",
	[BI_OFFSETOF] = "unsafe.Offsetof", [BI_SIZEOF] = "unsafe.Sizeof", [BI_UNSAFE_ADD] = "unsafe.Add",
	[BI_UNSAFE_SLICE] = "unsafe.Slice",
};

static void fmt_expr(StrBuf *b, Node *n, int prec) {
	for (;;) {
		n = unparen(n);
		if (n && n->kind == N_CONV && n->implicit) {
			n = n->x;
			continue;
		}
		break;
	}
	if (!n) {
		sb_puts(b, "<nil>");
		return;
	}
	if (prec > nodeprec(n)) {
		sb_putc(b, '(');
		fmt_expr(b, n, 0);
		sb_putc(b, ')');
		return;
	}
	switch (n->kind) {
	case N_NAME:
		if (n->obj && n->obj->name && n->obj->name[0] == '~' && n->obj->name[1] == 'b')
			sb_puts(b, "_");
		else if (n->obj && n->obj->pkg && types_local_pkg && strcmp(n->obj->pkg, types_local_pkg) != 0 &&
		         n->obj->kind != OBJ_BUILTIN && n->obj->kind != OBJ_NIL)
			sb_printf(b, "%s.%s", types_pkg_name(n->obj->pkg), n->name);  // (a variable inlined from there too)
		else
			sb_puts(b, n->name ? n->name : "_");
		return;
	case N_BASICLIT:
		if (n->val)
			sb_puts(b, const_string(perm, n->val));
		else
			sb_puts(b, n->lit ? n->lit : "?");
		return;
	case N_FUNCLIT:
		sb_puts(b, "func literal");
		return;
	case N_COMPOSITE:
		if (n->implicit) {
			sb_puts(b, "... argument");
			return;
		}
		if (n->type && n->type->kind == TY_POINTER) {
			sb_putc(b, '&');
			fmt_type(b, n->type->elem);
		} else {
			fmt_typeexpr(b, n->x, n->type);
		}
		sb_puts(b, n->list.len ? "{...}" : "{}");
		return;
	case N_KEYVALUE:
		fmt_expr(b, n->x, 0);
		sb_putc(b, ':');
		fmt_expr(b, n->y, 0);
		return;
	case N_SELECTOR:
		if (n->sel_kind == SEL_QUALIFIED) {
			Node *x = unparen(n->x);
			sb_printf(b, "%s.%s", x && x->name ? x->name : "?", n->name);
			return;
		}
		if (n->sel_kind == SEL_METHODEXPR) {
			fmt_type(b, n->x->type);
			sb_printf(b, ".%s", n->name);
			return;
		}
		fmt_expr(b, n->x, 8);
		if (n->sel_kind == SEL_FIELD)
			for (int i = 0; i + 1 < n->path.len; i++) {
				Field *f = n->path.data[i];
				sb_printf(b, ".%s", f->name ? f->name : "?");
			}
		sb_printf(b, ".%s", n->name);
		return;
	case N_INDEX:
		fmt_expr(b, n->x, 8);
		sb_putc(b, '[');
		fmt_expr(b, n->y, 0);
		sb_putc(b, ']');
		return;
	case N_SLICEEXPR:
		fmt_expr(b, n->x, 8);
		sb_putc(b, '[');
		if (n->y)
			fmt_expr(b, n->y, 0);
		sb_putc(b, ':');
		if (n->z)
			fmt_expr(b, n->z, 0);
		if (n->slice3) {
			sb_putc(b, ':');
			if (n->w)
				fmt_expr(b, n->w, 0);
		}
		sb_putc(b, ']');
		return;
	case N_TYPEASSERT:
		fmt_expr(b, n->x, 8);
		sb_puts(b, ".(");
		fmt_type(b, n->type);
		sb_putc(b, ')');
		return;
	case N_CALL:
	case N_INLCALL:
		if (n->kind == N_INLCALL)
			n = n->orig;
		fmt_expr(b, n->x, 8);
		sb_putc(b, '(');
		fmt_list(b, &n->list, ", ");
		sb_puts(b, n->has_dots ? "...)" : ")");
		return;
	case N_BUILTINCALL: {
		const char *name = (unsigned)n->builtin < sizeof builtin_names / sizeof builtin_names[0] && builtin_names[n->builtin]
		                       ? builtin_names[n->builtin] : "builtin";
		sb_printf(b, "%s(", name);
		for (int i = 0; i < n->list.len; i++) {
			Node *a = n->list.data[i];
			if (i)
				sb_puts(b, ", ");
			if (i == 0 && (n->builtin == BI_MAKE || n->builtin == BI_NEW))
				fmt_typeexpr(b, a, a->type);
			else
				fmt_expr(b, a, 0);
		}
		sb_puts(b, n->has_dots ? "...)" : ")");
		return;
	}
	case N_CONV: {
		Type *t = n->type;
		if (t && !t->named)
			sb_putc(b, '(');
		fmt_typeexpr(b, n->y, t);
		if (t && !t->named)
			sb_putc(b, ')');
		sb_putc(b, '(');
		fmt_expr(b, n->x, 0);
		sb_putc(b, ')');
		return;
	}
	case N_UNARY: {
		sb_puts(b, tok_text[n->op]);
		Node *x = unparen(n->x);
		if (x && x->kind == N_UNARY && x->op == n->op)
			sb_putc(b, ' ');
		fmt_expr(b, n->x, 8);
		return;
	}
	case N_DEREF:
	case N_STAR:
		sb_putc(b, '*');
		fmt_expr(b, n->x, 8);
		return;
	case N_BINARY: {
		int p = binprec(n->op);
		fmt_expr(b, n->x, p);
		sb_printf(b, " %s ", tok_text[n->op]);
		fmt_expr(b, n->y, p + 1);
		return;
	}
	default:
		sb_printf(b, "<node %s>", node_kind_name(n->kind));
		return;
	}
}

static void fmt_stmt(StrBuf *b, Node *n) {
	if (!n)
		return;
	switch (n->kind) {
	case N_EMPTY:
		return;
	case N_BLOCK:
		fmt_stmts(b, &n->list);
		return;
	case N_EXPRSTMT:
		fmt_expr(b, n->x, 0);
		return;
	case N_SEND:
		fmt_expr(b, n->x, 0);
		sb_puts(b, " <- ");
		fmt_expr(b, n->y, 0);
		return;
	case N_INCDEC:
		fmt_expr(b, n->x, 0);
		sb_puts(b, n->op == TK_INC ? "++" : "--");
		return;
	case N_ASSIGN:
		fmt_list(b, &n->list, ", ");
		sb_printf(b, " %s ", tok_text[n->op]);
		fmt_list(b, &n->list2, ", ");
		return;
	case N_GO:
	case N_DEFER:
		sb_puts(b, n->kind == N_GO ? "go " : "defer ");
		fmt_expr(b, n->x, 0);
		return;
	case N_RETURN:
		sb_puts(b, "return ");
		fmt_list(b, &n->list, ", ");
		return;
	case N_BRANCH:
		sb_puts(b, tok_text[n->op]);
		if (n->name)
			sb_printf(b, " %s", n->name);
		return;
	case N_LABELED:
		sb_printf(b, "%s: ; ", n->name ? n->name : "?");
		fmt_stmt(b, n->body);
		return;
	case N_IF:
		sb_puts(b, "if ");
		if (n->init) {
			fmt_stmt(b, n->init);
			sb_puts(b, "; ");
		}
		fmt_expr(b, n->cond, 0);
		sb_puts(b, " { ");
		fmt_stmt(b, n->body);
		sb_puts(b, " }");
		if (n->els && !(n->els->kind == N_BLOCK && n->els->list.len == 0)) {
			sb_puts(b, " else { ");
			fmt_stmt(b, n->els);
			sb_puts(b, " }");
		}
		return;
	case N_FOR:
	case N_RANGE:
		sb_puts(b, "for loop");
		return;
	case N_SWITCH:
	case N_VARSPEC:  // as gc's assignment of the values (-m=2's notes)
		fmt_list(b, &n->list, ", ");
		if (n->list2.len) {
			sb_puts(b, " = ");
			fmt_list(b, &n->list2, ", ");
		}
		return;
	case N_TYPESWITCH:
		sb_puts(b, "switch statement");
		return;
	case N_SELECT:
		sb_puts(b, "select statement");
		return;
	case N_DECLSTMT: {
		bool first = true;
		for (int i = 0; i < n->list.len; i++) {
			Node *s = n->list.data[i];
			if (s->kind != N_VARSPEC)
				continue;
			for (int j = 0; j < s->list.len; j++) {
				Node *nm = s->list.data[j];
				sb_printf(b, "%svar %s ", first ? "" : "; ", nm->name);
				fmt_type(b, nm->obj ? nm->obj->type : nm->type);
				first = false;
			}
			for (int j = 0; j < s->list.len; j++) {
				Node *nm = s->list.data[j];
				sb_printf(b, "; %s = ", nm->name);
				if (s->list2.len == s->list.len)
					fmt_expr(b, s->list2.data[j], 0);
				else
					sb_puts(b, "<nil>");
			}
		}
		return;
	}
	default:
		fmt_expr(b, n, 0);
		return;
	}
}

void fmt_node(StrBuf *b, Node *n) { fmt_stmt(b, n); }

void fmt_stmts(StrBuf *b, Vec *l) {
	bool first = true;
	for (int i = 0; i < l->len; i++) {
		Node *s = l->data[i];
		if (!s || s->kind == N_EMPTY)
			continue;
		if (s->kind == N_DECLSTMT) {
			bool any = false;
			for (int j = 0; j < s->list.len; j++)
				any |= ((Node *)s->list.data[j])->kind == N_VARSPEC;
			if (!any)
				continue;
		}
		if (!first)
			sb_puts(b, "; ");
		fmt_stmt(b, s);
		first = false;
	}
}

static void fmt_tuple(StrBuf *b, Vec *fields, bool variadic) {
	sb_putc(b, '(');
	for (int i = 0; i < fields->len; i++) {
		Field *f = fields->data[i];
		if (i)
			sb_puts(b, ", ");
		if (variadic && i == fields->len - 1 && f->type && f->type->kind == TY_SLICE) {
			sb_puts(b, "...");
			fmt_type(b, f->type->elem);
		} else {
			fmt_type(b, f->type);
		}
	}
	sb_putc(b, ')');
}

/* gc's spelling of a function's type: func(int) (int, error), and for a
 * method method(*T) func(int) int. */
void fmt_functype(StrBuf *b, Obj *fo) {
	Type *t = fo->type;
	if (!t) {
		sb_puts(b, "func()");
		return;
	}
	if (t->recv) {
		sb_puts(b, "method(");
		fmt_type(b, t->recv->type);
		sb_puts(b, ") ");
	}
	sb_puts(b, "func");
	fmt_tuple(b, &t->params, t->variadic);
	if (t->results.len == 1) {
		sb_putc(b, ' ');
		fmt_type(b, ((Field *)t->results.data[0])->type);
	} else if (t->results.len > 1) {
		sb_putc(b, ' ');
		fmt_tuple(b, &t->results, false);
	}
}
