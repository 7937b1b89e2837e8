/* stats.c - who met whom: the statistics behind `kg stats` (issue 6), as
 * pure functions of a finished graph returning structs; src/cmd_stats.c
 * prints them. Meetings are rebuilt per pair from the meeting events both
 * people took part in, so that date filters and per-year counts work on
 * meetings rather than on links (see kg_stats_compute in kg_graph.h). */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "graph/internal.h"
#include "src/utf8.h"

/* ---- dates ------------------------------------------------------------------
 */

static int digits(const char *s, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (s[i] < '0' || s[i] > '9') return 0;
  return 1;
}

int kg_date_check(const char *s) {
  if (!s) return -1;
  size_t n = strlen(s);
  if (n != 4 && n != 7 && n != 10) return -1;
  if (!digits(s, 4)) return -1;
  if (n >= 7) {
    if (s[4] != '-' || !digits(s + 5, 2)) return -1;
    int m = (s[5] - '0') * 10 + (s[6] - '0');
    if (m < 1 || m > 12) return -1;
  }
  if (n == 10) {
    if (s[7] != '-' || !digits(s + 8, 2)) return -1;
    int d = (s[8] - '0') * 10 + (s[9] - '0');
    if (d < 1 || d > 31) return -1;
  }
  return 0;
}

/* Compare on the common prefix only: a partial date is "inside" any bound
 * it could match. */
static int prefix_cmp(const char *date, const char *bound) {
  size_t a = strlen(date), b = strlen(bound);
  return strncmp(date, bound, a < b ? a : b);
}

int kg_date_in_range(const char *date, const char *since, const char *until) {
  if (!since && !until) return 1;
  if (!date || !*date) return 0;
  if (since && prefix_cmp(date, since) < 0) return 0;
  if (until && prefix_cmp(date, until) > 0) return 0;
  return 1;
}

/* ---- meetings of a pair -----------------------------------------------------
 */

/* One meeting (or `count` meetings reported alike) of a pair. */
typedef struct {
  const char *date;         /* borrowed; NULL: undated */
  const kg_strlist *docs;   /* the event's documents, or the link's */
  const kg_strlist *filter; /* when set, only docs also in here count */
  size_t count;
} meeting;

typedef struct {
  meeting *v;
  size_t n, cap;
} meetings;

static void add_meeting(meetings *m, const char *date, const kg_strlist *docs,
                        const kg_strlist *filter, size_t count) {
  KG_GROW(m->v, m->cap, m->n + 1);
  meeting *x = &m->v[m->n++];
  x->date = date;
  x->docs = docs;
  x->filter = filter;
  x->count = count;
}

/* Number of strings in both sorted lists. */
static size_t common_count(const kg_strlist *x, const kg_strlist *y) {
  size_t i = 0, j = 0, n = 0;
  while (i < x->n && j < y->n) {
    int c = strcmp(x->v[i], y->v[j]);
    if (c == 0) {
      n++;
      i++;
      j++;
    } else if (c < 0) {
      i++;
    } else {
      j++;
    }
  }
  return n;
}

/* Is `s` in the sorted list `l`? */
static int contains(const kg_strlist *l, const char *s) {
  size_t lo = 0, hi = l->n;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    int c = strcmp(l->v[mid], s);
    if (c == 0) return 1;
    if (c < 0)
      lo = mid + 1;
    else
      hi = mid;
  }
  return 0;
}

/* Sorted lists of the held meeting events of every person (CSR layout). */
typedef struct {
  size_t *start; /* n_nodes + 1 */
  size_t *ev;
} person_events;

static int is_event_of(const kg_graph *g, size_t person, size_t ev) {
  return g->nodes[person].type == KG_PERSON && g->nodes[ev].type == KG_EVENT &&
         !(g->nodes[ev].status && strcmp(g->nodes[ev].status, "planned") == 0);
}

static int cmp_size(const void *a, const void *b) {
  size_t x = *(const size_t *)a, y = *(const size_t *)b;
  return x < y ? -1 : x > y;
}

