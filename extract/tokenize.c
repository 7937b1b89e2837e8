/* tokenize.c - UTF-8 aware tokenizer and sentence splitter. Words keep
 * internal hyphens and apostrophes (Col-Gen, Kosiniak-Kamysz, O'Brien);
 * possessives ('s, ’s, `s) are their own tokens; dotted initials (U.S.) are
 * one token; abbreviations (Gen., Dr., No.) do not end sentences. Every token
 * carries a folded key used for lexicon lookups. */
#include <stdlib.h>
#include <string.h>

#include "extract/internal.h"
#include "src/kg.h"
#include "src/utf8.h"

/* Longest sentence, in tokens: longer runs are cut so that every later pass
 * stays linear however the text is formed. */
#define MAX_SENT_TOKENS 400

static int is_space(uint32_t cp) {
  return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' ||
         cp == '\v' || cp == 0xA0 || (cp >= 0x2000 && cp <= 0x200B) ||
         cp == 0x202F || cp == 0x205F || cp == 0x3000 || cp == 0xFEFF ||
         cp == 0x2028 || cp == 0x2029;
}

static int is_apos(uint32_t cp) {
  return cp == '\'' || cp == 0x2019 || cp == 0x2018 || cp == 0x02BC ||
         cp == '`';
}

static int is_hyphen(uint32_t cp) { return cp == '-' || cp == 0x2010 || cp == 0x2011; }

static int is_dash(uint32_t cp) {
  return cp == '-' || (cp >= 0x2010 && cp <= 0x2015) || cp == 0x2212;
}

/* kg_cp_is_alpha and kg_cp_is_digit with ASCII answered inline (most text
 * is ASCII; the rest goes to the full tables). */
static inline int alpha(uint32_t cp) {
  return cp < 0x80 ? (unsigned)((cp | 0x20) - 'a') < 26u : kg_cp_is_alpha(cp);
}
static inline int digit(uint32_t cp) { return cp - '0' < 10u; }

static inline uint32_t peek(const char *s, size_t len, size_t i, size_t *n) {
  uint32_t cp = 0;
  if (i >= len) {
    *n = 0;
    return 0;
  }
  if ((unsigned char)s[i] < 0x80) { /* most text is ASCII */
    *n = 1;
    return (unsigned char)s[i];
  }
  *n = kg_utf8_next(s + i, len - i, &cp);
  return cp;
}

/* Abbreviations after which a period does not end a sentence. Keys are
 * folded. Titles and ranks are abbreviated in every army and press style
 * (and a retirement mark after a rank: "Maj. Gen. (res.)", "(retd.)"). */
static const char *const abbrev[] = {
    "mr",   "mrs",  "ms",   "dr",    "prof", "gen",  "lt",   "col",  "maj",
    "brig", "capt", "adm",  "sgt",   "sen",  "rep",  "gov",  "hon",  "st",
    "no",   "jr",   "sr",   "lieut", "cmdr", "cdr",  "eng",  "engr", "hj",
    "smt",  "rt",   "rev",  "fr",    "ag",   "vs",   "etc",  "inc",  "co",
    "corp", "ltd",  "mt",   "jan",   "feb",  "mar",  "apr",  "jun",  "jul",
    "aug",  "sep",  "sept", "oct",   "nov",  "dec",  "gens", "pres", "amb",
    "dep",  "min",  "sec",  "dir",   "insp", "supt", "cpl",  "pvt",  "sqn",
    "ldr",  "wg",   "cdre", "air",   "vice", "ret",  "approx", "dept", "govt",
    "mon",  "tue",  "tues", "wed",   "thu",  "thur", "thurs", "fri", "sat",
    "sun",  "p",    "pp",   "vol",   "op",   "gp",   "cpt",  "esq",  "messrs",
    "sh",   "shri", "h",    "e",     "sr",   "res",  "retd", "rtd",
    /* the first word of a rank or style abbreviated in the lexicon
     * ("Pol. Gen.", "Flt. Lt.", "Det. Insp.", "Mme.") */
    "pol",  "flt",  "det",  "comdr", "commo", "alh", "hjh",  "mme",  "mlle",
    "cde",  "revd", "pte",  "pfc",  "spc",  "gnr",  "tpr",  "rfn",  "gdsm",
    "bdr",  "dra",
    /* Indonesian corps after a rank ("Col. Inf. X", "Lt. Col. Cav. X") */
    "inf",  "cav",  "czi",  "kav",
    /* Philippine army and police ranks ("BGen.", "PBGen.", "PLtCol.") */
    "bgen", "mgen", "ltgen", "ltcol", "pgen", "pbgen", "pmgen", "pltgen", "pcol",
    "pltcol", "pmaj", "pcapt", "plt", NULL};

