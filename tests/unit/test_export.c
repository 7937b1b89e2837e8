/* test_export.c - unit tests of the export helpers (issue 7): the engine
 * chosen by size, number formatting, XML and <script> escaping, DOT that
 * Graphviz reads back whatever the names, a deterministic layout, and
 * graph.json the same bytes whatever the thread count. */
#define _POSIX_C_SOURCE 200809L
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "export/internal.h"
#include "harness.h"

/* A graph of `n` people in a ring, all met by person 0 (the hub), labels
 * from `names` (ids then equal the labels). Edges name nodes by the order
 * they were put in; kg_graph_finish renumbers them. */
static kg_graph *ring(size_t n, const char *const *names) {
  kg_graph *g = kg_graph_new();
  char id[64], label[64];
  for (size_t i = 0; i < n; i++) {
    kg_node x;
    memset(&x, 0, sizeof x);
    snprintf(id, sizeof id, "person:%zu", i);
    snprintf(label, sizeof label, "Person %zu", i);
    x.id = names && names[i] ? (char *)names[i] : id;
    x.label = names && names[i] ? (char *)names[i] : label;
    x.type = KG_PERSON;
    kg_graph_put_node(g, &x);
  }
  for (size_t i = 0; i < n; i++) {
    kg_edge e;
    memset(&e, 0, sizeof e);
    e.type = KG_LINK_MET;
    e.source = i;
    e.target = (i + 1) % n;
    e.weight = 1 + (double)(i % 3);
    if (e.source != e.target) kg_graph_put_edge(g, &e);
    e.source = 0;
    e.target = i;
    if (i > 1) kg_graph_put_edge(g, &e);
  }
  kg_graph_finish(g);
  return g;
}

static char *dot_text(const kg_graph *g, int people_only) {
  char *text = NULL;
  size_t len = 0;
  FILE *fp = open_memstream(&text, &len);
  kg_error err;
  kg_error_clear(&err);
  CHECK_INT(kg_export_dot(g, people_only, fp, &err), KG_OK);
  fclose(fp);
  return text;
}

static char *json_text(const kg_graph *g, kg_json_style style, int threads) {
  char *text = NULL;
  size_t len = 0;
  FILE *fp = open_memstream(&text, &len);
  kg_error err;
  kg_error_clear(&err);
  CHECK_INT(kg_export_json(g, style, threads, fp, &err), KG_OK);
  fclose(fp);
  return text;
}

/* graph.json rendered on several threads is the serial bytes: for every
 * style, with many chunks (more than a window), edge ids that collide with
 * node ids, and the empty and edgeless graphs; a full disk is the same
 * error with threads. */
static void test_json_threads(void) {
  enum { N = 2500 };
  const char **names = calloc(N, sizeof *names);
  names[0] = "a";
  names[1] = "b";
  names[2] = "met|a|b"; /* the id of the link a-b: it gets "#N" */
  names[3] = "met|b|a";
  kg_graph *big = ring(N, names), *empty = ring(0, NULL), *one = ring(1, NULL);
  free(names);
  kg_graph *gs[] = {big, empty, one};
  for (size_t k = 0; k < sizeof gs / sizeof *gs; k++) {
    for (int style = KG_JSON_NODE_LINK; style <= KG_JSON_GRAPHOLOGY; style++) {
      char *serial = json_text(gs[k], (kg_json_style)style, 1);
      for (int threads = 2; threads <= 7; threads += 5) {
        char *par = json_text(gs[k], (kg_json_style)style, threads);
        CHECK(serial && par && strcmp(serial, par) == 0);
        free(par);
      }
      if (k == 0 && style != KG_JSON_NODE_LINK) CHECK(strstr(serial, "met|a|b#"));
      if (k > 0) CHECK(strstr(serial, "[]\n}\n") || strstr(serial, "[]\n }\n}\n"));
      free(serial);
    }
  }
  for (int threads = 1; threads <= 3; threads += 2) {
    FILE *full = fopen("/dev/full", "w");
    if (!full) break;
    kg_error err;
    kg_error_clear(&err);
    CHECK_INT(kg_export_json(big, KG_JSON_CYTOSCAPE, threads, full, &err), KG_EIO);
    CHECK_STR(err.msg, "cannot write JSON: No space left on device");
    fclose(full);
  }
  kg_graph_free(big);
  kg_graph_free(empty);
  kg_graph_free(one);
}

