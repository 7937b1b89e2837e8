/* xalloc.c - the single place where memory exhaustion is handled (STYLE 5):
 * allocation wrappers that abort with one message instead of returning NULL,
 * plus the status strings and error-record helpers of kg.h. */
#define _DEFAULT_SOURCE /* madvise */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#if defined(__linux__)
#include <sys/mman.h>
#include <unistd.h>
#endif

#include "src/kg.h"

static void oom(void) {
  fputs("kg: out of memory\n", stderr);
  abort();
}

void *kg_xmalloc(size_t size) {
  void *p = malloc(size ? size : 1);
  if (!p) oom();
  return p;
}

void *kg_xcalloc(size_t n, size_t size) {
  void *p = calloc(n ? n : 1, size ? size : 1);
  if (!p) oom();
  return p;
}

void *kg_xcalloc_populated(size_t n, size_t size) {
  const size_t huge = (size_t)2 << 20;
  if (size && n > ((size_t)-1 - huge) / size) oom();
  size_t bytes = n * size;
#if defined(__linux__) && defined(MADV_HUGEPAGE)
  if (bytes >= huge / 2) {
    /* whole 2 MB pages: the kernel may back them with huge pages (when its
     * transparent huge pages are on "madvise" or "always") */
    size_t whole = (bytes + huge - 1) & ~(huge - 1);
    void *p = aligned_alloc(huge, whole);
    if (!p) oom();
    (void)madvise(p, whole, MADV_HUGEPAGE);
#ifdef MADV_POPULATE_WRITE
    (void)madvise(p, whole, MADV_POPULATE_WRITE); /* Linux 5.14; a hint */
#endif
    memset(p, 0, bytes);
    return p;
  }
#endif
  return kg_xcalloc(n, size);
}

void kg_release_pages(const void *p, size_t len) {
#if defined(__linux__) && defined(MADV_DONTNEED)
  /* the whole pages inside [p, p + len) only: a page shared with other
   * data stays */
  long ps = sysconf(_SC_PAGESIZE);
  uintptr_t page = ps > 0 ? (uintptr_t)ps : 4096;
  uintptr_t a = ((uintptr_t)p + page - 1) & ~(uintptr_t)(page - 1);
  uintptr_t b = ((uintptr_t)p + len) & ~(uintptr_t)(page - 1);
  if (b > a) (void)madvise((void *)a, b - a, MADV_DONTNEED);
#else
  (void)p;
  (void)len;
#endif
}

void *kg_xrealloc(void *ptr, size_t size) {
  void *p = realloc(ptr, size ? size : 1);
  if (!p) oom();
  return p;
}

char *kg_xstrdup(const char *s) {
  if (!s) return NULL;
  return kg_xstrndup(s, strlen(s));
}

char *kg_xstrndup(const char *s, size_t len) {
  char *p = kg_xmalloc(len + 1);
  memcpy(p, s, len);
  p[len] = '\0';
  return p;
}

void kg_grow(void **ptr, size_t *cap, size_t need, size_t elem) {
  if (need <= *cap) return;
  size_t n = *cap ? *cap : 8;
  while (n < need) {
    if (n > ((size_t)-1) / 2 / elem) oom();
    n *= 2;
  }
  *ptr = kg_xrealloc(*ptr, n * elem);
  *cap = n;
}

const char *kg_strerror(kg_status status) {
  switch (status) {
  case KG_OK: return "success";
  case KG_EIO: return "input/output error";
  case KG_ENOENT: return "no such file or directory";
  case KG_EPARSE: return "malformed input";
  case KG_ETOOBIG: return "input too large";
  case KG_EINVAL: return "invalid argument";
  case KG_EUSAGE: return "usage error";
  }
  return "unknown error";
}

kg_status kg_error_set(kg_error *err, kg_status status, const char *path,
                       long line, const char *fmt, ...) {
  if (!err) return status;
  err->status = status;
  err->line = line;
  err->col = 0;
  snprintf(err->path, sizeof err->path, "%s", path ? path : "");
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(err->msg, sizeof err->msg, fmt, ap);
  va_end(ap);
  return status;
}

void kg_error_clear(kg_error *err) {
  if (err) memset(err, 0, sizeof *err);
}
