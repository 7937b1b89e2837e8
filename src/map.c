/* map.c - open-addressing string hash map (see map.h). Keys live in one
 * growing arena of chunks so that inserts do not call malloc per key and
 * keys never move. The table hashes 8 bytes at a time (multiply-xorshift
 * with the splitmix64 finaliser): lexicon lookups hash every token. */
#include <stdlib.h>
#include <string.h>

#include "src/buf.h"
#include "src/kg.h"
#include "src/map.h"

/* 16 bytes: the hash's low 32 bits (which also place the key: tables stay
 * far below 2^32 slots) and the value in 32 bits (see enc). A key's length
 * is stored in the 4 bytes before it (insert refuses longer keys). The graph
 * interns millions of strings, so the slot size is memory. */
typedef struct {
  const char *key; /* NULL = empty slot */
  uint32_t hash;
  uint32_t value;
} slot;

/* Values are indexes far below 2^32 or the sentinels near SIZE_MAX
 * (KG_MAP_NONE and the like): the top 16 of each range share the same 32
 * bits. Anything else does not fit and aborts (no caller stores one). */
static uint32_t enc(size_t v) {
  if (v >= 0xFFFFFFF0u && v < SIZE_MAX - 15) abort();
  return (uint32_t)v;
}

static size_t dec(uint32_t u) {
  return u >= 0xFFFFFFF0u ? SIZE_MAX - (size_t)(0xFFFFFFFFu - u) : (size_t)u;
}

static uint32_t key_len(const char *key) {
  uint32_t n;
  memcpy(&n, key - sizeof n, sizeof n);
  return n;
}

typedef struct chunk {
  struct chunk *next;
  size_t used, cap;
  char data[];
} chunk;

struct kg_map {
  slot *slots;
  size_t cap; /* power of two */
  size_t count;
  chunk *chunks;
};

uint64_t kg_hash(const char *s, size_t len) {
  uint64_t h = 1469598103934665603ULL;
  for (size_t i = 0; i < len; i++) {
    h ^= (unsigned char)s[i];
    h *= 1099511628211ULL;
  }
  return h;
}

static uint64_t mix(uint64_t h) {
  h ^= h >> 30;
  h *= 0xbf58476d1ce4e5b9ULL;
  h ^= h >> 27;
  h *= 0x94d049bb133111ebULL;
  h ^= h >> 31;
  return h;
}

/* The table's hash: word at a time; not kg_hash (whose FNV-1a values are
 * part of the API). The bytes after the last whole word are read as two
 * overlapping loads, not one at a time: most keys are words of 3 to 10
 * bytes. (Nothing depends on the table's order: kg_map_next is unordered.) */
static uint64_t table_hash(const char *s, size_t len) {
  uint64_t h = 0x9E3779B97F4A7C15ULL * (len + 1);
  size_t n = len;
  while (n >= 8) {
    uint64_t w;
    memcpy(&w, s, 8);
    h = (h ^ w) * 0xff51afd7ed558ccdULL;
    h ^= h >> 32;
    s += 8;
    n -= 8;
  }
  uint64_t w = 0;
  if (n && len >= 8) {
    memcpy(&w, s + n - 8, 8); /* the last 8 bytes, overlapping the word before */
  } else if (n >= 4) {
    uint32_t a, b;
    memcpy(&a, s, 4);
    memcpy(&b, s + n - 4, 4);
    w = a | (uint64_t)b << 32;
  } else if (n) {
    w = (uint64_t)(unsigned char)s[0] | (uint64_t)(unsigned char)s[n / 2] << 8 |
        (uint64_t)(unsigned char)s[n - 1] << 16;
  }
  return mix(h ^ w);
}

kg_map *kg_map_new(void) {
  kg_map *m = kg_xcalloc(1, sizeof *m);
  m->cap = 16;
  m->slots = kg_xcalloc(m->cap, sizeof(slot));
  return m;
}

void kg_map_free(kg_map *m) {
  if (!m) return;
  chunk *c = m->chunks;
  while (c) {
    chunk *n = c->next;
    free(c);
    c = n;
  }
  free(m->slots);
  free(m);
}

void kg_map_drop_table(kg_map *m) {
  free(m->slots);
  m->slots = NULL;
  m->cap = 0;
}

