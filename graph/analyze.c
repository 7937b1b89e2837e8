/* analyze.c - centralities, communities and k-cores of the finished graph
 * with igraph (issue 6). The conventions (which graph, which weights, which
 * normalisation) are listed in README.md, "Analytics and kg stats", and
 * checked against networkx by tests/analytics/check_networkx.py.
 *
 * Attribute storage: kg keeps every node and link attribute in its own
 * arrays (kg_graph.nodes, kg_graph.edges); igraph only ever sees topology
 * plus a weight vector. Vertex id i of the whole-graph igraph_t IS kg node
 * index i; the met graph maps its vertex j to a person through the `people`
 * array below. Results are copied back into kg_node.c by index, so no
 * igraph attribute table (and no attribute handler, which is global state)
 * is needed. */
#include <math.h>
#include <pthread.h>
#ifdef __GLIBC__
#include <malloc.h> /* malloc_trim */
#endif
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <igraph.h>

#include "graph/internal.h"

kg_analyze_opts kg_analyze_defaults(void) {
  kg_analyze_opts o = {5000, 4.0, 42, 256, 120000000, 1};
  return o;
}

/* ---- igraph plumbing --------------------------------------------------------
 * igraph's default handlers abort on error and print warnings; a library
 * must do neither (STYLE 4), so both are silenced while kg calls igraph and
 * failures come back as return codes. */

typedef struct {
  igraph_error_handler_t *err;
  igraph_warning_handler_t *warn;
  int omp_threads; /* 0: no OpenMP */
} handlers;

/* igraph's PageRank (PRPACK) runs an OpenMP team of a thread per core. On
 * the met graph (some thousands of people) the team mostly waits, and its
 * threads spin at every barrier against kg's own threads (betweenness runs
 * beside the rest): on a busy machine the analytics of 10 MB took 1.5-1.8 s
 * instead of 0.8-0.97 s. So igraph gets a team of one while kg calls it.
 * The numbers are the same for any team size (graph.json byte-identical
 * with OMP_NUM_THREADS 1, 2, 3 and 7). libgomp comes in with igraph; the
 * weak references stay NULL where igraph was built without OpenMP. */
#if defined(__GNUC__)
extern void omp_set_num_threads(int) __attribute__((weak));
extern int omp_get_max_threads(void) __attribute__((weak));

/* Holds the team to one thread; returns the size to restore (0: none). */
static int omp_hold(void) {
  if (!omp_set_num_threads || !omp_get_max_threads) return 0;
  int n = omp_get_max_threads();
  omp_set_num_threads(1);
  return n;
}

static void omp_restore(int n) {
  if (n > 0 && omp_set_num_threads) omp_set_num_threads(n);
}
#else
static int omp_hold(void) { return 0; }
static void omp_restore(int n) { (void)n; }
#endif

static handlers quiet_igraph(void) {
  handlers h;
  h.err = igraph_set_error_handler(igraph_error_handler_ignore);
  h.warn = igraph_set_warning_handler(igraph_warning_handler_ignore);
  h.omp_threads = omp_hold();
  return h;
}

static void restore_igraph(handlers h) {
  igraph_set_error_handler(h.err);
  igraph_set_warning_handler(h.warn);
  omp_restore(h.omp_threads);
}

static kg_status igraph_fail(kg_error *err, const char *what,
                             igraph_error_t rc) {
  return kg_error_set(err, KG_EINVAL, NULL, 0, "igraph: %s: %s", what,
                      igraph_strerror(rc));
}

#define TRY(what, call)                                                        \
  do {                                                                         \
    igraph_error_t rc_ = (call);                                               \
    if (rc_ != IGRAPH_SUCCESS) {                                               \
      st = igraph_fail(err, (what), rc_);                                      \
      goto done;                                                               \
    }                                                                          \
  } while (0)

/* A simple undirected graph with a weight per edge. */
typedef struct {
  igraph_t g;
  igraph_vector_t w;    /* weights (meetings, supporting documents) */
  igraph_vector_t dist; /* 1/weight: path lengths for weighted measures
                           (met graph only; empty for the whole graph) */
  int inited;
} wgraph;

/* 16 bytes: the whole graph of a 1 GB corpus has 5 M of them (vertex ids
 * fit 32 bits: kg_graph_analyze refuses larger graphs). */
typedef struct {
  uint32_t a, b;
  double w;
} pair;

static int cmp_pair(const void *x, const void *y) {
  const pair *p = x, *q = y;
  if (p->a != q->a) return p->a < q->a ? -1 : 1;
  if (p->b != q->b) return p->b < q->b ? -1 : 1;
  return 0;
}

/* Put each pair as a < b, sort the pairs and merge parallel ones (weights
 * summed); returns how many are left. */
static size_t pairs_merge(pair *p, size_t m) {
  for (size_t k = 0; k < m; k++)
    if (p[k].a > p[k].b) {
      uint32_t t = p[k].a;
      p[k].a = p[k].b;
      p[k].b = t;
    }
  if (m > 1) qsort(p, m, sizeof *p, cmp_pair);
  size_t u = 0;
  for (size_t k = 0; k < m; k++) {
    if (u && p[u - 1].a == p[k].a && p[u - 1].b == p[k].b)
      p[u - 1].w += p[k].w;
    else
      p[u++] = p[k];
  }
  return u;
}

/* Build `wg` on `n` vertices from `m` pairs (a != b). Pairs are sorted and
 * parallel ones merged with their weights summed, so the igraph graph is
 * simple and its edge order depends only on the input set. Frees the pairs
 * (and sets *pp NULL) before igraph copies the graph: on a 1 GB corpus they
 * are 120 MB that the measures after it do not need. `dist` (1/weight) is
 * filled only `with_dist` (the met graph), else left empty. */
static igraph_error_t wgraph_init(wgraph *wg, size_t n, pair **pp, size_t m,
                                  int with_dist) {
  pair *p = *pp;
  memset(wg, 0, sizeof *wg);
  size_t u = pairs_merge(p, m);
  igraph_vector_int_t ev;
  igraph_error_t rc = igraph_vector_init(&wg->w, (igraph_integer_t)u);
  if (rc) return rc;
  if ((rc = igraph_vector_init(&wg->dist, with_dist ? (igraph_integer_t)u : 0)) != 0) {
    igraph_vector_destroy(&wg->w);
    return rc;
  }
  if ((rc = igraph_vector_int_init(&ev, (igraph_integer_t)(2 * u))) != 0) {
    igraph_vector_destroy(&wg->dist);
    igraph_vector_destroy(&wg->w);
    return rc;
  }
  for (size_t k = 0; k < u; k++) {
    /* weights are >= 1 for kg links; guard anyway so 1/w stays finite */
    double w = p[k].w > 0 ? p[k].w : 1;
    VECTOR(wg->w)[k] = w;
    if (with_dist) VECTOR(wg->dist)[k] = 1.0 / w;
    VECTOR(ev)[2 * k] = (igraph_integer_t)p[k].a;
    VECTOR(ev)[2 * k + 1] = (igraph_integer_t)p[k].b;
  }
  free(p);
  *pp = NULL;
  rc = igraph_create(&wg->g, &ev, (igraph_integer_t)n, IGRAPH_UNDIRECTED);
  igraph_vector_int_destroy(&ev);
  if (rc) {
    igraph_vector_destroy(&wg->dist);
    igraph_vector_destroy(&wg->w);
    return rc;
  }
  wg->inited = 1;
  return IGRAPH_SUCCESS;
}

