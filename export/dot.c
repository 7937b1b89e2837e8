/* dot.c - the graph as Graphviz DOT, built with cgraph (written by agwrite,
 * laid out and rendered by render.c). Node shape and fill follow the node
 * type, the outline (and, in the people view, a cluster) the country, the
 * size a centrality; met links get wider with more meetings; tooltips carry
 * titles, dates, sources and a supporting sentence.
 *
 * Escaping: cgraph quotes names and values and escapes '"', but (Graphviz
 * 2.43) writes backslashes as they are, so a value ending in an odd run of
 * backslashes would escape its closing quote. Every backslash given to
 * cgraph is therefore doubled: in labels and tooltips (escString) "\\" is a
 * literal backslash, which also keeps "\N", "\G", "\l" from being expanded;
 * in names and other values the doubled form is what a reader sees. Line
 * breaks in labels and tooltips become "\n"; other control characters
 * become spaces. */
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <graphviz/cgraph.h>

#include "export/internal.h"
#include "src/map.h"

/* Above this many nodes the whole-graph view drops spline routing, whose
 * cost grows fast with the node count (render.c picks sfdp there too). */
#define KG_DOT_SMALL KG_RENDER_SMALL

/* Bytes of a supporting sentence shown in a tooltip. */
#define KG_TIP_SENTENCE 240

/* Characters per label line. */
#define KG_LABEL_WIDTH 28

/* Documents named in a tooltip before "(+N more)". */
#define KG_TIP_DOCS 5

static const char *shape_of(kg_ent_type t) {
  switch (t) {
  case KG_PERSON:
    return "ellipse";
  case KG_INSTITUTION:
    return "box";
  case KG_COUNTRY:
    return "hexagon";
  case KG_PLACE:
    return "house";
  case KG_EVENT:
    return "diamond";
  default:
    return "ellipse";
  }
}

static const char *fill_of(kg_ent_type t) {
  switch (t) {
  case KG_PERSON:
    return "#cfe2ff";
  case KG_INSTITUTION:
    return "#d1e7dd";
  case KG_COUNTRY:
    return "#fff3cd";
  case KG_PLACE:
    return "#f8d7da";
  case KG_EVENT:
    return "#e2d9f3";
  default:
    return "#ffffff";
  }
}

/* Country colours (Tableau 10 and two more), given to the countries in
 * order of how many nodes they have; the rest share grey. */
static const char *const palette[] = {
    "#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948",
    "#b07aa1", "#ff9da7", "#9c755f", "#17becf", "#bcbd22", "#8c564b"};
/* The same colours, light, for cluster backgrounds. */
static const char *const palette_light[] = {
    "#edf2f8", "#fef3e9", "#fceeee", "#f1f8f7", "#eef6ed", "#fdfaed",
    "#f7f1f6", "#fff5f6", "#f5f1ef", "#e8f8fa", "#f8f8e9", "#f4eeed"};
#define KG_NO_COUNTRY_COLOR "#7f7f7f"

/* Append the `n` bytes at `s` for an escString attribute (label, tooltip).
 * `s` is valid UTF-8, so a lead byte's continuation bytes are within the
 * `n`. Runs of bytes that need nothing are copied whole. */
static void esc_append_n(kg_buf *b, const char *s, size_t n) {
  const unsigned char *u = (const unsigned char *)s, *end = u + n;
  while (u < end) {
    const unsigned char *run = u;
    while (u < end && *u >= 0x20 && *u != 0x7f && *u != '\\' && *u != 0xe2 &&
           *u != 0xc2)
      u++;
    kg_buf_append(b, (const char *)run, (size_t)(u - run));
    if (u == end) break;
    unsigned char c = *u;
    if (c == '\\')
      kg_buf_puts(b, "\\\\");
    else if (c == '\n')
      kg_buf_puts(b, "\\n");
    /* U+2028, U+2029 and U+0085 break lines too (Pango draws them so) */
    else if (c == 0xe2 && end - u > 2 && u[1] == 0x80 &&
             (u[2] == 0xa8 || u[2] == 0xa9)) {
      kg_buf_puts(b, "\\n");
      u += 2;
    } else if (c == 0xc2 && end - u > 1 && u[1] == 0x85) {
      kg_buf_puts(b, "\\n");
      u += 1;
    } else if (c < 0x20 || c == 0x7f) {
      kg_buf_putc(b, ' ');
    } else {
      kg_buf_putc(b, (char)c);
    }
    u++;
  }
}

