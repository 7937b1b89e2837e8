/* lexicon.c - load the gazetteers and word lists (data/lexicon/NAME.tsv, compiled
 * in by cmake/embed.c, overridable with --lexicon DIR) into one phrase table
 * keyed by folded token keys, and match phrases against tokens. The table is
 * immutable after loading, so threads share it freely. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "extract/internal.h"
#include "src/embedded.h"
#include "src/io.h"

#include "lexicon_data.inc"

/* Files in load order: countries first, since later files name countries by
 * alpha-3 code. */
static const char *const lexicon_names[] = {
    "countries", "demonyms", "words",  "given_names", "given_names_ambiguous",
    "regions",   "cities",   "ranks",  "honorifics",  "titles",
    "orgs",      "misc",     NULL};

const char *const *kg_lexicon_names(void) { return lexicon_names; }

const char *const kg_event_words[] = {
    "met", "meets", "meet", "received", "receives", "receive", "receiving", "hosted",
    "hosts", "host", "hosting", "welcomed", "welcomes", "welcoming", "welcome", "convened",
    "called", "calls", "call", "held", "holds", "had", "has", "hold", "have", "talked",
    "talking",
    "spoke", "discussed", "discuss", "meeting", "talks", "summit", "meetings",
    "discussions", "consultations", "attended", "present", "attendance", "joined", "took",
    "participated", "briefed", "exchanged", "conferred", "interacted", "conversed", "sat",
    "co-chaired",
    "co-chair", "co-chairs", "co-chairing", "granted", "grants", "gave", "gives", "accorded",
    "visit", "visited", "greeted", "greets", "shook",
    "visits", "visiting", "signed", "sign", "signing", "inked", "exercise", "exercises",
    "drills", "drill", "manoeuvres", "maneuvers", "ceremony", "parade", "wreath",
    "wreath-laying", "commemoration", "war", "conflict", "invasion", "hostilities", NULL};

static const kg_embedded *embedded_file(const char *name) {
  char want[64];
  snprintf(want, sizeof want, "%s.tsv", name);
  for (const kg_embedded *e = kg_lexicon_files; e->name; e++)
    if (strcmp(e->name, want) == 0) return e;
  return NULL;
}

static int ascii_lower_word(const char *s, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (!(s[i] >= 'a' && s[i] <= 'z')) return 0;
  return n > 0;
}

static int all_caps_form(const char *s) {
  int letters = 0;
  for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
    if (*p >= 'a' && *p <= 'z') return 0;
    if (*p >= 'A' && *p <= 'Z') letters++;
    if (*p >= 0x80) return 0;
  }
  return letters >= 1;
}

/* True when `s` is ASCII letters in words joined by single spaces: its
 * phrase key is then its lower-case form, without running the tokenizer. */
static int ascii_plain_phrase(const char *s, size_t n) {
  if (!n || s[0] == ' ' || s[n - 1] == ' ') return 0;
  for (size_t i = 0; i < n; i++) {
    char c = s[i];
    if (c == ' ') {
      if (s[i + 1] == ' ') return 0;
    } else if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) {
      return 0;
    }
  }
  return 1;
}

/* Entry for `form` (creating it), or NULL when the form has no key. */
static kg_lexent *entry(kg_lexicon *lex, const char *form, kg_buf *key,
                        kg_tokens *scratch) {
  kg_buf_reset(key);
  size_t flen = strlen(form);
  if (ascii_lower_word(form, flen)) {
    kg_buf_append(key, form, flen);
  } else if (ascii_plain_phrase(form, flen)) {
    kg_buf_append(key, form, flen);
    for (size_t i = 0; i < flen; i++)
      if (key->ptr[i] >= 'A' && key->ptr[i] <= 'Z') key->ptr[i] += 32;
  } else {
    kg_phrase_key_with(form, flen, key, scratch);
  }
  if (!key->len) return NULL;
  /* one probe finds the entry or makes its slot */
  size_t idx;
  const char *kcopy =
      kg_map_intern_key(lex->phrases, key->ptr, key->len, lex->n_ents, &idx);
  if (idx == lex->n_ents) {
    KG_GROW(lex->ents, lex->cap_ents, lex->n_ents + 1);
    lex->n_ents++;
    kg_lexent *e = &lex->ents[idx];
    memset(e, 0, sizeof *e);
    e->form = kg_arena_strdup(&lex->arena, form);
    /* tokens: one more than the spaces (most keys have none) */
    const char *sp = memchr(key->ptr, ' ', key->len), *kend = key->ptr + key->len;
    size_t ntok = 1;
    for (const char *q = sp; q; q = memchr(q + 1, ' ', (size_t)(kend - q - 1))) ntok++;
    e->ntok = (uint16_t)ntok;
    size_t flen1 = sp ? (size_t)(sp - key->ptr) : key->len;
    uint32_t *w = kg_map_ref(lex->first, key->ptr, flen1, lex->n_words);
    if (*w == lex->n_words) {
      KG_GROW(lex->words_v, lex->cap_words, lex->n_words + 1);
      lex->words_v[lex->n_words].ent = 0;
      lex->words_v[lex->n_words].first = 0;
      lex->n_words++;
    }
    struct kg_lexword *r = &lex->words_v[*w];
    if ((r->first & 0xff) < ntok) r->first = ntok > 255 ? 255 : (uint32_t)ntok;
    if (!sp) r->ent = (uint32_t)idx + 1;
    e->word = (uint32_t)*w;
    if (sp) {
      KG_GROW(lex->pend, lex->cap_pend, lex->n_pend + 1);
      lex->pend[lex->n_pend].key = kcopy;
      lex->pend[lex->n_pend].len = key->len;
      lex->pend[lex->n_pend].ent = idx;
      lex->n_pend++;
    }
  }
  return &lex->ents[idx];
}

