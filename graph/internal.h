/* internal.h - private structures of the graph module (merge accumulators).
 * Included by the graph sources and tests/unit only. */
#ifndef KG_GRAPH_INTERNAL_H
#define KG_GRAPH_INTERNAL_H

#include "graph/kg_graph.h"
#include "src/map.h"

typedef struct kg_vote {
  char *s;
  size_t count;
} kg_vote;

typedef struct kg_votes {
  kg_vote *v;
  size_t n, cap;
} kg_votes;

/* Per (person, title) accumulation for positions. */
typedef struct kg_posacc {
  char *title;
  kg_votes institution, country;
  kg_strlist documents;
  kg_strlist dates;
} kg_posacc;

typedef struct kg_nodeacc {
  kg_votes labels, countries, subtypes;
  kg_posacc *pos;
  size_t n_pos, cap_pos;
} kg_nodeacc;

typedef struct kg_edgeacc {
  kg_strlist events; /* "doc\x1f" event key: distinct meetings */
} kg_edgeacc;

struct kg_graph {
  kg_node *nodes;
  size_t n_nodes, cap_nodes;
  kg_nodeacc *nacc;
  kg_edge *edges;
  size_t n_edges, cap_edges;
  kg_edgeacc *eacc;
  kg_map *node_ix; /* id -> index */
  kg_map *edge_ix; /* type/source/target -> index */
  size_t n_docs;
  int finished;
};

/* Measures of a who-met-whom graph on `n` people and `m` pairs
 * (a[k], b[k]: people 0..n-1, w[k]: meetings): degree, strength, weighted
 * betweenness (path length 1/meetings) and weighted PageRank, written to
 * arrays of n. Shared by kg_graph_analyze and kg_stats_compute (analyze.c). */
kg_status kg_met_measures(size_t n, size_t m, const size_t *a, const size_t *b,
                          const double *w, const kg_analyze_opts *o, double *degree,
                          double *strength, double *betw, double *pr, kg_error *err);

#endif
