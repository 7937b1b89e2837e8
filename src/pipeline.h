/* pipeline.h - the map step: read inputs, extract facts from every document
 * and hand them, in input order, to a sink (the graph merger or the facts
 * writer). Input failures are reported on the diagnostic stream, in input
 * order too, and counted; the run goes on.
 *
 * With jobs > 1 one reader thread feeds a bounded window of documents to
 * `jobs` - 1 extraction threads and the calling thread, which takes the
 * results back in input order (a reorder buffer keyed by sequence number)
 * and runs the sink, extracting itself while the next result is not ready,
 * so what the sink sees does not depend on the thread count, and memory is
 * bounded by the window, not by the corpus. See docs/performance.md. */
#ifndef KG_PIPELINE_H
#define KG_PIPELINE_H

#include <stdio.h>

#include "extract/kg_extract.h"
#include "src/buf.h"

/** Receives each document's facts, in input order, on one thread; takes
 *  ownership of `f`. Returns 0, or non-zero to stop the run. */
typedef int (*kg_facts_sink)(kg_facts *f, void *ud);

/** Optional rendering of one document's facts to text, run on the worker
 *  threads (so it must be thread-safe and use no shared state): appends to
 *  `out`, which the pipeline owns. */
typedef void (*kg_facts_render)(const kg_facts *f, kg_buf *out);

/** Receives each document's rendered text (borrowed for the call), in input
 *  order, on one thread. Returns 0, or non-zero to stop the run. */
typedef int (*kg_text_sink)(const char *text, size_t len, void *ud);

typedef struct kg_pipeline_opts {
  const kg_lexicon *lex;
  int jobs;         /* threads working, the caller's included; <= 0: number
                     * of cores; 1: no threads */
  int quiet;        /* no progress */
  int facts_input;  /* inputs are facts JSONL, not articles */
  FILE *diag;       /* where "kg: path:line: msg" goes (stderr) */
} kg_pipeline_opts;

typedef struct kg_pipeline_stats {
  size_t documents; /* documents handed to the sink */
  size_t failures;  /* inputs reported as failed */
  size_t bytes;     /* input bytes read */
  size_t repaired;  /* documents whose text needed UTF-8 repair */
} kg_pipeline_stats;

/** Run the map step over `paths` (n == 0: embedded samples), handing each
 *  document's facts to `sink` (with user data `ud`) in input order, on the
 *  calling thread. Returns 0 when the sink never stopped the run; stats
 *  are filled either way. Where threads cannot be created the run goes on
 *  on the calling thread. */
int kg_pipeline_run(const kg_pipeline_opts *o, const char *const *paths,
                    size_t n, kg_facts_sink sink, void *ud,
                    kg_pipeline_stats *stats);

/** Like kg_pipeline_run, but each document's facts are rendered to text by
 *  `render` on the worker threads, and `sink` receives the text in input
 *  order on the calling thread (kg extract: the JSON lines are built in
 *  parallel, only written in order). */
int kg_pipeline_run_text(const kg_pipeline_opts *o, const char *const *paths,
                         size_t n, kg_facts_render render, kg_text_sink sink,
                         void *ud, kg_pipeline_stats *stats);

/** Number of online processors (at least 1). */
int kg_ncpu(void);

#endif
