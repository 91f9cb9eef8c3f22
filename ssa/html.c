/* html.c — GOSSAFUNC's ssa.html (gc's ssa/html.go): one page showing a
 * function through the whole compiler, one table column per stage.
 *
 * Columns, left to right: "sources" (the function's lines), "AST" (the
 * checked AST, goc's -d=ast form), "start" (the SSA as built), one per pass
 * of ssa/compile.c, then what the back end appends through
 * ssa_html_listing: the LLVM IR handed to LLVM, the optimised LLVM IR and
 * the function's amd64 assembly (backend/amd64/listing.c).
 *
 * The page uses gc's vocabulary, so it reads and behaves as gc's does:
 *   - every column is a pair of cells: "<phase>-col", a narrow collapsed
 *     cell showing the phase's name, and "<phase>-exp", the expanded one
 *     (phase names with spaces turned into '-'); a click on the collapsed
 *     cell or on the expanded cell's title swaps them. Only the phases in
 *     the script's expanded_by_default start expanded.
 *   - a pass that leaves the function as it was (same text form) does not
 *     get a column of its own: its title joins the next column's (gc's
 *     pending phases), whose phase is the names joined by "  +  ".
 *   - value ids, block ids and source lines are elements whose first class
 *     names them ("v12", "b3", "l7"), with "ssa-value"/"ssa-long-value",
 *     "ssa-block" or "line-number" second; clicking one colours every
 *     element of that first class on the page (values and lines get a
 *     background of one of 12 colours, blocks an outline of one of 11),
 *     clicking again removes it. Hovering a line lightly marks its line
 *     everywhere.
 *   - dead values and blocks are faded; values on a dependency cycle are in
 *     italics.
 *
 * Invariants: everything that comes from the program or the compiler (names,
 * types, aux, source text, LLVM and assembly text) goes through escape();
 * only markup built here is written raw. The writer keeps no pointer into a
 * Func between calls (the back end uses it after fn_arena is reset).
 * Failing to write the file is reported once on stderr and never stops
 * the compilation; a page that could not be written entirely is not
 * announced with "dumped SSA to".
 */
#include "ssa.h"

#include <errno.h>
#include <limits.h>
#include <sys/stat.h>

struct HtmlWriter {
	FILE *out;          // NULL after a write error, or when superseded
	char *path;         // as opened
	char *report;       // as printed after "dumped SSA to "
	char *srcfile;      // the function's source file, resolved (NULL: unknown)
	Vec pend_phases;    // char*: phases waiting for a column (gc's pendingPhases)
	Vec pend_titles;    // char*: their titles (HTML)
	char *prev;         // text form after the last phase, NULL before "start"
	uint64_t prev_hash;
	/* ssa_html_listing's cache of the last file compared with srcfile */
	char *cmp_file;
	bool cmp_same;
};

/* Writers open until their module is done. Two functions of one package
 * may match GOSSAFUNC ("init"): the later one's page replaces the earlier
 * one's, as with gc, whose pages are written one after the other. */
static Vec open_writers; // HtmlWriter*

/* ---------------- escaping ---------------- */

/* Text as HTML character data or attribute value. Control characters other
 * than tab would be parse errors: they become U+FFFD. */
static void escape_n(StrBuf *sb, const char *s, size_t n) {
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		switch (c) {
		case '&': sb_puts(sb, "&amp;"); break;
		case '<': sb_puts(sb, "&lt;"); break;
		case '>': sb_puts(sb, "&gt;"); break;
		case '"': sb_puts(sb, "&#34;"); break;
		case '\'': sb_puts(sb, "&#39;"); break;
		default:
			if ((c < 0x20 && c != '\t') || c == 0x7f)
				sb_puts(sb, "&#xFFFD;");
			else
				sb_putc(sb, (char)c);
		}
	}
}

static void escape(StrBuf *sb, const char *s) {
	if (s)
		escape_n(sb, s, strlen(s));
}

static uint64_t fnv1a(const char *s, size_t n) {
	uint64_t h = 0xcbf29ce484222325ULL;
	for (size_t i = 0; i < n; i++) {
		h ^= (unsigned char)s[i];
		h *= 0x100000001b3ULL;
	}
	return h;
}

static void put(HtmlWriter *w, const char *s, size_t n) {
	if (w->out && n && fwrite(s, 1, n, w->out) != n) {
		fprintf(stderr, "goc: writing %s: %s\n", w->path, strerror(errno));
		fclose(w->out);
		w->out = NULL;
	}
}

static void put_sb(HtmlWriter *w, StrBuf *sb) {
	put(w, sb->s, sb->len);
	sb->len = 0;
}

static void puts_w(HtmlWriter *w, const char *s) { put(w, s, strlen(s)); }

/* ---------------- the page's head: style and script ---------------- */

