/* analyze.c - centralities, communities, k-cores and layout with igraph.
 * (First version: the analytics issue fills this in.) */
#include "graph/internal.h"

kg_analyze_opts kg_analyze_defaults(void) {
  kg_analyze_opts o = {20000, 4.0, 42};
  return o;
}

kg_status kg_graph_analyze(kg_graph *g, const kg_analyze_opts *opts,
                           kg_error *err) {
  KG_UNUSED(opts);
  KG_UNUSED(err);
  for (size_t i = 0; i < g->n_nodes; i++) g->nodes[i].c.community = -1;
  return KG_OK;
}
