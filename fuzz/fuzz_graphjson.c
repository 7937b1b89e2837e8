/* fuzz_graphjson.c - the reader of saved graphs (kg_graph_read_json, used by
 * `kg render` and `kg stats` on a graph.json) on arbitrary bytes; a graph it
 * accepts is finished, analysed and written out again. */
#include <stdio.h>
#include <stdlib.h>

#include "export/kg_export.h"
#include "fuzz/fuzz.h"
#include "graph/kg_graph.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  static FILE *devnull;
  if (!devnull && !(devnull = fopen("/dev/null", "wb"))) abort();
  kg_graph *g = NULL;
  kg_error err;
  kg_error_clear(&err);
  if (kg_graph_read_json((const char *)data, size, "fuzz.json", &g, &err) !=
      KG_OK)
    return 0;
  kg_analyze_opts ao = kg_analyze_defaults();
  kg_graph_analyze(g, &ao, &err);
  kg_export_json(g, KG_JSON_NODE_LINK, 1, devnull, &err);
  kg_export_dot(g, 0, devnull, &err);
  kg_graph_free(g);
  return 0;
}