static const char *copy_key(kg_map *m, const char *key, size_t len) {
  chunk *c = m->chunks;
  size_t need = sizeof(uint32_t) + len + 1;
  if (!c || c->cap - c->used < need) {
    size_t cap = need > 16384 ? need : 16384;
    c = kg_xmalloc(sizeof(chunk) + cap);
    c->next = m->chunks;
    c->used = 0;
    c->cap = cap;
    m->chunks = c;
  }
  char *p = c->data + c->used;
  uint32_t n = (uint32_t)len;
  memcpy(p, &n, sizeof n);
  p += sizeof n;
  memcpy(p, key, len);
  p[len] = '\0';
  c->used += need;
  return p;
}

static slot *find(const kg_map *m, const char *key, size_t len, uint32_t h) {
  size_t mask = m->cap - 1, i = (size_t)h & mask;
  for (;;) {
    slot *s = &m->slots[i];
    if (!s->key) return s;
    if (s->hash == h && key_len(s->key) == len && memcmp(s->key, key, len) == 0)
      return s;
    i = (i + 1) & mask;
  }
}

static void resize(kg_map *m, size_t cap) {
  slot *old = m->slots;
  size_t oldcap = m->cap;
  m->cap = cap;
  m->slots = kg_xcalloc(m->cap, sizeof(slot));
  for (size_t i = 0; i < oldcap; i++)
    if (old[i].key) *find(m, old[i].key, key_len(old[i].key), old[i].hash) = old[i];
  free(old);
}

size_t kg_map_get(const kg_map *m, const char *key, size_t len) {
  if (!m->slots) return KG_MAP_NONE; /* table dropped */
  slot *s = find(m, key, len, (uint32_t)table_hash(key, len));
  return s->key ? dec(s->value) : KG_MAP_NONE;
}

uint32_t kg_map_hash(const char *key, size_t len) {
  return (uint32_t)table_hash(key, len);
}

void kg_map_prefetch(const kg_map *m, uint32_t hash) {
#if defined(__GNUC__)
  if (m->slots) __builtin_prefetch(&m->slots[(size_t)hash & (m->cap - 1)]);
#else
  (void)m;
  (void)hash;
#endif
}

void kg_map_prefetch_key(const kg_map *m, uint32_t hash) {
#if defined(__GNUC__)
  if (!m->slots) return;
  const slot *s = &m->slots[(size_t)hash & (m->cap - 1)];
  if (s->key && s->hash == hash) __builtin_prefetch(s->key - sizeof(uint32_t));
#else
  (void)m;
  (void)hash;
#endif
}

size_t kg_map_get_hashed(const kg_map *m, const char *key, size_t len,
                         uint32_t hash) {
  if (!m->slots) return KG_MAP_NONE;
  slot *s = find(m, key, len, hash);
  return s->key ? dec(s->value) : KG_MAP_NONE;
}

static slot *insert(kg_map *m, const char *key, size_t len, int *fresh) {
  if (len > UINT32_MAX) abort(); /* no such key: inputs are capped far below */
  uint32_t h = (uint32_t)table_hash(key, len);
  slot *s = find(m, key, len, h);
  *fresh = !s->key;
  if (*fresh) {
    /* grow only for a new key, so that replacing a value never moves the
     * slots (kg_map_next stays valid across kg_map_put of a present key) */
    if ((m->count + 1) * 4 > m->cap * 3) {
      resize(m, m->cap * 2);
      s = find(m, key, len, h);
    }
    s->key = copy_key(m, key, len);
    s->hash = h;
    m->count++;
  }
  return s;
}

void kg_map_put(kg_map *m, const char *key, size_t len, size_t value) {
  int fresh;
  insert(m, key, len, &fresh)->value = enc(value);
}

size_t kg_map_intern(kg_map *m, const char *key, size_t len, size_t value) {
  int fresh;
  slot *s = insert(m, key, len, &fresh);
  if (fresh) s->value = enc(value);
  return dec(s->value);
}

const char *kg_map_intern_key(kg_map *m, const char *key, size_t len,
                              size_t value, size_t *stored) {
  int fresh;
  slot *s = insert(m, key, len, &fresh);
  if (fresh) s->value = enc(value);
  if (stored) *stored = dec(s->value);
  return s->key;
}

uint32_t *kg_map_ref(kg_map *m, const char *key, size_t len, size_t value) {
  int fresh;
  slot *s = insert(m, key, len, &fresh);
  if (fresh) s->value = enc(value);
  return &s->value;
}