static void person_events_init(const kg_graph *g, person_events *pe) {
  size_t n = g->n_nodes;
  pe->start = kg_xcalloc(n + 2, sizeof *pe->start);
  for (int pass = 0; pass < 2; pass++) {
    size_t *fill = NULL;
    if (pass == 1) {
      for (size_t i = 0; i < n; i++)
        pe->start[i + 1] += pe->start[i];
      pe->ev = kg_xmalloc((pe->start[n] + 1) * sizeof *pe->ev);
      fill = kg_xcalloc(n + 1, sizeof *fill);
    }
    for (size_t k = 0; k < g->n_edges; k++) {
      const kg_erec *e = &g->edges[k];
      if (e->type != KG_LINK_PARTICIPATED_IN) continue;
      size_t p = e->source, v = e->target;
      if (!is_event_of(g, p, v)) {
        p = e->target;
        v = e->source;
        if (!is_event_of(g, p, v)) continue;
      }
      if (pass == 0)
        pe->start[p + 1]++;
      else
        pe->ev[pe->start[p] + fill[p]++] = v;
    }
    free(fill);
  }
  for (size_t i = 0; i < n; i++)
    qsort(pe->ev + pe->start[i], pe->start[i + 1] - pe->start[i],
          sizeof *pe->ev, cmp_size);
}

static void person_events_free(person_events *pe) {
  free(pe->start);
  free(pe->ev);
}

static size_t weight_count(double w) {
  return w > 0 ? (size_t)llround(w) : 0;
}

/* The meetings of met link `e`: from the events both people attended, when
 * these (counted once per supporting document, as kg_graph_add counts
 * meetings) add up to the link's weight; else one per date of the link and
 * the rest undated. */
static void pair_meetings(const kg_graph *g, const person_events *pe,
                          const kg_edge *e, meetings *out) {
  out->n = 0;
  size_t want = weight_count(e->weight);
  const size_t *x = pe->ev + pe->start[e->source];
  const size_t *y = pe->ev + pe->start[e->target];
  size_t nx = pe->start[e->source + 1] - pe->start[e->source];
  size_t ny = pe->start[e->target + 1] - pe->start[e->target];
  size_t i = 0, j = 0, units = 0;
  while (i < nx && j < ny) {
    if (x[i] < y[j]) {
      i++;
    } else if (x[i] > y[j]) {
      j++;
    } else {
      const kg_node *ev = &g->nodes[x[i]];
      size_t k = common_count(&ev->documents, &e->documents);
      if (k) {
        add_meeting(out, ev->date, &ev->documents, &e->documents, k);
        units += k;
      }
      i++;
      j++;
    }
  }
  if (units > 0 && units == want) return;
  out->n = 0;
  for (size_t k = 0; k < e->dates.n; k++)
    add_meeting(out, e->dates.v[k], &e->documents, NULL, 1);
  if (want > e->dates.n)
    add_meeting(out, NULL, &e->documents, NULL, want - e->dates.n);
}

/* ---- the statistics ---------------------------------------------------------
 */

typedef struct {
  const char *a, *b;
  size_t meetings;
} cpair;

static int cmp_cpair(const void *x, const void *y) {
  const cpair *p = x, *q = y;
  int c = strcmp(p->a, q->a);
  return c ? c : strcmp(p->b, q->b);
}

static const kg_graph *sort_graph; /* qsort has no context argument */

static int cmp_label(size_t a, size_t b) {
  const kg_node *x = &sort_graph->nodes[a], *y = &sort_graph->nodes[b];
  int c = strcmp(x->label ? x->label : x->id, y->label ? y->label : y->id);
  if (c) return c;
  c = strcmp(x->id, y->id);
  return c ? c : (a < b ? -1 : a > b);
}

