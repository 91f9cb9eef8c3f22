/* parse.y — Go 1.19 syntax → the AST of frontend.h.
 *
 * Types and expressions share one grammar where Go's syntax mixes them (as in
 * gc's parser): a conversion []byte(s), a composite literal type, make's and
 * new's first argument, and type switch cases are all expressions, so
 * `operand` includes type literals and `*T` is a unary star the checker
 * resolves. Where only a type may appear (declarations, parameters, fields,
 * x.(T)) the separate `ntype` grammar is used; keeping the two apart is what
 * lets `func(a, b int)` and `func(int, string)` share one parameter grammar:
 * each parameter is parsed as "[name] type" and the list is sorted out
 * afterwards, the way gc does (params_finish).
 *
 * The composite-literal ambiguity in if/for/switch headers is settled by the
 * lexer's LBODY token (see lex.l): only []T, [N]T, map and struct literals,
 * and func literal bodies accept it besides the statement body.
 *
 * Node positions follow gc's syntax package: a binary expression sits at its
 * operator, a call at its '(', a selector at its '.', an assignment at its
 * operator; node_start_pos finds the leftmost position.
 *
 * Syntax errors are worded like gc's (syntax/parser.go). Bison gives the
 * lookahead and the tokens it would have accepted; the lexer gives the
 * enclosing bracket and the previous tokens; syntax_message combines them.
 * Recovery follows gc too: a bad statement is skipped to the next ';' or '}',
 * a bad list element to the next closing bracket (lex_skip_list), and at top
 * level tokens are skipped up to the next declaration keyword; reporting
 * resumes at the next statement or declaration (yyerrok), as gc's does.
 *
 * Generics are parsed (type parameter lists, instantiations, constraint
 * unions) but not compiled: declarations keep their type parameters' names
 * (Node.tparams) and instantiations are marked (Node.is_instance); the
 * checker skips generic declarations and rejects their uses with
 * diag_unsupported.
 */

%code requires {
#include "frontend.h"

typedef struct Tok {
	int kind;        /* TokKind */
	const char *lit; /* names and literals: the text; ';': "semicolon", "newline" or "EOF" */
	size_t off;      /* byte offset in the file */
} Tok;

/* Bison's stack bounds the nesting the parser accepts (else-if chains,
 * unary operators); brackets are bounded by the lexer. Both keep the tree
 * shallow enough for the recursive passes that walk it. */
#define YYMAXDEPTH 30000
#define YYLTYPE Pos
#define YYLTYPE_IS_DECLARED 1
#define YYLLOC_DEFAULT(Cur, Rhs, N) ((Cur) = (N) ? YYRHSLOC(Rhs, 1) : YYRHSLOC(Rhs, 0))
#define YYLOCATION_PRINT(File, Loc) ((void)0)
}

%code provides {
/* The lexer's side of the contract with the grammar (lex.l). */

/* What an open bracket is: gc names the list in its messages. */
enum FrameKind {
	FR_TOP,     /* no bracket: top level */
	FR_BLOCK,   /* { statements } */
	FR_SWITCH,  /* { case clauses } of switch and select */
	FR_COMPLIT, /* { composite literal elements } */
	FR_STRUCT,  /* struct { fields } */
	FR_IFACE,   /* interface { methods } */
	FR_PAREN,   /* ( expression or type ) */
	FR_ARGS,    /* f( arguments ) */
	FR_PARAMS,  /* func( parameters ) and results */
	FR_GROUP,   /* var ( specs ) and const, type, import */
	FR_BRACK,   /* [ index, length or type arguments ] */
};

/* The most recent token (the parser's lookahead when an error is found). */
typedef struct LexState {
	int kind, prev, prev2; /* TokKinds of the lookahead and the two before it */
	const char *lit, *prev_lit;
	Pos pos, prev_pos;
	int depth;             /* bracket depth before the lookahead */
	int header_kw;         /* TK_IF/TK_FOR/TK_SWITCH in its header (also after a
	                        * newline cut it short, up to the next brace), else 0 */
} LexState;
extern LexState lex;

int yylex(void);
void lex_begin(const char *src, size_t len, int file);
void lex_end(void);
void lex_check_encoding(const char *src, size_t len, int file);
/* Labels the innermost open bracket: the grammar calls it right after
 * shifting the bracket (in a state that needs no lookahead, so the lexer has
 * not moved on). restore_header: a '{' that is not the statement body (a
 * literal) returns to the header when it closes. */
void lex_frame_set(int kind, bool restore_header);
int lex_frame_kind(int depth);
/* After a syntax error inside a list: drop the lookahead and the tokens
 * after it up to the next closing bracket, which becomes the next token.
 * False if the lookahead already is one. */
bool lex_skip_list(void);
/* Where the first token after the len bytes at offset off starts (gc reports
 * some errors there). */
Pos lex_pos_after(size_t off, size_t len);
}

%code {
static Node *file;            /* the N_FILE being built; kept up to date so an abort leaves a usable tree */
static bool last_func_bodyless; /* the last top-level declaration was func f() without a body */
static int file_errors;       /* diag_nerrors when the file started */
static bool aborting;
static int decl_kw;           /* keyword of the current top-level declaration (TK_PACKAGE first) */

static void yyerror(const char *msg);
static Node *mk(NodeKind k, Pos p) { return node_new(k, p); }
static Node *mkname(Tok t, Pos p);
static Node *mkbinary(Tok op, Pos p, Node *x, Node *y);
static Node *mkunary(Tok op, Pos p, Node *x);
static Node *mkrecv(Pos p, Node *x);
static Node *mkcall(Node *fn, Pos p, Vec args, bool dots);
static Node *mkselector(Node *x, Pos dot, Tok name, Pos namepos);
static Node *mkcomplit(Node *type, Pos p, Vec elems);
static void complit_check(Node *type, Pos p);
static Node *mkfunctype(Pos p, Vec params, Vec results);
static Node *mkfield(Node *name, Node *type);
static Node *mkellipsis(Pos p, Node *type);
static Node *mkinstance(Node *type, Pos p, Vec args);
static Vec params_finish(Vec items);
static Node *mkfuncdecl(Node *recv, Tok name, Pos namepos, Node *type, Node *body);
static Node *mkblock(Pos p, Vec stmts, Pos end);
static Node *mkspec(NodeKind k, Vec names, Node *type, Vec values);
static void consts_finish(Vec *specs);
static void add_decls(Vec specs);
static Node *mkdeclstmt(Pos p, Vec specs);
static void add_import(Tok name, Pos p, Tok path);
static Node *mkif(Pos p, Node *init, Node *cond, Tok semi, Pos semipos, Node *body, Node *els);
static Node *header_cond(Node *s);
static Node *mkswitch(Pos p, Node *init, Node *tag, Vec clauses, Pos end);
static Node *mkfor(Pos p, Node *init, Node *cond, Node *post, Node *body);
static Node *mkrange(Pos p, Vec lhs, int op, Node *x, Node *body);
static Node *mkgo(Tok kw, Pos p, Node *x);
static Node *mkassign(Tok op, Pos p, Vec lhs, Vec rhs);
static Node *mktypespec(Tok name, Pos p, Node *type, bool alias);
static void clause_end(void);
static Vec vec1(void *x) { Vec v = {0}; vec_push(&v, x); return v; }
static Vec vec_add(Vec v, void *x) { vec_push(&v, x); return v; }
static Node *unparen(Node *n) { while (n && n->kind == N_PAREN) n = n->x; return n; }
}

%union {
	Tok tok;
	Node *node;
	Vec list;
}

%define parse.error custom
/* Lookahead correction: errors are found before default reductions, so the
 * expected tokens describe where the bad token really was. */
%define parse.lac full
%locations
/* Every conflict is a shift/reduce resolved by shifting, as gc's parser
 * decides the same inputs:
 *   - a type name followed by '.' or '[' inside a type ([]pkg.T, []List[T])
 *     continues the type rather than ending it (5 states);
 *   - a func type followed by '(', '*', '[' or "<-" takes it as its result
 *     (2 states: func()(x) is a func type, as in gc);
 *   - "func(...) {" and "[]T {" in an if/for/switch header are a func
 *     literal and a composite literal, not the end of the header;
 *   - at the start of a statement inside a case clause, the error token
 *     belongs to the statement rather than to the clause list (6 states);
 *   - after an error in a list, the list's own closer is taken rather than
 *     ending the list without it (8 states). */
%expect 31

%token <tok> IDENT LITERAL
%token <tok> SHL SHR AND_NOT ASSIGN_OP LAND LOR ARROW INC DEC EQL NEQ LSS LEQ GTR GEQ DEFINE ELLIPSIS
%token <tok> BREAK CASE CHAN CONST CONTINUE DEFAULT DEFER ELSE FALLTHROUGH FOR FUNC GO GOTO IF
%token <tok> IMPORT INTERFACE MAP PACKAGE RANGE RETURN SELECT STRUCT SWITCH TYPE VAR
%token <tok> LBODY "{ (statement body)"
%token <tok> '+' '-' '*' '/' '%' '&' '|' '^' '=' '!' '(' '[' '{' ',' '.' ')' ']' '}' ';' ':' '~'

%type <tok> cmp_op add_op mul_op
%type <node> ntype ntype_np ntype_nb ntype_ns ntype_ns0 chan_elem ntype_lb struct_type interface_type signature_type
%type <node> field_decl embedded iface_elem union tterm tterm_first tconstraint tconstraint_first
%type <node> param_decl
%type <node> expr expr1 expr2 expr3 expr4 uexpr pexpr operand typelit funclit oexpr elem elem_val
%type <node> stmt simple_stmt osimple_stmt block if_stmt else_part switch_stmt select_stmt
%type <node> for_stmt for_header case_clause comm_clause labeled_stmt
%type <node> const_spec var_spec type_spec func_decl ofunc_body func_body
%type <node> slice_index oexpr_stmt
%type <list> expr_list ident_list elems elem_list params_body param_list result
%type <list> field_decls field_list iface_elems iface_list stmt_list case_clauses comm_clauses
%type <list> const_decl var_decl type_decl const_specs const_spec_list var_specs var_spec_list
%type <list> type_specs type_spec_list tparams tparam_list ftparams ftparam_list tnames

