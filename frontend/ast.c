/* ast.c — AST nodes: allocation, names, start positions, and the
 * `goc build -d=ast` dump. */
#include "frontend.h"

Node *node_new(NodeKind k, Pos p) {
	Node *n = NEW(perm, Node);
	n->kind = k;
	n->pos = p;
	return n;
}

static const char *const kind_names[N_KIND_COUNT] = {
	[N_BAD] = "BAD",
	[N_NAME] = "NAME",
	[N_BASICLIT] = "BASICLIT",
	[N_COMPOSITE] = "COMPOSITE",
	[N_KEYVALUE] = "KEYVALUE",
	[N_FUNCLIT] = "FUNCLIT",
	[N_PAREN] = "PAREN",
	[N_SELECTOR] = "SELECTOR",
	[N_INDEX] = "INDEX",
	[N_SLICEEXPR] = "SLICEEXPR",
	[N_TYPEASSERT] = "TYPEASSERT",
	[N_CALL] = "CALL",
	[N_STAR] = "STAR",
	[N_UNARY] = "UNARY",
	[N_BINARY] = "BINARY",
	[N_CONV] = "CONV",
	[N_BUILTINCALL] = "BUILTINCALL",
	[N_DEREF] = "DEREF",
	[N_INLCALL] = "INLCALL",
	[N_ARRAYTYPE] = "ARRAYTYPE",
	[N_STRUCTTYPE] = "STRUCTTYPE",
	[N_FIELD] = "FIELD",
	[N_FUNCTYPE] = "FUNCTYPE",
	[N_INTERFACETYPE] = "INTERFACETYPE",
	[N_MAPTYPE] = "MAPTYPE",
	[N_CHANTYPE] = "CHANTYPE",
	[N_ELLIPSIS] = "ELLIPSIS",
	[N_EMPTY] = "EMPTY",
	[N_BLOCK] = "BLOCK",
	[N_EXPRSTMT] = "EXPRSTMT",
	[N_SEND] = "SEND",
	[N_INCDEC] = "INCDEC",
	[N_ASSIGN] = "ASSIGN",
	[N_GO] = "GO",
	[N_DEFER] = "DEFER",
	[N_RETURN] = "RETURN",
	[N_BRANCH] = "BRANCH",
	[N_LABELED] = "LABELED",
	[N_IF] = "IF",
	[N_SWITCH] = "SWITCH",
	[N_TYPESWITCH] = "TYPESWITCH",
	[N_CASE] = "CASE",
	[N_SELECT] = "SELECT",
	[N_COMMCLAUSE] = "COMMCLAUSE",
	[N_FOR] = "FOR",
	[N_RANGE] = "RANGE",
	[N_DECLSTMT] = "DECLSTMT",
	[N_IMPORT] = "IMPORT",
	[N_VARSPEC] = "VARSPEC",
	[N_CONSTSPEC] = "CONSTSPEC",
	[N_TYPESPEC] = "TYPESPEC",
	[N_FUNCDECL] = "FUNCDECL",
	[N_FILE] = "FILE",
};

const char *node_kind_name(NodeKind k) {
	if ((unsigned)k < N_KIND_COUNT && kind_names[k])
		return kind_names[k];
	return "?";
}

/* gc's syntax.StartPos: node positions follow gc's syntax package (a binary
 * expression sits at its operator, a call at its '(', ...), so messages that
 * gc reports at the start of an expression walk down to its leftmost part. */
int64_t complit_slice_len(Node *n) {
	int64_t len = 0, idx = 0;
	for (int i = 0; i < n->list.len; i++) {
		Node *e = n->list.data[i];
		if (e->kind == N_KEYVALUE && e->x && e->x->val)
			idx = const_int64(e->x->val);
		idx++;
		if (idx > len)
			len = idx;
	}
	return len;
}

bool node_walk(Node *n, WalkAction (*visit)(Node *n, void *arg), void *arg) {
	if (!n)
		return false;
	WalkAction a = visit(n, arg);
	if (a != WALK_CONTINUE)
		return a == WALK_STOP;
	Node *kids[] = {n->init, n->x, n->y, n->z, n->w, n->cond, n->post};
	for (size_t i = 0; i < sizeof kids / sizeof kids[0]; i++)
		if (node_walk(kids[i], visit, arg))
			return true;
	for (int i = 0; i < n->list.len; i++)
		if (node_walk(n->list.data[i], visit, arg))
			return true;
	for (int i = 0; i < n->list2.len; i++)
		if (node_walk(n->list2.data[i], visit, arg))
			return true;
	return node_walk(n->body, visit, arg) || node_walk(n->els, visit, arg);
}

