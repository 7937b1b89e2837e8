/* internal.h - private interfaces of the extract module: tokens, sentences,
 * lexicon lookups, article metadata and dates. Included by the extract sources and by
 * tests/unit only (STYLE 11), never by another module. */
#ifndef KG_EXTRACT_INTERNAL_H
#define KG_EXTRACT_INTERNAL_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "extract/kg_extract.h"
#include "src/buf.h"
#include "src/map.h"

/* Inline even where the compiler would rather not: small word tests whose
 * strlen of a literal key must fold to a constant. */
#if defined(__GNUC__)
#define KG_ALWAYS_INLINE inline __attribute__((always_inline))
#else
#define KG_ALWAYS_INLINE inline
#endif

/* ---- tokens -------------------------------------------------------------- */

enum {
  TK_WORD = 1,   /* letters/digits, with internal hyphens and apostrophes */
  TK_NUM = 2,    /* starts with a digit */
  TK_PUNCT = 3,  /* one punctuation character (or a run of dashes) */
  TK_POSS = 4    /* possessive 's / ’s / `s */
};

/* token flags */
#define TF_CAP 0x01       /* first letter upper case */
#define TF_ALLCAPS 0x02   /* every letter upper case, at least one letter */
#define TF_LOWER 0x04     /* first letter lower case */
#define TF_SPACE 0x08     /* whitespace before the token */
#define TF_NEWLINE 0x10   /* a line break before the token */
#define TF_PARA 0x20      /* a blank line (or more) before the token */
#define TF_DOT 0x40       /* immediately followed by '.' */
#define TF_INITIALS 0x80  /* dotted initials such as "U.S." */

typedef struct kg_token {
  uint32_t off;   /* byte offset in the document */
  uint32_t len;   /* byte length */
  uint8_t kind;   /* TK_* */
  uint8_t flags;  /* TF_* */
  uint16_t nlet;  /* number of letters (code points) */
  uint32_t key;   /* offset of the folded key in kg_tokens.keys */
  uint32_t keylen;
  /* Lexicon caches, filled on first lookup (kg_lex_match, kg_ctx_lex1): a
   * token list is only ever matched against one lexicon. */
  uint32_t lex;   /* single-token entry index + 2, 1 none, 0 not looked up */
  uint32_t first; /* KG_TOK_FIRST | the lexicon's first-token info (max
                     phrase length | kinds << 8 | KG_LW_EVENT), 0 not looked
                     up */
} kg_token;

#define KG_TOK_FIRST 0x80000000u
/* In first-token info: the key is one of kg_event_words. Event words share
 * the first-token table with the phrases, so that the one lookup per token
 * answers both (an event word that starts no phrase has an empty record
 * there, which kg_lex_match treats as no match). Above the kinds (LX_* <<
 * 8 stays below bit 24). */
#define KG_LW_EVENT 0x40000000u

typedef struct kg_sentence {
  uint32_t first, end; /* token range [first, end) */
} kg_sentence;

typedef struct kg_tokens {
  kg_token *v;
  size_t n, cap;
  kg_buf keys; /* folded keys, NUL-separated */
  kg_sentence *sent;
  size_t n_sent, cap_sent;
} kg_tokens;

/** Tokenize `text[0..len)` (valid UTF-8). Appends to `out`, which must be
 *  zeroed or reset. Splits sentences too. */
void kg_tokenize(const char *text, size_t len, kg_tokens *out);
void kg_tokens_free(kg_tokens *t);
/** Folded key of token i (NUL-terminated, borrowed). */
static inline const char *kg_tok_key(const kg_tokens *t, size_t i) {
  return t->keys.ptr + t->v[i].key;
}
/** Build the lexicon key of a phrase: its word tokens' keys joined by
 *  single spaces (periods and other punctuation dropped, except '&'). */
