/* pipeline.c - the map step (see pipeline.h): ingest -> kg_extract -> sink,
 * with progress on a terminal. */
#define _POSIX_C_SOURCE 200809L
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "export/kg_export.h"
#include "src/ingest.h"
#include "src/pipeline.h"

int kg_ncpu(void) {
  long n = sysconf(_SC_NPROCESSORS_ONLN);
  return n > 0 ? (int)n : 1;
}

static double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

static void report(FILE *diag, const kg_error *e) {
  if (!diag) return;
  if (e->line > 0)
    fprintf(diag, "kg: %s:%ld: %s\n", e->path, e->line, e->msg);
  else
    fprintf(diag, "kg: %s: %s\n", e->path, e->msg);
}

typedef struct progress {
  int on;
  double start, last;
} progress;

static void tick(progress *p, FILE *diag, const kg_pipeline_stats *s, int final) {
  if (!p->on) return;
  double t = now();
  if (!final && t - p->last < 0.5) return;
  p->last = t;
  double el = t - p->start;
  fprintf(diag, "\rkg: %zu documents, %.1f MB, %.1f MB/s%s",
          s->documents, s->bytes / 1e6, el > 0 ? s->bytes / 1e6 / el : 0.0,
          final ? "\n" : "");
  fflush(diag);
}

int kg_pipeline_run(const kg_pipeline_opts *o, const char *const *paths,
                    size_t n, kg_facts_sink sink, void *ud,
                    kg_pipeline_stats *stats) {
  memset(stats, 0, sizeof *stats);
  kg_ingest *it = kg_ingest_new(paths, n);
  progress pr = {0, now(), 0};
  pr.on = !o->quiet && o->diag && isatty(fileno(o->diag));
  int stopped = 0;
  kg_error err;
  for (;;) {
    kg_error_clear(&err);
    kg_facts *f = NULL;
    if (o->facts_input) {
      const char *text, *name;
      size_t len;
      long line;
      int r = kg_ingest_next_line(it, &text, &len, &name, &line, &err);
      if (r == 0) break;
      if (r < 0) {
        report(o->diag, &err);
        stats->failures++;
        continue;
      }
      if (kg_facts_from_json(text, len, name, line, &f, &err) != KG_OK) {
        report(o->diag, &err);
        stats->failures++;
        continue;
      }
    } else {
      kg_input in;
      int r = kg_ingest_next(it, &in, &err);
      if (r == 0) break;
      if (r < 0) {
        report(o->diag, &err);
        stats->failures++;
        continue;
      }
      if (in.repairs) stats->repaired++;
      kg_doc d = {in.id, in.text, in.len, in.date, in.title, in.url};
      f = kg_extract(o->lex, &d);
      kg_input_free(&in);
    }
    stats->documents++;
    stats->bytes = kg_ingest_bytes(it);
    tick(&pr, o->diag, stats, 0);
    if (sink(f, ud) != 0) {
      stopped = 1;
      break;
    }
  }
  stats->bytes = kg_ingest_bytes(it);
  tick(&pr, o->diag, stats, 1);
  kg_ingest_free(it);
  return stopped;
}
