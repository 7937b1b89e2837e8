/* internal.h - private helpers shared by the export sources (and
 * tests/unit), never included by another module. cgraph's types appear here
 * because dot.c builds the graph that render.c lays out; both are export/. */
#ifndef KG_EXPORT_INTERNAL_H
#define KG_EXPORT_INTERNAL_H

#include <stdint.h>

#include <graphviz/cgraph.h>

#include "export/kg_export.h"

/** The cgraph graph of `g` (all nodes, or the people and their met links),
 *  styled as described in dot.c, with kg_dot_iddisc. Returns NULL when
 *  cgraph cannot create it. The caller closes it with kg_dot_close. `io` (which
 *  must outlive the graph) is what agwrite writes through; NULL is
 *  cgraph's default, which writes to a FILE *. */
Agraph_t *kg_dot_build(const kg_graph *g, int people_only, Agiodisc_t *io);

/** Close a graph of kg_dot_build and free everything it holds (its memory
 *  is an arena that agclose frees at once; see dot.c). */
void kg_dot_close(Agraph_t *G);

/** cgraph id discipline giving named objects ids in the order their names
 *  are first seen (cgraph's own uses string addresses, which made the
 *  order of clusters in the output change between runs). Use it for every
 *  graph kg writes or renders. */
extern Agiddisc_t kg_dot_iddisc;

/** The title to show under a node's name: for a person the title of the
 *  position seen last (then the one with most documents), else the first
 *  title; NULL when there is none. Borrowed from the node. */
const char *kg_node_main_title(const kg_node *n);

/** The size of each node in a view as a number in [0, 1] (the square root
 *  of its centrality over the largest): met_degree for the people view,
 *  degree for the whole graph, or the degree counted from the view's links
 *  when analytics did not run (every value zero). Nodes outside the view
 *  get 0. Returns a new array of node_count doubles (caller frees). */
double *kg_node_sizes(const kg_graph *g, int people_only);

/** The data embedded in graph.html: compact JSON made safe inside a
 *  <script> element ("<", ">", "&", U+2028 and U+2029 escaped as \uXXXX).
 *  Returns a new string (caller frees), or NULL when Jansson fails.
 *  Built in memory: for tests; graph.html streams it (below). */
char *kg_json_viewer_data(const kg_graph *g);

/** The same data written to `out` as it is made, some 1 MB at a time.
 *  Returns 0, or -1 when a write (errno) or Jansson failed. */
int kg_json_viewer_write(const kg_graph *g, FILE *out);

/** Append `s` to `out` escaped as XML character data or an attribute
 *  value: & < > " ' as entities, tab, newline and CR as character
 *  references (attribute values keep them), invalid UTF-8 as U+FFFD, the
 *  characters XML 1.0 forbids or discourages (other controls, U+FFFE,
 *  U+FFFF) dropped. */
void kg_xml_escape(kg_buf *out, const char *s);

/** Join a list with `sep` into `out` (nothing for an empty list). */
void kg_strlist_join(kg_buf *out, const kg_strlist *l, const char *sep);

/** `x` rounded to 9 decimals, 0 for NaN, infinities and negative zero: the
 *  value every export writes, so that outputs are identical across runs and
 *  machines whatever the floating-point noise. */
double kg_round9(double x);

/** Format a double for text outputs: at most 9 significant digits after
 *  rounding to 1e-9, no negative zero, integers without a decimal point,
 *  so that outputs are byte-identical across runs. Writes to `buf`. */
void kg_fmt_num(char *buf, size_t size, double x);

/* JSON values written exactly as Jansson 2.14's dump writes them (without
 * JSON_ENSURE_ASCII or JSON_ESCAPE_SLASH), so that the direct writers
 * (facts lines, graph.json elements) give the bytes the Jansson trees gave. */

/** Append `s` as a JSON string: '"', '\\' and control characters escaped
 *  (\b \f \n \r \t, else \u00XX in upper-case hex), everything else as
 *  is. Returns 0, or -1 with `out` unchanged when `s` is not valid UTF-8
 *  (json_string() refused such strings: the caller leaves the value out). */
int kg_json_put_str(kg_buf *out, const char *s);

/** Append the int64 whose two's-complement bits are `v`, in decimal (so a
 *  size_t above INT64_MAX prints negative, as its cast to json_int_t did). */
void kg_json_put_int(kg_buf *out, uint64_t v);

/** Append a finite double as json_real dumps it with JSON_REAL_PRECISION(12):
 *  "%.12g", ".0" added when that has neither '.' nor 'e', the exponent
 *  without '+' or leading zeros. */
void kg_json_put_real(kg_buf *out, double x);

/** kg_facts_from_json without its fast path: every line through Jansson
 *  (for tests, which compare the two). */
kg_status kg_facts_from_json_jansson(const char *text, size_t len,
                                     const char *name, long line,
                                     kg_facts **out, kg_error *err);

#endif
