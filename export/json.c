/* json.c - graph.json in the shapes visualisation tools load, in the bytes
 * Jansson writes:
 * node-link (D3, networkx: {"nodes", "links"}), Cytoscape.js elements
 * ({"elements": {"nodes": [{"data"}], "edges": [{"data"}]}}) and graphology
 * ({"attributes", "options", "nodes": [{"key", "attributes"}], "edges"}).
 * The contract of the node-link shape is in README.md; kg-score reads it. */
#include <errno.h>
#include <math.h>
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "export/internal.h"
#include "src/map.h"

int kg_json_style_parse(const char *name, kg_json_style *out) {
  if (!strcmp(name, "node-link") || !strcmp(name, "nodelink") ||
      !strcmp(name, "d3") || !strcmp(name, "networkx"))
    *out = KG_JSON_NODE_LINK;
  else if (!strcmp(name, "cytoscape"))
    *out = KG_JSON_CYTOSCAPE;
  else if (!strcmp(name, "graphology") || !strcmp(name, "sigma"))
    *out = KG_JSON_GRAPHOLOGY;
  else
    return -1;
  return 0;
}

static void set_str(json_t *o, const char *k, const char *v) {
  if (v) json_object_set_new(o, k, json_string(v));
}

static json_t *graph_meta(const kg_graph *g) {
  json_t *m = json_object();
  set_str(m, "generator", "kg " KG_VERSION);
  json_object_set_new(m, "documents", json_integer((json_int_t)kg_graph_document_count(g)));
  return m;
}

/* ---- streaming writer ------------------------------------------------------ */

/* graph.json is streamed, so memory does not grow with the output (a
 * whole-graph tree took ~10 bytes of heap per output byte). The bytes are
 * those of dumping the whole tree with JSON_INDENT(1): before each member
 * and before the closing bracket of a non-empty container, a newline and
 * one space per depth; "[]" when empty. The few small objects of the head
 * (graph metadata, graphology options) are Jansson trees, dumped and
 * re-indented: a raw '\n' in a dump is only ever such formatting (Jansson
 * escapes newlines in strings), so a subtree at depth d is re-indented by
 * adding d spaces after each. The nodes and links, millions of them, are
 * written directly (see "elements, written directly"). */
#define JW_FLAGS (JSON_INDENT(1) | JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(12))

typedef struct {
  FILE *out;  /* NULL: the bytes only collect in `buf` (a chunk) */
  int depth;  /* spaces added after each '\n' of the tree being dumped */
  int failed; /* a write or dump failed; nothing more is written */
  int err;    /* errno of that failure, 0 if unknown */
  kg_buf buf; /* bytes not yet written (Jansson hands over tiny pieces) */
} jw;

#define JW_BLOCK 65536

static void jw_flush(jw *w) {
  if (!w->failed && w->buf.len && fwrite(w->buf.ptr, 1, w->buf.len, w->out) != w->buf.len) {
    w->failed = 1;
    w->err = errno;
  }
  kg_buf_reset(&w->buf);
}

static void jw_write(jw *w, const char *s, size_t n) {
  if (w->failed || n == 0) return;
  kg_buf_append(&w->buf, s, n);
  if (w->out && w->buf.len >= JW_BLOCK) jw_flush(w);
}

static void jw_puts(jw *w, const char *s) { jw_write(w, s, strlen(s)); }

static void jw_spaces(jw *w, int n) {
  static const char sp[] = "                ";
  for (; n > 0; n -= (int)(sizeof sp - 1))
    jw_write(w, sp, n < (int)(sizeof sp - 1) ? (size_t)n : sizeof sp - 1);
}

static void jw_newline(jw *w, int depth) {
  jw_write(w, "\n", 1);
  jw_spaces(w, depth);
}

/* Member `key` (plain ASCII) of an object whose members sit at `depth`. */
static void jw_key(jw *w, int depth, int first, const char *key) {
  if (!first) jw_write(w, ",", 1);
  jw_newline(w, depth);
  jw_write(w, "\"", 1);
  jw_puts(w, key);
  jw_write(w, "\": ", 3);
}

static int jw_dump_cb(const char *buf, size_t size, void *data) {
  jw *w = data;
  const char *end = buf + size;
  while (buf < end) {
    const char *nl = memchr(buf, '\n', (size_t)(end - buf));
    if (!nl) {
      jw_write(w, buf, (size_t)(end - buf));
      break;
    }
    jw_write(w, buf, (size_t)(nl - buf) + 1);
    jw_spaces(w, w->depth);
    buf = nl + 1;
  }
  return w->failed ? -1 : 0;
}

/* Dumps `v` (an object or array) as a value at `depth`; takes ownership. */
static void jw_value(jw *w, json_t *v, int depth) {
  if (!w->failed) {
    w->depth = depth;
    errno = 0;
    if (json_dump_callback(v, jw_dump_cb, w, JW_FLAGS) != 0 && !w->failed) {
      w->failed = 1;
      w->err = errno;
    }
  }
  json_decref(v);
}

/* An array with no elements, which doc_render never opens. */
static void jw_empty_array(jw *w, size_t n) {
  if (n == 0) jw_write(w, "[]", 2);
}

/* ---- Cytoscape.js / Cytoscape desktop ------------------------------------- */

/* Edge ids "type|source|target" are unique among links (one link per type
 * and endpoints); one that equals a node id or an earlier edge id (only
 * possible with crafted ids) gets "#N" appended. `seen` holds every id, so
 * ids are taken in edge order. Returns the map's copy of the id (borrowed:
 * it lives, unmoved, as long as `seen`). */
static const char *edge_id(const kg_graph *g, const kg_edge *e, size_t index,
                           kg_map *seen) {
  kg_buf b = KG_BUF_INIT;
  kg_buf_printf(&b, "%s|%s|%s", kg_link_type_name(e->type),
                kg_graph_node(g, e->source)->id, kg_graph_node(g, e->target)->id);
  size_t base = b.len;
  for (size_t k = 0; kg_map_get(seen, b.ptr, b.len) != KG_MAP_NONE; k++) {
    b.len = base;
    b.ptr[base] = '\0';
    kg_buf_printf(&b, "#%zu", index + k);
  }
  const char *id = kg_map_intern_key(seen, b.ptr, b.len, index, NULL);
  kg_buf_free(&b);
  return id;
}

static kg_map *node_id_set(const kg_graph *g) {
  kg_map *seen = kg_map_new();
  for (size_t i = 0; i < kg_graph_node_count(g); i++) {
    const char *id = kg_graph_node(g, i)->id;
    kg_map_put(seen, id, strlen(id), i);
  }
  return seen;
}