void kg_phrase_key(const char *s, size_t len, kg_buf *out);
/** kg_phrase_key tokenizing into `scratch` (zeroed before first use, freed
 *  with kg_tokens_free by the caller), so that many keys reuse its storage. */
void kg_phrase_key_with(const char *s, size_t len, kg_buf *out,
                        kg_tokens *scratch);

/* ---- lexicon --------------------------------------------------------------- */

/* What a phrase is, as a bit set: a phrase may be several things. */
#define LX_COUNTRY 0x0001
#define LX_DEMONYM 0x0002
#define LX_CITY 0x0004
#define LX_REGION 0x0008
#define LX_RANK 0x0010
#define LX_HONORIFIC 0x0020
#define LX_TITLE 0x0040    /* an office: minister, president ... */
#define LX_TITLEMOD 0x0080 /* deputy, vice, acting ... */
#define LX_DOMAIN 0x0100   /* portfolio words: defence, health ... */
#define LX_ORGHEAD 0x0200  /* ministry, committee, council ... */
#define LX_ORG 0x0400      /* a known organisation: NATO, WHO ... */
#define LX_GIVEN 0x0800    /* a common given name */
#define LX_WORD 0x1000     /* a common lower-case English word */
#define LX_PARTICLE 0x2000 /* bin, al, van, de la ... */
#define LX_SPEECH 0x4000   /* said, stressed, noted ... */
#define LX_NONNAME 0x8000  /* capitalised words that never start a name */

typedef struct kg_lexent {
  uint32_t kinds;      /* LX_* */
  uint16_t ntok;       /* tokens in the phrase */
  uint16_t given;      /* given-name confidence (locales listing it) */
  const char *form;    /* the phrase as written in the lexicon */
  const char *country; /* canonical country (country, demonym, city, region,
                          org) or NULL */
  const char *alpha3;  /* ISO 3166 alpha-3 or NULL */
  const char *canon;   /* canonical rank/honorific/title/org label or NULL */
  const char *orgkind; /* organisation kind for LX_ORG / LX_ORGHEAD */
  uint32_t pop;        /* city population */
  uint32_t capsonly;   /* kinds that match only all-capital text (US, WHO) */
  uint32_t word;       /* its first token's record in kg_lexicon.words_v */
  uint8_t split_region; /* a region of two countries ("Gaza"): a city of the
                           name decides its country */
} kg_lexent;

struct kg_lexicon {
  kg_map *phrases;     /* phrase key -> entry index */
  kg_lexent *ents;
  size_t n_ents, cap_ents;
  kg_map *first;       /* first-token key -> index into words_v */
  kg_map *countries;   /* canonical country name -> entry index */
  kg_arena arena;
  /* Phrases of two or more tokens and their multi-token proper prefixes:
   * key -> index into multi_v, so that kg_lex_match stops extending a
   * phrase as soon as no longer one can match the kinds asked. */
  kg_map *multi;
  struct kg_lexmulti {
    uint32_t ent;  /* entry index + 1 when the key is a phrase, else 0 */
    uint32_t ext;  /* kinds of the longer phrases it is a prefix of */
  } *multi_v;
  size_t n_multi, cap_multi;
  /* Each token key that starts a phrase: its single-token entry and what
   * starts there, found with one probe per token. */
  struct kg_lexword {
    uint32_t ent;   /* single-token entry index + 1, or 0 */
    uint32_t first; /* max phrase length | kinds of its phrases << 8 |
                       KG_LW_EVENT */
  } *words_v;
  size_t n_words, cap_words;
  int from_image;       /* strings and keys borrowed from kg_lexicon_image */
  /* while loading: the multi-token phrases (keys borrowed from phrases) */
  struct kg_lexpend {
    const char *key;
    size_t len, ent;
  } *pend;
  size_t n_pend, cap_pend;
};

/** The entry for a phrase key, or NULL. */
/** Append the loaded lexicon's image to `out` (8-byte aligned from the
 *  start of `out`): what tools/kg-lexicon-image.c compiles into kg and
 *  kg_lexicon_load reads back when no directory is given. */
