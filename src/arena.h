/* arena.h - a bump allocator: many small allocations freed at once. Each
 * document's facts live in one arena, so freeing a document is O(chunks). */
#ifndef KG_ARENA_H
#define KG_ARENA_H

#include <stddef.h>

typedef struct kg_arena {
  struct kg_arena_chunk *head;
} kg_arena;

#define KG_ARENA_INIT {NULL}

/** Allocate `size` bytes aligned for any type, zeroed. Never NULL. */
void *kg_arena_alloc(kg_arena *a, size_t size);
/** Copy `len` bytes into the arena, NUL-terminated. */
char *kg_arena_strndup(kg_arena *a, const char *s, size_t len);
/** Copy a NUL-terminated string; NULL gives NULL. */
char *kg_arena_strdup(kg_arena *a, const char *s);
/** Free every allocation of the arena; it can be reused. */
void kg_arena_free(kg_arena *a);

#endif
