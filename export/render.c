/* render.c - diagrams through Graphviz gvc: the graph (or the people view)
 * built by dot.c, or a DOT text, laid out with an engine (dot for small
 * graphs, sfdp for large ones, unless told) and rendered as SVG or PNG to a
 * stream, so that callers write through their atomic temp file. Graphviz
 * reports problems through agerr; they are caught here and returned in the
 * kg_error instead of being printed. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include "export/internal.h"
#include "src/buf.h"

/* The layout engines of a standard Graphviz install. */
static const char *const engines[] = {"dot",   "neato",     "fdp",
                                      "sfdp",  "circo",     "twopi",
                                      "osage", "patchwork", NULL};

int kg_render_format_parse(const char *name, kg_render_format *out) {
  if (!strcmp(name, "svg"))
    *out = KG_RENDER_SVG;
  else if (!strcmp(name, "png"))
    *out = KG_RENDER_PNG;
  else
    return -1;
  return 0;
}

const char *kg_render_format_name(kg_render_format f) {
  return f == KG_RENDER_PNG ? "png" : "svg";
}

int kg_render_engine_valid(const char *engine) {
  for (int i = 0; engines[i]; i++)
    if (!strcmp(engines[i], engine)) return 1;
  return 0;
}

const char *kg_render_engine_auto(size_t nodes) {
  return nodes > KG_RENDER_SMALL ? "sfdp" : "dot";
}

/* ---- Graphviz messages ------------------------------------------------------
 */

/* The first error Graphviz reported during one render (Graphviz keeps its
 * own global state, so this does too). */
static char gv_error[256];
static int gv_level; /* of the message being received: 1 error, 2 warning */

/* Graphviz hands a message over in pieces: "Error" or "Warning", ": ",
 * then the text (continuations come without the prefix). The first error
 * is kept; warnings are dropped (a library prints nothing). */
static int catch_message(char *msg) {
  if (!strcmp(msg, "Error"))
    gv_level = 1;
  else if (!strcmp(msg, "Warning"))
    gv_level = 2;
  else if (!strcmp(msg, ": "))
    return 0;
  else if (gv_level == 1) {
    size_t n = strlen(gv_error);
    if (n == 0 || gv_error[n - 1] != '\n') /* the first error only */
      snprintf(gv_error + n, sizeof gv_error - n, "%s", msg);
  }
  return 0;
}

static void catch_start(void) {
  gv_error[0] = 0;
  gv_level = 0;
}

/* The error text without its line end (for "kg: path: message"). */
static const char *caught(void) {
  size_t n = strlen(gv_error);
  while (n && (gv_error[n - 1] == '\n' || gv_error[n - 1] == ' '))
    gv_error[--n] = 0;
  return gv_error;
}

static kg_status gv_fail(kg_error *err, const char *name, const char *what) {
  const char *msg = caught();
  return kg_error_set(err, KG_EINVAL, name, 0, "%s%s%s", what, *msg ? ": " : "",
                      msg);
}

/* One Graphviz context for the process: Graphviz 2.43's Pango plugin keeps
 * a pointer to the last font name, which lives in the context, so freeing
 * a context and rendering with a new one read freed memory (valgrind). The
 * context is reclaimed at exit. */
static GVC_t *context(void) {
  static GVC_t *gvc;
  if (!gvc) gvc = gvContext();
  return gvc;
}

/* Lay out `G` and render it to `out`. */
static kg_status layout_render(GVC_t *gvc, Agraph_t *G, kg_render_format fmt,
                               const char *engine, const char *name, FILE *out,
                               kg_error *err) {
  if (!engine) {
    const char *own = agget(G, "layout");
    engine = own && *own ? own : kg_render_engine_auto((size_t)agnnodes(G));
  }
  if (gvLayout(gvc, G, engine) != 0)
    return gv_fail(err, name, "Graphviz layout failed");
  int rc = gvRender(gvc, G, kg_render_format_name(fmt), out);
  /* Graphviz 2.42's dot layout can free a block twice when it cleans up
   * after some graphs with clusters: the people view of 300 articles
   * aborted in gvFreeLayout, and so does `dot -Tsvg f.dot f.dot` (the
   * dot command frees no layout but the one before the next graph). The
   * dot layout's own memory is therefore left to the process; the graph
   * is still closed by the caller. Other engines clean up. */
  if (strcmp(engine, "dot") != 0) gvFreeLayout(gvc, G);
  if (rc != 0) return gv_fail(err, name, "Graphviz cannot render");
  if (ferror(out)) return kg_error_set(err, KG_EIO, name, 0, "write error");
  return KG_OK;
}

static int buf_put(void *chan, const char *str) {
  kg_buf_puts((kg_buf *)chan, str);
  return 0;
}

/* Reading a DOT text from memory (agmemread would use cgraph's default id
 * discipline). */
typedef struct reader {
  const char *s;
  size_t len, pos;
} reader;

static int mem_read(void *chan, char *buf, int bufsize) {
  reader *r = chan;
  size_t n = r->len - r->pos;
  if (bufsize <= 0) return 0;
  if (n > (size_t)bufsize) n = (size_t)bufsize;
  memcpy(buf, r->s + r->pos, n);
  r->pos += n;
  return (int)n;
}

static int buf_flush(void *chan) {
  KG_UNUSED(chan);
  return 0;
}

/* Through the DOT text: what is drawn is exactly what graph.dot (or
 * people.dot) holds, so `kg render people.dot` gives the same bytes. */
kg_status kg_render_graph(const kg_graph *g, int people_only,
                          kg_render_format fmt, const char *engine, FILE *out,
                          kg_error *err) {
  Agiodisc_t io = {NULL, buf_put, buf_flush};
  Agraph_t *G = kg_dot_build(g, people_only, &io);
  if (!G)
    return kg_error_set(err, KG_EINVAL, NULL, 0, "cgraph: cannot create graph");
  kg_buf text = KG_BUF_INIT;
  int rc = agwrite(G, &text);
  kg_dot_close(G);
  kg_status st = rc != 0 ? kg_error_set(err, KG_EINVAL, NULL, 0,
                                        "cgraph: cannot write DOT")
                         : kg_render_dot(text.ptr ? text.ptr : "", NULL, fmt,
                                         engine, out, err);
  kg_buf_free(&text);
  return st;
}

kg_status kg_render_dot(const char *text, const char *name,
                        kg_render_format fmt, const char *engine, FILE *out,
                        kg_error *err) {
  catch_start();
  agusererrf old = agseterrf(catch_message);
  GVC_t *gvc = context();
  kg_status st;
  Agiodisc_t io = {mem_read, buf_put, buf_flush};
  Agdisc_t disc = {NULL, &kg_dot_iddisc, &io};
  reader r = {text, strlen(text), 0};
  Agraph_t *G = gvc ? agread(&r, &disc) : NULL;
  if (!G) {
    const char *msg = caught();
    st = kg_error_set(err, KG_EPARSE, name, 0, "not a DOT graph%s%s",
                      *msg ? ": " : "", msg);
  } else {
    st = layout_render(gvc, G, fmt, engine, name, out, err);
    agclose(G);
  }
  agseterrf(old);
  return st;
}