static int is_abbrev(const char *key) {
  /* the first letter first: most words before a period are no abbreviation */
  for (int i = 0; abbrev[i]; i++)
    if (abbrev[i][0] == key[0] && strcmp(key, abbrev[i]) == 0) return 1;
  return 0;
}

static void push_token(kg_tokens *t, const char *text, size_t off, size_t len,
                       int kind, int flags) {
  if (t->n == t->cap) KG_GROW(t->v, t->cap, t->n + 1);
  kg_token *k = &t->v[t->n++];
  memset(k, 0, sizeof *k);
  k->off = (uint32_t)off;
  k->len = (uint32_t)len;
  k->kind = (uint8_t)kind;
  /* letters, case */
  int first = 1, all_upper = 1, nlet = 0, ascii = 1;
  size_t i = 0;
  /* the lower-case form, while the token is ASCII, is written straight into
   * the keys at their end: an ASCII word's key (below) is then in place,
   * and any other key is appended over it */
  kg_buf_reserve(&t->keys, len + 2);
  char *low = t->keys.ptr + t->keys.len;
  /* ASCII bytes inline (the same classes as kg_cp_is_*), the rest through
   * the UTF-8 decoder */
  while (i < len) {
    if (!first) {
      /* the common case, below in short: a run of lower-case letters after
       * the first letter */
      size_t i0 = i;
      while (i < len && (unsigned char)(text[off + i] - 'a') < 26) {
        low[i] = text[off + i];
        i++;
      }
      if (i > i0) {
        nlet += (int)(i - i0);
        all_upper = 0;
        continue;
      }
    }
    unsigned char b = (unsigned char)text[off + i];
    if (b < 0x80) {
      int up = b >= 'A' && b <= 'Z', lo = b >= 'a' && b <= 'z';
      if (up || lo) {
        nlet++;
        if (first) {
          flags |= up ? TF_CAP : TF_LOWER;
          first = 0;
        }
        if (lo) all_upper = 0;
      }
      low[i] = (char)(up ? b + 32 : b);
      i++;
      continue;
    }
    ascii = 0;
    uint32_t cp;
    size_t n = kg_utf8_next(text + off + i, len - i, &cp);
    if (kg_cp_is_alpha(cp)) {
      nlet++;
      if (first) {
        if (kg_cp_is_upper(cp)) flags |= TF_CAP;
        else if (kg_cp_is_lower(cp)) flags |= TF_LOWER;
        first = 0;
      }
      if (kg_cp_is_lower(cp) || (!kg_cp_is_upper(cp) && cp >= 0x80)) all_upper = 0;
    }
    i += n;
  }
  if (nlet && all_upper) flags |= TF_ALLCAPS;
  k->flags = (uint8_t)flags;
  k->nlet = (uint16_t)(nlet > 65535 ? 65535 : nlet);
  /* key: folded; initials lose their dots; possessives become "'s" */
  k->key = (uint32_t)t->keys.len;
  size_t j = 0;
  if (kind == TK_POSS) {
    kg_buf_puts(&t->keys, "'s");
  } else if (flags & TF_INITIALS) {
    for (j = 0; j < len; j++)
      if (text[off + j] != '.') {
        char c = text[off + j];
        kg_buf_putc(&t->keys, (char)(c >= 'A' && c <= 'Z' ? c + 32 : c));
      }
  } else {
    /* an ASCII word folds to its lower case, made in place by the scan
     * above (kg_fold_append's answer): key and NUL */
    if (ascii) {
      low[len] = '\0';
      t->keys.len += len + 1;
      t->keys.ptr[t->keys.len] = '\0';
      k->keylen = (uint32_t)len;
      return;
    }
    kg_fold_append(&t->keys, text + off, len);
  }
  k->keylen = (uint32_t)(t->keys.len - k->key);
  kg_buf_putc(&t->keys, '\0');
}

