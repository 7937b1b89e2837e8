/* cmd_build.c - kg build: articles (or facts) to the graph and its exports
 * (graph.json, graph.dot + people.dot, graph.graphml, nodes.csv + edges.csv,
 * graph.html, and with --render the diagrams graph.svg/png and
 * people.svg/png), every output written atomically. */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

#include "export/kg_export.h"
#include "graph/kg_graph.h"
#include "src/commands.h"
#include "src/io.h"
#include "src/pipeline.h"

/* ---- build ------------------------------------------------------------------ */

static int graph_sink(kg_facts *f, void *ud) {
  kg_graph_add((kg_graph *)ud, f);
  kg_facts_free(f);
  return 0;
}

typedef kg_status (*writer_fn)(const kg_graph *g, FILE *fp, const void *arg,
                               kg_error *err);

static int write_output(const char *dir, const char *name, writer_fn fn,
                        const kg_graph *g, const void *arg, int quiet) {
  kg_buf path = KG_BUF_INIT;
  kg_buf_printf(&path, "%s/%s", dir, name);
  kg_error err;
  kg_error_clear(&err);
  kg_afile *af = kg_afile_open(path.ptr, &err);
  int rc = 0;
  if (!af) {
    kg_print_error(&err);
    rc = 1;
  } else {
    kg_status st = fn(g, kg_afile_stream(af), arg, &err);
    kg_graph_release_text(g); /* the evidence it read: back to the page cache */
    if (st != KG_OK) {
      if (!err.path[0]) snprintf(err.path, sizeof err.path, "%s", path.ptr);
      kg_print_error(&err);
      kg_afile_abort(af);
      rc = 1;
    } else if (kg_afile_commit(af, &err) != KG_OK) {
      kg_print_error(&err);
      rc = 1;
    } else if (!quiet) {
      printf("kg: wrote %s\n", path.ptr);
    }
  }
  kg_buf_free(&path);
  return rc;
}

/* ---- --timings ------------------------------------------------------------ */

/* Wall and CPU time (all threads) since the last mark. */
typedef struct {
  int on;
  double wall, cpu; /* at the last mark */
} phase_clock;

static double wall_now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