static void esc_append(kg_buf *b, const char *s) {
  esc_append_n(b, s, strlen(s));
}

/* Append at most `max` bytes of `s` (cut at a character boundary, with
 * "..." when cut) for an escString attribute. */
static void esc_append_cut(kg_buf *b, const char *s, size_t max) {
  size_t n = strlen(s);
  if (n <= max) {
    esc_append_n(b, s, n);
    return;
  }
  while (max > 0 && ((unsigned char)s[max] & 0xc0) == 0x80)
    max--;
  esc_append_n(b, s, max);
  kg_buf_puts(b, "...");
}

/* Append `s` for a label, broken into lines of about `width` characters at
 * spaces, so that long titles do not make huge nodes. */
static void esc_append_wrapped(kg_buf *b, const char *s, size_t width) {
  size_t line = 0;
  while (*s) {
    size_t wlen = strcspn(s, " "), wchars = 0;
    for (size_t k = 0; k < wlen; k++)
      wchars += ((unsigned char)s[k] & 0xc0) != 0x80;
    if (line && line + 1 + wchars > width) {
      kg_buf_puts(b, "\\n");
      line = 0;
    } else if (line) {
      kg_buf_putc(b, ' ');
      line++;
    }
    esc_append_n(b, s, wlen);
    line += wchars;
    s += wlen;
    while (*s == ' ')
      s++;
  }
}

/* A name or plain value: backslashes doubled (see the top of the file). */
static char *plain(const char *s) {
  kg_buf b = KG_BUF_INIT;
  for (; *s; s++) {
    if (*s == '\\') kg_buf_putc(&b, '\\');
    kg_buf_putc(&b, *s);
  }
  return kg_buf_detach(&b);
}

static void set(void *obj, const char *k, const char *v) {
  agsafeset(obj, (char *)k, (char *)v, "");
}

/* The attribute symbols of nodes and edges, by the address of their name
 * (a string literal of this file): agsafeset looks an attribute up by name
 * in a dictionary on every call, ten times a node. The first set of an
 * attribute declares it through agsafeset, as before, so attributes are
 * declared, and written, in the same order. */
typedef struct dot_syms {
  const char *name[24];
  int kind[24];
  Agsym_t *sym[24];
  int n;
} dot_syms;

static void oset(dot_syms *S, void *obj, const char *k, const char *v) {
  int kind = AGTYPE(obj);
  for (int i = 0; i < S->n; i++)
    if (S->name[i] == k && S->kind[i] == kind) {
      agxset(obj, S->sym[i], (char *)v);
      return;
    }
  agsafeset(obj, (char *)k, (char *)v, "");
  if (S->n < 24) {
    S->name[S->n] = k;
    S->kind[S->n] = kind;
    S->sym[S->n++] = agattr(agraphof(obj), kind, (char *)k, NULL);
  }
}

static void set_plain(dot_syms *S, void *obj, const char *k, const char *v) {
  char *p = plain(v);
  oset(S, obj, k, p);
  free(p);
}

static void set_num(dot_syms *S, void *obj, const char *k, double v) {
  char buf[64];
  kg_fmt_num(buf, sizeof buf, round(v * 100) / 100);
  oset(S, obj, k, buf);
}

static void add_docs(kg_buf *tip, const kg_strlist *docs) {
  if (!docs->n) return;
  kg_buf_puts(tip, docs->n == 1 ? "\\nSource: " : "\\nSources: ");
  for (size_t k = 0; k < docs->n && k < KG_TIP_DOCS; k++) {
    if (k) kg_buf_puts(tip, ", ");
    esc_append(tip, docs->v[k]);
  }
  if (docs->n > KG_TIP_DOCS)
    kg_buf_printf(tip, " (+%zu more)", (size_t)docs->n - KG_TIP_DOCS);
}

/* ---- object ids
 * --------------------------------------------------------------- cgraph's
 * default id discipline uses the address of a name's string as its id, and
 * keeps subgraphs in id order, so the order in which clusters are written (by
 * agwrite and by the renderers) followed heap addresses and changed between
 * runs. Here ids follow the order in which names are first seen, which is the
 * same on every run. */

struct dot_arena;