/* ---- graphology (sigma.js) -------------------------------------------------- */

/* Node colours by type, as in graph.html and the GraphML export. */
static const char *type_color(kg_ent_type t) {
  switch (t) {
  case KG_PERSON: return "#4e79a7";
  case KG_INSTITUTION: return "#59a14f";
  case KG_COUNTRY: return "#edc948";
  case KG_PLACE: return "#e15759";
  case KG_EVENT: return "#b07aa1";
  default: return "#7f7f7f";
  }
}

/* sigma.js reads a node's or edge's "type" attribute as the name of the
 * program that draws it and fails on unknown ones, so in this shape the
 * entity or link type is "kind", the last attribute but the drawing ones. */

/* ---- elements, written directly ------------------------------------------ */

/* Each element is written straight into its chunk's buffer, in the bytes
 * json_dump_callback(JW_FLAGS) gave for the Jansson tree earlier versions
 * built (members in insertion order, ": " after keys, a newline and one
 * space per depth before each member and before the closing bracket of a
 * non-empty container, "[]" and "{}" when empty). As json_string() refused
 * invalid UTF-8 and setting or appending NULL was a no-op, a member or list
 * element whose string is not valid UTF-8 is left out (jx_mark/jx_undo). */
typedef struct {
  kg_buf *b;
  int depth;      /* depth of the members of the innermost open container */
  uint32_t empty; /* bit d set: the container at depth d has no member yet */
  int compact;    /* JSON_COMPACT's bytes: no newlines, ':' alone */
} jx;

typedef struct {
  size_t len;
  uint32_t empty;
} jx_pos;

static jx_pos jx_mark(const jx *x) { return (jx_pos){x->b->len, x->empty}; }

static void jx_undo(jx *x, jx_pos p) {
  x->b->len = p.len;
  x->b->ptr[p.len] = '\0';
  x->empty = p.empty;
}

/* A newline and `depth` spaces (none in compact mode), written at `p`,
 * which has room; returns the end. */
static char *jx_indent_at(const jx *x, char *p, int depth) {
  if (x->compact) return p;
  *p++ = '\n';
  if (depth <= 0) return p;
  memset(p, ' ', (size_t)depth);
  return p + depth;
}

static void jx_indent(jx *x, int depth) {
  kg_buf_reserve(x->b, depth > 0 ? (size_t)depth + 1 : 1);
  char *p = jx_indent_at(x, x->b->ptr + x->b->len, depth);
  *p = '\0';
  x->b->len = (size_t)(p - x->b->ptr);
}

static void jx_open(jx *x, char c) {
  kg_buf_putc(x->b, c);
  x->depth++;
  x->empty |= 1u << x->depth;
}

static void jx_close(jx *x, char c) {
  if (!(x->empty & (1u << x->depth))) jx_indent(x, x->depth - 1);
  kg_buf_putc(x->b, c);
  x->empty &= ~(1u << x->depth);
  x->depth--;
}

/* The separator before the next member or element of the open container,
 * written at `p` (room for depth + 2 bytes); returns the end. */
static char *jx_next_at(jx *x, char *p) {
  uint32_t bit = 1u << x->depth;
  if (!(x->empty & bit)) *p++ = ',';
  x->empty &= ~bit;
  return jx_indent_at(x, p, x->depth);
}

/* Before the next member or element of the open container. */
static void jx_next(jx *x) {
  kg_buf_reserve(x->b, (size_t)x->depth + 2);
  char *p = jx_next_at(x, x->b->ptr + x->b->len);
  *p = '\0';
  x->b->len = (size_t)(p - x->b->ptr);
}

/* `key` is plain ASCII. The separator, the key and ": " in one write. */
static void jx_key(jx *x, const char *key) {
  size_t n = strlen(key);
  kg_buf_reserve(x->b, (size_t)x->depth + n + 6);
  char *p = jx_next_at(x, x->b->ptr + x->b->len);
  *p++ = '"';
  memcpy(p, key, n);
  p += n;
  *p++ = '"';
  *p++ = ':';
  if (!x->compact) *p++ = ' ';
  *p = '\0';
  x->b->len = (size_t)(p - x->b->ptr);
}

/* A string member; NULL or invalid UTF-8 leaves it out. */
static void jx_str(jx *x, const char *key, const char *v) {
  if (!v) return;
  jx_pos p = jx_mark(x);
  jx_key(x, key);
  if (kg_json_put_str(x->b, v) != 0) jx_undo(x, p);
}

/* A string member, null when `v` is NULL. */
static void jx_str_or_null(jx *x, const char *key, const char *v) {
  if (v) {
    jx_str(x, key, v);
  } else {
    jx_key(x, key);
    kg_buf_append(x->b, "null", 4);
  }
}

static void jx_raw(jx *x, const char *key, const char *text) {
  jx_key(x, key);
  kg_buf_puts(x->b, text);
}

/* A number member, rounded (kg_round9). */
static void jx_num(jx *x, const char *key, double v) {
  jx_key(x, key);
  kg_json_put_real(x->b, kg_round9(v));
}

static void jx_int(jx *x, const char *key, int64_t v) {
  jx_key(x, key);
  kg_json_put_int(x->b, (uint64_t)v);
}

/* A list element that is a string (left out when not valid UTF-8). */
static void jx_item_str(jx *x, const char *v) {
  jx_pos p = jx_mark(x);
  jx_next(x);
  if (kg_json_put_str(x->b, v) != 0) jx_undo(x, p);
}

static void jx_list(jx *x, const char *key, const kg_strlist *l) {
  jx_key(x, key);
  jx_open(x, '[');
  for (size_t i = 0; i < l->n; i++)
    if (l->v[i]) jx_item_str(x, l->v[i]);
  jx_close(x, ']');
}

/* A list member only when the list has items (set_list). */
static void jx_list_if(jx *x, const char *key, const kg_strlist *l) {
  if (l->n) jx_list(x, key, l);
}

/* ---- the data of graph.html ------------------------------------------------ */

/* Compact, as Jansson dumped it with JSON_COMPACT | JSON_PRESERVE_ORDER |
 * JSON_REAL_PRECISION(12) (earlier versions built the whole tree, some ten
 * bytes of heap per output byte, and took longer than extraction); links
 * name their endpoints by node index. */
