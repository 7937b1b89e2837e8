/* extract.c - one document to facts: metadata, tokens and sentences, then
 * the passes (basics, institutions, titles, names, people, events) over a
 * per-document context, and finally the facts themselves. Nothing here is
 * global: the context lives and dies with the call. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "extract/internal.h"
#include "src/utf8.h"


size_t kg_ctx_add_chunk(kg_ctx *c, int type, size_t first, size_t end,
                        size_t sent) {
  KG_GROW(c->ch, c->cap_ch, c->n_ch + 1);
  kg_chunk *k = &c->ch[c->n_ch];
  memset(k, 0, sizeof *k);
  k->type = type;
  k->first = (uint32_t)first;
  k->end = (uint32_t)end;
  k->sent = (uint32_t)sent;
  k->ent = (size_t)-1;
  k->inst = (size_t)-1;
  for (size_t i = first; i < end; i++) c->tok_ch[i] = (int32_t)c->n_ch;
  return c->n_ch++;
}

char *kg_ctx_span_text(const kg_ctx *c, size_t first, size_t end) {
  if (first >= end) return kg_xstrdup("");
  /* never longer than the span in the text plus a space per token (a
   * glued "Mr." has TF_SPACE without whitespace before it): one allocation */
  const kg_token *a = &c->tk.v[first], *z = &c->tk.v[end - 1];
  char *out = kg_xmalloc(z->off + z->len - a->off + (end - first) + 1);
  size_t n = 0;
  for (size_t i = first; i < end; i++) {
    const kg_token *k = &c->tk.v[i];
    if (i > first && (k->flags & TF_SPACE)) out[n++] = ' ';
    memcpy(out + n, c->text + k->off, k->len);
    n += k->len;
  }
  out[n] = '\0';
  return out;
}

const kg_lexent *kg_ctx_lex1(const kg_ctx *c, size_t i) {
  if (i >= c->tk.n) return NULL;
  const kg_token *k = &c->tk.v[i];
  if (k->kind != TK_WORD && k->kind != TK_NUM) return NULL;
  /* one hash lookup per token, however often the passes ask; the cache
   * lives in the token, shared with kg_lex_match */
  return kg_lex_tok1(c->lex, &c->tk, i);
}

/* A word no list knows with the ending of an abstract noun, which no
 * name has ("Countermeasures", "Desertification", "Geoinformatics"). */
int kg_ctx_abstract_noun(const kg_ctx *c, size_t i) {
  static const char *const ends[] = {"tion", "tions", "sion", "sions", "ment", "ments",
                                     "ness", "ity", "ities", "ology", "ologies", "ics",
                                     "ure", "ures", NULL};
  size_t n = c->tk.v[i].keylen;
  if (n < 7 || c->tk.v[i].kind != TK_WORD || kg_ctx_lex1(c, i)) return 0;
  const char *key = ctx_key(c, i);
  for (int k = 0; ends[k]; k++) {
    size_t m = strlen(ends[k]);
    if (memcmp(key + n - m, ends[k], m) == 0) return 1;
  }
  return 0;
}

int kg_ctx_title_plural(const kg_ctx *c, size_t i) {
  const char *k = ctx_key(c, i);
  size_t n = c->tk.v[i].keylen;
  char buf[64];
  /* "MPs", "MNAs": an acronym's plural, capitals then a lower-case s */
  const kg_token *t = &c->tk.v[i];
  int caps_stem = t->len == n && n >= 3 && c->text[t->off + n - 1] == 's';
  for (size_t q = 0; caps_stem && q + 1 < n; q++)
    caps_stem = c->text[t->off + q] >= 'A' && c->text[t->off + q] <= 'Z';
  if (caps_stem) {
    const kg_lexent *e = kg_lex_get(c->lex, k, n - 1);
    return e && (e->kinds & LX_TITLE);
  }
  if (n < 4 || n >= sizeof buf) return 0;
  /* plurals: ministers, chiefs, secretaries; chairmen, spokesmen (only
   * those words are copied) */
  const kg_lexent *e = NULL;
  if (memcmp(k + n - 3, "men", 3) == 0) {
    memcpy(buf, k, n);
    buf[n - 2] = 'a';
    e = kg_lex_get(c->lex, buf, n);
  } else if (n > 4 && memcmp(k + n - 3, "ies", 3) == 0) {
    /* "secretaries" */
    memcpy(buf, k, n - 3);
    buf[n - 3] = 'y';
    e = kg_lex_get(c->lex, buf, n - 2);
  } else if (k[n - 1] == 's') {
    e = kg_lex_get(c->lex, k, n - 1);
  }
  if (!e || !(e->kinds & LX_TITLE)) return 0;
  return (c->tk.v[i].flags & TF_ALLCAPS) || !(e->capsonly & LX_TITLE);
}

size_t kg_ctx_counterpart_from(kg_ctx *c, size_t first, size_t q, const char **country) {
  kg_chunk *k = q > first ? kg_ctx_chunk_at(c, q - 1) : NULL;
  if (!k || k->type != CH_COUNTRY || k->end != q || k->demonym) return (size_t)-1;
  size_t p = k->first;
  if (p > first && kg_ctx_is(c, p - 1, "the")) p--;
  if (p < first + 2 || !(kg_ctx_is(c, p - 1, "from") || kg_ctx_is(c, p - 1, "of")) ||
      !(kg_ctx_is(c, p - 2, "counterpart") || kg_ctx_is(c, p - 2, "counterparts")))
    return (size_t)-1;
  *country = k->country;
  return p - 2;
}

