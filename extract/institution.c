/* institution.c - the first passes over each sentence: dates, countries and
 * demonyms, places, ranks, honorifics, multi-word titles and pronouns
 * (kg_find_basics), then named institutions (kg_find_institutions): known
 * organisations, capitalised phrases headed by an organisation word
 * (Ministry, Committee, Army ...), acronyms introduced in parentheses, news
 * agencies named as sources, and companies listed after "such as". */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "extract/internal.h"
#include "src/utf8.h"

#define NONE ((size_t)-1)

static int covered(const kg_ctx *c, size_t i) { return c->tok_ch[i] >= 0; }

static int is_word(const kg_ctx *c, size_t i) {
  return i < c->tk.n && c->tk.v[i].kind == TK_WORD;
}

static int is_cap(const kg_ctx *c, size_t i) {
  return is_word(c, i) && (c->tk.v[i].flags & TF_CAP);
}

/* ---- basics ------------------------------------------------------------------ */

/* 1 he/him/his, 2 she/her, else 0 (asked of every word: the key's length
 * rejects most before any comparison) */
/* "Vice Premier He Lifeng", "Ambassador He Yafei", "Gen. He Weidong": "He"
 * written so in mid-sentence (after a word or an abbreviation's period on
 * one line, not after other punctuation or a quote) and before a
 * capitalised word is the Chinese surname, no pronoun. */
static int he_before_name(const kg_ctx *c, size_t i) {
  const kg_token *k = &c->tk.v[i];
  if (i == 0 || i + 1 >= c->tk.n || k->len != 2 || c->text[k->off] != 'H' ||
      c->text[k->off + 1] != 'e')
    return 0;
  size_t pi = i - 1;
  /* "Gen. He", "Dr. He": the period of a rank's or honorific's short form */
  if (kg_ctx_punct(c, pi, '.') && pi > 0 && (c->tk.v[pi - 1].flags & TF_DOT) &&
      kg_ctx_has(c, pi - 1, LX_RANK | LX_HONORIFIC))
    pi--;
  const kg_token *p = &c->tk.v[pi], *n = &c->tk.v[i + 1];
  if (p->kind != TK_WORD || n->kind != TK_WORD || !(n->flags & TF_CAP) || (n->flags & TF_INITIALS))
    return 0;
  /* a given name, no English word: not a headline's "Says He Will Meet" */
  if (kg_ctx_has(c, i + 1, LX_WORD | LX_NONNAME | LX_TITLE | LX_RANK | LX_COUNTRY | LX_DEMONYM) &&
      !kg_ctx_has(c, i + 1, LX_GIVEN))
    return 0;
  /* in one line: not a title line's last word before the text */
  for (size_t o = p->off + p->len; o < n->off; o++)
    if (c->text[o] == '\n') return 0;
  return 1;
}

/* "Vice Premier He Lifeng ... Yellen also met He on Sunday", "talks with
 * He": "He" alone right after "met" or "with" (no capitalised word after
 * it), in a text that wrote the surname He before a given name earlier, is
 * that person, no pronoun ("He" before a lower-case word stays one
 * elsewhere: "He said"). */
static int he_alone(const kg_ctx *c, size_t i) {
  const kg_token *k = &c->tk.v[i];
  if (i == 0 || i + 1 >= c->tk.n || k->len != 2 || c->text[k->off] != 'H' ||
      c->text[k->off + 1] != 'e')
    return 0;
  const kg_token *p = &c->tk.v[i - 1], *n = &c->tk.v[i + 1];
  if (p->kind != TK_WORD || !(p->flags & TF_LOWER) ||
      !(kg_ctx_is(c, i - 1, "met") || kg_ctx_is(c, i - 1, "with")))
    return 0;
  if (n->kind == TK_WORD && !(n->flags & TF_LOWER)) return 0;
  for (size_t o = p->off + p->len; o < k->off; o++)
    if (c->text[o] == '\n') return 0;
  for (size_t j = 1; j < i; j++)
    if (he_before_name(c, j)) return 1;
  return 0;
}

int kg_he_surname(const kg_ctx *c, size_t i) { return he_before_name(c, i) || he_alone(c, i); }

static int pronoun(const kg_ctx *c, size_t i) {
  if (c->tk.v[i].keylen != 2 && c->tk.v[i].keylen != 3) return 0;
  if (kg_ctx_is(c, i, "he") && kg_he_surname(c, i)) return 0;
  if (kg_ctx_is(c, i, "he") || kg_ctx_is(c, i, "him") || kg_ctx_is(c, i, "his")) return 1;
  if (kg_ctx_is(c, i, "she") || kg_ctx_is(c, i, "her")) return 2;
  return 0;
}

/* A date chunk at i; dates without a year stay unresolved (y == 0) until
 * the reference date is known. */
static size_t find_date(kg_ctx *c, size_t i, size_t end, kg_date *out) {
  /* kg_date_at's first answers without the calls (it runs on every token):
   * a date starts on a number or a word ... */
  const kg_token *k = &c->tk.v[i];
  if (k->kind != TK_NUM && k->kind != TK_WORD) return 0;
  if (c->pub.y) return kg_date_at(&c->tk, c->text, i, end, c->pub, out);
  kg_date r1 = {2000, 6, 15}, r2 = {2001, 6, 15}, d1, d2;
  size_t n1 = kg_date_at(&c->tk, c->text, i, end, r1, &d1);
  if (!n1) {
    /* ... and, with no reference date, on a capitalised one */
    if (k->kind == TK_WORD && !(k->flags & TF_CAP)) return 0;
    kg_date none = {0, 0, 0};
    return kg_date_at(&c->tk, c->text, i, end, none, out);
  }
  size_t n2 = kg_date_at(&c->tk, c->text, i, end, r2, &d2);
  if (n2 == n1 && d1.y == d2.y) {
    *out = d1;
  } else {
    out->y = 0;
    out->m = d1.m;
    out->d = d1.d;
  }
  return n1;
}

/* Does a dateline's tail follow the town name ending before token j: ", "
 * and a date ("Colombo, May 3"), ", " and a country and a comma
 * ("KINGSTON, Jamaica, May 3"), an agency in brackets ("Santiago (EFE).-",
 * one to three words, the first capitalised), or, after a name in
 * capitals, a dash or colon ("MUSCAT -")? */
static int dateline_tail(const kg_ctx *c, size_t j, size_t end, int caps) {
  if (j + 1 >= end) return 0;
  if (kg_ctx_punct(c, j, ',')) {
    /* any year serves as the reference: only the date's presence counts
     * ("May 3" has none of its own) */
    kg_date any = {2000, 12, 31}, d;
    if (kg_date_at(&c->tk, c->text, j + 1, end, any, &d)) return 1;
    const kg_lexent *ec;
    size_t nc = kg_lex_match(c->lex, &c->tk, c->text, j + 1, end, LX_COUNTRY, 0, &ec);
    return nc && kg_ctx_punct(c, j + 1 + nc, ',');
  }
  if (kg_ctx_punct(c, j, '(')) {
    if (c->tk.v[j + 1].kind != TK_WORD || !(c->tk.v[j + 1].flags & TF_CAP)) return 0;
    for (size_t u = j + 2; u < end && u < j + 5; u++) {
      if (kg_ctx_punct(c, u, ')')) return 1;
      if (c->tk.v[u].kind != TK_WORD) return 0;
    }
    return 0;
  }
  return caps && (kg_ctx_dash(c, j) || kg_ctx_punct(c, j, ':'));
}

/* Is a city/region match at [i, i+n) a place here? Only when it stands
 * alone (not inside a run of capitalised words that may be a name) or is
 * introduced as a location. */
static int place_here(const kg_ctx *c, size_t first, size_t i, size_t n,
                      size_t end, const kg_lexent *e) {
  const kg_token *k = &c->tk.v[i];
  /* an acronym in capitals ("(KEMRI)") is not a town, but a dateline in
   * capitals ("DOHA, June 2 -") is */
  if (n == 1 && (k->flags & TF_ALLCAPS) && !(e->capsonly & (LX_CITY | LX_REGION))) {
    int dateline = i == first && i + 1 < end && c->tk.v[i + 1].kind == TK_PUNCT;
    if (!dateline) return 0;
    return 1; /* "WASHINGTON, June 7" though Washington is a name too */
  }
  /* introduced as a location: "in New Delhi", "to Ankara" */
  if (i > first) {
    const char *p = ctx_key(c, i - 1);
    if (!strcmp(p, "in") || !strcmp(p, "at") || !strcmp(p, "to") || !strcmp(p, "from") ||
        !strcmp(p, "near") || !strcmp(p, "visit") || !strcmp(p, "via"))
      return 1;
  }
  if (n >= 2 && !(e->kinds & LX_GIVEN)) return 1;
  /* "Lloyd Austin ... Shin and Austin held talks": a town named like the
   * surname of someone named earlier (after a given name) is that person
   * (the scan back is bounded: a document may be megabytes) */
  if (n == 1) {
    const char *key = ctx_key(c, i);
    size_t lo = i > 20000 ? i - 20000 : 0;
    for (size_t t = i; t > lo + 1;) {
      t--;
      const kg_token *q = &c->tk.v[t];
      if (q->kind != TK_WORD || q->keylen != k->keylen || strcmp(ctx_key(c, t), key) ||
          covered(c, t))
        continue;
      if (c->tk.v[t - 1].kind == TK_WORD && is_cap(c, t - 1) && kg_ctx_has(c, t - 1, LX_GIVEN))
        return 0;
    }
  }
  /* a small town named like a surname ("Hammond") is a place only when the
   * text introduces it as one */
  if (n == 1 && e->pop < 200000 && !(e->kinds & LX_REGION) &&
      !(i == first && i + 1 < end && c->tk.v[i + 1].kind == TK_PUNCT))
    return 0;
  /* (a weekday's short form before it is a family name: "Sun Pereira") */
  int before_cap = i > first && is_cap(c, i - 1) && !covered(c, i - 1) &&
                   (!kg_ctx_has(c, i - 1, LX_NONNAME | LX_TITLE | LX_TITLEMOD) ||
                    (c->tk.v[i - 1].keylen <= 4 && kg_weekday_of(ctx_key(c, i - 1)) >= 0));
  /* (nor an office of several words: "the Doha Crown Prince Court", nor
   * a region's "Rifles": "the Assam Rifles", see head_at) */
  const kg_lexent *et = NULL;
  int after_cap = i + n < end && is_cap(c, i + n) &&
                  !kg_ctx_has(c, i + n, LX_ORGHEAD | LX_NONNAME | LX_TITLE) &&
                  kg_lex_match(c->lex, &c->tk, c->text, i + n, end, LX_TITLE, 0, &et) < 2 &&
                  !(kg_ctx_is(c, i + n, "rifles") && (e->kinds & LX_REGION));
  /* "ministers, January Makamba and": a month as a given name */
  if (before_cap || after_cap || (i > first && kg_ctx_month_name(c, i - 1, end))) return 0;
  if (e->kinds & LX_GIVEN) {
    /* a dateline: "Wellington, 12 April 2024 (RNZ) -", "Santiago (EFE).-" */
    if (i == first && dateline_tail(c, i + n, end, 0)) return 1;
    /* a given name that is also a town: only after a locative word */
    if (i == first) return 0;
    const char *p = ctx_key(c, i - 1);
    return !strcmp(p, "in") || !strcmp(p, "at") || !strcmp(p, "to") ||
           !strcmp(p, "from") || !strcmp(p, "near");
  }
  return 1;
}

/* Does the rank word at i begin a body's name rather than an officer's
 * ("General Directorate of Security", "General Political Department",
 * "General Staff")? It does when an organisation word follows it, after at
 * most two ordinary capitalised words. */
static int rank_names_body(const kg_ctx *c, size_t i, size_t end) {
  if (!kg_ctx_has(c, i, LX_RANK) || !kg_ctx_has(c, i, LX_WORD)) return 0;
  for (size_t j = i + 1; j < end && j <= i + 3; j++) {
    if (!is_cap(c, j) || (c->tk.v[j].flags & TF_ALLCAPS)) return 0;
    const kg_lexent *e;
    if (kg_lex_match(c->lex, &c->tk, c->text, j, end, LX_ORGHEAD, 0, &e) ||
        kg_ctx_has(c, j, LX_ORGHEAD))
      return 1;
    if (!kg_ctx_has(c, j, LX_WORD) ||
        kg_ctx_has(c, j, LX_GIVEN | LX_RANK | LX_TITLE | LX_COUNTRY | LX_DEMONYM))
      return 0;
  }
  return 0;
}

/* Is token i right after an office word (a title, rank or honorific, or
 * a title phrase chunked already)? */
static int office_before(const kg_ctx *c, size_t i) {
  /* (an abbreviated rank's period: "Col. Maria Jordan", "BGen. ...") */
  if (i >= 2 && kg_ctx_punct(c, i - 1, '.')) i--;
  if (i == 0 || !(c->tk.v[i - 1].flags & TF_CAP)) return 0;
  if (c->tok_ch[i - 1] < 0) return kg_ctx_has(c, i - 1, LX_TITLE | LX_RANK | LX_HONORIFIC);
  int t = c->ch[c->tok_ch[i - 1]].type;
  return t == CH_TITLE || t == CH_RANK || t == CH_HON;
}

/* Is the country word at i a surname joined by a Romance or Germanic
 * particle to the name's last word ("Graciela Montenegro de la Vega",
 * "Montenegro de la Vega said")? A lower-case particle or two, then a
 * capitalised word that no lexicon knows as a place, people, office or body
 * word. (Not "bin", "al": "Oman al-..." is rare but "Qatar bin ..." is no
 * name either way.) */
static int particle_surname(const kg_ctx *c, size_t i, size_t end) {
  static const char *const parts[] = {"de", "da", "do", "dos", "das", "del", "della", "di",
                                      "du", "van", "von", "der", "den", "la", "las", "los",
                                      "le", NULL};
  size_t j = i + 1;
  while (j < end && j < i + 3 && c->tk.v[j].kind == TK_WORD && (c->tk.v[j].flags & TF_LOWER) &&
         kg_ctx_is_one_of(c, j, parts))
    j++;
  if (j == i + 1 || j >= end || c->tk.v[j].kind != TK_WORD || !(c->tk.v[j].flags & TF_CAP) ||
      (c->tk.v[j].flags & TF_ALLCAPS))
    return 0;
  return !kg_ctx_has(c, j, LX_COUNTRY | LX_DEMONYM | LX_CITY | LX_REGION | LX_ORGHEAD |
                               LX_TITLE | LX_RANK | LX_DOMAIN | LX_NONNAME);
}

/* Length of a retirement mark at i, "(Retd)", "(retd.)", "(ret.)",
 * "(res.)", "(retired)", "(Pilot)", or a grade, "(Lower Half)", "(LH)", after an
 * optional rank period; 0 when none. */
static size_t retired_mark(const kg_ctx *c, size_t i, size_t end) {
  size_t j = i;
  if (j < end && kg_ctx_punct(c, j, '.')) j++;
  if (j + 2 >= end || !kg_ctx_punct(c, j, '(')) return 0;
  j++;
  /* the grade of a rank, "Rear Admiral (Lower Half)", "(LH)", "(UH)" */
  if ((kg_ctx_is(c, j, "lower") || kg_ctx_is(c, j, "upper")) && j + 1 < end &&
      kg_ctx_is(c, j + 1, "half"))
    j++;
  else if (!(kg_ctx_is(c, j, "retd") || kg_ctx_is(c, j, "ret") || kg_ctx_is(c, j, "rtd") ||
             kg_ctx_is(c, j, "res") || kg_ctx_is(c, j, "retired") ||
             /* "Lieutenant General (Pilot) X", the Gulf air forces' style */
             kg_ctx_is(c, j, "pilot") ||
             ((kg_ctx_is(c, j, "lh") || kg_ctx_is(c, j, "uh")) &&
              (c->tk.v[j].flags & TF_ALLCAPS)) ||
             /* "Major General (R) X", Pakistani style */
             (kg_ctx_is(c, j, "r") && (c->tk.v[j].flags & TF_CAP))))
    return 0;
  j++;
  if (j < end && kg_ctx_punct(c, j, '.')) j++;
  if (j >= end || !kg_ctx_punct(c, j, ')')) return 0;
  /* a name must follow */
  if (j + 1 >= end || c->tk.v[j + 1].kind != TK_WORD || !(c->tk.v[j + 1].flags & TF_CAP))
    return 0;
  return j + 1 - i;
}

/* The arm or corps after an officer's rank, Indonesian style: "Maj. Gen.
 * TNI X", "Col. Inf. X", "Col. (Inf) X", "Lt. Col. Cav. X", "Adm. TNI
 * (Ret.) X": tokens from i that belong to the rank (0 for none); a name
 * must follow. */
static size_t corps_mark(const kg_ctx *c, size_t i, size_t end) {
  static const char *const corps[] = {"inf", "cav", "kav", "art", "arm", "arh", "czi", "cpn",
                                      "mar", "pnb", "cpm", "ckm", "chb", "caj", "cku", "laut",
                                      "pom", "kes", NULL};
  size_t j = i;
  if (j < end && kg_ctx_punct(c, j, '.')) j++;
  int paren = j < end && kg_ctx_punct(c, j, '(');
  if (paren) j++;
  if (j >= end || c->tk.v[j].kind != TK_WORD || !(c->tk.v[j].flags & TF_CAP)) return 0;
  if (kg_ctx_is(c, j, "tni") && (c->tk.v[j].flags & TF_ALLCAPS)) {
    j++;
  } else if (kg_ctx_is_one_of(c, j, corps) && c->tk.v[j].nlet <= 5 &&
             (paren || kg_ctx_punct(c, j + 1, '.'))) {
    j++;
    if (j < end && kg_ctx_punct(c, j, '.')) j++;
  } else {
    return 0;
  }
  if (paren) {
    if (j >= end || !kg_ctx_punct(c, j, ')')) return 0;
    j++;
  }
  j += retired_mark(c, j, end);
  if (j >= end || c->tk.v[j].kind != TK_WORD || !(c->tk.v[j].flags & TF_CAP)) return 0;
  return j - i;
}