/* Give entry `e` the kind `bit` as written by `form`. A kind written only in
 * capitals (US, WHO) matches only capitalised text; any mixed-case form of
 * the same kind lifts that. */
static void add_kind(kg_lexent *e, uint32_t bit, const char *form) {
  int had = (e->kinds & bit) != 0;
  e->kinds |= bit;
  if (all_caps_form(form)) {
    if (!had) e->capsonly |= bit;
  } else {
    e->capsonly &= ~bit;
  }
}

static const char *country_by_alpha3(kg_lexicon *lex, const char *a3) {
  size_t idx = kg_map_get(lex->countries, a3, strlen(a3));
  return idx == KG_MAP_NONE ? NULL : lex->ents[idx].country;
}

static const char *intern(kg_lexicon *lex, const char *s) {
  return s && *s ? kg_arena_strdup(&lex->arena, s) : NULL;
}

static uint32_t class_bits(const char *file, const char *cls) {
  if (strcmp(file, "titles") == 0) {
    if (strcmp(cls, "title") == 0) return LX_TITLE;
    if (strcmp(cls, "mod") == 0) return LX_TITLEMOD;
    if (strcmp(cls, "domain") == 0) return LX_DOMAIN;
  } else if (strcmp(file, "orgs") == 0) {
    if (strcmp(cls, "head") == 0) return LX_ORGHEAD;
    if (strcmp(cls, "org") == 0) return LX_ORG;
  } else if (strcmp(file, "misc") == 0) {
    if (strcmp(cls, "particle") == 0) return LX_PARTICLE;
    if (strcmp(cls, "speech") == 0) return LX_SPEECH;
    if (strcmp(cls, "nonname") == 0) return LX_NONNAME;
  }
  return 0;
}

