/* test_lexicon.c - the compiled-in lexicon image against the TSV files it was
 * made from: the same entries, tables and answers, and one string per
 * country, which extraction compares by pointer. */
#include <stdlib.h>
#include <string.h>

#include "extract/internal.h"
#include "harness.h"

static int same_str(const char *a, const char *b) {
  return (!a && !b) || (a && b && strcmp(a, b) == 0);
}

/* Every key of `a` maps to the same value in `b`, at the same place in the
 * iteration order, and both hold as many keys. */
static size_t map_diffs(const kg_map *a, const kg_map *b) {
  size_t diffs = kg_map_count(a) != kg_map_count(b);
  size_t pa = 0, pb = 0, la, lb, va, vb;
  const char *ka, *kb;
  while (kg_map_next(a, &pa, &ka, &la, &va)) {
    if (!kg_map_next(b, &pb, &kb, &lb, &vb) || pa != pb || la != lb ||
        memcmp(ka, kb, la) || va != vb || kg_map_get(b, ka, la) != va)
      diffs++;
  }
  return diffs;
}

static void test_image_matches_tsv(void) {
  const char *src = getenv("KG_SRC");
  char dir[4096];
  snprintf(dir, sizeof dir, "%s/data/lexicon", src ? src : ".");
  kg_lexicon *img = NULL, *tsv = NULL;
  kg_error err;
  CHECK_INT(kg_lexicon_load(NULL, &img, &err), KG_OK);
  CHECK_INT(kg_lexicon_load(dir, &tsv, &err), KG_OK);
  if (!img || !tsv) {
    fprintf(stderr, "test_lexicon: cannot load %s (set KG_SRC)\n", dir);
    kg_lexicon_free(img);
    kg_lexicon_free(tsv);
    return;
  }
  /* the image is what kg_lexicon_load(NULL) reads: none of its strings is
   * in the arena the TSV loader fills */
  CHECK(img->arena.head == NULL && tsv->arena.head != NULL);
  CHECK(img->n_ents > 100000);
  CHECK_INT(img->n_ents, tsv->n_ents);
  CHECK_INT(img->n_words, tsv->n_words);
  CHECK_INT(img->n_multi, tsv->n_multi);
  size_t diffs = 0;
  for (size_t x = 0; x < img->n_ents && x < tsv->n_ents; x++) {
    const kg_lexent *a = &img->ents[x], *b = &tsv->ents[x];
    if (a->kinds != b->kinds || a->ntok != b->ntok || a->given != b->given ||
        !same_str(a->form, b->form) || !same_str(a->country, b->country) ||
        !same_str(a->alpha3, b->alpha3) || !same_str(a->canon, b->canon) ||
        !same_str(a->orgkind, b->orgkind) || a->pop != b->pop ||
        a->capsonly != b->capsonly || a->word != b->word ||
        a->split_region != b->split_region)
      diffs++;
  }
  CHECK_INT(diffs, 0);
  CHECK(img->n_words == tsv->n_words &&
        !memcmp(img->words_v, tsv->words_v, img->n_words * sizeof *img->words_v));
  CHECK(img->n_multi == tsv->n_multi &&
        !memcmp(img->multi_v, tsv->multi_v, img->n_multi * sizeof *img->multi_v));
  CHECK_INT(map_diffs(img->phrases, tsv->phrases), 0);
  CHECK_INT(map_diffs(img->first, tsv->first), 0);
  CHECK_INT(map_diffs(img->countries, tsv->countries), 0);
  CHECK_INT(map_diffs(img->multi, tsv->multi), 0);

  /* one string per country: every entry's country is the pointer its
   * country's own entry holds */
  size_t strays = 0, placed = 0;
  for (size_t x = 0; x < img->n_ents; x++) {
    const char *c = img->ents[x].country;
    if (!c) continue;
    placed++;
    size_t idx = kg_map_get(img->countries, c, strlen(c));
    if (idx == KG_MAP_NONE || img->ents[idx].country != c) strays++;
  }
  CHECK(placed > 10000);
  CHECK_INT(strays, 0);

  /* and it answers: a city places its country, a phrase is found */
  const kg_lexent *e = kg_lex_get(img, "nairobi", 7);
  CHECK(e && (e->kinds & LX_CITY));
  CHECK_STR(e ? e->country : NULL, "Kenya");
  CHECK(kg_lex_country(img, "Kenya") == (e ? e->country : NULL));
  kg_lexicon_free(img);
  kg_lexicon_free(tsv);
}

/* An image that is cut short or damaged is refused (kg_lexicon_load then
 * reads the TSV files): the map reader checks what it is given. */
static void test_map_image_damage(void) {
  kg_map *m = kg_map_new();
  char key[32];
  for (int i = 0; i < 3000; i++) {
    int n = snprintf(key, sizeof key, "w%d", i * 7);
    kg_map_put(m, key, (size_t)n, (size_t)i);
  }
  kg_buf img = KG_BUF_INIT;
  kg_map_to_image(m, &img);
  CHECK(img.len % 8 == 0);
  size_t used = 0;
  kg_map *r = kg_map_from_image(img.ptr, img.len, &used);
  CHECK(r != NULL);
  CHECK_INT(used, img.len);
  CHECK(r && map_diffs(m, r) == 0);
  /* the read map takes new keys (copied into its own chunks) */
  if (r) {
    CHECK_INT(kg_map_intern(r, "fresh", 5, 4000), 4000);
    for (int i = 0; i < 5000; i++) { /* enough to grow the table */
      int n = snprintf(key, sizeof key, "x%d", i);
      kg_map_put(r, key, (size_t)n, (size_t)i);
    }
    CHECK_INT(kg_map_get(r, "w70", 3), 10);
    CHECK_INT(kg_map_get(r, "x4999", 5), 4999);
  }
  kg_map_free(r);
  CHECK(kg_map_from_image(img.ptr, img.len - 8, &used) == NULL);  /* short */
  CHECK(kg_map_from_image(img.ptr, 12, &used) == NULL);           /* no header */
  img.ptr[0] ^= 1;                                                /* magic */
  CHECK(kg_map_from_image(img.ptr, img.len, &used) == NULL);
  img.ptr[0] ^= 1;
  uint32_t pos;
  memcpy(&pos, img.ptr + 16, 4);
  uint32_t bad = 1u << 30; /* a slot past the table */
  memcpy(img.ptr + 16, &bad, 4);
  CHECK(kg_map_from_image(img.ptr, img.len, &used) == NULL);
  memcpy(img.ptr + 16, &pos, 4);
  r = kg_map_from_image(img.ptr, img.len, &used);
  CHECK(r != NULL); /* mended, it reads again */
  kg_map_free(r);
  kg_buf_free(&img);
  kg_map_free(m);
}

int main(void) {
  test_image_matches_tsv();
  test_map_image_damage();
  TEST_MAIN_END();
}