void kg_lexicon_to_image(const kg_lexicon *lex, kg_buf *out);
const kg_lexent *kg_lex_get(const kg_lexicon *lex, const char *key,
                            size_t len);
/** kg_lex_match past its first-token tests (out of line; call
 *  kg_lex_match). */
size_t kg_lex_match_full(const kg_lexicon *lex, const kg_tokens *t,
                         const char *text, size_t i, size_t end,
                         uint32_t kinds, int any_case, const kg_lexent **ent);
/** Longest lexicon phrase starting at token i of sentence-bounded range
 *  [i, end) whose entry has any of `kinds`; returns its token count (0 when
 *  none) and the entry in *ent. Case rules: the first token must be
 *  capitalised unless `any_case`; all-caps forms need all-caps tokens.
 *  Inline: the passes ask this of nearly every word, and the token's cached
 *  first-token info answers most of them with "none" without a call. */
static inline size_t kg_lex_match(const kg_lexicon *lex, const kg_tokens *t,
                                  const char *text, size_t i, size_t end,
                                  uint32_t kinds, int any_case,
                                  const kg_lexent **ent) {
  *ent = NULL;
  if (i >= end) return 0;
  const kg_token *k0 = &t->v[i];
  if (k0->kind != TK_WORD && k0->kind != TK_NUM) return 0;
  if (!any_case && !(k0->flags & TF_CAP)) return 0;
  /* looked up, and no phrase of these kinds starts with it */
  if (k0->first && !((k0->first >> 8) & kinds)) return 0;
  return kg_lex_match_full(lex, t, text, i, end, kinds, any_case, ent);
}
/** The single-token entry of word or number token i (its key looked up
 *  once, then cached in the token), or NULL. */
const kg_lexent *kg_lex_tok1(const kg_lexicon *lex, const kg_tokens *t,
                             size_t i);
/** Words that can start a meeting frame or name an event (met, received,
 *  visit, signed ...), NULL-terminated, static. */
extern const char *const kg_event_words[];
/** Fill token i's lexicon caches (lex, first) from the first-token table. */
void kg_lex_tok_lookup(const kg_lexicon *lex, const kg_tokens *t, size_t i);
/** Fill the lexicon caches of every word and number token of `t` (the
 *  same as kg_lex_tok_lookup on each, with the table's cache misses
 *  overlapped). */
void kg_lex_tok_lookup_all(const kg_lexicon *lex, const kg_tokens *t);
/** Is word token i one of kg_event_words? (The token's first-token lookup,
 *  made once and cached in the token.) */
static inline int kg_lex_event_word(const kg_lexicon *lex, const kg_tokens *t,
                                    size_t i) {
  if (t->v[i].kind != TK_WORD) return 0;
  if (!t->v[i].first) kg_lex_tok_lookup(lex, t, i);
  return (t->v[i].first & KG_LW_EVENT) != 0;
}

/** The canonical country name for an alpha-3 code or any country form. */
const char *kg_lex_country(const kg_lexicon *lex, const char *name);

/* ---- article metadata ---------------------------------------------------- */

typedef struct kg_span {
  size_t off, len;
} kg_span;

typedef struct kg_article {
  size_t title_off, title_len; /* title line, or len 0 */
  char date[11];               /* publication date YYYY-MM-DD, or "" */
  kg_span *noise;              /* sorted byte ranges to skip; caller frees */
  size_t n_noise, cap_noise;
} kg_article;

/** Find title, publication date and page-noise lines of a document. The
 *  caller frees out->noise. */
void kg_article_parse(const char *text, size_t len, kg_article *out);

/* ---- dates ----------------------------------------------------------------- */

/** A date with known precision: y > 0; m, d zero when unknown. */
typedef struct kg_date {
  int y, m, d;
} kg_date;