int kg_ctx_month_name(const kg_ctx *c, size_t i, size_t end) {
  static const char *const months[] = {"january", "february", "march",     "april",
                                       "may",     "june",     "july",      "august",
                                       "september", "october", "november", "december"};
  if (i + 1 >= end || c->tk.v[i].kind != TK_WORD || !(c->tk.v[i].flags & TF_CAP)) return 0;
  const char *key = ctx_key(c, i);
  /* a month's name or short form (kg_month_of knows both; most
   * capitalised words are neither) */
  int m = kg_month_of(key);
  if (!m) return 0;
  int full = !strcmp(key, months[m - 1]);
  /* a month's short form that is a common given name ("Admiral Jan de
   * Vries"): the lexicon's given-name confidence tells "Jan" from "Sep" */
  if (!full) {
    const kg_lexent *g = kg_ctx_lex1(c, i);
    full = g && (g->kinds & LX_GIVEN) && g->given >= 2;
  }
  if (!full || (c->tk.v[i].flags & TF_ALLCAPS)) return 0;
  /* a particle between given name and surname: "Jan de Vries", "Jan van
   * der Berg" */
  size_t nx = i + 1;
  while (nx + 1 < end && nx < i + 3 && c->tk.v[nx].kind == TK_WORD &&
         (c->tk.v[nx].flags & TF_LOWER) && kg_ctx_has(c, nx, LX_PARTICLE))
    nx++;
  const kg_token *n = &c->tk.v[nx];
  if (n->kind != TK_WORD || !(n->flags & TF_CAP) || (n->flags & TF_ALLCAPS)) return 0;
  if (kg_month_of(ctx_key(c, nx)) || kg_weekday_of(ctx_key(c, nx)) >= 0) return 0;
  if (kg_ctx_has(c, nx, LX_WORD | LX_TITLE | LX_TITLEMOD | LX_RANK | LX_HONORIFIC |
                            LX_COUNTRY | LX_DEMONYM | LX_ORGHEAD | LX_ORG | LX_NONNAME |
                            LX_DOMAIN | LX_SPEECH) &&
      !kg_ctx_has(c, nx, LX_GIVEN))
    return 0;
  if (i == 0) return 1;
  const kg_token *p = &c->tk.v[i - 1];
  if (p->kind == TK_PUNCT)
    return kg_ctx_punct(c, i - 1, ',') || kg_ctx_punct(c, i - 1, '(') ||
           kg_ctx_punct(c, i - 1, ':') || kg_ctx_punct(c, i - 1, '.');
  if (p->kind != TK_WORD) return 0;
  if (kg_ctx_is(c, i - 1, "and")) return 1;
  const kg_chunk *k = c->tok_ch[i - 1] >= 0 ? &c->ch[c->tok_ch[i - 1]] : NULL;
  if (k) return k->type == CH_TITLE || k->type == CH_RANK || k->type == CH_HON;
  return (p->flags & TF_CAP) && kg_ctx_has(c, i - 1, LX_TITLE | LX_RANK | LX_HONORIFIC);
}

const char *kg_ctx_country_of(const kg_lexent *e) {
  if (!e) return NULL;
  if (e->kinds & (LX_COUNTRY | LX_DEMONYM)) return e->country;
  return NULL;
}

int kg_ctx_two_countries(const kg_ctx *c, size_t i) {
  if (i >= c->tk.n || c->tk.v[i].kind != TK_WORD) return 0;
  const char *key = ctx_key(c, i), *h = strchr(key, '-');
  if (!h || h == key || !h[1] || strchr(h + 1, '-')) return 0;
  const kg_lexent *e1 = kg_lex_get(c->lex, key, (size_t)(h - key));
  const kg_lexent *e2 = kg_lex_get(c->lex, h + 1, strlen(h + 1));
  if (!e1 || !e2 || !e1->country || !e2->country || e1->country == e2->country ||
      !strcmp(e1->country, e2->country))
    return 0;
  /* ("US" is a country in capitals only: "us-..." is none) */
  const char *t = c->text + c->tk.v[i].off, *th = memchr(t, '-', c->tk.v[i].len);
  uint32_t k1 = e1->kinds, k2 = e2->kinds;
  if (!(t[0] >= 'A' && t[0] <= 'Z' && t[1] >= 'A' && t[1] <= 'Z')) k1 &= ~e1->capsonly;
  if (!th || !(th[1] >= 'A' && th[1] <= 'Z' && th[2] >= 'A' && th[2] <= 'Z')) k2 &= ~e2->capsonly;
  return (k1 & (LX_COUNTRY | LX_DEMONYM)) && (k2 & (LX_COUNTRY | LX_DEMONYM));
}

/* Does the text mark `country` as a counterpart's against an official it
 * leaves unmarked or gives another country? In one sentence an office
 * without that country, then a word of encounter, then an office the
 * country introduces or "his <demonym> counterpart": "Defence Secretary X
 * met Japanese Defence Minister Y", "Secretary of Defense X hosted
 * Ukraine's Minister of Defense", "Azerbaijan's Defense Minister X met the
 * Georgian Prime Minister". The subject speaks for the article's own
 * country, which the text need not name; the object's is the other side's.
 * (Envoys aside: "the Minister received Pakistani Ambassador X" names the
 * home's own envoy as often as a foreign one.) */