static void viewer_node(jx *x, const kg_node *n, double size) {
  jx_next(x);
  jx_open(x, '{');
  jx_str(x, "id", n->id);
  jx_str(x, "label", n->label);
  jx_str(x, "type", kg_ent_type_name(n->type));
  jx_str_or_null(x, "country", n->country);
  jx_str_or_null(x, "title", kg_node_main_title(n));
  jx_list(x, "aliases", &n->profile->aliases);
  jx_list(x, "titles", &n->profile->titles);
  jx_key(x, "positions");
  jx_open(x, '[');
  for (size_t k = 0; k < n->profile->n_positions; k++) {
    const kg_position *p = &n->profile->positions[k];
    jx_next(x);
    jx_open(x, '{');
    jx_str(x, "title", p->title);
    jx_str_or_null(x, "institution", p->institution);
    jx_str_or_null(x, "first_seen", p->first_seen);
    jx_str_or_null(x, "last_seen", p->last_seen);
    jx_close(x, '}');
  }
  jx_close(x, ']');
  jx_str(x, "subtype", n->subtype);
  jx_str(x, "date", n->date);
  jx_str(x, "place", n->place);
  jx_list(x, "documents", &n->documents);
  jx_num(x, "x", n->c->x);
  jx_num(x, "y", n->c->y);
  jx_num(x, "size", round(size * 1000) / 1000);
  jx_close(x, '}');
}

static void viewer_link(jx *x, const kg_edge *e) {
  jx_next(x);
  jx_open(x, '{');
  jx_int(x, "s", (int64_t)e->source);
  jx_int(x, "t", (int64_t)e->target);
  jx_str(x, "type", kg_link_type_name(e->type));
  jx_num(x, "weight", e->weight);
  jx_list(x, "dates", &e->dates);
  jx_list(x, "titles", &e->titles);
  jx_list(x, "documents", &e->documents);
  jx_key(x, "evidence");
  jx_open(x, '[');
  for (size_t k = 0; k < e->n_evidence; k++) {
    jx_next(x);
    jx_open(x, '{');
    jx_str(x, "document", e->evidence[k].doc);
    jx_str(x, "text", e->evidence[k].text);
    jx_close(x, '}');
  }
  jx_close(x, ']');
  jx_close(x, '}');
}

/* Appends `s[0..n)` to `b` escaped for a <script> element: "</script" or
 * "<!--" would end or change the element, and U+2028/U+2029 end a line in
 * older JavaScript, so '<', '>', '&' and those two are written as \uXXXX,
 * which only occurs inside JSON strings, where it means the same
 * character. */
static void script_escape(const char *s, size_t n, kg_buf *b) {
  size_t run = 0;
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    const char *esc = NULL;
    size_t skip = 0;
    if (c == '<') esc = "\\u003c";
    else if (c == '>') esc = "\\u003e";
    else if (c == '&') esc = "\\u0026";
    else if (c == 0xe2 && i + 2 < n && (unsigned char)s[i + 1] == 0x80 &&
             ((unsigned char)s[i + 2] == 0xa8 || (unsigned char)s[i + 2] == 0xa9)) {
      esc = (unsigned char)s[i + 2] == 0xa8 ? "\\u2028" : "\\u2029";
      skip = 2;
    }
    if (!esc) continue;
    kg_buf_append(b, s + run, i - run);
    kg_buf_append(b, esc, 6);
    i += skip;
    run = i + 1;
  }
  kg_buf_append(b, s + run, n - run);
}

/* Where the viewer's data goes: a stream, or a string. */
typedef struct {
  FILE *out;  /* or NULL: into `mem` */
  kg_buf mem;
  kg_buf esc; /* scratch */
  int failed, err;
} vsink;

/* Sends the compact JSON in `raw` (whole elements: no character cut) to
 * the sink, escaped, and empties `raw`. */
static void vsink_flush(vsink *k, kg_buf *raw) {
  if (k->out) {
    kg_buf_reset(&k->esc);
    script_escape(raw->ptr, raw->len, &k->esc);
    if (!k->failed && k->esc.len &&
        fwrite(k->esc.ptr, 1, k->esc.len, k->out) != k->esc.len) {
      k->failed = 1;
      k->err = errno;
    }
  } else {
    script_escape(raw->ptr, raw->len, &k->mem);
  }
  kg_buf_reset(raw);
}

/* The whole document into the sink, in pieces of some 1 MB: memory does
 * not grow with the graph. */
static int viewer_emit(const kg_graph *g, vsink *k) {
  kg_buf raw = KG_BUF_INIT;
  jx x = {&raw, 0, 0, 1};
  jx_open(&x, '{');
  json_t *meta = graph_meta(g);
  char *m = json_dumps(meta, JSON_COMPACT | JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(12));
  json_decref(meta);
  if (!m) {
    kg_buf_free(&raw);
    return -1;
  }
  jx_raw(&x, "meta", m);
  free(m);
  double *size = kg_node_sizes(g, 0);
  jx_key(&x, "nodes");
  jx_open(&x, '[');
  for (size_t i = 0; i < kg_graph_node_count(g) && !k->failed; i++) {
    viewer_node(&x, kg_graph_node(g, i), size[i]);
    if (raw.len >= (1u << 20)) vsink_flush(k, &raw);
  }
  jx_close(&x, ']');
  free(size);
  jx_key(&x, "links");
  jx_open(&x, '[');
  for (size_t i = 0; i < kg_graph_edge_count(g) && !k->failed; i++) {
    kg_edge_buf eb;
    viewer_link(&x, kg_graph_edge(g, i, &eb));
    if (raw.len >= (1u << 20)) vsink_flush(k, &raw);
    /* the evidence read so far goes back to the page cache (as for
     * graph.json) */
    if (i % 1024 == 1023) kg_graph_release_text(g);
  }
  jx_close(&x, ']');
  jx_close(&x, '}');
  vsink_flush(k, &raw);
  kg_buf_free(&raw);
  kg_buf_free(&k->esc);
  return k->failed ? -1 : 0;
}

char *kg_json_viewer_data(const kg_graph *g) {
  vsink k = {NULL, KG_BUF_INIT, KG_BUF_INIT, 0, 0};
  if (viewer_emit(g, &k) != 0) {
    kg_buf_free(&k.mem);
    return NULL;
  }
  return kg_buf_detach(&k.mem);
}

int kg_json_viewer_write(const kg_graph *g, FILE *out) {
  vsink k = {out, KG_BUF_INIT, KG_BUF_INIT, 0, 0};
  errno = 0;
  int rc = viewer_emit(g, &k);
  if (rc != 0 && k.err) errno = k.err;
  return rc;
}

