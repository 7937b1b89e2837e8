/* build.c - merge per-document facts into the graph. Every attribute is
 * accumulated as a multiset (votes, unions) so that the result does not
 * depend on the order documents arrive in; kg_graph_finish then picks
 * labels and countries by vote and sorts everything.
 *
 * Memory and time grow with the graph, not with documents x lists: every
 * string is interned once (g->strs) and lists hold pointers, compared as
 * pointers; a list drops a repeat of its last entry at once and its other
 * repeats when its array fills (sorted by address, amortised O(log n)), so
 * that a hub seen in 100k documents costs no quadratic scans; evidence
 * sentences are kept once per document (in g->texts, which moves them to
 * a temporary file on a large graph). See
 * docs/performance.md. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#ifdef __GLIBC__
#include <malloc.h> /* malloc_trim */
#endif

#include "graph/internal.h"
#include "src/buf.h"

/* ---- string lists and votes ------------------------------------------------ */

/* A list capacity: lists count in 32 bits (a graph holds millions). */
static uint32_t cap32(size_t n) {
  if (n > UINT32_MAX) {
    fputs("kg: out of memory (a list of over 2^32 items)\n", stderr);
    abort();
  }
  return (uint32_t)n;
}

void kg_strlist_push(kg_strlist *l, const char *s) {
  if (l->n == l->cap) {
    uint32_t cap = cap32(l->cap ? (size_t)l->cap * 2 : 4);
    l->v = kg_xrealloc(l->v, (size_t)cap * sizeof *l->v);
    l->cap = cap;
  }
  l->v[l->n++] = kg_xstrdup(s);
}

void kg_strlist_add(kg_strlist *l, const char *s) {
  if (!s || !*s) return;
  for (size_t i = 0; i < l->n; i++)
    if (strcmp(l->v[i], s) == 0) return;
  kg_strlist_push(l, s);
}

