/* article.c - article metadata from the text itself: the title (first
 * non-empty line), the publication date (a "date YYYY-MM-DD" marker, a date
 * line in the page header such as "Published : May 16, 2024 - 20:11", or a
 * dateline such as "Bishkek, Nov. 14, 2022."), and page-noise lines (font
 * widgets, share buttons, "Related articles", "Comments are closed ...")
 * that extraction skips. */
#include <stdlib.h>
#include <string.h>

#include "extract/internal.h"
#include "src/utf8.h"

/* How many header lines may carry the publication date. */
#define HEADER_LINES 15
/* A line with at least this many tokens is body text, which ends the header
 * (a dateline at its start still counts). */
#define BODY_TOKENS 25

static void add_noise(kg_article *a, size_t off, size_t len) {
  if (!len) return;
  KG_GROW(a->noise, a->cap_noise, a->n_noise + 1);
  a->noise[a->n_noise].off = off;
  a->noise[a->n_noise].len = len;
  a->n_noise++;
}

/* Every line is tested against some sixty prefixes: compare as we go, so
 * that most fail on their first byte without a strlen. */
static int starts_ci(const char *s, size_t len, const char *prefix) {
  size_t i = 0;
  for (; prefix[i]; i++) {
    if (i == len) return 0;
    char c = s[i];
    if (c >= 'A' && c <= 'Z') c = (char)(c + 32);
    if (c != prefix[i]) return 0;
  }
  return 1;
}

/* Does the line start with any of `prefixes` (a NULL-terminated list)? The
 * line's first byte, folded as starts_ci folds it, is compared before the
 * call: most prefixes fail there. */
static int starts_ci_any(const char *s, size_t len, const char *const *prefixes) {
  char c0 = len ? s[0] : '\0';
  if (c0 >= 'A' && c0 <= 'Z') c0 = (char)(c0 + 32);
  for (; *prefixes; prefixes++)
    if ((*prefixes)[0] == c0 && starts_ci(s, len, *prefixes)) return 1;
  return 0;
}

static int contains(const char *s, size_t len, const char *needle) {
  size_t n = strlen(needle);
  if (!n) return 1;
  /* memchr finds the candidates: the needles' first bytes are rare */
  const char *p = s, *stop = s + len;
  while ((size_t)(stop - p) >= n) {
    p = memchr(p, needle[0], (size_t)(stop - p) - n + 1);
    if (!p) return 0;
    if (memcmp(p, needle, n) == 0) return 1;
    p++;
  }
  return 0;
}

/* Boilerplate that web pages wrap around an article. Prefixes are matched
 * case-insensitively at the start of a trimmed line. */
static const char *const noise_prefix[] = {
    "related articles", "related news", "related posts", "related stories",
    "comments are closed", "read more", "share with", "share this",
    "share on", "rate this", "rate count", "subscribe",
    "tagged:", "icon-", "previous", "next post", "next article",
    "link copied", "click here", "sign up", "advertisement",
    "all rights reserved", "copyright", "\xC2\xA9",
    "by subscribing", "choose to support", "thank you!",
    "here we are to serve", "official photos from", "also read",
    "recommended", "most read", "trending", "print this", "email this",
    "leave a comment", "loading", "cookie", "skip to", "home back page",
    "source: http", "source: www", "read also", "see also", "you may also like",
    "more from", "more stories", "latest news", "more news",
    /* links to other stories set into the body: "READ: X meets Y" */
    "read:", "read |", "watch:", "watch |", "also watch", "must read", "don't miss",
    "don\xE2\x80\x99t miss", "you might also like", "you might like", "further reading",
    "suggested reading", "editor's picks", "editor\xE2\x80\x99s picks", "top stories", NULL};

/* Lines that open the page's trailer: after them, headline-like lines
 * (links to other articles, comments) are noise until prose resumes. */
static const char *const trailer_prefix[] = {
    "related", "read also", "also read", "see also", "you may also like", "more from",
    "more stories", "latest news", "more news", "recommended", "most read", "trending",
    "comments", "leave a comment", "popular", "you might also like", "you might like",
    "further reading",
    "editor's picks", "editor\xE2\x80\x99s picks", "top stories", NULL};