static const char page_style[] =
	"<style>\n"
	"body { font-size: 14px; font-family: Arial, sans-serif; }\n"
	"h1 { font-size: 18px; display: inline-block; margin: 0 1em .5em 0; }\n"
	"#helplink { display: inline-block; }\n"
	"#help { display: none; }\n"
	".stats { font-size: 60%; }\n"
	"table { border: 1px solid black; table-layout: fixed; width: 300px; }\n"
	"th, td { border: 1px solid black; overflow: hidden; width: 400px; vertical-align: top; padding: 5px; }\n"
	"td > h2 { cursor: pointer; font-size: 120%; margin: 5px 0px 5px 0px; }\n"
	"td.collapsed { font-size: 12px; width: 12px; border: 1px solid white; padding: 2px; cursor: pointer; background: #fafafa; }\n"
	"td.collapsed div { text-align: right; transform: rotate(180deg); writing-mode: vertical-lr; white-space: pre; }\n"
	"code, pre, .lines, .ast { font-family: Menlo, monospace; font-size: 12px; }\n"
	"pre { tab-size: 4; }\n"
	".allow-x-scroll { overflow-x: scroll; }\n"
	".lines { float: left; overflow: hidden; text-align: right; margin-top: 7px; }\n"
	".lines div { padding-right: 10px; color: gray; }\n"
	"div.line-number { font-size: 12px; }\n"
	".ast { white-space: nowrap; }\n"
	"td.ssa-prog { width: 600px; word-wrap: break-word; }\n"
	"li { list-style-type: none; }\n"
	"li.ssa-long-value { text-indent: -2em; }\n"
	"li.ssa-value-list { display: inline; }\n"
	"li.ssa-start-block, li.ssa-end-block { padding: 0; margin: 0; }\n"
	"ul.ssa-print-func { padding-left: 0; }\n"
	"li.ssa-start-block button { padding: 0 1em; margin: 0; border: none; display: inline; font-size: 14px; float: right; }\n"
	"button:hover { background-color: #eee; cursor: pointer; }\n"
	"dl.ssa-gen { padding-left: 0; }\n"
	"dt.ssa-prog-src { padding: 0; margin: 0; float: left; width: 4em; }\n"
	"dd.ssa-prog { padding: 0; margin-right: 0; margin-left: 4em; }\n"
	"dd.listing { white-space: pre-wrap; tab-size: 8; font-family: Menlo, monospace; font-size: 12px; }\n"
	".dead-value { color: gray; }\n"
	".dead-block { opacity: 0.5; }\n"
	".depcycle { font-style: italic; }\n"
	".line-number { font-size: 11px; }\n"
	".no-line-number { font-size: 11px; color: gray; }\n"
	".line-hover { outline: 1px dashed gray; }\n"
	"body.darkmode { background-color: rgb(21, 21, 21); color: rgb(230, 255, 255); }\n"
	"td.darkmode { background-color: rgb(21, 21, 21); border: 1px solid gray; }\n"
	"body.darkmode table, body.darkmode th { border: 1px solid gray; }\n"
	".highlight-aquamarine { background-color: aquamarine; color: black; }\n"
	".highlight-coral { background-color: coral; color: black; }\n"
	".highlight-lightpink { background-color: lightpink; color: black; }\n"
	".highlight-lightsteelblue { background-color: lightsteelblue; color: black; }\n"
	".highlight-palegreen { background-color: palegreen; color: black; }\n"
	".highlight-skyblue { background-color: skyblue; color: black; }\n"
	".highlight-lightgray { background-color: lightgray; color: black; }\n"
	".highlight-yellow { background-color: yellow; color: black; }\n"
	".highlight-lime { background-color: lime; color: black; }\n"
	".highlight-khaki { background-color: khaki; color: black; }\n"
	".highlight-aqua { background-color: aqua; color: black; }\n"
	".highlight-salmon { background-color: salmon; color: black; }\n"
	".dead-value [class*=\"highlight-\"], .dead-block[class*=\"highlight-\"] { color: gray; }\n"
	".outline-blue { outline: #2893ff solid 2px; }\n"
	".outline-red { outline: red solid 2px; }\n"
	".outline-blueviolet { outline: blueviolet solid 2px; }\n"
	".outline-darkolivegreen { outline: darkolivegreen solid 2px; }\n"
	".outline-fuchsia { outline: fuchsia solid 2px; }\n"
	".outline-sienna { outline: sienna solid 2px; }\n"
	".outline-gold { outline: gold solid 2px; }\n"
	".outline-orangered { outline: orangered solid 2px; }\n"
	".outline-teal { outline: teal solid 2px; }\n"
	".outline-maroon { outline: maroon solid 2px; }\n"
	".outline-black { outline: black solid 2px; }\n"
	"body.darkmode .outline-black { outline: gray solid 2px; }\n"
	"</style>\n";

/* The behaviour: one delegated click handler and one hover handler for the
 * whole page, the column toggles set up on load. */
