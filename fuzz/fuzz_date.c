/* fuzz_date.c - the date parser: kg_date_parse_iso on the raw bytes, and
 * kg_date_at at every token of every sentence of the repaired text,
 * resolved against a reference date taken from the first bytes (or none).
 * Every date found must be a real calendar date with a year in 1000-2999. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "extract/internal.h"
#include "fuzz/fuzz.h"
#include "src/utf8.h"

static int real_date(kg_date d) {
  static const int md[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (d.y < 1000 || d.y > 2999) return 0;
  if (!d.m) return !d.d;
  if (d.m < 1 || d.m > 12) return 0;
  if (!d.d) return 1;
  int leap = (d.y % 4 == 0 && d.y % 100 != 0) || d.y % 400 == 0;
  return d.d >= 1 && d.d <= (d.m == 2 && !leap ? 28 : md[d.m - 1]);
}

static void check(kg_date d, const char *what) {
  char iso[11];
  if (!real_date(d)) {
    fprintf(stderr, "%s gave %d-%d-%d\n", what, d.y, d.m, d.d);
    abort();
  }
  kg_date_format(d, iso);
  kg_date back;
  if (kg_date_parse_iso(iso, &back) != 0 || back.y != d.y || back.m != d.m ||
      back.d != d.d) {
    fprintf(stderr, "%s: %s does not read back\n", what, iso);
    abort();
  }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  /* the ISO parser takes NUL-terminated strings (JSONL "date" fields) */
  char *s = malloc(size + 1);
  memcpy(s, data, size);
  s[size] = '\0';
  kg_date d;
  if (kg_date_parse_iso(s, &d) == 0) check(d, "kg_date_parse_iso");
  free(s);

  kg_date ref = {0, 0, 0};
  if (size >= 3 && data[0] != 0) {
    ref.y = 1900 + data[0] % 200;
    ref.m = data[1] % 13;
    ref.d = ref.m ? 1 + data[2] % 28 : 0;
    data += 3;
    size -= 3;
  }
  kg_buf text = KG_BUF_INIT;
  kg_utf8_repair((const char *)data, size, &text);
  kg_tokens tk;
  memset(&tk, 0, sizeof tk);
  kg_tokenize(text.ptr ? text.ptr : "", text.len, &tk);
  for (size_t si = 0; si < tk.n_sent; si++) {
    size_t end = tk.sent[si].end;
    for (size_t i = tk.sent[si].first; i < end; i++) {
      kg_date out = {0, 0, 0};
      size_t n = kg_date_at(&tk, text.ptr, i, end, ref, &out);
      if (n > end - i) {
        fprintf(stderr, "kg_date_at spans %zu tokens past the sentence\n", n);
        abort();
      }
      if (n && out.y) check(out, "kg_date_at");
    }
  }
  kg_tokens_free(&tk);
  kg_buf_free(&text);
  return 0;
}