Pos node_start_pos(Node *n) {
	for (int guard = 0; n && guard < 100000; guard++) {
		switch (n->kind) {
		case N_BINARY:
		case N_SELECTOR:
		case N_INDEX:
		case N_SLICEEXPR:
		case N_TYPEASSERT:
		case N_CALL:
		case N_KEYVALUE:
			if (!n->x)
				return n->pos;
			n = n->x;
			break;
		case N_COMPOSITE:
			if (!n->x)
				return n->pos;
			n = n->x;
			break;
		case N_ASSIGN:
			if (n->list.len == 0)
				return n->pos;
			n = n->list.data[0];
			break;
		case N_SEND:
		case N_INCDEC:
		case N_EXPRSTMT:
			if (!n->x)
				return n->pos;
			n = n->x;
			break;
		case N_CONV:
			/* an explicit conversion T(x) starts at T; an implicit one at x */
			if (!n->implicit || !n->x)
				return n->pos;
			n = n->x;
			break;
		default:
			return n->pos;
		}
	}
	return n ? n->pos : (Pos){0};
}

/* ---------------- dump ---------------- */

static void dump_list(FILE *f, const char *label, Vec *v, int indent);

static void dump_child(FILE *f, const char *label, Node *n, int indent) {
	if (!n)
		return;
	fprintf(f, "%*s%s:\n", indent, "", label);
	ast_dump(f, n, indent + 2);
}

static void dump_list(FILE *f, const char *label, Vec *v, int indent) {
	if (!v->len)
		return;
	fprintf(f, "%*s%s:\n", indent, "", label);
	for (int i = 0; i < v->len; i++)
		ast_dump(f, v->data[i], indent + 2);
}

static const char *op_text(Node *n) {
	switch (n->kind) {
	case N_CHANTYPE:
		return n->op == CHAN_SEND ? "chan<-" : n->op == CHAN_RECV ? "<-chan" : "chan";
	case N_UNARY:
	case N_BINARY:
	case N_INCDEC:
	case N_ASSIGN:
	case N_BRANCH:
	case N_RANGE:
		if (n->op > 0 && n->op < TK_COUNT)
			return tok_text[n->op];
		return NULL;
	default:
		return NULL;
	}
}

void ast_dump(FILE *f, Node *n, int indent) {
	if (!n) {
		fprintf(f, "%*s<nil>\n", indent, "");
		return;
	}
	if (indent > 4000) {
		fprintf(f, "%*s...\n", indent, "");
		return;
	}
	fprintf(f, "%*s%s", indent, "", node_kind_name(n->kind));
	const char *op = op_text(n);
	if (op)
		fprintf(f, " %s", op);
	if (n->name)
		fprintf(f, " %s", n->name);
	if (n->lit)
		fprintf(f, " %s", n->lit);
	if (n->has_dots)
		fprintf(f, " ...");
	if (n->slice3)
		fprintf(f, " slice3");
	if (n->is_alias)
		fprintf(f, " alias");
	if (n->implicit)
		fprintf(f, " implicit");
	if (n->kind == N_CONSTSPEC)
		fprintf(f, " iota=%d", n->iota);
	fprintf(f, " @%u:%u\n", (unsigned)n->pos.line, (unsigned)n->pos.col);

	indent += 2;
	dump_child(f, "recv", n->recv, indent);
	dump_child(f, "init", n->init, indent);
	dump_child(f, "cond", n->cond, indent);
	dump_child(f, "post", n->post, indent);
	dump_child(f, "x", n->x, indent);
	dump_child(f, "y", n->y, indent);
	dump_child(f, "z", n->z, indent);
	dump_child(f, "w", n->w, indent);
	dump_list(f, "list", &n->list, indent);
	dump_list(f, "list2", &n->list2, indent);
	dump_child(f, "body", n->body, indent);
	dump_child(f, "else", n->els, indent);
}