%%

file:
	package_clause ';'
|	package_clause ';' decls
	;

package_clause:
	PACKAGE IDENT	{ file->name = $2.lit; file->pos = @1; decl_kw = TK_PACKAGE; }
	;

/* Non-empty, so that the state right after the package clause can shift
 * `error` (with LAC an error is found before any empty reduction). After an
 * error, tokens are skipped up to the next declaration keyword, as in gc. */
decls:
	topdecl semi
|	error
|	decls topdecl semi
|	decls error
	;

/* After a syntax error bison stays quiet until three tokens have been
 * shifted; gc reports the next error as soon as it has skipped ahead. A
 * statement separator or a declaration keyword is such a point. */
semi:
	';'		{ yyerrok; }
	;

import_decl:
	kw_import import_spec
|	kw_import lp_group import_specs ')'
|	kw_import lp_group error skip ')'
|	kw_import lp_group error skip
	;

kw_import:
	IMPORT
		{
			yyerrok;
			decl_kw = TK_IMPORT;
			if (file->list2.len)
				diag_errorf(@1, "syntax error: non-declaration statement outside function body");
		}
	;

import_specs:
	%empty
|	import_spec_list osemi
	;

import_spec_list:
	import_spec
|	import_spec_list ';' import_spec
	;

import_spec:
	LITERAL		{ add_import((Tok){0}, @1, $1); }
|	IDENT LITERAL	{ add_import($1, @1, $2); }
|	'.' LITERAL	{ add_import((Tok){TK_IDENT, intern(".", 1), 0}, @1, $2); }
	;

topdecl:
	import_decl	{ last_func_bodyless = false; }
|	const_decl	{ add_decls($1); last_func_bodyless = false; }
|	var_decl	{ add_decls($1); last_func_bodyless = false; }
|	type_decl	{ add_decls($1); last_func_bodyless = false; }
|	func_decl	{ vec_push(&file->list2, $1); last_func_bodyless = $1->body == NULL; }
	;

/* After an error inside a list, skip to the bracket that closes it (or to an
 * enclosing closer, which the list then leaves alone), as gc's list() does. */
skip:
	%empty		{ if (lex_skip_list()) yyclearin; }
	;

osemi:
	%empty
|	';'
	;

/* ---------------- declarations ---------------- */

lp_group:
	'('		{ lex_frame_set(FR_GROUP, true); }
	;

const_decl:
	kw_const const_spec			{ $$ = vec1($2); consts_finish(&$$); }
|	kw_const lp_group const_specs ')'		{ $$ = $3; consts_finish(&$$); }
|	kw_const lp_group error skip ')'	{ $$ = (Vec){0}; }
|	kw_const lp_group error skip		{ $$ = (Vec){0}; }
	;

const_specs:
	%empty					{ $$ = (Vec){0}; }
|	const_spec_list osemi			{ $$ = $1; }
	;

const_spec_list:
	const_spec				{ $$ = vec1($1); }
|	const_spec_list ';' const_spec		{ $$ = vec_add($1, $3); }
	;

const_spec:
	ident_list				{ $$ = mkspec(N_CONSTSPEC, $1, NULL, (Vec){0}); }
|	ident_list ntype			{ $$ = mkspec(N_CONSTSPEC, $1, $2, (Vec){0}); }
|	ident_list '=' expr_list		{ $$ = mkspec(N_CONSTSPEC, $1, NULL, $3); }
|	ident_list ntype '=' expr_list		{ $$ = mkspec(N_CONSTSPEC, $1, $2, $4); }
	;

var_decl:
	kw_var var_spec				{ $$ = vec1($2); }
|	kw_var lp_group var_specs ')'		{ $$ = $3; }
|	kw_var lp_group error skip ')'		{ $$ = (Vec){0}; }
|	kw_var lp_group error skip		{ $$ = (Vec){0}; }
	;

var_specs:
	%empty					{ $$ = (Vec){0}; }
|	var_spec_list osemi			{ $$ = $1; }
	;

var_spec_list:
	var_spec				{ $$ = vec1($1); }
|	var_spec_list ';' var_spec		{ $$ = vec_add($1, $3); }
	;

var_spec:
	ident_list ntype			{ $$ = mkspec(N_VARSPEC, $1, $2, (Vec){0}); }
|	ident_list ntype '=' expr_list		{ $$ = mkspec(N_VARSPEC, $1, $2, $4); }
|	ident_list '=' expr_list		{ $$ = mkspec(N_VARSPEC, $1, NULL, $3); }
	;

type_decl:
	kw_type type_spec				{ $$ = vec1($2); }
|	kw_type lp_group type_specs ')'		{ $$ = $3; }
|	kw_type lp_group error skip ')'		{ $$ = (Vec){0}; }
|	kw_type lp_group error skip		{ $$ = (Vec){0}; }
	;

type_specs:
	%empty					{ $$ = (Vec){0}; }
|	type_spec_list osemi			{ $$ = $1; }
	;

type_spec_list:
	type_spec				{ $$ = vec1($1); }
|	type_spec_list ';' type_spec		{ $$ = vec_add($1, $3); }
	;

/* `type A [N]T` and `type L[T any] ...` share a prefix: the array forms are
 * spelled out so that after "[ name" the next token decides. */
type_spec:
	IDENT ntype_nb				{ $$ = mktypespec($1, @1, $2, false); }
|	IDENT '(' ntype ')'			{ $$ = mktypespec($1, @1, $3, false); }
|	IDENT '=' ntype				{ $$ = mktypespec($1, @1, $3, true); }
|	IDENT '[' ']' ntype
		{ Node *t = mk(N_ARRAYTYPE, @2); t->y = $4; $$ = mktypespec($1, @1, t, false); }
|	IDENT '[' ELLIPSIS ']' ntype
		{ Node *t = mk(N_ARRAYTYPE, @2); t->x = mk(N_ELLIPSIS, @3); t->y = $5;
		  $$ = mktypespec($1, @1, t, false); }
|	IDENT '[' expr ']' ntype
		{ Node *t = mk(N_ARRAYTYPE, @2); t->x = $3; t->y = $5; $$ = mktypespec($1, @1, t, false); }
|	IDENT tparams ntype			{ $$ = mktypespec($1, @1, $3, false); $$->tparams = $2; }
|	IDENT tparams '=' ntype
		{ diag_errorf(@1, "generic type cannot be alias"); $$ = mktypespec($1, @1, $4, true); }
	;

tparams:
	'[' tparam_list ']'			{ $$ = $2; }
|	'[' tparam_list ',' ']'			{ $$ = $2; }
	;

/* The first constraint term of a type declaration's list may not start with
 * '*', '(' or '[', which would make `type A [N * M]int` ambiguous. */
tparam_list:
	tnames tconstraint_first		{ $$ = $1; }
|	tparam_list ',' tnames tconstraint	{ $$ = $1; }
	;

ftparams:
	'[' ftparam_list ']'			{ $$ = $2; }
|	'[' ftparam_list ',' ']'		{ $$ = $2; }
	;

ftparam_list:
	tnames tconstraint			{ $$ = $1; }
|	ftparam_list ',' tnames tconstraint	{ $$ = $1; }
	;

tnames:
	IDENT					{ $$ = vec1(mkname($1, @1)); }
|	tnames ',' IDENT			{ $$ = vec_add($1, mkname($3, @3)); }
	;

tconstraint_first:
	tterm_first
|	tconstraint_first '|' tterm		{ $$ = mkbinary($2, @2, $1, $3); }
	;

tconstraint:
	tterm
|	tconstraint '|' tterm			{ $$ = mkbinary($2, @2, $1, $3); }
	;

tterm_first:
	ntype_ns
|	'~' ntype				{ $$ = mkunary($1, @1, $2); }
	;

tterm:
	ntype
|	'~' ntype				{ $$ = mkunary($1, @1, $2); }
	;

kw_const: CONST	{ yyerrok; decl_kw = TK_CONST; } ;
kw_var: VAR		{ yyerrok; decl_kw = TK_VAR; } ;
kw_type: TYPE		{ yyerrok; decl_kw = TK_TYPE; } ;
kw_func: FUNC		{ yyerrok; decl_kw = TK_FUNC; } ;

func_decl:
	kw_func IDENT signature_type ofunc_body
		{ $$ = mkfuncdecl(NULL, $2, @2, $3, $4); }
|	kw_func IDENT ftparams signature_type ofunc_body
		{ $$ = mkfuncdecl(NULL, $2, @2, $4, $5); $$->tparams = $3; }
|	kw_func lp_params params_body ')' IDENT ftparams signature_type ofunc_body
		{
			diag_errorf(@6, "syntax error: method must have no type parameters");
			$$ = mkfuncdecl(NULL, $5, @5, $7, $8);
		}
|	kw_func lp_params params_body ')' IDENT signature_type ofunc_body
		{
			Vec recv = params_finish($3);
			int n = 0;
			for (int i = 0; i < recv.len; i++) {
				Node *f = recv.data[i];
				n += f->list.len ? f->list.len : 1;
			}
			if (n == 0)
				diag_errorf(@5, "method has no receiver");
			else if (n > 1)
				diag_errorf(@5, "method has multiple receivers");
			Node *r = recv.len ? recv.data[0] : NULL;
			if (r && r->list.len > 1)
				r->list.len = 1;
			$$ = mkfuncdecl(r, $5, @5, $6, $7);
			$$->epos = @2;
		}
	;

ofunc_body:
	%empty					{ $$ = NULL; }
|	func_body
	;

func_body:
	lbrace_block stmt_list '}'		{ $$ = mkblock(@1, $2, @3); }
	;