static int counterpart_country(kg_ctx *c, const char *country) {
  for (size_t s = 0; s < c->n_sents; s++) {
    size_t end = c->sents[s].end;
    int unmarked = 0, met = 0;
    for (size_t t = c->sents[s].first; t < end; t++) {
      const kg_chunk *k = kg_ctx_chunk_at(c, t);
      if (k && k->first == t && k->type == CH_TITLE) {
        if (k->country != country && !k->intl && !met)
          unmarked = 1;
        else if (met && k->country == country && k->demonym >= 3 && k->canon &&
                 !kg_title_is_envoy(k->canon))
          return 1;
        t = k->end - 1;
        continue;
      }
      if (k && k->first == t && k->type == CH_COUNTRY && k->demonym && met &&
          k->country == country && kg_ctx_is(c, k->end, "counterpart"))
        return 1;
      if (unmarked && !met && !k && kg_meeting_word(c, t, end)) met = 1;
    }
  }
  return 0;
}

/* The article's home country: where its dateline places it, else the
 * country it names most (countries and demonyms), when that is clear:
 * one the text names (not only its cities or regions: "aid to Gaza") and
 * does not mark a counterpart with (counterpart_country). */
static void find_home(kg_ctx *c) {
  const char *names[64];
  size_t counts[64], n = 0;
  unsigned char named[64] = {0}, dateline[64] = {0};
  for (size_t i = 0; i < c->n_ch; i++) {
    const kg_chunk *k = &c->ch[i];
    if ((k->type != CH_COUNTRY && k->type != CH_PLACE) || !k->country) continue;
    /* a country that introduces an official ("New Zealand's Foreign
     * Minister") describes a visitor more often than the host */
    int in_title = 0;
    for (size_t t = k->first; t < k->end && !in_title; t++)
      in_title = c->tok_ch[t] >= 0 && c->ch[c->tok_ch[t]].type == CH_TITLE;
    /* (within the sentence: a headline's "... in Bangkok" does not
     * introduce the official that opens the text) */
    size_t send = c->sents[k->sent].end;
    if (!in_title && k->end < send) {
      size_t t = k->end;
      if (c->tk.v[t].kind == TK_POSS) t++;
      in_title = t < send && c->tok_ch[t] >= 0 && c->ch[c->tok_ch[t]].type == CH_TITLE &&
                 c->ch[c->tok_ch[t]].first == t;
    }
    if (!in_title && k->end < c->tk.n) {
      /* "his Iranian counterpart", "the Chinese delegation" */
      size_t t = k->end;
      if (c->tk.v[t].kind == TK_POSS) t++;
      in_title = kg_ctx_is(c, t, "counterpart") || kg_ctx_is(c, t, "counterparts") ||
                 kg_ctx_is(c, t, "delegation") || kg_ctx_is(c, t, "delegates") ||
                 kg_ctx_is(c, t, "side") || kg_ctx_is(c, t, "guests") ||
                 kg_ctx_is(c, t, "guest");
    }
    /* "a delegation from Ghana", "delegates of Chile": the visitors' */
    if (!in_title && k->first >= 2 &&
        (kg_ctx_is(c, k->first - 1, "from") || kg_ctx_is(c, k->first - 1, "of")))
      in_title = kg_ctx_is(c, k->first - 2, "delegation") ||
                 kg_ctx_is(c, k->first - 2, "delegations") ||
                 kg_ctx_is(c, k->first - 2, "delegates") ||
                 kg_ctx_is(c, k->first - 2, "visitors");
    /* "the northern border with Lebanon": a neighbour, named from the
     * other side of the border */
    if (!in_title && k->first >= 2) {
      size_t t = k->first - 1;
      if (kg_ctx_is(c, t, "the") && t >= 2) t--;
      in_title = kg_ctx_is(c, t, "with") &&
                 (kg_ctx_is(c, t - 1, "border") || kg_ctx_is(c, t - 1, "borders") ||
                  kg_ctx_is(c, t - 1, "frontier") || kg_ctx_is(c, t - 1, "boundary"));
    }
    if (in_title) continue;
    size_t w = k->type == CH_COUNTRY ? 2 : 1;
    /* a dateline (a place at the start of the first body sentences, then
     * ':' '-' ',' or '/') says where the article was written */
    /* (a place in capitals may follow a longer page head: "RAWALPINDI:"
     * after a repeated headline and a byline) */
    const kg_sentence *s = &c->sents[k->sent];
    int caps = (c->tk.v[k->first].flags & TF_ALLCAPS) && c->tk.v[k->first].len > 2;
    int dl = k->first == s->first && k->sent < (caps ? 12u : 6u) && k->end < c->tk.n &&
             (kg_ctx_punct(c, k->end, ':') || kg_ctx_punct(c, k->end, '/') ||
              kg_ctx_punct(c, k->end, ',') || kg_ctx_punct(c, k->end, '-') ||
              kg_ctx_punct(c, k->end, '(') ||
              (c->tk.v[k->end].kind == TK_PUNCT && c->tk.v[k->end].len == 3));
    if (dl) w += 6;
    size_t j;
    for (j = 0; j < n; j++)
      if (names[j] == k->country) break;
    if (j == n) {
      if (n == 64) continue;
      names[n] = k->country;
      counts[n++] = 0;
    }
    counts[j] += w;
    dateline[j] |= (unsigned char)dl;
  }
  /* named: the country itself, anywhere (in a title too) */
  for (size_t i = 0; i < c->n_ch; i++)
    if (c->ch[i].type == CH_COUNTRY && c->ch[i].country)
      for (size_t j = 0; j < n; j++)
        if (names[j] == c->ch[i].country) named[j] = 1;
  c->n_cscore = 0;
  for (size_t j = 0; j < n && c->n_cscore < 32; j++) {
    c->cscore_name[c->n_cscore] = names[j];
    c->cscore_w[c->n_cscore++] = counts[j];
  }
  size_t best = 0, second = 0, bj = 0;
  const char *home = NULL;
  for (size_t j = 0; j < n; j++) {
    if (counts[j] > best) {
      second = best;
      best = counts[j];
      home = names[j];
      bj = j;
    } else if (counts[j] > second) {
      second = counts[j];
    }
  }
  if (home && !dateline[bj] && (!named[bj] || counterpart_country(c, home))) home = NULL;
  c->home = best > second ? home : NULL;
}