typedef struct id_state {
  struct dot_arena *arena; /* the graph's arena, or NULL */
  Agraph_t *root;
  kg_map *ix;   /* name -> index into names */
  char **names; /* cgraph strings of the root graph: agwrite looks for its
                   HTML-string mark before them, so they must be agstrdup's */
  size_t n, cap;
  IDTYPE anon; /* odd ids for anonymous objects, as cgraph's own */
} id_state;

static void arena_owns_ids(Agdisc_t *disc, id_state *st);

static void *id_open(Agraph_t *g, Agdisc_t *disc) {
  id_state *st = kg_xcalloc(1, sizeof *st);
  st->root = g;
  st->ix = kg_map_new();
  st->anon = 1;
  arena_owns_ids(disc, st);
  return st;
}

static long id_map(void *state, int objtype, char *str, IDTYPE *id,
                   int createflag) {
  KG_UNUSED(objtype);
  id_state *st = state;
  if (!str) {
    *id = st->anon;
    st->anon += 2;
    return 1;
  }
  size_t len = strlen(str), i = kg_map_get(st->ix, str, len);
  if (i == KG_MAP_NONE) {
    if (!createflag) return 0;
    KG_GROW(st->names, st->cap, st->n + 1);
    i = st->n++;
    st->names[i] = agstrdup(st->root, str);
    kg_map_put(st->ix, str, len, i);
  }
  *id = (IDTYPE)(2 * (i + 1)); /* even: named */
  return 1;
}

static long id_alloc(void *state, int objtype, IDTYPE request) {
  KG_UNUSED(state);
  KG_UNUSED(objtype);
  KG_UNUSED(request);
  return 0;
}

/* Names stay until the graph closes: an id is never reused for another. */
static void id_free(void *state, int objtype, IDTYPE id) {
  KG_UNUSED(state);
  KG_UNUSED(objtype);
  KG_UNUSED(id);
}

static char *id_print(void *state, int objtype, IDTYPE id) {
  KG_UNUSED(objtype);
  id_state *st = state;
  if (id % 2 || id == 0 || id / 2 > st->n) return NULL;
  return st->names[id / 2 - 1];
}

/* The names themselves go with the graph's strings (agclose frees them
 * after this). */
static void ids_free(id_state *st) {
  free(st->names);
  kg_map_free(st->ix);
  free(st);
}

static void id_close(void *state) {
  ids_free(state);
}

static void id_register(void *state, int objtype, void *obj) {
  KG_UNUSED(state);
  KG_UNUSED(objtype);
  KG_UNUSED(obj);
}

Agiddisc_t kg_dot_iddisc = {id_open,  id_map,   id_alloc,   id_free,
                            id_print, id_close, id_register};

/* ---- memory ------------------------------------------------------------------
 * cgraph takes every node, edge, attribute record and string of a graph
 * from its memory discipline. With the default one, agclose deletes the
 * objects one by one (dictionary deletes, a string unreferenced per
 * attribute): a quarter of writing graph.dot. A discipline that can close
 * makes agclose free the whole heap at once, so kg_dot_build's graphs live
 * in an arena: chunks that are only bumped, zeroed as cgraph expects, and
 * freed together. cgraph resizes few blocks (its dictionaries are trees);
 * a freed block stays until the graph closes. The fast agclose does not
 * close the id discipline, so the arena frees the ids too. */
typedef struct dot_chunk {
  struct dot_chunk *next;
  size_t size, used;
  _Alignas(16) unsigned char data[];
} dot_chunk;

typedef struct dot_arena {
  dot_chunk *head;
  void *last;      /* the latest block, which may grow in place */
  id_state *ids;   /* the graph's ids, freed with it */
} dot_arena;

/* The discipline kg_dot_build passes: Agdisc_t first, so that id_open,
 * given it, finds the arena. */
typedef struct dot_disc {
  Agdisc_t disc;
  dot_arena *arena;
} dot_disc;

static Agmemdisc_t dot_memdisc;

static void arena_owns_ids(Agdisc_t *disc, id_state *st) {
  if (!disc || disc->mem != &dot_memdisc) return;
  dot_arena *a = ((dot_disc *)disc)->arena;
  a->ids = st;
  st->arena = a;
}