/* ---------------- types ---------------- */

ntype:
	ntype_np
|	'(' ntype ')'				{ $$ = $2; }
	;

ntype_np:
	ntype_nb
|	ntype_lb
	;

ntype_nb:
	ntype_ns
|	'*' ntype				{ $$ = mk(N_STAR, @1); $$->x = $2; }
	;

ntype_lb:
	'[' ']' ntype				{ $$ = mk(N_ARRAYTYPE, @1); $$->y = $3; }
|	'[' ELLIPSIS ']' ntype			{ $$ = mk(N_ARRAYTYPE, @1); $$->x = mk(N_ELLIPSIS, @2); $$->y = $4; }
|	'[' expr_list ']' ntype
		{
			$$ = mk(N_ARRAYTYPE, @1);
			$$->x = $2.data[0];
			$$->y = $4;
			if ($2.len > 1)
				diag_errorf(((Node *)$2.data[1])->pos, "syntax error: unexpected comma; expecting ]");
		}
	;

/* Type names followed by '[' are instantiations: the arguments are parsed
 * as expressions, so "name [" can still turn out to be an array type. */
ntype_ns:
	IDENT					{ $$ = mkname($1, @1); }
|	IDENT '.' IDENT				{ $$ = mkselector(mkname($1, @1), @2, $3, @3); }
|	IDENT '[' expr_list ']'			{ $$ = mkinstance(mkname($1, @1), @2, $3); }
|	IDENT '[' expr_list ',' ']'		{ $$ = mkinstance(mkname($1, @1), @2, $3); }
|	IDENT '.' IDENT '[' expr_list ']'
		{ Node *s = mkselector(mkname($1, @1), @2, $3, @3); $$ = mkinstance(s, @4, $5); }
|	IDENT '.' IDENT '[' expr_list ',' ']'
		{ Node *s = mkselector(mkname($1, @1), @2, $3, @3); $$ = mkinstance(s, @4, $5); }
|	ARROW CHAN ntype			{ $$ = mk(N_CHANTYPE, @1); $$->op = CHAN_RECV; $$->y = $3; }
|	ntype_ns0
	;

/* Types not starting with "<-": a channel's element type, since in
 * "chan <-chan T" the arrow belongs to the leftmost chan. */
ntype_ns0:
	MAP '[' ntype ']' ntype			{ $$ = mk(N_MAPTYPE, @1); $$->x = $3; $$->y = $5; }
|	CHAN chan_elem				{ $$ = mk(N_CHANTYPE, @1); $$->op = CHAN_BOTH; $$->y = $2; }
|	CHAN ARROW ntype			{ $$ = mk(N_CHANTYPE, @1); $$->op = CHAN_SEND; $$->y = $3; }
|	FUNC signature_type			{ $$ = $2; }
|	struct_type
|	interface_type
	;

chan_elem:
	ntype_ns0
|	IDENT					{ $$ = mkname($1, @1); }
|	IDENT '.' IDENT				{ $$ = mkselector(mkname($1, @1), @2, $3, @3); }
|	IDENT '[' expr_list ']'			{ $$ = mkinstance(mkname($1, @1), @2, $3); }
|	IDENT '.' IDENT '[' expr_list ']'
		{ Node *s = mkselector(mkname($1, @1), @2, $3, @3); $$ = mkinstance(s, @4, $5); }
|	'*' ntype				{ $$ = mk(N_STAR, @1); $$->x = $2; }
|	ntype_lb
|	'(' ntype ')'				{ $$ = $2; }
	;

lp_params:
	'('		{ lex_frame_set(FR_PARAMS, true); }
	;

signature_type:
	lp_params params_body ')' result	{ $$ = mkfunctype(@1, params_finish($2), $4); }
|	lp_params error skip ')' result	{ $$ = mkfunctype(@1, (Vec){0}, $5); }
|	lp_params error skip			{ $$ = mkfunctype(@1, (Vec){0}, (Vec){0}); }
	;

result:
	%empty					{ $$ = (Vec){0}; }
|	ntype_np				{ $$ = vec1(mkfield(NULL, $1)); }
|	lp_params params_body ')'		{ $$ = params_finish($2); }
|	lp_params error skip ')'		{ $$ = (Vec){0}; }
|	lp_params error skip			{ $$ = (Vec){0}; }
	;

params_body:
	%empty					{ $$ = (Vec){0}; }
|	param_list
|	param_list ','
	;

param_list:
	param_decl				{ $$ = vec1($1); }
|	param_list ',' param_decl		{ $$ = vec_add($1, $3); }
	;

/* "[name] type": a lone name is kept as a type here; params_finish decides. */
param_decl:
	ntype					{ $$ = mkfield(NULL, $1); }
|	IDENT ntype				{ $$ = mkfield(mkname($1, @1), $2); }
|	IDENT ELLIPSIS ntype			{ $$ = mkfield(mkname($1, @1), mkellipsis(@2, $3)); }
|	ELLIPSIS ntype				{ $$ = mkfield(NULL, mkellipsis(@1, $2)); }
	;

struct_type:
	STRUCT '{' field_decls '}'		{ $$ = mk(N_STRUCTTYPE, @1); $$->list = $3; }
|	STRUCT '{' error skip '}'		{ $$ = mk(N_STRUCTTYPE, @1); }
|	STRUCT '{' error skip			{ $$ = mk(N_STRUCTTYPE, @1); }
	;

field_decls:
	%empty					{ $$ = (Vec){0}; }
|	field_list
|	field_list ';'
	;

field_list:
	field_decl				{ $$ = vec1($1); }
|	field_list ';' field_decl		{ $$ = vec_add($1, $3); }
	;

field_decl:
	IDENT ntype				{ $$ = mkfield(mkname($1, @1), $2); }
|	IDENT ntype LITERAL			{ $$ = mkfield(mkname($1, @1), $2); $$->lit = $3.lit; }
|	IDENT ',' ident_list ntype
		{ $$ = mkfield(mkname($1, @1), $4); for (int i = 0; i < $3.len; i++) vec_push(&$$->list, $3.data[i]); }
|	IDENT ',' ident_list ntype LITERAL
		{ $$ = mkfield(mkname($1, @1), $4); for (int i = 0; i < $3.len; i++) vec_push(&$$->list, $3.data[i]);
		  $$->lit = $5.lit; }
|	embedded				{ $$ = mkfield(NULL, $1); }
|	embedded LITERAL			{ $$ = mkfield(NULL, $1); $$->lit = $2.lit; }
	;

embedded:
	IDENT					{ $$ = mkname($1, @1); }
|	IDENT '.' IDENT				{ $$ = mkselector(mkname($1, @1), @2, $3, @3); }
|	IDENT '[' expr_list ']'			{ $$ = mkinstance(mkname($1, @1), @2, $3); }
|	IDENT '.' IDENT '[' expr_list ']'
		{ Node *s = mkselector(mkname($1, @1), @2, $3, @3); $$ = mkinstance(s, @4, $5); }
|	'*' IDENT				{ $$ = mk(N_STAR, @1); $$->x = mkname($2, @2); }
|	'*' IDENT '.' IDENT
		{ Node *s = mkselector(mkname($2, @2), @3, $4, @4); $$ = mk(N_STAR, @1); $$->x = s; }
|	'*' IDENT '[' expr_list ']'
		{ $$ = mk(N_STAR, @1); $$->x = mkinstance(mkname($2, @2), @3, $4); }
|	'*' IDENT '.' IDENT '[' expr_list ']'
		{ Node *s = mkselector(mkname($2, @2), @3, $4, @4);
		  $$ = mk(N_STAR, @1); $$->x = mkinstance(s, @5, $6); }
|	'(' ntype ')'
		{ diag_errorf(@1, "syntax error: cannot parenthesize embedded type"); $$ = $2; }
|	'*' '(' ntype ')'
		{ diag_errorf(@2, "syntax error: cannot parenthesize embedded type"); $$ = mk(N_STAR, @1); $$->x = $3; }
	;

interface_type:
	INTERFACE '{' iface_elems '}'		{ $$ = mk(N_INTERFACETYPE, @1); $$->list = $3; }
|	INTERFACE '{' error skip '}'		{ $$ = mk(N_INTERFACETYPE, @1); }
|	INTERFACE '{' error skip		{ $$ = mk(N_INTERFACETYPE, @1); }
	;

iface_elems:
	%empty					{ $$ = (Vec){0}; }
|	iface_list
|	iface_list ';'
	;

iface_list:
	iface_elem				{ $$ = vec1($1); }
|	iface_list ';' iface_elem		{ $$ = vec_add($1, $3); }
	;

iface_elem:
	IDENT signature_type			{ $$ = mkfield(mkname($1, @1), $2); }
|	union					{ $$ = mkfield(NULL, $1); }
	;

/* Type sets (~T, A | B) are legal in interfaces used as constraints; they
 * stay in the tree as unary ~ and binary | for the checker to judge. */
union:
	tterm
|	union '|' tterm				{ $$ = mkbinary($2, @2, $1, $3); }
	;

/* ---------------- statements ---------------- */

lbrace_block:
	'{'		{ lex_frame_set(FR_BLOCK, true); }
	;

lbody_block:
	LBODY		{ lex_frame_set(FR_BLOCK, false); }
	;

lbody_switch:
	LBODY		{ lex_frame_set(FR_SWITCH, false); }
	;

lbrace_switch:
	'{'		{ lex_frame_set(FR_SWITCH, true); }
	;

stmt_list:
	stmt					{ $$ = (Vec){0}; if ($1) vec_push(&$$, $1); }
|	stmt_list semi stmt			{ $$ = $1; if ($3) vec_push(&$$, $3); }
	;

stmt:
	%empty					{ $$ = NULL; }
