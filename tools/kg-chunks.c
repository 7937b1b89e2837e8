/* kg-chunks.c - development aid: print what extraction sees in a document
 * (sentences with their chunks: dates, countries, titles, names ...) and the
 * people it found. usage: kg-chunks FILE... */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "extract/internal.h"
#include "src/io.h"

int main(int argc, char **argv) {
  kg_lexicon *lex;
  kg_error err;
  if (kg_lexicon_load(NULL, &lex, &err) != KG_OK) {
    fprintf(stderr, "kg-chunks: %s\n", err.msg);
    return 1;
  }
  for (int i = 1; i < argc; i++) {
    char *text;
    size_t len;
    if (kg_read_file(argv[i], KG_MAX_INPUT, &text, &len, &err) != KG_OK) {
      fprintf(stderr, "kg-chunks: %s: %s\n", argv[i], err.msg);
      continue;
    }
    kg_doc d = {argv[i], text, len, NULL, NULL, NULL};
    printf("== %s\n", argv[i]);
    kg_extract_debug(lex, &d, stdout);
    free(text);
  }
  kg_lexicon_free(lex);
  return 0;
}
