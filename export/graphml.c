/* graphml.c - the graph as GraphML (http://graphml.graphdrawing.org/) for
 * Gephi, yEd and networkx.read_graphml. Every attribute is declared as a
 * <key> with its attr.type; lists are joined with "; " and evidence is one
 * "document: sentence" line per sentence. Gephi reads the keys named label,
 * x, y, size, r, g, b and weight as the node label, position, size and
 * colour and the edge weight; yEd draws the <y:ShapeNode> graphics (shape,
 * colours, label, position), which other readers skip or, like networkx,
 * read before kg's own keys so that these win. Written as text: no XML
 * library is needed for output this regular. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "export/internal.h"
#include "src/utf8.h"

typedef enum { T_STRING, T_DOUBLE, T_INT } key_type;

static const char *type_name(key_type t) {
  return t == T_DOUBLE ? "double" : t == T_INT ? "int" : "string";
}

static void key(kg_buf *b, const char *domain, const char *id, const char *name,
                key_type t) {
  kg_buf_printf(
      b, "  <key id=\"%s\" for=\"%s\" attr.name=\"%s\" attr.type=\"%s\"/>\n",
      id, domain, name, type_name(t));
}

static void data_open(kg_buf *b, const char *id) {
  kg_buf_puts(b, "      <data key=\"");
  kg_buf_puts(b, id);
  kg_buf_puts(b, "\">");
}

static void data_str(kg_buf *b, const char *id, const char *v) {
  if (!v) return;
  data_open(b, id);
  kg_xml_escape(b, v);
  kg_buf_puts(b, "</data>\n");
}

static void data_list(kg_buf *b, const char *id, const kg_strlist *l) {
  if (!l->n) return;
  kg_buf s = KG_BUF_INIT;
  kg_strlist_join(&s, l, "; ");
  data_str(b, id, s.ptr);
  kg_buf_free(&s);
}

static void data_num(kg_buf *b, const char *id, double v) {
  char num[64];
  kg_fmt_num(num, sizeof num, v);
  data_open(b, id);
  kg_buf_puts(b, num);
  kg_buf_puts(b, "</data>\n");
}

static void data_int(kg_buf *b, const char *id, long v) {
  kg_buf_printf(b, "      <data key=\"%s\">%ld</data>\n", id, v);
}

/* Node colours by type (as in graph.html and graphology). */
static unsigned type_rgb(kg_ent_type t) {
  switch (t) {
  case KG_PERSON:
    return 0x4e79a7;
  case KG_INSTITUTION:
    return 0x59a14f;
  case KG_COUNTRY:
    return 0xedc948;
  case KG_PLACE:
    return 0xe15759;
  case KG_EVENT:
    return 0xb07aa1;
  default:
    return 0x7f7f7f;
  }
}

static const char *yed_shape(kg_ent_type t) {
  switch (t) {
  case KG_INSTITUTION:
    return "roundrectangle";
  case KG_COUNTRY:
    return "hexagon";
  case KG_PLACE:
    return "octagon";
  case KG_EVENT:
    return "diamond";
  default:
    return "ellipse";
  }
}

static size_t chars(const char *s) {
  size_t n = 0;
  for (; *s; s++)
    n += ((unsigned char)*s & 0xc0) != 0x80;
  return n;
}

/* yEd's drawing of a node: its shape, colour, label and place. */
static void yed_node(kg_buf *b, const kg_node *x, double size) {
  const char *title = kg_node_main_title(x);
  size_t w = chars(x->label);
  if (title && chars(title) > w) w = chars(title);
  double width = fmax(40.0, 7.0 * (double)w + 16.0),
         height = title ? 42.0 : 28.0;
  width += 20 * size, height += 10 * size;
  char xs[64], ys[64], ws[64], hs[64];
  kg_fmt_num(xs, sizeof xs, x->c->x - width / 2);
  kg_fmt_num(ys, sizeof ys, x->c->y - height / 2);
  kg_fmt_num(ws, sizeof ws, width);
  kg_fmt_num(hs, sizeof hs, height);
  kg_buf_printf(
      b,
      "      <data key=\"ng\"><y:ShapeNode><y:Geometry x=\"%s\" y=\"%s\" "
      "width=\"%s\" height=\"%s\"/><y:Fill color=\"#%06X\" "
      "transparent=\"false\"/><y:BorderStyle color=\"#333333\" "
      "type=\"line\" width=\"1.0\"/><y:NodeLabel>",
      xs, ys, ws, hs, type_rgb(x->type));
  kg_xml_escape(b, x->label);
  if (title) {
    kg_buf_putc(b, '\n');
    kg_xml_escape(b, title);
  }
  kg_buf_printf(b,
                "</y:NodeLabel><y:Shape type=\"%s\"/></y:ShapeNode></data>\n",
                yed_shape(x->type));
}