/* Parse one TSV file's rows into the table. */
static kg_status load_rows(kg_lexicon *lex, const char *name, const char *data,
                           size_t len, const char *path, kg_error *err) {
  kg_buf key = KG_BUF_INIT;
  kg_tokens scratch;
  memset(&scratch, 0, sizeof scratch);
  long lineno = 0;
  size_t i = 0;
  char *line = NULL;
  size_t linecap = 0;
  kg_status st = KG_OK;
  /* which file this is and the columns each row needs, decided once, not
   * per row */
  enum { F_OTHER, F_COUNTRIES, F_PLACES, F_RANKS, F_HONORIFICS, F_CLASSED,
         F_ORGS, F_GIVEN, F_WORDS } ft = F_OTHER;
  if (!strcmp(name, "countries")) ft = F_COUNTRIES;
  else if (!strcmp(name, "demonyms") || !strcmp(name, "regions") ||
           !strcmp(name, "cities"))
    ft = F_PLACES;
  else if (!strcmp(name, "ranks")) ft = F_RANKS;
  else if (!strcmp(name, "honorifics")) ft = F_HONORIFICS;
  else if (!strcmp(name, "titles") || !strcmp(name, "misc")) ft = F_CLASSED;
  else if (!strcmp(name, "orgs")) ft = F_ORGS;
  else if (!strncmp(name, "given_names", 11)) ft = F_GIVEN;
  else if (!strcmp(name, "words")) ft = F_WORDS;
  /* at most one new key per line: size the tables once per file */
  size_t lines = 1;
  for (const char *q = data, *qe = data + len; (q = memchr(q, '\n', (size_t)(qe - q))); q++)
    lines++;
  kg_map_reserve(lex->phrases, kg_map_count(lex->phrases) + lines);
  kg_map_reserve(lex->first, kg_map_count(lex->first) + lines);
  int need = 1;
  if (!strcmp(name, "countries")) need = 3;
  else if (!strcmp(name, "demonyms") || !strcmp(name, "regions") ||
           !strcmp(name, "ranks") || !strcmp(name, "honorifics"))
    need = 2;
  else if (!strcmp(name, "cities")) need = 2;
  else if (!strcmp(name, "titles") || !strcmp(name, "orgs") ||
           !strcmp(name, "misc"))
    need = 2;
  while (i < len) {
    const char *nl = memchr(data + i, '\n', len - i);
    size_t n = nl ? (size_t)(nl - (data + i)) : len - i;
    lineno++;
    if (n + 1 > linecap) {
      linecap = n + 1;
      line = kg_xrealloc(line, linecap);
    }
    memcpy(line, data + i, n);
    line[n] = '\0';
    i += n + (nl ? 1 : 0); /* before dropping '\r': "x\r" at EOF looped */
    if (n && line[n - 1] == '\r') line[--n] = '\0';
    if (n == 0 || line[0] == '#') continue;
    char *col[6] = {0};
    int nc = 0;
    char *p = line;
    while (nc < 6) {
      col[nc++] = p;
      char *tab = strchr(p, '\t');
      if (!tab) break;
      *tab = '\0';
      p = tab + 1;
    }
    const char *form = col[0];
    if (!*form) continue;
    if (nc < need) {
      st = kg_error_set(err, KG_EPARSE, path, lineno,
                        "expected %d tab-separated columns, found %d", need, nc);
      break;
    }
    kg_lexent *e = entry(lex, form, &key, &scratch);
    if (!e) continue;
    if (ft == F_COUNTRIES) {
      add_kind(e, LX_COUNTRY, form);
      /* one string per country, so that code may compare pointers */
      size_t known = kg_map_get(lex->countries, col[2], strlen(col[2]));
      e->alpha3 = known != KG_MAP_NONE ? lex->ents[known].alpha3 : intern(lex, col[1]);
      e->country = known != KG_MAP_NONE ? lex->ents[known].country : intern(lex, col[2]);
      size_t idx = (size_t)(e - lex->ents);
      kg_map_intern(lex->countries, col[1], strlen(col[1]), idx);
      kg_map_intern(lex->countries, col[2], strlen(col[2]), idx);
    } else if (ft == F_PLACES) {
      const char *c = country_by_alpha3(lex, col[1]);
      uint32_t bit = name[0] == 'd' ? LX_DEMONYM : name[0] == 'r' ? LX_REGION
                                                                  : LX_CITY;
      uint32_t pop = nc > 2 ? (uint32_t)strtoul(col[2], NULL, 10) : 0;
      if (bit == LX_CITY && (e->kinds & LX_CITY) && pop <= e->pop) continue;
      /* towns named like common words or given names ("Reading", "Ali")
       * are too ambiguous to be places unless they are large */
      if (bit == LX_CITY && (e->kinds & (LX_WORD | LX_GIVEN)) && pop < 1000000) {
        /* ... but a dateline may still name one ("COLOMBO, May 3
         * (Xinhua) -", "Muscat, April 30 (ONA) -"): the most populous
         * town's country is kept on an entry that places nothing else
         * (it is no LX_CITY; kg_find_basics reads it at the head of a
         * dateline) */
        if (c && !(e->kinds & ~(LX_WORD | LX_GIVEN)) && (!e->country || pop > e->pop)) {
          e->country = c;
          e->alpha3 = intern(lex, col[1]);
          e->pop = pop;
        }
        continue;
      }
      /* the first file to place a form wins (countries, demonyms, regions,
       * cities); among cities, the most populous */
      int only_city = !(e->kinds & (LX_COUNTRY | LX_DEMONYM | LX_REGION));
      /* "Gaza" names a province of Mozambique and a Palestinian territory:
       * the city of the name (Gaza, PSE) says which is meant */
      if (bit == LX_REGION && (e->kinds & LX_REGION) && c && e->country && c != e->country)
        e->split_region = 1;
      int split = bit == LX_CITY && e->split_region &&
                  !(e->kinds & (LX_COUNTRY | LX_DEMONYM)) && pop > e->pop;
      if (c && (!e->country || (bit == LX_CITY && (only_city || split)))) {
        e->country = c;
        e->alpha3 = intern(lex, col[1]);
      }
      add_kind(e, bit, form);
      if (bit == LX_CITY) e->pop = pop;
    } else if (ft == F_RANKS) {
      add_kind(e, LX_RANK, form);
      e->canon = intern(lex, col[1]);
    } else if (ft == F_HONORIFICS) {
      add_kind(e, LX_HONORIFIC, form);
      if (!e->canon) e->canon = intern(lex, col[1]);
    } else if (ft == F_CLASSED) {
      uint32_t b = class_bits(name, col[1]);
      if (!b) {
        st = kg_error_set(err, KG_EPARSE, path, lineno, "unknown class '%s'",
                          col[1]);
        break;
      }
      add_kind(e, b, form);
      if (nc > 2 && *col[2] && b == LX_TITLE) e->canon = intern(lex, col[2]);
    } else if (ft == F_ORGS) {
      /* form, class (head|org), kind, canonical label, country alpha-3 */
      uint32_t b = class_bits(name, col[1]);
      if (!b) {
        st = kg_error_set(err, KG_EPARSE, path, lineno, "unknown class '%s'",
                          col[1]);
        break;
      }
      add_kind(e, b, form);
      if (nc > 2) e->orgkind = intern(lex, col[2]);
      if (nc > 3 && *col[3]) e->canon = intern(lex, col[3]);
      if (nc > 4 && *col[4]) {
        const char *c = country_by_alpha3(lex, col[4]);
        if (c && !(e->kinds & LX_COUNTRY)) e->country = c;
      } else if (b == LX_ORG && !(e->kinds & (LX_COUNTRY | LX_DEMONYM))) {
        /* "UN", "ILO": an organisation of no country, though a town of
         * that name has one */
        e->country = NULL;
        e->alpha3 = NULL;
      }
    } else if (ft == F_GIVEN) {
      add_kind(e, LX_GIVEN, form);
      /* forms that fold to one key ("Jan" in 18 lists, "Ján" in one) keep
       * the highest count: the accented variant must not lower it */
      int g = nc > 1 ? atoi(col[1]) : 1;
      if (g < 1) g = 1;
      if (g > 65535) g = 65535;
      if ((uint16_t)g > e->given) e->given = (uint16_t)g;
    } else if (ft == F_WORDS) {
      add_kind(e, LX_WORD, form);
    }
  }
  free(line);
  kg_buf_free(&key);
  kg_tokens_free(&scratch);
  return st;
}

