/* layout.c - 2-D coordinates for the graph's nodes with igraph, for viewers
 * that need positions (graphology/sigma.js, Cytoscape presets, graph.html).
 * Fruchterman-Reingold from a fixed seed, then scaled into a box that grows
 * with the node count and rounded to 1/100, so that the same graph gives the
 * same coordinates on every run and the outputs stay byte-identical. */
#include <math.h>

#include <igraph/igraph.h>

#include "graph/internal.h"

/* The seed of the layout: fixed, so that coordinates never depend on time. */
#define KG_LAYOUT_SEED 42

/* Room per node in the output units (about pixels): each node gets a square
 * of this side on average, enough for a label in a viewer at zoom 1. */
#define KG_LAYOUT_UNIT 90.0

static double round2(double v) {
  double r = round(v * 100.0) / 100.0;
  return r == 0 ? 0 : r; /* no negative zero */
}

/* Iterations: the igraph default (500) for small graphs, fewer for large
 * ones where each iteration costs O(n) with the grid and 500 would take
 * minutes; the picture stays readable. */
static igraph_integer_t iterations(size_t n) {
  if (n <= 2000) return 500;
  if (n <= 20000) return 150;
  return 50;
}

kg_status kg_graph_layout(kg_graph *g, kg_error *err) {
  size_t n = g->n_nodes;
  if (n == 0) return KG_OK;
  kg_graph_own_centralities(g); /* the coordinates live there */
  if (n == 1) {
    g->nodes[0].c->x = g->nodes[0].c->y = 0;
    return KG_OK;
  }
  /* igraph's default handlers abort or print: errors come back as codes. */
  igraph_error_handler_t *old_err =
      igraph_set_error_handler(igraph_error_handler_ignore);
  igraph_warning_handler_t *old_warn =
      igraph_set_warning_handler(igraph_warning_handler_ignore);
  kg_status st = KG_OK;
  igraph_t ig;
  igraph_vector_int_t ends;
  igraph_vector_t weights;
  igraph_matrix_t pos;
  int have_graph = 0, have_ends = 0, have_weights = 0, have_pos = 0;
  igraph_error_t rc =
      igraph_vector_int_init(&ends, (igraph_integer_t)(2 * g->n_edges));
  if (rc == IGRAPH_SUCCESS) have_ends = 1;
  if (rc == IGRAPH_SUCCESS) rc = igraph_vector_init(&weights, 0);
  if (rc == IGRAPH_SUCCESS) have_weights = 1;
  size_t m = 0;
  for (size_t i = 0; rc == IGRAPH_SUCCESS && i < g->n_edges; i++) {
    const kg_erec *e = &g->edges[i];
    if (e->source == e->target) continue; /* FR ignores loops anyway */
    VECTOR(ends)[2 * m] = (igraph_integer_t)e->source;
    VECTOR(ends)[2 * m + 1] = (igraph_integer_t)e->target;
    /* Meetings pull people together; every link counts at least once. */
    double w = kg_erec_weight(g, e);
    rc = igraph_vector_push_back(&weights, w >= 1 ? w : 1);
    m++;
  }
  if (rc == IGRAPH_SUCCESS)
    rc = igraph_vector_int_resize(&ends, (igraph_integer_t)(2 * m));
  if (rc == IGRAPH_SUCCESS)
    rc = igraph_create(&ig, &ends, (igraph_integer_t)n, IGRAPH_UNDIRECTED);
  if (rc == IGRAPH_SUCCESS) have_graph = 1;
  if (rc == IGRAPH_SUCCESS) rc = igraph_matrix_init(&pos, 0, 0);
  if (rc == IGRAPH_SUCCESS) have_pos = 1;
  if (rc == IGRAPH_SUCCESS)
    rc = igraph_rng_seed(igraph_rng_default(), KG_LAYOUT_SEED);
  if (rc == IGRAPH_SUCCESS)
    rc = igraph_layout_fruchterman_reingold(
        &ig, &pos, 0, iterations(n), sqrt((double)n), IGRAPH_LAYOUT_AUTOGRID,
        &weights, NULL, NULL, NULL, NULL);
  if (rc != IGRAPH_SUCCESS) {
    st = kg_error_set(err, KG_EINVAL, NULL, 0, "igraph layout failed: %s",
                      igraph_strerror(rc));
  } else {
    double minx = INFINITY, maxx = -INFINITY, miny = INFINITY, maxy = -INFINITY;
    for (size_t i = 0; i < n; i++) {
      double x = MATRIX(pos, i, 0), y = MATRIX(pos, i, 1);
      if (!isfinite(x)) x = 0;
      if (!isfinite(y)) y = 0;
      minx = fmin(minx, x), maxx = fmax(maxx, x);
      miny = fmin(miny, y), maxy = fmax(maxy, y);
    }
    /* One scale for both axes keeps the shape; the larger side becomes
     * KG_LAYOUT_UNIT * sqrt(n), centred on the origin. */
    double span = fmax(maxx - minx, maxy - miny);
    double side = KG_LAYOUT_UNIT * sqrt((double)n);
    double k = span > 0 ? side / span : 0;
    double cx = (minx + maxx) / 2, cy = (miny + maxy) / 2;
    for (size_t i = 0; i < n; i++) {
      double x = MATRIX(pos, i, 0), y = MATRIX(pos, i, 1);
      g->nodes[i].c->x = isfinite(x) ? round2((x - cx) * k) : 0;
      g->nodes[i].c->y = isfinite(y) ? round2((y - cy) * k) : 0;
    }
  }
  if (have_pos) igraph_matrix_destroy(&pos);
  if (have_graph) igraph_destroy(&ig);
  if (have_weights) igraph_vector_destroy(&weights);
  if (have_ends) igraph_vector_int_destroy(&ends);
  igraph_set_error_handler(old_err);
  igraph_set_warning_handler(old_warn);
  return st;
}