void kg_find_basics(kg_ctx *c, size_t s) {
  size_t first = c->sents[s].first, end = c->sents[s].end;
  for (size_t i = first; i < end; i++) {
    if (covered(c, i)) continue;
    const kg_token *k = &c->tk.v[i];
    kg_date d;
    size_t n = find_date(c, i, end, &d);
    if (n) {
      size_t ix = kg_ctx_add_chunk(c, CH_DATE, i, i + n, s);
      c->ch[ix].date = d;
      i += n - 1;
      continue;
    }
    if (k->kind != TK_WORD) continue;
    int g = (k->flags & TF_INITIALS) ? 0 : pronoun(c, i); /* not "H.E." */
    const kg_lexent *e;
    n = kg_lex_match(c->lex, &c->tk, c->text, i, end,
                     LX_COUNTRY | LX_DEMONYM | LX_RANK | LX_HONORIFIC, 0, &e);
    /* "His Highness", "Her Excellency" are honorifics, not pronouns */
    if (g && !(n && (e->kinds & LX_HONORIFIC))) {
      size_t ix = kg_ctx_add_chunk(c, CH_PRON, i, i + 1, s);
      c->ch[ix].gen = g;
      continue;
    }
    /* "Latin America", "South America": a region's name holding a
     * country's ("America") names the region, no country */
    if (i + 1 < end && c->tk.v[i + 1].kind == TK_WORD && (c->tk.v[i + 1].flags & TF_CAP)) {
      const kg_lexent *er;
      size_t nr = kg_lex_match(c->lex, &c->tk, c->text, i, end, LX_NONNAME, 0, &er);
      if (nr >= 2 && nr > n) {
        i += nr - 1;
        continue;
      }
    }
    /* a longer organisation or title phrase starting here wins */
    const kg_lexent *e2;
    size_t n2 = kg_lex_match(c->lex, &c->tk, c->text, i, end, LX_ORG | LX_TITLE,
                             1, &e2);
    /* (as long as a rank, the office wins before its complement:
     * "X, Inspector General of the Ministry of Interior") */
    int office_of = n2 == n && n2 >= 2 && (e2->kinds & LX_TITLE) && n && (e->kinds & LX_RANK) &&
                    i + n < end && (c->tk.v[i + n].flags & TF_LOWER) &&
                    (kg_ctx_is(c, i + n, "of") || kg_ctx_is(c, i + n, "for"));
    /* ("Commander General of the Bolivian Army, General X", the Latin
     * American office, only before its complement: "Army Commander
     * General X" is the office and the officer's rank) */
    if (n2 == 2 && (e2->kinds & LX_TITLE) && kg_ctx_is(c, i, "commander") &&
        kg_ctx_is(c, i + 1, "general") && !(i + 2 < end && kg_ctx_is(c, i + 2, "of")))
      n2 = 0;
    if ((n2 > n || office_of) && n2 >= 2) {
      if (e2->kinds & LX_TITLE) {
        size_t ix = kg_ctx_add_chunk(c, CH_TITLE, i, i + n2, s);
        c->ch[ix].canon = kg_xstrdup(e2->canon ? e2->canon : e2->form);
        c->ch[ix].lx = e2;
        c->ch[ix].head_lower = !(k->flags & TF_CAP);
      }
      i += n2 - 1;
      continue;
    }
    /* "General Staff", "Chamber of Deputies": an organisation phrase whose
     * first word is a rank or whose last is an office stays whole */
    if (n <= 1) {
      const kg_lexent *e3;
      size_t n3 = kg_lex_match(c->lex, &c->tk, c->text, i, end, LX_ORGHEAD, 0, &e3);
      if (n3 >= 2 && !(n && (e->kinds & (LX_COUNTRY | LX_DEMONYM)))) {
        i += n3 - 1;
        continue;
      }
    }
    /* "Chief of the Army Staff of the Nepali Army General X", "Commander
     * of the Army General X": after "the" (and a country), "Army" ends the
     * body's name and "General" alone is the rank */
    if (n == 2 && (e->kinds & LX_RANK) && kg_ctx_is(c, i, "army") && i > first) {
      size_t p = i - 1;
      const kg_chunk *pc = c->tok_ch[p] >= 0 ? &c->ch[c->tok_ch[p]] : NULL;
      if (pc && pc->type == CH_COUNTRY && pc->end == i && pc->first > first) p = pc->first - 1;
      if (kg_ctx_is(c, p, "the")) continue;
    }
    /* "Staff Major General X", "Staff Brigadier X": an Arab army's staff
     * grade, a rank; after a capitalised word "Staff" ends that body's or
     * office's name instead ("Chief of Joint Staff Major General X"),
     * unless it doubles ("Chief of Staff Staff Lieutenant General X") or
     * follows a country or people ("Iraqi Staff Colonel X") */
    if (n >= 2 && (e->kinds & LX_RANK) && kg_ctx_is(c, i, "staff") && e->canon &&
        strncmp(e->canon, "Staff", 5) != 0 && i > first && c->tk.v[i - 1].kind == TK_WORD &&
        (c->tk.v[i - 1].flags & TF_CAP) && !kg_ctx_is(c, i - 1, "staff") &&
        !(c->tok_ch[i - 1] >= 0 && c->ch[c->tok_ch[i - 1]].type == CH_COUNTRY))
      n = 0;
    /* "General Directorate of Security": a rank word heading a body */
    if (n == 1 && !(e->kinds & (LX_COUNTRY | LX_DEMONYM)) && rank_names_body(c, i, end))
      n = 0;
    /* "Commissioner", "Commander": an office more than a rank here */
    if (n == 1 && !(e->kinds & (LX_COUNTRY | LX_DEMONYM | LX_HONORIFIC)) &&
        kg_ctx_has(c, i, LX_TITLE))
      n = 0;
    /* "Halbi bin Haji Mohd Yussof": an honorific after a patronymic
     * particle is the father's, inside the name */
    if (n && (e->kinds & LX_HONORIFIC) && !(e->kinds & (LX_COUNTRY | LX_DEMONYM)) && i > first &&
        (kg_ctx_is(c, i - 1, "bin") || kg_ctx_is(c, i - 1, "binti") ||
         kg_ctx_is(c, i - 1, "bte") || kg_ctx_is(c, i - 1, "ibn")) &&
        (c->tk.v[i - 1].flags & TF_LOWER) && i + n < end && c->tk.v[i + n].kind == TK_WORD &&
        (c->tk.v[i + n].flags & TF_CAP)) {
      i += n - 1;
      continue;
    }
    /* "Dr Ng Eng Hen": a short honorific inside a name is the name's */
    if (n == 1 && (e->kinds & LX_HONORIFIC) && !(e->kinds & (LX_COUNTRY | LX_DEMONYM)) &&
        i > first && c->tk.v[i - 1].kind == TK_WORD && (c->tk.v[i - 1].flags & TF_CAP) &&
        !(c->tk.v[i - 1].flags & TF_ALLCAPS) && /* "NPHI Dr Maureen Kamene" */
        c->tok_ch[i - 1] < 0 &&
        !kg_ctx_has(c, i - 1, LX_TITLE | LX_RANK | LX_HONORIFIC | LX_WORD | LX_DOMAIN |
                                  LX_ORGHEAD | LX_TITLEMOD | LX_COUNTRY | LX_DEMONYM |
                                  LX_CITY | LX_REGION | LX_NONNAME) &&
        !kg_ctx_punct(c, i + 1, '.') && i + 1 < end && c->tk.v[i + 1].kind == TK_WORD &&
        (c->tk.v[i + 1].flags & TF_CAP))
      n = 0;
    /* "Chief of the Air Staff": an honorific that is also a title heads a
     * title before "of" */
    if (n == 1 && (e->kinds & LX_HONORIFIC) && !(e->kinds & (LX_COUNTRY | LX_DEMONYM)) &&
        kg_ctx_has(c, i, LX_TITLE) && i + 1 < end && kg_ctx_is(c, i + 1, "of"))
      n = 0;
    /* "Nakatani Gen, in Seoul": a rank word that no name follows, after a
     * capitalised word, ends that name ("Gen" is a given name here); so
     * does an honorific ("Noordin Haji met ...": a surname) */
    if (n == 1 && (e->kinds & (LX_RANK | LX_HONORIFIC)) &&
        !(e->kinds & (LX_COUNTRY | LX_DEMONYM)) &&
        i > first && c->tk.v[i - 1].kind == TK_WORD && (c->tk.v[i - 1].flags & TF_CAP) &&
        !(c->tk.v[i - 1].flags & TF_ALLCAPS) && c->tok_ch[i - 1] < 0 &&
        !kg_ctx_has(c, i - 1, LX_TITLE | LX_RANK | LX_HONORIFIC | LX_WORD | LX_TITLEMOD |
                                  LX_DOMAIN | LX_ORGHEAD | LX_NONNAME) &&
        !kg_ctx_punct(c, i + 1, '.') &&
        !(i + 1 < end && c->tk.v[i + 1].kind == TK_WORD && (c->tk.v[i + 1].flags & TF_CAP)))
      n = 0;
    /* A one-word country name inside a person's name after an office
     * is a name word (kg_find_names reads it so): a given name before a
     * capitalised name word ("Defence Minister Jordan Smith", "Foreign
     * Secretary Bharat Raj Paudyal"), or a surname after a given name
     * ("Prime Minister Luis Montenegro"; not "Luis Montenegro's", nor a
     * name going on) */
    if (n == 1 && (e->kinds & LX_COUNTRY) && !(e->kinds & LX_DEMONYM) && i > first) {
      const kg_token *nx = i + 1 < end ? &c->tk.v[i + 1] : NULL;
      int cap_next = nx && nx->kind == TK_WORD && (nx->flags & TF_CAP);
      if (office_before(c, i) && cap_next && !(nx->flags & TF_ALLCAPS) &&
          (kg_ctx_has(c, i + 1, LX_GIVEN) ||
           !kg_ctx_has(c, i + 1, LX_WORD | LX_COUNTRY | LX_DEMONYM | LX_ORGHEAD | LX_DOMAIN |
                                     LX_TITLE | LX_RANK | LX_CITY | LX_REGION | LX_NONNAME)))
        n = 0;
      else if (i > first + 1 && c->tok_ch[i - 1] < 0 && is_cap(c, i - 1) &&
               (kg_ctx_has(c, i - 1, LX_GIVEN) ||
                !kg_ctx_has(c, i - 1, LX_WORD | LX_COUNTRY | LX_DEMONYM | LX_ORGHEAD | LX_DOMAIN |
                                          LX_TITLE | LX_RANK | LX_CITY | LX_REGION | LX_NONNAME)) &&
               office_before(c, i - 1) && !cap_next &&
               !(nx && nx->kind == TK_POSS))
        n = 0;
    }
    if (n == 1 && (e->kinds & LX_COUNTRY) && !(e->kinds & LX_DEMONYM) &&
        particle_surname(c, i, end))
      n = 0;
    /* "South China Sea", "Persian Gulf", "Taiwan Strait": a sea's name,
     * not the country (it is in the news of every country around it) */
    if (n && (e->kinds & (LX_COUNTRY | LX_DEMONYM)) && i + n < end && is_cap(c, i + n) &&
        (kg_ctx_is(c, i + n, "sea") || kg_ctx_is(c, i + n, "ocean") ||
         kg_ctx_is(c, i + n, "gulf") || kg_ctx_is(c, i + n, "strait")))
      n = 0;
    /* "Mexico City", "Kuwait City": the longer city, not the country */
    if (n && (e->kinds & (LX_COUNTRY | LX_DEMONYM))) {
      const kg_lexent *ec;
      if (kg_lex_match(c->lex, &c->tk, c->text, i, end, LX_CITY, 0, &ec) > n) n = 0;
    }
    if (n) {
      int type = (e->kinds & LX_COUNTRY) ? CH_COUNTRY
                 : (e->kinds & LX_DEMONYM) ? CH_COUNTRY
                 : (e->kinds & LX_RANK)    ? CH_RANK
                                           : CH_HON;
      /* "Georgia", "Jordan" as given names are rare in officials' news;
       * a rank or honorific word that is also a country is a country */
      /* "Major General (Retd) X", "Maj. Gen. (res.) X": a retirement
       * mark after a rank belongs to the rank, so the name still follows
       * its rank */
      if (type == CH_RANK) {
        size_t cm = corps_mark(c, i + n, end);
        n += cm ? cm : retired_mark(c, i + n, end);
      }
      /* "Dato' Azman", "Dato’ Sri": the apostrophe glued to a Malay style
       * is part of it, and the name follows it */
      if ((type == CH_HON || type == CH_RANK) && i + n + 1 < end &&
          c->tk.v[i + n].kind == TK_PUNCT && !(c->tk.v[i + n].flags & TF_SPACE) &&
          (c->text[c->tk.v[i + n].off] == '\'' ||
           !strncmp(c->text + c->tk.v[i + n].off, "\xE2\x80\x99", 3)) &&
          c->tk.v[i + n + 1].kind == TK_WORD && (c->tk.v[i + n + 1].flags & TF_CAP))
        n++;
      size_t ix = kg_ctx_add_chunk(c, type, i, i + n, s);
      kg_chunk *ch = &c->ch[ix];
      ch->lx = e;
      if (type == CH_COUNTRY) {
        ch->country = e->country;
        ch->demonym = !(e->kinds & LX_COUNTRY);
        ch->poss = i + n < end && c->tk.v[i + n].kind == TK_POSS;
      } else {
        ch->canon = kg_xstrdup(e->canon ? e->canon : e->form);
      }
      i += n - 1;
      continue;
    }
    n = kg_lex_match(c->lex, &c->tk, c->text, i, end, LX_CITY | LX_REGION, 0, &e);
    /* a known organisation ("UN") is not the town of the same name */
    if (n && kg_lex_match(c->lex, &c->tk, c->text, i, end, LX_ORG, 0, &e2) >= n) n = 0;
    /* "the Sahel", "the Gulf", "Northern Command", "Central European": a
     * word the hand-made lexicon knows as a name of no one place (a
     * transnational area, a compass word) is no place of the one country
     * that has a region or town so named */
    if (n == 1 && (e->kinds & LX_NONNAME)) n = 0;
    if (n && place_here(c, first, i, n, end, e)) {
      size_t ix = kg_ctx_add_chunk(c, CH_PLACE, i, i + n, s);
      c->ch[ix].lx = e;
      c->ch[ix].country = e->country;
      i += n - 1;
    } else if (!n && i == first && s < 12 && (k->flags & TF_CAP) &&
               (e = kg_lex_tok1(c->lex, &c->tk, i)) != NULL && e->country && e->pop >= 20000 &&
               !(e->kinds & ~(LX_WORD | LX_GIVEN | LX_NONNAME)) &&
               dateline_tail(c, i + 1, end, (k->flags & TF_ALLCAPS) != 0)) {
      /* a town named like a word or a given name, which the lexicon
       * places only at the head of a dateline ("COLOMBO, May 3 (Xinhua)
       * --", "Muscat, April 30 (ONA) -") */
      size_t ix = kg_ctx_add_chunk(c, CH_PLACE, i, i + 1, s);
      c->ch[ix].lx = e;
      c->ch[ix].country = e->country;
    } else if (!n && i > first && kg_ctx_is(c, i - 1, "in") && (c->tk.v[i - 1].flags & TF_LOWER) &&
               (k->flags & TF_CAP) && !(k->flags & TF_ALLCAPS) &&
               (e = kg_lex_tok1(c->lex, &c->tk, i)) != NULL && e->country &&
               !(e->kinds & ~(LX_WORD | LX_GIVEN | LX_NONNAME)) &&
               !(i + 1 < end && (is_cap(c, i + 1) || c->tk.v[i + 1].kind == TK_POSS))) {
      /* "Pakistan's defence adviser in Colombo": the same town after "in"
       * once a dateline has placed it */
      int dated = 0;
      for (size_t x = 0; x < c->n_ch && !dated; x++)
        dated = c->ch[x].type == CH_PLACE && c->ch[x].lx == e && c->ch[x].first < i;
      if (dated) {
        size_t ix = kg_ctx_add_chunk(c, CH_PLACE, i, i + 1, s);
        c->ch[ix].lx = e;
        c->ch[ix].country = e->country;
      }
    }
  }
}

/* ---- institutions ------------------------------------------------------------- */

static int connector(const kg_ctx *c, size_t i) {
  if (i >= c->tk.n) return 0;
  const kg_token *k = &c->tk.v[i];
  if (k->kind == TK_PUNCT) return c->text[k->off] == '&';
  if (k->kind != TK_WORD || (k->flags & TF_CAP)) return 0;
  const char *w = ctx_key(c, i);
  switch (w[0]) { /* the first letter first: most words are none of these */
  case 'a': return !strcmp(w, "and");
  case 'd': return !strcmp(w, "de") || !strcmp(w, "des") || !strcmp(w, "du");
  case 'f': return !strcmp(w, "for");
  case 'o': return !strcmp(w, "of") || !strcmp(w, "on");
  case 't': return !strcmp(w, "the");
  default: return 0;
  }
}

/* May word i be a portfolio in a list ("Science", "Resources"), not a
 * body, an office or a name? */
static int people_plural(const kg_ctx *c, size_t i);

static int list_word(const kg_ctx *c, size_t i) {
  if (!is_cap(c, i)) return 0;
  /* a demonym before a portfolio word ("African Integration"); the
   * people abroad ("and Ivorians Abroad") */
  if (covered(c, i)) {
    const kg_chunk *ch = &c->ch[c->tok_ch[i]];
    return ch->type == CH_COUNTRY && ch->demonym && ch->first == i && ch->end == i + 1 &&
           i + 1 < c->tk.n && !covered(c, i + 1) && list_word(c, i + 1);
  }
  if (kg_ctx_has(c, i, LX_DOMAIN)) return 1;
  if (people_plural(c, i) && i + 1 < c->tk.n && kg_ctx_is(c, i + 1, "abroad")) return 1;
  /* (a continent's adjective before one: "African Integration") */
  if (kg_ctx_has(c, i, LX_NONNAME) &&
      !kg_ctx_has(c, i, LX_ORGHEAD | LX_TITLE | LX_RANK | LX_HONORIFIC | LX_GIVEN | LX_SPEECH) &&
      i + 1 < c->tk.n && !covered(c, i + 1) && !kg_ctx_has(c, i + 1, LX_NONNAME) &&
      list_word(c, i + 1))
    return 1;
  return kg_ctx_has(c, i, LX_WORD) &&
         !kg_ctx_has(c, i, LX_ORGHEAD | LX_TITLE | LX_RANK | LX_HONORIFIC | LX_GIVEN |
                               LX_NONNAME | LX_SPEECH);
}

/* Is the comma at i inside a name's list of portfolios ("Foreign Affairs,
 * Defence and Trade Committee", "Department of Industry, Science, Energy
 * and Resources")? Capitalised portfolio words stand on both sides, and
 * the list closes with "and" and another. */
static int list_comma(const kg_ctx *c, size_t i, size_t end) {
  if (!kg_ctx_punct(c, i, ',') || i == 0 || !kg_ctx_has(c, i - 1, LX_DOMAIN)) return 0;
  for (size_t j = i + 1; j + 1 < end && j < i + 12; j++) {
    if (kg_ctx_punct(c, j, ',') && j > i + 1) continue;
    if (kg_ctx_is(c, j, "and") && j > i + 1)
      return list_word(c, j + 1);
    if (!list_word(c, j)) return 0;
  }
  return 0;
}

/* May token i be part of an institution's name? */
/* "Office of the Prime Minister", "Office of the Attorney General": an
 * office phrase right after "of the" inside a body's name, that no name
 * follows, is the holder's body's complement ("the Office of the Prime
 * Minister Kojo X" stays the Prime Minister's title). */
static int holder_office(const kg_ctx *c, size_t i) {
  const kg_chunk *ch = c->tok_ch[i] >= 0 ? &c->ch[c->tok_ch[i]] : NULL;
  if (!ch || ch->type != CH_TITLE || ch->first != i || i < 3 ||
      !(c->tk.v[i].flags & TF_CAP) || !kg_ctx_is(c, i - 1, "the") || !kg_ctx_is(c, i - 2, "of"))
    return 0;
  /* (after a head word: "Office of the", "Cabinet of the") */
  if (!kg_ctx_has(c, i - 3, LX_ORGHEAD)) return 0;
  size_t e = ch->end;
  return e >= c->tk.n || c->tk.v[e].kind != TK_WORD || !(c->tk.v[e].flags & TF_CAP) ||
         kg_ctx_has(c, e, LX_ORGHEAD | LX_DOMAIN);
}

static int folk_word(const kg_ctx *c, size_t i);
static int orghead(const kg_ctx *c, size_t i);

/* "States" after "of" and a word or two is the noun, not the verb
 * ("Alliance of Sahel States", "Economic Community of Central African
 * States"). */
static int states_noun(const kg_ctx *c, size_t i) {
  if (!kg_ctx_is(c, i, "states")) return 0;
  for (size_t p = i - 1; p > 0 && p + 4 > i; p--)
    if (kg_ctx_is(c, p - 1, "of")) return 1;
  return 0;
}

static int inst_word(const kg_ctx *c, size_t i) {
  if (i >= c->tk.n) return 0;
  const kg_chunk *ch = c->tok_ch[i] >= 0 ? &c->ch[c->tok_ch[i]] : NULL;
  if (ch && ch->type == CH_TITLE && holder_office(c, i)) return 1;
  /* "His Majesty's Armed Forces", "the King's Guard": a sovereign's style
   * or title with a possessive before a body's words */
  if (ch && (ch->type == CH_HON || ch->type == CH_TITLE) && ch->end + 1 < c->tk.n &&
      c->tk.v[ch->end].kind == TK_POSS && folk_word(c, ch->end - 1) &&
      (c->tk.v[ch->end + 1].flags & TF_CAP) && orghead(c, ch->end + 1))
    return 1;
  if (ch) return ch->type == CH_COUNTRY || ch->type == CH_PLACE || ch->type == CH_INST;
  const kg_token *k = &c->tk.v[i];
  if (k->kind == TK_NUM) return 0;
  if (k->kind != TK_WORD || !(k->flags & TF_CAP)) return 0;
  /* a verb in a title-case headline ("Minister Receives Chief"); but
   * "States" after "of" and a word or two is the noun ("Alliance of Sahel
   * States", "Economic Community of Central African States") */
  if (kg_ctx_has(c, i, LX_SPEECH) && !states_noun(c, i)) return 0;
  /* an office title starts a new phrase, except inside a name after "of"
   * ("Office of the President", "Cabinet of Ministers") */
  if (kg_ctx_has(c, i, LX_TITLE) && !kg_ctx_has(c, i, LX_ORGHEAD)) {
    size_t p = i;
    if (p > 0 && kg_ctx_is(c, p - 1, "the")) p--;
    if (!(p > 0 && kg_ctx_is(c, p - 1, "of"))) return 0;
  }
  return 1;
}

/* Tokens of the organisation word at i: 1 for a head word ("Ministry"),
 * more for a listed phrase that is one ("Chamber of Deputies", "General
 * Staff", whose words alone are a room and a rank); 0 for none. `e` gets
 * the entry (NULL allowed). */
static size_t head_at(const kg_ctx *c, size_t i, const kg_lexent **e) {
  const kg_lexent *m = NULL;
  size_t n = kg_lex_match(c->lex, &c->tk, c->text, i, c->tk.n, LX_ORGHEAD, 0, &m);
  if (!n && kg_ctx_has(c, i, LX_ORGHEAD)) {
    n = 1;
    m = kg_ctx_lex1(c, i);
  }
  /* "Pakistan Rangers", "Assam Rifles", "Kenya Rifles": force words that
   * are heads only right after a country's name or demonym (or, for
   * "Rifles", a region's): "Queens Park Rangers" is a club, "Riverside
   * Rifles" no body */
  if (!n && i > 0 && (kg_ctx_is(c, i, "rangers") || kg_ctx_is(c, i, "rifles")) &&
      c->tok_ch[i - 1] >= 0) {
    const kg_chunk *ch = &c->ch[c->tok_ch[i - 1]];
    if (ch->end == i && ch->country &&
        (ch->type == CH_COUNTRY || (ch->type == CH_PLACE && kg_ctx_is(c, i, "rifles"))))
      n = 1;
  }
  if (e) *e = m;
  return n;
}

static int orghead(const kg_ctx *c, size_t i) {
  return !covered(c, i) && is_word(c, i) && (c->tk.v[i].flags & TF_CAP) &&
         head_at(c, i, NULL);
}