/* The multi_v record of a multi-token key, creating it. */
static struct kg_lexmulti *multi_rec(kg_lexicon *lex, const char *k, size_t n) {
  uint32_t *v = kg_map_ref(lex->multi, k, n, lex->n_multi);
  if (*v == lex->n_multi) {
    KG_GROW(lex->multi_v, lex->cap_multi, lex->n_multi + 1);
    lex->multi_v[lex->n_multi].ent = 0;
    lex->multi_v[lex->n_multi].ext = 0;
    lex->n_multi++;
  }
  return &lex->multi_v[*v];
}

/* Record multi-token phrase `k` (entry idx; `sp` is its first space) and
 * its proper prefixes of two or more tokens. */
static void add_multi(kg_lexicon *lex, const char *k, size_t klen,
                      const char *sp, size_t idx) {
  uint32_t kinds = lex->ents[idx].kinds;
  multi_rec(lex, k, klen)->ent = (uint32_t)idx + 1;
  for (const char *p = sp + 1; (p = memchr(p, ' ', klen - (size_t)(p - k))); p++)
    multi_rec(lex, k, (size_t)(p - k))->ext |= kinds;
}

/* ---- the compiled-in image ------------------------------------------------
 * The build loads the TSV files once (tools/kg-lexicon-image.c) and compiles
 * the loaded tables in as an image (lexicon_image.c); kg_lexicon_load reads
 * it back in a few milliseconds instead of parsing, folding and hashing
 * 120,000 rows at every start. The tool links a zero-length image.
 *
 * Layout (host byte order, every part at a multiple of 8): the header
 * (magic, then n_ents, n_words, n_multi and the string pool's bytes as
 * uint64); the pool (NUL-terminated strings, each once: equal strings are
 * one pointer after reading, as the loader's one string per country is);
 * the entries (struct img_ent); words_v; multi_v; the maps phrases, first,
 * countries and multi (kg_map_to_image). */
extern const unsigned char kg_lexicon_image[];
extern const size_t kg_lexicon_image_len;

#define IMG_MAGIC 0x31474d49584c474bULL /* "KGLXIMG1" in a little-endian word */
#define IMG_NONE UINT32_MAX             /* a NULL string */