static void wgraph_destroy(wgraph *wg) {
  if (!wg->inited) return;
  igraph_vector_destroy(&wg->dist);
  igraph_vector_destroy(&wg->w);
  igraph_destroy(&wg->g);
  wg->inited = 0;
}

/* Hand freed memory back to the system between measures. glibc keeps what
 * a measure freed for the next one, so without this the working memory of
 * every measure adds up to the analytics' peak instead of the largest of
 * them; a trim costs a walk over the free chunks, milliseconds. */
static void give_back(void) {
#ifdef __GLIBC__
  malloc_trim(0);
#endif
}

static double finite_or_zero(double x) {
  return isfinite(x) ? x : 0;
}

/* ---- large graphs: sampled sources
 * ------------------------------------------- Exact betweenness, closeness and
 * harmonic centrality each run a search from every vertex: O(n m), hours at
 * 100k nodes. Above exact_limit vertices kg searches from a sample instead
 * (Brandes and Pich's pivots, Eppstein and Wang's closeness estimate): every
 * vertex of a connected component of at most `samples` vertices is a source (so
 * small components stay exact), and `samples` pivots drawn with the fixed seed
 * are the sources of each larger component. A measure summed over sources is
 * then scaled by |C| / pivots of the vertex's component. Cost: at most 2 *
 * samples searches' worth of work, whatever n. (A path-length cutoff, samples =
 * 0, is no help on news graphs: heads of state and ministries put most of the
 * graph within four steps of everybody.) */

typedef struct {
  igraph_vector_int_t sources; /* sorted vertex ids */
  double *scale;               /* per vertex: |C| / sources in C */
  size_t *csize;               /* per vertex: |C| */
  int inited;
} sampling;

/* splitmix64: a tiny fixed PRNG, so the pivots depend on the seed only
 * (not on igraph's RNG or its version). */
static uint64_t splitmix(uint64_t *x) {
  uint64_t z = (*x += 0x9E3779B97F4A7C15ull);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
  return z ^ (z >> 31);
}

static int cmp_int(const void *a, const void *b) {
  igraph_integer_t x = *(const igraph_integer_t *)a,
                   y = *(const igraph_integer_t *)b;
  return x < y ? -1 : x > y;
}

/* The pivots of `n` vertices in `nc` components, `memb` giving each
 * vertex's component, numbered by the first vertex of each (as igraph's
 * connected components are). */
static igraph_error_t sampling_from(sampling *sp, igraph_integer_t n, const int32_t *memb,
                                    igraph_integer_t nc, size_t samples, unsigned seed) {
  memset(sp, 0, sizeof *sp);
  igraph_error_t rc = igraph_vector_int_init(&sp->sources, 0);
  if (rc) return rc;
  /* vertices grouped by component, in vertex order inside each */
  size_t *start = kg_xcalloc((size_t)nc + 2, sizeof *start);
  igraph_integer_t *byc = kg_xmalloc(((size_t)n + 1) * sizeof *byc);
  for (igraph_integer_t v = 0; v < n; v++)
    start[memb[v] + 1]++;
  for (igraph_integer_t c = 0; c < nc; c++)
    start[c + 1] += start[c];
  size_t *fill = kg_xcalloc((size_t)nc + 1, sizeof *fill);
  for (igraph_integer_t v = 0; v < n; v++) {
    igraph_integer_t c = memb[v];
    byc[start[c] + fill[c]++] = v;
  }
  sp->scale = kg_xmalloc(((size_t)n + 1) * sizeof *sp->scale);
  sp->csize = kg_xmalloc(((size_t)n + 1) * sizeof *sp->csize);
  uint64_t state = seed;
  for (igraph_integer_t c = 0; c < nc && !rc; c++) {
    size_t size = start[c + 1] - start[c];
    igraph_integer_t *vs = byc + start[c];
    size_t take = size <= samples ? size : samples;
    /* partial Fisher-Yates: the first `take` entries become the pivots */
    for (size_t i = 0; i < take && take < size; i++) {
      size_t j = i + (size_t)(splitmix(&state) % (uint64_t)(size - i));
      igraph_integer_t t = vs[i];
      vs[i] = vs[j];
      vs[j] = t;
    }
    for (size_t i = 0; i < take && !rc; i++)
      rc = igraph_vector_int_push_back(&sp->sources, vs[i]);
    for (size_t i = 0; i < size; i++) {
      sp->scale[vs[i]] = (double)size / (double)take;
      sp->csize[vs[i]] = size;
    }
  }
  free(fill);
  free(byc);
  free(start);
  if (rc) {
    igraph_vector_int_destroy(&sp->sources);
    free(sp->scale);
    free(sp->csize);
    return rc;
  }
  qsort(VECTOR(sp->sources), (size_t)igraph_vector_int_size(&sp->sources),
        sizeof(igraph_integer_t), cmp_int);
  sp->inited = 1;
  return IGRAPH_SUCCESS;
}

/* The pivots of igraph's graph `g`, from its components. */
static igraph_error_t sampling_init(sampling *sp, const igraph_t *g, size_t samples,
                                    unsigned seed) {
  igraph_integer_t n = igraph_vcount(g), nc = 0;
  igraph_vector_int_t memb;
  igraph_error_t rc = igraph_vector_int_init(&memb, n);
  if (rc) return rc;
  rc = igraph_connected_components(g, &memb, NULL, &nc, IGRAPH_WEAK);
  if (!rc) {
    int32_t *m32 = kg_xmalloc(((size_t)n + 1) * sizeof *m32);
    for (igraph_integer_t v = 0; v < n; v++) m32[v] = (int32_t)VECTOR(memb)[v];
    rc = sampling_from(sp, n, m32, nc, samples, seed);
    free(m32);
  }
  igraph_vector_int_destroy(&memb);
  return rc;
}

static void sampling_destroy(sampling *sp) {
  if (!sp->inited) return;
  igraph_vector_int_destroy(&sp->sources);
  free(sp->scale);
  free(sp->csize);
  sp->inited = 0;
}

static int use_sampling(const kg_analyze_opts *o, size_t n) {
  return o->exact_limit && n > o->exact_limit && o->samples > 0;
}

static int use_cutoff(const kg_analyze_opts *o, size_t n) {
  return o->exact_limit && n > o->exact_limit && o->samples == 0;
}

/* Betweenness of every vertex, unnormalised (each unordered pair of
 * endpoints counted once, igraph's and networkx's normalized=False); `dist`
 * NULL counts hops. Large graphs: sampled sources, or paths of at most
 * betweenness_cutoff when samples is 0. */