static const char *orgkind(const kg_ctx *c, size_t i) {
  const kg_lexent *e;
  size_t n = head_at(c, i, &e);
  /* "Assam Rifles", "Pakistan Rangers": a force */
  if (n && !e && (kg_ctx_is(c, i, "rifles") || kg_ctx_is(c, i, "rangers"))) return "armed_forces";
  if (!n) e = kg_ctx_lex1(c, i);
  return e && e->orgkind ? e->orgkind : "organization";
}

/* Canonical names of ministries' portfolios (also used for titles). */
const char *kg_portfolio(const char *folded) {
  static const char *const map[][2] = {
      {"defence", "Defence"},           {"defense", "Defence"},
      {"national defence", "Defence"},  {"national defense", "Defence"},
      {"foreign", "Foreign Affairs"},   {"foreign affairs", "Foreign Affairs"},
      {"external affairs", "Foreign Affairs"},
      {"interior", "Interior"},         {"internal affairs", "Interior"},
      {"home affairs", "Interior"},     {"home", "Interior"},
      {"health", "Health"},             {"public health", "Health"},
      {"finance", "Finance"},           {"economy and finance", "Economy and Finance"},
      {NULL, NULL}};
  for (int i = 0; map[i][0]; i++)
    if (!strcmp(folded, map[i][0])) return map[i][1];
  return NULL;
}

static size_t find_inst(const kg_ctx *c, const char *key) {
  for (size_t i = 0; i < c->n_insts; i++)
    if (!strcmp(c->insts[i].key, key)) return i;
  return NONE;
}

static void add_form(char ***forms, size_t *n, size_t *cap, const char *s) {
  for (size_t i = 0; i < *n; i++)
    if (!strcmp((*forms)[i], s)) return;
  KG_GROW(*forms, *cap, *n + 1);
  (*forms)[(*n)++] = kg_xstrdup(s);
}

/* Register an institution (or find it by key); `form` is its surface text. */
static size_t add_inst(kg_ctx *c, const char *key, const char *label,
                       const char *form, const char *country, const char *kind,
                       size_t off) {
  size_t ix = find_inst(c, key);
  if (ix == NONE) {
    KG_GROW(c->insts, c->cap_insts, c->n_insts + 1);
    ix = c->n_insts++;
    kg_xinst *x = &c->insts[ix];
    memset(x, 0, sizeof *x);
    x->key = kg_xstrdup(key);
    x->label = kg_xstrdup(label);
    x->country = country;
    x->kind = kind;
    x->parent = NONE;
    x->same_as = NONE;
    x->ent = NONE;
    x->first_off = off;
  }
  kg_xinst *x = &c->insts[ix];
  if (!x->country) x->country = country;
  if (form) add_form(&x->forms, &x->nforms, &x->cap_forms, form);
  return ix;
}

static const char *alpha3_of(const kg_ctx *c, const char *country) {
  if (!country) return NULL;
  size_t idx = kg_map_get(c->lex->countries, country, strlen(country));
  return idx == KG_MAP_NONE ? NULL : c->lex->ents[idx].alpha3;
}

/* Key: slug of the core name (country words removed) plus the country. */
static char *inst_key(const kg_ctx *c, const char *core, const char *country) {
  kg_buf b = KG_BUF_INIT;
  kg_buf_puts(&b, "institution:");
  kg_slug_append(&b, core, strlen(core));
  const char *a3 = alpha3_of(c, country);
  if (a3) {
    kg_buf_putc(&b, '-');
    kg_slug_append(&b, a3, strlen(a3));
  }
  return kg_buf_detach(&b);
}

/* A known organisation's label without a country or demonym at its start
 * or an "of [the] COUNTRY" at its end, as make_inst leaves its core
 * ("Ghana News Agency" -> "News Agency"). Returns an owned string. */
static char *strip_country(const kg_ctx *c, const char *label) {
  const char *a = label, *b = label + strlen(label);
  const char *sp = strchr(a, ' ');
  if (sp) {
    kg_buf k = KG_BUF_INIT;
    kg_phrase_key(a, (size_t)(sp - a), &k);
    const kg_lexent *e = k.ptr ? kg_lex_get(c->lex, k.ptr, k.len) : NULL;
    if (e && (e->kinds & (LX_COUNTRY | LX_DEMONYM))) a = sp + 1;
    kg_buf_free(&k);
  }
  const char *of = NULL;
  for (const char *p = a; (p = strstr(p, " of ")) != NULL; p++) of = p;
  if (of) {
    const char *cn = of + 4;
    if (!strncmp(cn, "the ", 4)) cn += 4;
    kg_buf k = KG_BUF_INIT;
    kg_phrase_key(cn, (size_t)(b - cn), &k);
    const kg_lexent *e = k.ptr ? kg_lex_get(c->lex, k.ptr, k.len) : NULL;
    if (e && (e->kinds & LX_COUNTRY)) b = of;
    kg_buf_free(&k);
  }
  if (b <= a) return kg_xstrdup(label);
  /* without possessive endings, as make_inst leaves a name's tokens
   * ("Uganda People's Defence Forces" -> "People Defence Forces") */
  kg_buf out = KG_BUF_INIT;
  for (const char *p = a; p < b;) {
    size_t q = 0;
    if (*p == '\'') q = 1;
    else if (!strncmp(p, "\xe2\x80\x99", 3)) q = 3;
    if (q && p > a && p + q < b && p[q] == 's' && (p + q + 1 == b || p[q + 1] == ' ')) {
      p += q + 1;
      continue;
    }
    kg_buf_append(&out, p, 1);
    p++;
  }
  return kg_buf_detach(&out);
}

static int named(const kg_ctx *c, size_t a, size_t b);
static int acronym_of(const char *acr, const char *const *ws, const size_t *ls, size_t n);

/* Is the country chunk a word two countries share ("Korea", "Korean",
 * "Congo", "Congolese"), which a national body's name does not decide
 * ("Korean Central News Agency" is Pyongyang's)? Returns the other country
 * (the lexicon's is the first), else NULL. */
static const char *shared_country(const kg_ctx *c, const kg_chunk *ch) {
  static const char *const pairs[][3] = {{"korea", "South Korea", "North Korea"},
                                         {"korean", "South Korea", "North Korea"},
                                         {"congo", "Republic of the Congo", "DR Congo"},
                                         {"congolese", "Republic of the Congo", "DR Congo"},
                                         {NULL, NULL, NULL}};
  if (ch->end != ch->first + 1) return NULL;
  for (int i = 0; pairs[i][0]; i++)
    if (kg_ctx_is(c, ch->first, pairs[i][0]) && ch->country)
      return !strcmp(ch->country, pairs[i][1]) ? pairs[i][2] : pairs[i][1];
  return NULL;
}

/* Tokens q, q+1, q+2 (before `end`) are an acronym in brackets: "(BMVg)",
 * "(MoD)", "(TNI)" (a capitalised word with two capitals or more). */
static int bracket_acronym(const kg_ctx *c, size_t q, size_t end) {
  if (q + 2 >= end || !kg_ctx_punct(c, q, '(') || !kg_ctx_punct(c, q + 2, ')') ||
      c->tk.v[q + 1].kind != TK_WORD || !(c->tk.v[q + 1].flags & TF_CAP))
    return 0;
  const kg_token *k = &c->tk.v[q + 1];
  int caps = 0;
  for (size_t i = 0; i < k->len; i++) caps += c->text[k->off + i] >= 'A' && c->text[k->off + i] <= 'Z';
  return caps >= 2;
}

static int chunk_is_country(kg_ctx *c, size_t i) {
  const kg_chunk *k = kg_ctx_chunk_at(c, i);
  return k && k->type == CH_COUNTRY && k->end == i + 1;
}

/* Do tokens [a, a+4) open with two states joined by a hyphen ("India-
 * Pakistan Joint Commission", "Joint U.S.-Canada Command")? Such a body
 * serves neither alone. */
static int two_state_body(kg_ctx *c, size_t a, size_t b) {
  for (size_t i = a; i < b && i < a + 4; i++) {
    if (kg_ctx_two_countries(c, i)) return 1;
    if (i > a && i + 1 < b && kg_ctx_punct(c, i, '-') && !(c->tk.v[i].flags & TF_SPACE) &&
        !(c->tk.v[i + 1].flags & TF_SPACE) && chunk_is_country(c, i - 1)) {
      const kg_chunk *k2 = kg_ctx_chunk_at(c, i + 1);
      const kg_chunk *k1 = kg_ctx_chunk_at(c, i - 1);
      if (k2 && k2->type == CH_COUNTRY && k2->first == i + 1 && k1->country && k2->country &&
          strcmp(k1->country, k2->country))
        return 1;
    }
  }
  return 0;
}

/* The kind of a name whose first organisation word is at fh: a company's
 * word before a body's own head word is a domain of that body ("North
 * American Aerospace Defense Command", "Energy Commission"), so the later
 * head decides (up to a nested "of the" at e). */
static const char *company_then_body(const kg_ctx *c, size_t fh, size_t e) {
  const char *k = orgkind(c, fh);
  if (strcmp(k, "company")) return k;
  for (size_t i = fh + 1; i < e; i++) {
    if (c->tk.v[i].kind != TK_WORD || (c->tok_ch[i] >= 0 && c->ch[c->tok_ch[i]].type == CH_COUNTRY) ||
        !head_at(c, i, NULL))
      continue;
    const char *k2 = orgkind(c, i);
    if (strcmp(k2, "company") && strcmp(k2, "media")) return k2;
  }
  return k;
}

/* "European Defence Agency", "Arab Monetary Fund", "African Court on
 * Human and Peoples' Rights": a state body's head word after a
 * continent's or a region's adjective, with no country in the name, is a
 * body of states, which serves none (nor do its officers). */
static int continental(const kg_ctx *c, size_t a, size_t b) {
  static const char *const adj[] = {"european", "african", "asian", "arab", "pan-african",
                                    "pan-american", "inter-american", "eurasian", "nordic",
                                    "pan-european", "euro-atlantic", NULL};
  size_t i = a;
  while (i < b && kg_ctx_is(c, i, "the")) i++;
  if (i >= b || !is_cap(c, i) || (covered(c, i) && c->ch[c->tok_ch[i]].type == CH_COUNTRY) ||
      !kg_ctx_is_one_of(c, i, adj))
    return 0;
  for (size_t q = i + 1; q < b; q++)
    if (covered(c, q) && c->ch[c->tok_ch[q]].type == CH_COUNTRY) return 0;
  return 1;
}

/* Build the institution for tokens [a, b): surface text, country from a
 * country/demonym prefix or an "of [the] COUNTRY" suffix, else the home
 * country for domestic kinds; ministries get a canonical label. */
static size_t make_inst(kg_ctx *c, size_t a, size_t b, size_t s,
                        const char *kind_hint) {
  const char *country = NULL, *shared = NULL, *shared_first = NULL;
  kg_buf core = KG_BUF_INIT, domain = KG_BUF_INIT;
  int ministry = 0;
  const char *kind = kind_hint;
  /* the first organisation word decides the kind; portfolio words are the
   * ones before it and after it up to a nested "of the" */
  size_t fh = b;
  for (size_t i = a; i < b && fh == b; i++)
    if (c->tk.v[i].kind == TK_WORD && (c->tok_ch[i] < 0 || c->ch[c->tok_ch[i]].type != CH_COUNTRY) &&
        head_at(c, i, NULL))
      fh = i;
  size_t dom_end = b;
  for (size_t i = fh; i + 1 < b; i++)
    if (kg_ctx_is(c, i, "of") && kg_ctx_is(c, i + 1, "the")) {
      dom_end = i;
      break;
    }
  if (fh < b && kg_ctx_is(c, fh, "ministry")) ministry = 1;
  if (fh < b && !kind_hint) kind = company_then_body(c, fh, dom_end);
  for (size_t i = a; i < b; i++) {
    kg_chunk *ch = kg_ctx_chunk_at(c, i);
    /* a country or demonym at the start ("Azeri Defence Ministry") or at
     * the end ("... of the Republic of Belarus") gives the country; inside
     * a name ("Pan American Health Organization") it is part of the name */
    int edge = ch && (ch->first == a || ch->end == b ||
                      (ch->end < b && c->tk.v[ch->end].kind == TK_POSS && ch->end + 1 == b));
    if (ch && ch->type == CH_COUNTRY && !edge) {
      /* "Royal Thai Navy", "Royal Moroccan Armed Forces": the country's */
      if (!country && i > a && kg_ctx_is(c, i - 1, "royal")) country = ch->country;
      /* "Ministry of Foreign Affairs and Senegalese Abroad": the state
       * whose people abroad the ministry serves */
      if (!country && ch->end < b && kg_ctx_is(c, ch->end, "abroad")) country = ch->country;
      if (core.len && (c->tk.v[i].flags & TF_SPACE)) kg_buf_putc(&core, ' ');
      kg_buf_append(&core, c->text + c->tk.v[ch->first].off,
                    c->tk.v[ch->end - 1].off + c->tk.v[ch->end - 1].len - c->tk.v[ch->first].off);
      i = ch->end - 1;
      continue;
    }
    if (ch && ch->type == CH_COUNTRY) {
      if (!country && !shared) {
        shared = shared_country(c, ch);
        if (shared) shared_first = ch->country;
        else country = ch->country;
      }
      /* drop "of the" before a trailing country from the core */
      if (core.len >= 7 && !strcmp(core.ptr + core.len - 7, " of the")) core.len -= 7;
      else if (core.len >= 3 && !strcmp(core.ptr + core.len - 3, " of")) core.len -= 3;
      if (core.ptr) core.ptr[core.len] = '\0';
      i = ch->end - 1;
      continue;
    }
    const kg_token *k = &c->tk.v[i];
    if (k->kind == TK_POSS) continue;
    /* (a people's plural: "Ministry of Malians Abroad") */
    if (!country && !ch && i + 1 < b && kg_ctx_is(c, i + 1, "abroad") && people_plural(c, i)) {
      const kg_lexent *pe = kg_lex_get(c->lex, ctx_key(c, i), k->keylen - 1);
      if (pe && pe->country) country = pe->country;
    }
    if (core.len && (k->flags & TF_SPACE)) kg_buf_putc(&core, ' ');
    kg_buf_append(&core, c->text + k->off, k->len);
    if (i >= dom_end) continue;
    /* portfolio words; "Energy" heads company names too ("Arc Energy") but
     * names a portfolio in "Ministry of Energy" */
    if (k->kind == TK_WORD && kg_ctx_has(c, i, LX_DOMAIN) &&
        (!kg_ctx_has(c, i, LX_ORGHEAD) || (ministry && i > fh))) {
      if (domain.len) kg_buf_putc(&domain, ' ');
      kg_buf_puts(&domain, ctx_key(c, i));
    } else if (k->kind == TK_WORD && !strcmp(ctx_key(c, i), "and") && domain.len) {
      kg_buf_puts(&domain, " and");
    }
  }
  /* "Foreign Office" and "Foreign Ministry" are the ministry too */
  if (!ministry && domain.len && b > a && kg_ctx_is(c, b - 1, "office") &&
      kg_portfolio(domain.ptr) && !strcmp(kg_portfolio(domain.ptr), "Foreign Affairs"))
    ministry = 1;
  if (!kind) kind = "organization";
  int domestic = !strcmp(kind, "ministry") || !strcmp(kind, "government") ||
                 !strcmp(kind, "parliament") || !strcmp(kind, "armed_forces") ||
                 !strcmp(kind, "department") || !strcmp(kind, "office") ||
                 !strcmp(kind, "agency") || !strcmp(kind, "embassy") ||
                 !strcmp(kind, "police") || !strcmp(kind, "court");
  /* "ECOWAS Standby Force", "African Union Peace and Security Council":
   * a body of an international organisation serves no country, though
   * its head word is a domestic body's */
  if (domestic && !country)
    for (size_t i = a; i < b && domestic; i++) {
      const kg_lexent *e = NULL;
      if (is_cap(c, i) &&
          kg_lex_match(c->lex, &c->tk, c->text, i, b, LX_ORG, 0, &e) && e && !e->country &&
          e->orgkind && !strcmp(e->orgkind, "international"))
        domestic = 0;
    }
  /* "India-Pakistan Joint Commission", "Joint U.S.-Canada Command": a
   * body of two states serves neither alone */
  /* (its first state's name is no country of it: "U.S.-Japan Joint
   * Committee") */
  if (two_state_body(c, a, b)) domestic = 0, country = NULL;
  /* "Multinational Joint Task Force", "Combined Maritime Forces",
   * "International Criminal Court": a force or court of several states
   * serves none of them */
  if (domestic && !country && is_word(c, a) &&
      (kg_ctx_is(c, a, "multinational") || kg_ctx_is(c, a, "multi-national") ||
       ((kg_ctx_is(c, a, "international") || kg_ctx_is(c, a, "combined") ||
         kg_ctx_is(c, a, "coalition")) &&
        (!strcmp(kind, "armed_forces") || !strcmp(kind, "court")))))
    domestic = 0;
  if (domestic && !country && continental(c, a, b)) {
    domestic = 0;
    kind = "international";
  }
  /* "the Federal Ministry of Defence (BMVg) in Berlin", "the Ministry of
   * Foreign Affairs in Abuja": a civil body that names no country, right
   * before "in" and a city, sits in that city's country (not an embassy,
   * which sits abroad, nor a force, which deploys) */
  if (domestic && !country &&
      (ministry || !strcmp(kind, "ministry") || !strcmp(kind, "government") ||
       !strcmp(kind, "parliament") || !strcmp(kind, "department"))) {
    size_t q = b, send = c->sents[s].end;
    if (bracket_acronym(c, q, send)) q += 3;
    kg_chunk *pl = q + 1 < send ? kg_ctx_chunk_at(c, q + 1) : NULL;
    if (kg_ctx_is(c, q, "in") && pl && pl->type == CH_PLACE && pl->first == q + 1 &&
        pl->lx && (pl->lx->kinds & LX_CITY) && pl->country)
      country = pl->country;
  }
  /* "the Doha Crown Prince Court", "Lahore Police": a state body that
   * opens with a city's name is that city's country's (not an embassy,
   * named after the capital it sits in) */
  if (domestic && !country && strcmp(kind, "embassy")) {
    const kg_chunk *pl = kg_ctx_chunk_at(c, a);
    if (pl && pl->type == CH_PLACE && pl->first == a && pl->end < b && pl->lx &&
        (pl->lx->kinds & LX_CITY) && pl->country)
      country = pl->country;
  }
  /* "PLA Navy", "IRGC Aerospace Force": a state body whose name opens
   * with a known organisation of one country (the lexicon's "PLA" is
   * China's) is a branch of it, that country's */
  if (domestic && !country && is_cap(c, a)) {
    const kg_lexent *e = NULL;
    size_t n = kg_lex_match(c->lex, &c->tk, c->text, a, b, LX_ORG, 0, &e);
    if (n && a + n < b && e && e->country) country = e->country;
  }
  /* "In India, the Assam Rifles and the Punjab Police were deployed": a
   * sentence opening with "In COUNTRY," places the state bodies it names
   * without a country in that country (not the dateline's); not an
   * embassy, which sits abroad */
  if (domestic && !country && strcmp(kind, "embassy")) {
    /* (or after a dateline's dash: "NEW DELHI, July 3 - In Nepal, ...") */
    size_t f0 = c->sents[s].first;
    for (size_t q = f0 + 1; q + 1 < a && q < f0 + 12; q++)
      if (kg_ctx_is(c, q, "in") && (c->tk.v[q].flags & TF_CAP) &&
          c->tk.v[q - 1].kind == TK_PUNCT && !kg_ctx_punct(c, q - 1, ',')) {
        f0 = q;
        break;
      }
    const kg_chunk *cn = f0 + 1 < a ? kg_ctx_chunk_at(c, f0 + 1) : NULL;
    if (kg_ctx_is(c, f0, "in") && (c->tk.v[f0].flags & TF_CAP) && cn &&
        cn->type == CH_COUNTRY && !cn->demonym && cn->first == f0 + 1 && cn->end < a &&
        kg_ctx_punct(c, cn->end, ',') && cn->country)
      country = cn->country;
  }
  char *form = kg_ctx_span_text(c, a, b);
  char *label = NULL, *key = NULL, *corestr = NULL;
  if (ministry && domain.len) {
    const char *pf = kg_portfolio(domain.ptr);
    kg_buf l = KG_BUF_INIT;
    if (pf) {
      kg_buf_printf(&l, "Ministry of %s", pf);
    } else if (fh + 2 < b && kg_ctx_is(c, fh + 1, "of")) {
      /* "Ministry of Energy and Mineral Resources": its own words, up to
       * a nested body or a country */
      size_t ce = fh + 2;
      while (ce < dom_end && !(kg_ctx_chunk_at(c, ce) &&
                               kg_ctx_chunk_at(c, ce)->type == CH_COUNTRY))
        ce++;
      while (ce > fh + 2 && (kg_ctx_is(c, ce - 1, "of") || kg_ctx_is(c, ce - 1, "the") ||
                             kg_ctx_is(c, ce - 1, "and")))
        ce--;
      char *comp = kg_ctx_span_text(c, fh + 2, ce);
      kg_buf_printf(&l, "Ministry of %s", comp);
      free(comp);
    } else {
      /* title-case the folded domain words */
      kg_buf_puts(&l, "Ministry of ");
      int up = 1;
      for (size_t i = 0; i < domain.len; i++) {
        char ch = domain.ptr[i];
        if (up && ch >= 'a' && ch <= 'z' && strncmp(domain.ptr + i, "and ", 4)) ch = (char)(ch - 32);
        kg_buf_putc(&l, ch);
        up = ch == ' ';
      }
    }
    corestr = kg_buf_detach(&l);
    label = kg_xstrdup(corestr);
    kind = "ministry";
  } else {
    corestr = kg_xstrdup(core.len ? core.ptr : form);
    /* "Israel's Knesset" is the Knesset (of Israel) */
    kg_chunk *lead = kg_ctx_chunk_at(c, a);
    if (lead && lead->type == CH_COUNTRY && lead->first == a && lead->end + 1 < b &&
        c->tk.v[lead->end].kind == TK_POSS)
      label = kg_ctx_span_text(c, lead->end + 1, b);
    else
      label = kg_xstrdup(form);
  }
  /* provisional key: the country of a domestic body without one is the
   * article's home country, known only after all passes (see
   * kg_finish_institutions) */
  key = inst_key(c, corestr, country);
  if (!country && domestic) {
    kg_buf k2 = KG_BUF_INIT;
    kg_buf_printf(&k2, "%s?", key);
    free(key);
    key = kg_buf_detach(&k2);
  }
  size_t ix = add_inst(c, key, label, form, country, kind, c->tk.v[a].off);
  if (!c->insts[ix].core) {
    c->insts[ix].core = corestr;
    corestr = NULL;
    c->insts[ix].domestic = domestic;
    c->insts[ix].ministry = ministry && domain.len;
    if (!country && shared) {
      c->insts[ix].shared[0] = shared_first;
      c->insts[ix].shared[1] = shared;
    }
  }
  free(corestr);
  /* the form without a leading "COUNTRY's" is a name too */
  {
    kg_chunk *lead = kg_ctx_chunk_at(c, a);
    if (lead && lead->type == CH_COUNTRY && lead->first == a && lead->end + 1 < b &&
        c->tk.v[lead->end].kind == TK_POSS) {
      char *shortf = kg_ctx_span_text(c, lead->end + 1, b);
      add_form(&c->insts[ix].forms, &c->insts[ix].nforms, &c->insts[ix].cap_forms, shortf);
      free(shortf);
    }
  }
  /* the form without a trailing "of [the] COUNTRY" is a name too */
  {
    size_t e2 = b;
    kg_chunk *last = kg_ctx_chunk_at(c, b - 1);
    if (last && last->type == CH_COUNTRY && !last->demonym && last->first > a) {
      e2 = last->first;
      if (e2 > a && kg_ctx_is(c, e2 - 1, "the")) e2--;
      if (e2 > a && kg_ctx_is(c, e2 - 1, "of")) e2--;
      /* not a head word alone: "Embassy" of "Embassy of Malaysia" */
      if (e2 > a && e2 < b && named(c, a, e2)) {
        char *shortf = kg_ctx_span_text(c, a, e2);
        add_form(&c->insts[ix].forms, &c->insts[ix].nforms, &c->insts[ix].cap_forms, shortf);
        free(shortf);
      }
    }
  }
  size_t chx = kg_ctx_add_chunk(c, CH_INST, a, b, s);
  c->ch[chx].ent = ix;
  c->ch[chx].country = country;
  free(form);
  free(label);
  free(key);
  kg_buf_free(&core);
  kg_buf_free(&domain);
  return chx;
}

