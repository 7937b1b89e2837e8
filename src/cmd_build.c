/* cmd_build.c - kg build: articles (or facts) to the graph and its exports,
 * every output written atomically. */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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

static kg_status w_json(const kg_graph *g, FILE *fp, const void *arg,
                        kg_error *err) {
  return kg_export_json(g, *(const kg_json_style *)arg, fp, err);
}

static kg_status w_dot(const kg_graph *g, FILE *fp, const void *arg,
                       kg_error *err) {
  return kg_export_dot(g, *(const int *)arg, fp, err);
}

static int has_format(const char *list, const char *fmt) {
  if (!list) return 1;
  size_t n = strlen(fmt);
  for (const char *p = list; *p;) {
    const char *c = strchr(p, ',');
    size_t len = c ? (size_t)(c - p) : strlen(p);
    if (len == n && !strncmp(p, fmt, n)) return 1;
    if (!c) break;
    p = c + 1;
  }
  return 0;
}

static int check_formats(const char *list) {
  static const char *const known[] = {"json", "dot", "graphml", "csv", "html", NULL};
  if (!list) return 0;
  for (const char *p = list; *p;) {
    const char *c = strchr(p, ',');
    size_t len = c ? (size_t)(c - p) : strlen(p);
    int ok = 0;
    for (int i = 0; known[i]; i++)
      if (strlen(known[i]) == len && !strncmp(known[i], p, len)) ok = 1;
    if (!ok) {
      fprintf(stderr, "kg: unknown format '%.*s' (json, dot, graphml, csv, html)\n"
              "Try 'kg --help'.\n", (int)len, p);
      return 2;
    }
    if (!c) break;
    p = c + 1;
  }
  return 0;
}

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
  if ((rc = check_formats(formats)) != 0) return rc;
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
  kg_graph *g = kg_graph_new();
  kg_pipeline_opts po = {lex, jobs, quiet, facts, stderr};
  kg_pipeline_stats ps;
  kg_pipeline_run(&po, a->paths, a->n_paths, graph_sink, g, &ps);
  kg_graph_finish(g);
  rc = ps.failures ? 1 : 0;
  if (!kg_cli_get(a, "no-analytics")) {
    kg_analyze_opts ao = kg_analyze_defaults();
    if (kg_graph_analyze(g, &ao, &err) != KG_OK) {
      kg_print_error(&err);
      rc = 1;
    }
  }
  int people = 0;
  if (has_format(formats, "json"))
    rc |= write_output(dir, "graph.json", w_json, g, &style, quiet);
  if (has_format(formats, "dot")) {
    rc |= write_output(dir, "graph.dot", w_dot, g, &people, quiet);
    people = 1;
    rc |= write_output(dir, "people.dot", w_dot, g, &people, quiet);
  }
  if (!quiet) {
    size_t persons = 0, met = 0;
    for (size_t i = 0; i < kg_graph_node_count(g); i++)
      persons += kg_graph_node(g, i)->type == KG_PERSON;
    for (size_t i = 0; i < kg_graph_edge_count(g); i++)
      met += kg_graph_edge(g, i)->type == KG_LINK_MET;
    fprintf(stderr, "kg: %zu documents, %zu nodes (%zu people), %zu links (%zu met)%s\n",
            ps.documents, kg_graph_node_count(g), persons, kg_graph_edge_count(g),
            met, ps.failures ? "; some inputs failed (see above)" : "");
  }
  kg_graph_free(g);
  kg_lexicon_free(lex);
  return rc;
}

