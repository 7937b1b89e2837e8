/* test_export.c - unit tests of the export helpers (issue 7): the engine
 * chosen by size, number formatting, XML and <script> escaping, DOT that
 * Graphviz reads back whatever the names, a deterministic layout, and
 * graph.json the same bytes whatever the thread count. */
#define _POSIX_C_SOURCE 200809L
#include <dirent.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "export/internal.h"
#include "src/io.h"
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

/* Jansson's dump of one value (JSON_ENCODE_ANY), or NULL when it refuses. */
static char *jansson_text(json_t *v) {
  if (!v) return NULL;
  char *s = json_dumps(v, JSON_ENCODE_ANY | JSON_REAL_PRECISION(12));
  json_decref(v);
  return s;
}

static uint64_t rng_state = 88172645463325252u;
static uint64_t rng(void) { /* xorshift64: the same values on every run */
  rng_state ^= rng_state << 13;
  rng_state ^= rng_state >> 7;
  rng_state ^= rng_state << 17;
  return rng_state;
}

/* The direct JSON writers (graph.json elements, facts lines) give the bytes
 * Jansson gives for the same values: doubles of every magnitude and shape,
 * integers, and strings of random bytes (invalid UTF-8 refused by both). */
static void test_json_values(void) {
  kg_buf b = KG_BUF_INIT;
  static const double fixed[] = {0.0, -0.0, 1.0, -1.0, 0.5, 1e-5, 1e-10, 1e11,
                                 999999999999.0, 1e12, 1e15, 1e20, -1e22,
                                 123456789012345.0, 0.1 + 0.2, 1.0 / 3, 5e-324,
                                 1.7976931348623157e308, 2.5e-7, 1234.5678e-9};
  size_t bad = 0;
  for (size_t i = 0; i < 400000; i++) {
    double x;
    if (i < sizeof fixed / sizeof *fixed) {
      x = fixed[i];
    } else if (i % 3 == 0) { /* any finite bit pattern */
      uint64_t u = rng();
      memcpy(&x, &u, sizeof x);
      if (!isfinite(x)) continue;
    } else { /* the values graph.json holds: rounded to 1e-9 */
      x = ldexp((double)(rng() >> 11), (int)(rng() % 80) - 90);
      if (i % 2) x = -x;
      x = round(x * 1e9) / 1e9;
    }
    kg_buf_reset(&b);
    kg_json_put_real(&b, x);
    char *want = jansson_text(json_real(x));
    if (!want || strcmp(want, b.ptr ? b.ptr : "")) {
      if (bad++ < 5) fprintf(stderr, "real %.17g: %s, Jansson %s\n", x, b.ptr, want);
    }
    free(want);
  }
  CHECK_INT(bad, 0);
  static const int64_t ints[] = {0, 1, -1, 42, INT64_MAX, INT64_MIN, -1234567890123};
  for (size_t i = 0; i < sizeof ints / sizeof *ints; i++) {
    kg_buf_reset(&b);
    kg_json_put_int(&b, (uint64_t)ints[i]);
    char *want = jansson_text(json_integer(ints[i]));
    CHECK_STR(b.ptr, want);
    free(want);
  }
  bad = 0;
  size_t refused = 0;
  char s[24];
  for (size_t i = 0; i < 300000; i++) {
    size_t n = rng() % (sizeof s - 1);
    for (size_t k = 0; k < n; k++) {
      uint64_t r = rng();
      /* mostly ASCII, some controls, UTF-8 lead and continuation bytes */
      s[k] = (char)(r % 4 ? 0x20 + (r >> 8) % 0x60 : (r % 2 ? (r >> 8) % 0x20 + 1 : 0x80 + (r >> 8) % 0x80));
    }
    s[n] = '\0';
    kg_buf_reset(&b);
    kg_buf_puts(&b, "x");
    int rc = kg_json_put_str(&b, s);
    char *want = jansson_text(json_string(s));
    if (rc != 0) {
      refused++;
      if (want || strcmp(b.ptr, "x")) bad++;
    } else if (!want || strcmp(b.ptr + 1, want)) {
      if (bad++ < 5) fprintf(stderr, "string '%s': %s, Jansson %s\n", s, b.ptr + 1, want);
    }
    free(want);
  }
  CHECK_INT(bad, 0);
  CHECK(refused > 1000 && refused < 290000); /* both kinds were tried */
  kg_buf_free(&b);
}