/* The members of a node in the node-link and graphology shapes; `type_key`
 * is "type" (node-link) or NULL, when the caller writes it under "kind"
 * after the last of these. */
static void jx_node_members(jx *x, const kg_node *n, int with_id,
                            const char *type_key) {
  if (with_id) jx_str(x, "id", n->id);
  if (type_key) jx_str(x, type_key, kg_ent_type_name(n->type));
  jx_str(x, "label", n->label);
  if (n->type == KG_PERSON || n->type == KG_INSTITUTION || n->profile->aliases.n)
    jx_list(x, "aliases", &n->profile->aliases);
  if (n->type == KG_PERSON) jx_list(x, "titles", &n->profile->titles);
  if (n->type != KG_EVENT && n->type != KG_COUNTRY)
    jx_str_or_null(x, "country", n->country);
  jx_str(x, "subtype", n->subtype);
  if (n->type == KG_EVENT) {
    jx_str_or_null(x, "date", n->date);
    jx_str_or_null(x, "place", n->place);
    jx_str(x, "status", n->status);
    jx_str(x, "cameo", n->cameo);
  }
  jx_list(x, "documents", &n->documents);
  if (n->type == KG_PERSON) {
    jx_key(x, "positions");
    jx_open(x, '[');
    for (size_t i = 0; i < n->profile->n_positions; i++) {
      const kg_position *p = &n->profile->positions[i];
      jx_next(x);
      jx_open(x, '{');
      jx_str(x, "title", p->title);
      jx_str(x, "institution", p->institution);
      jx_str(x, "country", p->country);
      jx_str_or_null(x, "first_seen", p->first_seen);
      jx_str_or_null(x, "last_seen", p->last_seen);
      jx_list(x, "documents", &p->documents);
      jx_close(x, '}');
    }
    jx_close(x, ']');
  }
  if (n->c->community >= 0) {
    const kg_centrality *c = n->c;
    jx_key(x, "centrality");
    jx_open(x, '{');
    jx_num(x, "degree", c->degree);
    jx_num(x, "strength", c->strength);
    jx_num(x, "betweenness", c->betweenness);
    jx_num(x, "closeness", c->closeness);
    jx_num(x, "harmonic", c->harmonic);
    jx_num(x, "pagerank", c->pagerank);
    jx_num(x, "eigenvector", c->eigenvector);
    if (n->type == KG_PERSON) {
      jx_num(x, "met_degree", c->met_degree);
      jx_num(x, "met_strength", c->met_strength);
      jx_num(x, "met_betweenness", c->met_betweenness);
      jx_num(x, "met_pagerank", c->met_pagerank);
    }
    jx_close(x, '}');
    jx_int(x, "community", c->community);
    jx_int(x, "kcore", c->kcore);
  }
}

/* The members of a link in the node-link and graphology shapes (`type_key`
 * as for nodes). */
static void jx_edge_members(jx *x, const kg_graph *g, const kg_edge *e,
                            int endpoints, const char *type_key) {
  if (endpoints) {
    jx_str(x, "source", kg_graph_node(g, e->source)->id);
    jx_str(x, "target", kg_graph_node(g, e->target)->id);
  }
  if (type_key) jx_str(x, type_key, kg_link_type_name(e->type));
  jx_num(x, "weight", e->weight);
  if (e->type == KG_LINK_MET || e->dates.n) jx_list(x, "dates", &e->dates);
  jx_list_if(x, "titles", &e->titles);
  jx_list(x, "documents", &e->documents);
  jx_key(x, "evidence");
  jx_open(x, '[');
  for (size_t i = 0; i < e->n_evidence; i++) {
    jx_next(x);
    jx_open(x, '{');
    jx_str(x, "document", e->evidence[i].doc);
    jx_int(x, "offset", (int64_t)e->evidence[i].offset);
    jx_str(x, "text", e->evidence[i].text);
    jx_close(x, '}');
  }
  jx_close(x, ']');
}

/* Cytoscape desktop takes numbers, strings, booleans and lists of them as
 * column values, so this shape is flat: no nulls, no nested objects
 * (positions and evidence become lists of strings). */
static void jx_cy_node(jx *x, const kg_node *n) {
  jx_str(x, "id", n->id);
  jx_str(x, "label", n->label);
  jx_str(x, "type", kg_ent_type_name(n->type));
  jx_str(x, "title", kg_node_main_title(n));
  jx_list_if(x, "titles", &n->profile->titles);
  jx_list_if(x, "aliases", &n->profile->aliases);
  jx_str(x, "country", n->country);
  jx_str(x, "subtype", n->subtype);
  jx_str(x, "date", n->date);
  jx_str(x, "place", n->place);
  jx_str(x, "status", n->status);
  jx_str(x, "cameo", n->cameo);
  jx_list_if(x, "documents", &n->documents);
  if (n->profile->n_positions) {
    jx_key(x, "positions");
    jx_open(x, '[');
    kg_buf b = KG_BUF_INIT;
    for (size_t i = 0; i < n->profile->n_positions; i++) {
      const kg_position *p = &n->profile->positions[i];
      kg_buf_reset(&b);
      kg_buf_puts(&b, p->title);
      if (p->institution) kg_buf_printf(&b, ", %s", p->institution);
      if (p->first_seen && p->last_seen && strcmp(p->first_seen, p->last_seen))
        kg_buf_printf(&b, " (%s to %s)", p->first_seen, p->last_seen);
      else if (p->first_seen)
        kg_buf_printf(&b, " (%s)", p->first_seen);
      jx_item_str(x, b.ptr);
    }
    kg_buf_free(&b);
    jx_close(x, ']');
  }
  if (n->c->community >= 0) {
    const kg_centrality *c = n->c;
    jx_num(x, "degree", c->degree);
    jx_num(x, "strength", c->strength);
    jx_num(x, "betweenness", c->betweenness);
    jx_num(x, "closeness", c->closeness);
    jx_num(x, "pagerank", c->pagerank);
    jx_num(x, "eigenvector", c->eigenvector);
    jx_num(x, "met_degree", c->met_degree);
    jx_num(x, "met_betweenness", c->met_betweenness);
    jx_int(x, "community", c->community);
    jx_int(x, "kcore", c->kcore);
  }
}

