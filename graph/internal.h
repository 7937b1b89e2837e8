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
 * (a copy of it, in g->cells), for kg_graph_analyze and kg_graph_layout to
 * fill. */
void kg_graph_own_centralities(kg_graph *g);
/* What kg_node.profile points to when a node has no aliases, titles or
 * positions (read-only). */
extern const kg_profile kg_profile_none;

/* Strings held by a graph are interned in g->strs (doc ids, node ids,
 * labels, titles, dates ...): equal strings are one pointer, stored once,
 * and lists compare pointers. Evidence sentences live in g->texts. */

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

/* The distinct meetings of one met link (repeats dropped at finish). */
typedef struct kg_meetacc {
  kg_meeting *events;
  uint32_t n_events, cap_events;
} kg_meetacc;

/* A link as the graph stores it: 28 bytes. Most links of a large graph
 * (an event's participants, say) are seen in one document, with at most
 * one sentence and one date and no title: such a link is kept here whole
 * ("compact"); any other points at a full kg_edge in g->rich. A compact
 * link turns rich ("promote" in build.c) the moment it learns a second
 * document, date or sentence, or a title; met links are always rich.
 * kg_graph_edge unpacks a compact link into a caller's kg_edge_buf. */
typedef struct kg_erec {
  uint32_t source, target; /* as in kg_edge (and kept equal to the rich one's) */
  uint32_t x;   /* rich: index in g->rich; compact: the evidence's offset */
  uint32_t doc; /* compact: the document, 1 + index in g->stab (0: nothing
                 * seen yet) */
  uint32_t date : 24; /* compact: 1 + index in g->stab, or 0: no date */
  uint32_t type : 7;  /* kg_link_type */
  uint32_t rich : 1;  /* x indexes g->rich */
  /* compact: the sentence (a g->texts reference until kg_graph_finish, then
   * a pointer; 0: none), in two halves to keep the record 4-aligned */
  uint32_t text_lo, text_hi;
} kg_erec;

#define KG_EREC_DATES ((1u << 24) - 1) /* distinct compact dates at most */

static inline uintptr_t kg_erec_text(const kg_erec *r) {
  return (uintptr_t)(((uint64_t)r->text_hi << 32) | r->text_lo);
}

static inline void kg_erec_set_text(kg_erec *r, uintptr_t t) {
  r->text_lo = (uint32_t)t;
  r->text_hi = (uint32_t)((uint64_t)t >> 32);
}

/* Per rich link while merging: 8 bytes, as a 1 GB corpus has 5 M links and a
 * tenth of them are met links; those alone have a kg_meetacc (other links
 * count documents instead). */
typedef struct kg_edgeacc {
  uint32_t cap_evidence; /* of the edge's evidence array: 1 a cell, more the
                          * heap (moved to a cell at finish) */
  uint32_t meet;         /* met links: 1 + index in g->meets, else 0 */
} kg_edgeacc;

/* ---- evidence sentences (textstore.c) --------------------------------------
 * Held in segments; past `spill_after` bytes, full segments go to an unlinked
 * temporary file (or stay in memory where none can be written). A text is
 * known by its reference (offset + 1) until kg_textstore_seal, then by
 * kg_textstore_get. Owned by the graph. */
typedef struct kg_textseg {
  char *mem;         /* the segment in memory (owned), or NULL: in the file */
  uint64_t file_off; /* where it is in the file, when mem is NULL */
  size_t start, len, cap; /* start: offset of its first byte in the store */
} kg_textseg;

typedef struct kg_textstore {
  kg_textseg *segs;
  size_t n_segs, cap_segs;
  size_t total;       /* bytes stored */
  size_t spill_after; /* bytes kept in memory before segments go to the file */
  int fd;             /* the temporary file (unlinked), -1 none */
  int failed;         /* the file could not be made or written: memory */
  int sealed;
  uint64_t file_len;
  char *map; /* the file, mapped read-only by kg_textstore_seal */
  size_t map_len;
  /* kg_textstore_gather reads a file larger than this in file order
   * rather than through the map (KG_TEXT_WINDOW), with buckets of
   * `gather_slots` texts and reads and blocks of `gather_block` bytes
   * (tests lower all three) */
  size_t pread_above, gather_slots, gather_block;
} kg_textstore;

