/* commands.c - helpers shared by the subcommands (see commands.h). */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "export/kg_export.h"
#include "graph/kg_graph.h"
#include "src/cli.h"
#include "src/commands.h"
#include "src/io.h"
#include "src/pipeline.h"

void kg_print_error(const kg_error *e) {
  if (e->path[0] && e->line > 0)
    fprintf(stderr, "kg: %s:%ld: %s\n", e->path, e->line, e->msg);
  else if (e->path[0])
    fprintf(stderr, "kg: %s: %s\n", e->path, e->msg);
  else
    fprintf(stderr, "kg: %s\n", e->msg[0] ? e->msg : kg_strerror(e->status));
}

int kg_cmd_load_lexicon(const kg_args *a, kg_lexicon **lex) {
  kg_error err;
  kg_error_clear(&err);
  if (kg_lexicon_load(kg_cli_get(a, "lexicon"), lex, &err) != KG_OK) {
    kg_print_error(&err);
    return 1;
  }
  return 0;
}

int kg_cmd_parse_jobs(const kg_args *a, int *jobs) {
  const char *j = kg_cli_get(a, "jobs");
  *jobs = kg_ncpu();
  if (!j) return 0;
  char *end;
  long v = strtol(j, &end, 10);
  if (*end || v < 1 || v > 256) {
    fprintf(stderr, "kg: invalid --jobs '%s' (1-256)\nTry 'kg --help'.\n", j);
    return 2;
  }
  *jobs = (int)v;
  return 0;
}