/** Month number (1-12) of a month name or abbreviation key, else 0. */
int kg_month_of(const char *key);
/** Weekday (0 = Monday .. 6) of a day name key, else -1. */
int kg_weekday_of(const char *key);
/** Write a date as ISO with its precision into buf (>= 11 bytes); "" if
 *  y == 0. */
void kg_date_format(kg_date d, char *buf);
/** Parse an ISO date (YYYY, YYYY-MM, YYYY-MM-DD); returns 0 on success. */
int kg_date_parse_iso(const char *s, kg_date *out);
/** Day of the week (0 = Monday) of a full date. */
int kg_date_weekday(kg_date d);
/** Add `days` to a full date. */
kg_date kg_date_add_days(kg_date d, int days);

/** Find a date expression in tokens [i, end). On success returns the number
 *  of tokens it spans (>0) and fills *out, resolved against `ref` (the
 *  article date, may have y == 0): "on March 28" takes ref's year, "on
 *  Thursday" the latest such day not after ref, "today" ref itself. */
size_t kg_date_at(const kg_tokens *t, const char *text, size_t i, size_t end,
                  kg_date ref, kg_date *out);

#endif

/* ---- per-document extraction context --------------------------------------- */

enum {
  CH_NONE = 0,
  CH_DATE,
  CH_COUNTRY, /* a country name or demonym (flag demonym) */
  CH_PLACE,   /* a city, region or facility */
  CH_INST,    /* an institution */
  CH_RANK,
  CH_HON,
  CH_TITLE,   /* an office title phrase */
  CH_NAME,    /* a person's name */
  CH_PRON     /* he/she/him/his/her */
};

typedef struct kg_chunk {
  int type;
  uint32_t first, end;  /* tokens [first, end) */
  uint32_t sent;        /* sentence index */
  const kg_lexent *lx;  /* lexicon entry when matched whole */
  const char *country;  /* country served / located (borrowed lexicon str) */
  int demonym;          /* CH_COUNTRY: written as a demonym (Azeri) */
  int poss;             /* followed by a possessive 's */
  size_t ent;           /* index into ctx people/insts/places, or -1 */
  kg_date date;         /* CH_DATE */
  char *canon;          /* CH_TITLE/CH_RANK/CH_HON: normalised text (owned) */
  int intl;             /* CH_TITLE: tied to an international organisation */
  int head_lower;       /* CH_TITLE: written in lower case (the minister) */
  size_t inst;          /* CH_TITLE: chunk index of its institution or -1 */
  int gen;              /* CH_PRON: 1 he/him/his, 2 she/her */
  int compl;            /* CH_TITLE: has an of/for complement */
} kg_chunk;

/* A person found in the document. */
typedef struct kg_xperson {
  char *name;           /* fullest form (owned) */
  char **toks;          /* folded name tokens (owned) */
  size_t ntoks;
  kg_strs aliases_tmp;  /* unused: aliases go straight to the facts */
  char **titles;        /* canonical titles (owned) */
  size_t ntitles, cap_titles;
  char **offices;       /* titles that are offices, not ranks/honorifics */
  size_t noffices, cap_offices;
  size_t nplural;       /* offices of several people ("Presidents") among them */
  const char *country;  /* served country (borrowed) */
  int country_strength; /* 3 explicit, 2 title complement, 1 inferred */
  int intl;             /* serves an international organisation */
  int single;           /* known only by one token */
  int credit;           /* named in a byline or photo credit */
  int gen;              /* 1 he, 2 she (from Mr/Ms or a pronoun), 0 unknown */
  size_t mentions;
  size_t first_off;
  size_t ent;           /* facts entity index */
  size_t inst;          /* institution index (ctx insts) or -1 */
  char **forms;         /* surface forms seen (owned) */
  size_t nforms, cap_forms;
  struct kg_stems *stems; /* stems of offices[] (owned, computed lazily) */
} kg_xperson;

