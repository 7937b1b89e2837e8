/* fuzz_extract.c - the article parser and extractor on arbitrary bytes:
 * repaired to UTF-8 as ingest does (kg_extract requires valid UTF-8 without
 * NUL), extracted with the embedded lexicons, then the facts go through
 * their JSON line and back, as between `kg extract` and `kg build --facts`:
 * the round trip must succeed and reproduce the line byte for byte. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "export/kg_export.h"
#include "extract/kg_extract.h"
#include "fuzz/fuzz.h"
#include "src/buf.h"
#include "src/utf8.h"

static kg_lexicon *lexicon(void) {
  static kg_lexicon *lex;
  if (!lex) {
    kg_error err;
    kg_error_clear(&err);
    if (kg_lexicon_load(NULL, &lex, &err) != KG_OK) {
      fprintf(stderr, "fuzz_extract: embedded lexicon: %s\n", err.msg);
      abort();
    }
  }
  return lex;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  const kg_lexicon *lex = lexicon();
  kg_buf text = KG_BUF_INIT;
  kg_utf8_repair((const char *)data, size, &text);
  kg_buf_putc(&text, '\0'); /* an empty input still gets a buffer */
  text.len--;
  kg_doc d = {"fuzz.txt", text.ptr, text.len, NULL, NULL, NULL};
  kg_facts *f = kg_extract(lex, &d);

  kg_buf line = KG_BUF_INIT, again = KG_BUF_INIT;
  kg_facts_to_json(f, &line);
  kg_facts *back = NULL;
  kg_error err;
  kg_error_clear(&err);
  if (kg_facts_from_json(line.ptr, line.len, "fuzz", 1, &back, &err) != KG_OK) {
    fprintf(stderr, "facts line does not read back: %s\n%s", err.msg, line.ptr);
    abort();
  }
  kg_facts_to_json(back, &again);
  if (again.len != line.len || memcmp(again.ptr, line.ptr, line.len) != 0) {
    fprintf(stderr, "facts round trip differs:\n%s%s", line.ptr, again.ptr);
    abort();
  }
  kg_facts_free(back);
  kg_facts_free(f);
  kg_buf_free(&again);
  kg_buf_free(&line);
  kg_buf_free(&text);
  return 0;
}