/* ---- graph.html's data against a Jansson tree -------------------------------- */

/* The viewer's data as earlier versions built it: a Jansson tree of the
 * whole graph, dumped compact, then escaped for a <script> element. */
static json_t *jstr_or_null(const char *v) { return v ? json_string(v) : json_null(); }

static json_t *jstrlist(const kg_strlist *l) {
  json_t *a = json_array();
  for (size_t i = 0; i < l->n; i++) json_array_append_new(a, json_string(l->v[i]));
  return a;
}

static void jset(json_t *o, const char *k, const char *v) {
  if (v) json_object_set_new(o, k, json_string(v));
}

static char *viewer_oracle(const kg_graph *g) {
  json_t *root = json_object(), *meta = json_object();
  jset(meta, "generator", "kg " KG_VERSION);
  json_object_set_new(meta, "documents", json_integer((json_int_t)kg_graph_document_count(g)));
  json_object_set_new(root, "meta", meta);
  double *size = kg_node_sizes(g, 0);
  json_t *nodes = json_array();
  for (size_t i = 0; i < kg_graph_node_count(g); i++) {
    const kg_node *n = kg_graph_node(g, i);
    json_t *o = json_object();
    jset(o, "id", n->id);
    jset(o, "label", n->label);
    jset(o, "type", kg_ent_type_name(n->type));
    json_object_set_new(o, "country", jstr_or_null(n->country));
    json_object_set_new(o, "title", jstr_or_null(kg_node_main_title(n)));
    json_object_set_new(o, "aliases", jstrlist(&n->profile->aliases));
    json_object_set_new(o, "titles", jstrlist(&n->profile->titles));
    json_t *ps = json_array();
    for (size_t k = 0; k < n->profile->n_positions; k++) {
      const kg_position *p = &n->profile->positions[k];
      json_t *j = json_object();
      jset(j, "title", p->title);
      json_object_set_new(j, "institution", jstr_or_null(p->institution));
      json_object_set_new(j, "first_seen", jstr_or_null(p->first_seen));
      json_object_set_new(j, "last_seen", jstr_or_null(p->last_seen));
      json_array_append_new(ps, j);
    }
    json_object_set_new(o, "positions", ps);
    jset(o, "subtype", n->subtype);
    jset(o, "date", n->date);
    jset(o, "place", n->place);
    json_object_set_new(o, "documents", jstrlist(&n->documents));
    json_object_set_new(o, "x", json_real(kg_round9(n->c->x)));
    json_object_set_new(o, "y", json_real(kg_round9(n->c->y)));
    json_object_set_new(o, "size", json_real(kg_round9(round(size[i] * 1000) / 1000)));
    json_array_append_new(nodes, o);
  }
  free(size);
  json_object_set_new(root, "nodes", nodes);
  json_t *links = json_array();
  for (size_t i = 0; i < kg_graph_edge_count(g); i++) {
    kg_edge_buf eb;
    const kg_edge *e = kg_graph_edge(g, i, &eb);
    json_t *o = json_object();
    json_object_set_new(o, "s", json_integer((json_int_t)e->source));
    json_object_set_new(o, "t", json_integer((json_int_t)e->target));
    jset(o, "type", kg_link_type_name(e->type));
    json_object_set_new(o, "weight", json_real(kg_round9(e->weight)));
    json_object_set_new(o, "dates", jstrlist(&e->dates));
    json_object_set_new(o, "titles", jstrlist(&e->titles));
    json_object_set_new(o, "documents", jstrlist(&e->documents));
    json_t *ev = json_array();
    for (size_t k = 0; k < e->n_evidence; k++) {
      json_t *j = json_object();
      jset(j, "document", e->evidence[k].doc);
      jset(j, "text", e->evidence[k].text);
      json_array_append_new(ev, j);
    }
    json_object_set_new(o, "evidence", ev);
    json_array_append_new(links, o);
  }
  json_object_set_new(root, "links", links);
  char *s = json_dumps(root, JSON_COMPACT | JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(12));
  json_decref(root);
  kg_buf b = KG_BUF_INIT;
  for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
    if (*p == '<') kg_buf_puts(&b, "\\u003c");
    else if (*p == '>') kg_buf_puts(&b, "\\u003e");
    else if (*p == '&') kg_buf_puts(&b, "\\u0026");
    else if (p[0] == 0xe2 && p[1] == 0x80 && (p[2] == 0xa8 || p[2] == 0xa9)) {
      kg_buf_puts(&b, p[2] == 0xa8 ? "\\u2028" : "\\u2029");
      p += 2;
    } else kg_buf_putc(&b, (char)*p);
  }
  free(s);
  return kg_buf_detach(&b);
}

