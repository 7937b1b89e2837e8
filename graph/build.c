/* build.c - merge per-document facts into the graph. Every attribute is
 * accumulated as a multiset (votes, unions) so that the result does not
 * depend on the order documents arrive in; kg_graph_finish then picks
 * labels and countries by vote and sorts everything. */
#include <stdlib.h>
#include <string.h>

#include "graph/internal.h"
#include "src/buf.h"

/* ---- string lists and votes ------------------------------------------------ */

void kg_strlist_add(kg_strlist *l, const char *s) {
  if (!s || !*s) return;
  for (size_t i = 0; i < l->n; i++)
    if (strcmp(l->v[i], s) == 0) return;
  KG_GROW(l->v, l->cap, l->n + 1);
  l->v[l->n++] = kg_xstrdup(s);
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
  l->n = w;
}

void kg_strlist_free(kg_strlist *l) {
  for (size_t i = 0; i < l->n; i++) free(l->v[i]);
  free(l->v);
  memset(l, 0, sizeof *l);
}

static void vote(kg_votes *v, const char *s, size_t n) {
  if (!s || !*s) return;
  for (size_t i = 0; i < v->n; i++)
    if (strcmp(v->v[i].s, s) == 0) {
      v->v[i].count += n;
      return;
    }
  KG_GROW(v->v, v->cap, v->n + 1);
  v->v[v->n].s = kg_xstrdup(s);
  v->v[v->n].count = n;
  v->n++;
}

static void votes_free(kg_votes *v) {
  for (size_t i = 0; i < v->n; i++) free(v->v[i].s);
  free(v->v);
  memset(v, 0, sizeof *v);
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
  g->node_ix = kg_map_new();
  g->edge_ix = kg_map_new();
  return g;
}

static void node_free(kg_node *n) {
  free(n->id);
  free(n->label);
  kg_strlist_free(&n->aliases);
  kg_strlist_free(&n->titles);
  kg_strlist_free(&n->documents);
  free(n->country);
  free(n->subtype);
  free(n->date);
  free(n->place);
  free(n->status);
  free(n->cameo);
  for (size_t i = 0; i < n->n_positions; i++) {
    kg_position *p = &n->positions[i];
    free(p->title);
    free(p->institution);
    free(p->country);
    free(p->first_seen);
    free(p->last_seen);
    kg_strlist_free(&p->documents);
  }
  free(n->positions);
}

static void nacc_free(kg_nodeacc *a) {
  votes_free(&a->labels);
  votes_free(&a->countries);
  votes_free(&a->subtypes);
  for (size_t i = 0; i < a->n_pos; i++) {
    free(a->pos[i].title);
    votes_free(&a->pos[i].institution);
    votes_free(&a->pos[i].country);
    kg_strlist_free(&a->pos[i].documents);
    kg_strlist_free(&a->pos[i].dates);
  }
  free(a->pos);
  memset(a, 0, sizeof *a);
}

static void edge_free(kg_edge *e) {
  kg_strlist_free(&e->dates);
  kg_strlist_free(&e->documents);
  kg_strlist_free(&e->titles);
  for (size_t i = 0; i < e->n_evidence; i++) {
    free(e->evidence[i].doc);
    free(e->evidence[i].text);
  }
  free(e->evidence);
}

void kg_graph_free(kg_graph *g) {
  if (!g) return;
  for (size_t i = 0; i < g->n_nodes; i++) {
    node_free(&g->nodes[i]);
    if (g->nacc) nacc_free(&g->nacc[i]);
  }
  for (size_t i = 0; i < g->n_edges; i++) {
    edge_free(&g->edges[i]);
    if (g->eacc) kg_strlist_free(&g->eacc[i].events);
  }
  free(g->nodes);
  free(g->nacc);
  free(g->edges);
  free(g->eacc);
  kg_map_free(g->node_ix);
  kg_map_free(g->edge_ix);
  free(g);
}