static void jx_cy_edge(jx *x, const kg_graph *g, const kg_edge *e,
                       const char *id) {
  jx_str(x, "id", id);
  jx_str(x, "source", kg_graph_node(g, e->source)->id);
  jx_str(x, "target", kg_graph_node(g, e->target)->id);
  jx_str(x, "type", kg_link_type_name(e->type));
  /* "interaction" is the edge type column Cytoscape desktop shows */
  jx_str(x, "interaction", kg_link_type_name(e->type));
  jx_num(x, "weight", e->weight);
  jx_list_if(x, "dates", &e->dates);
  jx_list_if(x, "titles", &e->titles);
  jx_list_if(x, "documents", &e->documents);
  if (e->n_evidence) {
    jx_key(x, "evidence");
    jx_open(x, '[');
    kg_buf b = KG_BUF_INIT;
    for (size_t i = 0; i < e->n_evidence; i++) {
      kg_buf_reset(&b);
      kg_buf_printf(&b, "%s: %s", e->evidence[i].doc, e->evidence[i].text);
      jx_item_str(x, b.ptr);
    }
    kg_buf_free(&b);
    jx_close(x, ']');
  }
}

/* ---- graph.json: the document and its elements ----------------------------- */

/* Every style is a head, an array of nodes, a member key, an array of edges
 * and a tail; only the elements are many, so only they are rendered in
 * chunks, possibly by several threads (see below). */
typedef struct {
  const kg_graph *g;
  kg_json_style style;
  int depth;           /* depth of the elements of both arrays */
  size_t count[2];     /* nodes, edges */
  double *size;        /* graphology node sizes, else NULL (owned) */
  kg_map *seen;        /* node and edge ids taken, for edge_id (owned) */
  const char **ids;    /* edge ids, borrowed from `seen`; filled by
                          doc_prepare, in edge order (owned array) */
} jdoc;

/* graphology refuses parallel edges and loops unless told */
static json_t *graphology_options(const kg_graph *g) {
  size_t ne = kg_graph_edge_count(g);
  int multi = 0, loops = 0;
  kg_map *pairs = kg_map_new();
  for (size_t i = 0; i < ne; i++) {
    kg_edge_buf eb;
    const kg_edge *e = kg_graph_edge(g, i, &eb);
    size_t a = e->source < e->target ? e->source : e->target;
    size_t b = e->source < e->target ? e->target : e->source;
    char key[64];
    int len = snprintf(key, sizeof key, "%zu,%zu", a, b);
    if (kg_map_intern(pairs, key, (size_t)len, i) != i) multi = 1;
    if (a == b) loops = 1;
  }
  kg_map_free(pairs);
  json_t *opt = json_object();
  json_object_set_new(opt, "type", json_string("undirected"));
  json_object_set_new(opt, "multi", json_boolean(multi));
  json_object_set_new(opt, "allowSelfLoops", json_boolean(loops));
  return opt;
}

/* Everything before the first node, up to and including the "nodes" key. */
static void doc_head(const jdoc *d, jw *w) {
  const kg_graph *g = d->g;
  jw_puts(w, "{");
  if (d->style == KG_JSON_CYTOSCAPE) {
    jw_key(w, 1, 1, "data");
    jw_value(w, graph_meta(g), 1);
    jw_key(w, 1, 0, "elements");
    jw_puts(w, "{");
    jw_key(w, 2, 1, "nodes");
  } else if (d->style == KG_JSON_GRAPHOLOGY) {
    jw_key(w, 1, 1, "attributes");
    jw_value(w, graph_meta(g), 1);
    jw_key(w, 1, 0, "options");
    jw_value(w, graphology_options(g), 1);
    jw_key(w, 1, 0, "nodes");
  } else {
    jw_key(w, 1, 1, "directed");
    jw_puts(w, "false");
    jw_key(w, 1, 0, "multigraph");
    jw_puts(w, "false");
    jw_key(w, 1, 0, "graph");
    jw_value(w, graph_meta(g), 1);
    jw_key(w, 1, 0, "nodes");
  }
}

/* Between the arrays: the key of the edges. */
static void doc_middle(const jdoc *d, jw *w) {
  if (d->style == KG_JSON_CYTOSCAPE) jw_key(w, 2, 0, "edges");
  else if (d->style == KG_JSON_GRAPHOLOGY) jw_key(w, 1, 0, "edges");
  else jw_key(w, 1, 0, "links");
}

static void doc_tail(const jdoc *d, jw *w) {
  if (d->style == KG_JSON_CYTOSCAPE) {
    jw_newline(w, 1);
    jw_puts(w, "}");
  }
  jw_newline(w, 0);
  jw_puts(w, "}");
  jw_write(w, "\n", 1);
}

static void node_element(const jdoc *d, size_t i, jx *x) {
  const kg_node *n = kg_graph_node(d->g, i);
  jx_open(x, '{');
  if (d->style == KG_JSON_CYTOSCAPE) {
    jx_key(x, "data");
    jx_open(x, '{');
    jx_cy_node(x, n);
    jx_close(x, '}');
    /* positions for Cytoscape's "preset" layout (kg_graph_layout) */
    jx_key(x, "position");
    jx_open(x, '{');
    jx_num(x, "x", n->c->x);
    jx_num(x, "y", n->c->y);
    jx_close(x, '}');
  } else if (d->style == KG_JSON_GRAPHOLOGY) {
    jx_str(x, "key", n->id);
    jx_key(x, "attributes");
    jx_open(x, '{');
    jx_node_members(x, n, 0, NULL);
    jx_str(x, "kind", kg_ent_type_name(n->type));
    jx_num(x, "x", n->c->x);
    jx_num(x, "y", n->c->y);
    jx_num(x, "size", round((3 + 12 * d->size[i]) * 100) / 100);
    jx_str(x, "color", type_color(n->type));
    jx_close(x, '}');
  } else {
    jx_node_members(x, n, 1, "type");
  }
  jx_close(x, '}');
}

static void edge_element(const jdoc *d, size_t i, jx *x) {
  const kg_graph *g = d->g;
  kg_edge_buf eb;
  const kg_edge *e = kg_graph_edge(g, i, &eb);
  jx_open(x, '{');
  if (d->style == KG_JSON_CYTOSCAPE) {
    jx_key(x, "data");
    jx_open(x, '{');
    jx_cy_edge(x, g, e, d->ids[i]);
    jx_close(x, '}');
  } else if (d->style == KG_JSON_GRAPHOLOGY) {
    jx_str(x, "key", d->ids[i]);
    jx_str(x, "source", kg_graph_node(g, e->source)->id);
    jx_str(x, "target", kg_graph_node(g, e->target)->id);
    jx_raw(x, "undirected", "true");
    jx_key(x, "attributes");
    jx_open(x, '{');
    jx_edge_members(x, g, e, 0, NULL);
    jx_str(x, "kind", kg_link_type_name(e->type));
    jx_close(x, '}');
  } else {
    jx_edge_members(x, g, e, 1, "type");
  }
  jx_close(x, '}');
}