|	simple_stmt
|	const_decl				{ $$ = mkdeclstmt(@1, $1); }
|	var_decl				{ $$ = mkdeclstmt(@1, $1); }
|	type_decl				{ $$ = mkdeclstmt(@1, $1); }
|	labeled_stmt
|	GO pexpr				{ $$ = mkgo($1, @1, $2); }
|	DEFER pexpr				{ $$ = mkgo($1, @1, $2); }
|	RETURN					{ $$ = mk(N_RETURN, @1); }
|	RETURN expr_list			{ $$ = mk(N_RETURN, @1); $$->list = $2; }
|	BREAK					{ $$ = mk(N_BRANCH, @1); $$->op = TK_BREAK; }
|	BREAK IDENT				{ $$ = mk(N_BRANCH, @1); $$->op = TK_BREAK; $$->name = $2.lit; }
|	CONTINUE				{ $$ = mk(N_BRANCH, @1); $$->op = TK_CONTINUE; }
|	CONTINUE IDENT				{ $$ = mk(N_BRANCH, @1); $$->op = TK_CONTINUE; $$->name = $2.lit; }
|	GOTO IDENT				{ $$ = mk(N_BRANCH, @1); $$->op = TK_GOTO; $$->name = $2.lit; }
|	FALLTHROUGH				{ $$ = mk(N_BRANCH, @1); $$->op = TK_FALLTHROUGH; }
|	block
|	if_stmt
|	switch_stmt
|	select_stmt
|	for_stmt
|	error					{ $$ = mk(N_BAD, @1); }
	/* a bad statement head followed by a block, e.g. "else {" on a new
	 * line or a broken if header: skip the head, keep the block */
|	error block				{ $$ = $2; }
|	error lbody_block stmt_list '}'		{ $$ = mkblock(@2, $3, @4); }
	;

labeled_stmt:
	IDENT ':' stmt
		{
			$$ = mk(N_LABELED, @1);
			$$->name = $1.lit;
			$$->body = $3 ? $3 : mk(N_EMPTY, @2);
			if (!$3 && lex.kind != TK_RBRACE && lex.kind != TK_SEMICOLON)
				diag_errorf(@2, "syntax error: missing statement after label");
		}
	;

block:
	lbrace_block stmt_list '}'		{ $$ = mkblock(@1, $2, @3); }
	;

simple_stmt:
	expr					{ $$ = mk(N_EXPRSTMT, $1->pos); $$->x = $1; }
|	expr ARROW expr				{ $$ = mk(N_SEND, @2); $$->x = $1; $$->y = $3; }
|	expr INC				{ $$ = mk(N_INCDEC, @2); $$->op = TK_INC; $$->x = $1; }
|	expr DEC				{ $$ = mk(N_INCDEC, @2); $$->op = TK_DEC; $$->x = $1; }
|	expr ASSIGN_OP expr			{ $$ = mkassign($2, @2, vec1($1), vec1($3)); }
|	expr_list '=' expr_list			{ $$ = mkassign($2, @2, $1, $3); }
|	expr_list DEFINE expr_list		{ $$ = mkassign($2, @2, $1, $3); }
	;

osimple_stmt:
	%empty					{ $$ = NULL; }
|	simple_stmt
|	VAR var_spec
		{
			diag_errorf($2->pos, "syntax error: var declaration not allowed in %s initializer", tok_text[lex.header_kw ? lex.header_kw : TK_IF]);
			$$ = mkdeclstmt(@1, vec1($2));
		}
	;

if_stmt:
	IF osimple_stmt lbody_block stmt_list '}' else_part
		{ $$ = mkif(@1, NULL, header_cond($2), (Tok){0}, @1, mkblock(@3, $4, @5), $6);
		  if (!$2) diag_errorf(@3, "syntax error: missing condition in if statement"); }
|	IF osimple_stmt ';' osimple_stmt lbody_block stmt_list '}' else_part
		{ $$ = mkif(@1, $2, $4, $3, @3, mkblock(@5, $6, @7), $8); }
	;

else_part:
	%empty					{ $$ = NULL; }
|	ELSE if_stmt				{ $$ = $2; }
|	ELSE block				{ $$ = $2; }
	;

switch_stmt:
	SWITCH osimple_stmt lbody_switch case_clauses '}'
		{ $$ = mkswitch(@1, NULL, $2, $4, @5); }
|	SWITCH osimple_stmt ';' osimple_stmt lbody_switch case_clauses '}'
		{ $$ = mkswitch(@1, $2, $4, $6, @7); }
	/* switch x\n{ is switch x; { — the newline ended the header */
|	SWITCH osimple_stmt ';' lbrace_switch case_clauses '}'
		{ $$ = mkswitch(@1, $2, NULL, $5, @6); }
	;

case_clauses:
	%empty					{ $$ = (Vec){0}; }
|	case_clauses case_clause		{ $$ = vec_add($1, $2); }
|	case_clauses error			{ $$ = $1; }
	;

case_clause:
	CASE expr_list ':' stmt_list		{ $$ = mk(N_CASE, @1); $$->list = $2; $$->list2 = $4; clause_end(); }
|	DEFAULT ':' stmt_list			{ $$ = mk(N_CASE, @1); $$->list2 = $3; clause_end(); }
	;

select_stmt:
	SELECT lbrace_switch comm_clauses '}'
		{ $$ = mk(N_SELECT, @1); $$->list = $3; $$->epos = @4; }
	;

comm_clauses:
	%empty					{ $$ = (Vec){0}; }
|	comm_clauses comm_clause		{ $$ = vec_add($1, $2); }
|	comm_clauses error			{ $$ = $1; }
	;

comm_clause:
	CASE simple_stmt ':' stmt_list		{ $$ = mk(N_COMMCLAUSE, @1); $$->x = $2; $$->list2 = $4; clause_end(); }
|	DEFAULT ':' stmt_list			{ $$ = mk(N_COMMCLAUSE, @1); $$->list2 = $3; clause_end(); }
	;

for_stmt:
	FOR lbody_block stmt_list '}'		{ $$ = mkfor(@1, NULL, NULL, NULL, mkblock(@2, $3, @4)); }
|	FOR for_header lbody_block stmt_list '}'
		{ $$ = $2; if ($$->kind == N_RANGE) $$->epos = $$->pos; $$->pos = @1; $$->body = mkblock(@3, $4, @5); }
	;

for_header:
	simple_stmt				{ $$ = mkfor(@1, NULL, header_cond($1), NULL, NULL); }
|	osimple_stmt ';' oexpr_stmt ';' osimple_stmt
		{
			$$ = mkfor(@1, $1, header_cond($3), $5, NULL);
			if ($5 && $5->kind == N_ASSIGN && $5->op == TK_DEFINE)
				diag_errorf($5->pos, "syntax error: cannot declare in post statement of for loop");
		}
|	RANGE expr				{ $$ = mkrange(@1, (Vec){0}, 0, $2, NULL); }
|	expr_list '=' RANGE expr		{ $$ = mkrange(@3, $1, TK_ASSIGN, $4, NULL); }
|	expr_list DEFINE RANGE expr		{ $$ = mkrange(@3, $1, TK_DEFINE, $4, NULL); }
	;

/* the condition of a three-clause for: a statement so gc's
 * "cannot use ... as value" can be reported */
oexpr_stmt:
	%empty					{ $$ = NULL; }
|	simple_stmt
	;

/* ---------------- expressions ---------------- */

expr_list:
	expr					{ $$ = vec1($1); }
|	expr_list ',' expr			{ $$ = vec_add($1, $3); }
	;

ident_list:
	IDENT					{ $$ = vec1(mkname($1, @1)); }
|	ident_list ',' IDENT			{ $$ = vec_add($1, mkname($3, @3)); }
	;

oexpr:
	%empty					{ $$ = NULL; }
|	expr
	;

expr:
	expr1
|	expr LOR expr1				{ $$ = mkbinary($2, @2, $1, $3); }
	;

expr1:
	expr2
|	expr1 LAND expr2			{ $$ = mkbinary($2, @2, $1, $3); }
	;

expr2:
	expr3
|	expr2 cmp_op expr3			{ $$ = mkbinary($2, @2, $1, $3); }
	;

expr3:
	expr4
|	expr3 add_op expr4			{ $$ = mkbinary($2, @2, $1, $3); }
	;

expr4:
	uexpr
|	expr4 mul_op uexpr			{ $$ = mkbinary($2, @2, $1, $3); }
	;

cmp_op: EQL | NEQ | LSS | LEQ | GTR | GEQ ;
add_op: '+' | '-' | '|' | '^' ;
mul_op: '*' | '/' | '%' | '&' | SHL | SHR | AND_NOT ;

uexpr:
	pexpr
|	'*' uexpr				{ $$ = mk(N_STAR, @1); $$->x = $2; }
|	'&' uexpr				{ $$ = mkunary($1, @1, $2); }
|	'+' uexpr				{ $$ = mkunary($1, @1, $2); }
|	'-' uexpr				{ $$ = mkunary($1, @1, $2); }
|	'!' uexpr				{ $$ = mkunary($1, @1, $2); }
|	'^' uexpr				{ $$ = mkunary($1, @1, $2); }
|	'~' uexpr				{ $$ = mkunary($1, @1, $2); } /* the checker rejects it */
|	ARROW uexpr				{ $$ = mkrecv(@1, $2); }
	;

lp_args:
	'('		{ lex_frame_set(FR_ARGS, true); }
	;

lbrace_lit:
	'{'		{ lex_frame_set(FR_COMPLIT, true); }
	;

/* '{' after an expression: a composite literal if the expression can be its
 * type; else gc ends the expression there, and so does its message. */
lbrace_complit:
	'{'		{ lex_frame_set(FR_COMPLIT, true); complit_check($<node>0, @1); }
	;

lbody_lit:
	LBODY		{ lex_frame_set(FR_COMPLIT, true); }
	;

lbody_func:
	LBODY		{ lex_frame_set(FR_BLOCK, true); }
	;

pexpr:
	operand