static int cmp_pair_stat(const void *x, const void *y) {
  const kg_pair_stat *p = x, *q = y;
  if (p->meetings != q->meetings) return p->meetings > q->meetings ? -1 : 1;
  int c = cmp_label(p->a, q->a);
  if (c) return c;
  c = cmp_label(p->b, q->b);
  if (c) return c;
  return p->edge < q->edge ? -1 : p->edge > q->edge;
}

static int cmp_person_stat(const void *x, const void *y) {
  const kg_person_stat *p = x, *q = y;
  if (p->meetings != q->meetings) return p->meetings > q->meetings ? -1 : 1;
  if (p->n_pairs != q->n_pairs) return p->n_pairs > q->n_pairs ? -1 : 1;
  return cmp_label(p->node, q->node);
}

static int cmp_country_stat(const void *x, const void *y) {
  const kg_country_stat *p = x, *q = y;
  if (p->meetings != q->meetings) return p->meetings > q->meetings ? -1 : 1;
  if (p->pairs != q->pairs) return p->pairs > q->pairs ? -1 : 1;
  int c = strcmp(p->a, q->a);
  return c ? c : strcmp(p->b, q->b);
}

static int in_list(const size_t *v, size_t n, size_t x) {
  for (size_t i = 0; i < n; i++)
    if (v[i] == x) return 1;
  return 0;
}

static const char *country_of(const kg_node *n) {
  return n->country && *n->country ? n->country : "unknown";
}

typedef struct {
  char year[8];
  size_t pair; /* the met link, one per pair */
  size_t meetings;
} year_row;

static int cmp_year_row(const void *x, const void *y) {
  const year_row *p = x, *q = y;
  int c = strcmp(p->year, q->year);
  if (c) return c;
  return p->pair < q->pair ? -1 : p->pair > q->pair;
}

/* Per-person lists, country pairs and years from the kept pairs. */
static void derive_tables(const kg_graph *g, kg_stats *s, const year_row *yr,
                          size_t n_yr) {
  /* people */
  size_t *count = kg_xcalloc(g->n_nodes + 1, sizeof *count);
  for (size_t k = 0; k < s->n_pairs; k++) {
    count[s->pairs[k].a]++;
    count[s->pairs[k].b]++;
  }
  size_t np = 0;
  for (size_t i = 0; i < g->n_nodes; i++)
    np += count[i] > 0;
  s->people = kg_xcalloc(np + 1, sizeof *s->people);
  size_t *slot = kg_xmalloc((g->n_nodes + 1) * sizeof *slot);
  for (size_t i = 0; i < g->n_nodes; i++) {
    slot[i] = (size_t)-1;
    if (!count[i]) continue;
    kg_person_stat *p = &s->people[s->n_people];
    p->node = i;
    p->pairs = kg_xmalloc(count[i] * sizeof *p->pairs);
    slot[i] = s->n_people++;
  }
  for (size_t k = 0; k < s->n_pairs;
       k++) { /* pairs are sorted: lists are too */
    const kg_pair_stat *r = &s->pairs[k];
    kg_person_stat *pa = &s->people[slot[r->a]], *pb = &s->people[slot[r->b]];
    pa->pairs[pa->n_pairs++] = k;
    pa->meetings += r->meetings;
    pb->pairs[pb->n_pairs++] = k;
    pb->meetings += r->meetings;
  }
  qsort(s->people, s->n_people, sizeof *s->people, cmp_person_stat);
  free(slot);
  free(count);

  /* country pairs */
  cpair *cp = kg_xmalloc((s->n_pairs + 1) * sizeof *cp);
  for (size_t k = 0; k < s->n_pairs; k++) {
    const char *a = country_of(&g->nodes[s->pairs[k].a]);
    const char *b = country_of(&g->nodes[s->pairs[k].b]);
    if (strcmp(a, b) > 0) {
      const char *t = a;
      a = b;
      b = t;
    }
    cp[k].a = a;
    cp[k].b = b;
    cp[k].meetings = s->pairs[k].meetings;
  }
  if (s->n_pairs > 1) qsort(cp, s->n_pairs, sizeof *cp, cmp_cpair);
  s->countries = kg_xcalloc(s->n_pairs + 1, sizeof *s->countries);
  for (size_t k = 0; k < s->n_pairs; k++) {
    kg_country_stat *last =
        s->n_countries ? &s->countries[s->n_countries - 1] : NULL;
    if (!last || strcmp(last->a, cp[k].a) != 0 ||
        strcmp(last->b, cp[k].b) != 0) {
      last = &s->countries[s->n_countries++];
      last->a = cp[k].a;
      last->b = cp[k].b;
    }
    last->meetings += cp[k].meetings;
    last->pairs++;
  }
  qsort(s->countries, s->n_countries, sizeof *s->countries, cmp_country_stat);
  free(cp);

  /* years: `yr` is sorted by year, then pair ("undated" after digits) */
  s->years = kg_xcalloc(n_yr + 1, sizeof *s->years);
  for (size_t k = 0; k < n_yr; k++) {
    kg_year_stat *last = s->n_years ? &s->years[s->n_years - 1] : NULL;
    if (!last || strcmp(last->year, yr[k].year) != 0) {
      last = &s->years[s->n_years++];
      memcpy(last->year, yr[k].year, sizeof last->year);
    }
    last->meetings += yr[k].meetings;
    if (k == 0 || strcmp(yr[k - 1].year, yr[k].year) != 0 ||
        yr[k - 1].pair != yr[k].pair)
      last->pairs++;
  }
}