static const char page_script[] =
	"<script type=\"text/javascript\">\n"
	"\"use strict\";\n"
	"// phases whose column starts expanded; the others start collapsed\n"
	"const expandedByDefault = [\"sources\", \"start\", \"opt\", \"schedule\", \"llvm\", \"llvm-opt\", \"asm\"];\n"
	"const highlightColors = [\"highlight-aquamarine\", \"highlight-coral\", \"highlight-lightpink\",\n"
	"  \"highlight-lightsteelblue\", \"highlight-palegreen\", \"highlight-skyblue\", \"highlight-lightgray\",\n"
	"  \"highlight-yellow\", \"highlight-lime\", \"highlight-khaki\", \"highlight-aqua\", \"highlight-salmon\"];\n"
	"const outlineColors = [\"outline-blue\", \"outline-red\", \"outline-blueviolet\", \"outline-darkolivegreen\",\n"
	"  \"outline-fuchsia\", \"outline-sienna\", \"outline-gold\", \"outline-orangered\", \"outline-teal\",\n"
	"  \"outline-maroon\", \"outline-black\"];\n"
	"// color -> the id class it marks (\"\" when free)\n"
	"const highlighted = {}, outlined = {};\n"
	"highlightColors.forEach(c => highlighted[c] = \"\");\n"
	"outlineColors.forEach(c => outlined[c] = \"\");\n"
	"\n"
	"// Toggle the marking of every element whose first class is that of elem.\n"
	"function toggleMark(elem, colors, used) {\n"
	"  const id = elem.classList.item(0);\n"
	"  if (!id) return;\n"
	"  const all = document.getElementsByClassName(id);\n"
	"  const old = colors.find(c => used[c] === id);\n"
	"  if (old !== undefined) {\n"
	"    for (const e of Array.from(all)) e.classList.remove(old);\n"
	"    used[old] = \"\";\n"
	"    return;\n"
	"  }\n"
	"  const free = colors.find(c => used[c] === \"\");\n"
	"  if (free === undefined) {\n"
	"    alert(\"all \" + colors.length + \" colors are in use: click a marked item to free one\");\n"
	"    return;\n"
	"  }\n"
	"  for (const e of Array.from(all)) e.classList.add(free);\n"
	"  used[free] = id;\n"
	"}\n"
	"\n"
	"// the innermost clickable element under the pointer\n"
	"function markable(target) {\n"
	"  return target instanceof Element ? target.closest(\".ssa-value, span.ssa-long-value, .ssa-block, .line-number\") : null;\n"
	"}\n"
	"\n"
	"function toggleCell(id) {\n"
	"  const e = document.getElementById(id);\n"
	"  if (e) e.style.display = e.style.display === \"none\" ? \"table-cell\" : \"none\";\n"
	"}\n"
	"\n"
	"function toggleColumn(phase) {\n"
	"  toggleCell(phase + \"-col\");\n"
	"  toggleCell(phase + \"-exp\");\n"
	"}\n"
	"\n"
	"// A merged column (\"a--+--b\") starts expanded if any of its phases does.\n"
	"function expandedAtStart(phase) {\n"
	"  return phase.split(\"--+--\").some(p => expandedByDefault.includes(p));\n"
	"}\n"
	"\n"
	"window.addEventListener(\"load\", function() {\n"
	"  for (const td of Array.from(document.querySelectorAll(\"td[id$='-col'], td[id$='-exp']\"))) {\n"
	"    const phase = td.id.slice(0, -4);\n"
	"    const expanded = td.id.endsWith(\"-exp\");\n"
	"    td.style.display = expanded === expandedAtStart(phase) ? \"table-cell\" : \"none\";\n"
	"    if (expanded) {\n"
	"      for (const h2 of Array.from(td.getElementsByTagName(\"h2\")))\n"
	"        h2.addEventListener(\"click\", () => toggleColumn(phase));\n"
	"    } else {\n"
	"      td.addEventListener(\"click\", () => toggleColumn(phase));\n"
	"    }\n"
	"  }\n"
	"  document.addEventListener(\"click\", function(event) {\n"
	"    const e = markable(event.target);\n"
	"    if (!e || e.closest(\"td.collapsed\")) return;\n"
	"    event.stopPropagation();\n"
	"    if (e.classList.contains(\"ssa-block\")) toggleMark(e, outlineColors, outlined);\n"
	"    else toggleMark(e, highlightColors, highlighted);\n"
	"  });\n"
	"  let hovered = \"\";\n"
	"  function setHover(id, on) {\n"
	"    for (const e of Array.from(document.getElementsByClassName(id))) e.classList.toggle(\"line-hover\", on);\n"
	"  }\n"
	"  function hover(id) {\n"
	"    if (id === hovered) return;\n"
	"    if (hovered) setHover(hovered, false);\n"
	"    hovered = id;\n"
	"    if (hovered) setHover(hovered, true);\n"
	"  }\n"
	"  document.addEventListener(\"mouseover\", function(event) {\n"
	"    const e = event.target instanceof Element ? event.target.closest(\".line-number\") : null;\n"
	"    hover(e ? e.classList.item(0) : \"\");\n"
	"  });\n"
	"  document.addEventListener(\"mouseout\", function(event) {\n"
	"    if (!event.relatedTarget) hover(\"\");  // left the window\n"
	"  });\n"
	"  if (window.matchMedia && window.matchMedia(\"(prefers-color-scheme: dark)\").matches) {\n"
	"    toggleDarkMode();\n"
	"    document.getElementById(\"dark-mode-button\").checked = true;\n"
	"  }\n"
	"});\n"
	"\n"
	"function toggleVisibility(id) {\n"
	"  const e = document.getElementById(id);\n"
	"  e.style.display = e.style.display === \"block\" ? \"none\" : \"block\";\n"
	"}\n"
	"\n"
	"// the -/+ button of a block: fold its values\n"
	"function hideBlock(button) {\n"
	"  const list = button.parentNode.parentNode.getElementsByClassName(\"ssa-value-list\")[0];\n"
	"  if (!list) return;\n"
	"  const hide = list.style.display !== \"none\";\n"
	"  list.style.display = hide ? \"none\" : \"inline\";\n"
	"  button.textContent = hide ? \"+\" : \"-\";\n"
	"}\n"
	"\n"
	"function toggleDarkMode() {\n"
	"  document.body.classList.toggle(\"darkmode\");\n"
	"  for (const e of Array.from(document.getElementsByClassName(\"collapsed\"))) e.classList.toggle(\"darkmode\");\n"
	"}\n"
	"</script>\n";