/* The institution make_inst made or joined. make_inst may grow c->ch, so
 * the chunk is looked up only once it has returned (not as
 * c->ch[make_inst(...)], where c->ch may be read before the call). */
static size_t make_inst_ent(kg_ctx *c, size_t a, size_t b, size_t s, const char *kind_hint) {
  size_t chx = make_inst(c, a, b, s, kind_hint);
  return c->ch[chx].ent;
}

/* Known organisations (NATO, WHO, the United Nations ...). */
static int plural_head(const kg_ctx *c, size_t i);

static void known_orgs(kg_ctx *c, size_t s) {
  size_t first = c->sents[s].first, end = c->sents[s].end;
  for (size_t i = first; i < end; i++) {
    if (covered(c, i)) continue;
    const kg_lexent *e;
    size_t n = kg_lex_match(c->lex, &c->tk, c->text, i, end, LX_ORG, 0, &e);
    if (!n) continue;
    /* "AFP Chief of Staff Gen. X", "AFP spokesperson Col. Y": a news
     * agency's acronym before a military office or a rank is another
     * body's (the Armed Forces of the Philippines), not the agency's */
    if (n == 1 && e->orgkind && !strcmp(e->orgkind, "media") &&
        (c->tk.v[i].flags & TF_ALLCAPS) && i + 1 < end) {
      static const char *const mil[] = {"chief", "commander", "commandant", "spokesperson",
                                        "spokesman", "spokeswoman", NULL};
      const kg_chunk *nk = kg_ctx_chunk_at(c, i + 1);
      if ((nk && nk->type == CH_RANK && nk->first == i + 1) || kg_ctx_is_one_of(c, i + 1, mil))
        continue;
    }
    /* a known name inside a longer capitalised organisation phrase
     * ("Trend" in "Trend Micro Inc") is left to the phrase finder */
    if (i + n < end && orghead(c, i + n)) continue;
    /* "Security Council of Belarus": an international body's short name
     * with a country after "of" is that country's own body (the phrase
     * finder reads it whole) */
    if (!e->country && e->orgkind && !strcmp(e->orgkind, "international") && i + n + 1 < end &&
        kg_ctx_is(c, i + n, "of")) {
      size_t q = i + n + 1 + (kg_ctx_is(c, i + n + 1, "the") && i + n + 2 < end);
      const kg_chunk *ck = kg_ctx_chunk_at(c, q);
      int readable = 1;
      for (size_t r = i; r < i + n && readable; r++) readable = inst_word(c, r) || connector(c, r);
      if (readable && ck && ck->type == CH_COUNTRY && !ck->demonym && ck->first == q) continue;
    }
    /* ... also over up to two capitalised words: "African Union Transition
     * Mission", "... West African States Standby Force", or two portfolios
     * ("African Union Peace and Security Council"); and after a compass
     * word, which names another body ("West African Development Bank") */
    int portfolios = i + n + 3 < end && is_cap(c, i + n) && !covered(c, i + n) &&
                     !kg_ctx_has(c, i + n, LX_TITLE | LX_RANK | LX_GIVEN | LX_ORGHEAD) &&
                     kg_ctx_is(c, i + n + 1, "and") && is_cap(c, i + n + 2) &&
                     !kg_ctx_has(c, i + n + 2, LX_TITLE | LX_RANK | LX_GIVEN) &&
                     orghead(c, i + n + 3);
    static const char *const compass_words[] = {"west",    "east",    "north",
                                                "south",   "central", "western",
                                                "eastern", "northern", "southern"};
    /* (and after a state body's adjective: "National Security Council",
     * "Supreme National Security Council" are a country's, not the UN's) */
    static const char *const state_words[] = {"national", "supreme", "federal", "presidential",
                                              "royal", NULL};
    int compass = 0;
    for (size_t k = 0; k < sizeof compass_words / sizeof *compass_words && !compass; k++)
      compass = i > first && is_cap(c, i - 1) && !covered(c, i - 1) &&
                kg_ctx_is(c, i - 1, compass_words[k]);
    for (size_t k = 0; state_words[k] && !compass && !e->country && e->orgkind &&
                       !strcmp(e->orgkind, "international");
         k++)
      compass = i > first && is_cap(c, i - 1) && !covered(c, i - 1) &&
                kg_ctx_is(c, i - 1, state_words[k]);
    /* (and after a portfolio and "and": "Peace and Security Council" of
     * the African Union is not the UN's) */
    if (!compass && !e->country && e->orgkind && !strcmp(e->orgkind, "international") &&
        n >= 2 && i >= first + 2 && kg_ctx_is(c, i - 1, "and") && is_cap(c, i - 2) &&
        is_word(c, i - 2) && !covered(c, i - 2) && !(c->tk.v[i - 2].flags & TF_ALLCAPS) &&
        !(c->tk.v[i].flags & TF_ALLCAPS))
      compass = 1;
    /* "the Russian Security Council": a state's demonym before an
     * international body's short name makes it that state's own body */
    if (!compass && !e->country && e->orgkind && !strcmp(e->orgkind, "international") &&
        i > first && c->tok_ch[i - 1] >= 0) {
      const kg_chunk *dk = &c->ch[c->tok_ch[i - 1]];
      compass = dk->type == CH_COUNTRY && dk->demonym && dk->country && dk->end == i;
    }
    if (compass || portfolios ||
        (i + n + 1 < end && is_cap(c, i + n) && !covered(c, i + n) &&
         (orghead(c, i + n + 1) ||
          (i + n + 2 < end && is_cap(c, i + n + 1) && !covered(c, i + n + 1) &&
           orghead(c, i + n + 2))))) {
      /* only when the phrase finder can read the known name's words (it
       * reads "States" after "of", but would not key the unit by the known
       * name's short label) */
      int readable = 1;
      for (size_t q = i; q < i + n && readable; q++)
        readable = (inst_word(c, q) && !kg_ctx_has(c, q, LX_SPEECH)) || connector(c, q);
      if (readable) {
        /* the other known name among the portfolios is this body's too */
        if (portfolios) i += n + 2;
        continue;
      }
      /* a known name the phrase finder cannot read ("... West African
       * States", a verb's form) before a unit's words: the unit is one
       * body, "Economic Community of West African States Standby Force" */
      if (!compass && !portfolios) {
        size_t h = orghead(c, i + n + 1) ? i + n + 1 : i + n + 2;
        size_t stop = h + head_at(c, h, NULL);
        if (stop <= end && !plural_head(c, h)) {
          size_t ent = make_inst_ent(c, i, stop, s, NULL);
          /* keyed by the known name's short label, as "ECOWAS Standby
           * Force" is: one body */
          kg_xinst *x = &c->insts[ent];
          if (ent != NONE && !x->country) {
            char *rest = kg_ctx_span_text(c, i + n, stop);
            kg_buf k = KG_BUF_INIT;
            kg_buf_printf(&k, "%s %s", e->canon ? e->canon : e->form, rest);
            free(rest);
            free(x->core);
            x->core = kg_buf_detach(&k);
          }
          i = stop - 1;
          continue;
        }
      }
    }
    const char *label = e->canon ? e->canon : e->form;
    kg_buf key = KG_BUF_INIT;
    char *core = NULL;
    if (e->country) {
      /* keyed as the phrase finder keys the same name written out ("Ghana
       * News Agency" and "GNA" are one body) */
      core = strip_country(c, label);
      char *k = inst_key(c, core, e->country);
      kg_buf_puts(&key, k);
      free(k);
    } else {
      kg_buf_puts(&key, "institution:");
      kg_slug_append(&key, label, strlen(label));
    }
    char *form = kg_ctx_span_text(c, i, i + n);
    size_t ix = add_inst(c, key.ptr, label, form, e->country,
                         e->orgkind ? e->orgkind : "organization", c->tk.v[i].off);
    if (core && !c->insts[ix].core) {
      c->insts[ix].core = core;
      core = NULL;
    }
    free(core);
    size_t chx = kg_ctx_add_chunk(c, CH_INST, i, i + n, s);
    c->ch[chx].ent = ix;
    c->ch[chx].lx = e;
    free(form);
    kg_buf_free(&key);
    i += n - 1;
  }
}

/* Known organisations inside hyphenated compounds: "the IBSA-SACU-Mercosur
 * trilateral", "the India-SACU agreement". */
static void compound_orgs(kg_ctx *c, size_t s) {
  size_t first = c->sents[s].first, end = c->sents[s].end;
  for (size_t i = first; i < end; i++) {
    const kg_token *k = &c->tk.v[i];
    if (covered(c, i) || k->kind != TK_WORD || !(k->flags & TF_CAP)) continue;
    const char *t = c->text + k->off;
    if (!memchr(t, '-', k->len)) continue;
    size_t a = 0;
    for (size_t q = 0; q <= k->len; q++) {
      if (q < k->len && t[q] != '-') continue;
      size_t n = q - a;
      if (n >= 2) {
        kg_buf key = KG_BUF_INIT;
        kg_phrase_key(t + a, n, &key);
        const kg_lexent *e = kg_lex_get(c->lex, key.ptr ? key.ptr : "", key.len);
        int caps = 1;
        for (size_t z = a; z < q; z++) caps &= !(t[z] >= 'a' && t[z] <= 'z');
        if (e && (e->kinds & LX_ORG) && (caps || !(e->capsonly & LX_ORG))) {
          const char *label = e->canon ? e->canon : e->form;
          kg_buf ik = KG_BUF_INIT;
          kg_buf_puts(&ik, "institution:");
          kg_slug_append(&ik, label, strlen(label));
          char *form = kg_xstrndup(t + a, n);
          add_inst(c, ik.ptr, label, form, e->country, e->orgkind ? e->orgkind : "organization",
                   k->off + a);
          free(form);
          kg_buf_free(&ik);
        }
        kg_buf_free(&key);
      }
      a = q + 1;
    }
  }
}

/* Is tokens [a, b) named (not just "the Army")? Named when it has a word
 * that is neither an organisation word nor a modifier, or a country. */
static int named(const kg_ctx *c, size_t a, size_t b) {
  for (size_t i = a; i < b; i++) {
    const kg_chunk *ch = c->tok_ch[i] >= 0 ? &c->ch[c->tok_ch[i]] : NULL;
    if (ch && (ch->type == CH_COUNTRY || ch->type == CH_PLACE)) return 1;
    /* "Ministry of Armed Forces", "Secretariat of the Navy", "Department
     * of the Army": a ministry's or department's portfolio, whatever its
     * words, names it */
    if (kg_ctx_is(c, i, "of") && i > a &&
        (kg_ctx_is(c, i - 1, "ministry") || kg_ctx_is(c, i - 1, "department") ||
         kg_ctx_is(c, i - 1, "secretariat"))) {
      size_t p = i + 1 < b && kg_ctx_is(c, i + 1, "the") ? i + 2 : i + 1;
      if (p < b && is_cap(c, p)) return 1;
    }
    if (!is_word(c, i) || connector(c, i)) continue;
    if (ch && ch->type == CH_TITLE) return 1;
    if (kg_ctx_has(c, i, LX_DOMAIN)) return 1;
    /* modifiers that make names: "National Assembly", "Federal Council" */
    static const char *const naming[] = {"national", "federal", "supreme", "state", "general",
                                         "royal", "joint", "central", "presidential",
                                         "parliamentary", "provincial", "municipal",
                                         "regional", "transitional", "caretaker", NULL};
    if (kg_ctx_is_one_of(c, i, naming)) return 1;
    if (!kg_ctx_has(c, i, LX_ORGHEAD | LX_RANK | LX_TITLEMOD) && !kg_ctx_is(c, i, "the"))
      return 1;
  }
  return 0;
}

/* Does a dash stand before word i, as after a dateline ("DAKAR - Ships
 * of the ...", "LIMA (EFE) – Officials ...")? */
static int dash_before(const kg_ctx *c, size_t i) {
  return i > 0 && kg_ctx_dash(c, i - 1);
}

/* Leading words of a run that belong to an office title, not to the
 * institution: "Chairman [Joint Chiefs of Staff Committee]", "Chiefs of
 * [Army]"; and leading determiners or sentence words ("The", "When"). */
/* "Space Force Commander X", "Marine Corps Commandant X" opening a
 * sentence: a common word right before a head word that an office follows
 * is the body's first word, not a sentence adverb ("Later", "Meanwhile"
 * and words in -ly are). */
static int service_first_word(const kg_ctx *c, size_t i, size_t b) {
  static const char *const adverbs[] = {
      "later", "earlier", "yesterday", "today", "tomorrow", "tonight", "meanwhile",
      "separately", "however", "also", "now", "then", "here", "there", "still", "thus",
      "moreover", "additionally", "furthermore", "finally", "first", "next", "last",
      "again", "afterwards", "subsequently", "previously", "recently", "currently", NULL};
  if (i + 2 >= c->tk.n || i + 1 >= b || !orghead(c, i + 1) || covered(c, i + 1) ||
      kg_ctx_is_one_of(c, i, adverbs) || kg_ctx_ends_lower(c, i, "ly"))
    return 0;
  return (c->tk.v[i + 2].flags & TF_CAP) && !orghead(c, i + 2) && kg_ctx_title(c, i + 2);
}

static size_t skip_title_words(const kg_ctx *c, size_t a, size_t b, int *portfolio_tail) {
  size_t i = a;
  *portfolio_tail = 0;
  static const char *const lead[] = {"the", "a", "an", "this", "that", "these", "when",
                                     "while", "in", "on", "at", "after", "before",
                                     "during", "since", "as", "if", "but", "and", "by",
                                     "from", "with", "for", "to", "of", "under",
                                     /* "Follow Us On Google News" */
                                     "follow", "us", "our", "we", NULL};
  for (int more = 1; more && i < b && is_word(c, i) && !covered(c, i);) {
    more = 0;
    const char *key = ctx_key(c, i); /* first letters first: no strlen */
    if (!strcmp(key, "us") && (c->tk.v[i].flags & TF_ALLCAPS)) break; /* US */
    for (int k = 0; lead[k]; k++)
      if (lead[k][0] == key[0] && !strcmp(key, lead[k])) {
        i++;
        more = 1;
        break;
      }
  }
  /* a sentence's first word that is an ordinary word ("Later the Kenya
   * Medical Research Institute") */
  if (i < b && i == a && is_word(c, i) && !covered(c, i) && i > 0 &&
      (c->tk.v[i].flags & TF_CAP) && kg_ctx_has(c, i, LX_WORD) &&
      !kg_ctx_has(c, i, LX_ORGHEAD | LX_DOMAIN | LX_TITLEMOD | LX_TITLE) &&
      (c->tk.v[i].flags & TF_NEWLINE || kg_ctx_punct(c, i - 1, '.') || dash_before(c, i)) &&
      !service_first_word(c, i, b)) {
    i++;
    while (i < b && connector(c, i)) i++; /* "Ships [of the] Atlantic Fleet" */
  }
  while (i < b && is_word(c, i) && kg_ctx_is(c, i, "the")) i++;
  size_t last = i;
  int seen = 0;
  while (i < b) {
    if (is_word(c, i) && !covered(c, i) && !orghead(c, i) &&
        (kg_ctx_title(c, i) || (kg_ctx_has(c, i, LX_RANK) && !rank_names_body(c, i, b)))) {
      i++;
      seen = 1;
      last = i;
      continue;
    }
    /* modifiers only before a title word: "Deputy Minister" */
    size_t j = i;
    while (j < b && is_word(c, j) && !covered(c, j) && kg_ctx_has(c, j, LX_TITLEMOD) &&
           !kg_ctx_has(c, j, LX_ORGHEAD))
      j++;
    if (j > i && j < b && is_word(c, j) && !covered(c, j) && kg_ctx_has(c, j, LX_TITLE) &&
        !kg_ctx_has(c, j, LX_ORGHEAD)) {
      i = j;
      continue;
    }
    break;
  }
  if (!seen) return last;
  /* "Minister of Energy", "Secretary for Medical Services": without "the"
   * the words after the title name its portfolio, not an institution */
  if (last < b && (kg_ctx_is(c, last, "of") || kg_ctx_is(c, last, "for")) &&
      !kg_ctx_is(c, last + 1, "the"))
    *portfolio_tail = 1;
  while (last < b && connector(c, last)) last++;
  return last;
}

/* Is word i a plural organisation word ("Ministries", "Councils")? */
static int plural_head(const kg_ctx *c, size_t i) {
  const kg_token *k = &c->tk.v[i];
  const char *w = ctx_key(c, i);
  /* plurals listed as organisation words name one body: "Armed Forces" */
  const kg_lexent *self = kg_ctx_lex1(c, i);
  if (self && (self->kinds & LX_ORGHEAD)) return 0;
  if (k->keylen < 4 || w[k->keylen - 1] != 's') return 0;
  if (!strcmp(w + k->keylen - 3, "ies")) {
    char buf[64];
    if (k->keylen >= sizeof buf) return 0;
    memcpy(buf, w, k->keylen - 3);
    memcpy(buf + k->keylen - 3, "y", 2);
    const kg_lexent *e = kg_lex_get(c->lex, buf, k->keylen - 2);
    return e && (e->kinds & LX_ORGHEAD);
  }
  const kg_lexent *e = kg_lex_get(c->lex, w, k->keylen - 1);
  return e && (e->kinds & LX_ORGHEAD) && !strchr("s", w[k->keylen - 2]);
}

/* Is word i a hyphenated compound of known words ("Military-Technical",
 * "Socio-Economic")? Each part is a word, portfolio or modifier. */