kg_status kg_stats_compute(const kg_graph *g, const kg_stats_opts *o,
                           kg_stats **out, kg_error *err) {
  kg_stats *s = kg_xcalloc(1, sizeof *s);
  size_t n = g->n_nodes;
  s->n_nodes = n;
  s->pairs = kg_xcalloc(g->n_edges + 1, sizeof *s->pairs);
  person_events pe;
  person_events_init(g, &pe);
  meetings m = {NULL, 0, 0};
  int filtered = o->since || o->until;
  /* every pair in the date range, before the person filter: the met
   * measures are over all of them */
  size_t *ma = kg_xmalloc((g->n_edges + 1) * sizeof *ma);
  size_t *mb = kg_xmalloc((g->n_edges + 1) * sizeof *mb);
  double *mw = kg_xmalloc((g->n_edges + 1) * sizeof *mw);
  size_t nm = 0;
  year_row *yr = NULL;
  size_t n_yr = 0, cap_yr = 0;
  for (size_t k = 0; k < g->n_edges; k++) {
    kg_edge_buf eb;
    const kg_edge *e = kg_graph_edge(g, k, &eb);
    if (e->type != KG_LINK_MET || g->nodes[e->source].type != KG_PERSON ||
        g->nodes[e->target].type != KG_PERSON)
      continue;
    pair_meetings(g, &pe, e, &m);
    size_t count = 0;
    for (size_t i = 0; i < m.n; i++)
      if (kg_date_in_range(m.v[i].date, o->since, o->until))
        count += m.v[i].count;
    if (!count) continue;
    ma[nm] = e->source;
    mb[nm] = e->target;
    /* without a filter the weight is the link's, exactly as analysed */
    mw[nm] = filtered ? (double)count : e->weight;
    nm++;
    if (o->n_persons && !in_list(o->persons, o->n_persons, e->source) &&
        !in_list(o->persons, o->n_persons, e->target))
      continue;
    kg_pair_stat *r = &s->pairs[s->n_pairs];
    r->a = e->source;
    r->b = e->target;
    r->edge = k;
    r->meetings = count;
    for (size_t i = 0; i < m.n; i++) {
      const meeting *x = &m.v[i];
      if (!kg_date_in_range(x->date, o->since, o->until)) continue;
      if (x->date) {
        if (!r->first || strcmp(x->date, r->first) < 0) r->first = x->date;
        if (!r->last || strcmp(x->date, r->last) > 0) r->last = x->date;
      }
      for (size_t d = 0; d < x->docs->n; d++)
        if (!x->filter || contains(x->filter, x->docs->v[d]))
          kg_strlist_add(&r->documents, x->docs->v[d]);
      KG_GROW(yr, cap_yr, n_yr + 1);
      memset(&yr[n_yr], 0, sizeof yr[n_yr]);
      if (x->date && strlen(x->date) >= 4)
        memcpy(yr[n_yr].year, x->date, 4);
      else
        strcpy(yr[n_yr].year, "undated");
      yr[n_yr].pair = k;
      yr[n_yr].meetings = x->count;
      n_yr++;
    }
    kg_strlist_sort(&r->documents);
    s->meetings += count;
    s->n_pairs++;
  }
  free(m.v);
  person_events_free(&pe);

  sort_graph = g;
  for (size_t k = 0; k < s->n_pairs; k++) { /* a's label first */
    kg_pair_stat *r = &s->pairs[k];
    if (cmp_label(r->a, r->b) > 0) {
      size_t t = r->a;
      r->a = r->b;
      r->b = t;
    }
  }
  qsort(s->pairs, s->n_pairs, sizeof *s->pairs, cmp_pair_stat);
  if (n_yr > 1) qsort(yr, n_yr, sizeof *yr, cmp_year_row);
  derive_tables(g, s, yr, n_yr);
  free(yr);

  /* met measures over the range: people are vertices 0..np-1 */
  s->met_degree = kg_xcalloc(4 * n + 1, sizeof *s->met_degree);
  s->met_strength = s->met_degree + n;
  s->met_betweenness = s->met_degree + 2 * n;
  s->met_pagerank = s->met_degree + 3 * n;
  size_t *vid = kg_xmalloc((n + 1) * sizeof *vid);
  size_t *people = kg_xmalloc((n + 1) * sizeof *people);
  size_t np = 0;
  for (size_t i = 0; i < n; i++)
    if (g->nodes[i].type == KG_PERSON) {
      vid[i] = np;
      people[np++] = i;
    }
  for (size_t k = 0; k < nm; k++) {
    ma[k] = vid[ma[k]];
    mb[k] = vid[mb[k]];
  }
  double *res = kg_xcalloc(4 * np + 1, sizeof *res);
  kg_status st = KG_OK;
  if (filtered || (np && g->nodes[people[0]].c->community < 0)) {
    st = kg_met_measures(np, nm, ma, mb, mw, &o->analyze, res, res + np,
                         res + 2 * np, res + 3 * np, err);
  } else {
    /* no date filter: the met graph is the analysed one, reuse its values */
    for (size_t j = 0; j < np; j++) {
      const kg_centrality *c = g->nodes[people[j]].c;
      res[j] = c->met_degree;
      res[np + j] = c->met_strength;
      res[2 * np + j] = c->met_betweenness;
      res[3 * np + j] = c->met_pagerank;
    }
  }
  for (size_t j = 0; st == KG_OK && j < np; j++) {
    s->met_degree[people[j]] = res[j];
    s->met_strength[people[j]] = res[np + j];
    s->met_betweenness[people[j]] = res[2 * np + j];
    s->met_pagerank[people[j]] = res[3 * np + j];
  }
  free(res);
  free(vid);
  free(people);
  free(ma);
  free(mb);
  free(mw);
  if (st != KG_OK) {
    kg_stats_free(s);
    return st;
  }
  *out = s;
  return KG_OK;
}