static const char page_help[] =
	"<a href=\"#\" onclick=\"toggleVisibility('help');return false;\" id=\"helplink\">help</a>\n"
	"<div id=\"help\">\n"
	"<p>Click on a value or block to toggle highlighting of that value/block and its uses. "
	"(Values and blocks are highlighted by ID, and IDs of dead items may be reused, so not all "
	"highlights necessarily correspond to the clicked item. In the LLVM IR given to LLVM, %vN and %bN "
	"are the instructions and blocks made from SSA value vN and block bN. The optimised IR keeps "
	"these names on what LLVM made of them, with suffixes; they are not linked, since LLVM names a "
	"copy of %v11 %v112.)</p>\n"
	"<p>Click on a source line, or on the line number of a value, an LLVM instruction or an "
	"assembly instruction, to highlight everything that comes from that line.</p>\n"
	"<p>Faded out values and blocks are dead code that has not been eliminated.</p>\n"
	"<p>Values printed in italics have a dependency cycle.</p>\n"
	"<p>A pass that changes nothing shares the column of the next pass that does. Click a "
	"column's title to collapse it, a collapsed column to expand it.</p>\n"
	"</div>\n"
	"<label for=\"dark-mode-button\" style=\"margin-left: 15px; cursor: pointer;\">darkmode</label>\n"
	"<input type=\"checkbox\" onclick=\"toggleDarkMode();\" id=\"dark-mode-button\" style=\"cursor: pointer\" />\n";

/* ---------------- columns ---------------- */

/* gc's WriteMultiTitleColumn: the collapsed cell, then the expanded one
 * with its titles (HTML) and body (HTML). */
static void write_column(HtmlWriter *w, const char *phase, char **titles, int ntitles, const char *cls,
                         const char *body, size_t bodylen) {
	StrBuf sb = {0}, id = {0};
	for (const char *p = phase; *p; p++)
		sb_putc(&id, *p == ' ' ? '-' : *p);
	sb_puts(&sb, "<td id=\"");
	escape(&sb, sb_cstr(&id));
	sb_puts(&sb, "-col\" class=\"collapsed\"><div>");
	escape(&sb, phase);
	sb_puts(&sb, "</div></td>\n<td id=\"");
	escape(&sb, sb_cstr(&id));
	sb_puts(&sb, "-exp\"");
	if (cls && *cls) {
		sb_puts(&sb, " class=\"");
		escape(&sb, cls);
		sb_putc(&sb, '"');
	}
	sb_putc(&sb, '>');
	for (int i = 0; i < ntitles; i++)
		sb_printf(&sb, "<h2>%s</h2>", titles[i]);
	put_sb(w, &sb);
	put(w, body, bodylen);
	puts_w(w, "</td>\n");
	sb_free(&sb);
	sb_free(&id);
}

/* "<span class="l7 line-number">(<b>+7</b>)</span>" (gc's lineNumberHTML:
 * bold + for a statement start, struck out for a never-statement op) */