static igraph_error_t betweenness(const wgraph *wg, const igraph_vector_t *dist,
                                  const kg_analyze_opts *o,
                                  igraph_vector_t *res) {
  size_t n = (size_t)igraph_vcount(&wg->g);
  if (use_cutoff(o, n))
    return igraph_betweenness_cutoff(&wg->g, res, igraph_vss_all(),
                                     IGRAPH_UNDIRECTED, dist,
                                     o->betweenness_cutoff);
  if (!use_sampling(o, n))
    return igraph_betweenness(&wg->g, res, igraph_vss_all(), IGRAPH_UNDIRECTED,
                              dist);
  sampling sp;
  igraph_error_t rc = sampling_init(&sp, &wg->g, o->samples, o->seed);
  if (rc) return rc;
  /* igraph sums half of every source->target dependency, so with all
   * vertices as sources it is exact betweenness; with p of |C| sources
   * the sum is scaled by |C| / p */
  rc = igraph_betweenness_subset(
      &wg->g, res, igraph_vss_all(), IGRAPH_UNDIRECTED,
      igraph_vss_vector(&sp.sources), igraph_vss_all(), dist);
  if (!rc)
    for (size_t v = 0; v < n; v++)
      VECTOR(*res)[v] *= sp.scale[v];
  sampling_destroy(&sp);
  return rc;
}

/* ---- large graphs: a compact adjacency of kg's own ---------------------------
 * Above exact_limit the whole graph is analysed in two rounds, for memory:
 * on a 1 GB corpus (1.9 M vertices, 4.9 M edges) igraph's graph is 0.22 GB,
 * and on top of it PRPACK's copies of it (0.4 GB), igraph's betweenness
 * (predecessor and incidence lists, 0.35 GB) and Leiden's lists (0.36 GB)
 * came on top of the graph and its centrality records. First igraph gives
 * the communities (on a graph of its own without the leaves); then every
 * other measure runs over `adj`, 12 bytes per edge end plus 8 per vertex
 * (0.13 GB), with working arrays of a few numbers per vertex: the k-cores
 * and the components the pivots are drawn from (igraph's graph of the
 * whole, built only for them, took 5 s of a 1 GB corpus's analytics; its
 * numbers are checked against igraph's in test_analytics) and the path
 * measures kg computes itself, the eigenvector through ARPACK. */
typedef struct {
  size_t n;
  size_t *off;  /* n + 1: vertex v's neighbours are nbr[off[v] .. off[v+1]) */
  uint32_t *nbr; /* in increasing order */
  double *w;     /* the edge's weight, beside each neighbour */
} adj;

static void adj_free(adj *a) {
  free(a->off);
  free(a->nbr);
  free(a->w);
  memset(a, 0, sizeof *a);
}

/* The adjacency of `m` pairs as pairs_merge leaves them (a < b, sorted,
 * no repeats): the same rows as adj_init gives for wgraph_init's graph of
 * them, weights guarded the same way, without building that graph. */
static void adj_from_pairs(adj *a, size_t n, const pair *p, size_t m) {
  a->n = n;
  a->off = kg_xcalloc(n + 2, sizeof *a->off);
  a->nbr = kg_xmalloc((2 * m + 1) * sizeof *a->nbr);
  a->w = kg_xmalloc((2 * m + 1) * sizeof *a->w);
  for (size_t e = 0; e < m; e++) {
    a->off[p[e].a + 2]++;
    a->off[p[e].b + 2]++;
  }
  for (size_t v = 2; v <= n + 1; v++) a->off[v] += a->off[v - 1];
  for (size_t e = 0; e < m; e++) {
    double w = p[e].w > 0 ? p[e].w : 1;
    size_t k = a->off[p[e].a + 1]++;
    a->nbr[k] = p[e].b;
    a->w[k] = w;
    k = a->off[p[e].b + 1]++;
    a->nbr[k] = p[e].a;
    a->w[k] = w;
  }
}

/* Connected components: memb[v] the component of v, components numbered
 * by their first vertex (igraph's numbering); returns how many. */
static size_t adj_components(const adj *a, int32_t *memb) {
  size_t n = a->n, nc = 0;
  uint32_t *queue = kg_xmalloc((n + 1) * sizeof *queue);
  for (size_t v = 0; v < n; v++) memb[v] = -1;
  for (size_t v = 0; v < n; v++) {
    if (memb[v] >= 0) continue;
    size_t head = 0, tail = 0;
    queue[tail++] = (uint32_t)v;
    memb[v] = (int32_t)nc;
    while (head < tail) {
      uint32_t u = queue[head++];
      for (size_t i = a->off[u]; i < a->off[u + 1]; i++)
        if (memb[a->nbr[i]] < 0) {
          memb[a->nbr[i]] = (int32_t)nc;
          queue[tail++] = a->nbr[i];
        }
    }
    nc++;
  }
  free(queue);
  return nc;
}

/* k-cores (Batagelj and Zaversnik's O(m) peeling): vertices kept in
 * buckets by their remaining degree; taking them lowest first, each lowers
 * its neighbours of a higher degree by one. The core number is unique, so
 * this gives igraph_coreness's numbers (test_analytics compares them). */
static void adj_coreness(const adj *a, int *core) {
  size_t n = a->n, maxd = 0;
  uint32_t *deg = kg_xmalloc((n + 1) * sizeof *deg);
  uint32_t *pos = kg_xmalloc((n + 1) * sizeof *pos);
  uint32_t *vert = kg_xmalloc((n + 1) * sizeof *vert);
  for (size_t v = 0; v < n; v++) {
    deg[v] = (uint32_t)(a->off[v + 1] - a->off[v]);
    if (deg[v] > maxd) maxd = deg[v];
  }
  size_t *bin = kg_xcalloc(maxd + 2, sizeof *bin); /* first slot of each degree */
  for (size_t v = 0; v < n; v++) bin[deg[v]]++;
  for (size_t d = 0, at = 0; d <= maxd; d++) {
    size_t c = bin[d];
    bin[d] = at;
    at += c;
  }
  for (size_t v = 0; v < n; v++) {
    pos[v] = (uint32_t)bin[deg[v]]++;
    vert[pos[v]] = (uint32_t)v;
  }
  for (size_t d = maxd; d > 0; d--) bin[d] = bin[d - 1];
  bin[0] = 0;
  for (size_t i = 0; i < n; i++) {
    uint32_t v = vert[i];
    for (size_t k = a->off[v]; k < a->off[v + 1]; k++) {
      uint32_t u = a->nbr[k];
      if (deg[u] <= deg[v]) continue;
      /* u moves to the front of its bucket, and the bucket starts after it */
      uint32_t du = deg[u], pu = pos[u], pw = (uint32_t)bin[du], w = vert[pw];
      if (u != w) {
        pos[u] = pw;
        vert[pu] = w;
        pos[w] = pu;
        vert[pw] = u;
      }
      bin[du]++;
      deg[u]--;
    }
    core[v] = (int)deg[v];
  }
  free(bin);
  free(vert);
  free(pos);
  free(deg);
}

/* Betweenness from the sampled sources (Brandes: a breadth-first search
 * from each, then dependencies summed back in reverse order), halved as
 * every pair is seen from both ends, and scaled like `betweenness`. */
