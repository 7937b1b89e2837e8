/* kg_graph.h - the knowledge graph: facts from any number of documents merged
 * into one set of nodes and links, then analysed with igraph. Merging is
 * commutative: the same facts added in any order give the same graph after
 * kg_graph_finish (nodes sorted by id, links by endpoints and type, every
 * list sorted), which is what makes outputs byte-identical whatever the
 * thread count or input order. igraph types stay inside graph/. */
#ifndef KG_GRAPH_H
#define KG_GRAPH_H

#include <stddef.h>
#include <stdint.h>

#include "extract/kg_extract.h"
#include "src/kg.h"

/** A list of strings owned by the graph. */
typedef struct kg_strlist {
  char **v;
  uint32_t n, cap; /* 32-bit: a graph holds millions of these lists */
} kg_strlist;

/** One piece of evidence: the sentence of `doc` at byte `offset`. `text`
 * is readable once the graph is finished (kg_graph_finish); on a large
 * graph it lies in a read-only mapping of a temporary file. */
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
  double x, y; /* layout coordinates (kg_graph_layout), 0 before */
} kg_centrality;

/** A node's other names and its titles: people and institutions have
 *  them, per-article events (most nodes of a large graph) do not. */
typedef struct kg_profile {
  kg_strlist aliases, titles;
  kg_position *positions;
  uint32_t n_positions;
} kg_profile;

typedef struct kg_node {
  char *id;
  kg_ent_type type;
  char *label;
  kg_strlist documents;
  char *country, *subtype, *date, *place, *status, *cameo;
  /* Never NULL: a node without aliases, titles or positions shares one
   * read-only empty record; the others own theirs (owned by the graph). */
  kg_profile *profile;
  /* Never NULL: before kg_graph_analyze or kg_graph_layout every node
   * shares one read-only record of zeros (community -1); analysis gives
   * the graph's nodes their own (owned by the graph). Kept out of the node
   * so that a graph of millions of events does not carry them while it is
   * merged. */
  kg_centrality *c;
} kg_node;

typedef struct kg_edge {
  uint32_t source, target; /* node indexes (a graph links fewer than 2^32 nodes) */
  kg_link_type type;
  uint32_t n_evidence;
  double weight; /* met: distinct meetings; otherwise supporting documents */
  kg_strlist dates, documents, titles;
  kg_evidence *evidence;
} kg_edge;

/** Room for a link that kg_graph_edge unpacks: most links of a large
 *  graph are stored compactly, and the kg_edge it returns for one of them
 *  lives here, its lists pointing into it. Do not copy or move a buffer
 *  while its link is in use. */
typedef struct kg_edge_buf {
  kg_edge e;
  char *doc, *date;
  kg_evidence evidence;
} kg_edge_buf;

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
  /* Above this many nodes, exact betweenness, closeness and harmonic
   * centrality (O(nm)) are replaced by estimates. 0 = always exact. */
  size_t exact_limit;
  /* Estimates with samples = 0: only paths of at most this length count. */
  double betweenness_cutoff;
  unsigned seed; /* for pivots, communities, ARPACK; fixed for determinism */
  /* Estimates: searches from this many pivots per connected component
   * (components this small stay exact), scaled up. 0: use the cutoff. */
  size_t samples;
  /* Whole graph: at most about this many vertex and link visits per
   * estimated measure (pivots x (nodes + links)); larger graphs get fewer
   * pivots, never under 16. 0: no limit. */
  size_t budget;
  /* Threads the estimated measures may use (1: the calling thread only).
   * The numbers are the same for any count. */
  int threads;
} kg_analyze_opts;

/** Default options: exact up to 5000 nodes (about 5 s on a news-shaped
 *  graph: exact is O(nm)), then 256 pivots (about 15 s at 90k nodes), and
 *  fewer above 470 000 nodes and links (budget 1.2e8: 17 pivots for the
 *  7 million of a 1 GB corpus); cutoff 4 when samples is set to 0; seed 42. */
kg_analyze_opts kg_analyze_defaults(void);