struct img_ent {
  uint32_t kinds, given_ntok, form, country, alpha3, canon, orgkind, pop,
      capsonly, word, split_region;
};

/* Offset of string `s` in the pool (adding it once), or IMG_NONE. */
static uint32_t img_str(kg_map *seen, kg_buf *pool, const char *s) {
  if (!s) return IMG_NONE;
  size_t n = strlen(s), off = kg_map_intern(seen, s, n, pool->len);
  if (off == pool->len) kg_buf_append(pool, s, n + 1);
  return (uint32_t)off;
}

void kg_lexicon_to_image(const kg_lexicon *lex, kg_buf *out) {
  kg_map *seen = kg_map_new();
  kg_buf pool = KG_BUF_INIT, ents = KG_BUF_INIT;
  for (size_t x = 0; x < lex->n_ents; x++) {
    const kg_lexent *e = &lex->ents[x];
    struct img_ent r = {e->kinds,
                        (uint32_t)e->given << 16 | e->ntok,
                        img_str(seen, &pool, e->form),
                        img_str(seen, &pool, e->country),
                        img_str(seen, &pool, e->alpha3),
                        img_str(seen, &pool, e->canon),
                        img_str(seen, &pool, e->orgkind),
                        e->pop,
                        e->capsonly,
                        e->word,
                        e->split_region};
    kg_buf_append(&ents, &r, sizeof r);
  }
  kg_map_free(seen);
  kg_buf_pad(&pool, 8);
  uint64_t h[5] = {IMG_MAGIC, lex->n_ents, lex->n_words, lex->n_multi, pool.len};
  kg_buf_append(out, h, sizeof h);
  kg_buf_pad(out, 8);
  kg_buf_append(out, pool.ptr, pool.len);
  kg_buf_append(out, ents.ptr, ents.len);
  kg_buf_pad(out, 8);
  kg_buf_append(out, lex->words_v, lex->n_words * sizeof *lex->words_v);
  kg_buf_pad(out, 8);
  kg_buf_append(out, lex->multi_v, lex->n_multi * sizeof *lex->multi_v);
  kg_buf_pad(out, 8);
  kg_map_to_image(lex->phrases, out);
  kg_map_to_image(lex->first, out);
  kg_map_to_image(lex->countries, out);
  kg_map_to_image(lex->multi, out);
  kg_buf_free(&pool);
  kg_buf_free(&ents);
}

/* The lexicon over image `img` (8-byte aligned; its strings and keys stay
 * there, borrowed), or NULL when the image is malformed. */
static kg_lexicon *from_image(const char *img, size_t len) {
  uint64_t h[5];
  if (len < sizeof h) return NULL;
  memcpy(h, img, sizeof h);
  if (h[0] != IMG_MAGIC || h[1] > UINT32_MAX || h[2] > UINT32_MAX ||
      h[3] > UINT32_MAX || h[4] > len)
    return NULL;
  size_t n_ents = h[1], n_words = h[2], n_multi = h[3], pool_len = h[4];
  size_t at = (sizeof h + 7) & ~(size_t)7;
  const char *pool = img + at;
  at += pool_len;
  size_t ents_at = at;
  at = (at + n_ents * sizeof(struct img_ent) + 7) & ~(size_t)7;
  size_t words_at = at;
  at = (at + n_words * sizeof(struct kg_lexword) + 7) & ~(size_t)7;
  size_t multi_at = at;
  at = (at + n_multi * sizeof(struct kg_lexmulti) + 7) & ~(size_t)7;
  if (at > len || !pool_len || pool[pool_len - 1] != '\0') return NULL;
  kg_lexicon *lex = kg_xcalloc(1, sizeof *lex);
  kg_map **maps[] = {&lex->phrases, &lex->first, &lex->countries, &lex->multi};
  for (size_t k = 0; k < KG_ARRAY_LEN(maps); k++) {
    size_t used;
    if (!(*maps[k] = kg_map_from_image(img + at, len - at, &used))) goto bad;
    at += used;
  }
  lex->ents = kg_xcalloc_populated(n_ents, sizeof *lex->ents);
  lex->n_ents = lex->cap_ents = n_ents;
  for (size_t x = 0; x < n_ents; x++) {
    struct img_ent r;
    memcpy(&r, img + ents_at + x * sizeof r, sizeof r);
    const uint32_t strs[] = {r.form, r.country, r.alpha3, r.canon, r.orgkind};
    for (size_t k = 0; k < KG_ARRAY_LEN(strs); k++)
      if (strs[k] != IMG_NONE && strs[k] >= pool_len) goto bad;
    if (r.word >= n_words) goto bad;
#define IMG_S(o) ((o) == IMG_NONE ? NULL : pool + (o))
    lex->ents[x] = (kg_lexent){.kinds = r.kinds,
                               .ntok = (uint16_t)r.given_ntok,
                               .given = (uint16_t)(r.given_ntok >> 16),
                               .form = IMG_S(r.form),
                               .country = IMG_S(r.country),
                               .alpha3 = IMG_S(r.alpha3),
                               .canon = IMG_S(r.canon),
                               .orgkind = IMG_S(r.orgkind),
                               .pop = r.pop,
                               .capsonly = r.capsonly,
                               .word = r.word,
                               .split_region = (uint8_t)r.split_region};
#undef IMG_S
  }
  lex->words_v = kg_xmalloc((n_words ? n_words : 1) * sizeof *lex->words_v);
  memcpy(lex->words_v, img + words_at, n_words * sizeof *lex->words_v);
  lex->n_words = lex->cap_words = n_words;
  lex->multi_v = kg_xmalloc((n_multi ? n_multi : 1) * sizeof *lex->multi_v);
  memcpy(lex->multi_v, img + multi_at, n_multi * sizeof *lex->multi_v);
  lex->n_multi = lex->cap_multi = n_multi;
  lex->from_image = 1;
  return lex;
bad:
  kg_lexicon_free(lex);
  return NULL;
}

