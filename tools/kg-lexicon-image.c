/* kg-lexicon-image.c - build-time tool: load the lexicon from the TSV files
 * compiled into it (data/lexicon, as kg_lexicon_load parses them) and write
 * the loaded tables as an image, which the build then compiles into kg
 * (lexicon_image.c): kg starts without parsing the TSV files.
 * usage: kg-lexicon-image OUT */
#include <stdio.h>

#include "extract/internal.h"
#include "src/io.h"

/* This tool parses the TSV files: it carries no image itself. */
const unsigned char kg_lexicon_image[1];
const size_t kg_lexicon_image_len = 0;

int main(int argc, char **argv) {
  if (argc != 2) {
    fprintf(stderr, "usage: kg-lexicon-image OUT\n");
    return 2;
  }
  kg_lexicon *lex;
  kg_error err;
  if (kg_lexicon_load(NULL, &lex, &err) != KG_OK) {
    fprintf(stderr, "kg-lexicon-image: %s:%ld: %s\n", err.path, err.line, err.msg);
    return 1;
  }
  kg_buf img = KG_BUF_INIT;
  kg_lexicon_to_image(lex, &img);
  kg_lexicon_free(lex);
  kg_status st = kg_write_atomic(argv[1], img.ptr, img.len, &err);
  kg_buf_free(&img);
  if (st != KG_OK) {
    fprintf(stderr, "kg-lexicon-image: %s:%ld: %s\n", err.path, err.line, err.msg);
    return 1;
  }
  return 0;
}