|	pexpr '.' IDENT				{ $$ = mkselector($1, @2, $3, @3); }
|	pexpr '.' '(' ntype ')'			{ $$ = mk(N_TYPEASSERT, @2); $$->x = $1; $$->y = $4; }
|	pexpr '.' '(' TYPE ')'			{ $$ = mk(N_TYPEASSERT, @2); $$->x = $1; }
|	pexpr '[' expr_list ']'
		{
			if ($3.len == 1) {
				$$ = mk(N_INDEX, @2);
				$$->x = $1;
				$$->y = $3.data[0];
			} else {
				$$ = mkinstance($1, @2, $3);
			}
		}
|	pexpr '[' expr_list ',' ']'		{ $$ = mkinstance($1, @2, $3); }
|	pexpr '[' slice_index ']'
		{
			$$ = $3;
			$$->pos = @2;
			$$->x = $1;
			$$->epos = @4;
			if ($$->slice3 && !$$->w)
				diag_errorf(@4, "final index required in 3-index slice");
		}
|	pexpr '[' ']'
		{ diag_errorf(@3, "syntax error: unexpected ], expecting operand"); $$ = mk(N_INDEX, @2); $$->x = $1; $$->y = mk(N_BAD, @3); }
|	pexpr lp_args ')'			{ $$ = mkcall($1, @2, (Vec){0}, false); $$->epos = @3; }
|	pexpr lp_args expr_list ')'		{ $$ = mkcall($1, @2, $3, false); $$->epos = @4; }
|	pexpr lp_args expr_list ',' ')'		{ $$ = mkcall($1, @2, $3, false); $$->epos = @5; }
|	pexpr lp_args expr_list ELLIPSIS ')'	{ $$ = mkcall($1, @2, $3, true); $$->epos = @5; }
|	pexpr lp_args expr_list ELLIPSIS ',' ')' { $$ = mkcall($1, @2, $3, true); $$->epos = @6; }
|	pexpr lp_args error skip ')'		{ $$ = mkcall($1, @2, (Vec){0}, false); $$->epos = @5; }
|	pexpr lp_args error skip		{ $$ = mkcall($1, @2, (Vec){0}, false); }
|	pexpr lbrace_complit elems '}'		{ $$ = mkcomplit($1, @2, $3); $$->epos = @4; }
|	pexpr lbrace_complit error skip '}'	{ $$ = mkcomplit($1, @2, (Vec){0}); $$->epos = @5; }
|	pexpr lbrace_complit error skip		{ $$ = mkcomplit($1, @2, (Vec){0}); }
	;

slice_index:
	oexpr ':' oexpr
		{ $$ = mk(N_SLICEEXPR, @2); $$->y = $1; $$->z = $3; }
|	oexpr ':' oexpr ':' oexpr
		{
			$$ = mk(N_SLICEEXPR, @2);
			$$->y = $1;
			$$->z = $3;
			$$->w = $5;
			$$->slice3 = true;
			if (!$3)
				diag_errorf(@4, "middle index required in 3-index slice");
		}
	;

operand:
	LITERAL					{ $$ = mk(N_BASICLIT, @1); $$->op = $1.kind; $$->lit = $1.lit; }
|	IDENT					{ $$ = mkname($1, @1); }
|	'(' expr ')'				{ $$ = mk(N_PAREN, @1); $$->x = $2; }
|	FUNC signature_type			{ $$ = $2; }
|	funclit
|	typelit
|	typelit lbody_lit elems '}'		{ $$ = mkcomplit($1, @2, $3); $$->epos = @4; }
|	typelit lbody_lit error skip '}'	{ $$ = mkcomplit($1, @2, (Vec){0}); $$->epos = @5; }
|	typelit lbody_lit error skip		{ $$ = mkcomplit($1, @2, (Vec){0}); }
|	CHAN chan_elem				{ $$ = mk(N_CHANTYPE, @1); $$->op = CHAN_BOTH; $$->y = $2; }
|	CHAN ARROW ntype			{ $$ = mk(N_CHANTYPE, @1); $$->op = CHAN_SEND; $$->y = $3; }
|	interface_type
	;

funclit:
	FUNC signature_type lbrace_block stmt_list '}'
		{ $$ = mk(N_FUNCLIT, @1); $$->x = $2; $$->body = mkblock(@3, $4, @5); }
|	FUNC signature_type lbody_func stmt_list '}'
		{ $$ = mk(N_FUNCLIT, @1); $$->x = $2; $$->body = mkblock(@3, $4, @5); }
	;

/* type literals that may introduce a composite literal */
typelit:
	'[' ']' ntype				{ $$ = mk(N_ARRAYTYPE, @1); $$->y = $3; }
|	'[' ELLIPSIS ']' ntype			{ $$ = mk(N_ARRAYTYPE, @1); $$->x = mk(N_ELLIPSIS, @2); $$->y = $4; }
|	'[' expr_list ']' ntype
		{
			$$ = mk(N_ARRAYTYPE, @1);
			$$->x = $2.data[0];
			$$->y = $4;
			if ($2.len > 1)
				diag_errorf(((Node *)$2.data[1])->pos, "syntax error: unexpected comma; expecting ]");
		}
|	MAP '[' ntype ']' ntype			{ $$ = mk(N_MAPTYPE, @1); $$->x = $3; $$->y = $5; }
|	struct_type
	;

elems:
	%empty					{ $$ = (Vec){0}; }
|	elem_list
|	elem_list ','
	;

elem_list:
	elem					{ $$ = vec1($1); }
|	elem_list ',' elem			{ $$ = vec_add($1, $3); }
	;

elem:
	elem_val
|	elem_val ':' elem_val			{ $$ = mk(N_KEYVALUE, @2); $$->x = $1; $$->y = $3; }
	;

elem_val:
	expr
|	lbrace_lit elems '}'			{ $$ = mkcomplit(NULL, @1, $2); $$->epos = @3; }
|	lbrace_lit error skip '}'		{ $$ = mkcomplit(NULL, @1, (Vec){0}); $$->epos = @4; }
|	lbrace_lit error skip			{ $$ = mkcomplit(NULL, @1, (Vec){0}); }
	;

%%

/* ---------------- building nodes ---------------- */

static Node *mkname(Tok t, Pos p) {
	Node *n = mk(N_NAME, p);
	n->name = t.lit ? t.lit : intern("_", 1);
	n->is_blank = strcmp(n->name, "_") == 0;
	return n;
}

static Node *mkbinary(Tok op, Pos p, Node *x, Node *y) {
	Node *n = mk(N_BINARY, p);
	n->op = op.kind;
	n->x = x;
	n->y = y;
	return n;
}

static Node *mkunary(Tok op, Pos p, Node *x) {
	Node *n = mk(N_UNARY, p);
	n->op = op.kind;
	/* &(T{}) is &T{}: gc drops the parentheses */
	n->x = op.kind == TK_AND ? unparen(x) : x;
	return n;
}

/* <-x, or a channel type: "<-chan T" is parsed as <- applied to "chan T"
 * and re-associated, as gc does: <-(chan E) is <-chan E and <-(chan<- E)
 * is <-chan (<-E). */
static Node *mkrecv(Pos p, Node *x) {
	if (x->kind != N_CHANTYPE) {
		Node *n = mk(N_UNARY, p);
		n->op = TK_ARROW;
		n->x = x;
		return n;
	}
	int dir = CHAN_SEND;
	Node *t = x;
	while (dir == CHAN_SEND && t && t->kind == N_CHANTYPE) {
		dir = t->op;
		if (dir == CHAN_RECV)
			diag_errorf(lex.pos, "syntax error: unexpected <-, expecting chan");
		t->op = CHAN_RECV;
		t = t->y;
	}
	if (dir == CHAN_SEND)
		diag_errorf(lex.pos, "syntax error: unexpected %s, expecting chan",
		            t && t->kind == N_NAME ? t->name : "type");
	x->pos = p;
	return x;
}

/* x.name: at the '.', as in gc; epos is the name's position (gc's Sel). */
static Node *mkselector(Node *x, Pos dot, Tok name, Pos namepos) {
	Node *n = mk(N_SELECTOR, dot);
	n->x = x;
	n->name = name.lit;
	n->epos = namepos;
	return n;
}

static Node *mkcall(Node *fn, Pos p, Vec args, bool dots) {
	Node *n = mk(N_CALL, p);
	n->x = fn;
	n->list = args;
	n->has_dots = dots;
	return n;
}

static bool is_value(Node *x);

static Node *mkcomplit(Node *type, Pos p, Vec elems) {
	Node *n = mk(N_COMPOSITE, p);
	n->x = type;
	n->list = elems;
	return n;
}

static void context_error(Pos p, const char *t);

/* gc accepts a composite literal after a name, a selector, a non-value index
 * expression (a generic type) or a literal type; after anything else the
 * '{' ends the expression, and gc's message is the one for whatever could
 * not follow it there. */
static void complit_check(Node *type, Pos p) {
	Node *t = unparen(type);
	bool ok = false;
	switch (t ? t->kind : N_BAD) {
	case N_NAME:
	case N_SELECTOR:
	case N_ARRAYTYPE:
	case N_MAPTYPE:
	case N_STRUCTTYPE:
		ok = true;
		break;
	case N_INDEX:
		ok = !is_value(t);
		break;
	default:
		break;
	}
	if (!ok)
		context_error(p, "{");
	else if (t != type)
		diag_errorf(p, "syntax error: cannot parenthesize type in composite literal");
}

static bool is_value(Node *x) {
	switch (x->kind) {
	case N_BASICLIT: case N_COMPOSITE: case N_FUNCLIT: case N_SLICEEXPR:
	case N_TYPEASSERT: case N_CALL: case N_UNARY: case N_BINARY:
		return true;
	case N_PAREN:
		return is_value(x->x);
	case N_INDEX:
		return is_value(x->x) || (x->y && is_value(x->y));
	default:
		return false;
	}
}

static Node *mkfunctype(Pos p, Vec params, Vec results) {
	Node *n = mk(N_FUNCTYPE, p);
	n->list = params;
	n->list2 = results;
	return n;
}