static size_t node_for(kg_graph *g, const kg_entity *e) {
  size_t idx = kg_map_get(g->node_ix, e->key, strlen(e->key));
  if (idx != KG_MAP_NONE) return idx;
  size_t cap = g->cap_nodes;
  KG_GROW(g->nodes, g->cap_nodes, g->n_nodes + 1);
  if (g->cap_nodes != cap) {
    g->nacc = kg_xrealloc(g->nacc, g->cap_nodes * sizeof *g->nacc);
  }
  idx = g->n_nodes++;
  kg_node *n = &g->nodes[idx];
  memset(n, 0, sizeof *n);
  memset(&g->nacc[idx], 0, sizeof g->nacc[idx]);
  n->id = kg_xstrdup(e->key);
  n->type = e->type;
  n->c.community = -1;
  kg_map_put(g->node_ix, e->key, strlen(e->key), idx);
  return idx;
}

static kg_posacc *posacc(kg_nodeacc *a, const char *title) {
  for (size_t i = 0; i < a->n_pos; i++)
    if (strcmp(a->pos[i].title, title) == 0) return &a->pos[i];
  KG_GROW(a->pos, a->cap_pos, a->n_pos + 1);
  kg_posacc *p = &a->pos[a->n_pos++];
  memset(p, 0, sizeof *p);
  p->title = kg_xstrdup(title);
  return p;
}

static void set_once(char **dst, const char *src) {
  if (!*dst && src && *src) *dst = kg_xstrdup(src);
}

static size_t edge_for(kg_graph *g, kg_link_type type, size_t a, size_t b) {
  /* met is symmetric: one edge per unordered pair, smaller id first */
  if (type == KG_LINK_MET && strcmp(g->nodes[a].id, g->nodes[b].id) > 0) {
    size_t t = a;
    a = b;
    b = t;
  }
  kg_buf key = KG_BUF_INIT;
  kg_buf_printf(&key, "%d\x1f%s\x1f%s", (int)type, g->nodes[a].id,
                g->nodes[b].id);
  size_t idx = kg_map_get(g->edge_ix, key.ptr, key.len);
  if (idx == KG_MAP_NONE) {
    size_t cap = g->cap_edges;
    KG_GROW(g->edges, g->cap_edges, g->n_edges + 1);
    if (cap != g->cap_edges)
      g->eacc = kg_xrealloc(g->eacc, g->cap_edges * sizeof *g->eacc);
    idx = g->n_edges++;
    kg_edge *e = &g->edges[idx];
    memset(e, 0, sizeof *e);
    memset(&g->eacc[idx], 0, sizeof g->eacc[idx]);
    e->source = a;
    e->target = b;
    e->type = type;
    kg_map_put(g->edge_ix, key.ptr, key.len, idx);
  }
  kg_buf_free(&key);
  return idx;
}

static void add_evidence(kg_edge *e, const char *doc, size_t off,
                         const char *text) {
  if (!text) return;
  for (size_t i = 0; i < e->n_evidence; i++)
    if (e->evidence[i].offset == off && strcmp(e->evidence[i].doc, doc) == 0)
      return;
  e->evidence = kg_xrealloc(e->evidence, (e->n_evidence + 1) * sizeof *e->evidence);
  kg_evidence *v = &e->evidence[e->n_evidence++];
  v->doc = kg_xstrdup(doc);
  v->offset = off;
  v->text = kg_xstrdup(text);
}

