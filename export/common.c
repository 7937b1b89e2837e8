/* common.c - small helpers the export formats share (see internal.h): the
 * title shown under a name, node sizes from centralities, XML escaping, list
 * joining and number formatting that stays identical across runs. */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "export/internal.h"
#include "src/utf8.h"

/* NULL sorts before any date. */
static int cmp_date(const char *a, const char *b) {
  if (!a || !b) return (a != NULL) - (b != NULL);
  return strcmp(a, b);
}

const char *kg_node_main_title(const kg_node *n) {
  const kg_position *best = NULL;
  for (size_t i = 0; i < n->n_positions; i++) {
    const kg_position *p = &n->positions[i];
    if (!p->title) continue;
    int c = best ? cmp_date(p->last_seen, best->last_seen) : 1;
    if (c == 0)
      c = (p->documents.n > best->documents.n) -
          (p->documents.n < best->documents.n);
    if (c > 0) best = p; /* ties keep the first, in title order */
  }
  if (best) return best->title;
  return n->titles.n ? n->titles.v[0] : NULL;
}

double *kg_node_sizes(const kg_graph *g, int people_only) {
  size_t n = kg_graph_node_count(g);
  double *v = kg_xcalloc(n + 1, sizeof *v);
  double max = 0;
  for (size_t i = 0; i < n; i++) {
    const kg_node *x = kg_graph_node(g, i);
    if (people_only && x->type != KG_PERSON) continue;
    v[i] = people_only ? x->c->met_degree : x->c->degree;
    if (!isfinite(v[i]) || v[i] < 0) v[i] = 0;
    max = fmax(max, v[i]);
  }
  if (max == 0) { /* no analytics: count the view's links */
    for (size_t i = 0; i < kg_graph_edge_count(g); i++) {
      const kg_edge *e = kg_graph_edge(g, i);
      if (people_only && e->type != KG_LINK_MET) continue;
      if (people_only && (kg_graph_node(g, e->source)->type != KG_PERSON ||
                          kg_graph_node(g, e->target)->type != KG_PERSON))
        continue;
      v[e->source] += 1;
      v[e->target] += 1;
    }
    for (size_t i = 0; i < n; i++)
      max = fmax(max, v[i]);
  }
  for (size_t i = 0; i < n; i++)
    v[i] = max > 0 ? sqrt(v[i] / max) : 0;
  return v;
}

void kg_xml_escape(kg_buf *out, const char *s) {
  size_t len = strlen(s);
  for (size_t i = 0; i < len;) {
    unsigned char c = (unsigned char)s[i];
    if (c < 0x80) {
      switch (c) {
      case '&':
        kg_buf_puts(out, "&amp;");
        break;
      case '<':
        kg_buf_puts(out, "&lt;");
        break;
      case '>':
        kg_buf_puts(out, "&gt;");
        break;
      case '"':
        kg_buf_puts(out, "&quot;");
        break;
      case '\'':
        kg_buf_puts(out, "&apos;");
        break;
      /* as references, so that attribute values keep them too */
      case '\t':
        kg_buf_puts(out, "&#9;");
        break;
      case '\n':
        kg_buf_puts(out, "&#10;");
        break;
      case '\r':
        kg_buf_puts(out, "&#13;");
        break;
      default:
        if (c >= 0x20 && c != 0x7f) kg_buf_putc(out, (char)c);
      }
      i++;
      continue;
    }
    /* a multi-byte sequence: copy it when valid, else U+FFFD */
    size_t n = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : c >= 0xc0 ? 2 : 1;
    if (n == 1 || i + n > len || !kg_utf8_clean(s + i, n)) {
      kg_buf_puts(out, "\xef\xbf\xbd");
      i++;
      continue;
    }
    uint32_t cp;
    kg_utf8_next(s + i, n, &cp);
    /* XML 1.0 forbids U+FFFE, U+FFFF and (as discouraged) C1 controls */
    if (cp != 0xfffe && cp != 0xffff && !(cp >= 0x80 && cp <= 0x9f))
      kg_buf_append(out, s + i, n);
    i += n;
  }
}

void kg_strlist_join(kg_buf *out, const kg_strlist *l, const char *sep) {
  for (size_t i = 0; i < l->n; i++) {
    if (i) kg_buf_puts(out, sep);
    kg_buf_puts(out, l->v[i]);
  }
}

void kg_fmt_num(char *buf, size_t size, double x) {
  if (!isfinite(x)) x = 0;
  double r = round(x * 1e9) / 1e9;
  if (r == 0) r = 0; /* no negative zero */
  if (r == floor(r) && fabs(r) < 1e15)
    snprintf(buf, size, "%.0f", r);
  else
    snprintf(buf, size, "%.12g", r);
}