static int known_compound(const kg_ctx *c, size_t i) {
  const kg_token *k = &c->tk.v[i];
  const char *w = ctx_key(c, i);
  if (k->kind != TK_WORD || !memchr(w, '-', k->keylen)) return 0;
  size_t p = 0, parts = 0;
  while (p <= k->keylen) {
    size_t q = p;
    while (q < k->keylen && w[q] != '-') q++;
    if (q - p < 2) return 0;
    const kg_lexent *e = kg_lex_get(c->lex, w + p, q - p);
    if (!e || !(e->kinds & (LX_WORD | LX_DOMAIN | LX_TITLEMOD))) return 0;
    parts++;
    p = q + 1;
  }
  return parts >= 2;
}

/* Is word i a people's plural (a demonym and "s": "Malians", "Ivorians"),
 * as in a ministry's portfolio ("... and Malians Abroad")? */
static int people_plural(const kg_ctx *c, size_t i) {
  const kg_token *k = &c->tk.v[i];
  if (k->kind != TK_WORD || k->keylen <= 4 || (k->flags & TF_ALLCAPS) ||
      ctx_key(c, i)[k->keylen - 1] != 's')
    return 0;
  const kg_lexent *pe = kg_lex_get(c->lex, ctx_key(c, i), k->keylen - 1);
  return pe && (pe->kinds & LX_DEMONYM) && !(pe->kinds & (LX_GIVEN | LX_COUNTRY));
}

/* Words that may follow an institution's head word: "Ministry [of
 * Economy and Finance]", "Office [of the President]". */
static int inst_complement(const kg_ctx *c, size_t i) {
  const kg_chunk *ch = c->tok_ch[i] >= 0 ? &c->ch[c->tok_ch[i]] : NULL;
  if (ch && ch->type == CH_TITLE) return holder_office(c, i);
  if (ch) return ch->type == CH_COUNTRY || ch->type == CH_PLACE;
  if (!is_word(c, i) || !(c->tk.v[i].flags & (TF_CAP | TF_ALLCAPS))) return 0;
  if (kg_he_surname(c, i)) return 0; /* "Commission He Weidong" */
  /* (a word that is also a given name before a head word is the name's:
   * "Diwan of the Royal Court") */
  if (kg_ctx_has(c, i, LX_GIVEN | LX_RANK | LX_HONORIFIC | LX_SPEECH) &&
      !kg_ctx_has(c, i, LX_DOMAIN | LX_ORGHEAD) && !rank_names_body(c, i, c->tk.n) &&
      !states_noun(c, i) &&
      !(kg_ctx_has(c, i, LX_TITLEMOD) && !kg_ctx_has(c, i, LX_RANK | LX_HONORIFIC) &&
        i + 1 < c->tk.n && orghead(c, i + 1)))
    return 0;
  return kg_ctx_has(c, i, LX_WORD | LX_DOMAIN | LX_ORGHEAD | LX_NONNAME | LX_TITLE |
                              LX_TITLEMOD) ||
         kg_ctx_title(c, i) || kg_ctx_abstract_noun(c, i) || known_compound(c, i) ||
         people_plural(c, i);
}

/* Last words of names of agreements, laws, plans and events, not bodies. */
static int instrument_word(const kg_ctx *c, size_t i) {
  static const char *const words[] = {
      "agreement", "agreements", "treaty", "pact", "accord", "accords", "memorandum",
      "declaration", "protocol", "act", "law", "bill", "programme", "program", "plan",
      "initiative", "strategy", "exercise", "exercises", "operation", "summit",
      "dialogue", "talks", "war", "deal", "framework", "charter", "roadmap",
      /* days and shows: "Armed Forces Remembrance Day", "Army Games" */
      "day", "week", "anniversary", "festival", "parade", "games", "cup", "ceremony",
      "celebrations", "exhibition", "expo", "show", NULL};
  return kg_ctx_is_one_of(c, i, words);
}

/* Does an institution's name go on after the country chunk ch, within
 * its run [.., b)? It does up to a further organisation word over
 * capitalised words and collective possessives ("Vietnam People's Army"),
 * or when a demonym qualifies the next word ("South American Nations"). */
static int name_goes_on(const kg_ctx *c, const kg_chunk *ch, size_t b) {
  size_t j = ch->end;
  if (j >= b || !is_cap(c, j)) return 0;
  if (ch->demonym && !covered(c, j) && inst_complement(c, j)) return 1;
  while (j < b) {
    if (orghead(c, j)) return 1;
    const kg_chunk *q = c->tok_ch[j] >= 0 ? &c->ch[c->tok_ch[j]] : NULL;
    if (q && q->type != CH_COUNTRY && q->type != CH_PLACE) return 0;
    if (!q && c->tk.v[j].kind != TK_POSS && !is_cap(c, j)) return 0;
    j = q ? q->end : j + 1;
  }
  return 0;
}

/* Is tokens [a, b) a former state named like a body ("Soviet Union")?
 * Historic states are places of the past, not institutions. */
static int former_state(const kg_ctx *c, size_t a, size_t b) {
  static const char *const states[] = {"soviet union", "union of soviet socialist republics",
                                       NULL};
  char key[64];
  size_t n = 0;
  for (size_t i = a; i < b; i++) {
    const kg_token *k = &c->tk.v[i];
    if (k->kind != TK_WORD || n + k->keylen + 2 > sizeof key) return 0;
    if (n) key[n++] = ' ';
    memcpy(key + n, ctx_key(c, i), k->keylen);
    n += k->keylen;
  }
  key[n] = '\0';
  for (int q = 0; states[q]; q++)
    if (!strcmp(key, states[q])) return 1;
  return 0;
}

/* Capitalised phrases with an organisation word. */
/* A collective noun whose possessive stays inside a name ("National
 * People's Congress", "Women's Union", "House of Peoples' Representatives"). */
static int folk_word(const kg_ctx *c, size_t i) {
  static const char *const folk[] = {"people", "peoples", "women", "children", "workers",
                                     "veterans", "farmers", "youth", "citizens",
                                     /* "the Sultan's Armed Forces", "His Majesty's
                                      * Armed Forces", "King's Guard" */
                                     "sultan", "king", "queen", "majesty", "emir", "amir",
                                     NULL};
  return kg_ctx_is_one_of(c, i, folk);
}

/* The start of a comma list of portfolio words that ends at a: back over
 * "Development, Industry, " to "Development" (a itself when no comma is
 * before it). Bounded: up to four items of up to three words. */
static size_t portfolio_list_start(const kg_ctx *c, size_t first, size_t a) {
  size_t j = a;
  for (int items = 0; items < 4 && j > first + 1 && kg_ctx_punct(c, j - 1, ','); items++) {
    size_t q = j - 1, words = 0;
    while (q > first && words < 3 && is_cap(c, q - 1) && !covered(c, q - 1) &&
           !kg_ctx_title(c, q - 1) && !kg_ctx_has(c, q - 1, LX_GIVEN | LX_RANK | LX_HONORIFIC)) {
      q--;
      words++;
    }
    if (!words) break;
    j = q;
  }
  return j;
}

/* Does the acronym in brackets at b (see bracket_acronym) spell the words
 * (j, b) after the "and" at j, but not the words before it too? */
static int acronym_after_and(const kg_ctx *c, size_t j, size_t b) {
  const kg_token *ak = &c->tk.v[b + 1];
  char want[16];
  size_t nw = 0;
  for (size_t q = 0; q < ak->len && nw < sizeof want - 1; q++) {
    char ch = c->text[ak->off + q];
    if (ch >= 'a' && ch <= 'z') ch = (char)(ch - 32);
    if (ch >= 'A' && ch <= 'Z') want[nw++] = ch;
  }
  want[nw] = '\0';
  const char *ws[12];
  size_t ls[12], n = 0;
  for (size_t q = j + 1; q < b; q++) {
    const kg_token *k = &c->tk.v[q];
    if (k->kind != TK_WORD || kg_ctx_is(c, q, "the")) continue;
    if (n == 12) return 0;
    ws[n] = c->text + k->off;
    ls[n++] = k->len;
  }
  return nw >= 2 && acronym_of(want, ws, ls, n);
}

/* Are [a, j) and (j, b) two bodies joined by the "and" at j, each of
 * capitalised words only that end in a head word after a word that is
 * none ("Wagner Group and Africa Corps", "Tata Steel and Tata Motors")? */
static int two_named_bodies(const kg_ctx *c, size_t a, size_t j, size_t b) {
  if (j < a + 2 || !orghead(c, j - 1) || head_at(c, j - 1, NULL) != 1) return 0;
  int name_word = 0;
  for (size_t q = a; q + 1 < j; q++) {
    if (connector(c, q) || !is_word(c, q) || !is_cap(c, q)) return 0;
    const kg_chunk *qc = c->tok_ch[q] >= 0 ? &c->ch[c->tok_ch[q]] : NULL;
    if (qc && qc->type != CH_PLACE && qc->type != CH_COUNTRY) return 0;
    if (!orghead(c, q) && !kg_ctx_has(c, q, LX_DOMAIN | LX_TITLE)) name_word = 1;
  }
  if (!name_word || j + 2 >= b + 1) return 0;
  size_t q = j + 1;
  if (!is_word(c, q) || !is_cap(c, q) || orghead(c, q) || kg_ctx_has(c, q, LX_DOMAIN | LX_TITLE))
    return 0;
  for (; q < b; q++) {
    if (connector(c, q) || !is_word(c, q) || !is_cap(c, q)) return 0;
    const kg_chunk *qc = c->tok_ch[q] >= 0 ? &c->ch[c->tok_ch[q]] : NULL;
    if (qc && qc->type != CH_PLACE && qc->type != CH_COUNTRY) return 0;
    if (orghead(c, q)) return q > j + 1 && q + head_at(c, q, NULL) == b;
  }
  return 0;
}

/* "said Siemon Wezeman of the Stockholm International Peace Research
 * Institute": with no office before them, two name words or more [a, j)
 * before "of the" and a body's head word after it are a person's name
 * (a body's name has its own head word before "of the": "Institute of
 * the ..."). */
static int untitled_name_of_the(const kg_ctx *c, size_t a, size_t j, size_t b) {
  if (j < a + 2 || !kg_ctx_is(c, j + 1, "the")) return 0;
  for (size_t q = j + 2; q < b; q++)
    if (orghead(c, q) || (covered(c, q) && c->ch[c->tok_ch[q]].type == CH_INST)) return 1;
  return 0;
}

/* "the Warsaw-based", "a London-headquartered": where a body sits, no
 * word of its name ("the Warsaw-based Polish Institute of International
 * Affairs") */
static int based_word(const kg_ctx *c, size_t i) {
  if (!is_word(c, i) || covered(c, i)) return 0;
  const char *k = ctx_key(c, i);
  size_t n = c->tk.v[i].keylen;
  return (n > 7 && !memcmp(k + n - 6, "-based", 6)) ||
         (n > 15 && !memcmp(k + n - 14, "-headquartered", 14));
}

/* The first token of a body's own name that opens with a country's
 * possessive ("Oman's Diwan of the Royal Court": "Diwan"), when more than
 * the possessive comes before `limit`; else `start`. */
static size_t past_country_poss(kg_ctx *c, size_t start, size_t limit) {
  const kg_chunk *lc = kg_ctx_chunk_at(c, start);
  if (lc && lc->type == CH_COUNTRY && lc->first == start && lc->end + 1 < limit &&
      c->tk.v[lc->end].kind == TK_POSS)
    return lc->end + 1;
  return start;
}

/* "a spokesman for Velmora Corp", "chief executive of Tarnik Systems": is
 * the run [a, b) after an office's "for"/"of" a company's name, not the
 * office's portfolio ("Minister of Energy", "Minister of Mines and
 * Steel")? A company's word ends it, a word that is no portfolio word
 * comes before it, and no "and" joins portfolios. */
static int company_after_office(const kg_ctx *c, size_t a, size_t b) {
  if (b < a + 2 || !orghead(c, b - 1) || strcmp(orgkind(c, b - 1), "company")) return 0;
  int name = 0;
  for (size_t q = a; q + 1 < b; q++) {
    if (kg_ctx_is(c, q, "and") && !is_cap(c, q)) return 0;
    name |= is_cap(c, q) && !covered(c, q) && !orghead(c, q) &&
            !kg_ctx_has(c, q, LX_DOMAIN | LX_TITLE | LX_TITLEMOD);
  }
  return name;
}