/* ---- chunks ---------------------------------------------------------------- */

/* The elements are cut into chunks of JW_CHUNK, numbered through the nodes
 * and then the edges (a chunk never spans both arrays). A chunk is rendered
 * into its own buffer, with the bracket or comma before each element and
 * the closing bracket after the last, so the buffers written in chunk order
 * with the head, middle and tail between them are exactly the bytes of the
 * serial writer. Rendering touches nothing shared but the graph (read only)
 * and, for edge ids, `seen` entries that doc_prepare finished before the
 * chunk was handed out. */
#define JW_CHUNK 256

typedef struct {
  int array;     /* 0 nodes, 1 edges */
  size_t lo, hi; /* elements [lo, hi) of that array */
} jchunk;

static size_t chunks_of(size_t n) { return (n + JW_CHUNK - 1) / JW_CHUNK; }

static jchunk chunk_at(const jdoc *d, size_t k) {
  size_t nc = chunks_of(d->count[0]);
  jchunk c;
  c.array = k >= nc;
  size_t first = (c.array ? k - nc : k) * JW_CHUNK;
  size_t n = d->count[c.array];
  c.lo = first;
  c.hi = first + JW_CHUNK < n ? first + JW_CHUNK : n;
  return c;
}

/* Serial work a chunk needs before it is rendered, done by the writing
 * thread in chunk order: the edge ids, whose "#N" suffixes depend on every
 * id before them. */
static void doc_prepare(jdoc *d, size_t k) {
  if (d->style == KG_JSON_NODE_LINK) return;
  jchunk c = chunk_at(d, k);
  if (!c.array) return;
  if (!d->seen) d->seen = node_id_set(d->g);
  kg_edge_buf eb;
  for (size_t i = c.lo; i < c.hi; i++)
    d->ids[i] = edge_id(d->g, kg_graph_edge(d->g, i, &eb), i, d->seen);
}

/* ---- prefetching a chunk's strings ----------------------------------------- */

/* The strings an element prints lie scattered over the graph's memory:
 * rendering one at a time, nearly every string cost a cache miss (strlen
 * was the top item of the graph.json write). Before a chunk is rendered
 * its strings are prefetched in two sweeps: the records that point at
 * strings, then the strings. A chunk's strings fit the cache (some 2,000
 * lines). */
static void pf(const void *p) {
  if (p) __builtin_prefetch(p);
}

static void pf_list(const kg_strlist *l) {
  for (size_t i = 0; i < l->n && i < 4; i++) pf(l->v[i]);
}

static void doc_prefetch(const jdoc *d, jchunk c) {
  const kg_graph *g = d->g;
  kg_edge_buf eb;
  for (int sweep = 0; sweep < 2; sweep++)
    for (size_t i = c.lo; i < c.hi; i++) {
      if (c.array) {
        const kg_edge *e = kg_graph_edge(g, i, &eb);
        const kg_node *s = kg_graph_node(g, e->source), *t = kg_graph_node(g, e->target);
        if (sweep == 0) {
          pf(s);
          pf(t);
          pf(e->documents.v);
          pf(e->dates.v);
          pf(e->evidence);
          continue;
        }
        pf(s->id);
        pf(t->id);
        pf_list(&e->documents);
        pf_list(&e->dates);
        for (size_t k = 0; k < e->n_evidence && k < 2; k++) {
          pf(e->evidence[k].doc);
          pf(e->evidence[k].text);
        }
      } else {
        const kg_node *n = kg_graph_node(g, i);
        if (sweep == 0) {
          pf(n->documents.v);
          pf(n->profile);
          continue;
        }
        pf(n->id);
        pf(n->label);
        pf(n->country);
        pf_list(&n->documents);
        pf_list(&n->profile->aliases);
        pf_list(&n->profile->titles);
      }
    }
}

/* Renders chunk `k` into `w` (which has no stream: it only collects). */
static void doc_render(const jdoc *d, size_t k, jw *w) {
  jchunk c = chunk_at(d, k);
  doc_prefetch(d, c);
  size_t n = d->count[c.array];
  jx x = {&w->buf, d->depth, 0, 0};
  for (size_t i = c.lo; i < c.hi; i++) {
    kg_buf_putc(&w->buf, i == 0 ? '[' : ',');
    jx_indent(&x, d->depth);
    if (c.array) edge_element(d, i, &x);
    else node_element(d, i, &x);
    if (i + 1 == n) {
      jx_indent(&x, d->depth - 1);
      kg_buf_putc(&w->buf, ']');
    }
  }
}

/* ---- rendering chunks on several threads ---------------------------------- */

/* The calling thread hands out chunks in order, at most `window` ahead of
 * the one it writes next, so memory stays bounded whatever the graph size;
 * it writes finished chunks strictly in order and, while it waits, renders
 * the next chunk not yet taken itself. With no workers (-j 1) that is the
 * whole serial writer: no thread is started. */
typedef struct {
  jw w;         /* the rendered bytes (stream NULL) and the failure */
  int done;     /* rendered; guarded by jpool.mu */
} jslot;

typedef struct {
  const jdoc *doc;
  size_t window;
  jslot *slots;   /* chunk k lives in slots[k % window] */
  pthread_mutex_t mu;
  pthread_cond_t work, done;
  size_t ready;   /* chunks [0, ready) are prepared and may be rendered */
  size_t taken;   /* chunks [0, taken) are taken by some thread */
  size_t total;   /* number of chunks */
  int stop;       /* the writer gave up: take nothing more */
} jpool;

static void render_slot(jpool *p, size_t k) {
  jslot *s = &p->slots[k % p->window];
  doc_render(p->doc, k, &s->w);
}

static void *jpool_worker(void *arg) {
  jpool *p = arg;
  pthread_mutex_lock(&p->mu);
  for (;;) {
    while (!p->stop && p->taken == p->ready && p->taken < p->total)
      pthread_cond_wait(&p->work, &p->mu);
    if (p->stop || p->taken == p->total) break;
    size_t k = p->taken++;
    pthread_mutex_unlock(&p->mu);
    render_slot(p, k);
    pthread_mutex_lock(&p->mu);
    p->slots[k % p->window].done = 1;
    pthread_cond_signal(&p->done);
  }
  pthread_mutex_unlock(&p->mu);
  return NULL;
}