/* "his Chilean peer X", "her peer from Chile, X", "their peers": a peer
 * owned by "his", "her" or "their" (demonyms and hyphens between) is a
 * counterpart, and its token takes that word's key before the lexicon is
 * read, so that every counterpart rule reads it. "peer" alone (the British
 * peers, "peer review") and a peer followed by another lower-case word
 * ("his peer group") stay as they are. */
static void peer_as_counterpart(kg_tokens *t, const char *text) {
  static const char *const after[] = {"from", "on", "in", "at", "and", "during", "for",
                                      "to", "who", "as", "over", "via", "by", "with", NULL};
  uint32_t key[2] = {0, 0};
  for (size_t i = 1; i < t->n; i++) {
    const char *k = kg_tok_key(t, i);
    int pl;
    if (t->v[i].kind != TK_WORD || !(t->v[i].flags & TF_LOWER)) continue;
    if (t->v[i].keylen == 4 && !memcmp(k, "peer", 4))
      pl = 0;
    else if (t->v[i].keylen == 5 && !memcmp(k, "peers", 5))
      pl = 1;
    else
      continue;
    size_t j = i;
    while (j > 0 && j + 3 > i && (t->v[j - 1].flags & TF_CAP) && t->v[j - 1].kind == TK_WORD)
      j--;
    while (j > 0 && j + 4 > i && t->v[j - 1].kind == TK_PUNCT && text[t->v[j - 1].off] == '-' &&
           j >= 2 && (t->v[j - 2].flags & TF_CAP))
      j -= 2;
    if (j == 0) continue;
    const char *o = kg_tok_key(t, j - 1);
    size_t ol = t->v[j - 1].keylen;
    if (!((ol == 3 && (!memcmp(o, "his", 3) || !memcmp(o, "her", 3))) ||
          (ol == 5 && !memcmp(o, "their", 5))))
      continue;
    if (i + 1 < t->n && t->v[i + 1].kind == TK_WORD && (t->v[i + 1].flags & TF_LOWER)) {
      const char *n = kg_tok_key(t, i + 1);
      size_t nl = t->v[i + 1].keylen, a = 0;
      for (; after[a]; a++)
        if (strlen(after[a]) == nl && !memcmp(n, after[a], nl)) break;
      if (!after[a]) continue;
    }
    if (!key[pl]) {
      key[pl] = (uint32_t)t->keys.len;
      kg_buf_puts(&t->keys, pl ? "counterparts" : "counterpart");
      kg_buf_putc(&t->keys, '\0');
    }
    t->v[i].key = key[pl];
    t->v[i].keylen = pl ? 12 : 11;
  }
}

/* The first date with a year that the text gives: the reference for dates
 * given without one when the article itself is not dated. */
static void find_ref(kg_ctx *c) {
  c->ref = c->pub;
  if (c->pub.y) return;
  for (size_t i = 0; i < c->n_ch; i++)
    if (c->ch[i].type == CH_DATE && c->ch[i].date.y && c->ch[i].date.m) {
      c->ref = c->ch[i].date;
      return;
    }
}

/* Relative dates ("today", "yesterday", "this", "last", "next", a
 * weekday) read again against the day dl. */
static void reread_relative(kg_ctx *c, const kg_chunk *k, kg_date dl) {
  for (size_t j = 0; j < c->n_ch; j++) {
    kg_chunk *q = &c->ch[j];
    if (q->type != CH_DATE || q == k) continue;
    const char *key = ctx_key(c, q->first);
    if (!(kg_ctx_is(c, q->first, "today") || kg_ctx_is(c, q->first, "yesterday") ||
          kg_ctx_is(c, q->first, "this") || kg_ctx_is(c, q->first, "last") ||
          kg_ctx_is(c, q->first, "next") || kg_weekday_of(key) >= 0))
      continue;
    kg_date r;
    size_t n = kg_date_at(&c->tk, c->text, q->first, c->sents[q->sent].end, dl, &r);
    if (n && q->first + n == q->end) q->date = r;
  }
}

