/* common.c - small helpers the export formats share (see internal.h): the
 * title shown under a name, node sizes from centralities, XML escaping, list
 * joining and number formatting that stays identical across runs. */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "export/internal.h"
#include "src/utf8.h"

/* NULL sorts before any date. */
static int cmp_date(const char *a, const char *b) {
  if (!a || !b) return (a != NULL) - (b != NULL);
  return strcmp(a, b);
}

const char *kg_node_main_title(const kg_node *n) {
  const kg_position *best = NULL;
  for (size_t i = 0; i < n->profile->n_positions; i++) {
    const kg_position *p = &n->profile->positions[i];
    if (!p->title) continue;
    int c = best ? cmp_date(p->last_seen, best->last_seen) : 1;
    if (c == 0)
      c = (p->documents.n > best->documents.n) -
          (p->documents.n < best->documents.n);
    if (c > 0) best = p; /* ties keep the first, in title order */
  }
  if (best) return best->title;
  return n->profile->titles.n ? n->profile->titles.v[0] : NULL;
}

double *kg_node_sizes(const kg_graph *g, int people_only) {
  size_t n = kg_graph_node_count(g);
  double *v = kg_xcalloc(n + 1, sizeof *v);
  double max = 0;
  for (size_t i = 0; i < n; i++) {
    const kg_node *x = kg_graph_node(g, i);
    if (people_only && x->type != KG_PERSON) continue;
    v[i] = people_only ? x->c->met_degree : x->c->degree;
    if (!isfinite(v[i]) || v[i] < 0) v[i] = 0;
    max = fmax(max, v[i]);
  }
  if (max == 0) { /* no analytics: count the view's links */
    for (size_t i = 0; i < kg_graph_edge_count(g); i++) {
      kg_edge_buf eb;
      const kg_edge *e = kg_graph_edge(g, i, &eb);
      if (people_only && e->type != KG_LINK_MET) continue;
      if (people_only && (kg_graph_node(g, e->source)->type != KG_PERSON ||
                          kg_graph_node(g, e->target)->type != KG_PERSON))
        continue;
      v[e->source] += 1;
      v[e->target] += 1;
    }
    for (size_t i = 0; i < n; i++)
      max = fmax(max, v[i]);
  }
  for (size_t i = 0; i < n; i++)
    v[i] = max > 0 ? sqrt(v[i] / max) : 0;
  return v;
}

/* Printable ASCII that XML takes as it is. */
static int xml_plain(unsigned char c) {
  return c >= 0x20 && c < 0x7f && c != '&' && c != '<' && c != '>' && c != '"' &&
         c != '\'';
}

void kg_xml_escape(kg_buf *out, const char *s) {
  size_t len = strlen(s);
  for (size_t i = 0; i < len;) {
    unsigned char c = (unsigned char)s[i];
    if (xml_plain(c)) { /* a run of them at once */
      size_t j = i + 1;
      while (j < len && xml_plain((unsigned char)s[j])) j++;
      kg_buf_append(out, s + i, j - i);
      i = j;
      continue;
    }
    if (c < 0x80) {
      switch (c) {
      case '&':
        kg_buf_puts(out, "&amp;");
        break;
      case '<':
        kg_buf_puts(out, "&lt;");
        break;
      case '>':
        kg_buf_puts(out, "&gt;");
        break;
      case '"':
        kg_buf_puts(out, "&quot;");
        break;
      case '\'':
        kg_buf_puts(out, "&apos;");
        break;
      /* as references, so that attribute values keep them too */
      case '\t':
        kg_buf_puts(out, "&#9;");
        break;
      case '\n':
        kg_buf_puts(out, "&#10;");
        break;
      case '\r':
        kg_buf_puts(out, "&#13;");
        break;
      default:
        if (c >= 0x20 && c != 0x7f) kg_buf_putc(out, (char)c);
      }
      i++;
      continue;
    }
    /* a multi-byte sequence: copy it when valid, else U+FFFD */
    size_t n = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : c >= 0xc0 ? 2 : 1;
    if (n == 1 || i + n > len || !kg_utf8_clean(s + i, n)) {
      kg_buf_puts(out, "\xef\xbf\xbd");
      i++;
      continue;
    }
    uint32_t cp;
    kg_utf8_next(s + i, n, &cp);
    /* XML 1.0 forbids U+FFFE, U+FFFF and (as discouraged) C1 controls */
    if (cp != 0xfffe && cp != 0xffff && !(cp >= 0x80 && cp <= 0x9f))
      kg_buf_append(out, s + i, n);
    i += n;
  }
}

void kg_strlist_join(kg_buf *out, const kg_strlist *l, const char *sep) {
  for (size_t i = 0; i < l->n; i++) {
    if (i) kg_buf_puts(out, sep);
    kg_buf_puts(out, l->v[i]);
  }
}

double kg_round9(double x) {
  if (!isfinite(x)) return 0;
  double r = round(x * 1e9) / 1e9;
  return r == 0 ? 0 : r; /* no negative zero */
}

void kg_fmt_num(char *buf, size_t size, double x) {
  double r = kg_round9(x);
  if (r == floor(r) && fabs(r) < 1e15)
    snprintf(buf, size, "%.0f", r);
  else
    snprintf(buf, size, "%.12g", r);
}