/* Writes the chunk's bytes to the stream of `w`, or records its failure. */
static void jw_chunk(jw *w, jw *c) {
  if (c->failed && !w->failed) {
    w->failed = 1;
    w->err = c->err;
  }
  jw_flush(w);
  if (!w->failed && c->buf.len &&
      fwrite(c->buf.ptr, 1, c->buf.len, w->out) != c->buf.len) {
    w->failed = 1;
    w->err = errno;
  }
}

/* The elements of both arrays with the middle between them, written to `w`
 * in order, rendered by up to `threads` threads (this one included). */
static void doc_elements(jdoc *d, jw *w, int threads) {
  jpool p;
  memset(&p, 0, sizeof p);
  p.doc = d;
  p.total = chunks_of(d->count[0]) + chunks_of(d->count[1]);
  p.window = threads > 1 ? 4 * (size_t)threads : 1;
  p.slots = kg_xcalloc(p.window, sizeof *p.slots);
  pthread_mutex_init(&p.mu, NULL);
  pthread_cond_init(&p.work, NULL);
  pthread_cond_init(&p.done, NULL);
  int nworkers = 0;
  pthread_t *workers = NULL;
  if (threads > 1 && p.total > 1) {
    workers = kg_xcalloc((size_t)threads - 1, sizeof *workers);
    /* a thread that cannot be started leaves its share to this one */
    while (nworkers < threads - 1 &&
           pthread_create(&workers[nworkers], NULL, jpool_worker, &p) == 0)
      nworkers++;
  }
  size_t prepared = 0;
  int array = 0; /* the array being written */
  for (size_t k = 0; k < p.total && !w->failed; k++) {
    /* hand out what the window allows; the slots of chunks before k are
     * written and free */
    size_t limit = k + p.window < p.total ? k + p.window : p.total;
    for (; prepared < limit; prepared++) doc_prepare(d, prepared);
    pthread_mutex_lock(&p.mu);
    p.ready = prepared;
    pthread_cond_broadcast(&p.work);
    jslot *s = &p.slots[k % p.window];
    while (!s->done) {
      if (p.taken < p.ready) {
        size_t kk = p.taken++;
        pthread_mutex_unlock(&p.mu);
        render_slot(&p, kk);
        pthread_mutex_lock(&p.mu);
        p.slots[kk % p.window].done = 1;
      } else {
        pthread_cond_wait(&p.done, &p.mu);
      }
    }
    pthread_mutex_unlock(&p.mu);
    jchunk c = chunk_at(d, k);
    if (c.array != array) {
      jw_empty_array(w, d->count[0]);
      doc_middle(d, w);
      array = c.array;
    }
    jw_chunk(w, &s->w);
    /* the evidence read so far goes back to the page cache every 1024
     * elements: sentences lie scattered over the file, and the kernel maps
     * about 64 KB around each one read (fault-around; MADV_RANDOM does not
     * stop it), so releasing every 64 k elements held 0.3 GB of the file
     * at 1 GB; every 256 cost 4 % more time at 100 MB */
    if (k % 4 == 3) kg_graph_release_text(d->g);
    kg_buf_reset(&s->w.buf);
    s->w.failed = 0;
    pthread_mutex_lock(&p.mu);
    s->done = 0;
    pthread_mutex_unlock(&p.mu);
  }
  pthread_mutex_lock(&p.mu);
  p.stop = 1;
  pthread_cond_broadcast(&p.work);
  pthread_mutex_unlock(&p.mu);
  for (int i = 0; i < nworkers; i++) pthread_join(workers[i], NULL);
  free(workers);
  if (!w->failed) {
    /* arrays with no chunk: "[]", and the middle when no edge chunk came */
    if (array == 0) {
      jw_empty_array(w, d->count[0]);
      doc_middle(d, w);
    }
    jw_empty_array(w, d->count[1]);
  }
  for (size_t i = 0; i < p.window; i++) kg_buf_free(&p.slots[i].w.buf);
  free(p.slots);
  pthread_mutex_destroy(&p.mu);
  pthread_cond_destroy(&p.work);
  pthread_cond_destroy(&p.done);
}

kg_status kg_export_json(const kg_graph *g, kg_json_style style, int threads,
                         FILE *out, kg_error *err) {
  /* Jansson seeds its object hash on first use; seed it before any thread
   * creates objects (a no-op when already seeded) */
  json_object_seed(0);
  jdoc d;
  memset(&d, 0, sizeof d);
  d.g = g;
  d.style = style;
  d.depth = style == KG_JSON_CYTOSCAPE ? 3 : 2;
  d.count[0] = kg_graph_node_count(g);
  d.count[1] = kg_graph_edge_count(g);
  if (style == KG_JSON_GRAPHOLOGY) d.size = kg_node_sizes(g, 0);
  if (style != KG_JSON_NODE_LINK)
    d.ids = kg_xcalloc(d.count[1] + 1, sizeof *d.ids);
  if (threads < 1) threads = 1;
  if (threads > KG_JSON_MAX_THREADS) threads = KG_JSON_MAX_THREADS;
  jw w = {out, 0, 0, 0, KG_BUF_INIT};
  errno = 0;
  doc_head(&d, &w);
  doc_elements(&d, &w, threads);
  doc_tail(&d, &w);
  jw_flush(&w);
  kg_buf_free(&w.buf);
  free(d.size);
  free(d.ids);
  kg_map_free(d.seen);
  if (w.failed || ferror(out)) {
    int e = w.failed ? w.err : errno;
    return kg_error_set(err, KG_EIO, NULL, 0, "cannot write JSON: %s",
                        strerror(e ? e : EIO));
  }
  return KG_OK;
}

/* ---- reading a saved node-link graph --------------------------------------- */

static const char *jstr(json_t *o, const char *k) {
  json_t *v = json_object_get(o, k);
  return json_is_string(v) ? json_string_value(v) : NULL;
}

static void jstrs(json_t *o, const char *k, kg_strlist *l) {
  size_t i;
  json_t *v;
  json_array_foreach(json_object_get(o, k), i, v) {
    if (json_is_string(v)) kg_strlist_add(l, json_string_value(v));
  }
}

static double jnum(json_t *o, const char *k) {
  json_t *v = json_object_get(o, k);
  return json_is_number(v) ? json_number_value(v) : 0;
}

/* A count or offset: a number in [0, hi], else 0 (converting a negative or
 * huge double to an integer type is undefined behaviour). */