kg_status kg_lexicon_load(const char *dir, kg_lexicon **out, kg_error *err) {
  /* the compiled-in tables, unless a directory may replace a file (a
   * malformed image, which only a broken build makes, falls back to the
   * TSV files) */
  if (!dir && kg_lexicon_image_len &&
      (*out = from_image((const char *)kg_lexicon_image, kg_lexicon_image_len))) {
    /* the records just copied are not read again, and of the strings and
     * keys that stay in the image, lookups read back the pages they need */
    kg_release_pages(kg_lexicon_image, kg_lexicon_image_len);
    return KG_OK;
  }
  kg_lexicon *lex = kg_xcalloc(1, sizeof *lex);
  lex->phrases = kg_map_new();
  lex->first = kg_map_new();
  lex->countries = kg_map_new();
  lex->multi = kg_map_new();
  kg_status st = KG_OK;
  /* size the tables for all the embedded rows at once (each file's rows
   * grew them again, rehashing what the files before had put in) */
  size_t rows = 0;
  for (int f = 0; lexicon_names[f]; f++) {
    const kg_embedded *e = embedded_file(lexicon_names[f]);
    for (const char *q = e ? e->data : NULL, *qe = q + (e ? e->len : 0);
         q && (q = memchr(q, '\n', (size_t)(qe - q))); q++)
      rows++;
  }
  kg_map_reserve(lex->phrases, rows);
  kg_map_reserve(lex->first, rows);
  for (int f = 0; lexicon_names[f] && st == KG_OK; f++) {
    const char *name = lexicon_names[f];
    char *owned = NULL;
    const char *data = NULL;
    size_t len = 0;
    char path[4096];
    snprintf(path, sizeof path, "data/lexicon/%s.tsv (embedded)", name);
    if (dir) {
      char p[4096];
      snprintf(p, sizeof p, "%s/%s.tsv", dir, name);
      kg_error e2;
      kg_status rs = kg_read_file(p, KG_MAX_INPUT, &owned, &len, &e2);
      if (rs == KG_OK) {
        data = owned;
        snprintf(path, sizeof path, "%s", p);
      } else if (rs != KG_ENOENT) {
        if (err) *err = e2;
        st = rs;
        break;
      }
    }
    if (!data) {
      const kg_embedded *e = embedded_file(name);
      if (!e) continue;
      data = e->data;
      len = e->len;
    }
    st = load_rows(lex, name, data, len, path, err);
    free(owned);
  }
  if (st != KG_OK) {
    kg_lexicon_free(lex);
    return st;
  }
  /* each first word also records the kinds of all phrases it starts, so
   * that a lookup for kinds no phrase of that word has stops at once; the
   * multi-token phrases fill the prefix table, now that kinds are final */
  for (size_t x = 0; x < lex->n_ents; x++)
    lex->words_v[lex->ents[x].word].first |= lex->ents[x].kinds << 8;
  /* the event words join the first-token table (see KG_LW_EVENT) */
  for (int w = 0; kg_event_words[w]; w++) {
    uint32_t *r = kg_map_ref(lex->first, kg_event_words[w], strlen(kg_event_words[w]),
                           lex->n_words);
    if (*r == lex->n_words) {
      KG_GROW(lex->words_v, lex->cap_words, lex->n_words + 1);
      lex->words_v[lex->n_words].ent = 0;
      lex->words_v[lex->n_words].first = 0;
      lex->n_words++;
    }
    lex->words_v[*r].first |= KG_LW_EVENT;
  }
  for (size_t x = 0; x < lex->n_pend; x++) {
    const struct kg_lexpend *p = &lex->pend[x];
    add_multi(lex, p->key, p->len, memchr(p->key, ' ', p->len), p->ent);
  }
  free(lex->pend);
  lex->pend = NULL;
  lex->n_pend = lex->cap_pend = 0;
  *out = lex;
  return KG_OK;
}