static int starts_trailer(const char *s, size_t len) {
  return starts_ci_any(s, len, trailer_prefix);
}

/* Prose: a line of several words that ends a sentence. */
static int prose_line(const char *s, size_t len) {
  size_t words = 1;
  for (size_t k = 0; k < len; k++) words += s[k] == ' ';
  char last = len ? s[len - 1] : 0;
  return words >= 12 && (last == '.' || last == '"' || last == ')' ||
                         (len >= 3 && (unsigned char)s[len - 1] == 0x9d));
}

/* Navigation menus: "Home | News | Politics | World". */
static int menu_line(const char *s, size_t len) {
  if (!memchr(s, '|', len)) return 0; /* no bar: no menu (most lines) */
  size_t bars = 0, words = 1, longest = 0;
  for (size_t k = 0; k < len; k++) {
    if (s[k] >= '0' && s[k] <= '9') return 0; /* "ANI | New Delhi | 25-02-2021" */
    if (s[k] == '|') {
      bars++;
      if (words > longest) longest = words;
      words = 0;
    } else if (s[k] == ' ' && k + 1 < len && s[k + 1] != '|' && s[k + 1] != ' ') {
      words++;
    }
  }
  if (words > longest) longest = words;
  return bars >= 3 && longest <= 3;
}

static int is_noise_line(const char *s, size_t len) {
  if (starts_ci_any(s, len, noise_prefix)) return 1;
  /* page furniture on a line of its own */
  static const char *const whole[] = {"search", "menu", "home", "login", "log in",
                                      "sign in", "close", "back", "top", NULL};
  for (int i = 0; whole[i]; i++)
    if (len == strlen(whole[i]) && starts_ci(s, len, whole[i])) return 1;
  /* markdown images and bare links */
  if (starts_ci(s, len, "![") || starts_ci(s, len, "http://") ||
      starts_ci(s, len, "https://") || starts_ci(s, len, "www."))
    return 1;
  /* font-size widgets: "+ ↺ − 16 px" */
  if (contains(s, len, "\xE2\x86\xBA") || (len < 40 && contains(s, len, " px")))
    return 1;
  /* lines that are mostly not letters: prices, tickers, separators */
  size_t letters = 0, chars = 0, blanks = 0, high = 0;
  /* one pass without branches (it vectorises) answers an ASCII line: each
   * byte a character, the letters those of kg_cp_is_alpha. It stops, a
   * block of 64 bytes at a time, once the letters so far are enough for
   * any rest: the line has at most len - blanks characters, and at least
   * the ASCII letters counted here, so the test below cannot hold (prose
   * gets there after about a third of its bytes). */
  int enough = 0;
  for (size_t i = 0; i < len && !enough;) {
    size_t stop = len - i > 64 ? i + 64 : len;
    for (; i < stop; i++) {
      unsigned char b = (unsigned char)s[i];
      blanks += (size_t)(b == ' ') + (size_t)(b == '\t');
      letters += (unsigned)((b | 0x20) - 'a') < 26u; /* A-Z or a-z, never >= 0x80 */
      high += b >> 7;
    }
    enough = letters * 10 >= (len - blanks) * 3;
  }
  if (enough) {
    chars = 0; /* the test below is false */
  } else if (!high) {
    chars = len - blanks;
  } else { /* not ASCII: character by character */
    letters = 0;
    for (size_t i = 0; i < len;) {
      unsigned char b = (unsigned char)s[i];
      if (b < 0x80) {
        chars += b != ' ' && b != '\t';
        letters += (unsigned)((b | 0x20) - 'a') < 26u;
        i++;
        continue;
      }
      uint32_t cp;
      size_t n = kg_utf8_next(s + i, len - i, &cp);
      if (cp != ' ' && cp != '\t') {
        chars++;
        if (kg_cp_is_alpha(cp)) letters++;
      }
      i += n;
    }
  }
  if (chars >= 4 && letters * 10 < chars * 3) return 1;
  /* a lone e-mail address */
  if (memchr(s, '@', len) && !memchr(s, ' ', len)) return 1;
  return 0;
}