void kg_graph_add(kg_graph *g, const kg_facts *f) {
  g->n_docs++;
  size_t *map = kg_xmalloc((f->n_entities + 1) * sizeof *map);
  for (size_t i = 0; i < f->n_entities; i++) {
    const kg_entity *e = &f->entities[i];
    size_t idx = node_for(g, e);
    map[i] = idx;
    kg_node *n = &g->nodes[idx];
    kg_nodeacc *a = &g->nacc[idx];
    vote(&a->labels, e->label, 1);
    for (size_t k = 0; k < e->aliases.n; k++)
      kg_strlist_add(&n->aliases, e->aliases.v[k]);
    for (size_t k = 0; k < e->titles.n; k++) {
      kg_strlist_add(&n->titles, e->titles.v[k]);
      if (e->type == KG_PERSON) {
        kg_posacc *p = posacc(a, e->titles.v[k]);
        kg_strlist_add(&p->documents, f->doc);
        if (f->date) kg_strlist_add(&p->dates, f->date);
        vote(&p->country, e->country, 1);
      }
    }
    kg_strlist_add(&n->documents, f->doc);
    vote(&a->countries, e->country, 1);
    vote(&a->subtypes, e->subtype, 1);
    set_once(&n->date, e->date);
    set_once(&n->place, e->place);
    set_once(&n->status, e->status);
    set_once(&n->cameo, e->cameo);
  }
  for (size_t i = 0; i < f->n_links; i++) {
    const kg_link *l = &f->links[i];
    if (l->source >= f->n_entities || l->target >= f->n_entities) continue;
    size_t a = map[l->source], b = map[l->target];
    if (a == b) continue;
    size_t idx = edge_for(g, l->type, a, b);
    kg_edge *e = &g->edges[idx];
    kg_strlist_add(&e->documents, f->doc);
    if (l->date) kg_strlist_add(&e->dates, l->date);
    if (l->title) kg_strlist_add(&e->titles, l->title);
    add_evidence(e, f->doc, l->offset, l->text);
    /* distinct meetings: one per (document, event) */
    kg_buf ev = KG_BUF_INIT;
    if (l->event != KG_NO_ENTITY && l->event < f->n_entities)
      kg_buf_printf(&ev, "%s\x1f%s", f->doc, f->entities[l->event].key);
    else
      kg_buf_printf(&ev, "%s\x1f#%s", f->doc, l->date ? l->date : "");
    kg_strlist_add(&g->eacc[idx].events, ev.ptr);
    kg_buf_free(&ev);
    /* positions learn their institution from holds_position links */
    if (l->type == KG_LINK_HOLDS_POSITION && l->title &&
        g->nodes[a].type == KG_PERSON) {
      kg_posacc *p = posacc(&g->nacc[a], l->title);
      vote(&p->institution, f->entities[l->target].label, 1);
    }
  }
  free(map);
}

size_t kg_graph_put_node(kg_graph *g, const kg_node *src) {
  kg_entity e;
  memset(&e, 0, sizeof e);
  e.type = src->type;
  e.key = src->id;
  size_t idx = node_for(g, &e);
  kg_node *n = &g->nodes[idx];
  vote(&g->nacc[idx].labels, src->label, 1);
  for (size_t k = 0; k < src->aliases.n; k++) kg_strlist_add(&n->aliases, src->aliases.v[k]);
  for (size_t k = 0; k < src->titles.n; k++) kg_strlist_add(&n->titles, src->titles.v[k]);
  for (size_t k = 0; k < src->documents.n; k++)
    kg_strlist_add(&n->documents, src->documents.v[k]);
  vote(&g->nacc[idx].countries, src->country, 1);
  vote(&g->nacc[idx].subtypes, src->subtype, 1);
  set_once(&n->date, src->date);
  set_once(&n->place, src->place);
  set_once(&n->status, src->status);
  set_once(&n->cameo, src->cameo);
  if (src->n_positions && !n->positions) {
    n->positions = kg_xcalloc(src->n_positions, sizeof *n->positions);
    n->n_positions = src->n_positions;
    for (size_t i = 0; i < src->n_positions; i++) {
      const kg_position *p = &src->positions[i];
      kg_position *q = &n->positions[i];
      q->title = kg_xstrdup(p->title);
      q->institution = kg_xstrdup(p->institution);
      q->country = kg_xstrdup(p->country);
      q->first_seen = kg_xstrdup(p->first_seen);
      q->last_seen = kg_xstrdup(p->last_seen);
      for (size_t k = 0; k < p->documents.n; k++)
        kg_strlist_add(&q->documents, p->documents.v[k]);
    }
  }
  n->c = src->c;
  n->x = src->x;
  n->y = src->y;
  return idx;
}