static void phrase_orgs(kg_ctx *c, size_t s) {
  size_t first = c->sents[s].first, end = c->sents[s].end;
  for (size_t i = first; i < end;) {
    if (!inst_word(c, i) || (covered(c, i) && c->ch[c->tok_ch[i]].type == CH_INST)) {
      i++;
      continue;
    }
    /* the run: capitalised words, chunks and inner connectors */
    size_t a = i, b = i;
    /* "Defence Committee of the Bundestag": a known body after "of the"
     * closes the run (the body of the body, see below) */
    size_t tail_first = NONE;
    while (b < end) {
      if (inst_word(c, b)) {
        const kg_chunk *ch = kg_ctx_chunk_at(c, b);
        if (ch && ch->type == CH_INST && ch->first == b && ch->ent != NONE && b >= a + 3 &&
            kg_ctx_is(c, b - 1, "the") && kg_ctx_is(c, b - 2, "of")) {
          tail_first = b;
          b = ch->end;
          break;
        }
        /* (a demonym may come first: "Eastern Theater Command of the
         * Chinese People's Liberation Army") */
        if (ch && ch->type == CH_COUNTRY && ch->demonym && ch->first == b && b >= a + 3 &&
            kg_ctx_is(c, b - 1, "the") && kg_ctx_is(c, b - 2, "of")) {
          const kg_chunk *kc = kg_ctx_chunk_at(c, ch->end);
          if (kc && kc->type == CH_INST && kc->first == ch->end && kc->ent != NONE) {
            tail_first = b;
            b = kc->end;
            break;
          }
        }
        if (ch && ch->type == CH_INST) break;
        b = ch ? ch->end : b + 1;
        if (b < end && c->tk.v[b].kind == TK_POSS) {
          /* "National People's Congress", "Women's Union": a collective
           * noun's possessive inside a name */
          if (folk_word(c, b - 1) && b + 1 < end && inst_word(c, b + 1) &&
              (!covered(c, b - 1) || (ch && (ch->type == CH_HON || ch->type == CH_TITLE)))) {
            b++;
            continue;
          }
          break;
        }
        continue;
      }
      if (list_comma(c, b, end)) {
        b++;
        continue;
      }
      /* "Joint U.S.-Canada Command": a hyphen glued between a country and
       * the next word of the name (the dotted "U.S." is no one word with
       * it) */
      if (kg_ctx_punct(c, b, '-') && b > a && b + 1 < end && !(c->tk.v[b].flags & TF_SPACE) &&
          !(c->tk.v[b + 1].flags & TF_SPACE) && chunk_is_country(c, b - 1) &&
          inst_word(c, b + 1)) {
        b++;
        continue;
      }
      if (connector(c, b) && b + 1 < end) {
        size_t j = b;
        while (j < end && connector(c, j)) j++;
        if (j < end && inst_word(c, j) && j - b <= 2) {
          b = j;
          continue;
        }
      }
      break;
    }
    if (b == a) b = a + 1;
    /* "the Minister of Energy and Mines": a title's portfolio; "the
     * Minister of Development, Industry, Trade and Services": the end of
     * its comma list */
    size_t pa = portfolio_list_start(c, first, a);
    if (pa >= first + 2 && (kg_ctx_is(c, pa - 1, "of") || kg_ctx_is(c, pa - 1, "for")) &&
        !company_after_office(c, a, b) &&
        (kg_ctx_title(c, pa - 2) || (kg_ctx_chunk_at(c, pa - 2) &&
                                     kg_ctx_chunk_at(c, pa - 2)->type == CH_TITLE))) {
      int has_country = 0;
      for (size_t q = a; q < b; q++) {
        kg_chunk *qc = kg_ctx_chunk_at(c, q);
        has_country |= qc && qc->type == CH_COUNTRY;
      }
      /* "Commissioner for Trade of the African Union Commission": the
       * portfolio ends at "of"; a body named after it is one */
      size_t of = a;
      while (of < b && !kg_ctx_is(c, of, "of")) of++;
      int body = 0;
      for (size_t q = of + 1; q < b && !body; q++) {
        const kg_chunk *qc = kg_ctx_chunk_at(c, q);
        body = (orghead(c, q) && (!qc || qc->type != CH_COUNTRY)) ||
               (qc && qc->type == CH_INST);
      }
      /* (with a country too when a body follows "of": "Chief of Defence
       * of the Hungarian Defence Forces") */
      if (!has_country || (body && of > a && of < b)) {
        i = body ? of + 1 : b;
        continue;
      }
    }
    /* "NORAD and U.S. Northern Command", "the Army and the Navy" are two
     * bodies */
    for (size_t j = a + 1; j + 1 < b; j++) {
      if (!kg_ctx_is(c, j, "and")) continue;
      /* "the Civil War and Armed Forces Day": an event ends before "and" */
      if (kg_ctx_is(c, j + 1, "the") || instrument_word(c, j - 1)) {
        b = j;
        break;
      }
      /* "the Department of Homeland Security and Customs and Border
       * Protection (CBP)": the acronym after the run spells the words after
       * an "and" (the first such), and a body's head word is before it */
      if (bracket_acronym(c, b, end) && acronym_after_and(c, j, b)) {
        int head_before = 0;
        for (size_t q = a; q < j; q++) head_before |= orghead(c, q);
        if (head_before) {
          b = j;
          break;
        }
      }
      /* "Indonesia's Ministry of Energy and Australia's Department of ...",
       * "Central Committee and Chinese president" */
      const kg_chunk *nc = kg_ctx_chunk_at(c, j + 1);
      if (nc && nc->type == CH_COUNTRY && nc->end < c->tk.n &&
          (c->tk.v[nc->end].kind == TK_POSS ||
           (nc->demonym && ((c->tk.v[nc->end].flags & TF_LOWER) || kg_ctx_title(c, nc->end))))) {
        b = j;
        break;
      }
      /* "member of the Party Central Committee and Vice Chairwoman of
       * ...": a modifier and an office after "and" start a second office */
      {
        size_t q = j + 1;
        while (q < c->tk.n && q < j + 4 && (c->tk.v[q].flags & TF_CAP) &&
               kg_ctx_has(c, q, LX_TITLEMOD) && !kg_ctx_title(c, q))
          q++;
        if (q > j + 1 && q < c->tk.n && (c->tk.v[q].flags & TF_CAP) && kg_ctx_title(c, q)) {
          b = j;
          break;
        }
      }
      /* "the Wagner Group and Africa Corps": a name word and a head word
       * on each side of "and" (no "of" before it, no acronym after the
       * run) are two bodies; "Oil and Natural Gas Corporation" keeps its
       * lone head word before "and" */
      if (!bracket_acronym(c, b, end) && two_named_bodies(c, a, j, b)) {
        b = j;
        break;
      }
      const kg_token *pk = &c->tk.v[j - 1];
      int acr = pk->kind == TK_WORD && (pk->flags & TF_ALLCAPS) && pk->nlet >= 2;
      int head_after = 0;
      for (size_t q = j + 1; q < b; q++) head_after |= orghead(c, q);
      if (acr && head_after) {
        b = j;
        break;
      }
    }
    /* "Dr Bharati Pravin Pawar and Union Health Secretary": a name before
     * "and" is not part of the body after it */
    for (size_t j = a + 1; j + 1 < b; j++) {
      if (!kg_ctx_is(c, j, "and")) continue;
      int names = 1;
      for (size_t q = a; q < j && names; q++)
        names = is_word(c, q) && c->tok_ch[q] < 0 &&
                (kg_ctx_has(c, q, LX_GIVEN) ||
                 !kg_ctx_has(c, q, LX_WORD | LX_DOMAIN | LX_ORGHEAD | LX_TITLE | LX_TITLEMOD |
                                       LX_NONNAME));
      if (names) a = j + 1;
      break;
    }
    /* "Brigadier General Samir Nasser of the Egyptian Army": name words
     * between a rank, honorific or office and "of" are the person's name,
     * and the body starts after "of the" */
    {
      /* (or an abbreviation and its period: "Col. Amina Juma of the
       * Tanzania People's Defence Force") */
      size_t pe = a > first + 1 && kg_ctx_punct(c, a - 1, '.') ? a - 1 : a;
      const kg_chunk *pc = pe > first ? kg_ctx_chunk_at(c, pe - 1) : NULL;
      int titled = pc && pc->end == pe &&
                   (pc->type == CH_RANK || pc->type == CH_HON || pc->type == CH_TITLE);
      {
        size_t j = a;
        while (j < b && is_word(c, j) && is_cap(c, j) && c->tok_ch[j] < 0 &&
               (kg_ctx_has(c, j, LX_GIVEN) ||
                !kg_ctx_has(c, j, LX_WORD | LX_DOMAIN | LX_ORGHEAD | LX_TITLE | LX_TITLEMOD |
                                      LX_NONNAME)))
          j++;
        if (j > a && j + 1 < b && kg_ctx_is(c, j, "of") &&
            (titled || untitled_name_of_the(c, a, j, b))) {
          a = j + 1;
          if (a + 1 < b && kg_ctx_is(c, a, "the")) a++;
        }
      }
    }
    int portfolio_tail;
    size_t start = skip_title_words(c, a, b, &portfolio_tail);
    while (start < b && based_word(c, start)) start++;
    /* the first organisation word after the start */
    size_t h = NONE;
    for (size_t j = start; j < b && h == NONE; j++)
      if (orghead(c, j)) h = j;
    if (h == NONE || portfolio_tail) {
      i = b > i ? b : i + 1;
      continue;
    }
    /* extend over further head words and complements: "Committee of
     * Secretaries of Security Councils", "Ministry of Economy and Finance",
     * "Office of the President"; a country at the end is the country */
    size_t hlen = head_at(c, h, NULL);
    if (hlen < 1 || h + hlen > b) hlen = 1;
    size_t stop = h + hlen, core_stop = h + hlen;
    int singular = !plural_head(c, h);
    /* "Cabinet Secretaries", "Council Members": office holders named by a
     * plural title after the head, no body */
    if (h + 1 < b && !orghead(c, h + 1) && !kg_ctx_has(c, h + 1, LX_TITLE) &&
        kg_ctx_title(c, h + 1))
      singular = 0;
    for (size_t j = h + hlen; j < b;) {
      if (j == tail_first) break;
      /* "the ECOWAS Standby Force Member States": the members are no part
       * of the body's name */
      if ((kg_ctx_is(c, j, "member") || kg_ctx_is(c, j, "partner")) && j + 1 < end &&
          (kg_ctx_is(c, j + 1, "states") || kg_ctx_is(c, j + 1, "countries") ||
           kg_ctx_is(c, j + 1, "nations")))
        break;
      if (orghead(c, j) || inst_complement(c, j)) {
        const kg_chunk *ch = kg_ctx_chunk_at(c, j);
        size_t nx = ch ? ch->end : j + 1;
        if (orghead(c, j) && !plural_head(c, j)) singular = 1;
        stop = nx;
        if (!ch || ch->type != CH_COUNTRY) core_stop = nx;
        j = nx;
        /* a country ends the name: "Special Forces of Azerbaijan [and
         * Pakistan]", unless the name goes on to its own head word ("...
         * of the Vietnam People's Army") or the country is an adjective
         * ("Union of South American Nations") */
        if (ch && ch->type == CH_COUNTRY && !name_goes_on(c, ch, b)) break;
        continue;
      }
      /* the run keeps a possessive only inside a name ("People's Army"),
       * a comma only inside a list of portfolios */
      if ((c->tk.v[j].kind == TK_POSS && j > h + 1) || list_comma(c, j, b)) {
        j++;
        continue;
      }
      if (connector(c, j)) {
        j++;
        continue;
      }
      break;
    }
    /* "National Task Force for the West Philippine Sea", "Commission for
     * the Nile Basin": after "for [the]" / "of the", capitalised words (or
     * a country or demonym) that end in a sea, river, lake or basin word
     * name the body's waters and end its name */
    int waters = 0;
    {
      size_t q = stop, p0 = stop;
      int prep = 0;
      /* (the run may have taken the first words: "for the Upper") */
      while (p0 > h + hlen && is_word(c, p0 - 1) && is_cap(c, p0 - 1) && !covered(c, p0 - 1) &&
             !orghead(c, p0 - 1))
        p0--;
      if (p0 < stop) {
        for (size_t k = p0; k > h + hlen && connector(c, k - 1) && !kg_ctx_is(c, k - 1, "and");
             k--)
          prep |= kg_ctx_is(c, k - 1, "for") || kg_ctx_is(c, k - 1, "of") ||
                  kg_ctx_is(c, k - 1, "on");
        q = p0;
      } else {
        while (q < b && connector(c, q) && !kg_ctx_is(c, q, "and")) {
          prep |= kg_ctx_is(c, q, "for") || kg_ctx_is(c, q, "of") || kg_ctx_is(c, q, "on");
          q++;
        }
      }
      if (prep && (q > stop || p0 < stop) && (tail_first == NONE || tail_first > q || tail_first <= stop)) {
        static const char *const waterw[] = {"sea", "ocean", "river", "lake", "gulf", "basin",
                                             "bay", "strait", "straits", "canal", "delta", NULL};
        size_t r = q, nw = 0;
        while (r < b && nw < 5) {
          const kg_chunk *ch = kg_ctx_chunk_at(c, r);
          if (ch && ch->type == CH_COUNTRY && ch->first == r) {
            r = ch->end;
            nw++;
            continue;
          }
          if (!is_word(c, r) || !is_cap(c, r) || covered(c, r) || orghead(c, r) ||
              kg_ctx_has(c, r, LX_TITLE | LX_RANK))
            break;
          r++;
          nw++;
          if (kg_ctx_is_one_of(c, r - 1, waterw) && r - 1 > q &&
              !(r < end && is_word(c, r) && is_cap(c, r))) {
            stop = core_stop = r;
            waters = 1;
            break;
          }
        }
      }
    }
    if (!singular) {
      i = b > i ? b : i + 1;
      continue;
    }
    /* "troops, including Special Forces of Azerbaijan and Pakistan": a
     * service "of" two states is a kind of troops both have, no one body
     * (a bilateral commission or council of two states is one) */
    if (stop + 1 < end && kg_ctx_is(c, stop, "and") && !strcmp(orgkind(c, h), "armed_forces")) {
      const kg_chunk *c1 = kg_ctx_chunk_at(c, stop - 1), *c2 = kg_ctx_chunk_at(c, stop + 1);
      size_t p = c1 ? c1->first : stop;
      if (p > h && kg_ctx_is(c, p - 1, "the")) p--;
      if (c1 && c2 && c1->type == CH_COUNTRY && c2->type == CH_COUNTRY && !c1->demonym &&
          !c2->demonym && c2->first == stop + 1 && p > h && kg_ctx_is(c, p - 1, "of")) {
        i = c2->end;
        continue;
      }
    }
    /* facilities are places: "Peterson Space Force Base", "the Government
     * Palace"; so are landforms: "the Front Range of the Rockies" */
    {
      static const char *const landforms[] = {
          "range",  "mountains", "mountain", "hills",   "river", "valley", "lake",
          "bay",    "gulf",      "strait",   "straits", "peninsula", "desert",
          "plateau", "island",   "islands",  "shoal",  "reef",  "sea",    "canal", NULL};
      size_t f = NONE;
      if (waters) {
      } else if (stop < end && is_cap(c, stop) && !covered(c, stop)) f = stop;
      else if (stop > h + 1 && is_cap(c, stop - 1) && !orghead(c, stop - 1)) f = stop - 1;
      if (f != NONE) {
        const char *w = ctx_key(c, f);
        if (!strcmp(w, "base") || !strcmp(w, "airport") || !strcmp(w, "palace") ||
            !strcmp(w, "house") || !strcmp(w, "hall") || !strcmp(w, "square") ||
            !strcmp(w, "stadium") || !strcmp(w, "hotel") ||
            /* (a headquarters with its acronym is the body: "Defence
             * Headquarters (DHQ)") */
            (!strcmp(w, "headquarters") && !(f + 1 == stop && bracket_acronym(c, stop, end))) ||
            kg_ctx_is_one_of(c, f, landforms)) {
          i = b > stop ? b : stop + 1;
          continue;
        }
      }
    }
    /* "met with a large African Business Group of investors": after an
     * indefinite article, a head word followed by "of" and a common noun
     * describes a group; it names no body */
    if (stop + 1 < end && kg_ctx_is(c, stop, "of") && is_word(c, stop + 1) &&
        (c->tk.v[stop + 1].flags & TF_LOWER) && !kg_ctx_is(c, stop + 1, "the")) {
      size_t p = start;
      while (p > first && p + 3 > start && is_word(c, p - 1) &&
             (c->tk.v[p - 1].flags & TF_LOWER) && !kg_ctx_is(c, p - 1, "a") &&
             !kg_ctx_is(c, p - 1, "an") && !kg_ctx_is(c, p - 1, "the"))
        p--;
      if (p > first && (kg_ctx_is(c, p - 1, "a") || kg_ctx_is(c, p - 1, "an"))) {
        i = b > stop ? b : stop + 1;
        continue;
      }
    }
    /* "Pakistan's Foreign Office": the country before, by its possessive */
    if (start > first) {
      size_t p = start - 1;
      if (c->tk.v[p].kind == TK_POSS && p > first) {
        kg_chunk *ch = kg_ctx_chunk_at(c, p - 1);
        if (ch && ch->type == CH_COUNTRY) start = ch->first;
      }
    }
    /* "Chief of the Defence Staff", "Chief of the Defence Force": a staff,
     * or a force no country names, inside a chief's title is the office's,
     * not a body of its own */
    size_t hw = h + head_at(c, h, NULL) - 1; /* "General [Staff]" */
    if (start >= first + 2 && (kg_ctx_is(c, hw, "staff") || kg_ctx_is(c, hw, "force"))) {
      size_t p = start - 1;
      if (kg_ctx_is(c, p, "the") && p > first) p--;
      int chief = kg_ctx_is(c, p, "of") && p > first &&
                  (kg_ctx_is(c, p - 1, "chief") || kg_ctx_is(c, p - 1, "chiefs"));
      int generic = 1;
      size_t next = stop; /* "... Staff of Indian Army": look on from "Indian" */
      for (size_t q = start; q < stop && generic; q++) {
        const kg_chunk *ch = kg_ctx_chunk_at(c, q);
        if (ch && ch->type == CH_COUNTRY) {
          generic = kg_ctx_is(c, hw, "staff");
          if (next == stop) next = q;
        } else if (is_word(c, q) && !kg_ctx_is(c, q, "of") && !kg_ctx_is(c, q, "the") &&
                   (q < h || q > hw)) {
          generic = kg_ctx_has(c, q, LX_DOMAIN | LX_TITLEMOD | LX_ORGHEAD);
        }
      }
      if (chief && generic) {
        i = next > i ? next : i + 1;
        continue;
      }
    }
    /* a company word alone ("Energy", "Group") names no company; a service
     * or a parliament before its officer's rank or office is named by the
     * text's country ("Air Force Gen. Glen Ward", "Congress President
     * Sonia Ray") */
    int officer_after = 0;
    if (stop < end && stop == h + head_at(c, h, NULL) && start == h) {
      const char *kind = orgkind(c, h);
      const kg_chunk *oc = kg_ctx_chunk_at(c, stop);
      size_t nx = oc ? oc->end : stop + 1;
      if (nx < end && kg_ctx_punct(c, nx, '.')) nx++;
      officer_after = (!strcmp(kind, "armed_forces") || !strcmp(kind, "parliament")) &&
                      ((oc && oc->first == stop && (oc->type == CH_RANK || oc->type == CH_TITLE)) ||
                       (!oc && is_cap(c, stop) && kg_ctx_has(c, stop, LX_TITLE | LX_RANK))) &&
                      nx < end && (is_cap(c, nx) || (kg_ctx_chunk_at(c, nx) &&
                                                      kg_ctx_chunk_at(c, nx)->type == CH_HON));
    }
    if ((!named(c, start, stop) && !officer_after) ||
        (stop == start + 1 && !strcmp(orgkind(c, start), "company")) ||
        instrument_word(c, stop - 1) || former_state(c, start, stop)) {
      i = b > i ? b : i + 1;
      continue;
    }
    KG_UNUSED(core_stop);
    /* "Inter Services Public Relations Directorate (ISPR)": a sentence's
     * first word is the name's when the acronym after it begins with it */
    if (start == a + 1 && is_cap(c, a) && !covered(c, a) && stop == b && stop + 2 < end &&
        kg_ctx_punct(c, stop, '(') && kg_ctx_punct(c, stop + 2, ')') &&
        (c->tk.v[stop + 1].flags & TF_ALLCAPS) &&
        c->text[c->tk.v[stop + 1].off] == c->text[c->tk.v[a].off] &&
        c->text[c->tk.v[stop + 1].off] != c->text[c->tk.v[start].off])
      start = a;
    /* a body of a known body: "Defence Committee of the Bundestag",
     * "Border Service of the FSB", "Strategic Operational Command of the
     * FANB"; the part before "of" is a name of it too */
    if (tail_first != NONE && stop + 2 == tail_first && kg_ctx_is(c, stop, "of") &&
        named(c, start, stop)) {
      const kg_chunk *tk = kg_ctx_chunk_at(c, tail_first);
      int dem = tk->type == CH_COUNTRY;
      if (dem) tk = kg_ctx_chunk_at(c, tk->end);
      size_t inner_ent = tk->ent, tail_end = b;
      if (dem) {
        /* the inner body's name with its demonym is its name too */
        char *df = kg_ctx_span_text(c, tail_first, tail_end);
        kg_xinst *ix = &c->insts[inner_ent];
        add_form(&ix->forms, &ix->nforms, &ix->cap_forms, df);
        free(df);
      }
      size_t own = past_country_poss(c, start, stop);
      char *shortf = kg_ctx_span_text(c, own, stop);
      for (size_t q = own; q < tail_end; q++) c->tok_ch[q] = -1;
      size_t outer = make_inst(c, start, tail_end, s, NULL);
      kg_xinst *ox = &c->insts[c->ch[outer].ent];
      add_form(&ox->forms, &ox->nforms, &ox->cap_forms, shortf);
      if (c->ch[outer].ent != inner_ent) {
        ox->parent = inner_ent;
        if (!ox->country) ox->country = c->insts[inner_ent].country;
      }
      free(shortf);
      i = tail_end;
      continue;
    }
    /* nested: "Foreign Relations Committee of the Senate of Pakistan" */
    size_t inner = NONE;
    for (size_t j = start + 1; j + 2 < stop; j++) {
      /* "X of the Y": only "the" marks a body inside a body ("Ministry of
       * Energy" names a portfolio) */
      if (!kg_ctx_is(c, j, "of") || !kg_ctx_is(c, j + 1, "the")) continue;
      size_t t = j + 2;
      int head_before = 0, head_after = 0;
      for (size_t q = start; q < j; q++) head_before |= orghead(c, q);
      for (size_t q = t; q < stop; q++)
        head_after |= orghead(c, q) && !kg_ctx_has(c, q, LX_DOMAIN);
      /* the inner body may begin with its country ("of the Vietnam
       * People's Army") */
      const kg_chunk *tc = kg_ctx_chunk_at(c, t);
      /* "Ministry of the Armed Forces and Veterans", "Department of the
       * Navy": after a ministry's word alone, "of the" names its
       * portfolio, not a body inside it */
      if (j == start + 1 && (kg_ctx_is(c, start, "ministry") ||
                             kg_ctx_is(c, start, "department") ||
                             kg_ctx_is(c, start, "secretariat")))
        break;
      if (head_before && head_after && named(c, t, stop) &&
          (!tc || (tc->type == CH_COUNTRY && tc->first == t))) {
        inner = t;
        break;
      }
    }
    /* "the Verkhovna Rada's Committee on National Security": a body of the
     * body named before it with a possessive, and of its country */
    kg_chunk *owner = NULL;
    if (inner == NONE && start >= first + 2 && c->tk.v[start - 1].kind == TK_POSS) {
      owner = kg_ctx_chunk_at(c, start - 2);
      if (owner && (owner->type != CH_INST || owner->ent == NONE)) owner = NULL;
    }
    if (owner) {
      /* (the owner's body by index: adding the chunk may move the chunks) */
      size_t owner_ent = owner->ent;
      size_t ent = make_inst_ent(c, start, stop, s, NULL);
      kg_xinst *x = &c->insts[ent];
      if (ent != owner_ent && x->parent == NONE) x->parent = owner_ent;
      if (!x->country && c->insts[owner_ent].country) {
        x->country = c->insts[owner_ent].country;
        char *k = inst_key(c, x->core ? x->core : x->label, x->country);
        if (find_inst(c, k) == NONE) {
          free(x->key);
          x->key = k;
        } else {
          free(k);
        }
      }
    } else if (inner != NONE) {
      /* the outer institution with its short form as an alias */
      size_t inner_ch = make_inst(c, inner, stop, s, NULL);
      size_t inner_ent = c->ch[inner_ch].ent;
      size_t ofpos = inner - 1;
      if (kg_ctx_is(c, ofpos, "the")) ofpos--;
      /* ("Oman's Diwan of the Royal Court": the country's chunk stays, so
       * the label drops its possessive) */
      size_t own = past_country_poss(c, start, inner);
      char *shortf = kg_ctx_span_text(c, own, ofpos);
      for (size_t q = own; q < stop; q++) c->tok_ch[q] = -1;
      size_t outer = make_inst(c, start, stop, s, NULL);
      kg_xinst *ox = &c->insts[c->ch[outer].ent];
      add_form(&ox->forms, &ox->nforms, &ox->cap_forms, shortf);
      if (c->ch[outer].ent != inner_ent) ox->parent = inner_ent;
      if (!ox->country) ox->country = c->insts[inner_ent].country;
      free(shortf);
    } else {
      make_inst(c, start, stop, s, NULL);
    }
    i = stop > i ? stop : i + 1;
  }
}

/* An office named after its holder: "the Prime Minister's Office", "the
 * Prosecutor General's Office", "Indian President's Secretariat". */
static void title_offices(kg_ctx *c, size_t s) {
  size_t first = c->sents[s].first, end = c->sents[s].end;
  for (size_t i = first + 1; i + 1 < end; i++) {
    /* "the Abu Dhabi Crown Prince Court": a court named by a title of two
     * words or more right before it (no possessive), after "the" or a
     * place, and no name after */
    if (c->tk.v[i].kind == TK_WORD && kg_ctx_is(c, i + 1, "court") && orghead(c, i + 1) &&
        (i + 2 >= end || !is_cap(c, i + 2))) {
      const kg_chunk *t = kg_ctx_chunk_at(c, i);
      if (t && t->type == CH_TITLE && t->end == i + 1 && t->end >= t->first + 2 &&
          is_cap(c, t->first)) {
        size_t a = t->first;
        const kg_chunk *cn = a > first ? kg_ctx_chunk_at(c, a - 1) : NULL;
        if (cn && (cn->type == CH_COUNTRY || cn->type == CH_PLACE) && cn->end == a)
          a = cn->first;
        /* (after "the" or a place: "Deputy Prime Minister Court said" is
         * a person) */
        if (a == t->first && (a == first || !kg_ctx_is(c, a - 1, "the"))) continue;
        for (size_t q = a; q < i + 1; q++)
          if (c->tok_ch[q] >= 0 && c->ch[c->tok_ch[q]].type == CH_TITLE) c->tok_ch[q] = -1;
        make_inst(c, a, i + 2, s, "office");
        i++;
        continue;
      }
    }
    if (c->tk.v[i].kind != TK_POSS || !orghead(c, i + 1) || strcmp(orgkind(c, i + 1), "office"))
      continue;
    size_t a;
    const kg_chunk *t = kg_ctx_chunk_at(c, i - 1);
    if (t && t->type == CH_TITLE)
      a = t->first;
    else if (!t && is_cap(c, i - 1) && kg_ctx_has(c, i - 1, LX_TITLE))
      a = i - 1;
    else
      continue;
    const kg_chunk *cn = a > first ? kg_ctx_chunk_at(c, a - 1) : NULL;
    if (cn && cn->type == CH_COUNTRY && cn->end == a) a = cn->first;
    size_t stop = i + 1 + head_at(c, i + 1, NULL);
    for (size_t q = a; q < stop; q++)
      if (c->tok_ch[q] >= 0 && c->ch[c->tok_ch[q]].type == CH_TITLE) c->tok_ch[q] = -1;
    make_inst(c, a, stop, s, "office");
    i = stop - 1;
  }
}

/* A lower-case ministry after a demonym or a country's possessive:
 * "the Polish defence ministry", "Seoul's finance ministry", "the
 * Azerbaijani embassy in Pakistan". */
static void lower_orgs(kg_ctx *c, size_t s) {
  size_t first = c->sents[s].first, end = c->sents[s].end;
  for (size_t i = first; i < end; i++) {
    kg_chunk *ch = kg_ctx_chunk_at(c, i);
    if (!ch || (ch->type != CH_COUNTRY && ch->type != CH_PLACE) || ch->first != i) continue;
    size_t j = ch->end;
    if (j < end && c->tk.v[j].kind == TK_POSS) j++;
    size_t d = j;
    while (j < end && is_word(c, j) && !covered(c, j) &&
           (c->tk.v[j].flags & TF_LOWER) && kg_ctx_has(c, j, LX_DOMAIN) &&
           !kg_ctx_has(c, j, LX_ORGHEAD))
      j++;
    if (j >= end || !is_word(c, j) || covered(c, j) || !(c->tk.v[j].flags & TF_LOWER))
      continue;
    const char *w = ctx_key(c, j);
    int ministry = !strcmp(w, "ministry") && j > d;
    int embassy = !strcmp(w, "embassy");
    if (!ministry && !embassy) continue;
    size_t stop = j + 1;
    if (embassy && kg_ctx_is(c, stop, "in")) {
      kg_chunk *p = kg_ctx_chunk_at(c, stop + 1);
      if (p && (p->type == CH_COUNTRY || p->type == CH_PLACE)) stop = p->end;
    }
    size_t a = ch->first;
    if (ch->type == CH_PLACE) {
      /* "Seoul's finance ministry": the capital stands for its country */
      ch->type = CH_COUNTRY;
    }
    make_inst(c, a, stop, s, embassy ? "embassy" : "ministry");
    i = stop - 1;
  }
}

/* Can `acr` (capitals) be spelled by taking a non-empty prefix of every
 * word in order (hyphenated parts count as words)? */