/* Dotted initials at i: (Letter '.'){2,} such as U.S. or U.N. Returns the
 * byte length or 0. */
static size_t initials_at(const char *s, size_t len, size_t i) {
  size_t j = i, groups = 0;
  for (;;) {
    size_t n, m;
    uint32_t cp = peek(s, len, j, &n);
    if (!n || !kg_cp_is_alpha(cp)) break;
    uint32_t dot = peek(s, len, j + n, &m);
    if (dot != '.') break;
    /* the letter must stand alone: the next char after the dot is not a
     * lower-case letter continuing a word */
    size_t k;
    uint32_t after = peek(s, len, j + n + 1, &k);
    groups++;
    j += n + 1;
    if (!k || !kg_cp_is_alpha(after)) break;
    uint32_t after2 = peek(s, len, j + k, &m);
    if (m && kg_cp_is_alpha(after2)) break; /* "D.Tsogtbaatar": stop */
  }
  return groups >= 2 ? j - i : 0;
}

/* The length of a web domain's last label glued by a '.' at i to a
 * capitalised word ("News.Az", "Report.az", "Tengrinews.kz", "Amazon.com"),
 * else 0: a generic or a country's top-level domain, then no letter or
 * digit. Two-letter labels that are common words ("said.It", "Baku.In")
 * are a missing space, not a domain. */
static size_t domain_label(const char *s, size_t len, size_t i) {
  static const char *const generic[] = {"com", "net", "org", "info", "news", "biz", "gov",
                                        "edu", "media", "online", "tv", NULL};
  static const char *const word2[] = {"am", "an", "as", "at", "be", "by", "do", "go", "he",
                                      "if", "in", "is", "it", "me", "my", "no", "of", "on",
                                      "or", "so", "to", "up", "us", "we", NULL};
  if (i >= len || s[i] != '.') return 0;
  size_t n = 0;
  char lab[8];
  while (i + 1 + n < len && n < 7 &&
         ((s[i + 1 + n] | 0x20) >= 'a' && (s[i + 1 + n] | 0x20) <= 'z'))
    lab[n] = (char)(s[i + 1 + n] | 0x20), n++;
  lab[n] = '\0';
  size_t e = i + 1 + n;
  if (n < 2 || (e < len && (((s[e] | 0x20) >= 'a' && (s[e] | 0x20) <= 'z') ||
                            (s[e] >= '0' && s[e] <= '9') || (unsigned char)s[e] >= 0x80)))
    return 0;
  for (int k = 0; generic[k]; k++)
    if (!strcmp(lab, generic[k])) return n;
  if (n != 2) return 0;
  for (int k = 0; word2[k]; k++)
    if (!strcmp(lab, word2[k])) return 0;
  return n; /* a country code */
}

/* "Mr." "Mrs." "Ms." "Dr." glued to the end of the previous word. */
static int honorific_glued(const char *s, size_t len, size_t i) {
  static const char *const h[] = {"Mr.", "Mrs.", "Ms.", "Dr.", NULL};
  for (int k = 0; h[k]; k++) {
    size_t n = strlen(h[k]);
    if (i + n <= len && !memcmp(s + i, h[k], n) &&
        (i + n == len || s[i + n] == ' ' || s[i + n] == '\n'))
      return 1;
  }
  return 0;
}