static double jcount(json_t *o, const char *k, double hi) {
  double x = jnum(o, k);
  return x >= 0 && x <= hi ? x : 0;
}

kg_status kg_graph_read_json(const char *text, size_t len, const char *name,
                             kg_graph **out, kg_error *err) {
  json_error_t je;
  json_t *root = json_loadb(text, len, 0, &je);
  if (!root) {
    kg_error_set(err, KG_EPARSE, name, je.line, "invalid JSON: %s", je.text);
    if (err) err->col = je.column;
    return KG_EPARSE;
  }
  json_t *nodes = json_object_get(root, "nodes");
  json_t *links = json_object_get(root, "links");
  if (!links) links = json_object_get(root, "edges");
  if (!json_is_array(nodes) || !json_is_array(links)) {
    json_decref(root);
    return kg_error_set(err, KG_EPARSE, name, 0,
                        "not a node-link graph (needs \"nodes\" and \"links\")");
  }
  kg_graph *g = kg_graph_new();
  kg_status st = KG_OK;
  size_t i;
  json_t *v;
  json_array_foreach(nodes, i, v) {
    kg_node n;
    memset(&n, 0, sizeof n);
    const char *id = jstr(v, "id"), *type = jstr(v, "type");
    if (!id || !type || kg_ent_type_parse(type, &n.type) != 0) {
      st = kg_error_set(err, KG_EPARSE, name, 0, "node %zu: needs id and a known type", i);
      break;
    }
    n.id = (char *)id;
    n.label = (char *)jstr(v, "label");
    if (!n.label) n.label = (char *)id; /* exporters need a label */
    kg_profile prof;
    memset(&prof, 0, sizeof prof);
    n.profile = &prof; /* copied by kg_graph_put_node */
    jstrs(v, "aliases", &prof.aliases);
    jstrs(v, "titles", &prof.titles);
    jstrs(v, "documents", &n.documents);
    n.country = (char *)jstr(v, "country");
    n.subtype = (char *)jstr(v, "subtype");
    n.date = (char *)jstr(v, "date");
    n.place = (char *)jstr(v, "place");
    n.status = (char *)jstr(v, "status");
    n.cameo = (char *)jstr(v, "cameo");
    json_t *ps = json_object_get(v, "positions");
    size_t np = json_is_array(ps) ? json_array_size(ps) : 0;
    kg_position *pos = np ? kg_xcalloc(np, sizeof *pos) : NULL;
    size_t m = 0; /* positions without a title are dropped */
    for (size_t k = 0; k < np; k++) {
      json_t *p = json_array_get(ps, k);
      if (!jstr(p, "title")) continue;
      pos[m].title = (char *)jstr(p, "title");
      pos[m].institution = (char *)jstr(p, "institution");
      pos[m].country = (char *)jstr(p, "country");
      pos[m].first_seen = (char *)jstr(p, "first_seen");
      pos[m].last_seen = (char *)jstr(p, "last_seen");
      jstrs(p, "documents", &pos[m].documents);
      m++;
    }
    prof.positions = pos;
    prof.n_positions = (uint32_t)m;
    kg_centrality cent = {.community = -1};
    json_t *c = json_object_get(v, "centrality");
    if (json_is_object(c)) {
      n.c = &cent; /* copied by kg_graph_put_node */
      cent.degree = jnum(c, "degree");
      cent.strength = jnum(c, "strength");
      cent.betweenness = jnum(c, "betweenness");
      cent.closeness = jnum(c, "closeness");
      cent.harmonic = jnum(c, "harmonic");
      cent.pagerank = jnum(c, "pagerank");
      cent.eigenvector = jnum(c, "eigenvector");
      cent.met_degree = jnum(c, "met_degree");
      cent.met_strength = jnum(c, "met_strength");
      cent.met_betweenness = jnum(c, "met_betweenness");
      cent.met_pagerank = jnum(c, "met_pagerank");
      json_t *cm = json_object_get(v, "community");
      cent.community = json_is_integer(cm) ? (int)json_integer_value(cm) : -1;
      cent.kcore = (int)jcount(v, "kcore", 1e9);
    }
    kg_graph_put_node(g, &n);
    kg_strlist_free(&prof.aliases);
    kg_strlist_free(&prof.titles);
    kg_strlist_free(&n.documents);
    for (size_t k = 0; k < np; k++) kg_strlist_free(&pos[k].documents);
    free(pos);
  }
  if (st == KG_OK) {
    json_array_foreach(links, i, v) {
      kg_edge e;
      memset(&e, 0, sizeof e);
      const char *s = jstr(v, "source"), *t = jstr(v, "target"), *type = jstr(v, "type");
      size_t a = s ? kg_graph_find(g, s) : (size_t)-1;
      size_t b = t ? kg_graph_find(g, t) : (size_t)-1;
      if (a == (size_t)-1 || b == (size_t)-1 || !type ||
          kg_link_type_parse(type, &e.type) != 0) {
        st = kg_error_set(err, KG_EPARSE, name, 0,
                          "link %zu: unknown endpoint or type", i);
        break;
      }
      e.source = a;
      e.target = b;
      e.weight = jnum(v, "weight");
      jstrs(v, "dates", &e.dates);
      jstrs(v, "documents", &e.documents);
      jstrs(v, "titles", &e.titles);
      json_t *ev = json_object_get(v, "evidence");
      size_t ne = json_is_array(ev) ? json_array_size(ev) : 0;
      e.evidence = ne ? kg_xcalloc(ne, sizeof *e.evidence) : NULL;
      for (size_t k = 0; k < ne; k++) {
        json_t *x = json_array_get(ev, k);
        const char *d = jstr(x, "document"), *tx = jstr(x, "text");
        if (!d || !tx) continue;
        e.evidence[e.n_evidence].doc = (char *)d;
        e.evidence[e.n_evidence].offset = (size_t)jcount(x, "offset", 1e15);
        e.evidence[e.n_evidence].text = (char *)tx;
        e.n_evidence++;
      }
      kg_graph_put_edge(g, &e);
      kg_strlist_free(&e.dates);
      kg_strlist_free(&e.documents);
      kg_strlist_free(&e.titles);
      free(e.evidence);
    }
  }
  json_t *meta = json_object_get(root, "graph");
  kg_graph_set_document_count(g, (size_t)jcount(meta, "documents", 1e15));
  json_decref(root);
  if (st != KG_OK) {
    kg_graph_free(g);
    return st;
  }
  kg_graph_finish(g);
  *out = g;
  return KG_OK;
}
