/* cmd_build.c - kg build: articles (or facts) to the graph and its exports
 * (graph.json, graph.dot + people.dot, graph.graphml, nodes.csv + edges.csv,
 * graph.html, and with --render the diagrams graph.svg/png and
 * people.svg/png), every output written atomically. */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <pthread.h>
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

/* One output file: what writes it and, once written, how it went. The
 * writing prints nothing, so that outputs written on two threads still
 * report in a fixed order. */
typedef struct out_job {
  char name[32];    /* file name in the output directory */
  writer_fn fn;
  const void *arg;
  int cgraph;        /* written through cgraph/gvc, which keep global state:
                        such outputs are written one at a time */
  const char *phase; /* --timings: the phase this output ends, or NULL */
  /* results */
  char *path;
  int rc;      /* 0 written, 1 failed (err says why) */
  kg_error err;
  double wall, cpu; /* --timings: of the phase ending here (see write_group) */
} out_job;

static void write_output(const char *dir, out_job *j, const kg_graph *g) {
  kg_buf path = KG_BUF_INIT;
  kg_buf_printf(&path, "%s/%s", dir, j->name);
  j->path = kg_buf_detach(&path);
  kg_error_clear(&j->err);
  kg_afile *af = kg_afile_open(j->path, &j->err);
  j->rc = 1;
  if (!af) return;
  kg_status st = j->fn(g, kg_afile_stream(af), j->arg, &j->err);
  kg_graph_release_text(g); /* the evidence it read: back to the page cache */
  if (st != KG_OK) {
    if (!j->err.path[0])
      snprintf(j->err.path, sizeof j->err.path, "%s", j->path);
    kg_afile_abort(af);
  } else if (kg_afile_commit(af, &j->err) == KG_OK) {
    j->rc = 0;
  }
}