static double cpu_now(void) {
  struct rusage ru;
  getrusage(RUSAGE_SELF, &ru);
  return (double)(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) +
         (ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e6;
}

static void phase_start(phase_clock *c) {
  if (!c->on) return;
  c->wall = wall_now();
  c->cpu = cpu_now();
}

/* Prints the phase that ends now and starts the next. */
static void phase_end(phase_clock *c, const char *what) {
  if (!c->on) return;
  double w = wall_now(), u = cpu_now();
  fprintf(stderr, "kg: time %-16s %8.3f s wall %8.3f s cpu\n", what, w - c->wall,
          u - c->cpu);
  c->wall = w;
  c->cpu = u;
}

/* graph.json's shape and how many threads render it (-j). */
typedef struct json_job {
  kg_json_style style;
  int jobs;
} json_job;

static kg_status w_json(const kg_graph *g, FILE *fp, const void *arg,
                        kg_error *err) {
  const json_job *j = arg;
  return kg_export_json(g, j->style, j->jobs, fp, err);
}

static kg_status w_dot(const kg_graph *g, FILE *fp, const void *arg,
                       kg_error *err) {
  return kg_export_dot(g, *(const int *)arg, fp, err);
}

static kg_status w_graphml(const kg_graph *g, FILE *fp, const void *arg,
                           kg_error *err) {
  KG_UNUSED(arg);
  return kg_export_graphml(g, fp, err);
}

static kg_status w_csv(const kg_graph *g, FILE *fp, const void *arg,
                       kg_error *err) {
  return *(const int *)arg ? kg_export_csv_edges(g, fp, err)
                           : kg_export_csv_nodes(g, fp, err);
}

static kg_status w_html(const kg_graph *g, FILE *fp, const void *arg,
                        kg_error *err) {
  KG_UNUSED(arg);
  return kg_export_html(g, fp, err);
}

/* One diagram to render: which view, which format, which engine. */
typedef struct render_job {
  int people_only;
  kg_render_format fmt;
  const char *engine; /* NULL: by size */
} render_job;

static kg_status w_render(const kg_graph *g, FILE *fp, const void *arg,
                          kg_error *err) {
  const render_job *j = arg;
  return kg_render_graph(g, j->people_only, j->fmt, j->engine, fp, err);
}

/* Is `item` in the comma-separated `list`? A NULL list holds everything. */
static int in_list(const char *list, const char *item) {
  if (!list) return 1;
  size_t n = strlen(item);
  for (const char *p = list; *p;) {
    const char *c = strchr(p, ',');
    size_t len = c ? (size_t)(c - p) : strlen(p);
    if (len == n && !strncmp(p, item, n)) return 1;
    if (!c) break;
    p = c + 1;
  }
  return 0;
}

/* Every item of `list` must be one of `known`; else a usage error naming
 * `what` (exit 2). An empty list is allowed: no item. */
static int check_list(const char *list, const char *const *known, const char *what) {
  if (!list) return 0;
  for (const char *p = list; *p;) {
    const char *c = strchr(p, ',');
    size_t len = c ? (size_t)(c - p) : strlen(p);
    int ok = 0;
    for (int i = 0; known[i]; i++)
      if (strlen(known[i]) == len && !strncmp(known[i], p, len)) ok = 1;
    if (!ok) {
      fprintf(stderr, "kg: unknown %s '%.*s' (", what, (int)len, p);
      for (int i = 0; known[i]; i++) fprintf(stderr, "%s%s", i ? ", " : "", known[i]);
      fprintf(stderr, ")\nTry 'kg --help'.\n");
      return 2;
    }
    if (!c) break;
    p = c + 1;
  }
  return 0;
}

static const char *const known_formats[] = {"json", "dot", "graphml", "csv", "html", NULL};
static const char *const known_renders[] = {"svg", "png", NULL};

int kg_cmd_build(const kg_args *a) {
  int jobs, rc = kg_cmd_parse_jobs(a, &jobs);
  if (rc) return rc;
  const char *style_name = kg_cli_get(a, "json-style");
  kg_json_style style = KG_JSON_NODE_LINK;
  if (style_name && kg_json_style_parse(style_name, &style) != 0) {
    fprintf(stderr, "kg: unknown JSON style '%s' (node-link, cytoscape, "
            "graphology)\nTry 'kg --help'.\n", style_name);
    return 2;
  }
  const char *formats = kg_cli_get(a, "formats");
  if ((rc = check_list(formats, known_formats, "format")) != 0) return rc;
  const char *renders = kg_cli_get(a, "render");
  if ((rc = check_list(renders, known_renders, "render format")) != 0) return rc;
  const char *engine = kg_cli_get(a, "layout");
  if (engine && !kg_render_engine_valid(engine)) {
    fprintf(stderr, "kg: unknown layout '%s' (dot, neato, fdp, sfdp, circo, "
            "twopi, osage, patchwork)\nTry 'kg --help'.\n", engine);
    return 2;
  }
  const char *dir = kg_cli_get(a, "output");
  if (!dir) dir = "out";
  int quiet = kg_cli_get(a, "quiet") != NULL;
  kg_lexicon *lex = NULL;
  int facts = kg_cli_get(a, "facts") != NULL;
  if (!facts && kg_cmd_load_lexicon(a, &lex) != 0) return 1;
  kg_error err;
  kg_error_clear(&err);
  if (kg_mkdir_p(dir, &err) != KG_OK) {
    kg_print_error(&err);
    kg_lexicon_free(lex);
    return 1;
  }
  phase_clock clk = {kg_cli_get(a, "timings") != NULL, 0, 0};
  phase_start(&clk);
  kg_graph *g = kg_graph_new();
  kg_pipeline_opts po = {lex, jobs, quiet, facts, stderr};
  kg_pipeline_stats ps;
  kg_pipeline_run(&po, a->paths, a->n_paths, graph_sink, g, &ps);
  kg_lexicon_free(lex); /* not needed past extraction (some 25 MB) */
  phase_end(&clk, facts ? "read+merge" : "read+extract+merge");
  kg_graph_finish(g);
  phase_end(&clk, "finish");
  rc = ps.failures ? 1 : 0;
  if (!kg_cli_get(a, "no-analytics")) {
    kg_analyze_opts ao = kg_analyze_defaults();
    if (kg_graph_analyze(g, &ao, &err) != KG_OK) {
      kg_print_error(&err);
      rc = 1;
    }
    phase_end(&clk, "analytics");
  }
  /* Coordinates for the outputs that carry them (graphology, Cytoscape
   * presets, GraphML for Gephi and yEd, CSV, the viewer). */
  int json = in_list(formats, "json");
  if ((json && style != KG_JSON_NODE_LINK) || in_list(formats, "graphml") ||
      in_list(formats, "csv") || in_list(formats, "html")) {
    if (kg_graph_layout(g, &err) != KG_OK) {
      kg_print_error(&err);
      rc = 1;
    }
    phase_end(&clk, "layout");
  }
  static const int all = 0, people = 1, nodes = 0, edges = 1;
  json_job jj = {style, jobs};
  if (json) {
    rc |= write_output(dir, "graph.json", w_json, g, &jj, quiet);
    phase_end(&clk, "graph.json");
  }
  if (in_list(formats, "dot")) {
    rc |= write_output(dir, "graph.dot", w_dot, g, &all, quiet);
    rc |= write_output(dir, "people.dot", w_dot, g, &people, quiet);
    phase_end(&clk, "graph/people.dot");
  }
  if (in_list(formats, "graphml")) {
    rc |= write_output(dir, "graph.graphml", w_graphml, g, NULL, quiet);
    phase_end(&clk, "graph.graphml");
  }
  if (in_list(formats, "csv")) {
    rc |= write_output(dir, "nodes.csv", w_csv, g, &nodes, quiet);
    rc |= write_output(dir, "edges.csv", w_csv, g, &edges, quiet);
    phase_end(&clk, "nodes/edges.csv");
  }
  if (in_list(formats, "html")) {
    rc |= write_output(dir, "graph.html", w_html, g, NULL, quiet);
    phase_end(&clk, "graph.html");
  }
  for (int i = 0; renders && known_renders[i]; i++) {
    if (!in_list(renders, known_renders[i])) continue;
    render_job job = {0, KG_RENDER_SVG, engine};
    kg_render_format_parse(known_renders[i], &job.fmt);
    char name[32];
    snprintf(name, sizeof name, "graph.%s", known_renders[i]);
    rc |= write_output(dir, name, w_render, g, &job, quiet);
    phase_end(&clk, name);
    job.people_only = 1;
    snprintf(name, sizeof name, "people.%s", known_renders[i]);
    rc |= write_output(dir, name, w_render, g, &job, quiet);
    phase_end(&clk, name);
  }
  if (!quiet) {
    size_t persons = 0, met = 0;
    kg_edge_buf eb;
    for (size_t i = 0; i < kg_graph_node_count(g); i++)
      persons += kg_graph_node(g, i)->type == KG_PERSON;
    for (size_t i = 0; i < kg_graph_edge_count(g); i++)
      met += kg_graph_edge(g, i, &eb)->type == KG_LINK_MET;
    fprintf(stderr, "kg: %zu documents, %zu nodes (%zu people), %zu links (%zu met)%s\n",
            ps.documents, kg_graph_node_count(g), persons, kg_graph_edge_count(g),
            met, ps.failures ? "; some inputs failed (see above)" : "");
  }
  kg_graph_free(g);
  return rc;
}