/* The date chunk of the article's dateline, "PLACE, DATE (" / "PLACE, DATE
 * -" / "PLACE, DATE." at the start of one of the first three sentences: its
 * index, or (size_t)-1 when there is none. */
static size_t dateline_date(const kg_ctx *c) {
  for (size_t i = 0; i < c->n_ch; i++) {
    const kg_chunk *k = &c->ch[i];
    if (k->type != CH_DATE) continue;
    if (k->sent >= 3) break;
    const kg_sentence *st = &c->sents[k->sent];
    if (k->first < st->first + 2 || k->first > st->first + 6 || !k->date.d || !k->date.m ||
        !kg_ctx_punct(c, k->first - 1, ',') || !(c->tk.v[k->first - 2].flags & TF_CAP) ||
        k->end >= c->tk.n || c->tk.v[k->end].kind != TK_PUNCT)
      continue;
    return i;
  }
  return (size_t)-1;
}

/* An undated article whose dateline gives a month and a day but no year
 * ("SEOUL, Feb. 20 (Yonhap) --") and whose text gives a year elsewhere (the
 * reference find_ref took: "Jan. 15, 2025"): the dateline's day in the year
 * that puts it nearest that date (a dateline of Dec. 30 beside Jan. 15,
 * 2025 is of 2024) is the day the story tells of, and the reference of its
 * relative dates. The year's source is the latest date with a month told
 * in a sentence that does not look back ("last met in March 2019", "since",
 * "ago"); without one, or more than half a year from the dateline's day,
 * the dateline stays undated. */
static void yearless_dateline(kg_ctx *c) {
  size_t i = dateline_date(c);
  if (i == (size_t)-1) return;
  const kg_chunk *k = &c->ch[i];
  for (size_t t = k->first; t < k->end; t++)
    if (c->tk.v[t].kind == TK_NUM && c->tk.v[t].keylen >= 4) return; /* a year of its own */
  /* the year's source: the latest date with a year and a month told in a
   * sentence that does not look back ("last met", "since", "ago") */
  kg_date src = {0, 0, 0};
  for (size_t j = 0; j < c->n_ch; j++) {
    const kg_chunk *q = &c->ch[j];
    if (j == i || q->type != CH_DATE || !q->date.y || !q->date.m) continue;
    int back = 0;
    for (size_t t = c->sents[q->sent].first; t < c->sents[q->sent].end && !back; t++)
      back = kg_ctx_is(c, t, "last") || kg_ctx_is(c, t, "since") ||
             kg_ctx_is(c, t, "ago") || kg_ctx_is(c, t, "previously") ||
             kg_ctx_is(c, t, "first") || kg_ctx_is(c, t, "former");
    if (back) continue;
    if (q->date.y * 13 + q->date.m > src.y * 13 + src.m) src = q->date;
  }
  long best = -1;
  kg_date dl = k->date;
  /* days counted roughly (31 a month): enough to choose the year */
  long rv = (long)src.y * 372 + src.m * 31 + (src.d ? src.d : 15);
  for (int y = src.y - 1; src.y && y <= src.y + 1; y++) {
    kg_date x = {y, k->date.m, k->date.d};
    long dv = (long)y * 372 + x.m * 31 + x.d - rv;
    if (dv < 0) dv = -dv;
    if (best < 0 || dv < best) {
      best = dv;
      dl = x;
    }
  }
  /* no such date, or a dateline more than half a year from it: not
   * sure, the dateline stays undated */
  if (best < 0 || best > 183) {
    c->ch[i].date = (kg_date){0, 0, 0};
    return;
  }
  c->ch[i].date = dl;
  reread_relative(c, k, dl);
  c->ref = dl;
  c->ref_dateline = 1;
}

/* A dateline's own day a little before the publication date ("MADRID,
 * March 7 (EFE).-" on a page of March 8): the day the story was written,
 * which its "today", "yesterday" and weekdays count from. Relative dates
 * are read again against it. */
static void dateline_day(kg_ctx *c) {
  if (!c->pub.y && c->ref.y && c->ref.m) {
    yearless_dateline(c);
    return;
  }
  if (!c->pub.d) return;
  size_t i = dateline_date(c);
  if (i == (size_t)-1) return;
  const kg_chunk *k = &c->ch[i];
  kg_date dl = k->date;
  int back = 0;
  for (; back <= 3; back++) {
    kg_date x = kg_date_add_days(c->pub, -back);
    if (x.y == dl.y && x.m == dl.m && x.d == dl.d) break;
  }
  if (back == 0 || back > 3) return;
  reread_relative(c, k, dl);
  c->ref = dl;
}

static void build_sentences(kg_ctx *c, const kg_article *art) {
  /* drop noise tokens by cutting sentences around them */
  size_t ni = 0;
  for (size_t i = 0; i < c->tk.n; i++) {
    size_t off = c->tk.v[i].off;
    while (ni < art->n_noise && art->noise[ni].off + art->noise[ni].len <= off) ni++;
    c->skip[i] = ni < art->n_noise && art->noise[ni].off <= off;
  }
  for (size_t s = 0; s < c->tk.n_sent; s++) {
    size_t a = c->tk.sent[s].first, b = c->tk.sent[s].end;
    size_t start = a;
    for (size_t i = a; i <= b; i++) {
      if (i == b || c->skip[i]) {
        if (i > start) {
          KG_GROW(c->sents, c->cap_sents, c->n_sents + 1);
          c->sents[c->n_sents].first = (uint32_t)start;
          c->sents[c->n_sents].end = (uint32_t)i;
          c->n_sents++;
        }
        start = i + 1;
      }
    }
  }
}

