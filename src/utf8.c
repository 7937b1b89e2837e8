/* utf8.c - UTF-8 repair, decoding and name folding (see utf8.h). The Latin
 * folding table is generated from Unicode data by tools/gen-fold-table.py. */
#include <stdlib.h>
#include <string.h>

#include "src/kg.h"
#include "src/utf8.h"

#include "src/fold_table.inc"

/* Length of the valid sequence at s, or 0 when invalid (overlong forms,
 * surrogates and code points above U+10FFFF are invalid). */
static size_t valid_seq(const unsigned char *s, size_t len) {
  unsigned c = s[0];
  if (c < 0x80) return c ? 1 : 0;
  if (c < 0xC2) return 0;
  if (c < 0xE0) return (len >= 2 && (s[1] & 0xC0) == 0x80) ? 2 : 0;
  if (c < 0xF0) {
    if (len < 3 || (s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80) return 0;
    if (c == 0xE0 && s[1] < 0xA0) return 0;
    if (c == 0xED && s[1] >= 0xA0) return 0;
    return 3;
  }
  if (c < 0xF5) {
    if (len < 4 || (s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80 ||
        (s[3] & 0xC0) != 0x80)
      return 0;
    if (c == 0xF0 && s[1] < 0x90) return 0;
    if (c == 0xF4 && s[1] >= 0x90) return 0;
    return 4;
  }
  return 0;
}

int kg_utf8_clean(const char *s, size_t len) {
  const unsigned char *p = (const unsigned char *)s;
  size_t i = 0;
  while (i < len) {
    /* ASCII fast path, 8 bytes at a time */
    while (i + 8 <= len) {
      uint64_t w;
      memcpy(&w, p + i, 8);
      if (w & 0x8080808080808080ULL) break;
      /* a zero byte in w? (classic haszero trick) */
      if ((w - 0x0101010101010101ULL) & ~w & 0x8080808080808080ULL) return 0;
      i += 8;
    }
    if (i >= len) break;
    size_t n = valid_seq(p + i, len - i);
    if (!n) return 0;
    i += n;
  }
  return 1;
}

/* Windows-1252's characters for the bytes 0x80..0x9F (0: undefined); the
 * bytes 0xA0..0xFF are Latin-1's, U+00A0..U+00FF. */
static const uint16_t cp1252_c1[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

size_t kg_utf16_to_utf8(const char *s, size_t len, int big_endian, kg_buf *out) {
  const unsigned char *p = (const unsigned char *)s;
  size_t fixes = 0;
  for (size_t i = 0; i + 1 < len; i += 2) {
    uint32_t u = big_endian ? (uint32_t)(p[i] << 8 | p[i + 1]) : (uint32_t)(p[i + 1] << 8 | p[i]);
    if (u >= 0xD800 && u <= 0xDBFF && i + 3 < len) {
      uint32_t v = big_endian ? (uint32_t)(p[i + 2] << 8 | p[i + 3])
                              : (uint32_t)(p[i + 3] << 8 | p[i + 2]);
      if (v >= 0xDC00 && v <= 0xDFFF) {
        kg_utf8_put(out, 0x10000 + ((u - 0xD800) << 10) + (v - 0xDC00));
        i += 2;
        continue;
      }
    }
    if (u >= 0xD800 && u <= 0xDFFF) {
      kg_utf8_put(out, 0xFFFD);
      fixes++;
    } else if (u == 0) {
      kg_buf_putc(out, ' ');
      fixes++;
    } else {
      kg_utf8_put(out, u);
    }
  }
  if (len & 1) fixes++; /* a last odd byte */
  return fixes;
}

size_t kg_utf8_repair(const char *s, size_t len, kg_buf *out) {
  const unsigned char *p = (const unsigned char *)s;
  size_t i = 0, start = 0, fixes = 0;
  while (i < len) {
    if (p[i] && p[i] < 0x80) {
      i++;
      continue;
    }
    size_t n = valid_seq(p + i, len - i);
    if (n) {
      i += n;
      continue;
    }
    kg_buf_append(out, s + start, i - start);
    if (p[i] == 0)
      kg_buf_putc(out, ' ');
    else if (p[i] >= 0xA0)
      kg_utf8_put(out, p[i]);
    else if (p[i] >= 0x80 && cp1252_c1[p[i] - 0x80])
      kg_utf8_put(out, cp1252_c1[p[i] - 0x80]);
    else
      kg_buf_append(out, "\xEF\xBF\xBD", 3);
    fixes++;
    i++;
    start = i;
  }
  kg_buf_append(out, s + start, len - start);
  return fixes;
}

int kg_hex4(const char *s, uint32_t *out) {
  uint32_t v = 0;
  for (int i = 0; i < 4; i++) {
    char c = s[i];
    v <<= 4;
    if (c >= '0' && c <= '9') v |= (uint32_t)(c - '0');
    else if (c >= 'a' && c <= 'f') v |= (uint32_t)(c - 'a' + 10);
    else if (c >= 'A' && c <= 'F') v |= (uint32_t)(c - 'A' + 10);
    else return -1;
  }
  *out = v;
  return 0;
}

const char *kg_json_string(const char *s, const char *e, kg_buf *out, int *esc) {
  const unsigned char *p = (const unsigned char *)s + 1, *end = (const unsigned char *)e,
                      *run = p;
  for (;;) {
    /* most of a string is plain text: skip it eight bytes at a time */
    while (end - p >= 8) {
      uint64_t w;
      memcpy(&w, p, sizeof w);
      if (kg_json_special8(w)) break;
      p += 8;
    }
    if (p >= end) return NULL;
    unsigned c = *p;
    if (c == '"') break;
    if (c < 0x20) return NULL;
    if (c != '\\') {
      p++;
      continue;
    }
    if (esc) *esc = 1;
    if (out) kg_buf_append(out, run, (size_t)(p - run));
    if (end - p < 2) return NULL;
    char ch;
    switch (p[1]) {
    case '"': ch = '"'; break;
    case '\\': ch = '\\'; break;
    case '/': ch = '/'; break;
    case 'b': ch = '\b'; break;
    case 'f': ch = '\f'; break;
    case 'n': ch = '\n'; break;
    case 'r': ch = '\r'; break;
    case 't': ch = '\t'; break;
    case 'u': {
      uint32_t v, lo;
      if (end - p < 6 || kg_hex4((const char *)p + 2, &v) != 0) return NULL;
      p += 6;
      if (v >= 0xD800 && v <= 0xDBFF) {
        if (end - p < 6 || p[0] != '\\' || p[1] != 'u' ||
            kg_hex4((const char *)p + 2, &lo) != 0 || lo < 0xDC00 || lo > 0xDFFF)
          return NULL;
        p += 6;
        v = 0x10000 + ((v - 0xD800) << 10) + (lo - 0xDC00);
      } else if ((v >= 0xDC00 && v <= 0xDFFF) || v == 0) {
        return NULL;
      }
      if (out) kg_utf8_put(out, v);
      run = p;
      continue;
    }
    default:
      return NULL;
    }
    if (out) kg_buf_putc(out, ch);
    p += 2;
    run = p;
  }
  if (out) kg_buf_append(out, run, (size_t)(p - run));
  return (const char *)p + 1;
}

size_t kg_utf8_next(const char *s, size_t len, uint32_t *cp) {
  const unsigned char *p = (const unsigned char *)s;
  unsigned c = p[0];
  if (c < 0x80 || len < 2) {
    *cp = c;
    return 1;
  }
  if (c < 0xE0) {
    *cp = ((c & 0x1Fu) << 6) | (p[1] & 0x3Fu);
    return 2;
  }
  if (c < 0xF0 || len < 4) {
    if (len < 3) {
      *cp = 0xFFFD;
      return len;
    }
    *cp = ((c & 0x0Fu) << 12) | ((p[1] & 0x3Fu) << 6) | (p[2] & 0x3Fu);
    return 3;
  }
  *cp = ((c & 0x07u) << 18) | ((p[1] & 0x3Fu) << 12) | ((p[2] & 0x3Fu) << 6) |
        (p[3] & 0x3Fu);
  return 4;
}

void kg_utf8_put(kg_buf *out, uint32_t cp) {
  char b[4];
  if (cp < 0x80) {
    kg_buf_putc(out, (char)cp);
  } else if (cp < 0x800) {
    b[0] = (char)(0xC0 | (cp >> 6));
    b[1] = (char)(0x80 | (cp & 0x3F));
    kg_buf_append(out, b, 2);
  } else if (cp < 0x10000) {
    b[0] = (char)(0xE0 | (cp >> 12));
    b[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
    b[2] = (char)(0x80 | (cp & 0x3F));
    kg_buf_append(out, b, 3);
  } else {
    b[0] = (char)(0xF0 | (cp >> 18));
    b[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    b[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
    b[3] = (char)(0x80 | (cp & 0x3F));
    kg_buf_append(out, b, 4);
  }
}

static const char *latin_fold(uint32_t cp) {
  if (cp >= 0xC0 && cp < 0x250) return fold_latin[cp - 0xC0];
  if (cp >= 0x1E00 && cp < 0x1F00) return fold_latin_ext[cp - 0x1E00];
  return NULL;
}

int kg_cp_is_digit(uint32_t cp) { return cp >= '0' && cp <= '9'; }

int kg_cp_is_upper(uint32_t cp) {
  if (cp < 0x80) return cp >= 'A' && cp <= 'Z';
  if (cp >= 0xC0 && cp <= 0xDE) return cp != 0xD7;
  if (cp >= 0x100 && cp < 0x180) {
    /* Latin Extended-A alternates upper/lower, with a shift at U+0139..U+0148
     * and U+0179..U+017E */
    if ((cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17E))
      return cp % 2 == 1;
    if (cp == 0x138 || cp == 0x149 || cp == 0x17F) return 0;
    return cp % 2 == 0;
  }
  if (cp == 0x18F || cp == 0x1E9E) return 1; /* Ə, ẞ */
  if (cp >= 0x1E00 && cp < 0x1F00) return cp % 2 == 0;
  if (cp >= 0x391 && cp <= 0x3AB) return 1;  /* Greek */
  if (cp >= 0x400 && cp <= 0x42F) return 1;  /* Cyrillic */
  return 0;
}

int kg_cp_is_lower(uint32_t cp) {
  if (cp < 0x80) return cp >= 'a' && cp <= 'z';
  if (kg_cp_is_upper(cp)) return 0;
  if (cp >= 0xDF && cp < 0x250) return cp != 0xF7;
  if (cp >= 0x1E00 && cp < 0x1F00) return 1;
  if (cp >= 0x3AC && cp <= 0x3CE) return 1;
  if (cp >= 0x430 && cp <= 0x45F) return 1;
  return 0;
}

int kg_cp_is_alpha(uint32_t cp) {
  if (cp < 0x80)
    return (cp >= 'A' && cp <= 'Z') || (cp >= 'a' && cp <= 'z');
  if (cp == 0xD7 || cp == 0xF7) return 0;
  if (cp >= 0xC0 && cp < 0x250) return 1;
  if (cp >= 0x1E00 && cp < 0x1F00) return 1;
  if (cp >= 0x370 && cp < 0x530) return 1;   /* Greek, Cyrillic */
  if (cp >= 0x530 && cp < 0x2000) return 1;  /* Armenian .. Georgian, etc. */
  if (cp >= 0x3040 && cp < 0xA000) return 1; /* kana, CJK */
  if (cp >= 0xAC00 && cp < 0xD7B0) return 1; /* Hangul */
  return 0;
}

static int is_quote(uint32_t cp) {
  return cp == 0x2018 || cp == 0x2019 || cp == 0x02BC || cp == 0x60 ||
         cp == 0xB4 || cp == 0x2032;
}

static int is_dash(uint32_t cp) {
  return (cp >= 0x2010 && cp <= 0x2015) || cp == 0x2212;
}

void kg_fold_append(kg_buf *out, const char *s, size_t len) {
  size_t i = 0;
  while (i < len) {
    unsigned char c = (unsigned char)s[i];
    if (c < 0x80) {
      /* a run of ASCII in one append, lowered in place */
      size_t j = i + 1;
      while (j < len && (unsigned char)s[j] < 0x80) j++;
      size_t at = out->len;
      kg_buf_append(out, s + i, j - i);
      for (char *p = out->ptr + at; p < out->ptr + out->len; p++)
        if (*p >= 'A' && *p <= 'Z') *p = (char)(*p + 32);
      i = j;
      continue;
    }
    uint32_t cp;
    size_t n = kg_utf8_next(s + i, len - i, &cp);
    const char *f = latin_fold(cp);
    if (f && *f) {
      kg_buf_puts(out, f);
    } else if (is_quote(cp)) {
      kg_buf_putc(out, '\'');
    } else if (is_dash(cp)) {
      kg_buf_putc(out, '-');
    } else if (cp >= 0x391 && cp <= 0x3AB) {
      kg_utf8_put(out, cp + 0x20);
    } else if (cp >= 0x410 && cp <= 0x42F) {
      kg_utf8_put(out, cp + 0x20);
    } else if (cp >= 0x400 && cp <= 0x40F) {
      kg_utf8_put(out, cp + 0x50);
    } else {
      kg_buf_append(out, s + i, n);
    }
    i += n;
  }
}

void kg_slug_append(kg_buf *out, const char *s, size_t len) {
  /* folded onto the end of `out` and made a slug there, in place (no
   * buffer of its own to allocate and free): the slug never outgrows the
   * folded text, since a dash stands for at least one dropped byte and
   * none leads, so writing at w never overtakes reading at i (`s` must not
   * point into `out`) */
  size_t start = out->len;
  kg_fold_append(out, s, len);
  char *p = out->ptr;
  size_t end = out->len, w = start;
  int dash = 0;
  for (size_t i = start; i < end;) {
    unsigned char b = (unsigned char)p[i];
    if (b < 0x80) {
      /* ASCII: a run of kept letters and digits in one move, anything
       * else a separator (the same classes as below) */
      size_t j = i;
      while (j < end && ((p[j] >= 'a' && p[j] <= 'z') || (p[j] >= '0' && p[j] <= '9')))
        j++;
      if (j == i) {
        dash = 1;
        i++;
        continue;
      }
      if (dash && w > start) p[w++] = '-';
      dash = 0;
      memmove(p + w, p + i, j - i);
      w += j - i;
      i = j;
      continue;
    }
    uint32_t cp;
    size_t n = kg_utf8_next(p + i, end - i, &cp);
    int keep = (cp >= 'a' && cp <= 'z') || kg_cp_is_digit(cp) ||
               (cp >= 0x80 && kg_cp_is_alpha(cp));
    if (keep) {
      if (dash && w > start) p[w++] = '-';
      dash = 0;
      memmove(p + w, p + i, n);
      w += n;
    } else {
      dash = 1;
    }
    i += n;
  }
  out->len = w;
  if (p) p[w] = '\0';
}

char *kg_fold(const char *s, size_t len) {
  kg_buf b = KG_BUF_INIT;
  kg_fold_append(&b, s, len);
  return kg_buf_detach(&b);
}

/* ---- HTML character references ------------------------------------------- */

/* Named references: the ones that pages left unescaped in text carry
 * (quotes, dashes, spaces, the Latin-1 letters of names), sorted by name
 * for bsearch. */
static const struct entity {
  const char *name;
  uint32_t cp;
} entities[] = {
    {"AElig", 0xC6},  {"Aacute", 0xC1}, {"Acirc", 0xC2},  {"Agrave", 0xC0}, {"Aring", 0xC5},
    {"Atilde", 0xC3}, {"Auml", 0xC4},   {"Ccedil", 0xC7}, {"Eacute", 0xC9}, {"Ecirc", 0xCA},
    {"Egrave", 0xC8}, {"Euml", 0xCB},   {"Iacute", 0xCD}, {"Icirc", 0xCE},  {"Iuml", 0xCF},
    {"Ntilde", 0xD1}, {"Oacute", 0xD3}, {"Ocirc", 0xD4},  {"Ograve", 0xD2}, {"Oslash", 0xD8},
    {"Otilde", 0xD5}, {"Ouml", 0xD6},   {"Scaron", 0x160}, {"Uacute", 0xDA}, {"Ucirc", 0xDB},
    {"Ugrave", 0xD9}, {"Uuml", 0xDC},   {"Yacute", 0xDD}, {"aacute", 0xE1}, {"acirc", 0xE2},
    {"aelig", 0xE6},  {"agrave", 0xE0}, {"amp", '&'},     {"apos", '\''},  {"aring", 0xE5},
    {"atilde", 0xE3}, {"auml", 0xE4},   {"bdquo", 0x201E}, {"bull", 0x2022}, {"ccedil", 0xE7},
    {"copy", 0xA9},   {"deg", 0xB0},    {"eacute", 0xE9}, {"ecirc", 0xEA},  {"egrave", 0xE8},
    {"euml", 0xEB},   {"euro", 0x20AC}, {"gt", '>'},      {"hellip", 0x2026}, {"iacute", 0xED},
    {"icirc", 0xEE},  {"iexcl", 0xA1},  {"igrave", 0xEC}, {"iquest", 0xBF}, {"iuml", 0xEF},
    {"laquo", 0xAB},  {"ldquo", 0x201C}, {"lsaquo", 0x2039}, {"lsquo", 0x2018}, {"lt", '<'},
    {"mdash", 0x2014}, {"middot", 0xB7}, {"nbsp", 0xA0},  {"ndash", 0x2013}, {"ntilde", 0xF1},
    {"oacute", 0xF3}, {"ocirc", 0xF4},  {"ograve", 0xF2}, {"oslash", 0xF8}, {"otilde", 0xF5},
    {"ouml", 0xF6},   {"pound", 0xA3},  {"quot", '"'},    {"raquo", 0xBB},  {"rdquo", 0x201D},
    {"reg", 0xAE},    {"rsaquo", 0x203A}, {"rsquo", 0x2019}, {"sbquo", 0x201A}, {"scaron", 0x161},
    {"shy", 0xAD},    {"szlig", 0xDF},  {"thinsp", 0x2009}, {"trade", 0x2122}, {"uacute", 0xFA},
    {"ucirc", 0xFB},  {"ugrave", 0xF9}, {"uuml", 0xFC},   {"yacute", 0xFD}, {"yuml", 0xFF},
    {"zwj", 0x200D},  {"zwnj", 0x200C},
};

static int entity_cmp(const void *key, const void *e) {
  return strcmp(key, ((const struct entity *)e)->name);
}

/* The code point of the reference at s[0] == '&' (before end), its length
 * through *n; 0 when there is none. */
static uint32_t reference(const char *s, const char *end, size_t *n) {
  const char *p = s + 1;
  uint32_t cp = 0;
  if (p < end && *p == '#') {
    p++;
    int hex = p < end && (*p == 'x' || *p == 'X');
    p += hex;
    const char *d = p;
    for (; p < end && p - d < 8; p++) {
      int v = *p >= '0' && *p <= '9'                 ? *p - '0'
              : hex && *p >= 'a' && *p <= 'f' ? *p - 'a' + 10
              : hex && *p >= 'A' && *p <= 'F' ? *p - 'A' + 10
                                              : -1;
      if (v < 0) break;
      cp = cp * (hex ? 16 : 10) + (uint32_t)v;
    }
    /* (0x80..0x9F are Windows-1252's, as browsers read them: "&#146;" is
     * a right quote; control characters and surrogates stay as written) */
    if (p == d || p >= end || *p != ';' || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
      return 0;
    if (cp >= 0x80 && cp <= 0x9F) cp = cp1252_c1[cp - 0x80];
    if (cp < 0x20 && cp != '\t' && cp != '\n') return 0;
  } else {
    char name[8];
    size_t k = 0;
    for (; p < end && k < sizeof name - 1 &&
           ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z'));
         p++)
      name[k++] = *p;
    name[k] = '\0';
    if (!k || p >= end || *p != ';') return 0;
    const struct entity *e =
        bsearch(name, entities, sizeof entities / sizeof *entities, sizeof *entities, entity_cmp);
    if (!e) return 0;
    cp = e->cp;
  }
  *n = (size_t)(p + 1 - s);
  return cp;
}

size_t kg_html_unescape(char *s, size_t len) {
  char *amp = memchr(s, '&', len);
  if (!amp) return len;
  const char *end = s + len, *r = amp;
  char *w = amp;
  kg_buf one = KG_BUF_INIT;
  while (r < end) {
    size_t n;
    uint32_t cp = *r == '&' ? reference(r, end, &n) : 0;
    if (!cp) {
      *w++ = *r++;
      continue;
    }
    /* (a code point's UTF-8 is never longer than its reference: "&#1;"
     * is 4 bytes for 1, "&#65536;" 8 for 4, "&lt;" 4 for 1) */
    one.len = 0;
    kg_utf8_put(&one, cp);
    memcpy(w, one.ptr, one.len);
    w += one.len;
    r += n;
  }
  kg_buf_free(&one);
  return (size_t)(w - s);
}

/* ---- HTML markup ----------------------------------------------------------- */

/* Elements an article's markup is made of: 1 a block (its tags break the
 * line), 0 inline, 2 a script or style (its content goes too). */
static int html_element(const char *name, size_t n) {
  static const char *const block[] = {
      "address", "article", "aside", "blockquote", "br", "caption", "dd", "div", "dl", "dt",
      "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr",
      "li", "main", "nav", "ol", "p", "section", "table", "tbody", "td", "tfoot", "th",
      "thead", "tr", "ul", NULL};
  static const char *const inl[] = {"a", "abbr", "b", "cite", "code", "em", "font", "i",
                                    "img", "ins", "mark", "q", "s", "small", "span", "strong",
                                    "sub", "sup", "time", "u", NULL};
  char low[12];
  if (n == 0 || n >= sizeof low) return -1;
  for (size_t i = 0; i < n; i++) low[i] = (char)(name[i] | 0x20);
  low[n] = '\0';
  for (int i = 0; block[i]; i++)
    if (!strcmp(low, block[i])) return 1;
  for (int i = 0; inl[i]; i++)
    if (!strcmp(low, inl[i])) return 0;
  if (!strcmp(low, "script") || !strcmp(low, "style")) return 2;
  return -1;
}

/* The end (after '>') of the tag at s[0] == '<' before `end`, with its
 * element's kind (html_element) through *kind and whether it closes
 * through *closing; NULL when it is no tag of a known element. */
static const char *html_tag(const char *s, const char *end, int *kind, int *closing) {
  const char *p = s + 1;
  *closing = p < end && *p == '/';
  p += *closing;
  const char *name = p;
  while (p < end && ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
                     (*p >= '0' && *p <= '9' && p > name)))
    p++;
  *kind = html_element(name, (size_t)(p - name));
  if (*kind < 0 || p >= end || !(*p == '>' || *p == '/' || *p == ' ' || *p == '\t' ||
                                   *p == '\n' || *p == '\r'))
    return NULL;
  char quote = 0;
  for (const char *lim = p + 4096 < end ? p + 4096 : end; p < lim; p++) {
    if (quote) {
      if (*p == quote) quote = 0;
    } else if (*p == '"' || *p == '\'') {
      quote = *p;
    } else if (*p == '>') {
      return p + 1;
    } else if (*p == '<') {
      return NULL;
    }
  }
  return NULL;
}

size_t kg_html_strip(char *s, size_t len) {
  char *lt = memchr(s, '<', len);
  if (!lt) return len;
  const char *end = s + len, *r = lt;
  char *w = lt;
  while (r < end) {
    if (*r != '<') {
      *w++ = *r++;
      continue;
    }
    if (end - r >= 4 && !memcmp(r, "<!--", 4)) {
      const char *q = r + 4;
      while (q + 3 <= end && memcmp(q, "-->", 3)) q++;
      if (q + 3 <= end) {
        r = q + 3;
        continue;
      }
    }
    int kind, closing;
    const char *t = html_tag(r, end, &kind, &closing);
    if (!t) {
      *w++ = *r++;
      continue;
    }
    r = t;
    if (kind == 1) *w++ = '\n';
    if (kind == 2 && !closing) {
      /* skip to the closing tag of a script or style */
      const char *q = r;
      for (; q < end; q++) {
        int k2, c2;
        const char *t2 = *q == '<' ? html_tag(q, end, &k2, &c2) : NULL;
        if (t2 && k2 == 2 && c2) {
          q = t2;
          break;
        }
      }
      r = q;
    }
  }
  return (size_t)(w - s);
}