static Node *mkfield(Node *name, Node *type) {
	Node *n = mk(N_FIELD, name ? name->pos : type ? node_start_pos(type) : (Pos){0});
	if (name)
		vec_push(&n->list, name);
	n->x = type;
	return n;
}

static Node *mkellipsis(Pos p, Node *type) {
	Node *n = mk(N_ELLIPSIS, p);
	n->x = type;
	return n;
}

/* T[A, B]: generic instantiation. Kept as an index expression on the first
 * argument so later passes see a well-formed tree; list has the others.
 * The checker reports it (generics are not supported yet). */
static Node *mkinstance(Node *type, Pos p, Vec args) {
	Node *n = mk(N_INDEX, p);
	n->x = type;
	n->y = args.len ? args.data[0] : mk(N_BAD, p);
	for (int i = 1; i < args.len; i++)
		vec_push(&n->list, args.data[i]);
	n->is_instance = true;
	return n;
}

/* gc's paramList: either every parameter has a name or none has. A lone name
 * was parsed as a type; if some other parameter is named, lone names are
 * names whose type comes from the next typed parameter to the right.
 * Consecutive parameters sharing a type become one N_FIELD. */
static Vec params_finish(Vec items) {
	int named = 0;
	for (int i = 0; i < items.len; i++) {
		Node *f = items.data[i];
		if (f->list.len)
			named++;
	}
	Vec out = {0};
	if (named == 0) {
		for (int i = 0; i < items.len; i++)
			vec_push(&out, items.data[i]);
		return out;
	}
	/* from the right: a lone name takes the type to its right */
	Node *type = NULL;
	Pos errpos = {0};
	for (int i = items.len - 1; i >= 0; i--) {
		Node *f = items.data[i];
		if (f->list.len) {
			type = f->x;
		} else if (f->x && f->x->kind == N_NAME && type) {
			vec_push(&f->list, f->x);
			f->x = type;
		} else if (f->x && f->x->kind == N_NAME) {
			/* a name with no type after it */
			errpos = f->x->pos;
			vec_push(&f->list, f->x);
			f->x = mk(N_BAD, f->x->pos);
		} else {
			/* a type with no name among named parameters */
			errpos = node_start_pos(f->x);
			Tok blank = {TK_IDENT, intern("_", 1)};
			vec_push(&f->list, mkname(blank, errpos));
			type = f->x;
		}
	}
	if (errpos.line)
		diag_errorf(errpos, "syntax error: mixed named and unnamed parameters");
	/* group names sharing one type node */
	for (int i = 0; i < items.len; i++) {
		Node *f = items.data[i];
		Node *last = out.len ? VEC_LAST(out) : NULL;
		if (last && last->x == f->x && f->x && f->x->kind != N_BAD)
			vec_push(&last->list, f->list.data[0]);
		else
			vec_push(&out, f);
	}
	return out;
}

/* Positioned at its name, where gc reports redeclarations. */
static Node *mkfuncdecl(Node *recv, Tok name, Pos namepos, Node *type, Node *body) {
	Node *n = mk(N_FUNCDECL, namepos);
	n->name = name.lit;
	n->recv = recv;
	n->x = type;
	n->body = body;
	return n;
}

static Node *mkblock(Pos p, Vec stmts, Pos end) {
	Node *n = mk(N_BLOCK, p);
	n->list = stmts;
	n->epos = end;
	return n;
}

static Node *mkspec(NodeKind k, Vec names, Node *type, Vec values) {
	Node *n = mk(k, ((Node *)names.data[0])->pos);
	n->list = names;
	n->x = type;
	n->list2 = values;
	return n;
}

static Node *mktypespec(Tok name, Pos p, Node *type, bool alias) {
	Node *n = mk(N_TYPESPEC, p);
	n->name = name.lit;
	n->x = type;
	n->is_alias = alias;
	return n;
}

/* A deep copy for implicitly repeated constant expressions: each spec must
 * own its nodes because the checker annotates them in place. */
static Node *copy_tree(Node *n) {
	if (!n)
		return NULL;
	Node *c = mk(n->kind, n->pos);
	*c = *n;
	c->x = copy_tree(n->x);
	c->y = copy_tree(n->y);
	c->z = copy_tree(n->z);
	c->w = copy_tree(n->w);
	c->init = copy_tree(n->init);
	c->cond = copy_tree(n->cond);
	c->post = copy_tree(n->post);
	c->body = copy_tree(n->body);
	c->els = copy_tree(n->els);
	c->recv = copy_tree(n->recv);
	c->list = (Vec){0};
	for (int i = 0; i < n->list.len; i++)
		vec_push(&c->list, copy_tree(n->list.data[i]));
	c->list2 = (Vec){0};
	for (int i = 0; i < n->list2.len; i++)
		vec_push(&c->list2, copy_tree(n->list2.data[i]));
	return c;
}

/* iota is the index of the spec in its group; a spec with neither type nor
 * values repeats the last one that had either (go/types' "last" rule). */
static void consts_finish(Vec *specs) {
	Node *last = NULL;
	for (int i = 0; i < specs->len; i++) {
		Node *s = specs->data[i];
		s->iota = i;
		if (s->x || s->list2.len) {
			last = s;
		} else if (last) {
			s->x = copy_tree(last->x);
			for (int j = 0; j < last->list2.len; j++)
				vec_push(&s->list2, copy_tree(last->list2.data[j]));
			s->implicit = true;
		}
	}
}

static void add_decls(Vec specs) {
	for (int i = 0; i < specs.len; i++)
		vec_push(&file->list2, specs.data[i]);
}

static Node *mkdeclstmt(Pos p, Vec specs) {
	Node *n = mk(N_DECLSTMT, p);
	n->list = specs;
	return n;
}

static void add_import(Tok name, Pos p, Tok path) {
	Node *n = mk(N_IMPORT, p);
	n->name = name.lit;
	n->lit = path.lit; /* the literal as written, quotes included: the checker decodes it */
	if (path.kind != TK_STRING) /* gc reports it where the next token starts */
		diag_errorf(lex_pos_after(path.off, strlen(path.lit)), "syntax error: import path must be a string");
	vec_push(&file->list, n);
}

/* A tiny printer for "cannot use ... as value" (gc's syntax.String). */
static void expr_string(StrBuf *b, Node *n, int depth) {
	if (!n || depth > 20) {
		sb_puts(b, "…");
		return;
	}
	switch (n->kind) {
	case N_NAME:
		sb_puts(b, n->name);
		break;
	case N_BASICLIT:
		sb_puts(b, n->lit);
		break;
	case N_PAREN:
		sb_putc(b, '(');
		expr_string(b, n->x, depth + 1);
		sb_putc(b, ')');
		break;
	case N_SELECTOR:
		expr_string(b, n->x, depth + 1);
		sb_printf(b, ".%s", n->name);
		break;
	case N_INDEX:
		expr_string(b, n->x, depth + 1);
		sb_putc(b, '[');
		expr_string(b, n->y, depth + 1);
		sb_putc(b, ']');
		break;
	case N_TYPEASSERT:
		expr_string(b, n->x, depth + 1);
		sb_puts(b, ".(");
		if (n->y)
			expr_string(b, n->y, depth + 1);
		else
			sb_puts(b, "type");
		sb_putc(b, ')');
		break;
	case N_CALL:
		expr_string(b, n->x, depth + 1);
		sb_putc(b, '(');
		for (int i = 0; i < n->list.len; i++) {
			if (i)
				sb_puts(b, ", ");
			expr_string(b, n->list.data[i], depth + 1);
		}
		if (n->has_dots)
			sb_puts(b, "...");
		sb_putc(b, ')');
		break;
	case N_STAR:
		sb_putc(b, '*');
		expr_string(b, n->x, depth + 1);
		break;
	case N_UNARY:
		sb_puts(b, tok_text[n->op]);
		expr_string(b, n->x, depth + 1);
		break;
	case N_BINARY:
		expr_string(b, n->x, depth + 1);
		sb_printf(b, " %s ", tok_text[n->op]);
		expr_string(b, n->y, depth + 1);
		break;
	case N_COMPOSITE:
		expr_string(b, n->x, depth + 1);
		sb_puts(b, "{…}");
		break;
	case N_FUNCLIT:
		sb_puts(b, "func(…) {…}");
		break;
	case N_INTERFACETYPE:
		sb_puts(b, n->list.len ? "interface{…}" : "interface{}");
		break;
	case N_STRUCTTYPE:
		sb_puts(b, n->list.len ? "struct{…}" : "struct{}");
		break;
	case N_ARRAYTYPE:
		sb_putc(b, '[');
		if (n->x)
			expr_string(b, n->x, depth + 1);
		sb_putc(b, ']');
		expr_string(b, n->y, depth + 1);
		break;
	case N_MAPTYPE:
		sb_puts(b, "map[");
		expr_string(b, n->x, depth + 1);
		sb_putc(b, ']');
		expr_string(b, n->y, depth + 1);
		break;
	case N_CHANTYPE:
		sb_puts(b, n->op == CHAN_RECV ? "<-chan " : n->op == CHAN_SEND ? "chan<- " : "chan ");
		expr_string(b, n->y, depth + 1);
		break;
	case N_FUNCTYPE:
		sb_puts(b, "func(…)");
		break;
	case N_ELLIPSIS:
		sb_puts(b, "...");
		expr_string(b, n->x, depth + 1);
		break;
	case N_KEYVALUE:
		expr_string(b, n->x, depth + 1);
		sb_puts(b, ": ");
		expr_string(b, n->y, depth + 1);
		break;
	default:
		sb_puts(b, "…");
	}
}

static void list_string(StrBuf *b, Vec *v) {
	for (int i = 0; i < v->len; i++) {
		if (i)
			sb_puts(b, ", ");
		expr_string(b, v->data[i], 0);
	}
}