typedef struct kg_xinst {
  char *key;            /* merge key (owned) */
  char *label;          /* canonical label (owned) */
  char **forms;         /* surface forms (owned) */
  size_t nforms, cap_forms;
  const char *country;
  const char *kind;
  char *acronym;        /* owned or NULL */
  size_t ent;
  size_t parent;        /* part_of another inst, or -1 */
  size_t same_as;       /* the text names it as another inst (its acronym), or -1 */
  size_t first_off;
  char *core;           /* name without country words (owned) */
  int domestic;         /* a national body: its country defaults to home */
  int ministry;         /* label is "Ministry of X (Country)" */
  int merged;           /* folded into another (not emitted) */
  int home_country;     /* country only assumed from the article's home */
  const char *shared[2]; /* named by a word two countries share ("Korean"):
                            those two; its country is the home's if one */
} kg_xinst;

typedef struct kg_xplace {
  const char *label;    /* borrowed from the lexicon (one string per place) */
  const char *country;
  int is_country;
  size_t ent;
} kg_xplace;

typedef struct kg_ctx {
  const kg_lexicon *lex;
  const char *text;
  size_t len;
  const char *doc_id;
  kg_tokens tk;
  uint8_t *skip;        /* per token: page noise */
  kg_sentence *sents;
  size_t n_sents, cap_sents;
  kg_date pub;          /* publication date (y == 0 unknown) */
  kg_date ref;          /* reference for relative dates */
  int ref_dateline;     /* ref is a yearless dateline's day, its year from the text */
  const char *home;     /* the article's home country, or NULL */
  const char *cscore_name[32]; /* countries named, with their weight */
  size_t cscore_w[32];
  size_t n_cscore;
  kg_chunk *ch;
  size_t n_ch, cap_ch;
  int32_t *tok_ch;      /* per token: chunk index or -1 */
  kg_xperson *people;
  size_t n_people, cap_people;
  kg_xinst *insts;
  size_t n_insts, cap_insts;
  kg_xplace *places;
  size_t n_places, cap_places;
  kg_facts *out;
  kg_buf tmp;
  int8_t *trig_fr;      /* per token: meeting frame (-1 = not computed) */
  uint8_t *trig_len;
  int8_t *ev_sent;      /* per sentence: reports an event (-1 unknown) */
  /* person.c company_cue: where the text calls words a company ("Shares
   * of X": X's first token; "X, which": the comma after X), found once */
  uint32_t firm_start[32], firm_end[32];
  uint8_t n_firm_start, n_firm_end, firm_done;
} kg_ctx;

/* token helpers */
static inline const kg_token *ctx_tok(const kg_ctx *c, size_t i) {
  return &c->tk.v[i];
}
static inline const char *ctx_key(const kg_ctx *c, size_t i) {
  return kg_tok_key(&c->tk, i);
}
/** Is token i's folded key `key`? (Inline: a literal's length is known at
 *  compile time, so most tokens are rejected without a comparison.) */
static KG_ALWAYS_INLINE int kg_ctx_is(const kg_ctx *c, size_t i, const char *key) {
  size_t n = strlen(key);
  return i < c->tk.n && c->tk.v[i].keylen == n && memcmp(ctx_key(c, i), key, n) == 0;
}
/** Is token i's folded key one of `words` (a NULL-terminated list)? */
static inline int kg_ctx_is_one_of(const kg_ctx *c, size_t i, const char *const *words) {
  if (i >= c->tk.n) return 0;
  const char *key = ctx_key(c, i);
  size_t n = c->tk.v[i].keylen;
  /* the first bytes before a strlen: most words of a list differ there (a
   * key of length 0 has its NUL there, as has the word "") */
  for (; *words; words++)
    if ((*words)[0] == key[0] && strlen(*words) == n && memcmp(key, *words, n) == 0) return 1;
  return 0;
}
/** Is token i a lower-case word ending in `suffix` with at least two more
 *  letters ("warmly", "attended")? */