void kg_stats_free(kg_stats *s) {
  if (!s) return;
  for (size_t k = 0; k < s->n_pairs; k++)
    kg_strlist_free(&s->pairs[k].documents);
  for (size_t k = 0; k < s->n_people; k++)
    free(s->people[k].pairs);
  free(s->pairs);
  free(s->people);
  free(s->countries);
  free(s->years);
  free(s->met_degree);
  free(s);
}

/* ---- rankings ---------------------------------------------------------------
 */

static const char *const measure_names[KG_MEASURES] = {
    "meetings", "counterparts", "met_betweenness", "met_pagerank",
    "degree",   "betweenness",  "closeness",       "harmonic",
    "pagerank", "eigenvector"};

const char *kg_measure_name(kg_measure m) {
  return (unsigned)m < KG_MEASURES ? measure_names[m] : "?";
}

double kg_stats_value(const kg_graph *g, const kg_stats *s, kg_measure m,
                      size_t node) {
  const kg_centrality *c = g->nodes[node].c;
  switch (m) {
  case KG_M_MEETINGS:
    return s->met_strength[node];
  case KG_M_COUNTERPARTS:
    return s->met_degree[node];
  case KG_M_MET_BETWEENNESS:
    return s->met_betweenness[node];
  case KG_M_MET_PAGERANK:
    return s->met_pagerank[node];
  case KG_M_DEGREE:
    return c->degree;
  case KG_M_BETWEENNESS:
    return c->betweenness;
  case KG_M_CLOSENESS:
    return c->closeness;
  case KG_M_HARMONIC:
    return c->harmonic;
  case KG_M_PAGERANK:
    return c->pagerank;
  case KG_M_EIGENVECTOR:
    return c->eigenvector;
  default:
    return 0;
  }
}

