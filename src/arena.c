/* arena.c - bump allocator (see arena.h). */
#include <stdalign.h>
#include <stdlib.h>
#include <string.h>

#include "src/arena.h"
#include "src/kg.h"

struct kg_arena_chunk {
  struct kg_arena_chunk *next;
  size_t used, cap;
  alignas(max_align_t) unsigned char data[];
};

void *kg_arena_alloc(kg_arena *a, size_t size) {
  const size_t al = alignof(max_align_t);
  size = (size + al - 1) & ~(al - 1);
  struct kg_arena_chunk *c = a->head;
  if (!c || c->cap - c->used < size) {
    size_t cap = size > 8192 ? size : 8192;
    c = kg_xmalloc(sizeof *c + cap);
    c->next = a->head;
    c->used = 0;
    c->cap = cap;
    a->head = c;
  }
  void *p = c->data + c->used;
  c->used += size;
  memset(p, 0, size);
  return p;
}

char *kg_arena_strndup(kg_arena *a, const char *s, size_t len) {
  char *p = kg_arena_alloc(a, len + 1);
  memcpy(p, s, len);
  p[len] = '\0';
  return p;
}

char *kg_arena_strdup(kg_arena *a, const char *s) {
  return s ? kg_arena_strndup(a, s, strlen(s)) : NULL;
}

void kg_arena_free(kg_arena *a) {
  struct kg_arena_chunk *c = a->head;
  while (c) {
    struct kg_arena_chunk *n = c->next;
    free(c);
    c = n;
  }
  a->head = NULL;
}