/* Lower-case words that a page header puts before its date. */
static int header_word(const char *w) {
  static const char *const words[] = {"on",      "by",       "at",     "updated", "posted",
                                      "published", "modified", "edited", "created", "last",
                                      "first",   "date",     "time",   NULL};
  for (int i = 0; words[i]; i++)
    if (!strcmp(w, words[i])) return 1;
  return 0;
}

/* A publication date among the first tokens of a header line: only words
 * that may precede a date in a page header come before it (place names,
 * "Published", "Updated", weekday names, separators). */
static int header_date(const char *s, size_t len, kg_date *out) {
  kg_tokens t;
  memset(&t, 0, sizeof t);
  kg_tokenize(s, len, &t);
  int found = 0;
  /* in body text only a dateline at the very start counts */
  size_t limit = t.n >= BODY_TOKENS ? 8 : 12;
  if (limit > t.n) limit = t.n;
  {
    kg_date none = {0, 0, 0};
    for (size_t i = 0; i < limit && !found; i++) {
      kg_date d;
      size_t n = kg_date_at(&t, s, i, t.n, none, &d);
      if (n && d.y && d.m) {
        *out = d;
        found = 1;
        break;
      }
      const kg_token *k = &t.v[i];
      /* stop at a lower-case word: that is prose, not a header, unless it
       * is one of a header's own ("Posted on", "Last updated:", "Written
       * by A on") */
      if (k->kind == TK_WORD && (k->flags & TF_LOWER) && !header_word(kg_tok_key(&t, i)))
        break;
    }
  }
  kg_tokens_free(&t);
  return found;
}

void kg_article_parse(const char *text, size_t len, kg_article *a) {
  memset(a, 0, sizeof *a);
  size_t i = 0;
  int line_no = 0, in_header = 1, have_date = 0, trailer = 0;
  while (i < len) {
    const char *nl = memchr(text + i, '\n', len - i);
    size_t end = nl ? (size_t)(nl - text) : len;
    size_t s = i, e = end;
    while (s < e && (text[s] == ' ' || text[s] == '\t' || text[s] == '\r'))
      s++;
    while (e > s && (text[e - 1] == ' ' || text[e - 1] == '\t' ||
                     text[e - 1] == '\r'))
      e--;
    if (e > s) {
      line_no++;
      const char *ln = text + s;
      size_t ll = e - s;
      /* the "date YYYY-MM-DD" marker some crawls put in front of a line */
      if (ll >= 15 && starts_ci(ln, ll, "date ") && ln[9] == '-' &&
          ln[12] == '-') {
        kg_date d;
        char iso[11];
        memcpy(iso, ln + 5, 10);
        iso[10] = '\0';
        if (kg_date_parse_iso(iso, &d) == 0) {
          if (!have_date) {
            kg_date_format(d, a->date);
            have_date = 1;
          }
          add_noise(a, s, 15);
          s += 15;
          while (s < e && text[s] == ' ') s++;
          ln = text + s;
          ll = e - s;
        }
      }
      /* a header line of digits ("22/11/2023 - 16:45") is noise for
       * extraction but may give the publication date */
      if (ll && a->title_len && in_header && !have_date && line_no <= HEADER_LINES) {
        kg_date d;
        if (header_date(ln, ll, &d)) {
          kg_date_format(d, a->date);
          have_date = 1;
        }
      }
      /* the trailer: related links and comments after the body */
      if (ll && a->title_len && line_no > 3 && starts_trailer(ln, ll)) trailer = 1;
      else if (ll && trailer && prose_line(ln, ll)) trailer = 0;
      if (ll && (is_noise_line(ln, ll) || trailer || menu_line(ln, ll))) {
        add_noise(a, s, ll);
      } else if (ll) {
        if (!a->title_len) {
          a->title_off = s;
          a->title_len = ll;
        }
        /* a long line is article body: the header is over (once over, it
         * never starts again, so the body's lines need no count) */
        if (in_header && line_no > 1) {
          size_t words = 0;
          for (size_t k = 0; k < ll; k++) words += ln[k] == ' ';
          if (words + 1 >= BODY_TOKENS) in_header = 0;
        }
      }
    }
    i = end + 1;
  }
}