/* Values compared as graph.json stores them (9 decimals), so a ranking is
 * the same whether the graph was analysed now or read back from JSON. */
static double key(double x) {
  return isfinite(x) ? round(x * 1e9) / 1e9 : 0;
}

typedef struct {
  size_t node;
  double v;
} ranked;

static int cmp_ranked(const void *x, const void *y) {
  const ranked *p = x, *q = y;
  if (p->v != q->v) return p->v > q->v ? -1 : 1;
  return cmp_label(p->node, q->node);
}

size_t kg_stats_top(const kg_graph *g, const kg_stats *s, kg_measure m,
                    size_t max, size_t *out) {
  ranked *r = kg_xmalloc((g->n_nodes + 1) * sizeof *r);
  size_t n = 0;
  for (size_t i = 0; i < g->n_nodes; i++) {
    if (g->nodes[i].type != KG_PERSON) continue;
    double v = key(kg_stats_value(g, s, m, i));
    if (v > 0) {
      r[n].node = i;
      r[n].v = v;
      n++;
    }
  }
  sort_graph = g;
  qsort(r, n, sizeof *r, cmp_ranked);
  if (max && n > max) n = max;
  for (size_t i = 0; i < n; i++)
    out[i] = r[i].node;
  free(r);
  return n;
}

size_t kg_stats_rank(const kg_graph *g, const kg_stats *s, kg_measure m,
                     size_t node) {
  double v = key(kg_stats_value(g, s, m, node));
  size_t rank = 1;
  for (size_t i = 0; i < g->n_nodes; i++)
    if (g->nodes[i].type == KG_PERSON && key(kg_stats_value(g, s, m, i)) > v)
      rank++;
  return rank;
}

/* ---- finding people ---------------------------------------------------------
 */

size_t kg_graph_find_person(const kg_graph *g, const char *name, size_t *out,
                            size_t max) {
  char *want = kg_fold(name, strlen(name));
  size_t n = 0;
  for (size_t i = 0; i < g->n_nodes && n < max; i++) {
    const kg_node *p = &g->nodes[i];
    if (p->type != KG_PERSON) continue;
    int hit = 0;
    if (p->label) {
      char *f = kg_fold(p->label, strlen(p->label));
      hit = strcmp(f, want) == 0;
      free(f);
    }
    for (size_t k = 0; !hit && k < p->profile->aliases.n; k++) {
      char *f = kg_fold(p->profile->aliases.v[k], strlen(p->profile->aliases.v[k]));
      hit = strcmp(f, want) == 0;
      free(f);
    }
    if (hit) out[n++] = i;
  }
  free(want);
  return n;
}
