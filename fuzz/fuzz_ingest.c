/* fuzz_ingest.c - the input layer on arbitrary bytes: the same bytes as a
 * JSONL file (line splitting, JSON parsing, field checks, UTF-8 repair, id
 * claims), as a text article, and on standard input (where kg sniffs JSONL
 * from a leading '{'). Every document read must be valid UTF-8 without NUL,
 * as kg_extract requires; each is then extracted as `kg build` would. */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "extract/kg_extract.h"
#include "fuzz/fuzz.h"
#include "src/ingest.h"
#include "src/utf8.h"

static kg_lexicon *lexicon(void) {
  static kg_lexicon *lex;
  if (!lex) {
    kg_error err;
    kg_error_clear(&err);
    if (kg_lexicon_load(NULL, &lex, &err) != KG_OK) abort();
  }
  return lex;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  const kg_lexicon *lex = lexicon();
  static char jsonl[300], txt[300];
  if (!jsonl[0]) {
    snprintf(jsonl, sizeof jsonl, "%s/in.jsonl", kg_fuzz_tmpdir());
    snprintf(txt, sizeof txt, "%s/in.txt", kg_fuzz_tmpdir());
  }
  kg_fuzz_write(jsonl, data, size);
  kg_fuzz_write(txt, data, size);
  if (!freopen(txt, "rb", stdin)) abort();
  const char *paths[] = {jsonl, txt, "-"};
  kg_ingest *it = kg_ingest_new(paths, 3);
  kg_input in;
  kg_error err;
  int r;
  for (;;) {
    kg_error_clear(&err);
    r = kg_ingest_next(it, &in, &err);
    if (r == 0) break;
    if (r < 0) {
      if (!err.msg[0]) {
        fprintf(stderr, "ingest failed without a message\n");
        abort();
      }
      continue;
    }
    if (!in.id || !in.text || strlen(in.text) != in.len ||
        !kg_utf8_clean(in.text, in.len) || !in.source) {
      fprintf(stderr, "ingest returned a document kg_extract cannot take\n");
      abort();
    }
    kg_doc d = {in.id, in.text, in.len, in.date, in.title, in.url};
    kg_facts_free(kg_extract(lex, &d));
    kg_input_free(&in);
  }
  kg_ingest_free(it);
  return 0;
}
