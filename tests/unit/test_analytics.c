/* test_analytics.c - kg_graph_analyze and the who-met-whom statistics on
 * tiny graphs whose values are worked out by hand (issue 6); the networkx
 * comparison on larger crafted graphs is tests/analytics/check_networkx.py. */
#define _POSIX_C_SOURCE 200809L
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "export/kg_export.h"
#include "graph/internal.h"
#include "graph/kg_graph.h"
#include "harness.h"

#define CHECK_NEAR(got, want)                                                  \
  do {                                                                         \
    double g_ = (got), w_ = (want);                                            \
    test_checks++;                                                             \
    if (!(fabs(g_ - w_) <= 1e-6)) {                                            \
      test_failures++;                                                         \
      fprintf(stderr, "%s:%d: got %.9g, want %.9g (%s)\n", __FILE__, __LINE__, \
              g_, w_, #got);                                                   \
    }                                                                          \
  } while (0)

/* ---- building facts
 * ---------------------------------------------------------- */

static size_t person(kg_facts *f, const char *name, const char *country) {
  char key[128];
  snprintf(key, sizeof key, "person:%s", name);
  size_t i = kg_facts_find(f, key);
  if (i != (size_t)-1) return i;
  i = kg_facts_add_entity(f, KG_PERSON, key, name);
  f->entities[i].country = kg_facts_str(f, country);
  return i;
}

/* `a` met `b` in document `f` at a meeting event dated `date`, `times`
 * meetings (distinct events). */
static void meet(kg_facts *f, const char *a, const char *b, const char *date,
                 int times) {
  size_t pa = person(f, a, NULL), pb = person(f, b, NULL);
  for (int t = 0; t < times; t++) {
    char key[256];
    snprintf(key, sizeof key, "event:%s:%s-%s:%d", f->doc, a, b, t);
    size_t ev = kg_facts_add_entity(f, KG_EVENT, key, "meeting");
    f->entities[ev].subtype = kg_facts_str(f, "meeting");
    f->entities[ev].status = kg_facts_str(f, "held");
    f->entities[ev].date = kg_facts_str(f, date);
    kg_facts_add_link(f, KG_LINK_PARTICIPATED_IN, pa, ev, date, NULL, 0, "s");
    kg_facts_add_link(f, KG_LINK_PARTICIPATED_IN, pb, ev, date, NULL, 0, "s");
    size_t l = kg_facts_add_link(f, KG_LINK_MET, pa, pb, date, NULL, 0, "s");
    f->links[l].event = ev;
  }
}

/* A graph of people only: "a-b c-d" style pairs, met links without events
 * (weight = number of documents the pair appears in). */
static kg_graph *people_graph(const char *const *pairs, size_t n,
                              const char *const *lonely, size_t n_lonely) {
  kg_graph *g = kg_graph_new();
  for (size_t i = 0; i < n; i++) {
    char doc[32], a[32], b[32];
    snprintf(doc, sizeof doc, "d%zu", i);
    if (sscanf(pairs[i], "%31[^-]-%31s", a, b) != 2) abort();
    kg_facts *f = kg_facts_new(doc);
    size_t pa = person(f, a, NULL), pb = person(f, b, NULL);
    kg_facts_add_link(f, KG_LINK_MET, pa, pb, NULL, NULL, 0, "s");
    kg_graph_add(g, f);
    kg_facts_free(f);
  }
  if (n_lonely) {
    kg_facts *f = kg_facts_new("lonely");
    for (size_t i = 0; i < n_lonely; i++)
      person(f, lonely[i], NULL);
    kg_graph_add(g, f);
    kg_facts_free(f);
  }
  kg_graph_finish(g);
  return g;
}

static const kg_node *node(const kg_graph *g, const char *name) {
  char key[128];
  snprintf(key, sizeof key, "person:%s", name);
  size_t i = kg_graph_find(g, key);
  if (i == (size_t)-1) {
    fprintf(stderr, "no node %s\n", key);
    abort();
  }
  return kg_graph_node(g, i);
}

static void analyze(kg_graph *g, const kg_analyze_opts *o) {
  kg_error err;
  kg_error_clear(&err);
  CHECK_INT(kg_graph_analyze(g, o, &err), KG_OK);
}

/* ---- centralities by hand
 * ------------------------------------------------------ */

/* The path a - b - c - d. */
static void test_path(void) {
  static const char *const p[] = {"a-b", "b-c", "c-d"};
  kg_graph *g = people_graph(p, 3, NULL, 0);
  analyze(g, NULL);
  const kg_node *a = node(g, "a"), *b = node(g, "b");
  CHECK_NEAR(a->c->degree, 1);
  CHECK_NEAR(b->c->degree, 2);
  CHECK_NEAR(b->c->strength, 2);
  /* b lies on a-c and a-d */
  CHECK_NEAR(a->c->betweenness, 0);
  CHECK_NEAR(b->c->betweenness, 2);
  /* closeness: 3 / (1+2+3), 3 / (1+1+2) */
  CHECK_NEAR(a->c->closeness, 0.5);
  CHECK_NEAR(b->c->closeness, 0.75);
  CHECK_NEAR(a->c->harmonic, 1 + 1.0 / 2 + 1.0 / 3);
  CHECK_NEAR(b->c->harmonic, 2.5);
  /* leading eigenvector of P4 is (1, phi, phi, 1): scaled to max 1 */
  CHECK_NEAR(a->c->eigenvector, 2 / (1 + sqrt(5)));
  CHECK_NEAR(b->c->eigenvector, 1);
  /* PageRank, by symmetry: pa = .0375 + .425 pb, .575 pb = .0375 + .85 pa */
  double pb = 0.069375 / 0.21375, pa = 0.0375 + 0.425 * pb;
  CHECK_NEAR(a->c->pagerank, pa);
  CHECK_NEAR(b->c->pagerank, pb);
  CHECK_INT(a->c->kcore, 1);
  CHECK_INT(b->c->kcore, 1);
  /* the met graph is the same graph here */
  CHECK_NEAR(b->c->met_degree, 2);
  CHECK_NEAR(b->c->met_strength, 2);
  CHECK_NEAR(b->c->met_betweenness, 2);
  CHECK_NEAR(b->c->met_pagerank, pb);
  /* cutoff mode: only paths of at most 2 steps, so b lies on a-c only */
  kg_analyze_opts o = kg_analyze_defaults();
  o.exact_limit = 2;
  o.samples = 0;
  o.betweenness_cutoff = 2;
  analyze(g, &o);
  CHECK_NEAR(b->c->betweenness, 1);
  CHECK_NEAR(b->c->met_betweenness, 1);
  /* harmonic within 2 steps: 1 + 1/2 for a */
  CHECK_NEAR(a->c->harmonic, 1.5);
  o.betweenness_cutoff = 1;
  analyze(g, &o);
  CHECK_NEAR(b->c->betweenness, 0);
  kg_graph_free(g);
}

/* Sampling mode: components no larger than `samples` stay exact; a star
 * of 21 people sampled with 5 pivots is estimated. */
static void test_sampled(void) {
  const char *p[24];
  char buf[24][16];
  for (int i = 0; i < 20; i++) {
    snprintf(buf[i], sizeof buf[i], "hub-l%02d", i);
    p[i] = buf[i];
  }
  p[20] = "a-b";
  p[21] = "b-c";
  p[22] = "c-d";
  static const char *const lonely[] = {"z"};
  kg_graph *g = people_graph(p, 23, lonely, 1);
  kg_analyze_opts o = kg_analyze_defaults();
  o.exact_limit = 1;
  o.samples = 5;
  analyze(g, &o);
  /* the path a-b-c-d (4 people) is exact, the isolated z too */
  const kg_node *a = node(g, "a"), *b = node(g, "b"), *z = node(g, "z");
  size_t n = kg_graph_node_count(g);
  CHECK_INT(n, 26);
  CHECK_NEAR(b->c->betweenness, 2);
  CHECK_NEAR(b->c->met_betweenness, 2);
  CHECK_NEAR(a->c->harmonic, 1 + 1.0 / 2 + 1.0 / 3);
  /* closeness scaled to the whole graph: (3/25) * (3/6) */
  CHECK_NEAR(a->c->closeness, 3.0 / 25 * 0.5);
  CHECK_NEAR(z->c->closeness, 0);
  CHECK_NEAR(z->c->harmonic, 0);
  /* the star: exact betweenness 190, harmonic of the hub 20, of a leaf
   * 1 + 19/2; estimates land near, the same on every run */
  const kg_node *hub = node(g, "hub"), *leaf = node(g, "l07");
  double bh = hub->c->betweenness, hh = hub->c->harmonic, hl = leaf->c->harmonic;
  CHECK(bh > 150 && bh < 230);
  CHECK(hh > 15 && hh < 25);
  CHECK(hl > 8 && hl < 13);
  CHECK_NEAR(leaf->c->betweenness, 0);
  analyze(g, &o);
  CHECK(hub->c->betweenness == bh && hub->c->harmonic == hh &&
        leaf->c->harmonic == hl);
  /* with two threads (betweenness beside the rest and the met graph):
   * every measure of every node the same, to the bit */
  kg_centrality *one = malloc(n * sizeof *one);
  for (size_t i = 0; i < n; i++) one[i] = *kg_graph_node(g, i)->c;
  o.threads = 2;
  analyze(g, &o);
  int same = 1;
  for (size_t i = 0; i < n; i++) {
    const kg_centrality *c = kg_graph_node(g, i)->c;
    same &= c->betweenness == one[i].betweenness && c->closeness == one[i].closeness &&
            c->harmonic == one[i].harmonic && c->pagerank == one[i].pagerank &&
            c->eigenvector == one[i].eigenvector && c->community == one[i].community &&
            c->met_betweenness == one[i].met_betweenness &&
            c->met_pagerank == one[i].met_pagerank && c->met_degree == one[i].met_degree;
  }
  CHECK(same);
  CHECK(hub->c->betweenness > 0 && hub->c->met_betweenness > 0);
  free(one);
  o.threads = 1;
  /* with pivots >= every component, sampling is exact */
  o.samples = 100;
  analyze(g, &o);
  CHECK_NEAR(hub->c->betweenness, 190);
  CHECK_NEAR(hub->c->met_betweenness, 190);
  CHECK_NEAR(hub->c->harmonic, 20);
  CHECK_NEAR(leaf->c->harmonic, 1 + 19 / 2.0);
  CHECK_NEAR(hub->c->closeness, (20.0 / 25) * (20.0 / 20));
  CHECK_NEAR(leaf->c->closeness, (20.0 / 25) * (20.0 / 39));
  kg_graph_free(g);
}

/* Modularity of the graph's communities (all links, weights summed). */
static double modularity(const kg_graph *g) {
  size_t n = kg_graph_node_count(g);
  double *k = calloc(n + 1, sizeof *k), *tot = calloc(n + 1, sizeof *tot), w2 = 0, in = 0;
  for (size_t i = 0; i < kg_graph_edge_count(g); i++) {
    kg_edge_buf b;
    const kg_edge *e = kg_graph_edge(g, i, &b);
    if (e->source == e->target) continue;
    k[e->source] += e->weight;
    k[e->target] += e->weight;
    w2 += 2 * e->weight;
    if (kg_graph_node(g, e->source)->c->community == kg_graph_node(g, e->target)->c->community)
      in += 2 * e->weight;
  }
  for (size_t i = 0; i < n; i++) tot[kg_graph_node(g, i)->c->community] += k[i];
  double q = in / w2;
  for (size_t c = 0; c < n; c++) q -= (tot[c] / w2) * (tot[c] / w2);
  free(k);
  free(tot);
  return q;
}

/* A large graph's measures come from kg's own adjacency (analyze_large):
 * with pivots for every vertex they must be the exact path's numbers. Its
 * communities come from Leiden without the leaves (communities_folded):
 * each leaf in its neighbour's community, each isolated vertex alone, ids
 * by first vertex, and a modularity as good as the exact path's.
 * 90 people, pairs drawn from a fixed LCG (some pairs repeat: weights
 * above 1), three of them isolated, plus a separate triangle. */
static int near_rel(double x, double y, double tol) {
  return fabs(x - y) <= tol * (fabs(x) > fabs(y) ? fabs(x) : fabs(y)) + 1e-12;
}

static void test_large_path(void) {
  enum { NP = 160 };
  char buf[NP + 3][24];
  const char *p[NP + 3];
  uint64_t x = 12345;
  for (int i = 0; i < NP; i++) {
    x = x * 6364136223846793005ull + 1442695040888963407ull;
    unsigned a = (unsigned)(x >> 33) % 90, b = (unsigned)(x >> 17) % 90;
    if (a == b) b = (b + 1) % 90;
    snprintf(buf[i], sizeof buf[i], "p%02u-p%02u", a, b);
    p[i] = buf[i];
  }
  p[NP] = "t1-t2";
  p[NP + 1] = "t2-t3";
  p[NP + 2] = "t3-t1";
  static const char *const lonely[] = {"z1", "z2", "z3"};
  kg_graph *g = people_graph(p, NP + 3, lonely, 3);
  size_t n = kg_graph_node_count(g);
  analyze(g, NULL); /* exact: igraph throughout */
  kg_centrality *want = calloc(n, sizeof *want);
  for (size_t i = 0; i < n; i++) want[i] = *kg_graph_node(g, i)->c;
  double q_exact = modularity(g);
  kg_analyze_opts o = kg_analyze_defaults();
  o.exact_limit = 1;
  o.samples = 1000;
  analyze(g, &o);
  int bad = 0;
  double top = 0;
  for (size_t i = 0; i < n; i++) {
    const kg_centrality *c = kg_graph_node(g, i)->c, *w = &want[i];
    bad += c->degree != w->degree || c->strength != w->strength ||
           c->kcore != w->kcore;
    bad += !near_rel(c->betweenness, w->betweenness, 1e-12) ||
           !near_rel(c->closeness, w->closeness, 1e-12) ||
           !near_rel(c->harmonic, w->harmonic, 1e-12);
    bad += !near_rel(c->pagerank, w->pagerank, 1e-9) ||
           !near_rel(c->eigenvector, w->eigenvector, 1e-6);
    if (c->betweenness > top) top = c->betweenness;
  }
  CHECK_INT(bad, 0);
  CHECK(top > 100); /* the graph has paths worth checking */
  int deepest = 0; /* and k-cores: kg's peeling against igraph's coreness */
  for (size_t i = 0; i < n; i++)
    if (kg_graph_node(g, i)->c->kcore > deepest) deepest = kg_graph_node(g, i)->c->kcore;
  CHECK(deepest >= 3);
  double q = modularity(g);
  CHECK(q > 0.3 && q >= q_exact - 0.02);
  int next = 0, leaves = 0, wrong = 0;
  for (size_t i = 0; i < n; i++) {
    const kg_node *v = kg_graph_node(g, i);
    if (v->c->community == next) next++;
    else if (v->c->community > next) wrong++; /* ids by first vertex */
    size_t nb = (size_t)-1, distinct = 0;
    for (size_t k = 0; k < kg_graph_edge_count(g); k++) {
      kg_edge_buf b;
      const kg_edge *e = kg_graph_edge(g, k, &b);
      size_t o2 = e->source == i ? e->target : e->target == i ? e->source : (size_t)-1;
      if (o2 != (size_t)-1 && o2 != nb) {
        distinct += nb == (size_t)-1 || o2 != nb;
        nb = o2;
      }
    }
    if (distinct == 1 && kg_graph_node(g, nb)->c->degree > 1) {
      leaves++;
      wrong += v->c->community != kg_graph_node(g, nb)->c->community;
    }
    if (v->c->degree == 0)
      for (size_t j = 0; j < n; j++)
        wrong += j != i && kg_graph_node(g, j)->c->community == v->c->community;
  }
  CHECK_INT(wrong, 0);
  CHECK(leaves > 0 && leaves < 40);
  CHECK_NEAR(node(g, "z1")->c->pagerank, want[kg_graph_find(g, "person:z1")].pagerank);
  CHECK_NEAR(node(g, "t1")->c->betweenness, 0);
  free(want);
  kg_graph_free(g);
}

/* Isolated people, a graph without edges, an empty graph. */
static void test_isolated(void) {
  static const char *const p[] = {"a-b"};
  static const char *const lonely[] = {"z"};
  kg_graph *g = people_graph(p, 1, lonely, 1);
  analyze(g, NULL);
  const kg_node *a = node(g, "a"), *z = node(g, "z");
  CHECK_NEAR(z->c->degree, 0);
  CHECK_NEAR(z->c->closeness, 0); /* igraph says NaN: written as 0 */
  CHECK_NEAR(z->c->harmonic, 0);
  CHECK_NEAR(z->c->eigenvector, 0);
  CHECK_NEAR(z->c->betweenness, 0);
  CHECK_INT(z->c->kcore, 0);
  CHECK(z->c->community >= 0 && z->c->community != a->c->community);
  /* closeness with the Wasserman-Faust scaling: (1/2) * (1/1) */
  CHECK_NEAR(a->c->closeness, 0.5);
  CHECK_NEAR(a->c->eigenvector, 1);
  /* PageRank: z keeps the teleport share and its own dangling mass:
   * pz = .05 + .85 pz / 3, the pair shares the rest */
  double pz = 0.05 / (1 - 0.85 / 3);
  CHECK_NEAR(z->c->pagerank, pz);
  CHECK_NEAR(a->c->pagerank, (1 - pz) / 2);
  kg_graph_free(g);

  static const char *const alone[] = {"x", "y"};
  g = people_graph(NULL, 0, alone, 2);
  analyze(g, NULL);
  const kg_node *x = node(g, "x"), *y = node(g, "y");
  CHECK_NEAR(x->c->eigenvector, 0);
  CHECK_NEAR(x->c->pagerank, 0.5);
  CHECK_NEAR(y->c->met_pagerank, 0.5);
  CHECK_INT(x->c->community, 0);
  CHECK_INT(y->c->community, 1);
  kg_graph_free(g);

  g = kg_graph_new();
  kg_graph_finish(g);
  analyze(g, NULL);
  kg_stats_opts so;
  memset(&so, 0, sizeof so);
  so.analyze = kg_analyze_defaults();
  kg_stats *s = NULL;
  kg_error err;
  CHECK_INT(kg_stats_compute(g, &so, &s, &err), KG_OK);
  CHECK_INT(s->n_pairs, 0);
  CHECK_INT(s->n_years, 0);
  kg_stats_free(s);
  kg_graph_free(g);
}

/* Weighted met betweenness: a-b and b-c met 4 times, a-c once. The path
 * a-b-c (1/4 + 1/4) is shorter than a-c (1), so b is between a and c in
 * the met graph but not in the hop-count whole graph. */
static void test_weighted(void) {
  static const char *const p[] = {"a-b", "a-b", "a-b", "a-b", "b-c",
                                  "b-c", "b-c", "b-c", "a-c"};
  kg_graph *g = people_graph(p, KG_ARRAY_LEN(p), NULL, 0);
  analyze(g, NULL);
  const kg_node *b = node(g, "b"), *a = node(g, "a");
  CHECK_NEAR(b->c->met_strength, 8);
  CHECK_NEAR(b->c->met_degree, 2);
  CHECK_NEAR(b->c->met_betweenness, 1);
  CHECK_NEAR(b->c->betweenness, 0);
  CHECK_NEAR(a->c->met_strength, 5);
  CHECK_INT(b->c->kcore, 2);
  /* weighted PageRank of the triangle, strengths 5, 8, 5:
   * pa = .05 + .85 (pb 4/8 + pc 1/5), pb = .05 + .85 (pa 4/5 + pc 4/5) */
  double pa = 0, pb = 0, pc = 0;
  for (int it = 0; it < 2000; it++) {
    double na = 0.05 + 0.85 * (pb * 4 / 8 + pc * 1 / 5.0);
    double nb = 0.05 + 0.85 * (pa * 4 / 5.0 + pc * 4 / 5.0);
    double nc = 0.05 + 0.85 * (pb * 4 / 8 + pa * 1 / 5.0);
    pa = na;
    pb = nb;
    pc = nc;
  }
  CHECK_NEAR(a->c->met_pagerank, pa);
  CHECK_NEAR(b->c->met_pagerank, pb);
  CHECK_NEAR(b->c->pagerank, pb);
  kg_graph_free(g);
}

/* Two triangles joined by one link: two communities, k-core 2. */
static void test_communities(void) {
  static const char *const p[] = {"a-b", "b-c", "a-c", "c-d",
                                  "d-e", "e-f", "d-f"};
  kg_graph *g = people_graph(p, KG_ARRAY_LEN(p), NULL, 0);
  analyze(g, NULL);
  int ca = node(g, "a")->c->community, cd = node(g, "d")->c->community;
  CHECK_INT(ca, 0);
  CHECK_INT(cd, 1);
  CHECK_INT(node(g, "b")->c->community, ca);
  CHECK_INT(node(g, "c")->c->community, ca);
  CHECK_INT(node(g, "e")->c->community, cd);
  CHECK_INT(node(g, "f")->c->community, cd);
  CHECK_INT(node(g, "a")->c->kcore, 2);
  /* determinism: the same graph gives the same numbers, bit for bit */
  size_t n = kg_graph_node_count(g);
  kg_centrality *before = malloc(n * sizeof *before);
  for (size_t i = 0; i < n; i++)
    before[i] = *kg_graph_node(g, i)->c;
  analyze(g, NULL);
  int same = 1;
  for (size_t i = 0; i < n; i++) {
    const kg_centrality *x = &before[i], *y = kg_graph_node(g, i)->c;
    int eq = x->degree == y->degree && x->strength == y->strength &&
             x->betweenness == y->betweenness && x->closeness == y->closeness &&
             x->harmonic == y->harmonic && x->pagerank == y->pagerank &&
             x->eigenvector == y->eigenvector &&
             x->met_degree == y->met_degree &&
             x->met_strength == y->met_strength &&
             x->met_betweenness == y->met_betweenness &&
             x->met_pagerank == y->met_pagerank &&
             x->community == y->community && x->kcore == y->kcore;
    if (!eq)
      fprintf(stderr, "node %zu: eig %.17g %.17g pr %.17g %.17g comm %d %d\n",
              i, x->eigenvector, y->eigenvector, x->pagerank, y->pagerank,
              x->community, y->community);
    same &= eq;
  }
  CHECK(same);
  free(before);
  kg_graph_free(g);
}

/* ---- statistics
 * ------------------------------------------------------------------ */

static void test_dates(void) {
  CHECK_INT(kg_date_check("2019"), 0);
  CHECK_INT(kg_date_check("2019-03"), 0);
  CHECK_INT(kg_date_check("2019-03-21"), 0);
  CHECK_INT(kg_date_check("2019-13"), -1);
  CHECK_INT(kg_date_check("2019-00-01"), -1);
  CHECK_INT(kg_date_check("2019-01-32"), -1);
  CHECK_INT(kg_date_check("19"), -1);
  CHECK_INT(kg_date_check("2019/03"), -1);
  CHECK_INT(kg_date_check("yesterday"), -1);
  CHECK_INT(kg_date_check(""), -1);
  CHECK(kg_date_in_range("2019-03-21", "2019", NULL));
  CHECK(kg_date_in_range("2019-03-21", NULL, "2019"));
  CHECK(kg_date_in_range("2019-03", "2019-03-15", "2019-03-15"));
  CHECK(kg_date_in_range("2019", "2019-06", NULL));
  CHECK(!kg_date_in_range("2018-12-31", "2019", NULL));
  CHECK(!kg_date_in_range("2020-01-01", NULL, "2019"));
  CHECK(!kg_date_in_range(NULL, "2019", NULL));
  CHECK(kg_date_in_range(NULL, NULL, NULL));
}

static kg_graph *meetings_graph(void) {
  kg_graph *g = kg_graph_new();
  kg_facts *f = kg_facts_new("d1");
  person(f, "ana", "Spain");
  person(f, "bo", "Norway");
  meet(f, "ana", "bo", "2019-03-01", 2);
  meet(f, "ana", "cy", "2020-05-02", 1);
  kg_graph_add(g, f);
  kg_facts_free(f);
  f = kg_facts_new("d2");
  person(f, "ana", "Spain");
  person(f, "bo", "Norway");
  meet(f, "bo", "ana", "2021", 1);
  meet(f, "bo", "dee", NULL, 1);
  /* a planned meeting both attend is not a meeting */
  size_t ev = kg_facts_add_entity(f, KG_EVENT, "event:d2:planned", "planned");
  f->entities[ev].status = kg_facts_str(f, "planned");
  f->entities[ev].date = kg_facts_str(f, "2022");
  kg_facts_add_link(f, KG_LINK_PARTICIPATED_IN, person(f, "ana", NULL), ev,
                    NULL, NULL, 0, "s");
  kg_facts_add_link(f, KG_LINK_PARTICIPATED_IN, person(f, "bo", NULL), ev, NULL,
                    NULL, 0, "s");
  kg_graph_add(g, f);
  kg_facts_free(f);
  kg_graph_finish(g);
  analyze(g, NULL);
  return g;
}

static kg_stats *stats(const kg_graph *g, const char *since, const char *until,
                       const size_t *persons, size_t n_persons) {
  kg_stats_opts so;
  memset(&so, 0, sizeof so);
  so.since = since;
  so.until = until;
  so.persons = persons;
  so.n_persons = n_persons;
  so.analyze = kg_analyze_defaults();
  kg_stats *s = NULL;
  kg_error err;
  kg_error_clear(&err);
  CHECK_INT(kg_stats_compute(g, &so, &s, &err), KG_OK);
  return s;
}

static void test_stats(void) {
  kg_graph *g = meetings_graph();
  size_t ana = kg_graph_find(g, "person:ana"),
         bo = kg_graph_find(g, "person:bo");
  kg_stats *s = stats(g, NULL, NULL, NULL, 0);
  CHECK_INT(s->n_pairs, 3);
  CHECK_INT(s->meetings, 5);
  /* ana-bo: 2 meetings in d1 (2019-03-01), 1 in d2 (2021) */
  const kg_pair_stat *p = &s->pairs[0];
  CHECK_INT(p->a, ana);
  CHECK_INT(p->b, bo);
  CHECK_INT(p->meetings, 3);
  CHECK_STR(p->first, "2019-03-01");
  CHECK_STR(p->last, "2021");
  CHECK_INT(p->documents.n, 2);
  /* then ana-cy and bo-dee, one each, by label */
  CHECK_INT(s->pairs[1].a, ana);
  CHECK_INT(s->pairs[2].a, bo);
  CHECK(s->pairs[2].first == NULL);
  /* people: ana 4 meetings (bo 3, cy 1), bo 4 (ana 3, dee 1) */
  CHECK_INT(s->n_people, 4);
  CHECK_INT(s->people[0].node, ana);
  CHECK_INT(s->people[0].meetings, 4);
  CHECK_INT(s->people[0].n_pairs, 2);
  CHECK_INT(s->people[1].node, bo);
  /* years: 2019 (2 meetings, 1 pair), 2020, 2021, undated */
  CHECK_INT(s->n_years, 4);
  CHECK_STR(s->years[0].year, "2019");
  CHECK_INT(s->years[0].meetings, 2);
  CHECK_INT(s->years[0].pairs, 1);
  CHECK_STR(s->years[3].year, "undated");
  /* countries: Norway-Spain 3, then unknown on one side */
  CHECK_STR(s->countries[0].a, "Norway");
  CHECK_STR(s->countries[0].b, "Spain");
  CHECK_INT(s->countries[0].meetings, 3);
  CHECK_INT(s->n_countries, 3);
  /* met measures equal the analysis without filters */
  CHECK_NEAR(s->met_strength[ana], kg_graph_node(g, ana)->c->met_strength);
  CHECK_NEAR(s->met_pagerank[bo], kg_graph_node(g, bo)->c->met_pagerank);
  CHECK_NEAR(s->met_betweenness[ana], kg_graph_node(g, ana)->c->met_betweenness);
  size_t top[8];
  CHECK_INT(kg_stats_top(g, s, KG_M_MEETINGS, 1, top), 1);
  CHECK_INT(top[0], ana); /* ties by label: ana before bo */
  CHECK_INT(kg_stats_rank(g, s, KG_M_MEETINGS, bo), 1);
  CHECK_INT(kg_stats_rank(g, s, KG_M_MEETINGS, kg_graph_find(g, "person:cy")),
            3);
  CHECK_STR(kg_measure_name(KG_M_MET_PAGERANK), "met_pagerank");
  kg_stats_free(s);

  /* --since 2020: ana-bo keeps its 2021 meeting only, bo-dee (undated) goes */
  s = stats(g, "2020", NULL, NULL, 0);
  CHECK_INT(s->n_pairs, 2);
  CHECK_INT(s->meetings, 2);
  CHECK_INT(s->pairs[0].meetings, 1);
  CHECK_INT(s->pairs[0].b, bo);
  CHECK_STR(s->pairs[0].first, "2021");
  CHECK_INT(s->pairs[0].documents.n, 1);
  CHECK_STR(s->pairs[0].documents.v[0], "d2");
  CHECK_STR(s->pairs[1].first, "2020-05-02");
  CHECK_NEAR(s->met_strength[ana], 2);
  CHECK_NEAR(s->met_degree[bo], 1);
  kg_stats_free(s);
  s = stats(g, "2019-03", "2019-03", NULL, 0);
  CHECK_INT(s->meetings, 2);
  kg_stats_free(s);

  /* a person's pairs only; the met measures still cover everybody */
  size_t who[4];
  CHECK_INT(kg_graph_find_person(g, "DEE", who, 4), 1);
  s = stats(g, NULL, NULL, who, 1);
  CHECK_INT(s->n_pairs, 1);
  CHECK_INT(s->pairs[0].a, bo);
  CHECK_NEAR(s->met_strength[ana], 4);
  kg_stats_free(s);
  CHECK_INT(kg_graph_find_person(g, "nobody", who, 4), 0);
  kg_graph_free(g);
}

/* The graph.json of an analysed graph reads back into the same graph: the
 * second export is byte-identical to the first. */
static char *export_json(const kg_graph *g, size_t *len) {
  char *buf = NULL;
  FILE *fp = open_memstream(&buf, len);
  kg_error err;
  kg_error_clear(&err);
  CHECK_INT(kg_export_json(g, KG_JSON_NODE_LINK, 1, fp, &err), KG_OK);
  fclose(fp);
  return buf;
}

static void test_roundtrip(void) {
  kg_graph *g = meetings_graph();
  size_t n1, n2;
  char *j1 = export_json(g, &n1);
  kg_graph *h = NULL;
  kg_error err;
  kg_error_clear(&err);
  CHECK_INT(kg_graph_read_json(j1, n1, "mem", &h, &err), KG_OK);
  if (h) {
    char *j2 = export_json(h, &n2);
    CHECK(n1 == n2 && memcmp(j1, j2, n1) == 0);
    /* and the statistics of both agree */
    kg_stats *a = stats(g, NULL, NULL, NULL, 0),
             *b = stats(h, NULL, NULL, NULL, 0);
    CHECK_INT(a->n_pairs, b->n_pairs);
    CHECK_INT(a->meetings, b->meetings);
    CHECK_INT(a->n_years, b->n_years);
    kg_stats_free(a);
    kg_stats_free(b);
    free(j2);
    kg_graph_free(h);
  }
  free(j1);
  kg_graph_free(g);
}

int main(void) {
  test_path();
  test_isolated();
  test_sampled();
  test_large_path();
  test_weighted();
  test_communities();
  test_dates();
  test_stats();
  test_roundtrip();
  TEST_MAIN_END();
}