static void put_line_html(StrBuf *sb, unsigned line, int stmt) {
	if (line == 0) {
		sb_puts(sb, "<span class=\"no-line-number\">(?)</span>");
		return;
	}
	sb_printf(sb, "<span class=\"l%u line-number\">(", line);
	if (stmt > 0)
		sb_printf(sb, "<b>+%u</b>", line);
	else if (stmt < 0)
		sb_printf(sb, "<s>%u</s>", line);
	else
		sb_printf(sb, "%u", line);
	sb_puts(sb, ")</span>");
}

/* The function's first and last source lines: its declaration to its
 * closing brace. */
static bool func_lines(Func *f, unsigned *first, unsigned *last) {
	Node *d = f->decl;
	if (!d || d->pos.line == 0)
		return false;
	*first = d->pos.line;
	*last = d->body && d->body->epos.line >= d->pos.line ? d->body->epos.line : d->pos.line;
	return true;
}

/* gc's WriteSources: line numbers on the left, the lines on the right,
 * each of both with the line's class. */
static void write_sources(HtmlWriter *w, Func *f) {
	StrBuf nums = {0}, text = {0};
	unsigned first, last;
	char *src = NULL;
	size_t len = 0;
	const char *fname = NULL;
	if (func_lines(f, &first, &last)) {
		fname = pos_file(f->decl->pos);
		src = read_file(fname, &len);
	}
	sb_puts(&nums, "<div class=\"lines\" style=\"width: 8%\"><div>&nbsp;</div><div>&nbsp;</div>");
	sb_puts(&text, "<div style=\"width: 92%\"><pre><div>&nbsp;</div><div><strong>");
	escape(&text, fname ? fname : "(no source)");
	sb_puts(&text, "</strong></div>");
	if (src) {
		const char *p = src, *end = src + len;
		for (unsigned ln = 1; p < end && ln <= last; ln++) {
			const char *nl = memchr(p, '\n', (size_t)(end - p));
			const char *e = nl ? nl : end;
			if (ln >= first) {
				size_t n = (size_t)(e - p);
				if (n && p[n - 1] == '\r')
					n--;
				sb_printf(&nums, "<div class=\"l%u line-number\">%u</div>", ln, ln);
				sb_printf(&text, "<div class=\"l%u line-number\">", ln);
				bool blank = true;
				for (size_t i = 0; i < n; i++)
					if (p[i] != ' ' && p[i] != '\t')
						blank = false;
				if (blank)
					sb_puts(&text, "&nbsp;");
				else
					escape_n(&text, p, n);
				sb_puts(&text, "</div>");
			}
			p = nl ? nl + 1 : end;
		}
		free(src);
	} else if (fname) {
		sb_puts(&text, "<div>cannot read the source file</div>");
	}
	sb_puts(&nums, "</div>");
	sb_puts(&text, "</pre></div>");
	sb_putn(&nums, text.s, text.len);
	char *title = "sources";
	write_column(w, "sources", &title, 1, "allow-x-scroll", nums.s, nums.len);
	sb_free(&nums);
	sb_free(&text);
}

/* gc's WriteAST, with goc's -d=ast dump: a node's line is its "@LINE:COL". */
static void write_ast(HtmlWriter *w, Func *f) {
	char *buf = NULL;
	size_t len = 0;
	FILE *mem = open_memstream(&buf, &len);
	if (!mem)
		return;
	if (f->decl)
		ast_dump(mem, f->decl, 0);
	fclose(mem);
	StrBuf sb = {0};
	sb_puts(&sb, "<div>");
	const char *p = buf, *end = buf + len;
	while (p < end) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		const char *e = nl ? nl : end;
		const char *at = NULL;
		for (const char *q = e; q > p; q--)
			if (q[-1] == '@') {
				at = q;
				break;
			}
		unsigned line = at ? (unsigned)strtoul(at, NULL, 10) : 0;
		if (line)
			sb_printf(&sb, "<div class=\"l%u line-number ast\">", line);
		else
			sb_puts(&sb, "<div class=\"ast\">");
		if (e == p)
			sb_puts(&sb, "&nbsp;");
		else
			escape_n(&sb, p, (size_t)(e - p));
		sb_puts(&sb, "</div>");
		p = nl ? nl + 1 : end;
	}
	sb_puts(&sb, "</div>");
	free(buf);
	char *title = "AST";
	write_column(w, "AST", &title, 1, "allow-x-scroll", sb.s, sb.len);
	sb_free(&sb);
}

/* ---------------- the SSA, as HTML (gc's htmlFuncPrinter) ---------------- */

static void value_html(StrBuf *sb, Value *v) {
	sb_printf(sb, "<span class=\"v%d ssa-value\">v%d</span>", v->id, v->id);
}

static void block_html(StrBuf *sb, Block *b) {
	sb_printf(sb, "<span class=\"b%d ssa-block\">b%d</span>", b->id, b->id);
}