/** Compute centralities, communities and k-cores with igraph and store them
 *  in the nodes (every node gets community >= 0). Whole graph: undirected,
 *  all link types, parallel links of one pair merged (weights summed);
 *  degree and strength, hop-count betweenness (unnormalised), closeness
 *  (Wasserman-Faust scaled, 0 when isolated), harmonic (unnormalised),
 *  weighted PageRank (0.85) and eigenvector (max 1, all 0 without edges),
 *  Leiden communities (modularity, fixed seed) and coreness. Met graph
 *  (people, met links, weight = meetings): met_degree, met_strength,
 *  met_betweenness (path length 1/meetings), met_pagerank; 0 for other
 *  nodes. Above opts->exact_limit nodes, betweenness, closeness and
 *  harmonic are estimated from opts->samples pivot searches per component
 *  (or, with samples 0, from paths of length <= betweenness_cutoff).
 *  `opts` NULL means kg_analyze_defaults(). Same graph, same numbers.
 *  Returns KG_OK, or KG_EINVAL with `err` filled when igraph fails (the
 *  nodes are then left with community -1). The graph must be finished.
 *  Not thread-safe: igraph's error handlers and RNG are process-wide. */
kg_status kg_graph_analyze(kg_graph *g, const kg_analyze_opts *opts,
                           kg_error *err);

/** Compute a 2-D layout (x, y in each node) with igraph (Fruchterman-
 *  Reingold, fixed seed). */
kg_status kg_graph_layout(kg_graph *g, kg_error *err);

/** Give back the memory pages of evidence sentences read so far (a large
 * graph keeps them in a mapped temporary file; they are read again when
 * used). Call after writing an output; a no-op on a small graph. */
void kg_graph_release_text(const kg_graph *g);

size_t kg_graph_node_count(const kg_graph *g);
size_t kg_graph_edge_count(const kg_graph *g);
/** Borrowed pointers, valid until the graph is freed. */
const kg_node *kg_graph_node(const kg_graph *g, size_t i);
/** The link at `i`: a pointer into the graph, or into `buf` (filled) for
 *  a compactly stored link. Valid until `buf` is reused or the graph is
 *  freed. Evidence texts are readable once the graph is finished. */
const kg_edge *kg_graph_edge(const kg_graph *g, size_t i, kg_edge_buf *buf);
/** Index of the node with `id`, or (size_t)-1. */
size_t kg_graph_find(const kg_graph *g, const char *id);
/** Number of documents merged. */
size_t kg_graph_document_count(const kg_graph *g);

/* ---- statistics: who met whom (stats.c) ---------------------------------- */

/** Check a date filter: YYYY, YYYY-MM or YYYY-MM-DD (month 01-12, day
 *  01-31). Returns 0 when valid, -1 otherwise. */
int kg_date_check(const char *s);

/** Is `date` (ISO, possibly partial) within [since, until]? Dates compare
 *  by prefix: only the characters both strings have are compared, so
 *  "2019-03" is on or after "2019-03-15" and on or before "2019". NULL
 *  bounds are open; a NULL date is outside any range with a bound. */
int kg_date_in_range(const char *date, const char *since, const char *until);

/** Options for kg_stats_compute. */
typedef struct kg_stats_opts {
  const char *since, *until; /* kg_date_check'ed, or NULL */
  const size_t *persons;     /* keep only pairs with one of these nodes */
  size_t n_persons;          /* 0: everybody */
  kg_analyze_opts analyze;   /* for the met measures over the range */
} kg_stats_opts;

/** One pair of people who met, with the meetings in range. */
typedef struct kg_pair_stat {
  size_t a, b;     /* person node indexes; a's label sorts first */
  size_t edge;     /* index of their met link */
  size_t meetings; /* meetings in range */
  const char *first, *last; /* dates (borrowed from the graph), NULL: undated */
  kg_strlist documents;     /* supporting documents of those meetings */
} kg_pair_stat;

/** One person's meetings: `pairs` indexes kg_stats.pairs, most meetings
 *  first. */
typedef struct kg_person_stat {
  size_t node;
  size_t meetings;
  size_t *pairs;
  size_t n_pairs;
} kg_person_stat;

/** Meetings between people of two countries (`a` <= `b`, borrowed; people
 *  without a country count as "unknown"). */
typedef struct kg_country_stat {
  const char *a, *b;
  size_t meetings, pairs;
} kg_country_stat;