/* ---- JSON values as Jansson dumps them ---------------------------------- */

/* Length of the valid UTF-8 sequence (2-4 bytes, no overlong forms,
 * surrogates or code points above U+10FFFF; Jansson's utf8_check_first and
 * utf8_check_full) starting at s, whose lead byte is >= 0x80; 0 if invalid. */
static size_t utf8_seq(const unsigned char *s) {
  unsigned char c = s[0];
  if (c >= 0xC2 && c <= 0xDF) return (s[1] & 0xC0) == 0x80 ? 2 : 0;
  if (c >= 0xE0 && c <= 0xEF) {
    if ((s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80) return 0;
    if (c == 0xE0 && s[1] < 0xA0) return 0; /* overlong */
    if (c == 0xED && s[1] > 0x9F) return 0; /* surrogate */
    return 3;
  }
  if (c >= 0xF0 && c <= 0xF4) {
    if ((s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80 ||
        (s[3] & 0xC0) != 0x80)
      return 0;
    if (c == 0xF0 && s[1] < 0x90) return 0; /* overlong */
    if (c == 0xF4 && s[1] > 0x8F) return 0; /* above U+10FFFF */
    return 4;
  }
  return 0;
}

/* Are all eight bytes of w printable ASCII other than '"' and '\\' (bytes
 * that go out as they are)? */
static int plain8(uint64_t w) {
  return !(kg_json_special8(w) | (w & 0x8080808080808080ULL));
}

/* The NUL terminator stops a truncated sequence early, since it is not a
 * continuation byte. */
int kg_json_put_str(kg_buf *out, const char *str) {
  static const char hex[] = "0123456789ABCDEF";
  const unsigned char *s = (const unsigned char *)str, *run = s;
  const unsigned char *end = s + strlen(str);
  size_t mark = out->len;
  kg_buf_putc(out, '"');
  for (;;) {
    /* most of a string is plain ASCII: skip it eight bytes at a time */
    while (end - s >= 8) {
      uint64_t w;
      memcpy(&w, s, sizeof w);
      if (!plain8(w)) break;
      s += 8;
    }
    unsigned char c = *s;
    if (c >= 0x20 && c < 0x80 && c != '"' && c != '\\') {
      s++;
      continue;
    }
    if (c >= 0x80) {
      size_t n = utf8_seq(s);
      if (!n) {
        out->len = mark;
        out->ptr[mark] = '\0';
        return -1;
      }
      s += n;
      continue;
    }
    if (s > run) kg_buf_append(out, run, (size_t)(s - run));
    if (c == '\0') break;
    char esc[6] = {'\\', 0, '0', '0', 0, 0};
    size_t n = 2;
    switch (c) {
    case '"': esc[1] = '"'; break;
    case '\\': esc[1] = '\\'; break;
    case '\b': esc[1] = 'b'; break;
    case '\f': esc[1] = 'f'; break;
    case '\n': esc[1] = 'n'; break;
    case '\r': esc[1] = 'r'; break;
    case '\t': esc[1] = 't'; break;
    default: /* other control characters: \u00XX, upper-case hex */
      esc[1] = 'u';
      esc[4] = hex[c >> 4];
      esc[5] = hex[c & 0xF];
      n = 6;
    }
    kg_buf_append(out, esc, n);
    run = ++s;
  }
  kg_buf_putc(out, '"');
  return 0;
}

void kg_json_put_int(kg_buf *out, uint64_t v) {
  char tmp[24], *p = tmp + sizeof tmp;
  uint64_t u = v;
  int neg = u > (uint64_t)INT64_MAX;
  if (neg) u = ~u + 1; /* magnitude of the two's-complement value */
  do {
    *--p = (char)('0' + u % 10);
    u /= 10;
  } while (u);
  if (neg) *--p = '-';
  kg_buf_append(out, p, (size_t)(tmp + sizeof tmp - p));
}

void kg_json_put_real(kg_buf *out, double x) {
  char tmp[40];
  /* the usual case, a whole number: what "%.12g" and Jansson's ".0" give */
  if (x == floor(x) && fabs(x) < 1e12) {
    /* exact in an int64_t; "-0.0" keeps its sign as "%.0f" does */
    if (x == 0 && signbit(x)) kg_buf_putc(out, '-');
    kg_json_put_int(out, (uint64_t)(int64_t)x);
    kg_buf_append(out, ".0", 2);
    return;
  }
  int n = snprintf(tmp, sizeof tmp, "%.12g", x);
  if (n < 0 || (size_t)n >= sizeof tmp - 3) return;
  if (!strchr(tmp, '.') && !strchr(tmp, 'e')) {
    memcpy(tmp + n, ".0", 3);
    n += 2;
  }
  /* the exponent without '+' or leading zeros: "1e+20" -> "1e20",
   * "1e-05" -> "1e-5" */
  char *e = strchr(tmp, 'e');
  if (e) {
    char *start = e + 1, *end = start + 1;
    if (*start == '-') start++;
    while (*end == '0') end++;
    if (end != start) {
      memmove(start, end, (size_t)(tmp + n + 1 - end));
      n -= (int)(end - start);
    }
  }
  kg_buf_append(out, tmp, (size_t)n);
}
