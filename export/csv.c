/* csv.c - nodes.csv and edges.csv, for Neo4j's LOAD CSV WITH HEADERS and
 * spreadsheets: UTF-8 without a byte-order mark, a header row, CRLF line
 * ends and RFC 4180 quoting (a field with a comma, quote, CR or LF is
 * quoted, quotes doubled). Lists are joined with "; ", evidence is one
 * "document: sentence" line per sentence; an absent value is an empty
 * field, which LOAD CSV reads as null. Columns are the same whether or not
 * analytics ran (then the centrality fields are empty). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "export/internal.h"

/* Bytes kept before writing out. */
#define KG_CSV_CHUNK (1u << 16)

static void field(kg_buf *b, const char *s, int first) {
  if (!first) kg_buf_putc(b, ',');
  if (!s) return;
  if (!strpbrk(s, ",\"\r\n")) {
    kg_buf_puts(b, s);
    return;
  }
  kg_buf_putc(b, '"');
  for (; *s; s++) {
    if (*s == '"') kg_buf_putc(b, '"');
    kg_buf_putc(b, *s);
  }
  kg_buf_putc(b, '"');
}

static void field_list(kg_buf *b, const kg_strlist *l) {
  kg_buf s = KG_BUF_INIT;
  kg_strlist_join(&s, l, "; ");
  field(b, l->n ? s.ptr : NULL, 0);
  kg_buf_free(&s);
}

static void field_num(kg_buf *b, double v) {
  char num[64];
  kg_fmt_num(num, sizeof num, v);
  field(b, num, 0);
}

static void end_row(kg_buf *b) {
  kg_buf_puts(b, "\r\n");
}

/* Write out what `b` holds when it is large (or `last`). */
static int flush(kg_buf *b, FILE *out, int last) {
  if (!last && b->len < KG_CSV_CHUNK) return 0;
  int bad = b->len && fwrite(b->ptr, 1, b->len, out) != b->len;
  kg_buf_reset(b);
  return bad;
}

kg_status kg_export_csv_nodes(const kg_graph *g, FILE *out, kg_error *err) {
  size_t n = kg_graph_node_count(g);
  int analysed = 0;
  for (size_t i = 0; i < n; i++)
    analysed |= kg_graph_node(g, i)->c->community >= 0;
  kg_buf b = KG_BUF_INIT;
  kg_buf_puts(&b,
              "id,type,label,title,titles,aliases,country,subtype,date,place,"
              "status,cameo,documents,n_documents,degree,betweenness,"
              "pagerank,met_degree,met_betweenness,community,kcore,x,y\r\n");
  int bad = 0;
  for (size_t i = 0; i < n && !bad; i++) {
    const kg_node *x = kg_graph_node(g, i);
    field(&b, x->id, 1);
    field(&b, kg_ent_type_name(x->type), 0);
    field(&b, x->label, 0);
    field(&b, kg_node_main_title(x), 0);
    field_list(&b, &x->profile->titles);
    field_list(&b, &x->profile->aliases);
    field(&b, x->country, 0);
    field(&b, x->subtype, 0);
    field(&b, x->date, 0);
    field(&b, x->place, 0);
    field(&b, x->status, 0);
    field(&b, x->cameo, 0);
    field_list(&b, &x->documents);
    field_num(&b, (double)x->documents.n);
    if (analysed) {
      field_num(&b, x->c->degree);
      field_num(&b, x->c->betweenness);
      field_num(&b, x->c->pagerank);
      field_num(&b, x->c->met_degree);
      field_num(&b, x->c->met_betweenness);
      field_num(&b, x->c->community);
      field_num(&b, x->c->kcore);
    } else {
      kg_buf_puts(&b, ",,,,,,,");
    }
    field_num(&b, x->c->x);
    field_num(&b, x->c->y);
    end_row(&b);
    bad = flush(&b, out, 0);
    if (i % 1024 == 1023) kg_graph_release_text(g); /* see kg_export_json */
  }
  if (!bad) bad = flush(&b, out, 1);
  kg_buf_free(&b);
  if (bad || ferror(out))
    return kg_error_set(err, KG_EIO, NULL, 0, "cannot write CSV");
  return KG_OK;
}

kg_status kg_export_csv_edges(const kg_graph *g, FILE *out, kg_error *err) {
  kg_buf b = KG_BUF_INIT;
  kg_buf_puts(&b, "source,target,type,weight,dates,first_date,last_date,titles,"
                  "documents,n_documents,evidence\r\n");
  int bad = 0;
  for (size_t i = 0; i < kg_graph_edge_count(g) && !bad; i++) {
    kg_edge_buf eb;
    const kg_edge *e = kg_graph_edge(g, i, &eb);
    field(&b, kg_graph_node(g, e->source)->id, 1);
    field(&b, kg_graph_node(g, e->target)->id, 0);
    field(&b, kg_link_type_name(e->type), 0);
    field_num(&b, e->weight);
    field_list(&b, &e->dates);
    /* dates are sorted (ISO), so the ends are the first and last */
    field(&b, e->dates.n ? e->dates.v[0] : NULL, 0);
    field(&b, e->dates.n ? e->dates.v[e->dates.n - 1] : NULL, 0);
    field_list(&b, &e->titles);
    field_list(&b, &e->documents);
    field_num(&b, (double)e->documents.n);
    kg_buf ev = KG_BUF_INIT;
    for (size_t k = 0; k < e->n_evidence; k++)
      kg_buf_printf(&ev, "%s%s: %s", k ? "\n" : "", e->evidence[k].doc,
                    e->evidence[k].text);
    field(&b, e->n_evidence ? ev.ptr : NULL, 0);
    kg_buf_free(&ev);
    end_row(&b);
    bad = flush(&b, out, 0);
    if (i % 1024 == 1023) kg_graph_release_text(g); /* see kg_export_json */
  }
  if (!bad) bad = flush(&b, out, 1);
  kg_buf_free(&b);
  if (bad || ferror(out))
    return kg_error_set(err, KG_EIO, NULL, 0, "cannot write CSV");
  return KG_OK;
}