void kg_map_reserve(kg_map *m, size_t n) {
  size_t cap = m->cap;
  while (n * 4 > cap * 3) cap *= 2; /* the load factor insert keeps */
  if (cap != m->cap) resize(m, cap);
}

size_t kg_map_count(const kg_map *m) { return m->count; }

int kg_map_next(const kg_map *m, size_t *pos, const char **key, size_t *len,
                size_t *value) {
  while (*pos < m->cap) {
    slot *s = &m->slots[(*pos)++];
    if (s->key) {
      if (key) *key = s->key;
      if (len) *len = key_len(s->key);
      if (value) *value = dec(s->value);
      return 1;
    }
  }
  return 0;
}

/* ---- images ---------------------------------------------------------------
 * Header: 'KGMP', then cap, count and the key bytes as uint32; then one
 * record per full slot in slot order (position, key offset, hash, value,
 * uint32 each); then the keys, each as copy_key lays it out (its length as
 * uint32, its bytes, a NUL), padded to 4 bytes; the whole padded to 8. */
#define IMAGE_MAGIC 0x504d474bu /* "KGMP" in a little-endian word */

static void put32(kg_buf *b, uint32_t v) { kg_buf_append(b, &v, sizeof v); }

/* Bytes a key takes in an image: its length, its bytes and NUL, padded. */
static size_t image_key_size(const char *key) {
  return (sizeof(uint32_t) + key_len(key) + 1 + 3) & ~(size_t)3;
}

void kg_map_to_image(const kg_map *m, kg_buf *out) {
  if (m->cap > UINT32_MAX || !m->slots) abort(); /* lexicon tables are small */
  size_t keybytes = 0;
  for (size_t i = 0; i < m->cap; i++)
    if (m->slots[i].key) keybytes += image_key_size(m->slots[i].key);
  if (keybytes > UINT32_MAX) abort();
  put32(out, IMAGE_MAGIC);
  put32(out, (uint32_t)m->cap);
  put32(out, (uint32_t)m->count);
  put32(out, (uint32_t)keybytes);
  size_t off = 0;
  for (size_t i = 0; i < m->cap; i++) {
    const slot *s = &m->slots[i];
    if (!s->key) continue;
    put32(out, (uint32_t)i);
    put32(out, (uint32_t)(off + sizeof(uint32_t))); /* the key, past its length */
    put32(out, s->hash);
    put32(out, s->value);
    off += image_key_size(s->key);
  }
  for (size_t i = 0; i < m->cap; i++) {
    const slot *s = &m->slots[i];
    if (!s->key) continue;
    kg_buf_append(out, s->key - sizeof(uint32_t), sizeof(uint32_t) + key_len(s->key) + 1);
    kg_buf_pad(out, 4);
  }
  kg_buf_pad(out, 8);
}

kg_map *kg_map_from_image(const char *img, size_t len, size_t *used) {
  uint32_t h[4];
  if (len < sizeof h) return NULL;
  memcpy(h, img, sizeof h);
  size_t cap = h[1], count = h[2], keybytes = h[3];
  size_t need = sizeof h + count * 4 * sizeof(uint32_t) + keybytes;
  need = (need + 7) & ~(size_t)7;
  if (h[0] != IMAGE_MAGIC || cap < 16 || (cap & (cap - 1)) || count * 4 > cap * 3 ||
      need > len)
    return NULL;
  const char *recs = img + sizeof h, *keys = recs + count * 4 * sizeof(uint32_t);
  kg_map *m = kg_xcalloc(1, sizeof *m);
  m->cap = cap;
  m->count = count;
  m->slots = kg_xcalloc_populated(cap, sizeof(slot));
  for (size_t r = 0; r < count; r++) {
    uint32_t v[4];
    memcpy(v, recs + r * sizeof v, sizeof v);
    if (v[0] >= cap || v[1] < sizeof(uint32_t) || v[1] >= keybytes ||
        m->slots[v[0]].key || key_len(keys + v[1]) >= keybytes - v[1] ||
        keys[v[1] + key_len(keys + v[1])] != '\0') {
      kg_map_free(m);
      return NULL;
    }
    m->slots[v[0]] = (slot){keys + v[1], v[2], v[3]};
  }
  *used = need;
  return m;
}