#define KG_TEXT_WINDOW ((size_t)64 << 20)

void kg_textstore_init(kg_textstore *t, size_t spill_after);
/* Store a copy of `s`; returns its reference (never 0). Not after seal. */
size_t kg_textstore_add(kg_textstore *t, const char *s);
/* Make the texts readable (maps the file); no adds after this. */
void kg_textstore_seal(kg_textstore *t);
/* The text of `ref` (sealed store; NULL for 0), valid until free. */
const char *kg_textstore_get(const kg_textstore *t, size_t ref);
/* Copy the texts at ps[0 .. k) (pointers from kg_textstore_get of the
 * sealed store `t`, not NULL) into `to`, in that order; refs[i] becomes
 * the reference of the copy of ps[i]. Where `t` is a mapped file larger
 * than pread_above, the texts are read in file order instead: reading
 * them through the map in the order asked faulted in some 64 KB each, and
 * reading each with pread cost a system call each (27 s for the 1 GB
 * corpus's 5 M sentences). */
void kg_textstore_gather(const kg_textstore *t, const char *const *ps, size_t k,
                         kg_textstore *to, size_t *refs);
/* Drop the mapped pages from the process (they are read back on use). */
void kg_textstore_release(const kg_textstore *t);
void kg_textstore_free(kg_textstore *t);

/* Keep evidence sentences in memory until the graph holds this many bytes
 * of them (tests lower it with kg_graph_spill_after). */
#define KG_SPILL_AFTER ((size_t)4 << 20)
void kg_graph_spill_after(kg_graph *g, size_t bytes);

/* A sentence of the document being merged, and its pooled copy. */
typedef struct kg_textref {
  size_t offset;
  const char *src;
  size_t ref; /* in g->texts */
} kg_textref;

struct kg_graph {
  kg_node *nodes;
  size_t n_nodes, cap_nodes;
  kg_nodeacc *nacc;
  kg_erec *edges; /* every link, in canonical order once finished */
  size_t n_edges, cap_edges;
  kg_edge *rich; /* the links that are not compact (see kg_erec) */
  size_t n_rich, cap_rich;
  kg_edgeacc *eacc; /* parallel to rich, until finish */
  /* documents and dates of compact links, by their 32-bit number (1 +
   * index): interned strings, and a map from their address to the number
   * until finish */
  const char **stab;
  size_t n_stab, cap_stab;
  kg_map *stab_ix;
  kg_meetacc *meets; /* of met links, see kg_edgeacc */
  size_t n_meets, cap_meets;
  kg_map *strs;    /* interned strings; a node id's value is its index */
  uint32_t *edge_slots; /* open addressing: edge index + 1, 0 = empty */
  size_t edge_cap;      /* slots, a power of two (0 before the first) */
  struct kg_cellchunk *cells; /* one-item arrays, evidence arrays */
  struct kg_cellchunk *tcells; /* the accumulators' cells, until finish */
  kg_textstore texts;         /* evidence sentences */
  struct kg_textref *tcache; /* this document's sentences already pooled */
  size_t n_tcache, cap_tcache;
  size_t n_docs;
  int finished;
};

/* A finished link's weight without unpacking it (a compact link was seen
 * in one document). */
static inline double kg_erec_weight(const kg_graph *g, const kg_erec *r) {
  return r->rich ? g->rich[r->x].weight : 1.0;
}

/* Measures of a who-met-whom graph on `n` people and `m` pairs
 * (a[k], b[k]: people 0..n-1, w[k]: meetings): degree, strength, weighted
 * betweenness (path length 1/meetings) and weighted PageRank, written to
 * arrays of n. Shared by kg_graph_analyze and kg_stats_compute (analyze.c). */
kg_status kg_met_measures(size_t n, size_t m, const size_t *a, const size_t *b,
                          const double *w, const kg_analyze_opts *o, double *degree,
                          double *strength, double *betw, double *pr, kg_error *err);

#endif