static void adj_betweenness(const adj *a, const sampling *sp, double *res) {
  size_t n = a->n;
  int32_t *dist = kg_xmalloc((n + 1) * sizeof *dist);
  double *sigma = kg_xcalloc(n + 1, sizeof *sigma);
  double *delta = kg_xcalloc(n + 1, sizeof *delta);
  uint32_t *order = kg_xmalloc((n + 1) * sizeof *order);
  for (size_t v = 0; v < n; v++) {
    dist[v] = -1;
    res[v] = 0;
  }
  igraph_integer_t ns = igraph_vector_int_size(&sp->sources);
  for (igraph_integer_t k = 0; k < ns; k++) {
    uint32_t s = (uint32_t)VECTOR(sp->sources)[k];
    size_t head = 0, tail = 0;
    order[tail++] = s;
    dist[s] = 0;
    sigma[s] = 1;
    while (head < tail) {
      uint32_t u = order[head++];
      for (size_t i = a->off[u]; i < a->off[u + 1]; i++) {
        uint32_t x = a->nbr[i];
        if (dist[x] < 0) {
          dist[x] = dist[u] + 1;
          order[tail++] = x;
        }
        if (dist[x] == dist[u] + 1) sigma[x] += sigma[u];
      }
    }
    for (size_t j = tail; j-- > 1;) { /* farthest first; the source last */
      uint32_t x = order[j];
      double share = (1 + delta[x]) / sigma[x];
      for (size_t i = a->off[x]; i < a->off[x + 1]; i++) {
        uint32_t u = a->nbr[i];
        if (dist[u] == dist[x] - 1) delta[u] += sigma[u] * share;
      }
      res[x] += delta[x];
    }
    for (size_t j = 0; j < tail; j++) { /* reset what the search touched */
      uint32_t x = order[j];
      dist[x] = -1;
      sigma[x] = delta[x] = 0;
    }
  }
  for (size_t v = 0; v < n; v++) res[v] = res[v] / 2 * sp->scale[v];
  free(order);
  free(delta);
  free(sigma);
  free(dist);
}

/* adj_betweenness on a thread of its own: it reads only the adjacency and
 * the sampling and writes only `res`, and calls nothing of igraph, so the
 * calling thread may go on with igraph meanwhile. */
typedef struct betw_job {
  const adj *a;
  const sampling *sp;
  double *res;
} betw_job;

static void *betw_thread(void *arg) {
  betw_job *j = arg;
  adj_betweenness(j->a, j->sp, j->res);
  return NULL;
}

/* Weighted PageRank (damping 0.85) by power iteration: a vertex passes its
 * rank to its neighbours in proportion to the weights, an isolated vertex
 * to everybody; until the ranks move less than 1e-12 in all (L1), at most
 * 1000 rounds. The same numbers as PRPACK's solve to about 1e-10, with three
 * vectors instead of its copies of the graph. `str`: the vertex strengths. */
static void adj_pagerank(const adj *a, const double *str, double *res) {
  size_t n = a->n;
  const double d = 0.85;
  double *out = kg_xmalloc((n + 1) * sizeof *out); /* rank / strength */
  for (size_t v = 0; v < n; v++) res[v] = 1.0 / (double)n;
  for (int round = 0; round < 1000; round++) {
    double lost = 0; /* the rank of isolated vertices, shared by all */
    for (size_t v = 0; v < n; v++) {
      if (str[v] > 0)
        out[v] = res[v] / str[v];
      else {
        out[v] = 0;
        lost += res[v];
      }
    }
    double base = (1 - d) / (double)n + d * lost / (double)n, moved = 0, sum = 0;
    for (size_t v = 0; v < n; v++) {
      double r = 0;
      for (size_t i = a->off[v]; i < a->off[v + 1]; i++) r += a->w[i] * out[a->nbr[i]];
      r = base + d * r;
      moved += fabs(r - res[v]);
      res[v] = r;
      sum += r;
    }
    for (size_t v = 0; v < n; v++) res[v] /= sum;
    if (moved < 1e-12) break;
  }
  free(out);
}

/* to = A from over the adjacency (see adjacency_times). */
static igraph_error_t adj_times(igraph_real_t *to, const igraph_real_t *from, int n,
                                void *extra) {
  const adj *a = extra;
  for (size_t v = 0; v < (size_t)n; v++) {
    double r = 0;
    for (size_t i = a->off[v]; i < a->off[v + 1]; i++) r += a->w[i] * from[a->nbr[i]];
    to[v] = r;
  }
  return IGRAPH_SUCCESS;
}

/* Closeness (Wasserman-Faust scaled, see analyze_whole) and harmonic
 * centrality from breadth-first searches from the sampled sources. For a
 * vertex v of component C with p sources (not counting v itself), cnt of
 * them reached at total distance D and inverse distance H: closeness =
 * ((|C|-1)/(n-1)) * (cnt/D), harmonic = (|C|-1)/p * H. Exact when every
 * vertex of C is a source. */
static void adj_closeness(const adj *a, const sampling *sp, double *closeness,
                          double *harmonic) {
  size_t n = a->n;
  double *sum_d = kg_xcalloc(n + 1, sizeof *sum_d);
  double *sum_h = kg_xcalloc(n + 1, sizeof *sum_h);
  uint32_t *cnt = kg_xcalloc(n + 1, sizeof *cnt);
  char *is_src = kg_xcalloc(n + 1, 1);
  int32_t *dist = kg_xmalloc((n + 1) * sizeof *dist);
  uint32_t *queue = kg_xmalloc((n + 1) * sizeof *queue);
  for (size_t v = 0; v < n; v++) dist[v] = -1;
  igraph_integer_t ns = igraph_vector_int_size(&sp->sources);
  for (igraph_integer_t k = 0; k < ns; k++) {
    uint32_t s = (uint32_t)VECTOR(sp->sources)[k];
    is_src[s] = 1;
    size_t head = 0, tail = 0;
    queue[tail++] = s;
    dist[s] = 0;
    while (head < tail) {
      uint32_t u = queue[head++];
      for (size_t i = a->off[u]; i < a->off[u + 1]; i++) {
        uint32_t x = a->nbr[i];
        if (dist[x] >= 0) continue;
        dist[x] = dist[u] + 1;
        queue[tail++] = x;
      }
    }
    /* the search touched exactly queue[0..tail): reset only those */
    for (size_t i = 1; i < tail; i++) {
      uint32_t v = queue[i];
      sum_d[v] += (double)dist[v];
      sum_h[v] += 1.0 / (double)dist[v];
      cnt[v]++;
    }
    for (size_t i = 0; i < tail; i++) dist[queue[i]] = -1;
  }
  for (size_t v = 0; v < n; v++) {
    double c1 = (double)sp->csize[v] - 1;
    /* sources of v's component other than v */
    double p = (double)sp->csize[v] / sp->scale[v] - is_src[v];
    closeness[v] = (n > 1 && cnt[v] > 0)
                       ? (c1 / (double)(n - 1)) * (double)cnt[v] / sum_d[v]
                       : 0;
    harmonic[v] = p > 0 ? c1 / p * sum_h[v] : 0;
  }
  free(queue);
  free(dist);
  free(is_src);
  free(cnt);
  free(sum_h);
  free(sum_d);
}

/* PageRank (PRPACK, damping 0.85), weighted; isolated vertices get the
 * teleport share like every other vertex. */
static igraph_error_t pagerank(const wgraph *wg, igraph_vector_t *res) {
  igraph_real_t value;
  return igraph_pagerank(&wg->g, IGRAPH_PAGERANK_ALGO_PRPACK, res, &value,
                         igraph_vss_all(), IGRAPH_UNDIRECTED, 0.85, &wg->w,
                         NULL);
}

