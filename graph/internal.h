/* internal.h - private structures of the graph module (merge accumulators).
 * Included by the graph sources and tests/unit only. */
#ifndef KG_GRAPH_INTERNAL_H
#define KG_GRAPH_INTERNAL_H

#include "graph/kg_graph.h"
#include <stdint.h>

#include "src/map.h"

/* What kg_node.c points to before analysis (read-only). */
extern const kg_centrality kg_centrality_none;
/* Give every node that shares kg_centrality_none a record of its own
 * (zeros, in g->cells), for kg_graph_analyze to fill. */
void kg_graph_own_centralities(kg_graph *g);

/* Strings held by a graph are interned in g->strs (doc ids, node ids,
 * labels, titles, dates ...): equal strings are one pointer, stored once,
 * and lists compare pointers. Evidence sentences live in g->cells. */

typedef struct kg_vote {
  const char *s; /* interned */
  size_t count;
} kg_vote;

typedef struct kg_votes {
  kg_vote *v;
  uint32_t n, cap;
} kg_votes;

/* Per (person, title) accumulation for positions. */
typedef struct kg_posacc {
  const char *title;
  kg_votes institution, country;
  kg_strlist documents;
  kg_strlist dates;
} kg_posacc;

typedef struct kg_nodeacc {
  kg_votes labels, countries, subtypes;
  kg_posacc *pos;
  uint32_t n_pos, cap_pos;
} kg_nodeacc;

/* A distinct meeting of a met link: (document, event key or "#date"). */
typedef struct kg_meeting {
  const char *doc, *what;
} kg_meeting;

typedef struct kg_edgeacc {
  kg_meeting *events; /* met links: distinct meetings (repeats dropped at
                       * finish); other links count documents instead */
  uint32_t n_events, cap_events;
  uint32_t cap_evidence; /* of the edge's evidence array: 1 a cell, more the
                          * heap (moved to a cell at finish) */
} kg_edgeacc;

/* A sentence of the document being merged, and its pooled copy. */
typedef struct kg_textref {
  size_t offset;
  const char *src, *text;
} kg_textref;

struct kg_graph {
  kg_node *nodes;
  size_t n_nodes, cap_nodes;
  kg_nodeacc *nacc;
  kg_edge *edges;
  size_t n_edges, cap_edges;
  kg_edgeacc *eacc;
  kg_map *strs;    /* interned strings; a node id's value is its index */
  uint32_t *edge_slots; /* open addressing: edge index + 1, 0 = empty */
  size_t edge_cap;      /* slots, a power of two (0 before the first) */
  struct kg_cellchunk *cells; /* one-item arrays, evidence, sentences */
  struct kg_textref *tcache; /* this document's sentences already pooled */
  size_t n_tcache, cap_tcache;
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
