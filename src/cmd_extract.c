/* cmd_extract.c - kg extract: the map step, one facts line per document. */
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

/* ---- extract ---------------------------------------------------------------- */

typedef struct facts_out {
  FILE *fp;
  int failed; /* the errno of the failed write, or EIO */
} facts_out;

/* Facts lines are rendered on the worker threads (kg_facts_to_json is
 * thread-safe); this only writes them, in input order. */
static int facts_sink(const char *text, size_t len, void *ud) {
  facts_out *o = ud;
  if (fwrite(text, 1, len, o->fp) != len) {
    o->failed = errno ? errno : EIO;
    return 1;
  }
  return 0;
}

int kg_cmd_extract(const kg_args *a) {
  int jobs, rc = kg_cmd_parse_jobs(a, &jobs);
  if (rc) return rc;
  int quiet = kg_cli_get(a, "quiet") != NULL;
  kg_lexicon *lex = NULL;
  if (kg_cmd_load_lexicon(a, &lex) != 0) return 1;
  const char *path = kg_cli_get(a, "output");
  kg_error err;
  kg_error_clear(&err);
  kg_afile *af = NULL;
  facts_out o = {stdout, 0};
  if (path && strcmp(path, "-") != 0) {
    af = kg_afile_open(path, &err);
    if (!af) {
      kg_print_error(&err);
      kg_lexicon_free(lex);
      return 1;
    }
    o.fp = kg_afile_stream(af);
  }
  kg_pipeline_opts po = {lex, jobs, quiet, 0, stderr};
  kg_pipeline_stats ps;
  kg_pipeline_run_text(&po, a->paths, a->n_paths, kg_facts_to_json, facts_sink,
                       &o, &ps);
  rc = ps.failures ? 1 : 0;
  if (af) {
    if (o.failed) {
      kg_afile_abort(af);
      fprintf(stderr, "kg: %s: write failed: %s\n", path, strerror(o.failed));
      rc = 1;
    } else if (kg_afile_commit(af, &err) != KG_OK) {
      kg_print_error(&err);
      rc = 1;
    }
  } else if (o.failed || fflush(stdout) != 0 || ferror(stdout)) {
    fprintf(stderr, "kg: write error on standard output: %s\n",
            strerror(o.failed ? o.failed : errno ? errno : EIO));
    clearerr(stdout); /* reported: main need not report it again */
    rc = 1;
  }
  kg_lexicon_free(lex);
  return rc;
}