static int spell(const char *acr, const char *const *ws, const size_t *ls, size_t n,
                 size_t wi, size_t off) {
  if (!*acr) return wi == n;
  if (wi == n) return 0;
  const char *w = ws[wi];
  size_t len = ls[wi];
  /* "Headquarters" is HQ: DHQ (Defence Headquarters) */
  if (off == 0 && len == 12 && !strncasecmp(w, "headquarters", 12) && acr[0] == 'H' &&
      acr[1] == 'Q' && spell(acr + 2, ws, ls, n, wi + 1, 0))
    return 1;
  /* a connector may give its letter or none: MOH (Ministry of Health),
   * MODVA (Ministry of Defence and Veterans Affairs) */
  if (off == 0 && w[0] >= 'a' && w[0] <= 'z' && spell(acr, ws, ls, n, wi + 1, 0)) return 1;
  /* skip to the start of a word part */
  size_t p = off;
  if (p >= len) return 0;
  for (size_t k = p; k < len; k++) {
    char ch = w[k];
    if (ch == '-') {
      /* the next part must begin the next letters */
      return spell(acr, ws, ls, n, wi, k + 1);
    }
    if (ch >= 'a' && ch <= 'z') ch = (char)(ch - 32);
    if (ch != *acr) break;
    acr++;
    /* either this word (part) ends here, or it gives more letters */
    size_t nx = k + 1;
    while (nx < len && w[nx] != '-') nx++;
    if (nx < len && w[nx] == '-' && spell(acr, ws, ls, n, wi, nx + 1)) return 1;
    if (nx >= len && spell(acr, ws, ls, n, wi + 1, 0)) return 1;
    if (!*acr) return 0;
  }
  return 0;
}

static int acronym_of(const char *acr, const char *const *ws, const size_t *ls, size_t n) {
  return n && spell(acr, ws, ls, n, 0, 0);
}

/* Are the capitals `want` the letters, in order, of tokens [a, b), the
 * first the first word's initial? */
static int letters_in_order(const kg_ctx *c, size_t a, size_t b, const char *want) {
  if (a >= b || !*want) return 0;
  const char *t = c->text + c->tk.v[a].off;
  if ((*t & ~0x20) != *want) return 0;
  want++;
  for (size_t i = a; i < b && *want; i++) {
    const kg_token *k = &c->tk.v[i];
    for (size_t q = i == a ? 1 : 0; q < k->len && *want; q++)
      if ((c->text[k->off + q] & ~0x20) == *want) want++;
  }
  return !*want;
}

/* May the known organisation of chunk ac (its acronym) be named by tokens
 * [a, b)? Yes when its label is that acronym (no long form is known) or
 * the same words. */
static int known_names_span(const kg_ctx *c, const kg_chunk *ac, size_t a, size_t b) {
  const char *label = ac->lx->canon ? ac->lx->canon : ac->lx->form;
  char *acr = kg_ctx_span_text(c, ac->first, ac->end);
  int same = !strcmp(label, acr);
  free(acr);
  if (same) return 1;
  char *span = kg_ctx_span_text(c, a, b);
  kg_buf k1 = KG_BUF_INIT, k2 = KG_BUF_INIT;
  kg_phrase_key(label, strlen(label), &k1);
  kg_phrase_key(span, strlen(span), &k2);
  same = k1.len == k2.len && (!k1.len || !memcmp(k1.ptr, k2.ptr, k1.len));
  kg_buf_free(&k1);
  kg_buf_free(&k2);
  free(span);
  return same;
}

/* "Inter-Services Public Relations (ISPR)": an acronym in parentheses whose
 * letters are the initials of the capitalised words before it. */
static void acronyms(kg_ctx *c, size_t s) {
  size_t first = c->sents[s].first, end = c->sents[s].end;
  for (size_t i = first + 1; i + 2 < end; i++) {
    if (!kg_ctx_punct(c, i, '(') || !kg_ctx_punct(c, i + 2, ')')) continue;
    const kg_token *ak = &c->tk.v[i + 1];
    if (ak->kind != TK_WORD || ak->nlet < 2 || ak->nlet > 8) continue;
    /* mostly capitals: ISPR, NPHI, MoUs is lower-case heavy */
    const char *at = c->text + ak->off;
    size_t caps = 0;
    for (size_t q = 0; q < ak->len; q++) caps += at[q] >= 'A' && at[q] <= 'Z';
    /* (a word-piece acronym with one capital, "(Sedena)", "(Semar)",
     * only names the body right before it: see below) */
    int piece = caps == 1 && (ak->flags & TF_CAP) && ak->nlet >= 4 && ak->nlet <= 6 &&
                ak->nlet == ak->len;
    if (!piece && (caps < 2 || caps * 2 < ak->nlet)) continue;
    /* the acronym spells prefixes of the words before it: ISPR (Inter-
     * Services Public Relations), KEMRI (KEnya Medical Research Institute) */
    char want[16];
    size_t nw = 0;
    for (size_t q = 0; q < ak->len && nw < sizeof want - 1; q++) {
      char ch2 = at[q];
      if (ch2 >= 'a' && ch2 <= 'z') ch2 = (char)(ch2 - 32);
      if (ch2 >= 'A' && ch2 <= 'Z') want[nw++] = ch2;
    }
    want[nw] = '\0';
    const char *words[12];
    size_t wlen[12], nwords = 0, wtok[12];
    /* (words before a comma only extend a body the phrase finder made) */
    const kg_chunk *bc = kg_ctx_chunk_at(c, i - 1);
    int body_before = bc && bc->type == CH_INST && bc->end == i && bc->ent != NONE;
    for (size_t j = i; j > first && nwords < 12;) {
      j--;
      const kg_token *k = &c->tk.v[j];
      if (connector(c, j)) {
        /* "of", "and", "for" may spell a letter; "the" never does */
        if (k->kind == TK_WORD && !kg_ctx_is(c, j, "the") && nwords) {
          words[nwords] = c->text + k->off;
          wlen[nwords] = k->len;
          wtok[nwords++] = j;
        }
        continue;
      }
      /* "Chinese People's Political Consultative Conference (CPPCC)" */
      if (k->kind == TK_POSS && j > first && folk_word(c, j - 1)) continue;
      /* "Acquisition, Technology and Logistics Agency (ATLA)": a comma
       * inside the name's list, when the acronym spells the words before
       * it too */
      if (kg_ctx_punct(c, j, ',') && nwords && j > first + 1 && is_word(c, j - 1) &&
          is_cap(c, j - 1) && !covered(c, j - 1) && !kg_ctx_has(c, j - 1, LX_GIVEN | LX_TITLE) &&
          body_before)
        continue;
      if (k->kind != TK_WORD || !(k->flags & TF_CAP)) break;
      words[nwords] = c->text + k->off;
      wlen[nwords] = k->len;
      wtok[nwords++] = j;
    }
    size_t matched = 0, a = i;
    /* try the longest run first: words[nw-1 .. 0] in text order */
    for (size_t take = nwords; take >= 1 && !matched; take--) {
      /* the body begins with a capitalised word */
      if (!(c->tk.v[wtok[take - 1]].flags & TF_CAP)) continue;
      const char *ws[12];
      size_t ls[12];
      for (size_t q = 0; q < take; q++) {
        ws[q] = words[take - 1 - q];
        ls[q] = wlen[take - 1 - q];
      }
      if (acronym_of(want, ws, ls, take)) {
        matched = nw;
        a = wtok[take - 1];
      }
    }
    if (matched != nw || piece) {
      /* a known organisation's acronym after a body whose name holds its
       * letters in order from its first: "Intergovernmental Authority on
       * Development (IGAD)" */
      const kg_chunk *ac = kg_ctx_chunk_at(c, i + 1);
      kg_chunk *pc = kg_ctx_chunk_at(c, i - 1);
      if (ac && ac->type == CH_INST && ac->lx && (ac->lx->kinds & LX_ORG) &&
          ac->ent != NONE && pc && pc->type == CH_INST && pc->ent != ac->ent &&
          letters_in_order(c, pc->first, pc->end, want) &&
          known_names_span(c, ac, pc->first, pc->end))
        c->insts[pc->ent].same_as = ac->ent;
      /* an acronym in the body's own language has its initials in another
       * order: "Revolutionary Armed Forces (FAR)", "Bolivarian National
       * Armed Forces (FANB)", or other words: "Indonesian National Armed
       * Forces (TNI)" (Tentara Nasional Indonesia), "German Institute for
       * International and Security Affairs (SWP)": capitals in parentheses
       * right after a body's name are its acronym */
      /* (or mixed case: "Malian Armed Forces (FAMa)", "Federal Office of
       * Bundeswehr Equipment ... (BAAINBw)", or pieces of the words in the
       * body's own language, "Secretariat of National Defense (Sedena)",
       * whose first letter is the body's and which the lexicon does not
       * know: no word, place or name) */
      int mixed = !(ak->flags & TF_ALLCAPS) && (ak->flags & TF_CAP) && ak->nlet == ak->len &&
                  pc && pc->end == i && pc->first < i &&
                  (!piece || at[0] == (c->text[c->tk.v[pc->first].off] & ~0x20)) &&
                  !kg_ctx_has(c, i + 1, 0xffff);
      if (!ac && pc && pc->type == CH_INST && pc->ent != NONE && pc->end == i &&
          (((ak->flags & TF_ALLCAPS) && ak->nlet <= 6) || (mixed && ak->nlet <= 8)) &&
          !kg_ctx_has(c, i + 1, LX_WORD | LX_COUNTRY | LX_GIVEN) &&
          !c->insts[pc->ent].acronym) {
        /* (the body's entity by value: adding the chunk may move pc) */
        size_t ent = pc->ent;
        c->insts[ent].acronym = kg_xstrndup(at, ak->len);
        size_t chx = kg_ctx_add_chunk(c, CH_INST, i + 1, i + 2, s);
        c->ch[chx].ent = ent;
      }
      /* "Indonesian Military (TNI)": a demonym and "Military" (an
       * adjective elsewhere: "Military Academy") with an acronym in the
       * country's own language name its armed forces */
      /* (an acronym the lexicon knows as that state's body names it:
       * the two names are one body's) */
      kg_chunk *dc = i >= first + 2 ? kg_ctx_chunk_at(c, i - 2) : NULL;
      int known = ac && ac->type == CH_INST && ac->lx && ac->ent != NONE && dc &&
                  dc->type == CH_COUNTRY && dc->country && ac->lx->country &&
                  !strcmp(ac->lx->country, dc->country);
      if ((!ac || known) && !pc && (ak->flags & TF_ALLCAPS) &&
          (known || !kg_ctx_has(c, i + 1, LX_WORD | LX_COUNTRY)) &&
          kg_ctx_is(c, i - 1, "military") && is_cap(c, i - 1) && dc && dc->type == CH_COUNTRY &&
          dc->demonym && dc->end == i - 1) {
        /* (the known body's entity by value: make_inst may move ac) */
        size_t known_ent = known ? ac->ent : NONE;
        size_t chx = make_inst(c, dc->first, i, s, "armed_forces");
        size_t ent = c->ch[chx].ent;
        if (ent != NONE && known && ent != known_ent) {
          c->insts[ent].same_as = known_ent;
        } else if (ent != NONE && !c->insts[ent].acronym) {
          c->insts[ent].acronym = kg_xstrndup(at, ak->len);
          size_t ax = kg_ctx_add_chunk(c, CH_INST, i + 1, i + 2, s);
          c->ch[ax].ent = ent;
        }
      }
      continue;
    }
    /* an office's abbreviation: "External Affairs Minister (EAM)" */
    if (kg_ctx_title(c, i - 1)) continue;
    /* or an office "of" a body: "The Chief of Defence Forces (CDF),
     * General X", "Inspector General of Police (IGP)" */
    if (a + 2 < i && is_cap(c, a) && kg_ctx_title(c, a) && !kg_ctx_has(c, a, LX_ORGHEAD) &&
        kg_ctx_is(c, a + 1, "of"))
      continue;
    /* agreements, laws, plans and events are no bodies: "Reciprocal Access
     * Agreement (RAA)", "Belt and Road Initiative (BRI)" */
    if (instrument_word(c, i - 1)) continue;
    char *acr = kg_xstrndup(at, ak->len);
    /* already an institution (the phrase finder's)? */
    kg_chunk *ch = kg_ctx_chunk_at(c, i - 1);
    size_t ent = NONE;
    /* (the acronym spells words before a comma the phrase finder left out:
     * the body is the whole, the part names the same body) */
    int before = 0;
    if (ch && ch->type == CH_INST && ch->end == i && a < ch->first && ch->ent != NONE) {
      int clear = 1, comma = 0;
      for (size_t q = a; q < ch->first; q++) {
        clear = clear && !covered(c, q);
        comma |= kg_ctx_punct(c, q, ',');
      }
      before = clear && comma;
    }
    if (before) {
      size_t old = ch->ent, f0 = ch->first;
      for (size_t q = f0; q < i; q++) c->tok_ch[q] = -1;
      size_t chx = make_inst(c, a, i, s, NULL);
      ent = c->ch[chx].ent;
      if (ent != NONE && ent != old && c->insts[old].same_as == NONE) c->insts[old].same_as = ent;
    } else if (ch && ch->type == CH_INST) {
      ent = ch->ent;
    } else if (ch && ch->type == CH_TITLE) {
      free(acr);
      continue; /* an office's abbreviation: "External Affairs Minister (EAM)" */
    } else {
      int clear = 1;
      for (size_t q = a; q < i; q++)
        if (covered(c, q) && c->ch[c->tok_ch[q]].type != CH_COUNTRY) clear = 0;
      if (!clear) {
        free(acr);
        continue;
      }
      /* a country's name stays in the body's name ("Kenya Medical Research
       * Institute"); a demonym first gives its country ("Chinese People's
       * Political Consultative Conference") */
      for (size_t q = a; q < i; q++)
        if (covered(c, q) && !(c->ch[c->tok_ch[q]].demonym && c->ch[c->tok_ch[q]].first == a))
          c->tok_ch[q] = -1;
      size_t chx = make_inst(c, a, i, s, NULL);
      ent = c->ch[chx].ent;
    }
    /* the acronym of a known organisation: the words before name it too,
     * unless the known body has another long form ("Armed Forces of the
     * Philippines (AFP)" is no news agency): then the acronym is this
     * body's here */
    kg_chunk *ac = kg_ctx_chunk_at(c, i + 1);
    if (ac && ac->type == CH_INST && ac->lx && (ac->lx->kinds & LX_ORG) && ac->ent != NONE) {
      const kg_chunk *pc = kg_ctx_chunk_at(c, i - 1);
      if (!pc || known_names_span(c, ac, pc->first, pc->end)) {
        if (ac->ent != ent) c->insts[ent].same_as = ac->ent;
        free(acr);
        continue;
      }
      size_t uses = 0;
      for (size_t q = 0; q < c->n_ch; q++) uses += c->ch[q].type == CH_INST && c->ch[q].ent == ac->ent;
      /* (a national body the lexicon knows under another spelling, of the
       * same country: "Islamic Revolution Guards Corps (IRGC)" is the
       * known "Islamic Revolutionary Guard Corps", whose earlier mentions
       * ("IRGC commander warns") join the text's spelling) */
      const kg_xinst *kx = &c->insts[ac->ent], *tx = &c->insts[ent];
      int national = ac->lx->country && kx->country && ac->lx->orgkind &&
                     strcmp(ac->lx->orgkind, "media") &&
                     (tx->country ? !strcmp(tx->country, kx->country)
                                  : tx->kind && kx->kind && !strcmp(tx->kind, kx->kind));
      if ((uses == 1 || national) && ac->ent != ent) c->insts[ac->ent].same_as = ent;
    }
    if (!c->insts[ent].acronym) c->insts[ent].acronym = acr;
    else free(acr);
    size_t chx = kg_ctx_add_chunk(c, CH_INST, i + 1, i + 2, s);
    c->ch[chx].ent = ent;
  }
}

/* Later bare mentions of an acronym introduced earlier ("According to ISPR"). */
static void acronym_mentions(kg_ctx *c, size_t s) {
  size_t first = c->sents[s].first, end = c->sents[s].end;
  /* the bodies before the first with an acronym match nothing: start
   * there, and not at all when no body has one */
  size_t x0 = 0;
  while (x0 < c->n_insts && !c->insts[x0].acronym) x0++;
  if (x0 == c->n_insts) return;
  for (size_t i = first; i < end; i++) {
    if (covered(c, i) || !is_word(c, i)) continue;
    const kg_token *k = &c->tk.v[i];
    if (k->nlet < 2) continue;
    for (size_t x = x0; x < c->n_insts; x++) {
      const char *a = c->insts[x].acronym;
      if (a && a[0] == c->text[k->off] && strlen(a) == k->len &&
          !memcmp(a, c->text + k->off, k->len)) {
        size_t chx = kg_ctx_add_chunk(c, CH_INST, i, i + 1, s);
        c->ch[chx].ent = x;
        break;
      }
    }
  }
}

/* Unknown acronyms that the text uses as organisations: "Chief Secretary
 * of KPT", "Polish Radio's IAR news agency", "a DOD release". */
static void caps_orgs(kg_ctx *c, size_t s) {
  size_t first = c->sents[s].first, end = c->sents[s].end;
  for (size_t i = first; i < end; i++) {
    if (covered(c, i) || !is_word(c, i)) continue;
    const kg_token *k = &c->tk.v[i];
    if (!(k->flags & TF_ALLCAPS) || k->nlet < 2 || k->nlet > 6 || (k->flags & TF_INITIALS))
      continue;
    if (kg_ctx_has(c, i, LX_TITLE | LX_RANK | LX_HONORIFIC | LX_WORD | LX_NONNAME | LX_GIVEN))
      continue;
    /* a headline in capitals is not a row of acronyms */
    if ((i > first && (c->tk.v[i - 1].flags & TF_ALLCAPS) && c->tk.v[i - 1].nlet > 1) ||
        (i + 1 < end && (c->tk.v[i + 1].flags & TF_ALLCAPS) && c->tk.v[i + 1].nlet > 1))
      continue;
    int of_before = i > first + 1 && kg_ctx_is(c, i - 1, "of") &&
                    kg_ctx_chunk_at(c, i - 2) && kg_ctx_chunk_at(c, i - 2)->type == CH_TITLE;
    int of_title = i > first && kg_ctx_is(c, i - 1, "of") && kg_ctx_title(c, i - 2);
    int agency = (kg_ctx_is(c, i + 1, "news") && kg_ctx_is(c, i + 2, "agency")) ||
                 kg_ctx_is(c, i + 1, "agency") || kg_ctx_is(c, i + 1, "ministry");
    if (of_before || of_title || agency) {
      make_inst(c, i, i + 1, s, agency ? "media" : NULL);
      continue;
    }
    /* "Director, Office of International Health Relations, MOH.": an
     * acronym closing a body's line of address is the body it belongs to,
     * national as that body is */
    if (i >= first + 2 && kg_ctx_punct(c, i - 1, ',') && i + 1 < c->tk.n &&
        (kg_ctx_punct(c, i + 1, '.') || i + 1 == end) && !kg_ctx_has(c, i, LX_COUNTRY)) {
      kg_chunk *pc = kg_ctx_chunk_at(c, i - 2);
      if (pc && pc->type == CH_INST && pc->ent != NONE && pc->end == i - 1 && !pc->lx) {
        size_t prev = pc->ent;
        size_t ent = make_inst_ent(c, i, i + 1, s, NULL);
        if (ent != prev) {
          if (c->insts[prev].parent == NONE) c->insts[prev].parent = ent;
          if (c->insts[prev].domestic && !c->insts[ent].country) c->insts[ent].domestic = 1;
        }
      }
    }
  }
}

/* Is word i one media outlet's name written as one word, a prefix and a
 * capitalised media word ("MercoPress", "AzerNEWS", "NewsAsia" does not
 * count: the media word must not come first)? */
static int camel_media(const kg_ctx *c, size_t i) {
  static const char *const media[] = {"press", "news", "times", "post", "daily", "media",
                                      "tv", "radio", "online", NULL};
  const kg_token *k = &c->tk.v[i];
  const char *t = c->text + k->off;
  if (k->len < 5 || k->len > 24 || !(k->flags & TF_CAP) || (k->flags & TF_ALLCAPS)) return 0;
  for (size_t p = 2; p + 2 <= k->len; p++) {
    if (!(t[p] >= 'A' && t[p] <= 'Z') || !(t[p - 1] >= 'a' && t[p - 1] <= 'z')) continue;
    for (int q = 0; media[q]; q++) {
      size_t n = strlen(media[q]), z;
      if (p + n > k->len) continue;
      for (z = 0; z < n && (t[p + z] | 0x20) == media[q][z]; z++) {}
      if (z == n && (p + n == k->len || (t[p + n] >= 'A' && t[p + n] <= 'Z'))) return 1;
    }
  }
  return 0;
}

/* A capitalised word with a web domain ("News.Az", "Report.az", one token
 * since the tokenizer keeps a domain's label): a news site's name. */
static int web_name(const kg_ctx *c, size_t i) {
  const kg_token *k = &c->tk.v[i];
  if (!(k->flags & TF_CAP) || (k->flags & TF_INITIALS) || k->len < 5) return 0;
  return memchr(c->text + k->off + 1, '.', k->len - 1) != NULL;
}