static void html_header(void *ctx, Func *f) {}

static void html_start_block(void *ctx, Block *b, bool reachable) {
	StrBuf *sb = ctx;
	sb_printf(sb, "<ul class=\"b%d ssa-print-func %s\"><li class=\"ssa-start-block\">", b->id,
	          reachable ? "" : "dead-block");
	block_html(sb, b);
	sb_putc(sb, ':');
	if (b->preds.len) {
		sb_puts(sb, " &#8592;");
		for (int i = 0; i < b->preds.len; i++) {
			sb_putc(sb, ' ');
			block_html(sb, VEC_AT(b->preds, i));
		}
	}
	if (b->values.len)
		sb_puts(sb, "<button onclick=\"hideBlock(this)\">-</button>");
	sb_puts(sb, "</li>");
	if (b->values.len)
		sb_puts(sb, "<li class=\"ssa-value-list\"><ul>");
}

static void html_end_block(void *ctx, Block *b, bool reachable) {
	StrBuf *sb = ctx;
	if (b->values.len)
		sb_puts(sb, "</ul></li>");
	sb_printf(sb, "<li class=\"ssa-end-block\"><span class=\"b%d ssa-block\">", b->id);
	escape(sb, (unsigned)b->kind <= BlockFirst ? block_kind_name[b->kind] : "BadKind");
	sb_puts(sb, "</span>");
	if (b->control) {
		sb_putc(sb, ' ');
		value_html(sb, b->control);
	}
	if (b->succs.len) {
		sb_puts(sb, " &#8594;");
		for (int i = 0; i < b->succs.len; i++) {
			sb_putc(sb, ' ');
			block_html(sb, VEC_AT(b->succs, i));
		}
	}
	if (b->likely == LIKELY_YES)
		sb_puts(sb, " (likely)");
	else if (b->likely == LIKELY_NO)
		sb_puts(sb, " (unlikely)");
	if (b->pos.line) {
		sb_putc(sb, ' ');
		put_line_html(sb, b->pos.line, 0);
	}
	sb_puts(sb, "</li></ul>");
}

/* gc's Value.LongHTML */
static void html_value(void *ctx, Value *v, bool live, const char *names) {
	StrBuf *sb = ctx;
	sb_printf(sb, "<li class=\"ssa-long-value %s\"><span class=\"v%d ssa-long-value\">", live ? "" : "dead-value",
	          v->id);
	value_html(sb, v);
	sb_putc(sb, ' ');
	put_line_html(sb, v->pos.line, v->is_stmt ? 1 : ssa_not_stmt_op(v->op) ? -1 : 0);
	sb_puts(sb, " = ");
	escape(sb, (unsigned)v->op < OP_COUNT ? op_info[v->op].name : "BadOp");
	sb_putc(sb, ' ');
	escape(sb, ssa_type_string(fn_arena, v->type));
	escape(sb, ssa_aux_string(fn_arena, v));
	for (int i = 0; i < v->nargs; i++) {
		sb_putc(sb, ' ');
		if (v->args[i])
			value_html(sb, v->args[i]);
		else
			sb_puts(sb, "&lt;nil&gt;");
	}
	if (names && *names) {
		sb_puts(sb, " (");
		escape(sb, names);
		sb_putc(sb, ')');
	}
	sb_puts(sb, "</span></li>");
}

static void html_start_dep_cycle(void *ctx) { sb_puts(ctx, "<span class=\"depcycle\">"); }

static void html_end_dep_cycle(void *ctx) { sb_puts(ctx, "</span>"); }

static void html_named(void *ctx, NamedValue *n, const char *slot) {
	StrBuf *sb = ctx;
	sb_puts(sb, "<li>name ");
	escape(sb, slot);
	sb_puts(sb, ": ");
	for (int i = 0; i < n->values.len; i++) {
		Value *v = VEC_AT(n->values, i);
		if (v)
			value_html(sb, v);
		else
			sb_puts(sb, "&lt;nil&gt;");
		sb_putc(sb, ' ');
	}
	sb_puts(sb, "</li>");
}

static void func_html(StrBuf *sb, Func *f) {
	FuncPrinter p = {
		.ctx = sb,
		.header = html_header,
		.start_block = html_start_block,
		.end_block = html_end_block,
		.value = html_value,
		.start_dep_cycle = html_start_dep_cycle,
		.end_dep_cycle = html_end_dep_cycle,
		.named = html_named,
	};
	sb_puts(sb, "<code>");
	ssa_fprint_func(&p, f);
	sb_puts(sb, "</code>");
}

/* ---------------- the writer ---------------- */

static char *xstrdup(const char *s) {
	size_t n = strlen(s) + 1;
	char *d = malloc(n);
	memcpy(d, s, n);
	return d;
}

