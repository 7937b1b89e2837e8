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
#include "src/buf.h"

#define SEG_FIRST ((size_t)64 << 10)
#define SEG_MAX ((size_t)1 << 20)

void kg_textstore_init(kg_textstore *t, size_t spill_after) {
  memset(t, 0, sizeof *t);
  t->spill_after = spill_after;
  t->fd = -1;
  t->pread_above = KG_TEXT_WINDOW;
  t->gather_slots = (size_t)1 << 16;
  t->gather_block = (size_t)256 << 10;
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

static void read_fail(void) {
  fputs("kg: cannot read back the evidence sentences\n", stderr);
  abort();
}

/* Reads up to `n` bytes at `off` of `fd` into p (fewer only at the end of
 * the file); returns how many. */
static size_t read_at(int fd, char *p, size_t n, uint64_t off) {
  size_t got = 0;
  while (got < n) {
    ssize_t r = pread(fd, p + got, n - got, (off_t)(off + got));
    if (r < 0 && errno == EINTR) continue;
    if (r < 0) read_fail();
    if (r == 0) break;
    got += (size_t)r;
  }
  return got;
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
        if (read_at(t->fd, s->mem, s->len, s->file_off) != s->len) read_fail();
      }
    }
  }
  /* the file stays open for kg_textstore_gather (closed by free) */
}

/* ---- gathering texts in file order -------------------------------------------
 * The texts are wanted in an order unrelated to the file's. Pass 1 reads
 * the file front to back through a window, taking the texts in order of
 * position, and appends each, behind its number, to the bucket of the
 * gather_slots numbers it falls in; a bucket is held in memory up to
 * gather_block bytes and then written as a block to a scratch file. Pass 2
 * reads the buckets back one at a time and adds their texts in number
 * order. Every read and write is a large sequential one, and memory holds
 * a block per bucket and one bucket. */

typedef struct {
  uint64_t off; /* position in the file */
  uint32_t i;   /* the text's number */
} gitem;

typedef struct {
  uint32_t bucket;
  uint64_t off;
  size_t len;
} gblock;

typedef struct {
  int fd; /* the scratch file */
  uint64_t len;
  size_t slots, block, nb;
  kg_buf *held; /* per bucket: records not yet written */
  gblock *blocks;
  size_t n_blocks, cap_blocks;
  int failed;
} gather;

static int cmp_gitem(const void *x, const void *y) {
  const gitem *a = x, *b = y;
  if (a->off != b->off) return a->off < b->off ? -1 : 1;
  return a->i < b->i ? -1 : a->i > b->i;
}

static void gather_flush(gather *g, size_t b, const char *p, size_t n) {
  if (g->failed || !n) return;
  if (write_all(g->fd, p, n, g->len) != 0) {
    g->failed = 1;
    return;
  }
  KG_GROW(g->blocks, g->cap_blocks, g->n_blocks + 1);
  g->blocks[g->n_blocks++] = (gblock){(uint32_t)b, g->len, n};
  g->len += n;
}

/* Text number i (its `len` bytes and the NUL) into its bucket. */
static void gather_put(gather *g, size_t i, const char *text, size_t len) {
  size_t b = i / g->slots;
  uint32_t rel = (uint32_t)(i % g->slots);
  kg_buf *h = &g->held[b];
  if (h->len && h->len + 4 + len + 1 > g->block) {
    gather_flush(g, b, h->ptr, h->len);
    kg_buf_reset(h);
  }
  kg_buf_append(h, (const char *)&rel, 4);
  kg_buf_append(h, text, len + 1);
  if (h->len >= g->block) { /* a text longer than a block: alone */
    gather_flush(g, b, h->ptr, h->len);
    kg_buf_reset(h);
  }
}

/* Pass 1. Returns 0 when the scratch file failed (nothing was added to
 * the target yet). */
