/* kg.h - core definitions shared by every module of kg: status codes, the
 * caller-owned error record, the out-of-memory policy and the version.
 * Everything here is plain C11 with no third-party types. */
#ifndef KG_H
#define KG_H

#include <stdarg.h>
#include <stddef.h>

#include "kg_version.h"

/** Status codes returned by every fallible kg function. KG_OK is zero. */
typedef enum {
  KG_OK = 0,
  KG_EIO,      /* a read or write failed (errno-style detail in kg_error.msg) */
  KG_ENOENT,   /* a named input does not exist */
  KG_EPARSE,   /* malformed input (JSON, TSV, facts line) */
  KG_ETOOBIG,  /* an input exceeds a documented size cap */
  KG_EINVAL,   /* an argument or value is invalid */
  KG_EUSAGE    /* command-line usage error (only main reports it) */
} kg_status;

/** Human-readable text for a status; never NULL, borrowed. */
const char *kg_strerror(kg_status status);

/** Error details, owned by the caller; functions fill it on failure.
 *  `line`/`col` are 1-based, 0 when not applicable. */
typedef struct kg_error {
  kg_status status;
  char path[512];
  long line;
  long col;
  char msg[256];
} kg_error;

/** Fill `err` (when not NULL) and return `status`. `path` may be NULL. */
kg_status kg_error_set(kg_error *err, kg_status status, const char *path,
                       long line, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 5, 6)))
#endif
    ;

/** Reset `err` to KG_OK with empty fields. */
void kg_error_clear(kg_error *err);

/* Memory: these never return NULL. On exhaustion they print
 * "kg: out of memory" to stderr and abort, so no NOMEM status exists. */
void *kg_xmalloc(size_t size);
void *kg_xcalloc(size_t n, size_t size);
void *kg_xrealloc(void *ptr, size_t size);
/** kg_xcalloc for a large table that is filled at once: where the system
 *  allows, its pages are backed by huge pages and mapped in one call rather
 *  than faulted in one by one. Free with free(). */
void *kg_xcalloc_populated(size_t n, size_t size);
/** A hint that the pages of read-only data compiled into kg (within
 *  [p, p + len)) are not needed for now: they leave the resident set and
 *  are read back from the executable if touched again. */
void kg_release_pages(const void *p, size_t len);
/** Duplicate a NUL-terminated string; caller frees. NULL gives NULL. */
char *kg_xstrdup(const char *s);
/** Duplicate `len` bytes and NUL-terminate; caller frees. */
char *kg_xstrndup(const char *s, size_t len);

/** Grow `*ptr` (an array of `elem` bytes per item) so that it holds at least
 *  `need` items; `*cap` is updated. Amortised doubling. */
void kg_grow(void **ptr, size_t *cap, size_t need, size_t elem);
#define KG_GROW(arr, cap, need) \
  kg_grow((void **)&(arr), &(cap), (need), sizeof(*(arr)))

#define KG_UNUSED(x) ((void)(x))
#define KG_ARRAY_LEN(a) (sizeof(a) / sizeof((a)[0]))

#endif