/* The viewer's data, written directly, is the oracle's bytes; graph.html
 * streams the same bytes; a full disk is an error. */
static void check_viewer(const kg_graph *g) {
  char *want = viewer_oracle(g), *got = kg_json_viewer_data(g);
  CHECK(want && got && !strcmp(want, got));
  if (want && got && strcmp(want, got)) {
    size_t i = 0;
    while (want[i] && want[i] == got[i]) i++;
    fprintf(stderr, "viewer data differs at %zu: got '%.60s' want '%.60s'\n", i,
            got + (i > 20 ? i - 20 : 0), want + (i > 20 ? i - 20 : 0));
  }
  char *html = NULL;
  size_t len = 0;
  FILE *fp = open_memstream(&html, &len);
  kg_error err;
  kg_error_clear(&err);
  CHECK_INT(kg_export_html(g, fp, &err), KG_OK);
  fclose(fp);
  CHECK(html && got && strstr(html, got) != NULL);
  free(html);
  FILE *full = fopen("/dev/full", "w");
  if (full) {
    CHECK_INT(kg_export_html(g, full, &err), KG_EIO);
    CHECK_STR(err.msg, "cannot write HTML: No space left on device");
    fclose(full);
  }
  free(want);
  free(got);
}

/* graph.json is what Jansson writes for the document it holds: parsed and
 * dumped again with the same flags, the bytes are the same, for every
 * style, with centralities, positions and names that need escaping. */
static void test_json_redump(void) {
  static const char *const names[40] = {"a \"quoted\" \\ name", "tab\there",
                                        "Zoë Ünal", "😀 emoji", "ctl\x01x"};
  kg_graph *g = ring(40, names);
  kg_error err;
  kg_error_clear(&err);
  kg_analyze_opts ao = kg_analyze_defaults();
  CHECK_INT(kg_graph_analyze(g, &ao, &err), KG_OK);
  CHECK_INT(kg_graph_layout(g, &err), KG_OK);
  for (int style = KG_JSON_NODE_LINK; style <= KG_JSON_GRAPHOLOGY; style++) {
    char *text = json_text(g, (kg_json_style)style, 1);
    json_error_t je;
    json_t *doc = json_loads(text, 0, &je);
    CHECK(doc != NULL);
    char *again = json_dumps(doc, JSON_INDENT(1) | JSON_PRESERVE_ORDER |
                                      JSON_REAL_PRECISION(12));
    CHECK(again && strncmp(text, again, strlen(again)) == 0 &&
          !strcmp(text + strlen(again), "\n"));
    CHECK(strstr(text, "\"betweenness\": ") && strstr(text, "\\u0001"));
    free(again);
    json_decref(doc);
    free(text);
  }
  check_viewer(g);
  kg_graph_free(g);
  /* names that are not UTF-8, or that would end a <script> */
  static const char *const odd[6] = {"bad \xff byte", "</script><!--", "a&b",
                                     "line\xe2\x80\xa8sep", "cut \xe2\x80"};
  g = ring(6, odd);
  CHECK_INT(kg_graph_layout(g, &err), KG_OK);
  check_viewer(g);
  kg_graph_free(g);
}