/* ---- output ----------------------------------------------------------------- */

static char *key_for(const char *prefix, const char *label, const char *suffix) {
  kg_buf b = KG_BUF_INIT;
  kg_buf_puts(&b, prefix);
  size_t before = b.len;
  kg_slug_append(&b, label, strlen(label));
  if (b.len == before) kg_buf_puts(&b, "unnamed");
  if (suffix) kg_buf_puts(&b, suffix);
  return kg_buf_detach(&b);
}

/* The merge key of a person's name: what documents that write the same
 * person differently share. Middle initials ("Lloyd J. Austin", "George
 * H.W. X") and a closing generation numeral ("III") are left out, so that
 * "Lloyd J. Austin III" and "Lloyd Austin" are one node across documents;
 * "Jr." and "Sr." stay (they tell a son from his father). `country` (may be
 * NULL) is the person's. Returns an owned string. */
static char *person_key(const char *name, const char *country, const char *suffix) {
  kg_buf n = KG_BUF_INIT;
  const char *tok[16];
  size_t len[16], nt = 0;
  for (const char *p = name; *p && nt < 16;) {
    while (*p == ' ') p++;
    if (!*p) break;
    const char *q = p;
    while (*q && *q != ' ') q++;
    tok[nt] = p;
    len[nt++] = (size_t)(q - p);
    p = q;
  }
  size_t last = nt;
  if (nt >= 3 && ((len[nt - 1] == 2 && !strncmp(tok[nt - 1], "II", 2)) ||
                  (len[nt - 1] == 3 && !strncmp(tok[nt - 1], "III", 3)) ||
                  (len[nt - 1] == 2 && !strncmp(tok[nt - 1], "IV", 2))))
    last--;
  for (size_t i = 0; i < last; i++) {
    /* an initial: capitals and periods only, a period in it ("J.", "H.W.") */
    int initial = i > 0 && i + 1 < last && len[i] <= 4 && memchr(tok[i], '.', len[i]);
    for (size_t k = 0; k < len[i] && initial; k++)
      initial = tok[i][k] == '.' || (tok[i][k] >= 'A' && tok[i][k] <= 'Z');
    if (initial) continue;
    if (n.len) kg_buf_putc(&n, ' ');
    kg_buf_append(&n, tok[i], len[i]);
  }
  /* Japanese and Hungarian names are written in both orders in English
   * ("Minoru Kihara", "KIHARA Minoru"; "Viktor Orban", "Orban Viktor"):
   * the key of such a name of two words takes them in alphabetical order */
  if (country && (!strcmp(country, "Japan") || !strcmp(country, "Hungary")) && n.len) {
    const char *sp = strchr(n.ptr, ' ');
    if (sp && !strchr(sp + 1, ' ')) {
      kg_buf a = KG_BUF_INIT, b = KG_BUF_INIT;
      kg_slug_append(&a, n.ptr, (size_t)(sp - n.ptr));
      kg_slug_append(&b, sp + 1, strlen(sp + 1));
      if (a.len && b.len && strcmp(a.ptr, b.ptr) > 0) {
        kg_buf_reset(&n);
        kg_buf_printf(&n, "%s %s", b.ptr, a.ptr);
      }
      kg_buf_free(&a);
      kg_buf_free(&b);
    }
  }
  char *key = key_for("person:", n.len ? n.ptr : name, suffix);
  kg_buf_free(&n);
  return key;
}

size_t kg_ctx_place_ent(kg_ctx *c, const char *label, const char *country, int is_country) {
  if (!label) return KG_NO_ENTITY;
  for (size_t i = 0; i < c->n_places; i++)
    if (c->places[i].label == label && c->places[i].is_country == is_country)
      return c->places[i].ent;
  kg_facts *f = c->out;
  KG_GROW(c->places, c->cap_places, c->n_places + 1);
  kg_xplace *p = &c->places[c->n_places++];
  p->label = label;
  p->country = country;
  p->is_country = is_country;
  char *key = key_for(is_country ? "country:" : "place:", label, NULL);
  size_t ent = p->ent = kg_facts_add_entity(f, is_country ? KG_COUNTRY : KG_PLACE, key, label);
  free(key);
  if (!is_country) { /* the call below may grow c->places: p dangles */
    f->entities[ent].country = kg_facts_str(f, country);
    size_t ce = kg_ctx_place_ent(c, country, NULL, 1);
    if (ce != KG_NO_ENTITY)
      kg_facts_add_link(f, KG_LINK_LOCATED_IN, ent, ce, NULL, NULL, 0, NULL);
  }
  return ent;
}