/* Leiden optimising modularity on `wg` with node weights `nw` (strengths)
 * and total link weight `total` > 0 (resolution 1/2W), from the fixed
 * seed, into `memb`. */
static igraph_error_t leiden(const wgraph *wg, const igraph_vector_t *nw, double total,
                             unsigned seed, igraph_vector_int_t *memb) {
  igraph_integer_t nc = 0;
  igraph_real_t quality = 0;
  igraph_error_t rc = igraph_rng_seed(igraph_rng_default(), seed);
  if (!rc)
    rc = igraph_community_leiden(&wg->g, &wg->w, nw, 1.0 / (2.0 * total), 0.01, 0, -1,
                                 memb, &nc, &quality);
  return rc;
}

/* Communities: Leiden optimising modularity (node weight = strength,
 * resolution 1/2W), weighted, from the fixed seed; renumbered by the first
 * vertex of each community so that ids follow the node order. */
static igraph_error_t communities(const wgraph *wg, unsigned seed, int *out) {
  igraph_integer_t n = igraph_vcount(&wg->g);
  igraph_vector_int_t memb;
  igraph_vector_t nw;
  igraph_error_t rc = igraph_vector_int_init(&memb, n);
  if (rc) return rc;
  if ((rc = igraph_vector_init(&nw, n)) != 0) {
    igraph_vector_int_destroy(&memb);
    return rc;
  }
  double total = igraph_vector_sum(&wg->w);
  if (total > 0) {
    rc = igraph_strength(&wg->g, &nw, igraph_vss_all(), IGRAPH_ALL,
                         IGRAPH_NO_LOOPS, &wg->w);
    if (!rc) rc = leiden(wg, &nw, total, seed, &memb);
  } else {
    for (igraph_integer_t i = 0; i < n; i++)
      VECTOR(memb)[i] = i;
  }
  if (!rc) {
    int *renum = kg_xmalloc(((size_t)n + 1) * sizeof *renum);
    for (igraph_integer_t i = 0; i < n; i++)
      renum[i] = -1;
    int next = 0;
    for (igraph_integer_t i = 0; i < n; i++) {
      igraph_integer_t c = VECTOR(memb)[i];
      if (c < 0 || c >= n) c = i; /* cannot happen; keep ids in range */
      if (renum[c] < 0) renum[c] = next++;
      out[i] = renum[c];
    }
    free(renum);
  }
  igraph_vector_destroy(&nw);
  igraph_vector_int_destroy(&memb);
  return rc;
}

/* Communities of a large graph: Leiden as in communities(), run without
 * the graph's leaves. Modularity is sum_ij (A_ij - k_i k_j / 2W) over the
 * pairs in one community; a vertex with a single neighbour (a leaf, link
 * weight w) gains 2w (1 - K_C / 2W) > 0 by joining its neighbour's
 * community C, so every optimum keeps it there. Folded into its neighbour
 * (its strength added to the neighbour's node weight, its link dropped),
 * every partition that does so keeps its quality but for a constant. On a
 * news graph a fifth of the vertices are leaves or isolated, and Leiden's
 * working lists, this round's peak, scale with what is left. Each leaf
 * then takes its neighbour's community and each isolated vertex one of its
 * own; renumbered as communities() does. Frees `*pp`. */
static igraph_error_t communities_folded(size_t n, pair **pp, size_t m, unsigned seed,
                                         int *out) {
  pair *p = *pp;
  m = pairs_merge(p, m);
  const uint32_t none = UINT32_MAX;
  uint32_t *host = kg_xmalloc((n + 1) * sizeof *host); /* v, its neighbour, or none */
  uint32_t *deg = kg_xcalloc(n + 1, sizeof *deg);
  double *str = kg_xcalloc(n + 1, sizeof *str);
  double total = 0;
  for (size_t k = 0; k < m; k++) {
    deg[p[k].a]++;
    deg[p[k].b]++;
    str[p[k].a] += p[k].w;
    str[p[k].b] += p[k].w;
    total += p[k].w;
  }
  for (size_t v = 0; v < n; v++) host[v] = deg[v] ? (uint32_t)v : none;
  for (size_t k = 0; k < m; k++) { /* a < b: a lone pair keeps a */
    if (deg[p[k].b] == 1)
      host[p[k].b] = p[k].a;
    else if (deg[p[k].a] == 1)
      host[p[k].a] = p[k].b;
  }
  free(deg);
  size_t kept = 0;
  uint32_t *nid = kg_xmalloc((n + 1) * sizeof *nid); /* index among the kept */
  for (size_t v = 0; v < n; v++) {
    nid[v] = host[v] == v ? (uint32_t)kept++ : none;
    if (host[v] != v && host[v] != none) str[host[v]] += str[v];
  }
  size_t u = 0;
  for (size_t k = 0; k < m; k++)
    if (host[p[k].a] == p[k].a && host[p[k].b] == p[k].b)
      p[u++] = (pair){nid[p[k].a], nid[p[k].b], p[k].w};
  wgraph wg;
  igraph_vector_int_t memb;
  igraph_vector_t nw;
  int memb_ok = 0, nw_ok = 0;
  igraph_error_t rc = wgraph_init(&wg, kept, pp, u, 0);
  if (!rc) rc = igraph_vector_int_init(&memb, (igraph_integer_t)kept);
  if (!rc) memb_ok = 1;
  if (!rc) rc = igraph_vector_init(&nw, (igraph_integer_t)kept);
  if (!rc) {
    nw_ok = 1;
    for (size_t v = 0; v < n; v++)
      if (nid[v] != none) VECTOR(nw)[nid[v]] = str[v];
  }
  free(str);
  if (!rc && total > 0) {
    rc = leiden(&wg, &nw, total, seed, &memb);
  } else if (!rc) {
    for (size_t i = 0; i < kept; i++) VECTOR(memb)[i] = (igraph_integer_t)i;
  }
  if (!rc) {
    /* raw ids: the kept vertices' communities (< kept), then one each for
     * the isolated vertices; renumbered by first vertex */
    int *renum = kg_xmalloc((n + 1) * sizeof *renum);
    for (size_t i = 0; i < n; i++) renum[i] = -1;
    int next = 0;
    size_t lone = kept;
    for (size_t v = 0; v < n; v++) {
      size_t c;
      if (host[v] == none) {
        c = lone++;
      } else {
        igraph_integer_t r = VECTOR(memb)[nid[host[v]]];
        c = r >= 0 && (size_t)r < kept ? (size_t)r : nid[host[v]];
      }
      if (renum[c] < 0) renum[c] = next++;
      out[v] = renum[c];
    }
    free(renum);
  }
  if (nw_ok) igraph_vector_destroy(&nw);
  if (memb_ok) igraph_vector_int_destroy(&memb);
  wgraph_destroy(&wg);
  free(host);
  free(nid);
  return rc;
}

/* ---- the whole graph --------------------------------------------------------
 */

