/* kg_graph.h - the knowledge graph: facts from any number of documents merged
 * into one set of nodes and links, then analysed with igraph. Merging is
 * commutative: the same facts added in any order give the same graph after
 * kg_graph_finish (nodes sorted by id, links by endpoints and type, every
 * list sorted), which is what makes outputs byte-identical whatever the
 * thread count or input order. igraph types stay inside graph/. */
#ifndef KG_GRAPH_H
#define KG_GRAPH_H

#include <stddef.h>

#include "extract/kg_extract.h"
#include "src/kg.h"

/** A list of strings owned by the graph. */
typedef struct kg_strlist {
  char **v;
  size_t n, cap;
} kg_strlist;

/** One piece of evidence: the sentence of `doc` at byte `offset`. */
typedef struct kg_evidence {
  char *doc;
  size_t offset;
  char *text;
} kg_evidence;

/** A title a person held, with when it was seen (from article dates). */
typedef struct kg_position {
  char *title;
  char *institution; /* label, or NULL */
  char *country;     /* or NULL */
  char *first_seen;  /* ISO date or NULL when no article was dated */
  char *last_seen;
  kg_strlist documents;
} kg_position;

/** Centrality measures of a node (computed by kg_graph_analyze). The `met`
 *  values are over the people's who-met-whom graph (weighted by meetings;
 *  zero for other nodes); the others over the whole graph. */
typedef struct kg_centrality {
  double degree, strength, betweenness, closeness, harmonic, pagerank,
      eigenvector;
  double met_degree, met_strength, met_betweenness, met_pagerank;
  int community; /* -1 before analysis */
  int kcore;
} kg_centrality;

typedef struct kg_node {
  char *id;
  kg_ent_type type;
  char *label;
  kg_strlist aliases, titles, documents;
  char *country, *subtype, *date, *place, *status, *cameo;
  kg_position *positions;
  size_t n_positions;
  kg_centrality c;
  double x, y; /* layout coordinates (kg_graph_layout), 0 before */
} kg_node;

typedef struct kg_edge {
  size_t source, target; /* node indexes */
  kg_link_type type;
  double weight; /* met: distinct meetings; otherwise supporting documents */
  kg_strlist dates, documents, titles;
  kg_evidence *evidence;
  size_t n_evidence;
} kg_edge;

typedef struct kg_graph kg_graph;

/** New empty graph; free with kg_graph_free. */
kg_graph *kg_graph_new(void);
/** Free a graph. NULL is a no-op. */
void kg_graph_free(kg_graph *g);
/** Merge one document's facts (copied; the caller keeps `f`). Must not be
 *  called after kg_graph_finish. Not thread-safe: one merger at a time. */
void kg_graph_add(kg_graph *g, const kg_facts *f);
/** Put the graph in its canonical order and derive labels, positions and
 *  weights. Call once, after the last kg_graph_add. */
void kg_graph_finish(kg_graph *g);

/** Options for kg_graph_analyze. */
typedef struct kg_analyze_opts {
  /* Exact betweenness above this many nodes is replaced by a cutoff
   * (paths of at most `betweenness_cutoff` steps). 0 = always exact. */
  size_t exact_limit;
  double betweenness_cutoff;
  unsigned seed; /* for community detection; fixed for determinism */
} kg_analyze_opts;

/** Default options (exact up to 20000 nodes, cutoff 4, seed 42). */
kg_analyze_opts kg_analyze_defaults(void);

/** Compute centralities, communities and k-cores with igraph and store them
 *  in the nodes. Returns KG_OK, or KG_EINVAL with `err` filled when igraph
 *  fails. The graph must be finished. */
kg_status kg_graph_analyze(kg_graph *g, const kg_analyze_opts *opts,
                           kg_error *err);

/** Compute a 2-D layout (x, y in each node) with igraph (Fruchterman-
 *  Reingold, fixed seed). */
kg_status kg_graph_layout(kg_graph *g, kg_error *err);

size_t kg_graph_node_count(const kg_graph *g);
size_t kg_graph_edge_count(const kg_graph *g);
/** Borrowed pointers, valid until the graph is freed. */
const kg_node *kg_graph_node(const kg_graph *g, size_t i);
const kg_edge *kg_graph_edge(const kg_graph *g, size_t i);
/** Index of the node with `id`, or (size_t)-1. */
size_t kg_graph_find(const kg_graph *g, const char *id);
/** Number of documents merged. */
size_t kg_graph_document_count(const kg_graph *g);

/* ---- building a graph directly (reading a saved graph.json) ------------- */

/** Add a node as is (strings copied); returns its index. For readers of
 *  saved graphs: use before kg_graph_finish, instead of kg_graph_add. */
size_t kg_graph_put_node(kg_graph *g, const kg_node *n);
/** Add an edge as is (strings copied); endpoints are node indexes. */
size_t kg_graph_put_edge(kg_graph *g, const kg_edge *e);
/** Set the document count (readers of saved graphs). */
void kg_graph_set_document_count(kg_graph *g, size_t n);

/** Add a string to a list unless present (copied). */
void kg_strlist_add(kg_strlist *l, const char *s);
/** Sort a list (byte order) and drop duplicates. */
void kg_strlist_sort(kg_strlist *l);
void kg_strlist_free(kg_strlist *l);

#endif
