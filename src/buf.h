/* buf.h - growable byte buffer (always NUL-terminated) used to build strings
 * and outputs. Reference: curl's dynbuf, with the cap moved to the readers. */
#ifndef KG_BUF_H
#define KG_BUF_H

#include <stddef.h>
#include <string.h>

/** A growable buffer. `ptr` is NULL until the first append; after any
 *  append `ptr[len] == '\0'`. Owned by whoever declared it: kg_buf_free. */
typedef struct kg_buf {
  char *ptr;
  size_t len;
  size_t cap;
} kg_buf;

#define KG_BUF_INIT {NULL, 0, 0}

/** Make room for `extra` more bytes (and the NUL) without appending: the
 *  bytes from ptr + len to ptr + len + extra may then be written before an
 *  append of them. */
void kg_buf_reserve(kg_buf *b, size_t extra);
/** kg_buf_append and kg_buf_putc when the buffer has no room: grow, then
 *  append (the inline functions below call them). */
void kg_buf_append_grow(kg_buf *b, const void *data, size_t len);
void kg_buf_putc_grow(kg_buf *b, char c);

/* Appends are inline: the output writers and the tokenizer append hundreds
 * of thousands of short pieces per megabyte, nearly all into room already
 * there, and the call and the growth test cost more than the copy. A
 * non-zero cap implies ptr is set. */
static inline void kg_buf_append(kg_buf *b, const void *data, size_t len) {
  if (b->cap > b->len + len) { /* room for the bytes and the NUL */
    if (len) memcpy(b->ptr + b->len, data, len);
    b->len += len;
    b->ptr[b->len] = '\0';
  } else {
    kg_buf_append_grow(b, data, len);
  }
}

/** Append a NUL-terminated string (its strlen is folded away for a
 *  literal). */
static inline void kg_buf_puts(kg_buf *b, const char *s) { kg_buf_append(b, s, strlen(s)); }

static inline void kg_buf_putc(kg_buf *b, char c) {
  if (b->cap > b->len + 1) {
    b->ptr[b->len++] = c;
    b->ptr[b->len] = '\0';
  } else {
    kg_buf_putc_grow(b, c);
  }
}
/** Append zero bytes until the length is a multiple of `align` (at most
 *  8): the records of a binary image start aligned. */
void kg_buf_pad(kg_buf *b, size_t align);
void kg_buf_printf(kg_buf *b, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;
/** Empty the buffer, keeping its storage. */
void kg_buf_reset(kg_buf *b);
/** Release storage; the buffer is left empty and reusable. */
void kg_buf_free(kg_buf *b);
/** Hand the storage to the caller (who frees it); the buffer is left empty.
 *  Never returns NULL (an empty buffer gives ""). */
char *kg_buf_detach(kg_buf *b);

#endif