static void *mem_open(Agdisc_t *disc) {
  dot_arena *a = kg_xcalloc(1, sizeof *a);
  ((dot_disc *)disc)->arena = a;
  return a;
}

static void *mem_alloc(void *state, size_t req) {
  dot_arena *a = state;
  size_t need = (req + 15) & ~(size_t)15;
  dot_chunk *c = a->head;
  if (!c || c->size - c->used < need) {
    size_t size = need > (1u << 20) ? need : (1u << 20);
    c = kg_xcalloc(1, sizeof *c + size);
    c->size = size;
    c->next = a->head;
    a->head = c;
  }
  void *p = c->data + c->used;
  c->used += need;
  a->last = p;
  return p;
}

static void *mem_resize(void *state, void *ptr, size_t old, size_t req) {
  dot_arena *a = state;
  dot_chunk *c = a->head;
  if (ptr && ptr == a->last) { /* the latest block: grow it where it is */
    size_t at = (size_t)((unsigned char *)ptr - c->data);
    size_t need = (req + 15) & ~(size_t)15;
    if (need <= c->size - at) {
      if (req < old) memset((unsigned char *)ptr + req, 0, old - req);
      c->used = at + need;
      return ptr;
    }
  }
  void *p = mem_alloc(state, req);
  if (ptr) memcpy(p, ptr, old < req ? old : req);
  return p;
}

static void mem_free(void *state, void *ptr) {
  KG_UNUSED(state);
  KG_UNUSED(ptr);
}

static void mem_close(void *state) {
  dot_arena *a = state;
  for (dot_chunk *c = a->head, *next; c; c = next) {
    next = c->next;
    free(c);
  }
  if (a->ids) ids_free(a->ids);
  free(a);
}

static Agmemdisc_t dot_memdisc = {mem_open, mem_alloc, mem_resize, mem_free, mem_close};

/* cdt takes each dictionary's header (its Dt_t) from malloc, whatever the
 * discipline, and the fast agclose closes no dictionary: the headers would
 * leak. So the dictionaries of the graph, of each subgraph and of their
 * attribute declarations, and the root's string and internal-name ones,
 * are collected before the close and their headers freed after it (what
 * the headers point to lived in the arena). */
typedef struct dict_list {
  Dict_t **v;
  size_t n, cap;
} dict_list;

static void dict_add(dict_list *l, Dict_t *d) {
  if (!d) return;
  KG_GROW(l->v, l->cap, l->n + 1);
  l->v[l->n++] = d;
}

static void dicts_of(Agraph_t *g, dict_list *l) {
  dict_add(l, g->n_seq);
  dict_add(l, g->n_id);
  dict_add(l, g->e_seq);
  dict_add(l, g->e_id);
  dict_add(l, g->g_dict);
  Agdatadict_t *dd = (Agdatadict_t *)aggetrec(g, "_AG_datadict", 0);
  if (dd) {
    dict_add(l, dd->dict.n);
    dict_add(l, dd->dict.e);
    dict_add(l, dd->dict.g);
  }
  for (Agraph_t *sub = agfstsubg(g); sub; sub = agnxtsubg(sub))
    dicts_of(sub, l);
}

void kg_dot_close(Agraph_t *G) {
  if (!G) return;
  if (G->clos->disc.mem != &dot_memdisc) {
    agclose(G);
    return;
  }
  dict_list l = {NULL, 0, 0};
  dicts_of(G, &l);
  Agclos_t *c = G->clos;
  dict_add(&l, c->strdict);
  for (int k = 0; k < 3; k++) {
    dict_add(&l, c->lookup_by_name[k]);
    dict_add(&l, c->lookup_by_id[k]);
  }
  agclose(G);
  for (size_t i = 0; i < l.n; i++) free(l.v[i]);
  free(l.v);
}

/* ---- countries -------------------------------------------------------------
 */

typedef struct country {
  const char *name;
  size_t count;
  int color; /* index into palette, or -1 */
  Agraph_t *cluster;
} country;

static int cmp_country(const void *a, const void *b) {
  const country *x = a, *y = b;
  if (x->count != y->count) return x->count < y->count ? 1 : -1;
  return strcmp(x->name, y->name);
}

static int cmp_country_name(const void *a, const void *b) {
  return strcmp(((const country *)a)->name, ((const country *)b)->name);
}

/* The country a node belongs to: its own for people and institutions, its
 * name for a country node. */