/* Facts through the fast reader and through Jansson alone: the same facts
 * (compared as their JSON lines) or the same error message. */
static size_t facts_differ;
static void facts_same(const char *line, size_t len) {
  kg_facts *a = NULL, *b = NULL;
  kg_error ea, eb;
  kg_error_clear(&ea);
  kg_error_clear(&eb);
  kg_status sa = kg_facts_from_json(line, len, "t", 1, &a, &ea);
  kg_status sb = kg_facts_from_json_jansson(line, len, "t", 1, &b, &eb);
  int same = sa == sb;
  if (same && sa == KG_OK) {
    kg_buf ja = KG_BUF_INIT, jb = KG_BUF_INIT;
    kg_facts_to_json(a, &ja);
    kg_facts_to_json(b, &jb);
    same = ja.len == jb.len && !memcmp(ja.ptr, jb.ptr, ja.len);
    kg_buf_free(&ja);
    kg_buf_free(&jb);
  } else if (same) {
    same = !strcmp(ea.msg, eb.msg);
  }
  if (!same && facts_differ++ < 5)
    fprintf(stderr, "facts differ (%d %d): %.*s\n", sa, sb, (int)(len < 300 ? len : 300), line);
  kg_facts_free(a);
  kg_facts_free(b);
}

/* The fast facts reader agrees with Jansson on the facts lines of the
 * sample articles, on crafted lines (escapes, nulls, other key orders,
 * out-of-range indexes) and on 10 000 mutations of them. */