/* Is word i a state body's name written as one word, a country or demonym
 * and a capitalised organisation word ("FinnishGovernment" in a photo
 * credit, "KenyaPolice")? Returns the head's entry and the country in
 * *country, else NULL. */
static const kg_lexent *camel_body(const kg_ctx *c, size_t i, const char **country) {
  const kg_token *k = &c->tk.v[i];
  const char *t = c->text + k->off;
  if (k->len < 8 || k->len > 40 || !(k->flags & TF_CAP) || (k->flags & TF_ALLCAPS)) return NULL;
  size_t p = 0;
  for (size_t q = 1; q < k->len; q++) {
    int up = t[q] >= 'A' && t[q] <= 'Z', low = t[q] >= 'a' && t[q] <= 'z';
    if (!up && !low) return NULL;
    if (up && t[q - 1] >= 'a' && t[q - 1] <= 'z') {
      if (p) return NULL; /* one join only */
      p = q;
    } else if (up) {
      return NULL;
    }
  }
  if (p < 4 || k->len - p < 4) return NULL;
  char key[41];
  for (size_t q = 0; q < k->len; q++) key[q] = (char)(t[q] | 0x20);
  const kg_lexent *cn = kg_lex_get(c->lex, key, p);
  const kg_lexent *hd = kg_lex_get(c->lex, key + p, k->len - p);
  if (!cn || !(cn->kinds & (LX_COUNTRY | LX_DEMONYM)) || !kg_ctx_country_of(cn) || !hd ||
      !(hd->kinds & LX_ORGHEAD))
    return NULL;
  *country = kg_ctx_country_of(cn);
  return hd;
}

/* News agencies and companies named in source frames: "TurkicWorld
 * reports", "By Azernews" (a one-word byline), "Source: MoD of RK Press",
 * and lists after "companies such as". */
static void source_orgs(kg_ctx *c, size_t s) {
  size_t first = c->sents[s].first, end = c->sents[s].end;
  /* "MercoPress", "AzerNEWS": a media word inside one word; not an
   * account's handle ("follow AzerNEWS on Twitter @AzerNewsAz": the handle
   * names no body of its own) */
  for (size_t i = first; i < end; i++)
    if (!covered(c, i) && is_word(c, i) && (camel_media(c, i) || web_name(c, i)) &&
        !(i > 0 && kg_ctx_punct(c, i - 1, '@') && !(c->tk.v[i].flags & TF_SPACE)))
      make_inst(c, i, i + 1, s, "media");
  /* "Photo by FinnishGovernment": a state body's name as one word, of the
   * state it names (not of the home country) */
  for (size_t i = first; i < end; i++) {
    const char *country = NULL;
    const kg_lexent *hd;
    if (covered(c, i) || !is_word(c, i) || (i > 0 && kg_ctx_punct(c, i - 1, '@')) ||
        !(hd = camel_body(c, i, &country)))
      continue;
    size_t chx = make_inst(c, i, i + 1, s, hd->orgkind);
    size_t ent = c->ch[chx].ent;
    c->ch[chx].country = country;
    if (ent != NONE && !c->insts[ent].country) c->insts[ent].country = country;
  }
  /* X reports / reported */
  for (size_t i = first; i + 1 < end; i++) {
    if (covered(c, i) || !is_cap(c, i)) continue;
    if (!(kg_ctx_is(c, i + 1, "reports") || kg_ctx_is(c, i + 1, "reported")))
      continue;
    if (i > first && is_cap(c, i - 1) && !covered(c, i - 1)) continue;
    if (kg_ctx_has(c, i, LX_NONNAME | LX_TITLE | LX_WORD)) continue;
    make_inst(c, i, i + 1, s, "media");
  }
  /* By X / Source: X at the start of a line */
  if (end - first >= 2 && (c->tk.v[first].flags & (TF_NEWLINE | TF_PARA) ||
                           first == 0 || c->skip[first - 1])) {
    int by = kg_ctx_is(c, first, "by");
    int src = kg_ctx_is(c, first, "source") && kg_ctx_punct(c, first + 1, ':');
    size_t a = first + (src ? 2 : 1);
    if ((by || src) && a < end && is_cap(c, a) && !covered(c, a)) {
      size_t b = a;
      while (b < end && (is_cap(c, b) || (b > a && connector(c, b) && is_cap(c, b + 1))) &&
             !covered(c, b))
        b++;
      if (src || (by && b == a + 1 && !kg_ctx_has(c, a, LX_GIVEN)))
        make_inst(c, a, b, s, "media");
    }
  }
  /* a dateline's agency: "Montevideo, March 5 (MercoPress) -", "ANKARA
   * (AA) -": a line that opens with a place and date, then one to three
   * capitalised words in parentheses */
  if (c->tk.v[first].flags & (TF_NEWLINE | TF_PARA) || first == 0 || c->skip[first - 1]) {
    size_t q = first;
    int placed = 0; /* a place or date: a dateline, not "Bob Casey (R-Pa.)" */
    while (q < end && q < first + 10 && !kg_ctx_punct(c, q, '(')) {
      kg_chunk *ch = kg_ctx_chunk_at(c, q);
      int ok = ch ? (ch->type == CH_DATE || ch->type == CH_PLACE || ch->type == CH_COUNTRY)
                  : (c->tk.v[q].kind == TK_NUM || kg_ctx_punct(c, q, ',') ||
                     kg_ctx_punct(c, q, '.') || (is_cap(c, q) && !kg_ctx_has(c, q, LX_WORD)));
      if (!ok) break;
      placed |= ch != NULL;
      q = ch ? ch->end : q + 1;
    }
    size_t a = q + 1, b = a;
    while (b < end && b < a + 3 && is_cap(c, b) && !covered(c, b) &&
           !kg_ctx_has(c, b, LX_WORD | LX_GIVEN | LX_TITLE | LX_NONNAME))
      b++;
    if (placed && q < end && kg_ctx_punct(c, q, '(') && b > a && b < end &&
        kg_ctx_punct(c, b, ')') && c->tk.v[a].nlet >= 2)
      make_inst(c, a, b, s, "media");
  }
  /* "the Rheinmetall company", "defence firm Baykar": a name the noun
   * "company" or "firm" stands beside. The name's words are no ordinary
   * words, names, offices, dates or places (bounded to three). */
  for (size_t i = first; i < end; i++) {
    if (!is_word(c, i) || !(c->tk.v[i].flags & TF_LOWER) ||
        !(kg_ctx_is(c, i, "company") || kg_ctx_is(c, i, "firm")))
      continue;
    size_t a = NONE, b = NONE;
    if (i >= first + 2) { /* "the X company" */
      size_t q = i;
      while (q > first && q + 3 > i && is_cap(c, q - 1)) q--;
      if (q < i && q > first && kg_ctx_is(c, q - 1, "the")) a = q, b = i;
    }
    if (a == NONE && i > first && i + 1 < end &&
        ((c->tk.v[i - 1].flags & TF_LOWER) ||
         (i - 1 == first && kg_ctx_has(c, i - 1, LX_WORD))) && /* "Law firm X" */
        !kg_ctx_is(c, i - 1, "the") && !kg_ctx_is(c, i - 1, "a")) { /* "firm X" */
      size_t q = i + 1;
      while (q < end && q < i + 4 && is_cap(c, q)) q++;
      if (q > i + 1 && (q == end || !is_cap(c, q))) a = i + 1, b = q;
    }
    if (a == NONE) continue;
    int ok = 1;
    for (size_t q = a; q < b && ok; q++)
      ok = !covered(c, q) &&
           !kg_ctx_has(c, q, LX_WORD | LX_GIVEN | LX_TITLE | LX_RANK | LX_HONORIFIC | LX_DOMAIN |
                                 LX_ORGHEAD | LX_NONNAME | LX_COUNTRY | LX_SPEECH) &&
           kg_weekday_of(ctx_key(c, q)) < 0 && !kg_ctx_month_name(c, q, end);
    if (ok) make_inst(c, a, b, s, "company");
  }
  /* companies such as A, B, C and D */
  for (size_t i = first; i + 2 < end; i++) {
    if (!kg_ctx_is(c, i, "such") || !kg_ctx_is(c, i + 1, "as")) continue;
    if (i == first) continue;
    const char *noun = ctx_key(c, i - 1);
    if (strcmp(noun, "companies") && strcmp(noun, "firms") &&
        strcmp(noun, "organizations") && strcmp(noun, "organisations") &&
        strcmp(noun, "agencies") && strcmp(noun, "banks") &&
        strcmp(noun, "corporations") && strcmp(noun, "sector")) {
      /* "companies operating in the energy sector, such as" */
      int found = 0;
      for (size_t q = first; q < i; q++)
        if (kg_ctx_is(c, q, "companies") || kg_ctx_is(c, q, "firms")) found = 1;
      if (!found) continue;
    }
    size_t j = i + 2;
    while (j < end) {
      if (kg_ctx_punct(c, j, ',') || kg_ctx_is(c, j, "and")) {
        j++;
        continue;
      }
      if (!is_cap(c, j)) break;
      kg_chunk *ch = kg_ctx_chunk_at(c, j);
      if (ch) {
        j = ch->end;
        continue;
      }
      size_t b = j;
      while (b < end && is_cap(c, b) && !covered(c, b)) b++;
      make_inst(c, j, b, s, "company");
      j = b;
    }
  }
}

/* Core words of an institution (its key without the "institution:" prefix
 * and country), as folded tokens. */
static size_t core_tokens(const char *core, char out[][24], size_t max) {
  kg_buf b = KG_BUF_INIT;
  kg_slug_append(&b, core, strlen(core));
  size_t n = 0;
  const char *p = b.ptr ? b.ptr : "";
  while (*p && n < max) {
    const char *e = strchr(p, '-');
    size_t len = e ? (size_t)(e - p) : strlen(p);
    if (len > 23) len = 23; /* cut to fit, as before */
    memcpy(out[n], p, len);
    out[n++][len] = '\0';
    if (!e) break;
    p = e + 1;
  }
  kg_buf_free(&b);
  return n;
}

/* An institution's core tokens (core_tokens), made once for the pairwise
 * comparisons of kg_finish_institutions and remembered with the core
 * string they were made of: a merge may swap two bodies' cores, and a
 * token list whose string is no longer its body's is made again. */
typedef struct {
  const char *core; /* the string the tokens are of; NULL: not made */
  size_t n;
  char t[16][24];
} core_toks;

static const core_toks *toks_of(core_toks *cache, const kg_xinst *x, size_t i) {
  core_toks *ct = &cache[i];
  if (!ct->core || ct->core != x->core) {
    ct->core = x->core;
    ct->n = core_tokens(x->core, ct->t, 16);
  }
  return ct;
}

/* Is a's core a proper suffix of b's ("Military Academy" of "Armed Forces
 * Military Academy")? */
static int core_suffix(const core_toks *a, const core_toks *b) {
  size_t na = a->n, nb = b->n;
  if (na < 2 || na >= nb) return 0;
  for (size_t i = 0; i < na; i++)
    if (strcmp(a->t[na - 1 - i], b->t[nb - 1 - i])) return 0;
  /* "Armed Forces" is not "Ministry of Armed Forces": a complement names
   * another body */
  const char *w = b->t[nb - na - 1];
  return strcmp(w, "of") && strcmp(w, "for") && strcmp(w, "the");
}

/* Is a's core a proper prefix of b's ("Cabinet" of "Cabinet of Ministers",
 * both of one country)? */
static int core_prefix(const core_toks *a, const core_toks *b) {
  size_t na = a->n, nb = b->n;
  if (na < 1 || na >= nb) return 0;
  for (size_t i = 0; i < na; i++)
    if (strcmp(a->t[i], b->t[i])) return 0;
  return 1;
}

/* Is b's core a's followed only by words that name no body of their own,
 * the generic heads of an agency or an outlet ("Kazinform" and "Kazinform
 * News Agency", "Tasnim" and "Tasnim News")? Ministries never come here. */
static int generic_tail(const core_toks *a, const core_toks *b) {
  static const char *const heads[] = {"news", "agency", "press", "information", "newspaper",
                                      "media", "tv", "television", "radio", "portal",
                                      "website", "online", NULL};
  size_t na = a->n, nb = b->n;
  if (na < 1 || na >= nb || nb > 15) return 0;
  for (size_t i = 0; i < na; i++)
    if (strcmp(a->t[i], b->t[i])) return 0;
  /* the shorter name must be a name, not itself a generic word */
  for (size_t h = 0; heads[h]; h++)
    if (na == 1 && !strcmp(a->t[0], heads[h])) return 0;
  for (size_t i = na; i < nb; i++) {
    int generic = 0;
    for (size_t h = 0; heads[h] && !generic; h++) generic = !strcmp(b->t[i], heads[h]);
    if (!generic) return 0;
  }
  return 1;
}

/* The country another body of the same core name has from the text, when
 * one only does: for insts[i], a national body the text names without its
 * country. Ministries and one-word names ("Army", "Parliament") are every
 * country's and take none. */
static const char *named_country(const kg_ctx *c, size_t i) {
  const kg_xinst *x = &c->insts[i];
  if (x->ministry || !strchr(x->core, ' ')) return NULL;
  const char *found = NULL;
  for (size_t j = 0; j < c->n_insts && j < 256; j++) {
    const kg_xinst *y = &c->insts[j];
    if (j == i || !y->core || !y->country || y->home_country || y->shared[0] ||
        strcmp(y->core, x->core))
      continue;
    if (found && found != y->country) return NULL;
    found = y->country;
  }
  return found;
}

void kg_finish_institutions(kg_ctx *c) {
  size_t *to = kg_xmalloc((c->n_insts + 1) * sizeof *to);
  for (size_t i = 0; i < c->n_insts; i++) {
    kg_xinst *x = &c->insts[i];
    to[i] = i;
    if (!x->core) continue;
    if (!x->country && x->shared[0]) {
      /* "Korean": the home's Korea if it is one, else neither (the body
       * stays in its document, with no country) */
      if (c->home && (!strcmp(c->home, x->shared[0]) || !strcmp(c->home, x->shared[1])))
        x->country = c->home;
      else
        x->domestic = 1;
    } else if (!x->country && x->domestic && c->home) {
      /* "India's Border Security Force ... the Border Security Force
       * delegation": the one country the text gave that name (not a
       * ministry or a body of one word, which every country has) */
      const char *named = named_country(c, i);
      x->country = named ? named : c->home;
      x->home_country = !named;
    }
    char *key = inst_key(c, x->core, x->country);
    if (!x->country && x->domestic) {
      /* unknown country: the body stays in its document, so that two
       * countries' "Defence Ministry" never merge */
      kg_buf k2 = KG_BUF_INIT;
      kg_buf_printf(&k2, "%s~", key);
      kg_slug_append(&k2, c->doc_id, strlen(c->doc_id));
      free(key);
      key = kg_buf_detach(&k2);
    }
    free(x->key);
    x->key = key;
    if (x->ministry) {
      add_form(&x->forms, &x->nforms, &x->cap_forms, x->label);
      free(x->label);
      kg_buf l = KG_BUF_INIT;
      kg_buf_puts(&l, x->core);
      if (x->country) kg_buf_printf(&l, " (%s)", x->country);
      x->label = kg_buf_detach(&l);
    }
  }
  /* a body the text names as another ("Intergovernmental Authority on
   * Development (IGAD)", IGAD a known organisation) */
  for (size_t i = 0; i < c->n_insts; i++) {
    kg_xinst *x = &c->insts[i];
    if (x->same_as == NONE || x->same_as == i) continue;
    kg_xinst *y = &c->insts[x->same_as];
    for (size_t k = 0; k < x->nforms; k++)
      add_form(&y->forms, &y->nforms, &y->cap_forms, x->forms[k]);
    to[i] = x->same_as;
  }
  /* "the Russian Security Council ... the Security Council press service":
   * an international body the text names only by a generic form that is
   * the core name of a national body named before it is that body */
  for (size_t i = 0; i < c->n_insts; i++) {
    kg_xinst *x = &c->insts[i];
    if (to[i] != i || x->country || !x->kind || strcmp(x->kind, "international") ||
        !x->nforms)
      continue;
    for (size_t j = 0; j < c->n_insts; j++) {
      kg_xinst *y = &c->insts[j];
      if (j == i || to[j] != j || !y->country || !y->core || y->home_country ||
          y->first_off >= x->first_off)
        continue;
      size_t k = 0;
      while (k < x->nforms && !strcmp(x->forms[k], y->core)) k++;
      if (k < x->nforms) continue;
      for (k = 0; k < x->nforms; k++)
        add_form(&y->forms, &y->nforms, &y->cap_forms, x->forms[k]);
      to[i] = j;
      break;
    }
  }
  /* one body under two keys (a form with and one without its country), or
   * a shorter form of a longer name of the same country */
  core_toks *toks = kg_xmalloc((c->n_insts + 1) * sizeof *toks);
  for (size_t i = 0; i < c->n_insts; i++) toks[i].core = NULL;
  for (size_t i = 0; i < c->n_insts; i++) {
    kg_xinst *x = &c->insts[i];
    if (to[i] != i) continue;
    for (size_t j = 0; j < i; j++) {
      kg_xinst *y = &c->insts[j];
      if (to[j] != j) continue;
      int same = !strcmp(x->key, y->key), outlet = 0;
      /* "finance ministry" and "Ministry of Economy and Finance" */
      if (!same && x->ministry && y->ministry &&
          (x->country == y->country || !x->country || !y->country)) {
        const core_toks *cx = toks_of(toks, x, i), *cy = toks_of(toks, y, j);
        size_t nx = cx->n, ny = cy->n;
        size_t inx = 0, iny = 0;
        for (size_t p = 0; p < nx; p++)
          for (size_t q = 0; q < ny; q++)
            if (!strcmp(cx->t[p], cy->t[q])) {
              inx++;
              break;
            }
        for (size_t q = 0; q < ny; q++)
          for (size_t p = 0; p < nx; p++)
            if (!strcmp(cx->t[p], cy->t[q])) {
              iny++;
              break;
            }
        same = inx == nx || iny == ny;
      }
      if (!same && x->core && y->core && x->country && x->country == y->country &&
          !x->ministry && !y->ministry && x->parent != j && y->parent != i &&
          (core_suffix(toks_of(toks, x, i), toks_of(toks, y, j)) ||
           core_suffix(toks_of(toks, y, j), toks_of(toks, x, i)) ||
           core_prefix(toks_of(toks, x, i), toks_of(toks, y, j)) ||
           core_prefix(toks_of(toks, y, j), toks_of(toks, x, i))))
        same = 1;
      /* "Kazinform" (a known agency of its country) and "Kazinform News
       * Agency" (a name the text alone gives, no country): one outlet */
      if (!same && x->core && y->core && !x->ministry && !y->ministry &&
          (x->country == y->country || !x->country || !y->country) &&
          (generic_tail(toks_of(toks, x, i), toks_of(toks, y, j)) ||
           generic_tail(toks_of(toks, y, j), toks_of(toks, x, i))))
        same = outlet = 1;
      if (!same) continue;
      /* keep the longer label (an outlet keeps its short name, the key
       * its other documents know it by) */
      kg_xinst *keep = y;
      for (size_t k = 0; k < x->nforms; k++)
        add_form(&keep->forms, &keep->nforms, &keep->cap_forms, x->forms[k]);
      int swap = outlet ? strlen(x->label) < strlen(keep->label)
                        : !keep->ministry && strlen(x->label) > strlen(keep->label);
      if (swap) {
        add_form(&keep->forms, &keep->nforms, &keep->cap_forms, keep->label);
        char *t = keep->label;
        keep->label = x->label;
        x->label = t;
        t = keep->key;
        keep->key = x->key;
        x->key = t;
        if (outlet) {
          t = keep->core;
          keep->core = x->core;
          x->core = t;
        }
      }
      if (outlet) {
        if (!keep->country) {
          keep->country = x->country;
          keep->home_country = x->home_country;
        }
        free(keep->key);
        keep->key = inst_key(c, keep->core, keep->country);
      }
      if (!keep->acronym && x->acronym) {
        keep->acronym = x->acronym;
        x->acronym = NULL;
      }
      to[i] = j;
      break;
    }
  }
  free(toks);
  /* a body named as another that merged in turn goes where that one went */
  for (size_t i = 0; i < c->n_insts; i++)
    for (size_t n = 0; to[to[i]] != to[i] && n < c->n_insts; n++) to[i] = to[to[i]];
  for (size_t i = 0; i < c->n_ch; i++)
    if (c->ch[i].type == CH_INST && c->ch[i].ent != NONE) c->ch[i].ent = to[c->ch[i].ent];
  for (size_t i = 0; i < c->n_insts; i++) {
    kg_xinst *x = &c->insts[i];
    if (x->parent != NONE) x->parent = to[x->parent];
    x->merged = to[i] != i;
  }
  for (size_t i = 0; i < c->n_people; i++)
    if (c->people[i].inst != NONE) c->people[i].inst = to[c->people[i].inst];
  free(to);
}

void kg_find_institutions(kg_ctx *c, size_t s) {
  known_orgs(c, s);
  compound_orgs(c, s);
  acronym_mentions(c, s);
  lower_orgs(c, s);
  title_offices(c, s);
  phrase_orgs(c, s);
  acronyms(c, s);
  caps_orgs(c, s);
  source_orgs(c, s);
}