/* An if/for/switch condition must be an expression; gc explains what it
 * got instead, with '=' spelled out because it is the usual typo for '=='. */
static Node *header_cond(Node *s) {
	if (!s)
		return NULL;
	if (s->kind == N_EXPRSTMT)
		return s->x;
	if (s->kind == N_BAD)
		return s;
	StrBuf b = {0};
	if (s->kind == N_ASSIGN && s->op == TK_ASSIGN) {
		sb_puts(&b, "assignment (");
		list_string(&b, &s->list);
		sb_puts(&b, ") = (");
		list_string(&b, &s->list2);
		sb_puts(&b, ")");
	} else if (s->kind == N_ASSIGN) {
		list_string(&b, &s->list);
		sb_printf(&b, " %s ", tok_text[s->op]);
		list_string(&b, &s->list2);
	} else if (s->kind == N_SEND) {
		expr_string(&b, s->x, 0);
		sb_puts(&b, " <- ");
		expr_string(&b, s->y, 0);
	} else if (s->kind == N_INCDEC) {
		expr_string(&b, s->x, 0);
		sb_puts(&b, tok_text[s->op]);
	} else if (s->kind == N_DECLSTMT) {
		sb_free(&b);
		return mk(N_BAD, s->pos);
	} else {
		sb_puts(&b, "statement");
	}
	diag_errorf(s->pos, "syntax error: cannot use %s as value", sb_cstr(&b));
	sb_free(&b);
	return mk(N_BAD, s->pos);
}

static Node *mkif(Pos p, Node *init, Node *cond, Tok semi, Pos semipos, Node *body, Node *els) {
	Node *n = mk(N_IF, p);
	n->init = init;
	n->body = body;
	n->els = els;
	if (semi.kind) {
		/* if init; cond { */
		if (!cond) {
			if (semi.lit && strcmp(semi.lit, "semicolon") != 0)
				diag_errorf(semipos, "syntax error: unexpected %s, expecting { after if clause", semi.lit);
			else
				diag_errorf(semipos, "syntax error: missing condition in if statement");
			cond = mk(N_BAD, semipos);
		} else {
			cond = header_cond(cond);
		}
	} else if (!cond) {
		cond = mk(N_BAD, body->pos);
	}
	n->cond = cond;
	return n;
}

/* switch [init;] [tag] { ... } and the type switch forms
 * switch [init;] x.(type) and switch [init;] v := x.(type). */
static Node *mkswitch(Pos p, Node *init, Node *tag, Vec clauses, Pos end) {
	Node *n = mk(N_SWITCH, p);
	n->init = init;
	n->list = clauses;
	n->epos = end;
	if (!tag)
		return n;
	if (tag->kind == N_EXPRSTMT && tag->x->kind == N_TYPEASSERT && !tag->x->y) {
		n->kind = N_TYPESWITCH;
		n->x = tag->x->x;
		return n;
	}
	if (tag->kind == N_ASSIGN && tag->op == TK_DEFINE && tag->list.len == 1 && tag->list2.len == 1) {
		Node *lhs = tag->list.data[0], *rhs = tag->list2.data[0];
		if (rhs->kind == N_TYPEASSERT && !rhs->y && lhs->kind == N_NAME) {
			n->kind = N_TYPESWITCH;
			n->name = lhs->name;
			n->y = lhs;
			n->x = rhs->x;
			return n;
		}
	}
	n->x = header_cond(tag);
	return n;
}

static Node *mkfor(Pos p, Node *init, Node *cond, Node *post, Node *body) {
	Node *n = mk(N_FOR, p);
	n->init = init;
	n->cond = cond;
	n->post = post;
	n->body = body;
	return n;
}

static Node *mkrange(Pos p, Vec lhs, int op, Node *x, Node *body) {
	Node *n = mk(N_RANGE, p);
	n->op = op;
	n->z = x;
	n->body = body;
	if (lhs.len > 0)
		n->x = lhs.data[0];
	if (lhs.len > 1)
		n->y = lhs.data[1];
	if (lhs.len > 2)
		diag_errorf(node_start_pos(lhs.data[2]), "range clause permits at most two iteration variables");
	return n;
}

static Node *mkgo(Tok kw, Pos p, Node *x) {
	Node *n = mk(kw.kind == TK_GO ? N_GO : N_DEFER, p);
	const char *what = kw.kind == TK_GO ? "go" : "defer";
	Node *t = unparen(x);
	if (t != x) {
		diag_errorf(x->pos, "expression in %s must not be parenthesized", what);
		x = t;
	}
	if (x->kind != N_CALL) {
		diag_errorf(node_start_pos(x), "expression in %s must be function call", what);
		x = mkcall(x, x->pos, (Vec){0}, false);
	}
	n->x = x;
	return n;
}

/* A statement list may end without ';' only before '}': gc wants one before
 * the next case (the grammar lets a clause end at any statement). */
static void clause_end(void) {
	if ((lex.kind == TK_CASE || lex.kind == TK_DEFAULT) && lex.prev != TK_SEMICOLON && lex.prev != TK_COLON)
		diag_errorf(lex.pos, "syntax error: unexpected %s at end of statement", tok_text[lex.kind]);
}

static Node *mkassign(Tok op, Pos p, Vec lhs, Vec rhs) {
	Node *n = mk(N_ASSIGN, p);
	n->op = op.kind;
	n->list = lhs;
	n->list2 = rhs;
	return n;
}

/* ---------------- syntax error messages ---------------- */

/* How gc names the token it did not expect. */
static const char *tok_desc(int kind, const char *lit) {
	static char buf[256];
	switch (kind) {
	case TK_IDENT:
		return lit;
	case TK_INT: case TK_FLOAT: case TK_IMAG: case TK_CHAR: case TK_STRING:
		snprintf(buf, sizeof buf, "literal %s", lit);
		return buf;
	case TK_SEMICOLON:
		return lit ? lit : "semicolon";
	case TK_COMMA:
		return "comma";
	case TK_EOF:
		return "EOF";
	default:
		return tok_text[kind];
	}
}

/* How gc names a token it expected. */
static const char *expected_name(yysymbol_kind_t s) {
	switch (s) {
	case YYSYMBOL_IDENT: return "name";
	case YYSYMBOL_LITERAL: return "literal";
	case YYSYMBOL_LBODY: return "{";
	case YYSYMBOL_SHL: return "<<";
	case YYSYMBOL_SHR: return ">>";
	case YYSYMBOL_AND_NOT: return "&^";
	case YYSYMBOL_ASSIGN_OP: return "op=";
	case YYSYMBOL_LAND: return "&&";
	case YYSYMBOL_LOR: return "||";
	case YYSYMBOL_ARROW: return "<-";
	case YYSYMBOL_INC: return "++";
	case YYSYMBOL_DEC: return "--";
	case YYSYMBOL_EQL: return "==";
	case YYSYMBOL_NEQ: return "!=";
	case YYSYMBOL_LSS: return "<";
	case YYSYMBOL_LEQ: return "<=";
	case YYSYMBOL_GTR: return ">";
	case YYSYMBOL_GEQ: return ">=";
	case YYSYMBOL_DEFINE: return ":=";
	case YYSYMBOL_ELLIPSIS: return "...";
	case YYSYMBOL_YYEOF: return "EOF";
	default: break;
	}
	const char *name = yysymbol_name(s);
	static char buf[64];
	if (name[0] == '\'' && name[2] == '\'') {
		if (name[1] == ';')
			return "semicolon or newline";
		if (name[1] == ',')
			return "comma";
		snprintf(buf, sizeof buf, "%c", name[1]);
		return buf;
	}
	/* keywords: their spelling */
	snprintf(buf, sizeof buf, "%s", name);
	for (char *c = buf; *c; c++)
		*c = (char)(*c | 0x20);
	return buf;
}

typedef struct Expected {
	bool has[YYNTOKENS];
	int n;
	yysymbol_kind_t list[YYNTOKENS];
} Expected;

#define EX(e, tok) ((e)->has[YYTRANSLATE(tok)])

/* Tokens that can start an expression: if the parser wanted one, gc says
 * "expecting expression". */
static bool wants_expr(Expected *e) { return EX(e, LITERAL) && EX(e, '('); }
static bool wants_type(Expected *e) { return EX(e, STRUCT) && EX(e, MAP) && EX(e, '*') && !EX(e, LITERAL); }
static bool wants_stmt_end(Expected *e) { return EX(e, ';'); }

static const char *list_context(int frame, const char **sep_close) {
	switch (frame) {
	case FR_COMPLIT: *sep_close = "comma or }"; return "composite literal";
	case FR_ARGS: *sep_close = "comma or )"; return "argument list";
	case FR_PARAMS: *sep_close = "comma or )"; return "parameter list";
	case FR_GROUP: *sep_close = "semicolon or newline or )"; return "grouped declaration";
	case FR_STRUCT: *sep_close = "semicolon or newline or }"; return "struct type";
	case FR_IFACE: *sep_close = "semicolon or newline or }"; return "interface type";
	default: return NULL;
	}
}