size_t kg_graph_put_edge(kg_graph *g, const kg_edge *src) {
  size_t idx = edge_for(g, src->type, src->source, src->target);
  kg_edge *e = &g->edges[idx];
  for (size_t k = 0; k < src->dates.n; k++) kg_strlist_add(&e->dates, src->dates.v[k]);
  for (size_t k = 0; k < src->documents.n; k++)
    kg_strlist_add(&e->documents, src->documents.v[k]);
  for (size_t k = 0; k < src->titles.n; k++) kg_strlist_add(&e->titles, src->titles.v[k]);
  for (size_t k = 0; k < src->n_evidence; k++)
    add_evidence(e, src->evidence[k].doc, src->evidence[k].offset,
                 src->evidence[k].text);
  e->weight += src->weight;
  return idx;
}

void kg_graph_set_document_count(kg_graph *g, size_t n) { g->n_docs = n; }

static int cmp_evidence(const void *a, const void *b) {
  const kg_evidence *x = a, *y = b;
  int c = strcmp(x->doc, y->doc);
  if (c) return c;
  return x->offset < y->offset ? -1 : x->offset > y->offset;
}

typedef struct {
  const char *id;
  size_t ix;
} id_ix;

static int cmp_id_ix(const void *a, const void *b) {
  return strcmp(((const id_ix *)a)->id, ((const id_ix *)b)->id);
}

static int cmp_edge(const void *a, const void *b) {
  const kg_edge *x = a, *y = b;
  if (x->source != y->source) return x->source < y->source ? -1 : 1;
  if (x->target != y->target) return x->target < y->target ? -1 : 1;
  return (int)x->type - (int)y->type;
}

static void finish_node(kg_node *n, kg_nodeacc *a) {
  const char *lab = (n->type == KG_PERSON || n->type == KG_INSTITUTION)
                        ? label_winner(&a->labels)
                        : winner(&a->labels);
  if (!n->label) n->label = kg_xstrdup(lab ? lab : n->id);
  /* other label forms are aliases */
  for (size_t i = 0; i < a->labels.n; i++)
    if (strcmp(a->labels.v[i].s, n->label) != 0)
      kg_strlist_add(&n->aliases, a->labels.v[i].s);
  for (size_t i = 0; i < n->aliases.n; i++)
    if (strcmp(n->aliases.v[i], n->label) == 0) {
      free(n->aliases.v[i]);
      n->aliases.v[i] = n->aliases.v[--n->aliases.n];
      break;
    }
  kg_strlist_sort(&n->aliases);
  kg_strlist_sort(&n->titles);
  kg_strlist_sort(&n->documents);
  if (!n->country) n->country = kg_xstrdup(winner(&a->countries));
  if (!n->subtype) n->subtype = kg_xstrdup(winner(&a->subtypes));
  if (a->n_pos && !n->positions) {
    n->positions = kg_xcalloc(a->n_pos, sizeof *n->positions);
    n->n_positions = a->n_pos;
    for (size_t i = 0; i < a->n_pos; i++) {
      kg_posacc *p = &a->pos[i];
      kg_position *q = &n->positions[i];
      q->title = kg_xstrdup(p->title);
      q->institution = kg_xstrdup(winner(&p->institution));
      q->country = kg_xstrdup(winner(&p->country));
      kg_strlist_sort(&p->dates);
      if (p->dates.n) {
        q->first_seen = kg_xstrdup(p->dates.v[0]);
        q->last_seen = kg_xstrdup(p->dates.v[p->dates.n - 1]);
      }
      for (size_t k = 0; k < p->documents.n; k++)
        kg_strlist_add(&q->documents, p->documents.v[k]);
      kg_strlist_sort(&q->documents);
    }
    /* positions in order of title */
    for (size_t i = 1; i < n->n_positions; i++)
      for (size_t j = i; j > 0 && strcmp(n->positions[j - 1].title,
                                         n->positions[j].title) > 0;
           j--) {
        kg_position t = n->positions[j];
        n->positions[j] = n->positions[j - 1];
        n->positions[j - 1] = t;
      }
  }
}