/* Prints what became of `j` and frees its path; returns its exit code. */
static int report_output(out_job *j, int quiet) {
  if (j->rc)
    kg_print_error(&j->err);
  else if (!quiet)
    printf("kg: wrote %s\n", j->path);
  free(j->path);
  j->path = NULL;
  return j->rc;
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

/* CPU time of the calling thread. */
static double thread_cpu_now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

static void phase_start(phase_clock *c) {
  if (!c->on) return;
  c->wall = wall_now();
  c->cpu = cpu_now();
}

static void phase_print(const char *what, double wall, double cpu) {
  fprintf(stderr, "kg: time %-16s %8.3f s wall %8.3f s cpu\n", what, wall, cpu);
}

/* Prints the phase that ends now and starts the next. */
static void phase_end(phase_clock *c, const char *what) {
  if (!c->on) return;
  double w = wall_now(), u = cpu_now();
  phase_print(what, w - c->wall, u - c->cpu);
  c->wall = w;
  c->cpu = u;
}

/* ---- writing the outputs, on one thread or two ---------------------------- */

/* The layout, which may run beside the cgraph outputs (write_outputs). */
typedef struct layout_job {
  kg_graph *g;
  kg_status st;
  kg_error err;
} layout_job;

static void run_layout(layout_job *l) {
  kg_error_clear(&l->err);
  l->st = kg_graph_layout(l->g, &l->err);
}

static int report_layout(layout_job *l) {
  if (l->st == KG_OK) return 0;
  kg_print_error(&l->err);
  return 1;
}

/* The outputs of one kind (cgraph's or the others) of a list. */
typedef struct out_group {
  const char *dir;
  const kg_graph *g;
  out_job *jobs;
  size_t n;
  int cgraph;
} out_group;

/* Writes the group's outputs in list order, noting each phase's wall time
 * and the CPU time of this thread. */
static void *write_group(void *arg) {
  out_group *o = arg;
  double w = wall_now(), c = thread_cpu_now();
  for (size_t i = 0; i < o->n; i++) {
    out_job *j = &o->jobs[i];
    if (j->cgraph != o->cgraph) continue;
    write_output(o->dir, j, o->g);
    if (j->phase) {
      double w1 = wall_now(), c1 = thread_cpu_now();
      j->wall = w1 - w;
      j->cpu = c1 - c;
      w = w1;
      c = c1;
    }
  }
  return NULL;
}

/* Writes the outputs and reports them in list order; returns 1 if any
 * failed. With `two_threads`, the cgraph outputs (DOT and diagrams, the
 * slowest) are written on a second thread while this one writes the rest:
 * the files are the same, and so are the messages and their order. */
static int write_outputs(const char *dir, const kg_graph *g, out_job *jobs,
                         size_t n, int two_threads, layout_job *layout, int quiet,
                         phase_clock *clk) {
  int rc = 0;
  if (!two_threads) {
    for (size_t i = 0; i < n; i++) {
      write_output(dir, &jobs[i], g);
      rc |= report_output(&jobs[i], quiet);
      if (jobs[i].phase) phase_end(clk, jobs[i].phase);
    }
    return rc;
  }
  out_group cg = {dir, g, jobs, n, 1}, rest = {dir, g, jobs, n, 0};
  pthread_t t;
  int started = pthread_create(&t, NULL, write_group, &cg) == 0;
  double lw = 0, lc = 0;
  if (layout) { /* on this thread, before the outputs that need it */
    double w0 = wall_now(), c0 = thread_cpu_now();
    run_layout(layout);
    lw = wall_now() - w0;
    lc = thread_cpu_now() - c0;
  }
  write_group(&rest);
  if (started)
    pthread_join(t, NULL);
  else
    write_group(&cg);
  if (layout) {
    rc |= report_layout(layout);
    if (clk->on) phase_print("layout", lw, lc);
  }
  for (size_t i = 0; i < n; i++) {
    rc |= report_output(&jobs[i], quiet);
    if (jobs[i].phase && clk->on)
      phase_print(jobs[i].phase, jobs[i].wall, jobs[i].cpu);
  }
  phase_end(clk, "outputs");
  return rc;
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
  int analysed = !kg_cli_get(a, "no-analytics");
  if (analysed) {
    kg_analyze_opts ao = kg_analyze_defaults();
    ao.threads = jobs;
    if (kg_graph_analyze(g, &ao, &err) != KG_OK) {
      kg_print_error(&err);
      rc = 1;
    }
    phase_end(&clk, "analytics");
  }
  /* Coordinates for the outputs that carry them (graphology, Cytoscape
   * presets, GraphML for Gephi and yEd, CSV, the viewer). */
  int json = in_list(formats, "json");
  int need_layout = (json && style != KG_JSON_NODE_LINK) || in_list(formats, "graphml") ||
                    in_list(formats, "csv") || in_list(formats, "html");
  static const int all = 0, people = 1, nodes = 0, edges = 1;
  out_job outs[16];
  render_job rj[4];
  size_t nj = 0, nr = 0;
#define ADD_JOB(NAME, FN, ARG, CG, PHASE)                                    \
  do {                                                                       \
    memset(&outs[nj], 0, sizeof outs[nj]);                                   \
    snprintf(outs[nj].name, sizeof outs[nj].name, "%s", NAME);               \
    outs[nj].fn = FN;                                                        \
    outs[nj].arg = ARG;                                                      \
    outs[nj].cgraph = CG;                                                    \
    outs[nj].phase = PHASE;                                                  \
    nj++;                                                                    \
  } while (0)
  json_job jj = {style, jobs};
  if (json) ADD_JOB("graph.json", w_json, &jj, 0, "graph.json");
  if (in_list(formats, "dot")) {
    ADD_JOB("graph.dot", w_dot, &all, 1, NULL);
    ADD_JOB("people.dot", w_dot, &people, 1, "graph/people.dot");
  }
  if (in_list(formats, "graphml"))
    ADD_JOB("graph.graphml", w_graphml, NULL, 0, "graph.graphml");
  if (in_list(formats, "csv")) {
    ADD_JOB("nodes.csv", w_csv, &nodes, 0, NULL);
    ADD_JOB("edges.csv", w_csv, &edges, 0, "nodes/edges.csv");
  }
  if (in_list(formats, "html"))
    ADD_JOB("graph.html", w_html, NULL, 0, "graph.html");
  for (int i = 0; renders && known_renders[i]; i++) {
    if (!in_list(renders, known_renders[i])) continue;
    for (int view = 0; view < 2; view++) {
      render_job *r = &rj[nr++];
      *r = (render_job){view, KG_RENDER_SVG, engine};
      kg_render_format_parse(known_renders[i], &r->fmt);
      char name[32];
      snprintf(name, sizeof name, "%s.%s", view ? "people" : "graph",
               known_renders[i]);
      ADD_JOB(name, w_render, r, 1, NULL);
      outs[nj - 1].phase = outs[nj - 1].name;
    }
  }
#undef ADD_JOB
  /* cgraph outputs beside the others when there are threads for both; then
   * graph.json renders with one thread fewer. */
  int n_cgraph = 0;
  for (size_t i = 0; i < nj; i++) n_cgraph += outs[i].cgraph;
  int two = jobs > 1 && n_cgraph > 0 && (size_t)n_cgraph < nj;
  if (two) jj.jobs = jobs - 1;
  /* The layout goes beside the cgraph outputs too, which do not read it,
   * once the analytics gave every node its own centrality record (where
   * the coordinates go): before that, the layout gives nodes their
   * records, which DOT reads. */
  layout_job lj = {g, KG_OK, {0}};
  int layout_beside = two && need_layout && analysed;
  if (need_layout && !layout_beside) {
    run_layout(&lj);
    rc |= report_layout(&lj);
    phase_end(&clk, "layout");
  }
  rc |= write_outputs(dir, g, outs, nj, two, layout_beside ? &lj : NULL, quiet, &clk);
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