static int gather_scatter(const kg_textstore *t, const char *const *ps, size_t k,
                          gather *g) {
  gitem *it = kg_xmalloc((k + 1) * sizeof *it);
  size_t n = 0;
  for (size_t i = 0; i < k; i++) {
    const char *p = ps[i];
    if (p >= t->map && p < t->map + t->map_len)
      it[n++] = (gitem){(uint64_t)(p - t->map), (uint32_t)i};
    else /* a segment still in memory */
      gather_put(g, i, p, strlen(p));
  }
  qsort(it, n, sizeof *it, cmp_gitem);
  size_t cap = 16 * g->block, wlen = 0; /* the window */
  uint64_t wstart = 0;
  char *w = kg_xmalloc(cap + 1);
  for (size_t x = 0; x < n && !g->failed; x++) {
    uint64_t off = it[x].off;
    if (off < wstart || off >= wstart + wlen) {
      wstart = off;
      wlen = read_at(t->fd, w, cap, off);
    }
    const char *nul;
    while (!(nul = memchr(w + (off - wstart), '\0', (size_t)(wstart + wlen - off)))) {
      if (wstart + wlen >= t->file_len) read_fail(); /* no end in the file */
      if (off > wstart) { /* the text starts the window */
        wstart = off;
        wlen = read_at(t->fd, w, cap, off);
      } else { /* a text longer than the window: a larger one */
        cap *= 2;
        w = kg_xrealloc(w, cap + 1);
        wlen += read_at(t->fd, w + wlen, cap - wlen, wstart + wlen);
      }
    }
    const char *p = w + (off - wstart);
    gather_put(g, it[x].i, p, (size_t)(nul - p));
  }
  free(w);
  free(it);
  for (size_t b = 0; b < g->nb; b++) {
    gather_flush(g, b, g->held[b].ptr, g->held[b].len);
    kg_buf_free(&g->held[b]);
  }
  return !g->failed;
}

/* Pass 2. */
static void gather_collect(gather *g, size_t k, kg_textstore *to, size_t *refs) {
  /* the blocks grouped by bucket, in the order written */
  size_t *first = kg_xcalloc(g->nb + 1, sizeof *first);
  for (size_t x = 0; x < g->n_blocks; x++) first[g->blocks[x].bucket + 1]++;
  for (size_t b = 0; b < g->nb; b++) first[b + 1] += first[b];
  size_t *fill = kg_xcalloc(g->nb + 1, sizeof *fill);
  size_t *order = kg_xmalloc((g->n_blocks + 1) * sizeof *order);
  for (size_t x = 0; x < g->n_blocks; x++) {
    size_t b = g->blocks[x].bucket;
    order[first[b] + fill[b]++] = x;
  }
  const char **loc = kg_xmalloc((g->slots + 1) * sizeof *loc);
  char *buf = NULL;
  size_t cap = 0;
  for (size_t b = 0; b < g->nb; b++) {
    size_t len = 0;
    for (size_t y = first[b]; y < first[b + 1]; y++) len += g->blocks[order[y]].len;
    if (len + 1 > cap) {
      cap = len + 1;
      free(buf);
      buf = kg_xmalloc(cap);
    }
    size_t at = 0;
    for (size_t y = first[b]; y < first[b + 1]; y++) {
      const gblock *bl = &g->blocks[order[y]];
      if (read_at(g->fd, buf + at, bl->len, bl->off) != bl->len) read_fail();
      at += bl->len;
    }
    size_t lo = b * g->slots, cnt = k - lo < g->slots ? k - lo : g->slots;
    for (size_t r = 0; r < cnt; r++) loc[r] = NULL;
    for (size_t q = 0; q < len;) {
      uint32_t rel;
      memcpy(&rel, buf + q, 4);
      loc[rel] = buf + q + 4;
      q += 4 + strlen(buf + q + 4) + 1;
    }
    for (size_t r = 0; r < cnt; r++) {
      if (!loc[r]) read_fail(); /* cannot happen: every text was put */
      refs[lo + r] = kg_textstore_add(to, loc[r]);
    }
  }
  free(buf);
  free(loc);
  free(order);
  free(fill);
  free(first);
}

void kg_textstore_gather(const kg_textstore *t, const char *const *ps, size_t k,
                         kg_textstore *to, size_t *refs) {
  if (t->map && t->map_len > t->pread_above && t->fd >= 0 && k) {
    gather g;
    memset(&g, 0, sizeof g);
    /* at most 256 buckets: memory holds a block of each */
    g.slots = t->gather_slots ? t->gather_slots : 1;
    if (g.slots < k / 256) g.slots = k / 256 + 1;
    g.block = t->gather_block > 64 ? t->gather_block : 64;
    g.nb = (k + g.slots - 1) / g.slots;
    g.held = kg_xcalloc(g.nb, sizeof *g.held);
    g.fd = open_spill();
    int ok = g.fd >= 0 && gather_scatter(t, ps, k, &g);
    if (ok) gather_collect(&g, k, to, refs);
    for (size_t b = 0; b < g.nb; b++) kg_buf_free(&g.held[b]);
    free(g.held);
    free(g.blocks);
    if (g.fd >= 0) close(g.fd);
    if (ok) return;
    /* no scratch file: through the map, as small stores are */
  }
  for (size_t i = 0; i < k; i++) refs[i] = kg_textstore_add(to, ps[i]);
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