static void yed_edge(kg_buf *b, const kg_edge *e) {
  char w[64];
  kg_fmt_num(w, sizeof w,
             e->type == KG_LINK_MET ? fmin(1 + log2(fmax(e->weight, 1)), 6)
                                    : 1);
  kg_buf_printf(
      b,
      "      <data key=\"eg\"><y:PolyLineEdge><y:LineStyle color=\"%s\" "
      "type=\"%s\" width=\"%s\"/><y:Arrows source=\"none\" "
      "target=\"none\"/></y:PolyLineEdge></data>\n",
      e->type == KG_LINK_MET ? "#1F4E9C" : "#9A9A9A",
      e->type == KG_LINK_MET ? "line" : "dashed", w);
}

static void positions(kg_buf *out, const kg_node *x) {
  kg_buf s = KG_BUF_INIT;
  for (size_t k = 0; k < x->profile->n_positions; k++) {
    const kg_position *p = &x->profile->positions[k];
    if (k) kg_buf_puts(&s, "; ");
    kg_buf_puts(&s, p->title);
    if (p->institution) kg_buf_printf(&s, ", %s", p->institution);
    if (p->first_seen && p->last_seen && strcmp(p->first_seen, p->last_seen))
      kg_buf_printf(&s, " (%s to %s)", p->first_seen, p->last_seen);
    else if (p->first_seen)
      kg_buf_printf(&s, " (%s)", p->first_seen);
  }
  if (s.len) data_str(out, "n_positions", s.ptr);
  kg_buf_free(&s);
}