/* ---- eigenvector centrality ---------------------------------------------
 * The leading eigenvector of the weighted adjacency matrix, by ARPACK's
 * Lanczos method (the solver igraph_eigenvector_centrality uses), with the
 * product taken straight from the graph's edge list and 8 Lanczos vectors:
 * igraph's own routine builds an incidence list and keeps about 20 vectors
 * of the vertex count, ~0.4 GB on the graph of a 1 GB corpus. */

typedef struct {
  const igraph_t *g;
  const igraph_vector_t *w;
} adjacency;

/* to = A from, A the weighted adjacency (the graph is simple, no loops). */
static igraph_error_t adjacency_times(igraph_real_t *to, const igraph_real_t *from,
                                      int n, void *extra) {
  const adjacency *a = extra;
  igraph_integer_t m = igraph_ecount(a->g);
  const igraph_integer_t *f = VECTOR(a->g->from), *t = VECTOR(a->g->to);
  const igraph_real_t *w = VECTOR(*a->w);
  memset(to, 0, (size_t)n * sizeof *to);
  for (igraph_integer_t e = 0; e < m; e++) {
    to[f[e]] += w[e] * from[t[e]];
    to[t[e]] += w[e] * from[f[e]];
  }
  return IGRAPH_SUCCESS;
}

/* Eigenvector centrality of `wg` (at least one edge) into `res`: scaled so
 * that the maximum is 1. On a disconnected graph the leading eigenvector
 * lives on the component(s) with the largest eigenvalue; every other vertex
 * gets 0. The start vector is the vertex strengths `str`, perturbed from
 * `seed` (a start that is already an eigenvector stalls Lanczos). */
static igraph_error_t eigenvector(igraph_arpack_function_t *times, void *extra,
                                  igraph_integer_t n, const double *str,
                                  unsigned seed, igraph_vector_t *res) {
  igraph_vector_t values;
  igraph_matrix_t vectors;
  igraph_error_t rc = igraph_vector_init(&values, 1);
  if (rc) return rc;
  if ((rc = igraph_matrix_init(&vectors, n, 1)) != 0) {
    igraph_vector_destroy(&values);
    return rc;
  }
  if ((rc = igraph_vector_resize(res, n)) != 0) goto out;
  uint64_t state = seed;
  for (igraph_integer_t i = 0; i < n; i++) /* +-1e-4, as igraph does */
    MATRIX(vectors, i, 0) = str[i] +
                            ((double)(splitmix(&state) >> 11) / 9007199254740992.0 - 0.5) * 2e-4;
  igraph_arpack_options_t ao;
  igraph_arpack_options_init(&ao);
  ao.n = (int)n;
  ao.which[0] = 'L';
  ao.which[1] = 'A';
  ao.nev = 1;
  ao.ncv = n < 8 ? (int)n : 8;
  ao.start = 1;
  ao.mxiter = 30000; /* few vectors, more restarts */
  if ((rc = igraph_arpack_rssolve(times, extra, &ao, NULL, &values, &vectors)) != 0)
    goto out;
  double top = 0;
  for (igraph_integer_t i = 0; i < n; i++)
    if (fabs(MATRIX(vectors, i, 0)) > top) top = fabs(MATRIX(vectors, i, 0));
  for (igraph_integer_t i = 0; i < n; i++) {
    double x = top > 0 ? fabs(MATRIX(vectors, i, 0)) / top : 0;
    /* ARPACK leaves ~1e-17 noise on vertices outside the leading
     * component: snap it to a clean 0 */
    VECTOR(*res)[i] = isfinite(x) && x >= 1e-12 ? x : 0;
  }
out:
  igraph_matrix_destroy(&vectors);
  igraph_vector_destroy(&values);
  return rc;
}

/* The whole graph's links as pairs (`*m` of them), for wgraph_init. */
static pair *whole_pairs(const kg_graph *g, size_t *m) {
  pair *p = kg_xmalloc((g->n_edges + 1) * sizeof *p);
  *m = 0;
  for (size_t k = 0; k < g->n_edges; k++) {
    /* no self-loops (wgraph_init wants a != b): on one, Leiden never ended */
    const kg_erec *r = &g->edges[k];
    if (r->source == r->target) continue;
    p[*m].a = r->source;
    p[*m].b = r->target;
    p[*m].w = kg_erec_weight(g, r);
    (*m)++;
  }
  return p;
}

/* Every node its own centrality record, cleared (community -1) but for
 * the layout's coordinates. */
static void reset_centralities(kg_graph *g) {
  kg_graph_own_centralities(g);
  for (size_t i = 0; i < g->n_nodes; i++) {
    kg_centrality *c = g->nodes[i].c;
    double x = c->x, y = c->y;
    *c = kg_centrality_none;
    c->x = x;
    c->y = y;
  }
}

static kg_status analyze_whole(kg_graph *g, const kg_analyze_opts *o,
                               kg_error *err) {
  kg_status st = KG_OK;
  size_t n = g->n_nodes;
  int large = use_cutoff(o, n);
  size_t m;
  pair *p = whole_pairs(g, &m);
  wgraph wg;
  igraph_vector_t v;
  igraph_vector_int_t iv, reach;
  int v_ok = 0, iv_ok = 0, reach_ok = 0;
  int *comm = kg_xmalloc((n + 1) * sizeof *comm);
  TRY("building the graph", wgraph_init(&wg, n, &p, m, 0));
  give_back();
  TRY("vector", igraph_vector_init(&v, 0));
  v_ok = 1;
  TRY("vector", igraph_vector_int_init(&iv, 0));
  iv_ok = 1;
  TRY("vector", igraph_vector_int_init(&reach, 0));
  reach_ok = 1;

  TRY("degree",
      igraph_degree(&wg.g, &iv, igraph_vss_all(), IGRAPH_ALL, IGRAPH_NO_LOOPS));
  for (size_t i = 0; i < n; i++)
    g->nodes[i].c->degree = (double)VECTOR(iv)[i];
  TRY("strength", igraph_strength(&wg.g, &v, igraph_vss_all(), IGRAPH_ALL,
                                  IGRAPH_NO_LOOPS, &wg.w));
  for (size_t i = 0; i < n; i++)
    g->nodes[i].c->strength = VECTOR(v)[i];

  /* Path-based measures count hops: the weights of the whole graph mix
   * meetings with supporting documents and are no distances. */
  TRY("betweenness", betweenness(&wg, NULL, o, &v));
  for (size_t i = 0; i < n; i++)
    g->nodes[i].c->betweenness = finite_or_zero(VECTOR(v)[i]);
  give_back();

  /* Closeness with the Wasserman-Faust scaling for disconnected graphs
   * (networkx's closeness_centrality): (r/(n-1)) * (r/sum of distances),
   * r = vertices reachable from v. Isolated vertices (r = 0) get 0.
   * Harmonic centrality: the sum of 1/d over the other vertices,
   * unnormalised (networkx's harmonic_centrality). */
  if (large)
    TRY("closeness",
        igraph_closeness_cutoff(&wg.g, &v, &reach, NULL, igraph_vss_all(),
                                IGRAPH_ALL, NULL, 1, o->betweenness_cutoff));
  else
    TRY("closeness", igraph_closeness(&wg.g, &v, &reach, NULL,
                                      igraph_vss_all(), IGRAPH_ALL, NULL, 1));
  for (size_t i = 0; i < n; i++) {
    double r = (double)VECTOR(reach)[i];
    g->nodes[i].c->closeness =
        (n > 1 && r > 0) ? finite_or_zero(VECTOR(v)[i]) * r / (double)(n - 1)
                         : 0;
  }
  if (large)
    TRY("harmonic", igraph_harmonic_centrality_cutoff(
                        &wg.g, &v, igraph_vss_all(), IGRAPH_ALL, NULL, 0,
                        o->betweenness_cutoff));
  else
    TRY("harmonic", igraph_harmonic_centrality(&wg.g, &v, igraph_vss_all(),
                                               IGRAPH_ALL, NULL, 0));
  for (size_t i = 0; i < n; i++)
    g->nodes[i].c->harmonic = finite_or_zero(VECTOR(v)[i]);

  give_back();
  TRY("pagerank", pagerank(&wg, &v));
  for (size_t i = 0; i < n; i++)
    g->nodes[i].c->pagerank = finite_or_zero(VECTOR(v)[i]);
  give_back();

  /* Eigenvector centrality, weighted, scaled so that the maximum is 1. On a
   * disconnected graph the leading eigenvector lives on the component(s)
   * with the largest eigenvalue; every other vertex gets 0. A graph without
   * edges has no leading eigenvector worth the name: all 0. */
  if (igraph_ecount(&wg.g) > 0) {
    adjacency a = {&wg.g, &wg.w};
    double *str = kg_xmalloc((n + 1) * sizeof *str);
    for (size_t i = 0; i < n; i++) str[i] = g->nodes[i].c->strength;
    igraph_error_t rc =
        eigenvector(adjacency_times, &a, igraph_vcount(&wg.g), str, o->seed, &v);
    free(str);
    TRY("eigenvector", rc);
    for (size_t i = 0; i < n; i++) g->nodes[i].c->eigenvector = VECTOR(v)[i];
  } else {
    for (size_t i = 0; i < n; i++)
      g->nodes[i].c->eigenvector = 0;
  }

  give_back();
  TRY("coreness", igraph_coreness(&wg.g, &iv, IGRAPH_ALL));
  for (size_t i = 0; i < n; i++)
    g->nodes[i].c->kcore = (int)VECTOR(iv)[i];

  TRY("communities", communities(&wg, o->seed, comm));
  for (size_t i = 0; i < n; i++)
    g->nodes[i].c->community = comm[i];

done:
  if (reach_ok) igraph_vector_int_destroy(&reach);
  if (iv_ok) igraph_vector_int_destroy(&iv);
  if (v_ok) igraph_vector_destroy(&v);
  wgraph_destroy(&wg);
  free(comm);
  free(p);
  return st;
}

