/* map.h - a string-keyed hash map (open addressing, linear probing) from
 * byte strings to size_t values. Keys are copied into the map, at addresses
 * that never change. Used for lexicons, for entity resolution inside a
 * document and for merging the graph (where it also interns strings). Keys
 * are shorter than 4 GiB (inserting a longer one aborts). Values are
 * indexes below 2^32 - 16 or the sentinels within 16 of SIZE_MAX, such as
 * KG_MAP_NONE (storing any other value aborts): a slot holds 32 bits. */
#ifndef KG_MAP_H
#define KG_MAP_H

#include <stddef.h>
#include <stdint.h>

typedef struct kg_map kg_map;

#define KG_MAP_NONE ((size_t)-1)

/** New empty map; free with kg_map_free. */
kg_map *kg_map_new(void);
/** Free the map and its key copies. NULL is a no-op. */
void kg_map_free(kg_map *m);
/** Value stored for the key, or KG_MAP_NONE. */
size_t kg_map_get(const kg_map *m, const char *key, size_t len);
/** The key's hash in the table, for kg_map_prefetch and kg_map_get_hashed:
 *  a caller with many keys to look up hashes them ahead and prefetches
 *  their slots, so that the cache misses of a large table overlap. */
uint32_t kg_map_hash(const char *key, size_t len);
/** Start loading the table slot where a key of this hash would be (a hint:
 *  no effect on the map's contents). */
void kg_map_prefetch(const kg_map *m, uint32_t hash);
/** Start loading the stored key a lookup of this hash would compare first,
 *  once its slot is loaded (kg_map_prefetch some time before). */
void kg_map_prefetch_key(const kg_map *m, uint32_t hash);
/** kg_map_get with the key's kg_map_hash already computed. */
size_t kg_map_get_hashed(const kg_map *m, const char *key, size_t len,
                         uint32_t hash);
/** Store `value` under the key (replacing any old value; replacing moves
 *  nothing, so it is safe while iterating with kg_map_next). */
void kg_map_put(kg_map *m, const char *key, size_t len, size_t value);
/** Insert `value` unless the key exists; returns the value now stored. */
size_t kg_map_intern(kg_map *m, const char *key, size_t len, size_t value);
/** Insert `value` unless the key exists; returns the map's own copy of the
 *  key (NUL-terminated; it keeps its address until the map is freed, so it
 *  can serve as an interned string compared by pointer) and, when `stored`
 *  is not NULL, sets `*stored` to the value now stored. */
const char *kg_map_intern_key(kg_map *m, const char *key, size_t len,
                              size_t value, size_t *stored);
/** The value slot of the key, inserting it with `value` when absent. The
 *  pointer stays valid until the next insert of a new key. Values are held
 *  in 32 bits: an index below 2^32 - 16 reads back as itself. */
uint32_t *kg_map_ref(kg_map *m, const char *key, size_t len, size_t value);
/** Make room for `n` keys in all, so that inserting them does not rehash. */
void kg_map_reserve(kg_map *m, size_t n);
/** Free the hash table but keep the key copies where they are (interned
 *  strings stay valid): afterwards the map only serves kg_map_free. */
void kg_map_drop_table(kg_map *m);
/** Number of keys. */
size_t kg_map_count(const kg_map *m);
/** Iterate: `*pos` starts at 0; returns 0 at the end. Order is unspecified. */
int kg_map_next(const kg_map *m, size_t *pos, const char **key, size_t *len,
                size_t *value);

/* Images: a map written at build time and compiled into kg (the lexicon's
 * tables), read back at start-up without hashing or copying a key. */
struct kg_buf;
/** Append an image of `m` to `out` (at an offset that is a multiple of 8
 *  when `out` starts aligned): its table slot for slot and its keys, so that
 *  the map kg_map_from_image reads back probes, iterates and answers as `m`
 *  does. In host byte order: the build that writes an image reads it. */
void kg_map_to_image(const kg_map *m, struct kg_buf *out);
/** A new map (free with kg_map_free) over the image at `img` (8-byte
 *  aligned, `len` bytes available), written by kg_map_to_image; sets
 *  `*used` to the image's length. The keys stay in the image: borrowed, it
 *  must outlive the map (a compiled-in image does). Returns NULL when the
 *  image is malformed. */
kg_map *kg_map_from_image(const char *img, size_t len, size_t *used);

/** The 64-bit FNV-1a hash of a byte string. */
uint64_t kg_hash(const char *s, size_t len);

#endif
