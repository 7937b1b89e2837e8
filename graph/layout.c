/* layout.c - 2-D coordinates for the graph's nodes with igraph, for viewers
 * that need positions (graphology/sigma.js, the HTML viewer).
 * (First version: the exports issue fills this in.) */
#include "graph/internal.h"

kg_status kg_graph_layout(kg_graph *g, kg_error *err) {
  KG_UNUSED(g);
  KG_UNUSED(err);
  return KG_OK;
}
