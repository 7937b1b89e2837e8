/* ingest.h - turn command-line inputs into documents: files, directories
 * (recursive; .txt, .md, .jsonl), JSONL articles ({"id","text","date"?,
 * "title"?,"url"?} per line), stdin ("-"), or the embedded samples when no
 * input is named. Text is repaired to valid UTF-8 without NUL bytes here, so
 * nothing downstream sees invalid input. Bad inputs are reported one at a
 * time through the error record and the iteration goes on. */
#ifndef KG_INGEST_H
#define KG_INGEST_H

#include <stddef.h>

#include "src/kg.h"

/** One input document; every field is owned (free with kg_input_free). */
typedef struct kg_input {
  char *id;     /* base name, or the JSONL "id" */
  char *text;   /* valid UTF-8, no NUL */
  size_t len;
  char *date;   /* from JSONL, or NULL */
  char *title;  /* from JSONL, or NULL */
  char *url;    /* from JSONL, or NULL */
  char *source; /* where it came from: path or path:line */
  size_t repairs; /* invalid bytes replaced */
} kg_input;

void kg_input_free(kg_input *in);

typedef struct kg_ingest kg_ingest;

/** Iterate over `paths` (n of them; n == 0 means the embedded samples).
 *  Directories are walked in sorted order and the resulting list of files
 *  is sorted, so the order of paths on the command line does not matter.
 *  Free with kg_ingest_free. */
kg_ingest *kg_ingest_new(const char *const *paths, size_t n);

/** Next document: returns 1 and fills `out` (caller frees with
 *  kg_input_free), 0 at the end, or -1 when one input failed (an unreadable
 *  file, a malformed JSONL line, a duplicate id): `err` says which and why,
 *  and the next call continues with the rest. */
int kg_ingest_next(kg_ingest *it, kg_input *out, kg_error *err);

/** Files and lines read so far (for progress reports). */
size_t kg_ingest_bytes(const kg_ingest *it);

void kg_ingest_free(kg_ingest *it);

/** Read facts lines instead of articles: iterate over the lines of facts
 *  files (JSONL). Returns 1 with a line (borrowed until the next call), 0 at
 *  the end, -1 on a read error. `*name`/`*line` say where it came from. */
int kg_ingest_next_line(kg_ingest *it, const char **text, size_t *len,
                        const char **name, long *line, kg_error *err);

#endif