kg_status kg_export_graphml(const kg_graph *g, FILE *out, kg_error *err) {
  size_t nn = kg_graph_node_count(g), ne = kg_graph_edge_count(g);
  int analysed = 0, placed = 0;
  for (size_t i = 0; i < nn; i++) {
    const kg_node *x = kg_graph_node(g, i);
    analysed |= x->c->community >= 0;
    placed |= x->c->x != 0 || x->c->y != 0;
  }
  kg_buf b = KG_BUF_INIT;
  kg_buf_puts(&b,
              "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
              "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"\n"
              "    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
              "    xmlns:y=\"http://www.yworks.com/xml/graphml\"\n"
              "    xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
              "http://www.yworks.com/xml/schema/graphml/1.1/ygraphml.xsd\">\n");
  key(&b, "graph", "generator", "generator", T_STRING);
  key(&b, "graph", "documents", "documents", T_INT);
  kg_buf_puts(&b,
              "  <key id=\"ng\" for=\"node\" yfiles.type=\"nodegraphics\"/>\n");
  kg_buf_puts(&b,
              "  <key id=\"eg\" for=\"edge\" yfiles.type=\"edgegraphics\"/>\n");
  static const char *const node_strs[] = {
      "label",   "type", "title", "titles", "aliases", "country",   "positions",
      "subtype", "date", "place", "status", "cameo",   "documents", NULL};
  for (int k = 0; node_strs[k]; k++) {
    char id[32];
    snprintf(id, sizeof id, "n_%s", node_strs[k]);
    key(&b, "node", id, node_strs[k], T_STRING);
  }
  key(&b, "node", "n_n_documents", "n_documents", T_INT);
  key(&b, "node", "n_size", "size", T_DOUBLE);
  key(&b, "node", "n_r", "r", T_INT);
  key(&b, "node", "n_g", "g", T_INT);
  key(&b, "node", "n_b", "b", T_INT);
  if (placed) {
    key(&b, "node", "n_x", "x", T_DOUBLE);
    key(&b, "node", "n_y", "y", T_DOUBLE);
  }
  static const char *const cent[] = {
      "degree",       "strength",        "betweenness",  "closeness",
      "harmonic",     "pagerank",        "eigenvector",  "met_degree",
      "met_strength", "met_betweenness", "met_pagerank", NULL};
  if (analysed) {
    for (int k = 0; cent[k]; k++) {
      char id[32];
      snprintf(id, sizeof id, "n_%s", cent[k]);
      key(&b, "node", id, cent[k], T_DOUBLE);
    }
    key(&b, "node", "n_community", "community", T_INT);
    key(&b, "node", "n_kcore", "kcore", T_INT);
  }
  key(&b, "edge", "e_type", "type", T_STRING);
  key(&b, "edge", "e_weight", "weight", T_DOUBLE);
  key(&b, "edge", "e_dates", "dates", T_STRING);
  key(&b, "edge", "e_titles", "titles", T_STRING);
  key(&b, "edge", "e_documents", "documents", T_STRING);
  key(&b, "edge", "e_evidence", "evidence", T_STRING);
  kg_buf_puts(&b, "  <graph id=\"kg\" edgedefault=\"undirected\">\n");
  kg_buf_puts(&b, "    <data key=\"generator\">kg " KG_VERSION "</data>\n");
  kg_buf_printf(&b, "    <data key=\"documents\">%zu</data>\n",
                kg_graph_document_count(g));

  double *size = kg_node_sizes(g, 0);
  kg_status st = KG_OK;
  for (size_t i = 0; i < nn && st == KG_OK; i++) {
    const kg_node *x = kg_graph_node(g, i);
    kg_buf_puts(&b, "    <node id=\"");
    kg_xml_escape(&b, x->id);
    kg_buf_puts(&b, "\">\n");
    yed_node(&b, x, size[i]);
    data_str(&b, "n_label", x->label);
    data_str(&b, "n_type", kg_ent_type_name(x->type));
    data_str(&b, "n_title", kg_node_main_title(x));
    data_list(&b, "n_titles", &x->profile->titles);
    data_list(&b, "n_aliases", &x->profile->aliases);
    data_str(&b, "n_country", x->country);
    positions(&b, x);
    data_str(&b, "n_subtype", x->subtype);
    data_str(&b, "n_date", x->date);
    data_str(&b, "n_place", x->place);
    data_str(&b, "n_status", x->status);
    data_str(&b, "n_cameo", x->cameo);
    data_list(&b, "n_documents", &x->documents);
    data_int(&b, "n_n_documents", (long)x->documents.n);
    data_num(&b, "n_size", round((10 + 30 * size[i]) * 100) / 100);
    unsigned rgb = type_rgb(x->type);
    data_int(&b, "n_r", (long)(rgb >> 16));
    data_int(&b, "n_g", (long)((rgb >> 8) & 0xff));
    data_int(&b, "n_b", (long)(rgb & 0xff));
    if (placed) {
      data_num(&b, "n_x", x->c->x);
      data_num(&b, "n_y", x->c->y);
    }
    if (analysed) {
      const kg_centrality *c = x->c;
      const double v[] = {c->degree,          c->strength,    c->betweenness,
                          c->closeness,       c->harmonic,    c->pagerank,
                          c->eigenvector,     c->met_degree,  c->met_strength,
                          c->met_betweenness, c->met_pagerank};
      for (int k = 0; cent[k]; k++) {
        char id[32];
        snprintf(id, sizeof id, "n_%s", cent[k]);
        data_num(&b, id, v[k]);
      }
      data_int(&b, "n_community", c->community);
      data_int(&b, "n_kcore", c->kcore);
    }
    kg_buf_puts(&b, "    </node>\n");
    /* write as we go: a large graph is never held twice */
    if (b.len > (1u << 16)) {
      if (fwrite(b.ptr, 1, b.len, out) != b.len) st = KG_EIO;
      kg_buf_reset(&b);
    }
  }
  free(size);
  kg_buf ev = KG_BUF_INIT; /* a link's evidence, reused */
  for (size_t i = 0; i < ne && st == KG_OK; i++) {
    kg_edge_buf eb;
    const kg_edge *e = kg_graph_edge(g, i, &eb);
    kg_buf_printf(&b, "    <edge id=\"e%zu\" source=\"", i);
    kg_xml_escape(&b, kg_graph_node(g, e->source)->id);
    kg_buf_puts(&b, "\" target=\"");
    kg_xml_escape(&b, kg_graph_node(g, e->target)->id);
    kg_buf_puts(&b, "\">\n");
    yed_edge(&b, e);
    data_str(&b, "e_type", kg_link_type_name(e->type));
    data_num(&b, "e_weight", e->weight);
    data_list(&b, "e_dates", &e->dates);
    data_list(&b, "e_titles", &e->titles);
    data_list(&b, "e_documents", &e->documents);
    if (e->n_evidence) {
      kg_buf_reset(&ev);
      for (size_t k = 0; k < e->n_evidence; k++) {
        if (k) kg_buf_putc(&ev, '\n');
        kg_buf_puts(&ev, e->evidence[k].doc);
        kg_buf_puts(&ev, ": ");
        kg_buf_puts(&ev, e->evidence[k].text);
      }
      data_str(&b, "e_evidence", ev.ptr);
    }
    kg_buf_puts(&b, "    </edge>\n");
    if (i % 1024 == 1023) kg_graph_release_text(g); /* see kg_export_json */
    if (b.len > (1u << 16)) {
      if (fwrite(b.ptr, 1, b.len, out) != b.len) st = KG_EIO;
      kg_buf_reset(&b);
    }
  }
  kg_buf_free(&ev);
  kg_buf_puts(&b, "  </graph>\n</graphml>\n");
  if (st == KG_OK && b.len && fwrite(b.ptr, 1, b.len, out) != b.len)
    st = KG_EIO;
  kg_buf_free(&b);
  if (st != KG_OK || ferror(out))
    return kg_error_set(err, KG_EIO, NULL, 0, "cannot write GraphML");
  return KG_OK;
}
