/* buf.c - growable NUL-terminated byte buffer (see buf.h). */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "src/buf.h"
#include "src/kg.h"

void kg_buf_reserve(kg_buf *b, size_t extra) {
  size_t need = b->len + extra + 1;
  if (need <= b->cap) return;
  size_t n = b->cap ? b->cap : 64;
  while (n < need) n *= 2;
  b->ptr = kg_xrealloc(b->ptr, n);
  b->cap = n;
}

void kg_buf_append_grow(kg_buf *b, const void *data, size_t len) {
  kg_buf_reserve(b, len);
  if (len) memcpy(b->ptr + b->len, data, len);
  b->len += len;
  b->ptr[b->len] = '\0';
}

void kg_buf_putc_grow(kg_buf *b, char c) {
  kg_buf_reserve(b, 1);
  b->ptr[b->len++] = c;
  b->ptr[b->len] = '\0';
}

void kg_buf_pad(kg_buf *b, size_t align) {
  static const char zero[8];
  if (b->len % align) kg_buf_append(b, zero, align - b->len % align);
}

void kg_buf_printf(kg_buf *b, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  char tmp[256];
  int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
  va_end(ap);
  if (n < 0) return;
  if ((size_t)n < sizeof tmp) {
    kg_buf_append(b, tmp, (size_t)n);
    return;
  }
  kg_buf_reserve(b, (size_t)n);
  va_start(ap, fmt);
  vsnprintf(b->ptr + b->len, (size_t)n + 1, fmt, ap);
  va_end(ap);
  b->len += (size_t)n;
}

void kg_buf_reset(kg_buf *b) {
  b->len = 0;
  if (b->ptr) b->ptr[0] = '\0';
}

void kg_buf_free(kg_buf *b) {
  free(b->ptr);
  b->ptr = NULL;
  b->len = b->cap = 0;
}

char *kg_buf_detach(kg_buf *b) {
  char *p = b->ptr ? b->ptr : kg_xstrdup("");
  b->ptr = NULL;
  b->len = b->cap = 0;
  return p;
}
