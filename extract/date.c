/* date.c - date expressions in English news text, resolved to ISO dates with
 * the precision the text supports (YYYY-MM-DD, YYYY-MM or YYYY), never
 * invented: "13 March 2019", "March 27, 2019", "From 21-23 March", "In
 * September 2021", "in the winter of 2014", "on Thursday", "today",
 * "last week", "22/11/2023", "2019-12-05". */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "extract/internal.h"

static const char *const months[] = {
    "january", "february", "march",     "april",   "may",      "june",
    "july",    "august",   "september", "october", "november", "december"};
static const char *const mon3[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                   "jul", "aug", "sep", "oct", "nov", "dec"};
static const char *const days[] = {"monday", "tuesday",  "wednesday", "thursday",
                                   "friday", "saturday", "sunday"};
static const char *const day3[] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};

/* The first three letters of key and s agree (every abbreviation is the
 * first three letters of its name): cheap, before any strcmp. */
static int prefix3(const char *key, const char *s) {
  return key[0] == s[0] && key[1] == s[1] && key[2] == s[2];
}

/* Is letter c (folded) the first letter of any of `names`' words? A bit per
 * letter: most capitalised words are rejected at once. */
static uint32_t letter_bit(char c) {
  return c >= 'a' && c <= 'z' ? 1u << (c - 'a') : 0;
}
#define LB(c) (1u << ((c) - 'a'))
/* j f m a s o n d */
#define MONTH_LETTERS (LB('j') | LB('f') | LB('m') | LB('a') | LB('s') | LB('o') | LB('n') | LB('d'))
/* m t w f s */
#define DAY_LETTERS (LB('m') | LB('t') | LB('w') | LB('f') | LB('s'))

int kg_month_of(const char *key) {
  if (!(letter_bit(key[0]) & MONTH_LETTERS)) return 0;
  for (int i = 0; i < 12; i++)
    if (prefix3(key, mon3[i]) &&
        (strcmp(key, months[i]) == 0 || strcmp(key, mon3[i]) == 0 ||
         (i == 8 && strcmp(key, "sept") == 0)))
      return i + 1;
  return 0;
}

int kg_weekday_of(const char *key) {
  if (!(letter_bit(key[0]) & DAY_LETTERS)) return -1;
  for (int i = 0; i < 7; i++)
    if (prefix3(key, day3[i]) &&
        (strcmp(key, days[i]) == 0 || strcmp(key, day3[i]) == 0 ||
         (i == 1 && strcmp(key, "tues") == 0) ||
         (i == 3 && (strcmp(key, "thur") == 0 || strcmp(key, "thurs") == 0))))
      return i;
  return -1;
}

static int leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

