/* fuzz_facts.c - the reduce step on arbitrary facts files, as `kg build
 * --facts FILE` runs it: lines read by ingest, parsed by kg_facts_from_json,
 * merged into one graph, finished, analysed, and written as JSON and DOT.
 * The JSON written must read back (kg_graph_read_json, used by render and
 * stats). Hostile facts lines may name any offsets, indexes and strings.
 * Every line is also read by Jansson alone: the fast reader must give the
 * same facts or the same error. */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "export/internal.h"
#include "fuzz/fuzz.h"
#include "graph/kg_graph.h"
#include "src/ingest.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  static char path[300];
  static FILE *devnull;
  if (!path[0]) {
    snprintf(path, sizeof path, "%s/facts.jsonl", kg_fuzz_tmpdir());
    devnull = fopen("/dev/null", "wb");
    if (!devnull) abort();
  }
  kg_fuzz_write(path, data, size);
  const char *paths[] = {path};
  kg_ingest *it = kg_ingest_new(paths, 1);
  kg_graph *g = kg_graph_new();
  kg_error err;
  for (;;) {
    const char *text, *name;
    size_t len;
    long line;
    kg_error_clear(&err);
    int r = kg_ingest_next_line(it, &text, &len, &name, &line, &err);
    if (r == 0) break;
    if (r < 0) continue;
    kg_facts *f = NULL, *slow = NULL;
    kg_error e2;
    kg_error_clear(&e2);
    kg_status st = kg_facts_from_json(text, len, name, line, &f, &err);
    kg_status st2 = kg_facts_from_json_jansson(text, len, name, line, &slow, &e2);
    if (st != st2 || (st != KG_OK && strcmp(err.msg, e2.msg) != 0)) {
      fprintf(stderr, "fast and Jansson readers disagree: %d %d\n", st, st2);
      abort();
    }
    if (st == KG_OK) {
      kg_buf a = KG_BUF_INIT, b = KG_BUF_INIT;
      kg_facts_to_json(f, &a);
      kg_facts_to_json(slow, &b);
      if (a.len != b.len || memcmp(a.ptr, b.ptr, a.len) != 0) {
        fprintf(stderr, "fast and Jansson readers disagree:\n%s%s", a.ptr, b.ptr);
        abort();
      }
      kg_buf_free(&a);
      kg_buf_free(&b);
    }
    kg_facts_free(slow);
    if (st != KG_OK) continue;
    kg_graph_add(g, f);
    kg_facts_free(f);
  }
  kg_ingest_free(it);
  kg_graph_finish(g);
  kg_analyze_opts ao = kg_analyze_defaults();
  kg_error_clear(&err);
  kg_graph_analyze(g, &ao, &err);
  kg_export_dot(g, 0, devnull, &err);
  kg_export_dot(g, 1, devnull, &err);

  char *json = NULL;
  size_t jlen = 0;
  FILE *mem = open_memstream(&json, &jlen);
  if (!mem) abort();
  kg_status st = kg_export_json(g, KG_JSON_NODE_LINK, 1, mem, &err);
  if (fclose(mem) != 0 || st != KG_OK) abort();
  kg_graph *back = NULL;
  kg_error_clear(&err);
  if (kg_graph_read_json(json, jlen, "graph.json", &back, &err) != KG_OK) {
    fprintf(stderr, "graph.json does not read back: %s\n", err.msg);
    abort();
  }
  if (kg_graph_node_count(back) != kg_graph_node_count(g) ||
      kg_graph_edge_count(back) != kg_graph_edge_count(g)) {
    fprintf(stderr, "graph.json read back with %zu/%zu nodes, %zu/%zu links\n",
            kg_graph_node_count(back), kg_graph_node_count(g),
            kg_graph_edge_count(back), kg_graph_edge_count(g));
    abort();
  }
  kg_graph_free(back);
  free(json);
  kg_export_json(g, KG_JSON_CYTOSCAPE, 1, devnull, &err);
  kg_export_json(g, KG_JSON_GRAPHOLOGY, 1, devnull, &err);
  kg_graph_free(g);
  return 0;
}