static inline int kg_ctx_ends_lower(const kg_ctx *c, size_t i, const char *suffix) {
  size_t n = strlen(suffix);
  return i < c->tk.n && c->tk.v[i].kind == TK_WORD && (c->tk.v[i].flags & TF_LOWER) &&
         c->tk.v[i].keylen > n + 1 &&
         memcmp(ctx_key(c, i) + c->tk.v[i].keylen - n, suffix, n) == 0;
}
/* kg_ctx_punct, kg_ctx_chunk_at and kg_ctx_has are inline: every pass asks
 * them of nearly every token, most often to get "no". */
static inline int kg_ctx_punct(const kg_ctx *c, size_t i, char ch) {
  return i < c->tk.n && c->tk.v[i].kind == TK_PUNCT &&
         c->text[c->tk.v[i].off] == ch;
}
/* Is token i a dash: "-" (or a run of them), an en or em dash? */
static inline int kg_ctx_dash(const kg_ctx *c, size_t i) {
  if (i >= c->tk.n || c->tk.v[i].kind != TK_PUNCT) return 0;
  const char *t = c->text + c->tk.v[i].off;
  return *t == '-' || !strncmp(t, "\xe2\x80\x93", 3) || !strncmp(t, "\xe2\x80\x94", 3);
}
size_t kg_ctx_add_chunk(kg_ctx *c, int type, size_t first, size_t end,
                        size_t sent);
/** Chunk covering token i, or NULL. */
static inline kg_chunk *kg_ctx_chunk_at(kg_ctx *c, size_t i) {
  if (i >= c->tk.n || c->tok_ch[i] < 0) return NULL;
  return &c->ch[c->tok_ch[i]];
}
/** "his counterpart from Ghana", "counterparts of the Philippines": a
 *  counterpart phrase with one country (not a demonym) after "from" or
 *  "of" ending right before token q, no earlier than token `first`. Returns
 *  the index of the word "counterpart(s)" and sets *country, or returns
 *  (size_t)-1. */
size_t kg_ctx_counterpart_from(kg_ctx *c, size_t first, size_t q, const char **country);
/** Text of tokens [first, end) as written (whitespace normalised). */
char *kg_ctx_span_text(const kg_ctx *c, size_t first, size_t end);
/** Country of a lexicon entry that names a country or demonym. */
const char *kg_ctx_country_of(const kg_lexent *e);
/** Is word i two different states' names or demonyms joined by a hyphen
 *  ("US-Algeria", "Algerian-American"): the start of a bilateral body's
 *  name? */
int kg_ctx_two_countries(const kg_ctx *c, size_t i);

/** The single-token lexicon entry of token i, or NULL. */
const kg_lexent *kg_ctx_lex1(const kg_ctx *c, size_t i);
/** Is token i a word no lexicon knows with an abstract noun's ending
 *  ("Countermeasures", "Desertification"): a body's or office's word,
 *  never a name's? */
int kg_ctx_abstract_noun(const kg_ctx *c, size_t i);
/** True when token i is a word whose single-token entry has any of kinds
 *  (capitalisation rules of kg_lex_match apply). */
static inline int kg_ctx_has(const kg_ctx *c, size_t i, uint32_t kinds) {
  if (i >= c->tk.n) return 0;
  const kg_token *k = &c->tk.v[i];
  /* the token's cached entry read here, not through two calls: the
   * institution and title passes ask this of every word, repeatedly */
  const kg_lexent *e;
  if (k->lex > 1)
    e = &c->lex->ents[k->lex - 2];
  else if (k->lex == 1 || (k->kind != TK_WORD && k->kind != TK_NUM))
    return 0;
  else
    e = kg_lex_tok1(c->lex, &c->tk, i);
  if (!e) return 0;
  uint32_t ok = e->kinds & kinds;
  if (!(k->flags & TF_ALLCAPS)) ok &= ~e->capsonly;
  return ok != 0;
}
/** kg_ctx_title's plural test for word i (out of line; call kg_ctx_title). */
int kg_ctx_title_plural(const kg_ctx *c, size_t i);
/** True when word i is an office title word, singular or plural
 *  ("ministers", "chairmen"). Inline up to the plural lookup, which only
 *  words ending in "s" or "men" need. */