/* mkdir -p of path's directory (gc: os.MkdirAll(filepath.Dir(ssaDF))) */
static void make_parent_dirs(const char *path) {
	char *p = xstrdup(path);
	for (char *s = p + 1; *s; s++) {
		if (*s != '/')
			continue;
		*s = 0;
		mkdir(p, 0755);
		*s = '/';
	}
	free(p);
}

HtmlWriter *ssa_html_open(Func *f) {
	HtmlWriter *w = calloc(1, sizeof *w);
	/* gc: ssa.html in the current directory, or with GOSSADIR
	 * $GOSSADIR/<package path>.<name>.html — the linker symbol here */
	const char *dir = ssa_config.dumpdir;
	if (dir && *dir) {
		w->path = xstrdup(arena_printf(fn_arena, "%s/%s.html", dir, f->symbol ? f->symbol : f->name));
		make_parent_dirs(w->path);
	} else {
		w->path = xstrdup("ssa.html");
	}
	/* gc prints the absolute path, which go build shows relative to the
	 * package directory: "./ssa.html" */
	w->report = xstrdup(w->path[0] == '/' || !strncmp(w->path, "./", 2) || !strncmp(w->path, "../", 3)
	                        ? w->path
	                        : arena_printf(fn_arena, "./%s", w->path));
	for (int i = 0; i < open_writers.len; i++) {
		HtmlWriter *o = VEC_AT(open_writers, i);
		if (o->out && !strcmp(o->path, w->path)) {
			fclose(o->out);
			o->out = NULL;
		}
	}
	w->out = fopen(w->path, "w");
	if (!w->out) {
		fprintf(stderr, "goc: cannot write %s: %s\n", w->path, strerror(errno));
		free(w->path);
		free(w->report);
		free(w);
		return NULL;
	}
	if (f->decl && f->decl->pos.line) {
		char resolved[PATH_MAX];
		const char *name = pos_file(f->decl->pos);
		w->srcfile = xstrdup(realpath(name, resolved) ? resolved : name);
	}
	StrBuf sb = {0};
	sb_puts(&sb, "<!DOCTYPE html>\n<html>\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html;charset=UTF-8\">\n<title>");
	escape(&sb, f->name);
	sb_puts(&sb, "</title>\n");
	put_sb(w, &sb);
	puts_w(w, page_style);
	puts_w(w, page_script);
	sb_puts(&sb, "</head>\n<body>\n<h1>");
	escape(&sb, f->name);
	sb_puts(&sb, "</h1>\n");
	put_sb(w, &sb);
	puts_w(w, page_help);
	puts_w(w, "<table>\n<tr>\n");
	sb_free(&sb);
	write_sources(w, f);
	write_ast(w, f);
	vec_push(&open_writers, w);
	return w;
}

/* gc's flushPhases: the pending phases in one column showing f now. */
void ssa_html_flush(HtmlWriter *w, Func *f) {
	if (!w || !w->pend_phases.len)
		return;
	StrBuf phase = {0}, body = {0}, cls = {0};
	for (int i = 0; i < w->pend_phases.len; i++) {
		if (i)
			sb_puts(&phase, "  +  ");
		sb_puts(&phase, VEC_AT(w->pend_phases, i));
	}
	func_html(&body, f);
	sb_printf(&cls, "hash-%016llx", (unsigned long long)w->prev_hash);
	write_column(w, sb_cstr(&phase), (char **)w->pend_titles.data, w->pend_titles.len, sb_cstr(&cls), body.s,
	             body.len);
	for (int i = 0; i < w->pend_phases.len; i++) {
		free(VEC_AT(w->pend_phases, i));
		free(VEC_AT(w->pend_titles, i));
	}
	w->pend_phases.len = w->pend_titles.len = 0;
	sb_free(&phase);
	sb_free(&body);
	sb_free(&cls);
}

/* gc's WritePhase: f after phase; a column is written when f differs from
 * what the previous phase left (the phases in between join it). */
void ssa_html_phase(HtmlWriter *w, Func *f, const char *phase, const char *title) {
	if (!w)
		return;
	char *text = NULL;
	size_t len = 0;
	FILE *mem = open_memstream(&text, &len);
	if (!mem)
		return;
	ssa_print(mem, f);
	fclose(mem);
	bool same = w->prev && strcmp(w->prev, text) == 0;
	vec_push(&w->pend_phases, xstrdup(phase));
	vec_push(&w->pend_titles, xstrdup(title));
	free(w->prev);
	w->prev = text;
	w->prev_hash = fnv1a(text, len);
	if (!same)
		ssa_html_flush(w, f);
}

/* Does file name the function's source file? */
static bool same_file(HtmlWriter *w, const char *file) {
	if (!file || !w->srcfile)
		return file == NULL;
	if (w->cmp_file && strcmp(w->cmp_file, file) == 0)
		return w->cmp_same;
	char resolved[PATH_MAX];
	free(w->cmp_file);
	w->cmp_file = xstrdup(file);
	w->cmp_same = strcmp(realpath(file, resolved) ? resolved : file, w->srcfile) == 0;
	return w->cmp_same;
}

