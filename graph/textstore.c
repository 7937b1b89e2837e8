/* textstore.c - the evidence sentences of a graph, out of memory.
 *
 * On a large corpus the evidence sentences are a sixth of what the merge
 * holds (0.35 GB for 1 GB of articles), and nothing reads them until the
 * graph is written out. So the store fills segments in memory and, once
 * more than `spill_after` bytes are held, writes each full segment to an
 * unlinked temporary file and frees it. kg_textstore_seal maps the file
 * read-only: the kernel reads a page back when an exporter touches it, and
 * kg_textstore_release gives the pages back (they stay in the page cache,
 * not in the process). Where no temporary file can be made or written, the
 * sentences simply stay in memory: the result is the same.
 *
 * A reference is the text's byte offset in the store plus one (0 is no
 * text), so it is the same on every platform and fits where a pointer
 * goes until the store is sealed. */
#define _DEFAULT_SOURCE /* madvise, mkstemp */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "graph/internal.h"

#define SEG_FIRST ((size_t)64 << 10)
#define SEG_MAX ((size_t)1 << 20)

void kg_textstore_init(kg_textstore *t, size_t spill_after) {
  memset(t, 0, sizeof *t);
  t->spill_after = spill_after;
  t->fd = -1;
  t->pread_above = KG_TEXT_WINDOW;
}

/* An unlinked temporary file in $TMPDIR (or /tmp), or -1. */
static int open_spill(void) {
  const char *dir = getenv("TMPDIR");
  if (!dir || !*dir) dir = "/tmp";
  size_t n = strlen(dir);
  char *path = kg_xmalloc(n + 32);
  memcpy(path, dir, n);
  strcpy(path + n, "/kg-evidence-XXXXXX");
  int fd = mkstemp(path);
  if (fd >= 0) {
    unlink(path);
    fcntl(fd, F_SETFD, FD_CLOEXEC);
  }
  free(path);
  return fd;
}

static int write_all(int fd, const char *p, size_t n, uint64_t off) {
  while (n) {
    ssize_t w = pwrite(fd, p, n, (off_t)off);
    if (w < 0 && errno == EINTR) continue;
    if (w <= 0) return -1;
    p += w;
    n -= (size_t)w;
    off += (uint64_t)w;
  }
  return 0;
}

/* Segment `s` is full: to the file when the store has grown past its
 * threshold, else (or when the file fails) it stays in memory. */
static void close_segment(kg_textstore *t, kg_textseg *s) {
  if (t->failed || t->total <= t->spill_after || !s->len) return;
  if (t->fd < 0 && (t->fd = open_spill()) < 0) {
    t->failed = 1;
    return;
  }
  if (write_all(t->fd, s->mem, s->len, t->file_len) != 0) {
    t->failed = 1; /* disk full: what is written stays valid */
    return;
  }
  free(s->mem);
  s->mem = NULL;
  s->file_off = t->file_len;
  t->file_len += s->len;
}

size_t kg_textstore_add(kg_textstore *t, const char *s) {
  size_t len = strlen(s) + 1;
  kg_textseg *last = t->n_segs ? &t->segs[t->n_segs - 1] : NULL;
  if (!last || !last->mem || last->cap - last->len < len) {
    if (last) close_segment(t, last);
    size_t cap = last ? last->cap * 2 : SEG_FIRST;
    if (cap > SEG_MAX) cap = SEG_MAX;
    if (cap < len) cap = len;
    KG_GROW(t->segs, t->cap_segs, t->n_segs + 1);
    last = &t->segs[t->n_segs++];
    *last = (kg_textseg){kg_xmalloc(cap), 0, t->total, 0, cap};
  }
  memcpy(last->mem + last->len, s, len);
  last->len += len;
  t->total += len;
  return last->start + last->len - len + 1;
}

void kg_textstore_seal(kg_textstore *t) {
  if (t->sealed) return;
  t->sealed = 1;
  if (t->fd < 0) return;
  if (t->file_len) {
    void *m = mmap(NULL, (size_t)t->file_len, PROT_READ, MAP_PRIVATE, t->fd, 0);
    if (m != MAP_FAILED) {
      t->map = m;
      t->map_len = (size_t)t->file_len;
    } else { /* no mapping: read the segments back */
      for (size_t i = 0; i < t->n_segs; i++) {
        kg_textseg *s = &t->segs[i];
        if (s->mem) continue;
        s->mem = kg_xmalloc(s->len);
        size_t got = 0;
        while (got < s->len) {
          ssize_t r = pread(t->fd, s->mem + got, s->len - got, (off_t)(s->file_off + got));
          if (r < 0 && errno == EINTR) continue;
          if (r <= 0) {
            fputs("kg: cannot read back the evidence sentences\n", stderr);
            abort();
          }
          got += (size_t)r;
        }
      }
    }
  }
  /* the file stays open for kg_textstore_copy (closed by free) */
}

/* Reads the NUL-terminated text at byte `off` of the file into *buf. */
static const char *pread_text(int fd, uint64_t off, char **buf, size_t *cap) {
  size_t got = 0;
  for (;;) {
    if (*cap - got < 256) {
      *cap = *cap ? 2 * *cap : 512;
      *buf = kg_xrealloc(*buf, *cap);
    }
    ssize_t r = pread(fd, *buf + got, *cap - got - 1, (off_t)(off + got));
    if (r < 0 && errno == EINTR) continue;
    if (r <= 0) {
      fputs("kg: cannot read back the evidence sentences\n", stderr);
      abort();
    }
    char *nul = memchr(*buf + got, '\0', (size_t)r);
    got += (size_t)r;
    if (nul) return *buf;
  }
}

const char *kg_textstore_copy(const kg_textstore *t, const char *p, char **buf,
                              size_t *cap) {
  if (!p || !t->map || t->map_len <= t->pread_above || p < t->map ||
      p >= t->map + t->map_len || t->fd < 0)
    return p;
  return pread_text(t->fd, (uint64_t)(p - t->map), buf, cap);
}

const char *kg_textstore_get(const kg_textstore *t, size_t ref) {
  if (!ref) return NULL;
  size_t at = ref - 1, lo = 0, hi = t->n_segs;
  while (hi - lo > 1) { /* the last segment starting at or before `at` */
    size_t mid = lo + (hi - lo) / 2;
    if (t->segs[mid].start <= at)
      lo = mid;
    else
      hi = mid;
  }
  const kg_textseg *s = &t->segs[lo];
  const char *base = s->mem ? s->mem : t->map + s->file_off;
  return base + (at - s->start);
}

void kg_textstore_release(const kg_textstore *t) {
  if (t->map) madvise(t->map, t->map_len, MADV_DONTNEED);
}

void kg_textstore_free(kg_textstore *t) {
  for (size_t i = 0; i < t->n_segs; i++) free(t->segs[i].mem);
  free(t->segs);
  if (t->map) munmap(t->map, t->map_len);
  if (t->fd >= 0) close(t->fd);
  memset(t, 0, sizeof *t);
  t->fd = -1;
}