/* The whole graph of a large graph (sampled measures), in the two rounds
 * described at `adj`: igraph's communities and k-cores first, before the
 * nodes have their centrality records, then the rest over `adj` once
 * igraph's graph is gone. Always leaves every node its own record. */
static kg_status analyze_met(kg_graph *g, const kg_analyze_opts *o, kg_error *err);

/* `met_o`, `met_done`: with o->threads > 1 the met graph's measures are
 * taken here too, beside betweenness, and *met_done set. */
static kg_status analyze_large(kg_graph *g, const kg_analyze_opts *o,
                               const kg_analyze_opts *met_o, int *met_done,
                               kg_error *err) {
  kg_status st = KG_OK;
  size_t n = g->n_nodes, m;
  pair *p = whole_pairs(g, &m);
  int *comm = kg_xmalloc((n + 1) * sizeof *comm);
  int *kcore = NULL;
  double *str = NULL, *res = NULL, *betw = NULL;
  pthread_t betw_t;
  betw_job bj;
  int betw_on = 0;
  adj a = {0};
  sampling sp;
  memset(&sp, 0, sizeof sp);
  igraph_vector_t ev;
  int ev_ok = 0, owned = 0;
  /* Leiden first, on its own smaller graph: the peak of this round; the
   * pairs are made again for igraph's full graph (the folded graph took
   * their array) */
  TRY("communities", communities_folded(n, &p, m, o->seed, comm));
  give_back();
  /* the k-cores and the pivots' components come from kg's adjacency:
   * igraph's graph of it took 5 s to build on a 1 GB corpus */
  p = whole_pairs(g, &m);
  m = pairs_merge(p, m);
  adj_from_pairs(&a, n, p, m);
  free(p);
  p = NULL;
  kcore = kg_xmalloc((n + 1) * sizeof *kcore);
  adj_coreness(&a, kcore);
  {
    int32_t *memb = kg_xmalloc((n + 1) * sizeof *memb);
    size_t nc = adj_components(&a, memb);
    igraph_error_t rc = sampling_from(&sp, (igraph_integer_t)n, memb, (igraph_integer_t)nc,
                                      o->samples, o->seed);
    free(memb);
    TRY("sampling", rc);
  }
  give_back();
  str = kg_xmalloc((n + 1) * sizeof *str);
  for (size_t v = 0; v < n; v++) {
    double s = 0;
    for (size_t i = a.off[v]; i < a.off[v + 1]; i++) s += a.w[i];
    str[v] = s;
  }
  /* betweenness, the longest measure, beside everything up to the join */
  betw = kg_xmalloc((n + 1) * sizeof *betw);
  bj = (betw_job){&a, &sp, betw};
  if (o->threads > 1) betw_on = pthread_create(&betw_t, NULL, betw_thread, &bj) == 0;
  /* the eigenvector before the centrality records exist: ARPACK's Lanczos
   * vectors and the records are the two largest blocks of this round */
  TRY("vector", igraph_vector_init(&ev, (igraph_integer_t)n));
  ev_ok = 1;
  if (a.off[n] > 0) /* see analyze_whole */
    TRY("eigenvector", eigenvector(adj_times, &a, (igraph_integer_t)n, str, o->seed, &ev));
  give_back();

  reset_centralities(g);
  owned = 1;
  for (size_t v = 0; v < n; v++) {
    kg_centrality *c = g->nodes[v].c;
    c->degree = (double)(a.off[v + 1] - a.off[v]);
    c->strength = str[v];
    c->community = comm[v];
    c->kcore = kcore[v];
    c->eigenvector = a.off[n] > 0 ? VECTOR(ev)[v] : 0;
  }
  igraph_vector_destroy(&ev);
  ev_ok = 0;
  free(comm);
  free(kcore);
  comm = kcore = NULL;
  res = kg_xmalloc((2 * n + 1) * sizeof *res);
  /* path-based measures count hops (see analyze_whole) */
  adj_closeness(&a, &sp, res, res + n);
  for (size_t i = 0; i < n; i++) {
    g->nodes[i].c->closeness = finite_or_zero(res[i]);
    g->nodes[i].c->harmonic = finite_or_zero(res[n + i]);
  }
  free(res);
  res = NULL;
  {
    igraph_vector_t v;
    igraph_error_t rc = igraph_vector_init(&v, (igraph_integer_t)n);
    if (!rc) {
      adj_pagerank(&a, str, VECTOR(v));
      for (size_t i = 0; i < n; i++) g->nodes[i].c->pagerank = finite_or_zero(VECTOR(v)[i]);
      igraph_vector_destroy(&v);
    }
    TRY("pagerank", rc);
  }
  if (betw_on) {
    /* the met graph's measures (igraph, on this thread) while betweenness
     * still runs: they read the nodes and links, it the adjacency */
    st = analyze_met(g, met_o, err);
    *met_done = 1;
    pthread_join(betw_t, NULL);
    betw_on = 0;
    if (st != KG_OK) goto done;
  } else {
    adj_betweenness(&a, &sp, betw);
  }
  for (size_t i = 0; i < n; i++) g->nodes[i].c->betweenness = finite_or_zero(betw[i]);
  sampling_destroy(&sp);
  give_back();

done:
  if (betw_on) pthread_join(betw_t, NULL); /* before what it reads goes */
  free(betw);
  if (ev_ok) igraph_vector_destroy(&ev);
  sampling_destroy(&sp);
  adj_free(&a);
  free(comm);
  free(kcore);
  free(str);
  free(res);
  free(p);
  if (!owned) reset_centralities(g);
  return st;
}

