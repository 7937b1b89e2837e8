/* fuzz_lexicon.c - the lexicon loader (kg_lexicon_load with --lexicon DIR)
 * on arbitrary TSV: the input is split on form feeds ('\f') into files
 * given the lexicon names in load order (countries.tsv, demonyms.tsv ...),
 * loaded over the embedded ones, and a lexicon that loads is used to
 * extract a short fixed article, so hostile phrases reach the matcher. */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "extract/kg_extract.h"
#include "fuzz/fuzz.h"

static const char article[] =
    "Ministers meet in Baku\n"
    "Baku, 5 December 2019. Azerbaijani Defence Minister Colonel General "
    "Zakir Hasanov met U.S. Ambassador Earle Litzenberger on Thursday at the "
    "Ministry of Defence. The sides discussed cooperation, Hasanov said.\n";

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  const char *dir = kg_fuzz_tmpdir();
  const char *const *names = kg_lexicon_names();
  size_t nnames = 0;
  while (names[nnames]) nnames++;
  char path[512];
  size_t at = 0;
  for (size_t k = 0; k < nnames; k++) {
    snprintf(path, sizeof path, "%s/%s.tsv", dir, names[k]);
    if (at > size) {
      unlink(path);
      continue;
    }
    const uint8_t *ff = at < size ? memchr(data + at, '\f', size - at) : NULL;
    size_t n = ff ? (size_t)(ff - (data + at)) : size - at;
    kg_fuzz_write(path, data + at, n);
    at += n + 1;
  }
  kg_lexicon *lex = NULL;
  kg_error err;
  kg_error_clear(&err);
  if (kg_lexicon_load(dir, &lex, &err) == KG_OK) {
    kg_doc d = {"fuzz.txt", article, sizeof article - 1, NULL, NULL, NULL};
    kg_facts_free(kg_extract(lex, &d));
  } else if (!err.msg[0]) {
    fprintf(stderr, "lexicon load failed without a message\n");
    abort();
  }
  kg_lexicon_free(lex);
  return 0;
}