void kg_lexicon_free(kg_lexicon *lex) {
  if (!lex) return;
  kg_map_free(lex->phrases);
  kg_map_free(lex->first);
  kg_map_free(lex->countries);
  kg_map_free(lex->multi);
  free(lex->multi_v);
  free(lex->words_v);
  free(lex->pend);
  free(lex->ents);
  kg_arena_free(&lex->arena);
  /* the image's pages read while loading leave the resident set (a
   * lexicon still in use reads them back from the executable) */
  if (lex->from_image) kg_release_pages(kg_lexicon_image, kg_lexicon_image_len);
  free(lex);
}

const kg_lexent *kg_lex_get(const kg_lexicon *lex, const char *key,
                            size_t len) {
  size_t idx = kg_map_get(lex->phrases, key, len);
  return idx == KG_MAP_NONE ? NULL : &lex->ents[idx];
}

const char *kg_lex_country(const kg_lexicon *lex, const char *name) {
  size_t idx = kg_map_get(lex->countries, name, strlen(name));
  if (idx != KG_MAP_NONE) return lex->ents[idx].country;
  kg_buf key = KG_BUF_INIT;
  kg_phrase_key(name, strlen(name), &key);
  const kg_lexent *e = kg_lex_get(lex, key.ptr, key.len);
  kg_buf_free(&key);
  return e && (e->kinds & LX_COUNTRY) ? e->country : NULL;
}

/* Punctuation skipped inside a phrase ("Lt. Gen.", "Dato’ Seri"). */
static int skippable(const kg_tokens *t, const char *text, size_t i) {
  const kg_token *k = &t->v[i];
  if (k->kind != TK_PUNCT) return 0;
  unsigned char c = (unsigned char)text[k->off];
  /* a hyphen glued between an abbreviation's period and a word: "Maj.-Gen."
   * (the phrase key of the form drops both marks) */
  if (c == '-' && k->len == 1 && i > 0 && i + 1 < t->n && t->v[i - 1].kind == TK_PUNCT &&
      text[t->v[i - 1].off] == '.' && t->v[i - 1].off + t->v[i - 1].len == k->off &&
      t->v[i + 1].kind == TK_WORD && t->v[i + 1].off == k->off + 1)
    return 1;
  return c == '.' || c == '\'' || (k->len == 3 && c == 0xE2 &&
                                   (unsigned char)text[k->off + 1] == 0x80 &&
                                   ((unsigned char)text[k->off + 2] == 0x99 ||
                                    (unsigned char)text[k->off + 2] == 0x98));
}

/* Look token i up once in the first-token table and fill both of its
 * caches. (A token key holds no space, so its single-token entry is the
 * one recorded there.) */
static void tok_fill(const kg_lexicon *lex, const kg_tokens *t, size_t i,
                     size_t w) {
  kg_token *k = &t->v[i]; /* the caches are writable through a const list */
  if (w == KG_MAP_NONE) {
    k->lex = 1;
    k->first = KG_TOK_FIRST;
  } else {
    const struct kg_lexword *r = &lex->words_v[w];
    k->lex = r->ent ? r->ent + 1 : 1;
    k->first = KG_TOK_FIRST | r->first;
  }
}

void kg_lex_tok_lookup(const kg_lexicon *lex, const kg_tokens *t, size_t i) {
  tok_fill(lex, t, i, kg_map_get(lex->first, kg_tok_key(t, i), t->v[i].keylen));
}

/* kg_lex_tok_lookup_all's pipeline, in tokens: a token is hashed and its
 * table slot prefetched at step j, the key that slot holds at j + 8, it is
 * looked up (and its word record prefetched) at j + 16 and its caches
 * filled at j + 24. The first-token table, its keys and the word records
 * are megabytes: a miss in them costs more than the rest of a token's
 * lookup, and a miss has to arrive before the next stage uses it. */
#define STAGE 8
#define RING 32 /* a power of two above 3 * STAGE */