static int mdays(int y, int m) {
  static const int d[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && leap(y) ? 29 : d[m - 1];
}

static int valid(kg_date d) {
  if (d.y < 1000 || d.y > 2999) return 0;
  if (d.m == 0) return d.d == 0;
  if (d.m < 1 || d.m > 12) return 0;
  return d.d == 0 || (d.d >= 1 && d.d <= mdays(d.y, d.m));
}

/* v (0 <= v < 10^n) as n digits with leading zeros, as "%0*d" prints it. */
static void put_digits(char *p, int v, int n) {
  for (int k = n - 1; k >= 0; k--) {
    p[k] = (char)('0' + v % 10);
    v /= 10;
  }
}

void kg_date_format(kg_date d, char *buf) {
  /* what snprintf "%04d-%02d-%02d" made, without it (it is called for
   * every event and document) */
  memset(buf, 0, 11);
  if (d.y <= 0 || d.y > 9999) return;
  put_digits(buf, d.y, 4);
  if (d.m < 1 || d.m > 12) return;
  buf[4] = '-';
  put_digits(buf + 5, d.m, 2);
  if (d.d < 1 || d.d > 31) return;
  buf[7] = '-';
  put_digits(buf + 8, d.d, 2);
}

int kg_date_parse_iso(const char *s, kg_date *out) {
  kg_date d = {0, 0, 0};
  int n = 0;
  size_t len = strlen(s);
  if (len == 4 && sscanf(s, "%4d%n", &d.y, &n) == 1 && n == 4) {
  } else if (len == 7 && sscanf(s, "%4d-%2d%n", &d.y, &d.m, &n) == 2 && n == 7) {
  } else if (len == 10 &&
             sscanf(s, "%4d-%2d-%2d%n", &d.y, &d.m, &d.d, &n) == 3 && n == 10) {
  } else {
    return -1;
  }
  if (!valid(d)) return -1;
  *out = d;
  return 0;
}

/* days since 1970-01-01 (proleptic Gregorian) */
static long days_from_civil(int y, int m, int d) {
  y -= m <= 2;
  long era = (y >= 0 ? y : y - 399) / 400;
  long yoe = y - era * 400;
  long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

static kg_date civil_from_days(long z) {
  z += 719468;
  long era = (z >= 0 ? z : z - 146096) / 146097;
  long doe = z - era * 146097;
  long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  long y = yoe + era * 400;
  long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  long mp = (5 * doy + 2) / 153;
  long d = doy - (153 * mp + 2) / 5 + 1;
  long m = mp + (mp < 10 ? 3 : -9);
  kg_date r = {(int)(y + (m <= 2)), (int)m, (int)d};
  return r;
}

int kg_date_weekday(kg_date d) {
  long z = days_from_civil(d.y, d.m, d.d);
  /* 1970-01-01 was a Thursday (3 with Monday = 0) */
  long w = (z + 3) % 7;
  return (int)(w < 0 ? w + 7 : w);
}

kg_date kg_date_add_days(kg_date d, int days_) {
  return civil_from_days(days_from_civil(d.y, d.m, d.d) + days_);
}

/* ---- token patterns --------------------------------------------------------- */

static const char *tok(const kg_tokens *t, size_t i) { return kg_tok_key(t, i); }

/* Is token i's key `key`? The key length decides most cases without a
 * comparison (inline, so strlen of a literal is a constant). */
static KG_ALWAYS_INLINE int key_is(const kg_tokens *t, size_t i, const char *key) {
  size_t n = strlen(key);
  return t->v[i].keylen == n && memcmp(tok(t, i), key, n) == 0;
}

static int is_punct(const kg_tokens *t, const char *text, size_t i, char c) {
  return t->v[i].kind == TK_PUNCT && text[t->v[i].off] == c;
}

/* A plain number token 1..31 (or a range "21-23": its first day). */
static int day_num(const kg_tokens *t, size_t i) {
  if (t->v[i].kind != TK_NUM) return 0;
  const char *k = tok(t, i);
  char *end;
  long v = strtol(k, &end, 10);
  if (end == k || v < 1 || v > 31) return 0;
  if (*end == '-') {
    char *e2;
    long v2 = strtol(end + 1, &e2, 10);
    if (*e2 || v2 < v || v2 > 31) return 0;
  } else if (!strcmp(end, "st") || !strcmp(end, "nd") || !strcmp(end, "rd") ||
             !strcmp(end, "th")) {
  } else if (*end) {
    return 0;
  }
  return (int)v;
}

static int year_num(const kg_tokens *t, size_t i) {
  if (t->v[i].kind != TK_NUM || t->v[i].keylen != 4) return 0;
  const char *k = tok(t, i);
  for (int j = 0; j < 4; j++)
    if (k[j] < '0' || k[j] > '9') return 0;
  int y = atoi(k);
  return y >= 1900 && y <= 2100 ? y : 0;
}

static int month_tok(const kg_tokens *t, size_t i) {
  if (t->v[i].kind != TK_WORD || !(t->v[i].flags & TF_CAP)) return 0;
  return kg_month_of(tok(t, i));
}

/* Skip one '.' or ',' at j (returns the next index). */
static size_t skip_sep(const kg_tokens *t, const char *text, size_t j,
                       size_t end) {
  if (j < end && (is_punct(t, text, j, '.') || is_punct(t, text, j, ',')))
    return j + 1;
  return j;
}

/* Year for a month/day given without one: the reference year, one less when
 * the month lies well after the reference month (news reports the past). */
static int infer_year(kg_date ref, int m) {
  if (ref.y <= 0) return 0;
  if (ref.m && m > ref.m + 2) return ref.y - 1;
  return ref.y;
}

static size_t numeric_date(const kg_tokens *t, size_t i, kg_date *out) {
  if (t->v[i].kind != TK_NUM) return 0;
  const char *k = tok(t, i);
  kg_date d = {0, 0, 0};
  int n = 0;
  size_t len = t->v[i].keylen;
  /* year first: "2023-03-12", "2023/03/12", and an ISO timestamp's date
   * ("2023-03-12T10:35:00", whose time the tokenizer keeps in the token) */
  if (len >= 10 && (len == 10 || k[10] == 't') && k[4] == k[7] &&
      (k[4] == '-' || k[4] == '/' || k[4] == '.') &&
      sscanf(k, "%4d%*c%2d%*c%2d%n", &d.y, &d.m, &d.d, &n) == 3 && n == 10) {
  } else if (len >= 8 && len <= 10) {
    /* day first, as written outside the United States: "22/11/2023",
     * "29/1/2024", "5/3/2024", "22.2.2024" (one or two digits for the day
     * and the month, the same separator twice); a month above 12 means the
     * writer put the month first */
    int v[3] = {0, 0, 0}, nd[3] = {0, 0, 0}, part = 0;
    char sep = 0;
    for (size_t x = 0; x < len; x++) {
      char ch = k[x];
      if (ch >= '0' && ch <= '9') {
        v[part] = v[part] * 10 + (ch - '0');
        nd[part]++;
      } else if ((ch == '/' || ch == '.' || ch == '-') && part < 2 && (!sep || ch == sep)) {
        sep = ch;
        part++;
      } else {
        return 0;
      }
    }
    if (part != 2 || nd[0] < 1 || nd[0] > 2 || nd[1] < 1 || nd[1] > 2 || nd[2] != 4) return 0;
    d.d = v[0];
    d.m = v[1];
    d.y = v[2];
    if (d.m > 12 && d.d <= 12) {
      int x = d.m;
      d.m = d.d;
      d.d = x;
    }
  } else {
    return 0;
  }
  if (!valid(d)) return 0;
  *out = d;
  return 1;
}

size_t kg_date_at(const kg_tokens *t, const char *text, size_t i, size_t end,
                  kg_date ref, kg_date *out) {
  if (i >= end) return 0;
  const kg_token *k = &t->v[i];
  kg_date d = {0, 0, 0};
  size_t j;
  /* fast rejects, the same answers as the patterns below: every pattern
   * starts on a number or a word, and a word that is not capitalised
   * (months and weekdays need a capital) only as "today", "yesterday",
   * "this", "next" or "last" */
  if (k->kind != TK_NUM && k->kind != TK_WORD) return 0;
  /* "mid-June", "early-July", "late-May" [2024] */
  if (k->kind == TK_WORD && ref.y && k->keylen > 6) {
    const char *w = tok(t, i);
    /* only the hyphenated forms below; most long words have no hyphen */
    const char *rest = !memchr(w, '-', k->keylen)  ? NULL
                       : !strncmp(w, "mid-", 4)     ? w + 4
                       : !strncmp(w, "early-", 6) ? w + 6
                       : !strncmp(w, "late-", 5)  ? w + 5
                                                  : NULL;
    int m = rest ? kg_month_of(rest) : 0;
    if (m) {
      size_t y_at = skip_sep(t, text, i + 1, end);
      int y = y_at < end ? year_num(t, y_at) : 0;
      kg_date x = {y ? y : infer_year(ref, m), m, 0};
      *out = x;
      return y ? y_at + 1 - i : 1;
    }
  }
  if (k->kind == TK_WORD && !(k->flags & TF_CAP)) {
    char c0 = tok(t, i)[0];
    if (!ref.y || (c0 != 't' && c0 != 'y' && c0 != 'l' && c0 != 'n' && c0 != 'a')) return 0;
  }
  /* a word from here on starts a date only as a weekday, a month or a
   * relative word (today, yesterday, last, this, next) */
  if (k->kind == TK_WORD &&
      !(letter_bit(tok(t, i)[0]) &
        (MONTH_LETTERS | DAY_LETTERS | LB('t') | LB('y') | LB('l') | LB('n'))))
    return 0;
  if (numeric_date(t, i, out)) return 1;

  /* weekday, optionally followed by a full date: "Wed., March 27, 2019" */
  if (k->kind == TK_WORD && (k->flags & TF_CAP)) {
    int wd = kg_weekday_of(tok(t, i));
    if (wd >= 0) {
      j = skip_sep(t, text, i + 1, end);
      j = skip_sep(t, text, j, end);
      /* "Tuesday (January 30)", "Thursday (22/2/2024)" */
      if (j < end && is_punct(t, text, j, '(')) j++;
      kg_date full;
      size_t n = j < end ? kg_date_at(t, text, j, end, ref, &full) : 0;
      if (n && full.d && kg_weekday_of(tok(t, j)) < 0) {
        *out = full;
        return j - i + n;
      }
      /* a short form before a capitalised word is a name ("Vice Minister
       * Sun Weidong"), not a weekday */
      if (strlen(tok(t, i)) <= 4 && i + 1 < end && t->v[i + 1].kind == TK_WORD &&
          (t->v[i + 1].flags & TF_CAP))
        return 0;
      if (ref.y && ref.m && ref.d) {
        /* "on Wednesday (6)" (Agência Brasil's day in brackets): the
         * Wednesday the 6th nearest the reference, before or after it */
        if (i + 3 < end && is_punct(t, text, i + 1, '(') && t->v[i + 2].kind == TK_NUM &&
            is_punct(t, text, i + 3, ')')) {
          int dn = day_num(t, i + 2);
          for (int off = 0; dn && off <= 10; off++)
            for (int sg = -1; sg <= 1; sg += 2) {
              kg_date x = kg_date_add_days(ref, sg * off);
              if (x.d == dn && kg_date_weekday(x) == wd) {
                *out = x;
                return 3;
              }
            }
        }
        int back = (kg_date_weekday(ref) - wd + 7) % 7;
        *out = kg_date_add_days(ref, -back);
        return 1;
      }
      return 0;
    }
  }

  /* Day Month [Year]: "13 March 2019", "5 September, 2021", "21-23 March" */
  int day = day_num(t, i);
  if (day && i + 1 < end) {
    j = i + 1;
    /* "5 and 6 March", "from 6 to 8 March": the first day, as "21-23
     * March" */
    if (j + 1 < end && (key_is(t, j, "and") || key_is(t, j, "to") || key_is(t, j, "until")) &&
        day_num(t, j + 1) > day && j + 2 < end && month_tok(t, j + 2))
      j += 2;
    if (j < end && t->v[j].kind == TK_WORD && !strcmp(tok(t, j), "of")) j++;
    int m = j < end ? month_tok(t, j) : 0;
    if (m) {
      j++;
      if (j < end && is_punct(t, text, j, '.')) j++;
      size_t y_at = skip_sep(t, text, j, end);
      int y = y_at < end ? year_num(t, y_at) : 0;
      d.d = day;
      d.m = m;
      if (y) {
        d.y = y;
        j = y_at + 1;
      } else {
        d.y = infer_year(ref, m);
      }
      if (!d.y) return 0;
      if (!valid(d)) return 0;
      *out = d;
      return j - i;
    }
  }

  /* "met on the 15th", "on the 3rd, in Hanoi" (Korean and Japanese
   * agencies' style): a day of the article's month, or of the month before
   * when the day is still to come; not "on the 15th anniversary" */
  if (day && i >= 2 && key_is(t, i - 1, "the") &&
      (key_is(t, i - 2, "on") || key_is(t, i - 2, "of")) && ref.y && ref.m && ref.d) {
    const char *dk = tok(t, i);
    size_t dl = strlen(dk);
    int ordinal = dl > 2 && !memchr(dk, '-', dl) &&
                  (!strcmp(dk + dl - 2, "st") || !strcmp(dk + dl - 2, "nd") ||
                   !strcmp(dk + dl - 2, "rd") || !strcmp(dk + dl - 2, "th"));
    static const char *const next_ok[] = {"in", "at", "with", "and", "during", "after",
                                          "before", "when", "while", "as", "to", NULL};
    int closed = i + 1 >= end || t->v[i + 1].kind == TK_PUNCT;
    for (const char *const *q = next_ok; !closed && *q; q++) closed = key_is(t, i + 1, *q);
    /* "on the 18th of this month" (EFE, Prensa Latina): that day of the
     * article's month */
    size_t len = 1;
    if (!closed && i + 3 < end && key_is(t, i + 1, "of") &&
        (key_is(t, i + 2, "this") || key_is(t, i + 2, "the")) && key_is(t, i + 3, "month") &&
        (i + 4 >= end || t->v[i + 4].kind == TK_PUNCT)) {
      closed = 1;
      len = 4;
    }
    for (const char *const *q = next_ok; !closed && i + 4 < end && *q; q++)
      if (key_is(t, i + 1, "of") && (key_is(t, i + 2, "this") || key_is(t, i + 2, "the")) &&
          key_is(t, i + 3, "month") && key_is(t, i + 4, *q)) {
        closed = 1;
        len = 4;
      }
    if (ordinal && closed) {
      kg_date x = {ref.y, ref.m, day};
      if (day > ref.d) {
        x.m = ref.m > 1 ? ref.m - 1 : 12;
        x.y = ref.m > 1 ? ref.y : ref.y - 1;
      }
      if (!valid(x)) return 0;
      *out = x;
      return len;
    }
  }

  /* Month Day[, Year] / Month Year / Month */
  int m = month_tok(t, i);
  if (m) {
    /* "May" and "March" are also words: require a number next to them,
     * or a preposition before, for a bare month */
    j = i + 1;
    if (j < end && is_punct(t, text, j, '.')) j++;
    int dd = j < end ? day_num(t, j) : 0;
    int y = j < end ? year_num(t, j) : 0;
    /* "February 20/2024" (the Ethiopian News Agency's dateline): the day,
     * a slash and the year in one number token */
    if (!dd && !y && j < end && t->v[j].kind == TK_NUM) {
      const char *k2 = tok(t, j);
      int dv = 0, yv = 0, nn = 0;
      if ((t->v[j].keylen == 6 || t->v[j].keylen == 7) &&
          sscanf(k2, "%2d/%4d%n", &dv, &yv, &nn) == 2 && (size_t)nn == t->v[j].keylen &&
          yv >= 1900 && yv <= 2100) {
        kg_date x = {yv, m, dv};
        if (valid(x)) {
          *out = x;
          return j + 1 - i;
        }
      }
    }
    if (dd && !y) {
      d.m = m;
      d.d = dd;
      j++;
      size_t y_at = skip_sep(t, text, j, end);
      int yy = y_at < end ? year_num(t, y_at) : 0;
      if (yy) {
        d.y = yy;
        j = y_at + 1;
      } else {
        d.y = infer_year(ref, m);
      }
      if (!d.y || !valid(d)) return 0;
      *out = d;
      return j - i;
    }
    if (y) {
      d.y = y;
      d.m = m;
      *out = d;
      return j + 1 - i;
    }
    if (i > 0) {
      const char *p = tok(t, i - 1);
      if (!strcmp(p, "in") || !strcmp(p, "since") || !strcmp(p, "until") ||
          !strcmp(p, "last") || !strcmp(p, "early") || !strcmp(p, "late") ||
          !strcmp(p, "mid")) {
        if (ref.y) {
          d.y = infer_year(ref, m);
          if (!strcmp(p, "last") && ref.m && m >= ref.m) d.y = ref.y - 1;
          d.m = m;
          *out = d;
          return 1;
        }
      }
    }
    return 0;
  }

  /* Year alone, after a preposition: "in 2017", "since 2004" */
  int y = year_num(t, i);
  if (y && i > 0) {
    const char *p = tok(t, i - 1);
    if (!strcmp(p, "in") || !strcmp(p, "since") || !strcmp(p, "of") ||
        !strcmp(p, "by") || !strcmp(p, "until") || !strcmp(p, "during")) {
      d.y = y;
      *out = d;
      return 1;
    }
    return 0;
  }

  /* "over the weekend", "last weekend", "this weekend": the month of the
   * last Saturday (which day is not said) */
  if (ref.y && ref.d && i + 1 < end && key_is(t, i + 1, "weekend") &&
      (key_is(t, i, "the") || key_is(t, i, "last") || key_is(t, i, "this"))) {
    int back = (kg_date_weekday(ref) - 5 + 7) % 7; /* 5: Saturday */
    kg_date x = kg_date_add_days(ref, -back);
    x.d = 0;
    *out = x;
    return 2;
  }
  /* "earlier in the week", "during the week": the month of the
   * article's week, like "this week"; not "in the week before/after/of/
   * to/leading ..." (another week) */
  if (ref.y && ref.d && i > 0 && i + 1 < end && key_is(t, i, "the") &&
      key_is(t, i + 1, "week") &&
      (key_is(t, i - 1, "in") || key_is(t, i - 1, "during")) &&
      !(i + 2 < end &&
        (key_is(t, i + 2, "before") || key_is(t, i + 2, "after") || key_is(t, i + 2, "of") ||
         key_is(t, i + 2, "to") || key_is(t, i + 2, "leading") || key_is(t, i + 2, "ending") ||
         key_is(t, i + 2, "that") || key_is(t, i + 2, "when") || key_is(t, i + 2, "since")))) {
    kg_date x = ref;
    x.d = 0;
    *out = x;
    return 2;
  }
  /* "three days ago" (that day), "a week ago", "two weeks ago" (its
   * month) */
  if (ref.y && ref.d && i + 2 < end && key_is(t, i + 2, "ago")) {
    static const char *const nw[] = {"a", "one", "two", "three", "four", "five", "six", NULL};
    int n = 0;
    if (k->kind == TK_NUM) n = atoi(tok(t, i));
    for (int q = 0; nw[q] && !n; q++)
      if (key_is(t, i, nw[q])) n = q ? q : 1;
    int in_days = key_is(t, i + 1, "day") || key_is(t, i + 1, "days");
    int weeks = key_is(t, i + 1, "week") || key_is(t, i + 1, "weeks");
    if (n > 0 && n < 15 && (in_days || weeks)) {
      kg_date x = kg_date_add_days(ref, -(weeks ? 7 * n : n));
      if (weeks) x.d = 0;
      *out = x;
      return 3;
    }
  }

  /* relative words */
  if (k->kind == TK_WORD && ref.y) {
    if (key_is(t, i, "today") && ref.d) {
      *out = ref;
      return 1;
    }
    if (key_is(t, i, "yesterday") && ref.d) {
      *out = kg_date_add_days(ref, -1);
      return 1;
    }
    /* "met last night", "last evening": the day before the reference */
    if (key_is(t, i, "last") && i + 1 < end &&
        (key_is(t, i + 1, "night") || key_is(t, i + 1, "evening")) && ref.d) {
      *out = kg_date_add_days(ref, -1);
      return 2;
    }
    /* "last week", "earlier this month", "next year": the week or month
     * as its month, the year as a year */
    int dir = key_is(t, i, "last")   ? -1
              : key_is(t, i, "this") ? 0
              : key_is(t, i, "next") ? 1
                                     : 2;
    if (dir != 2 && i + 1 < end && (dir ? ref.d : ref.m)) {
      kg_date x = {0, 0, 0};
      if (key_is(t, i + 1, "week")) {
        x = dir ? kg_date_add_days(ref, 7 * dir) : ref;
        x.d = 0;
      } else if (key_is(t, i + 1, "month")) {
        int pm = ref.m + dir;
        x.y = pm < 1 ? ref.y - 1 : pm > 12 ? ref.y + 1 : ref.y;
        x.m = pm < 1 ? 12 : pm > 12 ? 1 : pm;
      } else if (key_is(t, i + 1, "year")) {
        x.y = ref.y + dir;
      }
      if (x.y) {
        *out = x;
        return 2;
      }
    }
  }
  return 0;
}