/* In LLVM IR text: %vN and %bN as the SSA value and block they were made
 * from (the back end names them so; suffixes LLVM adds, as %v7.lcssa, keep
 * the link). */
static void escape_linking_names(StrBuf *sb, const char *s) {
	const char *p = s;
	if (s[0] == 'b' && s[1] >= '0' && s[1] <= '9') { /* a block's label: "b3:" */
		const char *d = s + 1;
		while (*d >= '0' && *d <= '9')
			d++;
		if (*d == ':' && d - s < 12) {
			sb_printf(sb, "<span class=\"%.*s ssa-block\">%.*s</span>", (int)(d - s), s, (int)(d - s), s);
			p = d;
		}
	}
	while (*p) {
		const char *pct = strchr(p, '%');
		if (!pct)
			break;
		const char *q = pct + 1;
		char kind = *q;
		const char *d = q + 1;
		while (*d >= '0' && *d <= '9')
			d++;
		bool ident = (*d >= 'a' && *d <= 'z') || (*d >= 'A' && *d <= 'Z') || (*d >= '0' && *d <= '9') || *d == '_';
		if ((kind == 'v' || kind == 'b') && d > q + 1 && d - q < 12 && !ident) {
			escape_n(sb, p, (size_t)(pct - p));
			char id[16];
			snprintf(id, sizeof id, "%.*s", (int)(d - q), q);
			sb_printf(sb, "<span class=\"%s %s\">%%%s</span>", id, kind == 'v' ? "ssa-value" : "ssa-block", id);
			p = d;
		} else {
			escape_n(sb, p, (size_t)(q - p));
			p = q;
		}
	}
	escape(sb, p);
}

/* A listing from the back end, one line of text per element, each with its
 * source position, in gc's genssa layout (a dl of position and text). */
void ssa_html_listing(HtmlWriter *w, const char *phase, const char *title, const HtmlLine *lines, int n,
                      unsigned flags) {
	if (!w)
		return;
	StrBuf sb = {0};
	sb_puts(&sb, "<code><dl class=\"ssa-gen\">");
	for (int i = 0; i < n; i++) {
		const HtmlLine *l = &lines[i];
		bool linked = l->line > 0 && same_file(w, l->file);
		sb_puts(&sb, "<dt class=\"ssa-prog-src\">");
		if (linked) {
			put_line_html(&sb, (unsigned)l->line, 0);
		} else if (l->line > 0) {
			/* from another file (code LLVM inlined): shown, not linked */
			const char *base = l->file ? strrchr(l->file, '/') : NULL;
			sb_puts(&sb, "<span class=\"no-line-number\" title=\"");
			escape(&sb, l->file);
			sb_puts(&sb, "\">(");
			escape(&sb, base ? base + 1 : l->file ? l->file : "?");
			sb_printf(&sb, ":%d)</span>", l->line);
		}
		sb_puts(&sb, "</dt><dd class=\"ssa-prog listing\">");
		if (linked)
			sb_printf(&sb, "<span class=\"l%d line-number\">", l->line);
		if (!l->text || !*l->text)
			sb_puts(&sb, "&nbsp;");
		else if (flags & HTML_LINK_NAMES)
			escape_linking_names(&sb, l->text);
		else
			escape(&sb, l->text);
		if (linked)
			sb_puts(&sb, "</span>");
		sb_puts(&sb, "</dd>");
	}
	sb_puts(&sb, "</dl></code>");
	StrBuf tb = {0};
	escape(&tb, title);
	char *t = sb_cstr(&tb);
	write_column(w, phase, &t, 1, "ssa-prog", sb.s, sb.len);
	sb_free(&tb);
	sb_free(&sb);
}

void ssa_html_close(HtmlWriter *w) {
	if (!w)
		return;
	for (int i = 0; i < open_writers.len; i++)
		if (VEC_AT(open_writers, i) == w)
			vec_remove(&open_writers, i--);
	for (int i = 0; i < w->pend_phases.len; i++) {
		free(VEC_AT(w->pend_phases, i));
		free(VEC_AT(w->pend_titles, i));
	}
	free(w->pend_phases.data);
	free(w->pend_titles.data);
	puts_w(w, "</tr>\n</table>\n</body>\n</html>\n");
	bool ok = w->out != NULL;
	if (w->out && fclose(w->out) != 0) {
		fprintf(stderr, "goc: writing %s: %s\n", w->path, strerror(errno));
		ok = false;
	}
	if (ok) {
		printf("dumped SSA to %s\n", w->report);
		fflush(stdout);
	}
	free(w->prev);
	free(w->cmp_file);
	free(w->srcfile);
	free(w->path);
	free(w->report);
	free(w);
}