static void syntax_error(Pos p, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* "unexpected t" where an expression had to end, worded for the enclosing
 * bracket (the token t itself has just been lexed). */
static void context_error(Pos p, const char *t) {
	int frame = lex_frame_kind(lex.depth);
	const char *sep_close = NULL, *ctx = list_context(frame, &sep_close);
	if (ctx)
		syntax_error(p, "unexpected %s in %s; possibly missing %s", t, ctx, sep_close);
	else if (frame == FR_TOP)
		syntax_error(p, "unexpected %s after top level declaration", t);
	else if (frame == FR_PAREN)
		syntax_error(p, "unexpected %s, expecting )", t);
	else if (frame == FR_BRACK)
		syntax_error(p, "unexpected %s, expecting comma, : or ]", t);
	else
		syntax_error(p, "unexpected %s at end of statement", t);
}

static void syntax_error(Pos p, const char *fmt, ...) {
	va_list ap;
	va_start(ap, fmt);
	StrBuf b = {0};
	sb_puts(&b, "syntax error: ");
	sb_vprintf(&b, fmt, ap);
	va_end(ap);
	diag_errorf(p, "%s", sb_cstr(&b));
	sb_free(&b);
}

/* gc's parser words each error after the production it is in. Here the
 * production is inferred from the expected tokens, the enclosing bracket and
 * the tokens before the bad one: the checks run from the most specific
 * situation to the most general, and the first that fits speaks. */
static void syntax_message(Expected *e) {
	const char *t = tok_desc(lex.kind, lex.lit);
	Pos p = lex.pos;
	int frame = lex_frame_kind(lex.depth);
	int prev = lex.prev;

	/* running out of input inside brackets */
	if (lex.kind == TK_EOF && lex.depth > 0) {
		int f = lex_frame_kind(lex.depth);
		bool paren = f == FR_ARGS || f == FR_PARAMS || f == FR_GROUP || f == FR_PAREN;
		syntax_error(p, "unexpected EOF, expecting %s", paren ? ")" : f == FR_BRACK ? "]" : "}");
		return;
	}
	/* the package clause */
	if (EX(e, PACKAGE)) {
		syntax_error(p, "package statement must be first");
		aborting = true;
		return;
	}
	/* the start of a top-level declaration */
	if (EX(e, FUNC) && EX(e, VAR) && EX(e, CONST) && EX(e, TYPE) && !EX(e, IDENT)) {
		if (lex.kind == TK_LBRACE && last_func_bodyless)
			syntax_error(p, "unexpected semicolon or newline before {");
		else
			syntax_error(p, "non-declaration statement outside function body");
		return;
	}
	/* if/for/switch headers */
	if (lex.kind == TK_LBRACE && lex.header_kw && prev == TK_SEMICOLON) {
		/* a newline cut the header short */
		if (lex.header_kw == TK_FOR && !EX(e, LBODY)) {
			syntax_error(p, "unexpected {, expecting for loop condition");
			return;
		}
		if (EX(e, LBODY)) {
			syntax_error(lex.prev_pos, "unexpected %s, expecting { after %s clause",
			             tok_desc(TK_SEMICOLON, lex.prev_lit), tok_text[lex.header_kw]);
			return;
		}
	}
	bool header_start = prev == TK_IF || prev == TK_FOR || prev == TK_SWITCH || (prev == TK_SEMICOLON && lex.header_kw);
	if ((prev == TK_RETURN || header_start) && wants_expr(e) && lex.kind != TK_LBRACE) {
		syntax_error(p, "unexpected %s, expecting expression", t);
		return;
	}
	if (EX(e, LBODY) && lex.kind != TK_LBRACE) {
		int kw = lex.header_kw;
		if (EX(e, ';') || !kw)
			syntax_error(p, "unexpected %s, expecting {", t);
		else if (kw == TK_SWITCH)
			syntax_error(p, "missing { after switch clause");
		else
			syntax_error(p, "unexpected %s, expecting { after %s clause", t, tok_text[kw]);
		return;
	}
	if (EX(e, IF) && EX(e, '{') && prev == TK_ELSE) {
		syntax_error(p, "else must be followed by if or statement block");
		return;
	}
	if (prev == TK_SELECT && EX(e, '{')) {
		syntax_error(p, "missing { after select clause");
		return;
	}
	if (prev == TK_ELLIPSIS && wants_type(e)) {
		syntax_error(p, "... is missing type");
		return;
	}
	if (prev == TK_CHAN && wants_type(e)) {
		syntax_error(p, "missing channel element type");
		return;
	}
	if (prev == TK_PERIOD && EX(e, IDENT) && EX(e, '(')) {
		syntax_error(p, "unexpected %s, expecting name or (", t);
		return;
	}
	if (prev == TK_IMPORT || (EX(e, LITERAL) && !EX(e, FUNC) && !EX(e, '[') && !EX(e, ';'))) {
		syntax_error(p, "missing import path");
		return;
	}

	/* a header's clauses */
	if (lex.header_kw == TK_FOR && EX(e, ';') && !EX(e, LBODY)) {
		syntax_error(p, "unexpected %s, expecting semicolon or newline", t);
		return;
	}
	/* a parameter or the end of the list */
	if (frame == FR_PARAMS && wants_type(e) && EX(e, ')') && !EX(e, ',')) {
		syntax_error(p, "unexpected %s, expecting )", t);
		return;
	}
	if (frame == FR_PAREN && EX(e, ')') && !wants_expr(e)) {
		syntax_error(p, "unexpected %s, expecting )", t);
		return;
	}

	if (lex.kind == TK_RBRACK && prev == TK_LBRACK && wants_expr(e)) { /* T[] in a type */
		syntax_error(p, "unexpected ], expecting type");
		return;
	}
	if (frame == FR_BRACK && EX(e, ']') && (!wants_expr(e) || prev == TK_COMMA)) {
		syntax_error(p, EX(e, ',') ? "unexpected %s, expecting comma, : or ]" : "unexpected %s, expecting ]", t);
		return;
	}

	/* the end of a list element */
	const char *sep_close = NULL;
	const char *ctx = list_context(frame, &sep_close);
	if (ctx) {
		bool comma_list = frame == FR_COMPLIT || frame == FR_ARGS || frame == FR_PARAMS;
		if (comma_list ? EX(e, ',') : EX(e, ';')) {
			syntax_error(p, "unexpected %s in %s; possibly missing %s", t, ctx, sep_close);
			return;
		}
	}

	/* the end of a statement or declaration */
	if (frame == FR_TOP || frame == FR_BLOCK || frame == FR_SWITCH) {
		bool at_start = prev == TK_SEMICOLON || prev == TK_LBRACE || prev == TK_COLON;
		if (at_start && EX(e, '}')) {
			if (frame == FR_SWITCH)
				syntax_error(p, "unexpected %s, expecting case or default or }", t);
			else
				syntax_error(p, "unexpected %s, expecting }", t);
			return;
		}
		if (wants_stmt_end(e)) {
			if (frame == FR_TOP && (decl_kw == TK_PACKAGE || decl_kw == TK_IMPORT))
				syntax_error(p, "unexpected %s, expecting semicolon or newline", t);
			else if (frame == FR_TOP)
				syntax_error(p, "unexpected %s after top level declaration", t);
			else
				syntax_error(p, "unexpected %s at end of statement", t);
			return;
		}
	}
	if (frame == FR_SWITCH && EX(e, ':') && !EX(e, ';')) {
		syntax_error(p, "unexpected %s, expecting :", t);
		return;
	}
	if (EX(e, CASE) && EX(e, DEFAULT) && EX(e, '}')) {
		syntax_error(p, "unexpected %s, expecting case or default or }", t);
		return;
	}
	if (EX(e, DEFINE) && EX(e, '=') && EX(e, ',') && !EX(e, ';')) {
		syntax_error(p, "unexpected %s, expecting := or = or comma", t);
		return;
	}
	if (wants_expr(e)) {
		syntax_error(p, "unexpected %s, expecting expression", t);
		return;
	}
	if (frame == FR_TOP && prev == TK_RPAREN && EX(e, IDENT) && e->n == 1) {
		syntax_error(p, "unexpected %s, expecting name or (", t);
		return;
	}
	if (frame == FR_STRUCT && EX(e, IDENT) && EX(e, '*') && !EX(e, ',')) {
		syntax_error(p, "unexpected %s, expecting field name or embedded type", t);
		return;
	}
	if ((prev == TK_VAR || prev == TK_CONST || prev == TK_TYPE ||
	     (frame == FR_GROUP && (prev == TK_LPAREN || prev == TK_SEMICOLON))) && EX(e, IDENT)) {
		syntax_error(p, "unexpected %s, expecting name", t);
		return;
	}
	if (EX(e, '(') && EX(e, '[') && e->n == 2) { /* a function's parameters (or type parameters) */
		syntax_error(p, "unexpected %s, expecting (", t);
		return;
	}

	if (wants_type(e)) {
		if ((EX(e, '=') && !EX(e, ',')) || prev == TK_ASSIGN)
			syntax_error(p, "unexpected %s in type declaration", t);
		else
			syntax_error(p, "unexpected %s, expecting type", t);
		return;
	}
	if (e->n >= 1 && e->n <= 3) {
		StrBuf b = {0};
		for (int i = 0; i < e->n; i++) {
			if (i)
				sb_puts(&b, " or ");
			sb_puts(&b, expected_name(e->list[i]));
		}
		syntax_error(p, "unexpected %s, expecting %s", t, sb_cstr(&b));
		sb_free(&b);
		return;
	}
	syntax_error(p, "unexpected %s", t);
}

static int yyreport_syntax_error(const yypcontext_t *ctx) {
	if (aborting)
		return 0;
	/* gc: after an error, running into EOF says nothing new */
	if (lex.kind == TK_EOF && diag_nerrors > file_errors)
		return 0;
	Expected e = {0};
	e.n = yypcontext_expected_tokens(ctx, e.list, YYNTOKENS);
	if (e.n < 0)
		e.n = 0;
	for (int i = 0; i < e.n; i++)
		e.has[e.list[i]] = true;
	syntax_message(&e);
	return 0;
}

static void yyerror(const char *msg) {
	/* only "memory exhausted": nesting beyond bison's stack */
	diag_errorf(lex.pos, "syntax error: %s", strcmp(msg, "memory exhausted") == 0 ? "too deeply nested" : msg);
}

Node *parse_file(const char *filename, const char *src, size_t len) {
	int fi = diag_add_file(filename);
	file = mk(N_FILE, (Pos){1, 1, (uint16_t)fi});
	last_func_bodyless = false;
	aborting = false;
	decl_kw = 0;
	file_errors = diag_nerrors;
	lex_check_encoding(src, len, fi);
	lex_begin(src, len, fi);
	yyparse();
	lex_end();
	Node *f = file;
	file = NULL;
	return f;
}