static int lookable(const kg_token *k) {
  return (k->kind == TK_WORD || k->kind == TK_NUM) && !k->first;
}

void kg_lex_tok_lookup_all(const kg_lexicon *lex, const kg_tokens *t) {
  uint32_t hash[RING];
  size_t word[RING];
  size_t n = t->n;
  for (size_t j = 0; j < n + 3 * STAGE; j++) {
    if (j >= 3 * STAGE) {
      size_t i = j - 3 * STAGE;
      if (lookable(&t->v[i])) tok_fill(lex, t, i, word[i % RING]);
    }
    if (j >= 2 * STAGE && j - 2 * STAGE < n) {
      size_t i = j - 2 * STAGE;
      const kg_token *k = &t->v[i];
      if (lookable(k)) {
        size_t w = kg_map_get_hashed(lex->first, kg_tok_key(t, i), k->keylen, hash[i % RING]);
        word[i % RING] = w;
#if defined(__GNUC__)
        if (w != KG_MAP_NONE) __builtin_prefetch(&lex->words_v[w]);
#endif
      }
    }
    if (j >= STAGE && j - STAGE < n) {
      size_t i = j - STAGE;
      if (lookable(&t->v[i])) kg_map_prefetch_key(lex->first, hash[i % RING]);
    }
    if (j < n) {
      const kg_token *k = &t->v[j];
      if (lookable(k)) {
        uint32_t h = kg_map_hash(kg_tok_key(t, j), k->keylen);
        hash[j % RING] = h;
        kg_map_prefetch(lex->first, h);
      }
    }
  }
}

const kg_lexent *kg_lex_tok1(const kg_lexicon *lex, const kg_tokens *t,
                             size_t i) {
  if (!t->v[i].lex) kg_lex_tok_lookup(lex, t, i);
  uint32_t v = t->v[i].lex;
  return v == 1 ? NULL : &lex->ents[v - 2];
}

/* First-token info of token i (max phrase length | kinds << 8; 0 when no
 * phrase starts with it). */
static uint32_t tok_first(const kg_lexicon *lex, const kg_tokens *t, size_t i) {
  if (!t->v[i].first) kg_lex_tok_lookup(lex, t, i);
  return t->v[i].first & ~(KG_TOK_FIRST | KG_LW_EVENT);
}

size_t kg_lex_match_full(const kg_lexicon *lex, const kg_tokens *t,
                         const char *text, size_t i, size_t end,
                         uint32_t kinds, int any_case, const kg_lexent **ent) {
  *ent = NULL;
  if (i >= end) return 0;
  const kg_token *k0 = &t->v[i];
  if (k0->kind != TK_WORD && k0->kind != TK_NUM) return 0;
  if (!any_case && !(k0->flags & TF_CAP)) return 0;
  uint32_t first = tok_first(lex, t, i);
  if (!((first >> 8) & kinds)) return 0;
  size_t maxtok = first & 0xff;
  char stack[256];
  size_t klen = 0, best = 0, ntok = 0;
  int all_caps = 1;
  for (size_t j = i; j < end && ntok < maxtok; j++) {
    const kg_token *k = &t->v[j];
    if (j > i && skippable(t, text, j)) continue;
    int amp = k->kind == TK_PUNCT && text[k->off] == '&';
    if (k->kind != TK_WORD && k->kind != TK_NUM && k->kind != TK_POSS && !amp)
      break;
    if (k->kind == TK_WORD && !(k->flags & TF_ALLCAPS)) all_caps = 0;
    size_t add = amp ? 1 : k->keylen;
    if (klen + add + 1 >= sizeof stack) break;
    if (klen) stack[klen++] = ' ';
    if (amp)
      stack[klen++] = '&';
    else {
      memcpy(stack + klen, kg_tok_key(t, j), add);
      klen += add;
    }
    ntok++;
    const kg_lexent *e;
    int more = 1; /* might a longer phrase match? */
    if (j == i) {
      e = kg_lex_tok1(lex, t, i); /* the phrase is token i's own key */
    } else {
      size_t m = kg_map_get(lex->multi, stack, klen);
      if (m == KG_MAP_NONE) break; /* neither a phrase nor a prefix of one */
      const struct kg_lexmulti *r = &lex->multi_v[m];
      e = r->ent ? &lex->ents[r->ent - 1] : NULL;
      more = (r->ext & kinds) != 0;
    }
    if (e) {
      uint32_t ok = e->kinds & kinds;
      if (!all_caps) ok &= ~e->capsonly;
      if (ok) {
        best = j - i + 1;
        *ent = e;
      }
    }
    if (!more) break;
  }
  return best;
}