/* ---- the met graph ----------------------------------------------------------
 */

kg_status kg_met_measures(size_t n, size_t m, const size_t *a, const size_t *b,
                          const double *w, const kg_analyze_opts *o,
                          double *degree, double *strength, double *betw,
                          double *pr, kg_error *err) {
  kg_status st = KG_OK;
  if (n >= UINT32_MAX)
    return kg_error_set(err, KG_ETOOBIG, NULL, 0, "too many people to analyse (%zu)", n);
  pair *p = kg_xmalloc((m + 1) * sizeof *p);
  size_t u = 0;
  for (size_t k = 0; k < m; k++) {
    if (a[k] == b[k]) continue;
    p[u].a = (uint32_t)a[k];
    p[u].b = (uint32_t)b[k];
    p[u].w = w[k];
    u++;
  }
  handlers h = quiet_igraph();
  wgraph wg;
  igraph_vector_t v;
  int v_ok = 0;
  memset(&wg, 0, sizeof wg);
  if (n == 0) goto done;
  TRY("building the met graph", wgraph_init(&wg, n, &p, u, 1));
  TRY("vector", igraph_vector_init(&v, 0));
  v_ok = 1;
  {
    igraph_vector_int_t iv;
    TRY("vector", igraph_vector_int_init(&iv, 0));
    igraph_error_t rc = igraph_degree(&wg.g, &iv, igraph_vss_all(), IGRAPH_ALL,
                                      IGRAPH_NO_LOOPS);
    if (!rc)
      for (size_t i = 0; i < n; i++)
        degree[i] = (double)VECTOR(iv)[i];
    igraph_vector_int_destroy(&iv);
    TRY("met degree", rc);
  }
  TRY("met strength", igraph_strength(&wg.g, &v, igraph_vss_all(), IGRAPH_ALL,
                                      IGRAPH_NO_LOOPS, &wg.w));
  for (size_t i = 0; i < n; i++)
    strength[i] = VECTOR(v)[i];
  /* Weighted betweenness: more meetings = closer, path length 1/meetings. */
  TRY("met betweenness", betweenness(&wg, &wg.dist, o, &v));
  for (size_t i = 0; i < n; i++)
    betw[i] = finite_or_zero(VECTOR(v)[i]);
  TRY("met pagerank", pagerank(&wg, &v));
  for (size_t i = 0; i < n; i++)
    pr[i] = finite_or_zero(VECTOR(v)[i]);
done:
  if (v_ok) igraph_vector_destroy(&v);
  wgraph_destroy(&wg);
  restore_igraph(h);
  free(p);
  return st;
}

static kg_status analyze_met(kg_graph *g, const kg_analyze_opts *o,
                             kg_error *err) {
  size_t *people = kg_xmalloc((g->n_nodes + 1) * sizeof *people);
  size_t *vid = kg_xmalloc((g->n_nodes + 1) * sizeof *vid);
  size_t np = 0, m = 0;
  for (size_t i = 0; i < g->n_nodes; i++) {
    vid[i] = (size_t)-1;
    if (g->nodes[i].type == KG_PERSON) {
      vid[i] = np;
      people[np++] = i;
    }
  }
  /* arrays of the met links only: on a large corpus they are a tenth of
   * the links, and this is the analytics' last peak */
  size_t nmet = 0;
  for (size_t k = 0; k < g->n_edges; k++) nmet += g->edges[k].type == KG_LINK_MET;
  size_t *a = kg_xmalloc((nmet + 1) * sizeof *a);
  size_t *b = kg_xmalloc((nmet + 1) * sizeof *b);
  double *w = kg_xmalloc((nmet + 1) * sizeof *w);
  for (size_t k = 0; k < g->n_edges; k++) {
    const kg_erec *e = &g->edges[k];
    if (e->type != KG_LINK_MET || vid[e->source] == (size_t)-1 ||
        vid[e->target] == (size_t)-1)
      continue;
    a[m] = vid[e->source];
    b[m] = vid[e->target];
    w[m] = kg_erec_weight(g, e);
    m++;
  }
  double *res = kg_xcalloc(4 * np + 1, sizeof *res);
  kg_status st = kg_met_measures(np, m, a, b, w, o, res, res + np, res + 2 * np,
                                 res + 3 * np, err);
  if (st == KG_OK)
    for (size_t j = 0; j < np; j++) {
      kg_centrality *c = g->nodes[people[j]].c;
      c->met_degree = res[j];
      c->met_strength = res[np + j];
      c->met_betweenness = res[2 * np + j];
      c->met_pagerank = res[3 * np + j];
    }
  free(res);
  free(a);
  free(b);
  free(w);
  free(people);
  free(vid);
  return st;
}

kg_status kg_graph_analyze(kg_graph *g, const kg_analyze_opts *opts,
                           kg_error *err) {
  kg_analyze_opts o = opts ? *opts : kg_analyze_defaults();
  /* fewer pivots where a search costs more than the budget allows */
  kg_analyze_opts whole = o;
  size_t size = g->n_nodes + g->n_edges;
  if (o.budget && o.samples > 16 && size * o.samples > o.budget) {
    whole.samples = o.budget / size;
    if (whole.samples < 16) whole.samples = 16;
  }
  /* a large graph's nodes get their records after the communities */
  int large = use_sampling(&whole, g->n_nodes) && g->n_nodes < UINT32_MAX;
  if (!large) reset_centralities(g);
  if (g->n_nodes == 0) return KG_OK;
  if (g->n_nodes >= UINT32_MAX)
    return kg_error_set(err, KG_ETOOBIG, NULL, 0, "too many nodes to analyse (%zu)",
                        g->n_nodes);
  handlers h = quiet_igraph();
  int met_done = 0;
  kg_status st = large ? analyze_large(g, &whole, &o, &met_done, err)
                       : analyze_whole(g, &whole, err);
  restore_igraph(h);
  if (st == KG_OK && !met_done) st = analyze_met(g, &o, err);
  if (st != KG_OK)
    for (size_t i = 0; i < g->n_nodes; i++)
      g->nodes[i].c->community = -1;
#ifdef __GLIBC__
  /* hand the measures' freed memory back: glibc keeps it otherwise, and
   * the graph's outputs are written next (100 MB corpus: 289 -> 218 MB) */
  malloc_trim(0);
#endif
  return st;
}