void kg_emit_entities(kg_ctx *c) {
  kg_facts *f = c->out;
  /* countries and places named in the text, with their mentions */
  for (size_t i = 0; i < c->n_ch; i++) {
    kg_chunk *k = &c->ch[i];
    if (k->type == CH_COUNTRY && k->country) {
      size_t ent = kg_ctx_place_ent(c, k->country, NULL, 1);
      kg_facts_add_mention(f, c->tk.v[k->first].off,
                           c->tk.v[k->end - 1].off + c->tk.v[k->end - 1].len - c->tk.v[k->first].off,
                           ent);
    } else if (k->type == CH_PLACE && k->lx) {
      size_t ent = kg_ctx_place_ent(c, k->lx->form, k->country, 0);
      kg_facts_add_mention(f, c->tk.v[k->first].off,
                           c->tk.v[k->end - 1].off + c->tk.v[k->end - 1].len - c->tk.v[k->first].off,
                           ent);
    }
  }
  for (size_t i = 0; i < c->n_insts; i++) {
    kg_xinst *x = &c->insts[i];
    if (x->merged) continue;
    x->ent = kg_facts_add_entity(f, KG_INSTITUTION, x->key, x->label);
    kg_entity *e = &f->entities[x->ent];
    for (size_t k = 0; k < x->nforms; k++)
      if (strcmp(x->forms[k], x->label) != 0) kg_strs_add(f, &e->aliases, x->forms[k]);
    if (x->acronym) kg_strs_add(f, &e->aliases, x->acronym);
    e->country = kg_facts_str(f, x->country);
    e->subtype = kg_facts_str(f, x->kind);
    e->offset = x->first_off;
  }
  kg_buf sfx = KG_BUF_INIT;
  for (size_t i = 0; i < c->n_people; i++) {
    kg_xperson *p = &c->people[i];
    kg_buf_reset(&sfx);
    /* a name of one token is not merged across documents */
    if (p->single) {
      kg_buf_puts(&sfx, "~");
      kg_slug_append(&sfx, c->doc_id, strlen(c->doc_id));
    }
    char *key = person_key(p->name, p->country, p->single ? sfx.ptr : NULL);
    p->ent = kg_facts_add_entity(f, KG_PERSON, key, p->name);
    free(key);
    kg_entity *e = &f->entities[p->ent];
    for (size_t k = 0; k < p->nforms; k++)
      if (strcmp(p->forms[k], p->name) != 0) kg_strs_add(f, &e->aliases, p->forms[k]);
    for (size_t k = 0; k < p->ntitles; k++) kg_strs_add(f, &e->titles, p->titles[k]);
    e->country = kg_facts_str(f, p->country);
    e->offset = p->first_off;
  }
  kg_buf_free(&sfx);
  for (size_t i = 0; i < c->n_ch; i++) {
    kg_chunk *k = &c->ch[i];
    size_t ent = KG_NO_ENTITY;
    if (k->type == CH_NAME && k->ent != (size_t)-1) ent = c->people[k->ent].ent;
    if (k->type == CH_INST && k->ent != (size_t)-1) ent = c->insts[k->ent].ent;
    if (ent != KG_NO_ENTITY && ent != (size_t)-1)
      kg_facts_add_mention(f, c->tk.v[k->first].off,
                           c->tk.v[k->end - 1].off + c->tk.v[k->end - 1].len - c->tk.v[k->first].off,
                           ent);
  }
  /* links of people to their countries and institutions */
  for (size_t i = 0; i < c->n_people; i++) {
    kg_xperson *p = &c->people[i];
    if (p->country)
      kg_facts_add_link(f, KG_LINK_REPRESENTS, p->ent, kg_ctx_place_ent(c, p->country, NULL, 1),
                        NULL, NULL, p->first_off, NULL);
    if (p->inst != (size_t)-1 && p->inst < c->n_insts)
      kg_facts_add_link(f, KG_LINK_HOLDS_POSITION, p->ent, c->insts[p->inst].ent,
                        NULL, p->noffices ? p->offices[0] : NULL, p->first_off,
                        NULL);
  }
  for (size_t i = 0; i < c->n_insts; i++) {
    kg_xinst *x = &c->insts[i];
    if (x->merged) continue;
    if (x->parent != (size_t)-1 && x->parent < c->n_insts && x->parent != i)
      kg_facts_add_link(f, KG_LINK_PART_OF, x->ent, c->insts[x->parent].ent, NULL,
                        NULL, x->first_off, NULL);
    else if (x->country)
      kg_facts_add_link(f, KG_LINK_PART_OF, x->ent, kg_ctx_place_ent(c, x->country, NULL, 1),
                        NULL, NULL, x->first_off, NULL);
  }
}

/* ---- entry point ------------------------------------------------------------- */

static void ctx_free(kg_ctx *c) {
  for (size_t i = 0; i < c->n_ch; i++) free(c->ch[i].canon);
  free(c->ch);
  free(c->tok_ch);
  free(c->skip);
  free(c->sents);
  for (size_t i = 0; i < c->n_people; i++) {
    kg_xperson *p = &c->people[i];
    free(p->name);
    for (size_t k = 0; k < p->ntoks; k++) free(p->toks[k]);
    free(p->toks);
    for (size_t k = 0; k < p->ntitles; k++) free(p->titles[k]);
    free(p->titles);
    for (size_t k = 0; k < p->noffices; k++) free(p->offices[k]);
    free(p->offices);
    for (size_t k = 0; k < p->nforms; k++) free(p->forms[k]);
    free(p->forms);
    free(p->stems);
  }
  free(c->people);
  for (size_t i = 0; i < c->n_insts; i++) {
    kg_xinst *x = &c->insts[i];
    free(x->key);
    free(x->label);
    for (size_t k = 0; k < x->nforms; k++) free(x->forms[k]);
    free(x->forms);
    free(x->acronym);
    free(x->core);
  }
  free(c->insts);
  free(c->places);
  kg_tokens_free(&c->tk);
  kg_buf_free(&c->tmp);
  free(c->trig_fr);
  free(c->trig_len);
  free(c->ev_sent);
}