void kg_tokenize(const char *s, size_t len, kg_tokens *t) {
  /* room for a token per 8 bytes up front (news text has about one per 6),
   * instead of doubling from 8 */
  if (!t->cap) KG_GROW(t->v, t->cap, len / 8 + 8);
  /* the keys take about the text's letters and a NUL per token: room for
   * a quarter more than the text, instead of doubling from 64 bytes */
  kg_buf_reserve(&t->keys, len + len / 4);
  size_t i = 0;
  int flags = 0, newlines = 0, glued = 0;
  while (i < len) {
    size_t n;
    uint32_t cp = peek(s, len, i, &n);
    if (is_space(cp)) {
      flags |= TF_SPACE;
      if (cp == '\n') {
        newlines++;
        flags |= TF_NEWLINE;
        if (newlines >= 2) flags |= TF_PARA;
      } else if (cp == 0x2028 || cp == 0x2029) {
        flags |= TF_NEWLINE | TF_PARA;
      }
      i += n;
      continue;
    }
    size_t start = i;
    if (alpha(cp)) {
      /* initials need a '.' after their first letter */
      size_t il = (i + n < len && s[i + n] == '.') ? initials_at(s, len, i) : 0;
      if (il) {
        push_token(t, s, start, il, TK_WORD, flags | TF_INITIALS);
        i += il;
      } else {
        i += n;
        for (;;) {
          size_t m, m2;
          /* lower-case ASCII letters and digits continue any word (the
           * glued-honorific check below needs an upper-case letter) */
          if (i < len && ((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= '0' && s[i] <= '9') ||
                          (s[i] >= 'A' && s[i] <= 'Z' && !(s[i - 1] >= 'a' && s[i - 1] <= 'z')))) {
            /* an upper-case letter after a lower-case one is left to the
             * glued-honorific check below */
            i++;
            continue;
          }
          uint32_t c = peek(s, len, i, &m);
          if (!m) break;
          /* text scraped without its line break: "Photo: Gyula BartosMr.
           * Balog met" is "Bartos", then a new sentence "Mr. Balog" */
          if (c >= 'A' && c <= 'Z' && i > start && s[i - 1] >= 'a' && s[i - 1] <= 'z' &&
              honorific_glued(s, len, i)) {
            glued = 1;
            break;
          }
          if (alpha(c) || digit(c) || c == 0x301 ||
              (c >= 0x300 && c < 0x370)) {
            i += m;
            continue;
          }
          if (is_hyphen(c) || is_apos(c)) {
            uint32_t c2 = peek(s, len, i + m, &m2);
            if (!m2 || !(alpha(c2) || digit(c2))) break;
            if (is_apos(c) && (c2 == 's' || c2 == 'S')) {
              size_t m3;
              uint32_t c3 = peek(s, len, i + m + m2, &m3);
              if (!m3 || !alpha(c3)) break; /* possessive */
            }
            i += m + m2;
            continue;
          }
          break;
        }
        if (s[start] >= 'A' && s[start] <= 'Z' && i - start >= 2) {
          size_t dl = domain_label(s, len, i);
          if (dl) i += 1 + dl;
        }
        size_t m;
        uint32_t nx = peek(s, len, i, &m);
        push_token(t, s, start, i - start, TK_WORD, flags | (nx == '.' ? TF_DOT : 0));
        if (glued) {
          glued = 0;
          flags = TF_NEWLINE | TF_SPACE;
          newlines = 1;
          continue;
        }
      }
    } else if (digit(cp)) {
      i += n;
      for (;;) {
        size_t m, m2;
        uint32_t c = peek(s, len, i, &m);
        if (!m) break;
        if (digit(c) || alpha(c)) {
          i += m;
          continue;
        }
        if (c == '.' || c == ',' || c == ':' || c == '/' || c == '-') {
          uint32_t c2 = peek(s, len, i + m, &m2);
          if (m2 && digit(c2)) {
            i += m + m2;
            continue;
          }
        }
        break;
      }
      size_t m;
      uint32_t nx = peek(s, len, i, &m);
      push_token(t, s, start, i - start, TK_NUM, flags | (nx == '.' ? TF_DOT : 0));
    } else if (is_apos(cp)) {
      size_t m, m2;
      uint32_t c2 = peek(s, len, i + n, &m);
      uint32_t c3 = peek(s, len, i + n + m, &m2);
      if ((c2 == 's' || c2 == 'S') && !(m2 && alpha(c3)) && t->n &&
          !(flags & TF_SPACE)) {
        i += n + m;
        push_token(t, s, start, i - start, TK_POSS, flags);
      } else if (t->n && !(flags & TF_SPACE) && cp != '`' && t->v[t->n - 1].kind == TK_WORD &&
                 (s[t->v[t->n - 1].off + t->v[t->n - 1].len - 1] == 's') &&
                 (!m || !alpha(c2))) {
        /* plural or s-final possessive: "Belarus' Defense Minister" */
        i += n;
        push_token(t, s, start, n, TK_POSS, flags);
      } else {
        i += n;
        push_token(t, s, start, n, TK_PUNCT, flags);
      }
    } else if (is_dash(cp)) {
      i += n;
      for (;;) {
        size_t m;
        uint32_t c = peek(s, len, i, &m);
        if (!m || !is_dash(c)) break;
        i += m;
      }
      push_token(t, s, start, i - start, TK_PUNCT, flags);
    } else {
      i += n;
      push_token(t, s, start, n, TK_PUNCT, flags);
    }
    flags = 0;
    newlines = 0;
  }

  /* sentences */
  size_t first = 0;
  for (size_t k = 0; k < t->n; k++) {
    int cut = 0;
    kg_token *tk = &t->v[k];
    if (k > first && (tk->flags & TF_NEWLINE)) {
      const kg_token *p = &t->v[k - 1];
      int prev_comma = p->kind == TK_PUNCT && s[p->off] == ',';
      int prev_word = p->kind == TK_WORD;
      if (!(prev_comma || (prev_word && (tk->flags & TF_LOWER)))) cut = 1;
    }
    if (!cut && k > first && k - first >= MAX_SENT_TOKENS) cut = 1;
    if (!cut && k > first) {
      const kg_token *p = &t->v[k - 1];
      char pc = p->kind == TK_PUNCT ? s[p->off] : 0;
      int ends = pc == '!' || pc == '?' ||
                 (p->kind == TK_PUNCT && p->len == 3 &&
                  memcmp(s + p->off, "\xE2\x80\xA6", 3) == 0);
      if (pc == '.') {
        ends = 1;
        if (k >= 2) {
          const kg_token *w = &t->v[k - 2];
          if (w->kind == TK_WORD && w->off + w->len == p->off) {
            const char *key = t->keys.ptr + w->key;
            /* single capital letter: an initial (J. R. Smith) */
            if ((w->nlet == 1 && (w->flags & TF_CAP)) || is_abbrev(key))
              ends = (tk->flags & TF_PARA) != 0;
          }
        }
      }
      if (p->kind == TK_WORD && (p->flags & TF_INITIALS)) {
        /* "U.S." ends a sentence only before a line break */
        ends = 0;
      }
      if (ends) {
        /* end only before something that can start a sentence */
        int starts = (tk->flags & (TF_CAP | TF_NEWLINE)) || tk->kind == TK_NUM ||
                     tk->kind == TK_PUNCT;
        if (starts) cut = 1;
      }
      /* closing quote after the period belongs to the ending sentence */
    }
    if (cut) {
      KG_GROW(t->sent, t->cap_sent, t->n_sent + 1);
      t->sent[t->n_sent].first = (uint32_t)first;
      t->sent[t->n_sent].end = (uint32_t)k;
      t->n_sent++;
      first = k;
    }
  }
  if (first < t->n) {
    KG_GROW(t->sent, t->cap_sent, t->n_sent + 1);
    t->sent[t->n_sent].first = (uint32_t)first;
    t->sent[t->n_sent].end = (uint32_t)t->n;
    t->n_sent++;
  }
}

void kg_tokens_free(kg_tokens *t) {
  free(t->v);
  free(t->sent);
  kg_buf_free(&t->keys);
  memset(t, 0, sizeof *t);
}

void kg_phrase_key_with(const char *s, size_t len, kg_buf *out,
                        kg_tokens *scratch) {
  kg_tokens *t = scratch;
  t->n = 0;
  t->n_sent = 0;
  kg_buf_reset(&t->keys);
  kg_tokenize(s, len, t);
  int any = 0;
  for (size_t i = 0; i < t->n; i++) {
    const kg_token *k = &t->v[i];
    int keep = k->kind == TK_WORD || k->kind == TK_NUM || k->kind == TK_POSS ||
               (k->kind == TK_PUNCT && s[k->off] == '&');
    if (!keep) continue;
    if (any) kg_buf_putc(out, ' ');
    kg_buf_append(out, kg_tok_key(t, i), k->keylen);
    any = 1;
  }
  if (!out->ptr) kg_buf_puts(out, "");
}

void kg_phrase_key(const char *s, size_t len, kg_buf *out) {
  kg_tokens t;
  memset(&t, 0, sizeof t);
  kg_phrase_key_with(s, len, out, &t);
  kg_tokens_free(&t);
}