static const char *country_of(const kg_node *x) {
  if (x->type == KG_COUNTRY) return x->label;
  return x->country;
}

static country *find_country(country *cs, size_t n, const char *name) {
  if (!name) return NULL;
  country key = {name, 0, -1, NULL};
  return bsearch(&key, cs, n, sizeof *cs, cmp_country_name);
}

/* The countries of the nodes in view, sorted by name, with colours given
 * by size. */
static country *collect_countries(const kg_graph *g, const char *keep,
                                  size_t *count) {
  size_t n = kg_graph_node_count(g), nc = 0;
  country *cs = kg_xcalloc(n + 1, sizeof *cs);
  for (size_t i = 0; i < n; i++) {
    const kg_node *x = kg_graph_node(g, i);
    if (!keep[i]) continue;
    const char *c = country_of(x);
    if (!c) continue;
    size_t k;
    for (k = 0; k < nc; k++)
      if (!strcmp(cs[k].name, c)) break;
    if (k == nc) cs[nc++] = (country){c, 0, -1, NULL};
    cs[k].count++;
  }
  qsort(cs, nc, sizeof *cs, cmp_country);
  for (size_t k = 0; k < nc; k++)
    cs[k].color = k < KG_ARRAY_LEN(palette) ? (int)k : -1;
  qsort(cs, nc, sizeof *cs, cmp_country_name);
  *count = nc;
  return cs;
}

/* ---- the graph -------------------------------------------------------------
 */

/* A link of the people view: two different people who met. */
static int met_between_people(const kg_graph *g, const kg_edge *e) {
  return e->type == KG_LINK_MET && e->source != e->target &&
         kg_graph_node(g, e->source)->type == KG_PERSON &&
         kg_graph_node(g, e->target)->type == KG_PERSON;
}

static void node_tooltip(kg_buf *tip, const kg_node *x) {
  esc_append(tip, x->label);
  kg_buf_printf(tip, " (%s)", kg_ent_type_name(x->type));
  for (size_t k = 0; k < x->profile->n_positions; k++) {
    const kg_position *p = &x->profile->positions[k];
    kg_buf_puts(tip, "\\n");
    esc_append(tip, p->title);
    if (p->institution) {
      kg_buf_puts(tip, ", ");
      esc_append(tip, p->institution);
    }
    if (p->first_seen && p->last_seen && strcmp(p->first_seen, p->last_seen))
      kg_buf_printf(tip, " (%s to %s)", p->first_seen, p->last_seen);
    else if (p->first_seen)
      kg_buf_printf(tip, " (%s)", p->first_seen);
  }
  if (!x->profile->n_positions)
    for (size_t k = 0; k < x->profile->titles.n; k++) {
      kg_buf_puts(tip, "\\n");
      esc_append(tip, x->profile->titles.v[k]);
    }
  if (x->country && x->type != KG_COUNTRY) {
    kg_buf_puts(tip, "\\nCountry: ");
    esc_append(tip, x->country);
  }
  if (x->date) {
    kg_buf_puts(tip, "\\nDate: ");
    esc_append(tip, x->date);
  }
  if (x->place) {
    kg_buf_puts(tip, "\\nPlace: ");
    esc_append(tip, x->place);
  }
  add_docs(tip, &x->documents);
}

static void edge_tooltip(kg_buf *tip, const kg_graph *g, const kg_edge *e) {
  esc_append(tip, kg_graph_node(g, e->source)->label);
  if (e->type == KG_LINK_MET) {
    kg_buf_puts(tip, " met ");
    esc_append(tip, kg_graph_node(g, e->target)->label);
    long w = lround(e->weight);
    if (w > 1) kg_buf_printf(tip, " (%ld times)", w);
  } else {
    kg_buf_printf(tip, " %s ", kg_link_type_name(e->type));
    esc_append(tip, kg_graph_node(g, e->target)->label);
  }
  if (e->titles.n) {
    kg_buf_puts(tip, "\\nAs: ");
    for (size_t k = 0; k < e->titles.n; k++) {
      if (k) kg_buf_puts(tip, "; ");
      esc_append(tip, e->titles.v[k]);
    }
  }
  if (e->dates.n) {
    kg_buf_puts(tip, e->dates.n == 1 ? "\\nDate: " : "\\nDates: ");
    for (size_t k = 0; k < e->dates.n; k++) {
      if (k) kg_buf_puts(tip, ", ");
      esc_append(tip, e->dates.v[k]);
    }
  }
  add_docs(tip, &e->documents);
  if (e->n_evidence) {
    kg_buf_puts(tip, "\\n\\n\"");
    esc_append_cut(tip, e->evidence[0].text, KG_TIP_SENTENCE);
    kg_buf_puts(tip, "\"");
  }
}