void kg_graph_finish(kg_graph *g) {
  if (g->finished) return;
  g->finished = 1;
  for (size_t i = 0; i < g->n_nodes; i++) finish_node(&g->nodes[i], &g->nacc[i]);
  for (size_t i = 0; i < g->n_edges; i++) {
    kg_edge *e = &g->edges[i];
    kg_strlist_sort(&e->dates);
    kg_strlist_sort(&e->documents);
    kg_strlist_sort(&e->titles);
    if (e->n_evidence > 1)
      qsort(e->evidence, e->n_evidence, sizeof *e->evidence, cmp_evidence);
    size_t ev = g->eacc[i].events.n;
    if (e->weight == 0)
      e->weight = (double)(e->type == KG_LINK_MET ? (ev ? ev : 1)
                                                  : (e->documents.n ? e->documents.n : 1));
  }
  /* canonical node order: by id */
  size_t n = g->n_nodes;
  id_ix *order = kg_xmalloc((n + 1) * sizeof *order);
  size_t *rank = kg_xmalloc((n + 1) * sizeof *rank);
  for (size_t i = 0; i < n; i++) {
    order[i].id = g->nodes[i].id;
    order[i].ix = i;
  }
  if (n > 1) qsort(order, n, sizeof *order, cmp_id_ix);
  kg_node *nodes = kg_xmalloc((n + 1) * sizeof *nodes);
  for (size_t i = 0; i < n; i++) {
    nodes[i] = g->nodes[order[i].ix];
    rank[order[i].ix] = i;
  }
  free(g->nodes);
  g->nodes = nodes;
  g->cap_nodes = n;
  for (size_t i = 0; i < n; i++) nacc_free(&g->nacc[i]);
  free(g->nacc);
  g->nacc = NULL;
  kg_map_free(g->node_ix);
  g->node_ix = kg_map_new();
  for (size_t i = 0; i < n; i++)
    kg_map_put(g->node_ix, nodes[i].id, strlen(nodes[i].id), i);
  for (size_t i = 0; i < g->n_edges; i++) {
    kg_edge *e = &g->edges[i];
    e->source = rank[e->source];
    e->target = rank[e->target];
    if (e->type == KG_LINK_MET && e->source > e->target) {
      size_t t = e->source;
      e->source = e->target;
      e->target = t;
    }
    kg_strlist_free(&g->eacc[i].events);
  }
  free(g->eacc);
  g->eacc = NULL;
  if (g->n_edges > 1) qsort(g->edges, g->n_edges, sizeof *g->edges, cmp_edge);
  kg_map_free(g->edge_ix);
  g->edge_ix = kg_map_new();
  free(order);
  free(rank);
}

size_t kg_graph_node_count(const kg_graph *g) { return g->n_nodes; }
size_t kg_graph_edge_count(const kg_graph *g) { return g->n_edges; }
const kg_node *kg_graph_node(const kg_graph *g, size_t i) { return &g->nodes[i]; }
const kg_edge *kg_graph_edge(const kg_graph *g, size_t i) { return &g->edges[i]; }
size_t kg_graph_document_count(const kg_graph *g) { return g->n_docs; }

size_t kg_graph_find(const kg_graph *g, const char *id) {
  size_t idx = kg_map_get(g->node_ix, id, strlen(id));
  return idx == KG_MAP_NONE ? (size_t)-1 : idx;
}