static void test_facts_reader(void) {
  kg_lexicon *lex = NULL;
  kg_error err;
  kg_error_clear(&err);
  CHECK_INT(kg_lexicon_load(NULL, &lex, &err), KG_OK);
  const char *src = getenv("KG_SRC");
  char dir[4096];
  snprintf(dir, sizeof dir, "%s/samples", src ? src : ".");
  DIR *dp = opendir(dir);
  CHECK(dp != NULL);
  kg_buf lines = KG_BUF_INIT;
  size_t files = 0;
  kg_graph *samples = kg_graph_new();
  for (struct dirent *de; dp && lex && (de = readdir(dp));) {
    size_t nl = strlen(de->d_name);
    if (nl < 5 || strcmp(de->d_name + nl - 4, ".txt")) continue;
    char path[8192], *text = NULL;
    size_t len = 0;
    snprintf(path, sizeof path, "%s/%s", dir, de->d_name);
    if (kg_read_file(path, 1 << 24, &text, &len, &err) != KG_OK) continue;
    kg_doc d = {de->d_name, text, len, "2024-05-01", "A title", NULL};
    kg_facts *f = kg_extract(lex, &d);
    kg_facts_to_json(f, &lines);
    kg_graph_add(samples, f);
    kg_facts_free(f);
    free(text);
    files++;
  }
  if (dp) closedir(dp);
  kg_lexicon_free(lex);
  /* the samples' graph, analysed and laid out: graph.html's data */
  kg_graph_finish(samples);
  kg_analyze_opts ao = kg_analyze_defaults();
  CHECK_INT(kg_graph_analyze(samples, &ao, &err), KG_OK);
  CHECK_INT(kg_graph_layout(samples, &err), KG_OK);
  CHECK(kg_graph_edge_count(samples) > 50);
  check_viewer(samples);
  kg_graph_free(samples);
  static const char *const crafted[] = {
      "{\"doc\":\"d\",\"entities\":[]}",
      " {\"title\":null, \"doc\" : \"d\\u00e9\\ud83d\\ude00\\/\\n\", \"entities\":[{\"key\":\"person:a\",\"type\":\"person\",\"label\":\"A \\\"B\\\"\",\"aliases\":[\"x\",\"\",\"x\"],\"offset\":0}],\"url\":\"u\",\"links\":[],\"mentions\":[[1,2,0],[3,4,9]]}\r\n",
      "{\"doc\":\"d\",\"entities\":[{\"key\":\"a\",\"type\":\"person\",\"label\":\"A\"},{\"key\":\"b\",\"type\":\"event\",\"label\":\"B\",\"date\":null}],\"links\":[{\"type\":\"met\",\"source\":0,\"target\":1,\"event\":7,\"text\":\"s\"}]}",
      "{\"entities\":[],\"doc\":\"d\"}",
      "{\"doc\":\"d\",\"doc\":\"e\",\"entities\":[]}",
      "{\"doc\":\"d\",\"entities\":[{\"key\":\"a\",\"type\":\"planet\",\"label\":\"A\"}]}",
      "{\"doc\":\"d\",\"entities\":[],\"links\":[{\"type\":\"met\",\"source\":0,\"target\":0}]}",
      "{\"doc\":\"d\",\"entities\":[{\"key\":\"a\",\"type\":\"person\",\"label\":\"A\",\"offset\":-3}]}",
      "{\"doc\":\"d\\u0000\",\"entities\":[]}",
      "{\"doc\":\"d\\ud800\",\"entities\":[]}",
      "{\"doc\":\"d\",\"entities\":[],\"extra\":{\"a\":[1,2]}}",
      "{\"doc\":\"d\",\"entities\":[]} x",
  };
  for (size_t i = 0; i < sizeof crafted / sizeof *crafted; i++)
    facts_same(crafted[i], strlen(crafted[i]));
  CHECK(lines.len > 1000);
  static const char *const bits[] = {"\"", "\\", "{", "}", "[", "]", ",", ":", "0",
                                     "-1", "1.5", "1e3", "00", " ", "\t", "null",
                                     "true", "\\u00e9", "\\ud83d\\ude00", "\\u0000",
                                     "\\ud800", "\x01", "\xc3\xa9", "\xc3", "\"key\":\"k\",",
                                     "\"offset\":5,", "\"event\":0,", "99999999999999999999"};
  char *line = NULL;
  size_t cap = 0;
  size_t nlines = 0;
  for (const char *p = lines.ptr; p && p < lines.ptr + lines.len;) {
    const char *nl = memchr(p, '\n', (size_t)(lines.ptr + lines.len - p));
    size_t len = nl ? (size_t)(nl - p) : strlen(p);
    nlines++;
    facts_same(p, len);
    for (int m = 0; m < 2000; m++) {
      if (cap < len + 64) {
        cap = len + 64;
        line = realloc(line, cap);
      }
      memcpy(line, p, len);
      size_t n = len, at = (size_t)(rng() % len);
      const char *bit = bits[rng() % (sizeof bits / sizeof *bits)];
      size_t bl = strlen(bit);
      switch (rng() % 3) {
      case 0: /* replace one byte by a piece */
        memmove(line + at + bl, line + at + 1, n - at - 1);
        memcpy(line + at, bit, bl);
        n = n - 1 + bl;
        break;
      case 1: /* insert a piece */
        memmove(line + at + bl, line + at, n - at);
        memcpy(line + at, bit, bl);
        n += bl;
        break;
      default: { /* delete a few bytes */
        size_t k = 1 + (size_t)(rng() % 8);
        if (at + k > n) k = n - at;
        memmove(line + at, line + at + k, n - at - k);
        n -= k;
      }
      }
      facts_same(line, n);
    }
    p = nl ? nl + 1 : NULL;
  }
  CHECK_INT(nlines, files);
  CHECK_INT(files, 5);
  CHECK_INT(facts_differ, 0);
  free(line);
  kg_buf_free(&lines);
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
    same &= x->c->x == y->c->x && x->c->y == y->c->y;
    spread += fabs(x->c->x) > 1 || fabs(x->c->y) > 1;
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
  test_json_values();
  test_json_redump();
  test_facts_reader();
  TEST_MAIN_END();
}