static inline int kg_ctx_title(const kg_ctx *c, size_t i) {
  if (kg_ctx_has(c, i, LX_TITLE)) return 1;
  if (i >= c->tk.n || c->tk.v[i].kind != TK_WORD) return 0;
  size_t n = c->tk.v[i].keylen;
  const char *k = ctx_key(c, i);
  /* three letters: only an acronym's plural ("MPs"), never "was", "his" */
  if (n < 3 || (n == 3 && !(c->tk.v[i].flags & TF_CAP)) ||
      (k[n - 1] != 's' && memcmp(k + n - 3, "men", 3) != 0))
    return 0;
  return kg_ctx_title_plural(c, i);
}

/** True when word i, a full month name or a short one that is a common
 *  given name ("Jan"), is a given name here: before a capitalised word
 *  (after particles: "Jan de Vries") that is no common word, month, title,
 *  country or organisation word, after punctuation, a title, rank or honorific or
 *  "and" ("ministers, January Makamba and ..."), never after a preposition
 *  or a number ("in January", "5 January"). */
int kg_ctx_month_name(const kg_ctx *c, size_t i, size_t end);

/** Run extraction and print the chunks of every sentence and the people
 *  found to `out` (a development aid: tools/kg-chunks). */
void kg_extract_debug(const kg_lexicon *lex, const kg_doc *doc, FILE *out);

/** Canonical portfolio of a folded domain phrase ("defense" -> "Defence",
 *  "external affairs" -> "Foreign Affairs"), or NULL (borrowed, static). */
const char *kg_portfolio(const char *folded);
/** Normalised office title ("Defence Minister" -> "Minister of Defence");
 *  returns a new string (caller frees). */
char *kg_title_normalize(const char *title);
/** Is the canonical title an envoy's ("Ambassador", "Consul", "Attaché")? */
int kg_title_is_envoy(const char *canon);
/** Is token i, before the sentence end `end`, a word that reports an
 *  encounter ("met", "hosted", "held talks with", "spoke")? Lexical only,
 *  usable before the names pass. */
int kg_meeting_word(kg_ctx *c, size_t i, size_t end);
int kg_succession_word(kg_ctx *c, size_t i);
/* "Vice Premier He Lifeng": "He" as a surname, no pronoun (institution.c) */
int kg_he_surname(const kg_ctx *c, size_t i);

/* passes, in order */
void kg_find_basics(kg_ctx *c, size_t s);      /* dates, countries, ranks ... */
void kg_find_institutions(kg_ctx *c, size_t s);
void kg_find_titles(kg_ctx *c, size_t s);
void kg_find_names(kg_ctx *c, size_t s);
void kg_resolve_people(kg_ctx *c);
/** Give person p the title of office `canon` (a title chunk's canonical
 *  text) for the output only: references by title ("the minister") keep
 *  to the offices the text gives p itself (the events pass: "his
 *  counterpart X" takes the subject's office). */
void kg_person_add_title(kg_ctx *c, size_t p, const char *canon);
/** Give domestic bodies the home country, final keys, merge duplicates. */
void kg_finish_institutions(kg_ctx *c);
void kg_find_events(kg_ctx *c); /* calls kg_emit_entities */
/** Add the document's entities and their static links to the facts. */
void kg_emit_entities(kg_ctx *c);
/** The entity index of a country or place label (borrowed lexicon string),
 *  adding it when new; returns KG_NO_ENTITY for NULL. Only during emit. */
size_t kg_ctx_place_ent(kg_ctx *c, const char *label, const char *country, int is_country);