int main(void) {
  /* dot up to KG_RENDER_SMALL nodes, sfdp above */
  CHECK_STR(kg_render_engine_auto(0), "dot");
  CHECK_STR(kg_render_engine_auto(KG_RENDER_SMALL), "dot");
  CHECK_STR(kg_render_engine_auto(KG_RENDER_SMALL + 1), "sfdp");
  CHECK(kg_render_engine_valid("neato") && !kg_render_engine_valid("spring"));
  kg_render_format f;
  CHECK(kg_render_format_parse("png", &f) == 0 && f == KG_RENDER_PNG);
  CHECK(kg_render_format_parse("gif", &f) == -1);

  char num[64];
  kg_fmt_num(num, sizeof num, 3.0);
  CHECK_STR(num, "3");
  kg_fmt_num(num, sizeof num, -0.0);
  CHECK_STR(num, "0");
  kg_fmt_num(num, sizeof num, 1e-12);
  CHECK_STR(num, "0");
  kg_fmt_num(num, sizeof num, NAN);
  CHECK_STR(num, "0");
  kg_fmt_num(num, sizeof num, 0.1 + 0.2);
  CHECK_STR(num, "0.3");

  kg_buf b = KG_BUF_INIT;
  kg_xml_escape(&b, "a<b>&\"'\t\n\x01\xff\xef\xbf\xbe\xc3\xa9");
  CHECK_STR(b.ptr, "a&lt;b&gt;&amp;&quot;&apos;&#9;&#10;\xef\xbf\xbd\xc3\xa9");
  kg_buf_free(&b);

  /* DOT that Graphviz parses back, whatever the names: a trailing
   * backslash, quotes, escape sequences, newlines, markup, keywords */
  static const char *const hostile[] = {
      "trail\\",    "q\"uote\\\"",  "\\N \\G \\l",
      "two\nlines", "<b>&amp;</b>", "node",
      "graph",      "-1.5",         "Зоя \xe2\x80\xa8 \xe7\xbf\x92",
      NULL};
  kg_graph *g = ring(9, hostile);
  for (int people = 0; people < 2; people++) {
    char *text = dot_text(g, people);
    FILE *out = fopen("/dev/null", "w");
    kg_error err;
    kg_error_clear(&err);
    kg_status st = kg_render_dot(text, "test", KG_RENDER_SVG, NULL, out, &err);
    if (st != KG_OK) fprintf(stderr, "render: %s\n%s\n", err.msg, text);
    CHECK_INT(st, KG_OK);
    fclose(out);
    free(text);
  }
  /* the viewer's data: nothing that ends a <script>, no raw U+2028 */
  char *json = kg_json_viewer_data(g);
  CHECK(json && !strchr(json, '<') && !strchr(json, '>') && !strchr(json, '&'));
  CHECK(json && !strstr(json, "\xe2\x80\xa8"));
  CHECK(json && strstr(json, "\\u003cb\\u003e\\u0026amp;\\u003c/b\\u003e"));
  free(json);
  kg_graph_free(g);

  /* a bad DOT text is an error, not a crash or a print */
  {
    FILE *out = fopen("/dev/null", "w");
    kg_error err;
    kg_error_clear(&err);
    CHECK_INT(kg_render_dot("graph { a -- ; }", "bad.dot", KG_RENDER_SVG, NULL,
                            out, &err),
              KG_EPARSE);
    CHECK(strstr(err.msg, "syntax error") != NULL);
    fclose(out);
  }

  /* layout: same coordinates every time, nodes apart, sizes by degree */
  kg_graph *a = ring(40, NULL), *c = ring(40, NULL);
  kg_error err;
  kg_error_clear(&err);
  CHECK_INT(kg_graph_layout(a, &err), KG_OK);
  CHECK_INT(kg_graph_layout(c, &err), KG_OK);
  int same = 1, spread = 0;
  for (size_t i = 0; i < 40; i++) {
    const kg_node *x = kg_graph_node(a, i), *y = kg_graph_node(c, i);
    same &= x->x == y->x && x->y == y->y;
    spread += fabs(x->x) > 1 || fabs(x->y) > 1;
  }
  CHECK(same);
  CHECK(spread > 30);
  double *size = kg_node_sizes(a, 1);
  size_t hub = kg_graph_find(a, "person:0");
  CHECK(size[hub] == 1.0);
  CHECK(size[kg_graph_find(a, "person:5")] < 1.0);
  free(size);
  kg_graph_free(a);
  kg_graph_free(c);
  test_json_threads();
  TEST_MAIN_END();
}
