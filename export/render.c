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

/* The layout engines of a standard Graphviz install. */
static const char *const engines[] = {"dot",  "neato", "fdp",   "sfdp",
                                      "circo", "twopi", "osage", "patchwork",
                                      NULL};

int kg_render_format_parse(const char *name, kg_render_format *out) {
  if (!strcmp(name, "svg")) *out = KG_RENDER_SVG;
  else if (!strcmp(name, "png")) *out = KG_RENDER_PNG;
  else return -1;
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

/* ---- Graphviz messages ------------------------------------------------------ */

/* The first error Graphviz reported during one render (Graphviz keeps its
 * own global state, so this does too). */
static char gv_error[256];

static int catch_message(char *msg) {
  /* Messages come as "Error: ..." or "Warning: ..."; keep the first error,
   * drop the warnings (a library prints nothing). */
  if (!gv_error[0] && !strncmp(msg, "Error", 5)) {
    const char *m = msg + 5;
    while (*m == ':' || *m == ' ') m++;
    snprintf(gv_error, sizeof gv_error, "%s", m);
    size_t n = strlen(gv_error);
    while (n && (gv_error[n - 1] == '\n' || gv_error[n - 1] == ' ')) gv_error[--n] = 0;
  }
  return 0;
}

static kg_status gv_fail(kg_error *err, const char *name, const char *what) {
  return kg_error_set(err, KG_EINVAL, name, 0, "%s%s%s", what,
                      gv_error[0] ? ": " : "", gv_error);
}

/* Lay out `G` and render it to `out`. */
static kg_status layout_render(GVC_t *gvc, Agraph_t *G, kg_render_format fmt,
                               const char *engine, const char *name, FILE *out,
                               kg_error *err) {
  if (!engine) {
    const char *own = agget(G, "layout");
    engine = own && *own ? own : kg_render_engine_auto((size_t)agnnodes(G));
  }
  if (gvLayout(gvc, G, engine) != 0) return gv_fail(err, name, "Graphviz layout failed");
  int rc = gvRender(gvc, G, kg_render_format_name(fmt), out);
  gvFreeLayout(gvc, G);
  if (rc != 0) return gv_fail(err, name, "Graphviz cannot render");
  if (ferror(out)) return kg_error_set(err, KG_EIO, name, 0, "write error");
  return KG_OK;
}

kg_status kg_render_graph(const kg_graph *g, int people_only,
                          kg_render_format fmt, const char *engine, FILE *out,
                          kg_error *err) {
  gv_error[0] = 0;
  agusererrf old = agseterrf(catch_message);
  GVC_t *gvc = gvContext();
  kg_status st;
  Agraph_t *G = gvc ? kg_dot_build(g, people_only, NULL) : NULL;
  if (!G) {
    st = gv_fail(err, NULL, "Graphviz cannot create the graph");
  } else {
    st = layout_render(gvc, G, fmt, engine, NULL, out, err);
    agclose(G);
  }
  if (gvc) gvFreeContext(gvc);
  agseterrf(old);
  return st;
}

kg_status kg_render_dot(const char *text, const char *name,
                        kg_render_format fmt, const char *engine, FILE *out,
                        kg_error *err) {
  gv_error[0] = 0;
  agusererrf old = agseterrf(catch_message);
  GVC_t *gvc = gvContext();
  kg_status st;
  Agraph_t *G = gvc ? agmemread(text) : NULL;
  if (!G) {
    st = kg_error_set(err, KG_EPARSE, name, 0, "not a DOT graph%s%s",
                      gv_error[0] ? ": " : "", gv_error);
  } else {
    st = layout_render(gvc, G, fmt, engine, name, out, err);
    agclose(G);
  }
  if (gvc) gvFreeContext(gvc);
  agseterrf(old);
  return st;
}