static int cmp_str(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

void kg_strlist_sort(kg_strlist *l) {
  if (l->n < 2) return;
  qsort(l->v, l->n, sizeof *l->v, cmp_str);
  size_t w = 1;
  for (size_t i = 1; i < l->n; i++) {
    if (strcmp(l->v[i], l->v[w - 1]) == 0)
      free(l->v[i]);
    else
      l->v[w++] = l->v[i];
  }
  l->n = (uint32_t)w;
}

void kg_strlist_free(kg_strlist *l) {
  for (size_t i = 0; i < l->n; i++) free(l->v[i]);
  free(l->v);
  memset(l, 0, sizeof *l);
}

/* ---- small arrays ------------------------------------------------------------- */

/* Most lists of a graph hold one item (an event or a link seen in one
 * document): that item lives in a cell bumped from g->cells, with no
 * malloc and its overhead; capacity 1 marks a cell. A list that grows past
 * it moves to the heap with `next` (>= 2) items, doubling from there. */
#define CELL_CHUNK ((size_t)64 << 10)

struct kg_cellchunk {
  struct kg_cellchunk *next;
  size_t used, cap;
  _Alignas(8) unsigned char data[];
};

const kg_centrality kg_centrality_none = {.community = -1};
const kg_profile kg_profile_none;

/* `size` bytes (8-aligned) from the chunks of `pool`. A block larger
 * than a chunk gets a chunk of its own, behind the current one. */
static void *cell_in(struct kg_cellchunk **pool, size_t size) {
  size = (size + 7) & ~(size_t)7;
  struct kg_cellchunk *c = *pool;
  if (!c || c->cap - c->used < size) {
    size_t cap = size > CELL_CHUNK ? size : CELL_CHUNK;
    c = kg_xmalloc(sizeof *c + cap);
    c->used = 0;
    c->cap = cap;
    if (*pool && size > CELL_CHUNK) {
      c->next = (*pool)->next;
      (*pool)->next = c;
    } else {
      c->next = *pool;
      *pool = c;
    }
  }
  void *p = c->data + c->used;
  c->used += size;
  return p;
}

/* `size` bytes that live as long as the graph. */
static void *cell(kg_graph *g, size_t size) { return cell_in(&g->cells, size); }

/* Cells of the merge's accumulators (votes, positions, meetings) come from
 * a pool of their own, freed whole at kg_graph_finish: among the graph's
 * cells they would stay behind as dead bytes (some 70 MB on a 1 GB
 * corpus). */
enum { POOL_GRAPH, POOL_MERGE };

static void grow_small(kg_graph *g, int pool, void **p, uint32_t *cap, size_t need,
                       size_t elem, size_t next) {
  if (need <= *cap) return;
  if (*cap == 0 && need == 1) {
    *p = cell_in(pool == POOL_MERGE ? &g->tcells : &g->cells, elem);
    *cap = 1;
    return;
  }
  size_t n = *cap > 1 ? *cap : next;
  while (n < need) n *= 2;
  uint32_t n32 = cap32(n);
  if (*cap > 1) {
    *p = kg_xrealloc(*p, n * elem);
  } else {
    void *q = kg_xmalloc(n * elem);
    if (*cap == 1) memcpy(q, *p, elem);
    *p = q;
  }
  *cap = n32;
}
#define GROW_SMALL(arr, cap, need, next) \
  grow_small(g, POOL_GRAPH, (void **)&(arr), &(cap), (need), sizeof(*(arr)), (next))
#define GROW_MERGE(arr, cap, need, next) \
  grow_small(g, POOL_MERGE, (void **)&(arr), &(cap), (need), sizeof(*(arr)), (next))

/* Free an array grown by GROW_SMALL. */
static void small_free(void *p, uint32_t cap) {
  if (cap > 1) free(p);
}

static void cells_free(struct kg_cellchunk **pool) {
  struct kg_cellchunk *c = *pool;
  while (c) {
    struct kg_cellchunk *n = c->next;
    free(c);
    c = n;
  }
  *pool = NULL;
}

/* ---- interned strings and their lists --------------------------------------- */

/* Value of an interned string that is not a node id. */
#define NOT_NODE ((size_t)-2)

static const char *intern(kg_graph *g, const char *s) {
  return s ? kg_map_intern_key(g->strs, s, strlen(s), NOT_NODE, NULL) : NULL;
}

static int cmp_addr(const void *a, const void *b) {
  uintptr_t x = (uintptr_t) * (char *const *)a, y = (uintptr_t) * (char *const *)b;
  return x < y ? -1 : x > y;
}

/* Add interned `s` to a list of interned strings (NULL and "" are not
 * added). Short lists are kept free of repeats; longer ones drop a repeat
 * of the last entry, and the rest when the array is full: sorted by address
 * and deduplicated then, and grown when still more than half full, so each
 * compaction is paid for by at least cap/2 appends. */
static void list_add(kg_graph *g, kg_strlist *l, const char *s) {
  if (!s || !*s) return;
  if (l->n < 16) {
    for (size_t i = 0; i < l->n; i++)
      if (l->v[i] == s) return;
  } else if (l->v[l->n - 1] == s) {
    return;
  } else if (l->n == l->cap) {
    qsort(l->v, l->n, sizeof *l->v, cmp_addr);
    size_t w = 1;
    for (size_t i = 1; i < l->n; i++)
      if (l->v[i] != l->v[w - 1]) l->v[w++] = l->v[i];
    l->n = (uint32_t)w;
    if (w > l->cap / 2) GROW_SMALL(l->v, l->cap, (size_t)l->cap + 1, 3);
  }
  GROW_SMALL(l->v, l->cap, (size_t)l->n + 1, 3);
  l->v[l->n++] = (char *)s;
}

/* Sort a list of interned strings (byte order) without repeats, and give
 * back the spare capacity of a heap array (growth doubled it: a third of
 * the lists' bytes on a large graph). A heap array keeps a capacity of at
 * least 2, which is what marks it as one (see grow_small). */
static void list_sort(kg_strlist *l) {
  if (l->n >= 2) {
    qsort(l->v, l->n, sizeof *l->v, cmp_str);
    size_t w = 1;
    for (size_t i = 1; i < l->n; i++)
      if (l->v[i] != l->v[w - 1]) l->v[w++] = l->v[i];
    l->n = (uint32_t)w;
  }
  if (l->cap > 2 && l->n < l->cap) {
    uint32_t cap = l->n > 2 ? l->n : 2;
    l->v = kg_xrealloc(l->v, (size_t)cap * sizeof *l->v);
    l->cap = cap;
  }
}

/* Free a list's array (the strings belong to the graph). */
static void list_release(kg_strlist *l) {
  small_free(l->v, l->cap);
  memset(l, 0, sizeof *l);
}

static void vote(kg_graph *g, kg_votes *v, const char *s, size_t n) {
  if (!s || !*s) return;
  for (size_t i = 0; i < v->n; i++)
    if (v->v[i].s == s) {
      v->v[i].count += n;
      return;
    }
  GROW_MERGE(v->v, v->cap, (size_t)v->n + 1, 2);
  v->v[v->n].s = s;
  v->v[v->n].count = n;
  v->n++;
}

static void votes_free(kg_votes *v) {
  small_free(v->v, v->cap);
  memset(v, 0, sizeof *v);
}

/* ---- the sentence pool ------------------------------------------------------ */

/* Sentence `s` stored in g->texts. Until kg_graph_finish an evidence's
 * `text` holds this reference, not a pointer (see textstore.c). */
static const char *pool_text(kg_graph *g, const char *s) {
  return (const char *)(uintptr_t)kg_textstore_add(&g->texts, s);
}

/* The pooled copy of sentence `text` at `offset` of the document being
 * merged: each sentence is stored once however many links it supports. */
static const char *doc_text(kg_graph *g, size_t offset, const char *text) {
  for (size_t i = 0; i < g->n_tcache; i++) {
    kg_textref *r = &g->tcache[i];
    if (r->offset == offset && (r->src == text || strcmp(r->src, text) == 0))
      return (const char *)(uintptr_t)r->ref;
  }
  const char *t = pool_text(g, text);
  if (g->n_tcache < 4096) {
    KG_GROW(g->tcache, g->cap_tcache, g->n_tcache + 1);
    g->tcache[g->n_tcache++] = (kg_textref){offset, text, (size_t)(uintptr_t)t};
  }
  return t;
}

/* The winner: most votes, then the smallest string (deterministic). */
static const char *winner(const kg_votes *v) {
  const kg_vote *best = NULL;
  for (size_t i = 0; i < v->n; i++) {
    const kg_vote *c = &v->v[i];
    if (!best || c->count > best->count ||
        (c->count == best->count && strcmp(c->s, best->s) < 0))
      best = c;
  }
  return best ? best->s : NULL;
}

static size_t words(const char *s) {
  size_t n = 0;
  int in = 0;
  for (; *s; s++) {
    int sp = *s == ' ';
    if (!sp && !in) n++;
    in = !sp;
  }
  return n;
}

/* Person and institution labels: the fullest form (most words), then the
 * most frequent, then the smallest. */
static const char *label_winner(const kg_votes *v) {
  const kg_vote *best = NULL;
  for (size_t i = 0; i < v->n; i++) {
    const kg_vote *c = &v->v[i];
    if (!best) {
      best = c;
      continue;
    }
    size_t wc = words(c->s), wb = words(best->s);
    if (wc > wb || (wc == wb && (c->count > best->count ||
                                 (c->count == best->count &&
                                  strcmp(c->s, best->s) < 0))))
      best = c;
  }
  return best ? best->s : NULL;
}

/* ---- graph ----------------------------------------------------------------- */

kg_graph *kg_graph_new(void) {
  kg_graph *g = kg_xcalloc(1, sizeof *g);
  g->strs = kg_map_new();
  kg_textstore_init(&g->texts, KG_SPILL_AFTER);
  return g;
}

void kg_graph_spill_after(kg_graph *g, size_t bytes) { g->texts.spill_after = bytes; }

void kg_graph_release_text(const kg_graph *g) { kg_textstore_release(&g->texts); }

static void node_free(kg_node *n) {
  list_release(&n->documents);
  kg_profile *p = n->profile;
  if (p == &kg_profile_none) return;
  list_release(&p->aliases);
  list_release(&p->titles);
  for (size_t i = 0; i < p->n_positions; i++)
    list_release(&p->positions[i].documents);
  free(p->positions); /* the record itself is a cell */
}

static void nacc_free(kg_nodeacc *a) {
  votes_free(&a->labels);
  votes_free(&a->countries);
  votes_free(&a->subtypes);
  for (size_t i = 0; i < a->n_pos; i++) {
    votes_free(&a->pos[i].institution);
    votes_free(&a->pos[i].country);
    list_release(&a->pos[i].documents);
    list_release(&a->pos[i].dates);
  }
  small_free(a->pos, a->cap_pos);
  memset(a, 0, sizeof *a);
}

static void edge_free(kg_edge *e) {
  list_release(&e->dates);
  list_release(&e->documents);
  list_release(&e->titles);
}

void kg_graph_free(kg_graph *g) {
  if (!g) return;
  for (size_t i = 0; i < g->n_nodes; i++) {
    node_free(&g->nodes[i]);
    if (g->nacc) nacc_free(&g->nacc[i]);
  }
  for (size_t i = 0; i < g->n_rich; i++) {
    edge_free(&g->rich[i]);
    if (g->eacc)
      small_free(g->rich[i].evidence, g->eacc[i].cap_evidence);
    else if (g->rich[i].n_evidence > 1) /* finished: see kg_graph_finish */
      free(g->rich[i].evidence);
  }
  free(g->nodes);
  free(g->nacc);
  free(g->edges);
  free(g->rich);
  free(g->eacc);
  free(g->stab);
  kg_map_free(g->stab_ix);
  for (size_t i = 0; i < g->n_meets; i++)
    small_free(g->meets[i].events, g->meets[i].cap_events);
  free(g->meets);
  kg_map_free(g->strs);
  free(g->edge_slots);
  cells_free(&g->cells);
  cells_free(&g->tcells);
  kg_textstore_free(&g->texts);
  free(g->tcache);
  free(g);
}

static size_t node_for(kg_graph *g, kg_ent_type type, const char *key) {
  size_t len = strlen(key), idx;
  const char *id = kg_map_intern_key(g->strs, key, len, NOT_NODE, &idx);
  if (idx != NOT_NODE) return idx;
  if (g->n_nodes >= UINT32_MAX - 16) { /* links hold 32-bit node indexes */
    fputs("kg: out of memory (too many nodes)\n", stderr);
    abort();
  }
  size_t cap = g->cap_nodes;
  KG_GROW(g->nodes, g->cap_nodes, g->n_nodes + 1);
  if (g->cap_nodes != cap) {
    g->nacc = kg_xrealloc(g->nacc, g->cap_nodes * sizeof *g->nacc);
  }
  idx = g->n_nodes++;
  kg_node *n = &g->nodes[idx];
  memset(n, 0, sizeof *n);
  memset(&g->nacc[idx], 0, sizeof g->nacc[idx]);
  n->id = (char *)id;
  n->type = type;
  n->c = (kg_centrality *)&kg_centrality_none;
  n->profile = (kg_profile *)&kg_profile_none;
  kg_map_put(g->strs, id, len, idx);
  return idx;
}

/* The node's own profile (a cleared cell the first time). */
static kg_profile *profile_of(kg_graph *g, kg_node *n) {
  if (n->profile == &kg_profile_none) {
    n->profile = cell(g, sizeof *n->profile);
    memset(n->profile, 0, sizeof *n->profile);
  }
  return n->profile;
}

static kg_posacc *posacc(kg_graph *g, kg_nodeacc *a, const char *title) {
  for (size_t i = 0; i < a->n_pos; i++)
    if (a->pos[i].title == title) return &a->pos[i];
  GROW_MERGE(a->pos, a->cap_pos, (size_t)a->n_pos + 1, 2);
  kg_posacc *p = &a->pos[a->n_pos++];
  memset(p, 0, sizeof *p);
  p->title = title;
  return p;
}

static void set_once(kg_graph *g, char **dst, const char *src) {
  if (!*dst && src && *src) *dst = (char *)intern(g, src);
}

/* ---- the edge table: (type, source, target) -> edge index ------------------- */

static size_t edge_hash(size_t type, size_t a, size_t b) {
  uint64_t h = (uint64_t)a * 0x9E3779B97F4A7C15ULL;
  h ^= ((uint64_t)b + 0x632BE59BD9B4E019ULL) * 0xC2B2AE3D27D4EB4FULL;
  h ^= (uint64_t)type * 0x165667B19E3779F9ULL;
  h ^= h >> 29;
  h *= 0xBF58476D1CE4E5B9ULL;
  h ^= h >> 32;
  return (size_t)h;
}

/* The slot of (type, a, b): where its index is, or the empty slot where it
 * goes. */
static uint32_t *edge_slot(const kg_graph *g, size_t type, size_t a, size_t b) {
  size_t mask = g->edge_cap - 1, i = edge_hash(type, a, b) & mask;
  for (;;) {
    uint32_t *s = &g->edge_slots[i];
    if (!*s) return s;
    const kg_erec *e = &g->edges[*s - 1];
    if (e->source == a && e->target == b && (size_t)e->type == type) return s;
    i = (i + 1) & mask;
  }
}

static void edge_rehash(kg_graph *g) {
  free(g->edge_slots);
  g->edge_cap = g->edge_cap ? g->edge_cap * 2 : 1024;
  g->edge_slots = kg_xcalloc(g->edge_cap, sizeof *g->edge_slots);
  for (size_t i = 0; i < g->n_edges; i++) {
    const kg_erec *e = &g->edges[i];
    *edge_slot(g, (size_t)e->type, e->source, e->target) = (uint32_t)(i + 1);
  }
}

static size_t edge_for(kg_graph *g, kg_link_type type, size_t a, size_t b) {
  /* met is symmetric: one edge per unordered pair, smaller id first */
  if (type == KG_LINK_MET && strcmp(g->nodes[a].id, g->nodes[b].id) > 0) {
    size_t t = a;
    a = b;
    b = t;
  }
  if ((g->n_edges + 1) * 4 > g->edge_cap * 3) edge_rehash(g);
  uint32_t *s = edge_slot(g, (size_t)type, a, b);
  if (*s) return *s - 1;
  if (g->n_edges >= UINT32_MAX - 1) {
    fputs("kg: out of memory (too many links)\n", stderr);
    abort();
  }
  size_t idx = g->n_edges;
  KG_GROW(g->edges, g->cap_edges, g->n_edges + 1);
  g->n_edges++;
  kg_erec *e = &g->edges[idx];
  memset(e, 0, sizeof *e);
  e->source = (uint32_t)a;
  e->target = (uint32_t)b;
  e->type = (unsigned)type & 0x7f;
  *s = (uint32_t)(idx + 1);
  return idx;
}

/* Evidence of edge `idx`: `doc` interned, `text` pooled. Within one
 * document the edge's evidence sits at its end, so a repeat is found by
 * looking back over that document only; repeats across calls (one document
 * id merged twice) go at kg_graph_finish. */
static void add_evidence(kg_graph *g, size_t r, const char *doc, size_t off,
                         const char *text) {
  kg_edge *e = &g->rich[r];
  for (size_t i = e->n_evidence; i-- > 0 && e->evidence[i].doc == doc;)
    if (e->evidence[i].offset == off) return;
  /* most links have one sentence, in a cell; more move to the heap, where
   * kg_graph_finish shrinks them to their final size */
  GROW_SMALL(e->evidence, g->eacc[r].cap_evidence, (size_t)e->n_evidence + 1, 2);
  kg_evidence *v = &e->evidence[e->n_evidence++];
  v->doc = (char *)doc;
  v->offset = off;
  v->text = (char *)text;
}

_Static_assert(KG_LINK_TYPES <= 128, "kg_erec.type holds 7 bits");
_Static_assert(sizeof(kg_erec) == 28, "kg_erec is 28 bytes");

/* The number of interned string `s` in g->stab (added the first time), 0
 * for NULL. Past `limit` strings, returns UINT32_MAX instead of adding. */
static uint32_t stab_number(kg_graph *g, const char *s, size_t limit) {
  if (!s) return 0;
  if (!g->stab_ix) g->stab_ix = kg_map_new();
  const char *key = (const char *)&s; /* the address is the key */
  uint32_t *v = kg_map_ref(g->stab_ix, key, sizeof s, KG_MAP_NONE);
  if (*v != (uint32_t)KG_MAP_NONE) return *v + 1;
  if (g->n_stab >= limit) {
    *v = (uint32_t)(KG_MAP_NONE - 1); /* over the limit: reads back as UINT32_MAX */
    return UINT32_MAX;
  }
  KG_GROW(g->stab, g->cap_stab, g->n_stab + 1);
  g->stab[g->n_stab] = s;
  *v = (uint32_t)g->n_stab;
  return (uint32_t)++g->n_stab;
}

static const char *stab_get(const kg_graph *g, uint32_t n) {
  return n ? g->stab[n - 1] : NULL;
}

/* The full record of link `idx` (index in g->rich), made from the compact
 * one the first time. */
static size_t promote(kg_graph *g, size_t idx) {
  kg_erec *r = &g->edges[idx];
  if (r->rich) return r->x;
  size_t cap = g->cap_rich;
  KG_GROW(g->rich, g->cap_rich, g->n_rich + 1);
  if (cap != g->cap_rich) g->eacc = kg_xrealloc(g->eacc, g->cap_rich * sizeof *g->eacc);
  size_t x = g->n_rich++;
  kg_edge *e = &g->rich[x];
  memset(e, 0, sizeof *e);
  memset(&g->eacc[x], 0, sizeof g->eacc[x]);
  e->source = r->source;
  e->target = r->target;
  e->type = (kg_link_type)r->type;
  if (r->doc) {
    const char *doc = stab_get(g, r->doc);
    list_add(g, &e->documents, doc);
    list_add(g, &e->dates, stab_get(g, r->date));
    if (kg_erec_text(r)) add_evidence(g, x, doc, r->x, (const char *)kg_erec_text(r));
  }
  r->rich = 1;
  r->x = (uint32_t)x;
  r->doc = r->date = 0;
  kg_erec_set_text(r, 0);
  return x;
}

/* Record an observation of link `idx` in its compact form when it still
 * fits one (see kg_erec): returns 1, or 0 when the link must be rich. `dn`
 * is the document's number (0 or UINT32_MAX: none fits). The result is
 * what the rich merge would hold: one document, its date if any, its first
 * sentence at one offset. */
static int observe_compact(kg_graph *g, size_t idx, uint32_t dn, const char *date,
                           const char *title, size_t off, const char *text) {
  kg_erec *r = &g->edges[idx];
  if (r->rich || r->type == KG_LINK_MET || title || !dn || dn == UINT32_MAX ||
      off > UINT32_MAX)
    return 0;
  uint32_t tn = stab_number(g, date, KG_EREC_DATES - 1);
  if (tn == UINT32_MAX) return 0;
  if (!r->doc) {
    r->doc = dn;
    r->date = tn;
    kg_erec_set_text(r, (uintptr_t)text);
    r->x = text ? (uint32_t)off : 0;
    return 1;
  }
  if (r->doc != dn || (tn && r->date && tn != r->date) ||
      (text && kg_erec_text(r) && r->x != off))
    return 0;
  if (!r->date) r->date = tn;
  if (text && !kg_erec_text(r)) {
    kg_erec_set_text(r, (uintptr_t)text);
    r->x = (uint32_t)off;
  }
  return 1;
}

static int cmp_meeting(const void *a, const void *b) {
  const kg_meeting *x = a, *y = b;
  uintptr_t p = (uintptr_t)x->doc, q = (uintptr_t)y->doc;
  if (p != q) return p < q ? -1 : 1;
  p = (uintptr_t)x->what;
  q = (uintptr_t)y->what;
  return p < q ? -1 : p > q;
}

/* Sort a's meetings (by address) and drop repeats. */
static void meetings_compact(kg_meetacc *a) {
  if (a->n_events < 2) return;
  qsort(a->events, a->n_events, sizeof *a->events, cmp_meeting);
  size_t w = 1;
  for (size_t i = 1; i < a->n_events; i++)
    if (cmp_meeting(&a->events[i], &a->events[w - 1]) != 0)
      a->events[w++] = a->events[i];
  a->n_events = (uint32_t)w;
}

/* Note a distinct meeting (as list_add does for strings). */
static void add_meeting(kg_graph *g, kg_edgeacc *ea, const char *doc,
                        const char *what) {
  if (!ea->meet) {
    KG_GROW(g->meets, g->cap_meets, g->n_meets + 1);
    memset(&g->meets[g->n_meets], 0, sizeof *g->meets);
    ea->meet = (uint32_t)++g->n_meets;
  }
  kg_meetacc *a = &g->meets[ea->meet - 1];
  if (a->n_events) {
    const kg_meeting *last = &a->events[a->n_events - 1];
    if (last->doc == doc && last->what == what) return;
  }
  if (a->n_events >= 16 && a->n_events == a->cap_events) {
    meetings_compact(a);
    if (a->n_events > a->cap_events / 2)
      GROW_MERGE(a->events, a->cap_events, (size_t)a->cap_events + 1, 2);
  }
  GROW_MERGE(a->events, a->cap_events, (size_t)a->n_events + 1, 2);
  a->events[a->n_events++] = (kg_meeting){doc, what};
}

/* A document's lookups in the string table mostly miss the cache (it
 * holds millions of strings): its node ids and labels are hashed and
 * their slots loaded up front, so that the misses overlap instead of
 * coming one after another. */
static void prefetch_doc(const kg_graph *g, const kg_facts *f) {
  for (size_t i = 0; i < f->n_entities; i++) {
    const kg_entity *e = &f->entities[i];
    kg_map_prefetch(g->strs, kg_map_hash(e->key, strlen(e->key)));
    if (e->label) kg_map_prefetch(g->strs, kg_map_hash(e->label, strlen(e->label)));
  }
}

void kg_graph_add(kg_graph *g, const kg_facts *f) {
  prefetch_doc(g, f);
  g->n_docs++;
  g->n_tcache = 0;
  const char *doc = intern(g, f->doc);
  /* the document's number for its compact links, looked up once */
  uint32_t dn = f->n_links && doc && *doc ? stab_number(g, doc, UINT32_MAX - 1) : 0;
  const char *date = f->date && *f->date ? intern(g, f->date) : NULL;
  size_t *map = kg_xmalloc((f->n_entities + 1) * sizeof *map);
  kg_buf tmp = KG_BUF_INIT;
  for (size_t i = 0; i < f->n_entities; i++) {
    const kg_entity *e = &f->entities[i];
    size_t idx = node_for(g, e->type, e->key);
    map[i] = idx;
    kg_node *n = &g->nodes[idx];
    kg_nodeacc *a = &g->nacc[idx];
    const char *country = e->country && *e->country ? intern(g, e->country) : NULL;
    if (e->label && *e->label) vote(g, &a->labels, intern(g, e->label), 1);
    for (size_t k = 0; k < e->aliases.n; k++)
      if (*e->aliases.v[k]) list_add(g, &profile_of(g, n)->aliases, intern(g, e->aliases.v[k]));
    for (size_t k = 0; k < e->titles.n; k++) {
      const char *title = intern(g, e->titles.v[k]);
      list_add(g, &profile_of(g, n)->titles, title);
      if (e->type == KG_PERSON) {
        kg_posacc *p = posacc(g, a, title);
        list_add(g, &p->documents, doc);
        list_add(g, &p->dates, date);
        vote(g, &p->country, country, 1);
      }
    }
    list_add(g, &n->documents, doc);
    vote(g, &a->countries, country, 1);
    if (e->subtype && *e->subtype) vote(g, &a->subtypes, intern(g, e->subtype), 1);
    set_once(g, &n->date, e->date);
    set_once(g, &n->place, e->place);
    set_once(g, &n->status, e->status);
    set_once(g, &n->cameo, e->cameo);
  }
  for (size_t i = 0; i < f->n_links; i++) {
    const kg_link *l = &f->links[i];
    if (l->source >= f->n_entities || l->target >= f->n_entities) continue;
    size_t a = map[l->source], b = map[l->target];
    if (a == b) continue;
    size_t idx = edge_for(g, l->type, a, b);
    const char *ldate = l->date && *l->date ? intern(g, l->date) : NULL;
    const char *title = l->title && *l->title ? intern(g, l->title) : NULL;
    const char *text = l->text ? doc_text(g, l->offset, l->text) : NULL;
    if (!observe_compact(g, idx, dn, ldate, title, l->offset, text)) {
      size_t x = promote(g, idx);
      kg_edge *e = &g->rich[x];
      list_add(g, &e->documents, doc);
      list_add(g, &e->dates, ldate);
      list_add(g, &e->titles, title);
      if (text) add_evidence(g, x, doc, l->offset, text);
    }
    /* a met link's distinct meetings: one per (document, event), else per
     * (document, date) */
    if (l->type == KG_LINK_MET) {
      const char *what;
      if (l->event != KG_NO_ENTITY && l->event < f->n_entities) {
        what = g->nodes[map[l->event]].id;
      } else {
        kg_buf_reset(&tmp);
        kg_buf_putc(&tmp, '#');
        if (l->date) kg_buf_puts(&tmp, l->date);
        what = intern(g, tmp.ptr);
      }
      add_meeting(g, &g->eacc[g->edges[idx].x], doc, what);
    }
    /* positions learn their institution from holds_position links */
    if (l->type == KG_LINK_HOLDS_POSITION && l->title &&
        g->nodes[a].type == KG_PERSON) {
      kg_posacc *p = posacc(g, &g->nacc[a], intern(g, l->title));
      const char *lab = f->entities[l->target].label;
      if (lab && *lab) vote(g, &p->institution, intern(g, lab), 1);
    }
  }
  kg_buf_free(&tmp);
  free(map);
}

size_t kg_graph_put_node(kg_graph *g, const kg_node *src) {
  size_t idx = node_for(g, src->type, src->id);
  kg_node *n = &g->nodes[idx];
  kg_nodeacc *a = &g->nacc[idx];
  if (src->label && *src->label) vote(g, &a->labels, intern(g, src->label), 1);
  const kg_profile *sp = src->profile ? src->profile : &kg_profile_none;
  for (size_t k = 0; k < sp->aliases.n; k++)
    list_add(g, &profile_of(g, n)->aliases, intern(g, sp->aliases.v[k]));
  for (size_t k = 0; k < sp->titles.n; k++)
    list_add(g, &profile_of(g, n)->titles, intern(g, sp->titles.v[k]));
  for (size_t k = 0; k < src->documents.n; k++)
    list_add(g, &n->documents, intern(g, src->documents.v[k]));
  if (src->country && *src->country) vote(g, &a->countries, intern(g, src->country), 1);
  if (src->subtype && *src->subtype) vote(g, &a->subtypes, intern(g, src->subtype), 1);
  set_once(g, &n->date, src->date);
  set_once(g, &n->place, src->place);
  set_once(g, &n->status, src->status);
  set_once(g, &n->cameo, src->cameo);
  if (sp->n_positions && !n->profile->positions) {
    kg_profile *np = profile_of(g, n);
    np->positions = kg_xcalloc(sp->n_positions, sizeof *np->positions);
    np->n_positions = sp->n_positions;
    for (size_t i = 0; i < sp->n_positions; i++) {
      const kg_position *p = &sp->positions[i];
      kg_position *q = &np->positions[i];
      q->title = (char *)intern(g, p->title);
      q->institution = (char *)intern(g, p->institution);
      q->country = (char *)intern(g, p->country);
      q->first_seen = (char *)intern(g, p->first_seen);
      q->last_seen = (char *)intern(g, p->last_seen);
      for (size_t k = 0; k < p->documents.n; k++)
        list_add(g, &q->documents, intern(g, p->documents.v[k]));
    }
  }
  if (src->c && src->c != &kg_centrality_none) {
    if (n->c == &kg_centrality_none) n->c = cell(g, sizeof *n->c);
    *n->c = *src->c;
  }
  return idx;
}

size_t kg_graph_put_edge(kg_graph *g, const kg_edge *src) {
  size_t idx = edge_for(g, src->type, src->source, src->target);
  size_t x = promote(g, idx);
  kg_edge *e = &g->rich[x];
  for (size_t k = 0; k < src->dates.n; k++) list_add(g, &e->dates, intern(g, src->dates.v[k]));
  for (size_t k = 0; k < src->documents.n; k++)
    list_add(g, &e->documents, intern(g, src->documents.v[k]));
  for (size_t k = 0; k < src->titles.n; k++) list_add(g, &e->titles, intern(g, src->titles.v[k]));
  for (size_t k = 0; k < src->n_evidence; k++)
    if (src->evidence[k].text && src->evidence[k].doc)
      add_evidence(g, x, intern(g, src->evidence[k].doc), src->evidence[k].offset,
                   pool_text(g, src->evidence[k].text));
  g->rich[x].weight += src->weight;
  return idx;
}

void kg_graph_set_document_count(kg_graph *g, size_t n) { g->n_docs = n; }

void kg_graph_own_centralities(kg_graph *g) {
  size_t missing = 0;
  for (size_t i = 0; i < g->n_nodes; i++) missing += g->nodes[i].c == &kg_centrality_none;
  if (!missing) return;
  kg_centrality *c = cell(g, missing * sizeof *c);
  for (size_t i = 0; i < g->n_nodes; i++)
    if (g->nodes[i].c == &kg_centrality_none) {
      *c = kg_centrality_none;
      g->nodes[i].c = c++;
    }
}

static int cmp_evidence(const void *a, const void *b) {
  const kg_evidence *x = a, *y = b;
  int c = x->doc == y->doc ? 0 : strcmp(x->doc, y->doc);
  if (c) return c;
  if (x->offset != y->offset) return x->offset < y->offset ? -1 : 1;
  return x->text == y->text ? 0 : strcmp(x->text, y->text);
}

typedef struct {
  const char *id;
  size_t ix;
} id_ix;

static int cmp_id_ix(const void *a, const void *b) {
  return strcmp(((const id_ix *)a)->id, ((const id_ix *)b)->id);
}

/* The sort key `which` picks of a link: 0 type, 1 target, 2 source. */
static size_t edge_key(const kg_erec *r, int which) {
  return which == 0 ? r->type : which == 1 ? r->target : r->source;
}

/* One stable counting-sort pass of `n` links from `from` to `to` by the
 * key `which`, keys below `nkeys`. `count` has room for nkeys + 1
 * counters. */
static void edge_pass(const kg_erec *from, kg_erec *to, size_t n, int which,
                      size_t nkeys, size_t *count) {
  memset(count, 0, (nkeys + 1) * sizeof *count);
  for (size_t i = 0; i < n; i++) count[edge_key(&from[i], which) + 1]++;
  for (size_t k = 1; k <= nkeys; k++) count[k] += count[k - 1];
  for (size_t i = 0; i < n; i++) to[count[edge_key(&from[i], which)]++] = from[i];
}

/* The links in canonical order, by (source, target, type), links of one
 * key in merge order: three stable counting-sort passes, least significant
 * key first. Returns the sorted array (`n` + 1 records, the caller's to
 * own) and frees `e`. glibc's qsort took 0.18 s on 546 k links (a merge
 * sort through a comparison callback, with a temporary array as large as
 * this one); this takes 0.12 s. */
static kg_erec *sort_edges(kg_erec *e, size_t n, size_t n_nodes) {
  kg_erec *t = kg_xmalloc((n + 1) * sizeof *t);
  size_t nkeys = n_nodes > 128 ? n_nodes : 128; /* type: 7 bits */
  size_t *count = kg_xmalloc((nkeys + 1) * sizeof *count);
  edge_pass(e, t, n, 0, 128, count);
  edge_pass(t, e, n, 1, n_nodes, count);
  edge_pass(e, t, n, 2, n_nodes, count);
  free(count);
  free(e);
  return t;
}

static void finish_node(kg_graph *g, kg_node *n, kg_nodeacc *a) {
  const char *lab = (n->type == KG_PERSON || n->type == KG_INSTITUTION)
                        ? label_winner(&a->labels)
                        : winner(&a->labels);
  if (!n->label) n->label = (char *)(lab ? lab : n->id);
  /* other label forms are aliases (all strings are interned: equal
   * strings are equal pointers) */
  for (size_t i = 0; i < a->labels.n; i++)
    if (a->labels.v[i].s != n->label)
      list_add(g, &profile_of(g, n)->aliases, a->labels.v[i].s);
  kg_profile *pr = n->profile;
  if (pr != &kg_profile_none) {
    size_t w = 0;
    for (size_t i = 0; i < pr->aliases.n; i++)
      if (pr->aliases.v[i] != n->label) pr->aliases.v[w++] = pr->aliases.v[i];
    pr->aliases.n = w;
    list_sort(&pr->aliases);
    list_sort(&pr->titles);
  }
  list_sort(&n->documents);
  if (!n->country) n->country = (char *)winner(&a->countries);
  if (!n->subtype) n->subtype = (char *)winner(&a->subtypes);
  if (a->n_pos && !n->profile->positions) {
    pr = profile_of(g, n);
    pr->positions = kg_xcalloc(a->n_pos, sizeof *pr->positions);
    pr->n_positions = a->n_pos;
    for (size_t i = 0; i < a->n_pos; i++) {
      kg_posacc *p = &a->pos[i];
      kg_position *q = &pr->positions[i];
      q->title = (char *)p->title;
      q->institution = (char *)winner(&p->institution);
      q->country = (char *)winner(&p->country);
      list_sort(&p->dates);
      if (p->dates.n) {
        q->first_seen = p->dates.v[0];
        q->last_seen = p->dates.v[p->dates.n - 1];
      }
      q->documents = p->documents; /* moved */
      memset(&p->documents, 0, sizeof p->documents);
      list_sort(&q->documents);
    }
    /* positions in order of title */
    for (size_t i = 1; i < pr->n_positions; i++)
      for (size_t j = i; j > 0 && strcmp(pr->positions[j - 1].title,
                                         pr->positions[j].title) > 0;
           j--) {
        kg_position t = pr->positions[j];
        pr->positions[j] = pr->positions[j - 1];
        pr->positions[j - 1] = t;
      }
  }
}

/* Evidence sentences in link order. The merge stores them in document
 * order, so an exporter walking the links reads them scattered over the
 * file, and the kernel maps some 64 KB around each one it reads
 * (fault-around; MADV_RANDOM does not stop it): writing the 1 GB graph
 * held 0.3 to 0.4 GB of the file at a time. Copied in link order, the
 * sentences of a run of links lie together. A sentence cited by several
 * links is stored once per run of evidence citing it in a row. Only a
 * store that went to a file is rewritten. A file of at most KG_TEXT_WINDOW
 * is read through its map, each page faulted in once. A larger one is read
 * with pread, a sentence at a time: through the map, out of file order,
 * nearly every sentence faulted in 64 KB, and giving those pages back every
 * KG_TEXT_WINDOW (to bound the memory) made them fault again, so the 1 GB
 * corpus's finish took 90 s and 300 MB's 15 s (now 5 s). */

static void texts_in_link_order(kg_graph *g) {
  if (!g->texts.map) return;
  /* the texts in link order, a repeat of the one before taken once; each
   * link holds its text's number (+ 1) until the copy is made */
  const char **ps = NULL;
  size_t k = 0, cap = 0;
  const char *prev = NULL;
  for (size_t i = 0; i < g->n_edges; i++) {
    kg_erec *r = &g->edges[i];
    kg_edge *e = r->rich ? &g->rich[r->x] : NULL;
    size_t n = e ? e->n_evidence : 1;
    for (size_t q = 0; q < n; q++) {
      const char *t = e ? e->evidence[q].text : (const char *)kg_erec_text(r);
      if (t && t != prev) {
        prev = t;
        KG_GROW(ps, cap, k + 1);
        ps[k++] = t;
      }
      if (e)
        e->evidence[q].text = (char *)(uintptr_t)(t ? k : 0);
      else
        kg_erec_set_text(r, t ? k : 0);
    }
  }
  kg_textstore nt;
  kg_textstore_init(&nt, g->texts.spill_after);
  size_t *refs = kg_xmalloc((k + 1) * sizeof *refs);
  kg_textstore_gather(&g->texts, ps, k, &nt, refs);
  free(ps);
  kg_textstore_free(&g->texts);
  kg_textstore_seal(&nt);
  for (size_t i = 0; i < g->n_rich; i++) {
    kg_edge *e = &g->rich[i];
    for (size_t q = 0; q < e->n_evidence; q++) {
      size_t x = (size_t)(uintptr_t)e->evidence[q].text;
      e->evidence[q].text = x ? (char *)kg_textstore_get(&nt, refs[x - 1]) : NULL;
    }
  }
  for (size_t i = 0; i < g->n_edges; i++) {
    kg_erec *r = &g->edges[i];
    size_t x = r->rich ? 0 : (size_t)kg_erec_text(r);
    if (!r->rich) kg_erec_set_text(r, x ? (uintptr_t)kg_textstore_get(&nt, refs[x - 1]) : 0);
  }
  free(refs);
  g->texts = nt;
}

void kg_graph_finish(kg_graph *g) {
  if (g->finished) return;
  g->finished = 1;
  for (size_t i = 0; i < g->n_nodes; i++) {
    finish_node(g, &g->nodes[i], &g->nacc[i]);
    nacc_free(&g->nacc[i]);
  }
  free(g->nacc);
  g->nacc = NULL;
  kg_textstore_seal(&g->texts);
  for (size_t i = 0; i < g->n_edges; i++) {
    kg_erec *r = &g->edges[i];
    if (!r->rich)
      kg_erec_set_text(r, (uintptr_t)kg_textstore_get(&g->texts, kg_erec_text(r)));
  }
  for (size_t i = 0; i < g->n_rich; i++) {
    kg_edge *e = &g->rich[i];
    kg_edgeacc *a = &g->eacc[i];
    for (size_t k = 0; k < e->n_evidence; k++) /* references to pointers */
      e->evidence[k].text =
          (char *)kg_textstore_get(&g->texts, (size_t)(uintptr_t)e->evidence[k].text);
    list_sort(&e->dates);
    list_sort(&e->documents);
    list_sort(&e->titles);
    if (e->n_evidence > 1) {
      qsort(e->evidence, e->n_evidence, sizeof *e->evidence, cmp_evidence);
      size_t w = 1;
      for (size_t k = 1; k < e->n_evidence; k++)
        if (e->evidence[k].doc != e->evidence[w - 1].doc ||
            e->evidence[k].offset != e->evidence[w - 1].offset)
          e->evidence[w++] = e->evidence[k];
      e->n_evidence = w;
    }
    /* a finished graph holds evidence arrays of more than one item on the
     * heap, at their size (shrunk in place: moving them would leave their
     * old blocks as holes in the heap that keep its pages), single ones in
     * cells */
    if (a->cap_evidence > 1 && e->n_evidence <= 1) {
      kg_evidence *c = cell(g, sizeof *c);
      if (e->n_evidence) *c = e->evidence[0];
      free(e->evidence);
      e->evidence = c;
      a->cap_evidence = 1;
    } else if (a->cap_evidence > e->n_evidence) {
      e->evidence = kg_xrealloc(e->evidence, (size_t)e->n_evidence * sizeof *e->evidence);
      a->cap_evidence = e->n_evidence;
    }
    size_t ev = 0;
    if (a->meet) {
      kg_meetacc *m = &g->meets[a->meet - 1];
      meetings_compact(m);
      ev = m->n_events;
      small_free(m->events, m->cap_events);
    }
    if (e->weight == 0)
      e->weight = (double)(e->type == KG_LINK_MET ? (ev ? ev : 1)
                                                  : (e->documents.n ? e->documents.n : 1));
  }
  free(g->eacc);
  g->eacc = NULL;
  free(g->meets);
  g->meets = NULL;
  g->n_meets = g->cap_meets = 0;
  cells_free(&g->tcells); /* the accumulators are gone */
  free(g->tcache);
  g->tcache = NULL;
  g->n_tcache = g->cap_tcache = 0;
  /* canonical node order: by id */
  size_t n = g->n_nodes;
  id_ix *order = kg_xmalloc((n + 1) * sizeof *order);
  size_t *rank = kg_xmalloc((n + 1) * sizeof *rank);
  for (size_t i = 0; i < n; i++) {
    order[i].id = g->nodes[i].id;
    order[i].ix = i;
  }
  if (n > 1) qsort(order, n, sizeof *order, cmp_id_ix);
  for (size_t i = 0; i < n; i++) rank[order[i].ix] = i;
  /* permute in place, cycle by cycle (a second array of nodes would double
   * the peak): position j takes the node at order[j].ix */
  for (size_t i = 0; i < n; i++) {
    if (order[i].ix == i || order[i].ix == (size_t)-1) continue;
    kg_node tmp = g->nodes[i];
    size_t j = i;
    for (;;) {
      size_t k = order[j].ix;
      order[j].ix = (size_t)-1;
      if (k == i) {
        g->nodes[j] = tmp;
        break;
      }
      g->nodes[j] = g->nodes[k];
      j = k;
    }
  }
  /* give back the unused capacity (growth doubled it) */
  g->nodes = kg_xrealloc(g->nodes, (n + 1) * sizeof *g->nodes);
  g->cap_nodes = n + 1;
  /* nodes are in id order now: kg_graph_find searches them, and the hash
   * table of the interned strings goes (on a 1 GB corpus, 4 M strings in
   * ~200 MB of slots); the strings themselves stay */
  kg_map_drop_table(g->strs);
  for (size_t i = 0; i < g->n_edges; i++) {
    kg_erec *e = &g->edges[i];
    e->source = (uint32_t)rank[e->source];
    e->target = (uint32_t)rank[e->target];
    if (e->type == KG_LINK_MET && e->source > e->target) {
      uint32_t t = e->source;
      e->source = e->target;
      e->target = t;
    }
    if (e->rich) {
      g->rich[e->x].source = e->source;
      g->rich[e->x].target = e->target;
    }
  }
  if (g->n_edges > 1) g->edges = sort_edges(g->edges, g->n_edges, n);
  else g->edges = kg_xrealloc(g->edges, (g->n_edges + 1) * sizeof *g->edges);
  g->cap_edges = g->n_edges + 1;
  g->rich = kg_xrealloc(g->rich, (g->n_rich + 1) * sizeof *g->rich);
  g->cap_rich = g->n_rich + 1;
  kg_map_free(g->stab_ix); /* numbers are only looked up now */
  g->stab_ix = NULL;
  /* edges moved: the table is of no more use (nothing is added now) */
  free(g->edge_slots);
  g->edge_slots = NULL;
  g->edge_cap = 0;
  free(order);
  free(rank);
  texts_in_link_order(g);
#ifdef __GLIBC__
  /* the merge's accumulators are gone: hand their pages back (glibc keeps
   * freed memory inside its heap otherwise) */
  malloc_trim(0);
#endif
}

size_t kg_graph_node_count(const kg_graph *g) { return g->n_nodes; }
size_t kg_graph_edge_count(const kg_graph *g) { return g->n_edges; }
const kg_node *kg_graph_node(const kg_graph *g, size_t i) { return &g->nodes[i]; }
const kg_edge *kg_graph_edge(const kg_graph *g, size_t i, kg_edge_buf *buf) {
  const kg_erec *r = &g->edges[i];
  if (r->rich) return &g->rich[r->x];
  memset(buf, 0, sizeof *buf);
  kg_edge *e = &buf->e;
  e->source = r->source;
  e->target = r->target;
  e->type = (kg_link_type)r->type;
  e->weight = 1;
  buf->doc = (char *)stab_get(g, r->doc);
  e->documents = (kg_strlist){&buf->doc, r->doc ? 1 : 0, 1};
  buf->date = (char *)stab_get(g, r->date);
  e->dates = (kg_strlist){&buf->date, r->date ? 1 : 0, 1};
  if (kg_erec_text(r)) {
    buf->evidence = (kg_evidence){buf->doc, r->x, (char *)kg_erec_text(r)};
    e->evidence = &buf->evidence;
    e->n_evidence = 1;
  }
  return e;
}
size_t kg_graph_document_count(const kg_graph *g) { return g->n_docs; }

size_t kg_graph_find(const kg_graph *g, const char *id) {
  if (!g->finished) {
    size_t idx = kg_map_get(g->strs, id, strlen(id));
    return idx < g->n_nodes ? idx : (size_t)-1;
  }
  size_t lo = 0, hi = g->n_nodes; /* canonical order: by id */
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    int c = strcmp(g->nodes[mid].id, id);
    if (c == 0) return mid;
    if (c < 0)
      lo = mid + 1;
    else
      hi = mid;
  }
  return (size_t)-1;
}