/** Meetings in one year ("undated" for meetings without a date). */
typedef struct kg_year_stat {
  char year[8];
  size_t meetings, pairs;
} kg_year_stat;

/** The statistics of a graph (kg_stats_compute; free with kg_stats_free). */
typedef struct kg_stats {
  kg_pair_stat *pairs; /* most meetings first, then by labels */
  size_t n_pairs;
  kg_person_stat *people; /* people with meetings, most meetings first */
  size_t n_people;
  kg_country_stat *countries; /* most meetings first */
  size_t n_countries;
  kg_year_stat *years; /* by year, "undated" last */
  size_t n_years;
  size_t meetings;     /* total in range */
  size_t n_nodes;
  /* met measures over the pairs in range, by node index (0 for nodes that
   * are not people); without --since/--until, kg_centrality's met_* */
  double *met_degree, *met_strength, *met_betweenness, *met_pagerank;
} kg_stats;

/** Compute the who-met-whom statistics of a finished graph. A pair's
 *  meetings are its met link's meetings; their dates and documents come
 *  from the meeting events both people took part in when these account for
 *  the link's weight, else from the link's own dates (one meeting each, the
 *  rest undated). Returns KG_OK and sets `*out` (caller frees with
 *  kg_stats_free), or KG_EINVAL with `err` filled when igraph fails.
 *  Not thread-safe (igraph, and qsort comparators that see the graph). */
kg_status kg_stats_compute(const kg_graph *g, const kg_stats_opts *o,
                           kg_stats **out, kg_error *err);
/** Free statistics. NULL is a no-op. */
void kg_stats_free(kg_stats *s);

/** The measures kg stats ranks people by. */
typedef enum {
  KG_M_MEETINGS = 0, /* met strength over the range */
  KG_M_COUNTERPARTS, /* met degree over the range */
  KG_M_MET_BETWEENNESS,
  KG_M_MET_PAGERANK,
  KG_M_DEGREE, /* whole graph, as analysed */
  KG_M_BETWEENNESS,
  KG_M_CLOSENESS,
  KG_M_HARMONIC,
  KG_M_PAGERANK,
  KG_M_EIGENVECTOR,
  KG_MEASURES
} kg_measure;

/** Name of a measure ("meetings", "met_betweenness" ...); borrowed. */
const char *kg_measure_name(kg_measure m);
/** Value of measure `m` for node `node`. */
double kg_stats_value(const kg_graph *g, const kg_stats *s, kg_measure m,
                      size_t node);
/** The people with a non-zero value of `m`, best first (ties: label, id):
 *  writes at most `max` node indexes to `out` (max 0: no limit; `out` must
 *  hold the person count then) and returns how many. */
size_t kg_stats_top(const kg_graph *g, const kg_stats *s, kg_measure m, size_t max,
                    size_t *out);
/** Rank of `node` among people by `m` (1 + people with a larger value). */
size_t kg_stats_rank(const kg_graph *g, const kg_stats *s, kg_measure m, size_t node);

/** The people whose label or an alias equals `name`, ignoring case and
 *  accents: writes up to `max` node indexes to `out`, returns the count. */
size_t kg_graph_find_person(const kg_graph *g, const char *name, size_t *out,
                            size_t max);

/* ---- building a graph directly (reading a saved graph.json) ------------- */

/** Add a node as is (strings copied); returns its index. For readers of
 *  saved graphs: use before kg_graph_finish, instead of kg_graph_add. `n->c`
 *  may be NULL (not analysed), and so may `n->profile`; both are copied. */
size_t kg_graph_put_node(kg_graph *g, const kg_node *n);
/** Add an edge as is (strings copied); endpoints are node indexes. */
size_t kg_graph_put_edge(kg_graph *g, const kg_edge *e);
/** Set the document count (readers of saved graphs). */
void kg_graph_set_document_count(kg_graph *g, size_t n);

/** Append a copy of `s` to a list (repeats allowed). */
void kg_strlist_push(kg_strlist *l, const char *s);
/** Add a string to a list unless present (copied). */
void kg_strlist_add(kg_strlist *l, const char *s);
/** Sort a list (byte order) and drop duplicates. */
void kg_strlist_sort(kg_strlist *l);
void kg_strlist_free(kg_strlist *l);

#endif