static const char *const chunk_names[] = {"none",  "date",  "country", "place", "inst",
                                          "rank",  "hon",   "title",   "name",  "pron"};

static void dump(kg_ctx *c, FILE *out) {
  for (size_t s = 0; s < c->n_sents; s++) {
    fprintf(out, "S%zu:", s);
    for (size_t i = c->sents[s].first; i < c->sents[s].end;) {
      kg_chunk *k = kg_ctx_chunk_at(c, i);
      if (k && k->type != CH_NONE) {
        char *t = kg_ctx_span_text(c, k->first, k->end);
        fprintf(out, " [%s:%s", chunk_names[k->type], t);
        if (k->type == CH_NAME && k->ent != (size_t)-1) fprintf(out, "=%s", c->people[k->ent].name);
        if (k->type == CH_TITLE && k->country) fprintf(out, "@%s", k->country);
        if (k->type == CH_INST && k->ent != (size_t)-1) fprintf(out, "=%s", c->insts[k->ent].label);
        fputs("]", out);
        free(t);
        i = k->end;
      } else {
        fprintf(out, " %.*s", (int)c->tk.v[i].len, c->text + c->tk.v[i].off);
        i++;
      }
    }
    fputs("\n", out);
  }
  fprintf(out, "home=%s\n", c->home ? c->home : "-");
  for (size_t i = 0; i < c->n_insts; i++)
    fprintf(out, "I %s key=%s core=%s country=%s merged=%d\n", c->insts[i].label, c->insts[i].key,
            c->insts[i].core ? c->insts[i].core : "-",
            c->insts[i].country ? c->insts[i].country : "-", c->insts[i].merged);
  for (size_t i = 0; i < c->n_people; i++)
    fprintf(out, "P %s [%s] %s\n", c->people[i].name,
            c->people[i].country ? c->people[i].country : "-",
            c->people[i].ntitles ? c->people[i].titles[0] : "");
}

static kg_facts *run(const kg_lexicon *lex, const kg_doc *doc, FILE *debug);

kg_facts *kg_extract(const kg_lexicon *lex, const kg_doc *doc) {
  return run(lex, doc, NULL);
}

void kg_extract_debug(const kg_lexicon *lex, const kg_doc *doc, FILE *out) {
  kg_facts_free(run(lex, doc, out));
}

static kg_facts *run(const kg_lexicon *lex, const kg_doc *doc, FILE *debug) {
  kg_facts *f = kg_facts_new(doc->id);
  kg_ctx c;
  memset(&c, 0, sizeof c);
  c.lex = lex;
  c.text = doc->text;
  c.len = doc->len;
  c.doc_id = doc->id;
  c.out = f;

  kg_article art;
  kg_article_parse(doc->text, doc->len, &art);
  if (doc->title && *doc->title)
    f->title = kg_facts_str(f, doc->title);
  else if (art.title_len)
    f->title = kg_facts_strn(f, doc->text + art.title_off, art.title_len);
  kg_date d;
  if (doc->date && kg_date_parse_iso(doc->date, &d) == 0)
    c.pub = d;
  else if (art.date[0] && kg_date_parse_iso(art.date, &d) == 0)
    c.pub = d;
  if (c.pub.y) {
    char iso[11];
    kg_date_format(c.pub, iso);
    f->date = kg_facts_str(f, iso);
  }
  f->url = kg_facts_str(f, doc->url);

  kg_tokenize(doc->text, doc->len, &c.tk);
  peer_as_counterpart(&c.tk, doc->text);
  kg_lex_tok_lookup_all(lex, &c.tk);
  c.skip = kg_xcalloc(c.tk.n + 1, 1);
  c.tok_ch = kg_xmalloc((c.tk.n + 1) * sizeof *c.tok_ch);
  for (size_t i = 0; i <= c.tk.n; i++) c.tok_ch[i] = -1;
  build_sentences(&c, &art);
  free(art.noise);

  for (size_t s = 0; s < c.n_sents; s++) kg_find_basics(&c, s);
  find_ref(&c);
  /* dates without a year resolved against the reference */
  for (size_t i = 0; i < c.n_ch; i++) {
    kg_chunk *k = &c.ch[i];
    if (k->type == CH_DATE && !k->date.y) {
      kg_date r;
      if (kg_date_at(&c.tk, c.text, k->first, c.sents[k->sent].end, c.ref, &r))
        k->date = r;
    }
  }
  dateline_day(&c);
  for (size_t s = 0; s < c.n_sents; s++) kg_find_institutions(&c, s);
  for (size_t s = 0; s < c.n_sents; s++) kg_find_titles(&c, s);
  find_home(&c);
  kg_finish_institutions(&c);
  for (size_t s = 0; s < c.n_sents; s++) kg_find_names(&c, s);
  kg_resolve_people(&c);
  kg_find_events(&c); /* emits the entities too, once countries are final */
  if (debug) dump(&c, debug);
  ctx_free(&c);
  return f;
}
