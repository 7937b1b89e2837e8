/* dot.c - the graph as Graphviz DOT, built with cgraph so that every name is
 * quoted and escaped by Graphviz itself. Node shape and colour follow the
 * node type; met links are drawn thicker with more meetings. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <graphviz/cgraph.h>

#include "export/kg_export.h"

static const char *shape_of(kg_ent_type t) {
  switch (t) {
  case KG_PERSON: return "ellipse";
  case KG_INSTITUTION: return "box";
  case KG_COUNTRY: return "hexagon";
  case KG_PLACE: return "house";
  case KG_EVENT: return "diamond";
  default: return "ellipse";
  }
}

static const char *color_of(kg_ent_type t) {
  switch (t) {
  case KG_PERSON: return "#cfe2ff";
  case KG_INSTITUTION: return "#d1e7dd";
  case KG_COUNTRY: return "#fff3cd";
  case KG_PLACE: return "#f8d7da";
  case KG_EVENT: return "#e2d9f3";
  default: return "#ffffff";
  }
}

static void set(void *obj, const char *k, const char *v) {
  agsafeset(obj, (char *)k, (char *)v, "");
}

static int write_cb(void *chan, const char *str) {
  return fputs(str, (FILE *)chan) == EOF ? EOF : 0;
}

static int flush_cb(void *chan) { return fflush((FILE *)chan); }

kg_status kg_export_dot(const kg_graph *g, int people_only, FILE *out,
                        kg_error *err) {
  Agiodisc_t io = {NULL, write_cb, flush_cb};
  Agdisc_t disc = {NULL, NULL, &io};
  Agraph_t *G = agopen("kg", Agundirected, &disc);
  if (!G) return kg_error_set(err, KG_EIO, NULL, 0, "cgraph: cannot create graph");
  set(G, "overlap", "false");
  set(G, "splines", "true");
  set(G, "fontname", "Helvetica");
  size_t n = kg_graph_node_count(g);
  Agnode_t **vn = kg_xcalloc(n + 1, sizeof *vn);
  char buf[64];
  for (size_t i = 0; i < n; i++) {
    const kg_node *x = kg_graph_node(g, i);
    if (people_only && x->type != KG_PERSON) continue;
    Agnode_t *v = agnode(G, x->id, 1);
    vn[i] = v;
    kg_buf label = KG_BUF_INIT;
    kg_buf_puts(&label, x->label);
    if (x->type == KG_PERSON && x->titles.n) {
      kg_buf_puts(&label, "\n");
      kg_buf_puts(&label, x->titles.v[0]);
    }
    set(v, "label", label.ptr);
    kg_buf_free(&label);
    set(v, "shape", shape_of(x->type));
    set(v, "style", "filled");
    set(v, "fillcolor", color_of(x->type));
    set(v, "kind", kg_ent_type_name(x->type));
    if (x->country) set(v, "country", x->country);
    kg_buf tip = KG_BUF_INIT;
    kg_buf_printf(&tip, "%s (%s)", x->label, kg_ent_type_name(x->type));
    for (size_t k = 0; k < x->documents.n && k < 5; k++)
      kg_buf_printf(&tip, "\n%s", x->documents.v[k]);
    set(v, "tooltip", tip.ptr);
    kg_buf_free(&tip);
  }
  for (size_t i = 0; i < kg_graph_edge_count(g); i++) {
    const kg_edge *e = kg_graph_edge(g, i);
    if (people_only && e->type != KG_LINK_MET) continue;
    if (!vn[e->source] || !vn[e->target]) continue;
    snprintf(buf, sizeof buf, "e%zu", i);
    Agedge_t *a = agedge(G, vn[e->source], vn[e->target], buf, 1);
    set(a, "kind", kg_link_type_name(e->type));
    snprintf(buf, sizeof buf, "%g", e->weight);
    set(a, "weight", buf);
    if (e->type == KG_LINK_MET) {
      snprintf(buf, sizeof buf, "%g", 1.0 + e->weight);
      set(a, "penwidth", buf);
      set(a, "color", "#0d6efd");
    } else {
      set(a, "style", "dashed");
      set(a, "color", "#888888");
    }
    kg_buf tip = KG_BUF_INIT;
    kg_buf_puts(&tip, kg_link_type_name(e->type));
    for (size_t k = 0; k < e->dates.n; k++) kg_buf_printf(&tip, " %s", e->dates.v[k]);
    for (size_t k = 0; k < e->documents.n && k < 5; k++)
      kg_buf_printf(&tip, "\n%s", e->documents.v[k]);
    set(a, "tooltip", tip.ptr);
    kg_buf_free(&tip);
  }
  free(vn);
  int rc = agwrite(G, out);
  agclose(G);
  if (rc != 0 || ferror(out))
    return kg_error_set(err, KG_EIO, NULL, 0, "cannot write DOT");
  return KG_OK;
}
