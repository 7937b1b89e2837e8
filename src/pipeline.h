/* pipeline.h - the map step: read inputs, extract facts from every document
 * and hand them, in input order, to a sink (the graph merger or the facts
 * writer). Input failures are reported on the diagnostic stream and counted;
 * the run goes on. */
#ifndef KG_PIPELINE_H
#define KG_PIPELINE_H

#include <stdio.h>

#include "extract/kg_extract.h"

/** Receives each document's facts, in input order, on one thread; takes
 *  ownership of `f`. Returns 0, or non-zero to stop the run. */
typedef int (*kg_facts_sink)(kg_facts *f, void *ud);

typedef struct kg_pipeline_opts {
  const kg_lexicon *lex;
  int jobs;         /* worker threads; <= 0: number of cores */
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

/** Run the map step over `paths` (n == 0: embedded samples). Returns 0 when
 *  the sink never stopped the run; stats are filled either way. */
int kg_pipeline_run(const kg_pipeline_opts *o, const char *const *paths,
                    size_t n, kg_facts_sink sink, void *ud,
                    kg_pipeline_stats *stats);

/** Number of online processors (at least 1). */
int kg_ncpu(void);

#endif