static void graph_attrs(Agraph_t *G, const kg_graph *g, int people_only,
                        size_t shown, size_t links, size_t hidden) {
  const char *font = "Helvetica,Arial,sans-serif";
  agattr(G, AGRAPH, "fontname", (char *)font);
  agattr(G, AGNODE, "fontname", (char *)font);
  agattr(G, AGEDGE, "fontname", (char *)font);
  agattr(G, AGNODE, "style", "filled");
  agattr(G, AGNODE, "penwidth", "1.5");
  agattr(G, AGEDGE, "fontsize", "9");
  set(G, "outputorder", "edgesfirst");
  set(G, "overlap", "false");
  set(G, "pad", "0.3");
  set(G, "nodesep", "0.35");
  set(G, "ranksep", "0.6");
  set(G, "rankdir", "LR");
  /* spline routing is what makes large graphs slow to render */
  set(G, "splines", shown <= KG_DOT_SMALL ? "true" : "false");
  kg_buf title = KG_BUF_INIT;
  if (people_only) {
    kg_buf_printf(&title,
                  "Who met whom: %zu people, %zu met links, %zu documents",
                  shown, links, kg_graph_document_count(g));
    if (hidden)
      kg_buf_printf(&title, " (%zu %s without a meeting not shown)", hidden,
                    hidden == 1 ? "person" : "people");
  } else
    kg_buf_printf(&title, "%zu nodes, %zu links, %zu documents", shown, links,
                  kg_graph_document_count(g));
  set(G, "label", title.ptr);
  kg_buf_free(&title);
  set(G, "labelloc", "t");
  set(G, "fontsize", "16");
}

Agraph_t *kg_dot_build(const kg_graph *g, int people_only, Agiodisc_t *io) {
  dot_disc disc = {{&dot_memdisc, &kg_dot_iddisc, io}, NULL};
  Agraph_t *G = agopen(people_only ? "people" : "kg", Agundirected, &disc.disc);
  if (!G) return NULL;
  /* The nodes shown: all, or the people who met someone (a who-met-whom
   * diagram has nothing to say about the others, which only crowd it). */
  size_t n = kg_graph_node_count(g), shown = 0, links = 0, hidden = 0;
  char *keep = kg_xcalloc(n + 1, 1);
  for (size_t i = 0; i < kg_graph_edge_count(g); i++) {
    kg_edge_buf eb;
    const kg_edge *e = kg_graph_edge(g, i, &eb);
    if (!people_only) {
      links++;
    } else if (met_between_people(g, e)) {
      keep[e->source] = keep[e->target] = 1;
      links++;
    }
  }
  for (size_t i = 0; i < n; i++) {
    const kg_node *x = kg_graph_node(g, i);
    if (!people_only) keep[i] = 1;
    hidden += people_only && x->type == KG_PERSON && !keep[i];
    shown += keep[i];
  }
  graph_attrs(G, g, people_only, shown, links, hidden);

  size_t nc;
  country *cs = collect_countries(g, keep, &nc);
  /* Clusters only in the people view, where each country's delegation
   * reads as a box; in the whole graph the country nodes themselves do. */
  if (people_only)
    for (size_t k = 0; k < nc; k++) {
      char name[32];
      snprintf(name, sizeof name, "cluster_%zu", k);
      Agraph_t *sub = agsubg(G, name, 1);
      cs[k].cluster = sub;
      kg_buf lab = KG_BUF_INIT;
      esc_append(&lab, cs[k].name);
      set(sub, "label", lab.ptr);
      kg_buf_free(&lab);
      set(sub, "style", "rounded,filled");
      set(sub, "color",
          cs[k].color >= 0 ? palette[cs[k].color] : KG_NO_COUNTRY_COLOR);
      set(sub, "fillcolor",
          cs[k].color >= 0 ? palette_light[cs[k].color] : "#f4f4f4");
      set(sub, "fontsize", "12");
      set(sub, "labeljust", "l");
    }

  dot_syms S = {{0}, {0}, {0}, 0};
  double *size = kg_node_sizes(g, people_only);
  Agnode_t **vn = kg_xcalloc(n + 1, sizeof *vn);
  kg_buf label = KG_BUF_INIT, tip = KG_BUF_INIT; /* reused by every object */
  for (size_t i = 0; i < n; i++) {
    const kg_node *x = kg_graph_node(g, i);
    if (!keep[i]) continue;
    char *name = plain(x->id);
    Agnode_t *v = agnode(G, name, 1);
    free(name);
    vn[i] = v;
    country *c = find_country(cs, nc, country_of(x));
    if (c && c->cluster) agsubnode(c->cluster, v, 1);

    kg_buf_reset(&label);
    esc_append_wrapped(&label, x->label, KG_LABEL_WIDTH);
    const char *title = kg_node_main_title(x);
    if (title) {
      kg_buf_puts(&label, "\\n");
      esc_append_wrapped(&label, title, KG_LABEL_WIDTH);
    }
    oset(&S, v, "label", label.ptr);
    oset(&S, v, "shape", shape_of(x->type));
    oset(&S, v, "fillcolor", fill_of(x->type));
    oset(&S, v, "color",
        c && c->color >= 0 ? palette[c->color] : KG_NO_COUNTRY_COLOR);
    set_num(&S, v, "fontsize", 10 + 8 * size[i]);
    set_num(&S, v, "width", 0.6 + 0.9 * size[i]);
    set_num(&S, v, "height", 0.35 + 0.45 * size[i]);
    oset(&S, v, "kind", kg_ent_type_name(x->type));
    if (x->country) set_plain(&S, v, "country", x->country);
    kg_buf_reset(&tip);
    node_tooltip(&tip, x);
    oset(&S, v, "tooltip", tip.ptr);
  }
  free(size);

  char buf[64];
  for (size_t i = 0; i < kg_graph_edge_count(g); i++) {
    kg_edge_buf eb;
    const kg_edge *e = kg_graph_edge(g, i, &eb);
    if (people_only && !met_between_people(g, e)) continue;
    snprintf(buf, sizeof buf, "e%zu", i);
    Agedge_t *a = agedge(G, vn[e->source], vn[e->target], buf, 1);
    oset(&S, a, "kind", kg_link_type_name(e->type));
    long w = lround(e->weight);
    if (w < 1) w = 1;
    /* dot wants an integer weight: more meetings, shorter edges */
    snprintf(buf, sizeof buf, "%ld", w);
    oset(&S, a, "weight", buf);
    if (e->type == KG_LINK_MET) {
      set_num(&S, a, "penwidth", fmin(1.2 + 1.8 * log2((double)w), 8.0));
      oset(&S, a, "color", "#1f4e9c");
      if (w > 1) {
        snprintf(buf, sizeof buf, "%ld", w);
        oset(&S, a, "label", buf);
      }
    } else {
      oset(&S, a, "style", "dashed");
      oset(&S, a, "color", "#9a9a9a");
    }
    kg_buf_reset(&tip);
    edge_tooltip(&tip, g, e);
    oset(&S, a, "tooltip", tip.ptr);
  }
  kg_buf_free(&label);
  kg_buf_free(&tip);
  free(vn);
  free(keep);
  free(cs);
  return G;
}

static int write_cb(void *chan, const char *str) {
  return fputs(str, (FILE *)chan) == EOF ? EOF : 0;
}

static int flush_cb(void *chan) {
  return fflush((FILE *)chan);
}

kg_status kg_export_dot(const kg_graph *g, int people_only, FILE *out,
                        kg_error *err) {
  Agiodisc_t io = {NULL, write_cb, flush_cb};
  Agraph_t *G = kg_dot_build(g, people_only, &io);
  if (!G)
    return kg_error_set(err, KG_EIO, NULL, 0, "cgraph: cannot create graph");
  errno = 0;
  int rc = agwrite(G, out);
  int e = errno; /* of the failed write, before the close */
  kg_dot_close(G);
  if (rc != 0 || ferror(out))
    return kg_error_set(err, KG_EIO, NULL, 0, "cannot write DOT: %s",
                        strerror(e ? e : EIO));
  return KG_OK;
}
