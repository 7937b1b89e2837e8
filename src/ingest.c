/* ingest.c - inputs to documents (see ingest.h). Files are listed first
 * (walking directories, following symlinks but never the same directory
 * twice), sorted, then read one at a time; JSONL files (and JSONL on stdin)
 * are streamed line by line through a read buffer, so memory does not grow
 * with the corpus. Article lines take a fast path (a small JSON reader for
 * the common shape) and fall back to Jansson for anything unusual, so that
 * errors and edge cases are exactly Jansson's. */
#define _POSIX_C_SOURCE 200809L
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <jansson.h>

#include "src/buf.h"
#include "src/embedded.h"
#include "src/ingest.h"
#include "src/io.h"
#include "src/map.h"
#include "src/utf8.h"

typedef struct file_ent {
  char *path;
  int jsonl;
  char *bad; /* an error found while listing (reported when reached) */
} file_ent;

struct kg_ingest {
  file_ent *files;
  size_t n_files, cap_files, next;
  int samples;          /* iterate the embedded samples */
  size_t sample_ix;
  FILE *fp;             /* current JSONL stream */
  const char *fp_name;
  long fp_line;
  char *rbuf;           /* read buffer of the stream: [rpos, rend) unread */
  size_t rpos, rend;
  int reof;             /* the stream gave EOF or an error */
  char *line;
  size_t line_cap;
  kg_buf scratch;       /* decoded JSON strings */
  kg_map *seen_ids;     /* duplicate document ids */
  kg_map *seen_dirs;    /* dev:ino of walked directories */
  size_t bytes;
};

void kg_input_free(kg_input *in) {
  if (!in) return;
  free(in->id);
  free(in->text);
  free(in->date);
  free(in->title);
  free(in->url);
  free(in->source);
  memset(in, 0, sizeof *in);
}

static int has_ext(const char *p, const char *ext) {
  size_t n = strlen(p), e = strlen(ext);
  return n > e && strcmp(p + n - e, ext) == 0;
}

static void add_file(kg_ingest *it, const char *path, const char *bad) {
  KG_GROW(it->files, it->cap_files, it->n_files + 1);
  file_ent *f = &it->files[it->n_files++];
  f->path = kg_xstrdup(path);
  f->jsonl = has_ext(path, ".jsonl");
  f->bad = bad ? kg_xstrdup(bad) : NULL;
}

static int cmp_str(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

static void walk(kg_ingest *it, const char *dir, int depth) {
  struct stat st;
  if (stat(dir, &st) != 0) {
    add_file(it, dir, strerror(errno));
    return;
  }
  char key[64];
  int kl = snprintf(key, sizeof key, "%lu:%lu", (unsigned long)st.st_dev,
                    (unsigned long)st.st_ino);
  if (kg_map_get(it->seen_dirs, key, (size_t)kl) != KG_MAP_NONE) return;
  kg_map_put(it->seen_dirs, key, (size_t)kl, 1);
  if (depth > 64) {
    add_file(it, dir, "directories nested too deeply");
    return;
  }
  DIR *d = opendir(dir);
  if (!d) {
    add_file(it, dir, strerror(errno));
    return;
  }
  char **names = NULL;
  size_t n = 0, cap = 0;
  struct dirent *de;
  while ((de = readdir(d)) != NULL) {
    if (de->d_name[0] == '.') continue; /* hidden files, temp outputs */
    KG_GROW(names, cap, n + 1);
    names[n++] = kg_xstrdup(de->d_name);
  }
  closedir(d);
  if (n > 1) qsort(names, n, sizeof *names, cmp_str);
  for (size_t i = 0; i < n; i++) {
    kg_buf p = KG_BUF_INIT;
    kg_buf_printf(&p, "%s%s%s", dir, has_ext(dir, "/") ? "" : "/", names[i]);
    struct stat s2;
    if (stat(p.ptr, &s2) != 0) {
      /* a dangling symlink or a file that vanished */
      if (has_ext(names[i], ".txt") || has_ext(names[i], ".md") ||
          has_ext(names[i], ".jsonl"))
        add_file(it, p.ptr, strerror(errno));
    } else if (S_ISDIR(s2.st_mode)) {
      walk(it, p.ptr, depth + 1);
    } else if (has_ext(names[i], ".txt") || has_ext(names[i], ".md") ||
               has_ext(names[i], ".jsonl")) {
      /* a FIFO or device met in a walk would block or never end; named
       * on the command line, it is read (kg build <(...)) */
      add_file(it, p.ptr, S_ISREG(s2.st_mode) ? NULL
                                              : "not a regular file (skipped)");
    }
    kg_buf_free(&p);
    free(names[i]);
  }
  free(names);
}

static int cmp_file(const void *a, const void *b) {
  const file_ent *x = a, *y = b;
  /* stdin keeps its place first; then by path */
  int sx = strcmp(x->path, "-") == 0, sy = strcmp(y->path, "-") == 0;
  if (sx != sy) return sy - sx;
  return strcmp(x->path, y->path);
}

kg_ingest *kg_ingest_new(const char *const *paths, size_t n) {
  kg_ingest *it = kg_xcalloc(1, sizeof *it);
  /* Jansson seeds its hash function on first use; do it here, before any
   * pipeline thread parses JSON */
  json_object_seed(0);
  it->seen_ids = kg_map_new();
  it->seen_dirs = kg_map_new();
  if (n == 0) {
    it->samples = 1;
    return it;
  }
  for (size_t i = 0; i < n; i++) {
    const char *p = paths[i];
    struct stat st;
    if (strcmp(p, "-") == 0) {
      add_file(it, "-", NULL);
    } else if (stat(p, &st) != 0) {
      add_file(it, p, strerror(errno));
    } else if (S_ISDIR(st.st_mode)) {
      walk(it, p, 0);
    } else {
      add_file(it, p, NULL);
    }
  }
  if (it->n_files > 1) qsort(it->files, it->n_files, sizeof *it->files, cmp_file);
  return it;
}

size_t kg_ingest_bytes(const kg_ingest *it) { return it->bytes; }

void kg_ingest_free(kg_ingest *it) {
  if (!it) return;
  for (size_t i = 0; i < it->n_files; i++) {
    free(it->files[i].path);
    free(it->files[i].bad);
  }
  free(it->files);
  if (it->fp && it->fp != stdin) fclose(it->fp);
  free(it->line);
  free(it->rbuf);
  kg_buf_free(&it->scratch);
  kg_map_free(it->seen_ids);
  kg_map_free(it->seen_dirs);
  free(it);
}

static const char *base_name(const char *p) {
  const char *s = strrchr(p, '/');
  return s ? s + 1 : p;
}

/* Repaired copy of text: valid UTF-8, no NUL. */
static char *clean_text(const char *s, size_t len, size_t *out_len,
                        size_t *repairs) {
  if (kg_utf8_clean(s, len)) {
    *out_len = len;
    *repairs = 0;
    return kg_xstrndup(s, len);
  }
  kg_buf b = KG_BUF_INIT;
  *repairs = kg_utf8_repair(s, len, &b);
  *out_len = b.len;
  return kg_buf_detach(&b);
}

/* An article file's text as valid UTF-8: a byte-order mark dropped, UTF-16
 * (known by its mark: editors on Windows save it) converted, then repaired
 * as clean_text does. */
static char *file_text(const char *s, size_t len, size_t *out_len, size_t *repairs) {
  const unsigned char *u = (const unsigned char *)s;
  if (len >= 3 && u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF)
    return clean_text(s + 3, len - 3, out_len, repairs);
  if (len >= 2 && ((u[0] == 0xFF && u[1] == 0xFE) || (u[0] == 0xFE && u[1] == 0xFF))) {
    kg_buf b = KG_BUF_INIT;
    size_t fixes = kg_utf16_to_utf8(s + 2, len - 2, u[0] == 0xFE, &b);
    char *t = clean_text(b.len ? b.ptr : "", b.len, out_len, repairs);
    *repairs += fixes;
    kg_buf_free(&b);
    return t;
  }
  return clean_text(s, len, out_len, repairs);
}

static int claim_id(kg_ingest *it, const char *id, const char *source,
                    kg_error *err) {
  size_t n = strlen(id);
  if (kg_map_get(it->seen_ids, id, n) != KG_MAP_NONE) {
    kg_error_set(err, KG_EINVAL, source, 0,
                 "duplicate document id '%s' (skipped)", id);
    return -1;
  }
  kg_map_put(it->seen_ids, id, n, 1);
  return 0;
}

#define READ_BUF ((size_t)1 << 20)

/* Read one line of the current stream into it->line; returns its length,
 * or -1 at end of file, -2 when the line is too long (skipped). */
static long read_line(kg_ingest *it, kg_error *err) {
  size_t n = 0;
  int too_long = 0, any = 0;
  if (!it->line) { /* an empty first line still needs its terminator */
    it->line_cap = 65536;
    it->line = kg_xmalloc(it->line_cap);
  }
  if (!it->rbuf) it->rbuf = kg_xmalloc(READ_BUF);
  for (;;) {
    if (it->rpos == it->rend) {
      if (it->reof) break;
      it->rpos = 0;
      it->rend = fread(it->rbuf, 1, READ_BUF, it->fp);
      if (it->rend == 0) {
        it->reof = 1;
        break;
      }
    }
    any = 1;
    const char *p = it->rbuf + it->rpos;
    size_t avail = it->rend - it->rpos;
    const char *nl = memchr(p, '\n', avail);
    size_t take = nl ? (size_t)(nl - p) : avail;
    it->rpos += take + (nl ? 1 : 0);
    it->bytes += take + (nl ? 1 : 0);
    if (!too_long) {
      if (n + take + 1 > KG_MAX_INPUT) {
        too_long = 1;
      } else {
        if (n + take + 1 > it->line_cap) {
          size_t cap = it->line_cap;
          while (cap < n + take + 1) cap *= 2;
          it->line = kg_xrealloc(it->line, cap);
          it->line_cap = cap;
        }
        memcpy(it->line + n, p, take);
        n += take;
      }
    }
    if (nl) break;
  }
  if (!any) {
    if (ferror(it->fp))
      kg_error_set(err, KG_EIO, it->fp_name, it->fp_line, "%s", strerror(errno));
    return -1;
  }
  it->fp_line++;
  if (too_long) return -2;
  /* a byte-order mark before the first line */
  if (it->fp_line == 1 && n >= 3 && !memcmp(it->line, "\xEF\xBB\xBF", 3)) {
    memmove(it->line, it->line + 3, n - 3);
    n -= 3;
  }
  it->line[n] = '\0';
  return (long)n;
}

static void close_stream(kg_ingest *it) {
  if (it->fp && it->fp != stdin) fclose(it->fp);
  it->fp = NULL;
  it->rpos = it->rend = 0;
  it->reof = 0;
}

static int open_stream(kg_ingest *it, const char *path, kg_error *err) {
  if (strcmp(path, "-") == 0) {
    it->fp = stdin;
  } else {
    it->fp = fopen(path, "rb");
    if (!it->fp) {
      kg_error_set(err, errno == ENOENT ? KG_ENOENT : KG_EIO, path, 0, "%s",
                   strerror(errno));
      return -1;
    }
  }
  it->fp_name = path;
  it->fp_line = 0;
  it->rpos = it->rend = 0;
  it->reof = 0;
  return 0;
}

static int parse_article_jansson(kg_ingest *it, const char *line, size_t n,
                                 kg_input *out, kg_error *err);

static char *dup_field(json_t *o, const char *k) {
  json_t *v = json_object_get(o, k);
  if (!json_is_string(v)) return NULL;
  size_t n = json_string_length(v);
  size_t len, rep;
  return clean_text(json_string_value(v), n, &len, &rep);
}

/* Turn every lone surrogate escape (\ud800 without its pair: Python's
 * json.dumps writes them for broken text) into \ufffd, in place, so that
 * Jansson does not reject the whole article; as invalid UTF-8 is repaired. */
static void fix_surrogates(char *s, size_t n) {
  for (size_t i = 0; i + 1 < n; i++) {
    if (s[i] != '\\') continue;
    if (s[i + 1] != 'u') { i++; continue; } /* \\, \" ...: skip the pair */
    uint32_t u, lo;
    if (i + 6 > n || kg_hex4(s + i + 2, &u) != 0) continue;
    if (u >= 0xD800 && u <= 0xDBFF && i + 12 <= n && s[i + 6] == '\\' &&
        s[i + 7] == 'u' && kg_hex4(s + i + 8, &lo) == 0 && lo >= 0xDC00 &&
        lo <= 0xDFFF) {
      i += 11; /* a valid pair */
      continue;
    }
    if (u >= 0xD800 && u <= 0xDFFF) memcpy(s + i + 2, "fffd", 4);
    i += 5;
  }
}

/* ---- the fast path for article lines ---------------------------------------
 * A strict reader for the shape nearly every corpus line has: one object
 * whose "id", "text", "date", "title" and "url" are strings (or an integer
 * id) among any other members. Anything it is not sure to read exactly as
 * Jansson would (escaped keys, a repeated field, \u0000, lone surrogates,
 * exponents, deep nesting, any syntax error) makes it give up, and the line
 * goes through Jansson, which then also words the error. The line is valid
 * UTF-8 without NUL (checked first), so decoded strings are too. */

typedef struct jreader {
  const unsigned char *p, *end;
} jreader;

static void j_ws(jreader *r) {
  while (r->p < r->end &&
         (*r->p == ' ' || *r->p == '\t' || *r->p == '\n' || *r->p == '\r'))
    r->p++;
}

/* The string at r->p (a '"'): decoded into `out` unless NULL; `*esc` (when
 * not NULL) tells whether it had escapes. Returns 0, or -1 to give up. */
static int j_string(jreader *r, kg_buf *out, int *esc) {
  const char *q = kg_json_string((const char *)r->p, (const char *)r->end, out, esc);
  if (!q) return -1;
  r->p = (const unsigned char *)q;
  return 0;
}

/* A number; `*ival` and `*is_int` say what it was (integers of up to 18
 * digits only). Returns 0, or -1 to give up. */
static int j_number(jreader *r, int *is_int, long long *ival) {
  const unsigned char *p = r->p, *end = r->end;
  int neg = 0;
  if (p < end && *p == '-') {
    neg = 1;
    p++;
  }
  const unsigned char *digits = p;
  if (p < end && *p == '0') {
    p++;
  } else if (p < end && *p >= '1' && *p <= '9') {
    while (p < end && *p >= '0' && *p <= '9') p++;
  } else {
    return -1;
  }
  size_t nd = (size_t)(p - digits);
  int integer = 1;
  if (p < end && *p == '.') {
    integer = 0;
    p++;
    if (p >= end || !(*p >= '0' && *p <= '9')) return -1;
    while (p < end && *p >= '0' && *p <= '9') p++;
  }
  if (p < end && (*p == 'e' || *p == 'E')) return -1;
  if (p - r->p > 300 || (integer && nd > 18)) return -1;
  if (integer) {
    long long v = 0;
    for (size_t i = 0; i < nd; i++) v = v * 10 + (digits[i] - '0');
    *ival = neg ? -v : v;
  }
  *is_int = integer;
  r->p = p;
  return 0;
}

static int j_literal(jreader *r, const char *lit) {
  size_t n = strlen(lit);
  if ((size_t)(r->end - r->p) < n || memcmp(r->p, lit, n) != 0) return -1;
  r->p += n;
  return 0;
}

/* Skip any value. Returns 0, or -1 to give up. */
static int j_skip(jreader *r, int depth) {
  int is_int;
  long long v;
  if (depth > 32) return -1;
  j_ws(r);
  if (r->p >= r->end) return -1;
  switch (*r->p) {
  case '"':
    return j_string(r, NULL, NULL);
  case 't':
    return j_literal(r, "true");
  case 'f':
    return j_literal(r, "false");
  case 'n':
    return j_literal(r, "null");
  case '{':
  case '[': {
    int obj = *r->p == '{';
    char close = obj ? '}' : ']';
    r->p++;
    j_ws(r);
    if (r->p < r->end && *r->p == close) {
      r->p++;
      return 0;
    }
    for (;;) {
      if (obj) {
        j_ws(r);
        if (r->p >= r->end || *r->p != '"' || j_string(r, NULL, NULL) != 0) return -1;
        j_ws(r);
        if (r->p >= r->end || *r->p != ':') return -1;
        r->p++;
      }
      if (j_skip(r, depth + 1) != 0) return -1;
      j_ws(r);
      if (r->p >= r->end) return -1;
      if (*r->p == ',') {
        r->p++;
        continue;
      }
      if (*r->p != close) return -1;
      r->p++;
      return 0;
    }
  }
  default:
    return j_number(r, &is_int, &v);
  }
}

enum { F_ID, F_TEXT, F_DATE, F_TITLE, F_URL, F_COUNT };
static const char *const field_names[F_COUNT] = {"id", "text", "date", "title",
                                                 "url"};

/* Read an article line the fast way into `out` (id, text, date, title,
 * url). Returns 1, or 0 (nothing allocated) when Jansson must do it. */
static int fast_article(kg_ingest *it, const char *line, size_t n,
                        kg_input *out) {
  jreader r = {(const unsigned char *)line, (const unsigned char *)line + n};
  kg_buf f[F_COUNT];
  int kind[F_COUNT] = {0}; /* 0 absent, 1 string, 2 integer, 3 other */
  long long id_int = 0;
  int ok = 0;
  memset(f, 0, sizeof f);
  j_ws(&r);
  if (r.p >= r.end || *r.p != '{') return 0;
  r.p++;
  for (;;) {
    j_ws(&r);
    if (r.p >= r.end || *r.p != '"') goto done;
    const unsigned char *k = r.p + 1;
    int esc = 0;
    if (j_string(&r, NULL, &esc) != 0 || esc) goto done;
    size_t klen = (size_t)(r.p - 1 - k);
    int which = -1;
    for (int i = 0; i < F_COUNT; i++)
      if (strlen(field_names[i]) == klen && memcmp(field_names[i], k, klen) == 0)
        which = i;
    j_ws(&r);
    if (r.p >= r.end || *r.p != ':') goto done;
    r.p++;
    j_ws(&r);
    if (r.p >= r.end) goto done;
    if (which >= 0) {
      if (kind[which]) goto done; /* repeated: Jansson keeps the last */
      if (*r.p == '"') {
        kg_buf_append(&f[which], "", 0);
        if (j_string(&r, &f[which], NULL) != 0) goto done;
        kind[which] = 1;
      } else if (which == F_ID && (*r.p == '-' || (*r.p >= '0' && *r.p <= '9'))) {
        int is_int;
        if (j_number(&r, &is_int, &id_int) != 0) goto done;
        kind[which] = is_int ? 2 : 3;
      } else {
        if (j_skip(&r, 1) != 0) goto done;
        kind[which] = 3;
      }
    } else if (j_skip(&r, 1) != 0) {
      goto done;
    }
    j_ws(&r);
    if (r.p >= r.end) goto done;
    if (*r.p == ',') {
      r.p++;
      continue;
    }
    if (*r.p != '}') goto done;
    r.p++;
    break;
  }
  j_ws(&r);
  if (r.p != r.end || kind[F_TEXT] != 1) goto done;
  memset(out, 0, sizeof *out);
  if (kind[F_ID] == 1 && f[F_ID].len > 0) {
    out->id = kg_buf_detach(&f[F_ID]);
  } else {
    kg_buf b = KG_BUF_INIT;
    if (kind[F_ID] == 2)
      kg_buf_printf(&b, "%lld", id_int);
    else
      kg_buf_printf(&b, "%s:%ld", base_name(it->fp_name), it->fp_line);
    out->id = kg_buf_detach(&b);
  }
  out->len = f[F_TEXT].len;
  out->text = kg_buf_detach(&f[F_TEXT]);
  if (kind[F_DATE] == 1) out->date = kg_buf_detach(&f[F_DATE]);
  if (kind[F_TITLE] == 1) out->title = kg_buf_detach(&f[F_TITLE]);
  if (kind[F_URL] == 1) out->url = kg_buf_detach(&f[F_URL]);
  ok = 1;
done:
  for (int i = 0; i < F_COUNT; i++) kg_buf_free(&f[i]);
  return ok;
}

/* One JSONL article line. Returns 1, or -1 with err set. */
static int parse_article_line(kg_ingest *it, const char *line, size_t n,
                              kg_input *out, kg_error *err) {
  if (kg_utf8_clean(line, n) && fast_article(it, line, n, out)) {
    kg_buf src = KG_BUF_INIT;
    kg_buf_printf(&src, "%s:%ld", it->fp_name, it->fp_line);
    out->source = kg_buf_detach(&src);
    if (claim_id(it, out->id, out->source, err) != 0) {
      kg_input_free(out);
      return -1;
    }
    return 1;
  }
  return parse_article_jansson(it, line, n, out, err);
}

/* One JSONL article line, the general way. Returns 1, or -1 with err set. */
static int parse_article_jansson(kg_ingest *it, const char *line, size_t n,
                                 kg_input *out, kg_error *err) {
  /* repair first, so that invalid UTF-8 does not make the line malformed */
  size_t clen, rep;
  char *clean = clean_text(line, n, &clen, &rep);
  fix_surrogates(clean, clen);
  json_error_t je;
  json_t *o = json_loadb(clean, clen, JSON_ALLOW_NUL, &je);
  free(clean);
  if (!o) {
    kg_error_set(err, KG_EPARSE, it->fp_name, it->fp_line, "invalid JSON: %s",
                 je.text);
    return -1;
  }
  json_t *text = json_object_get(o, "text");
  json_t *id = json_object_get(o, "id");
  if (!json_is_object(o) || !json_is_string(text)) {
    json_decref(o);
    kg_error_set(err, KG_EPARSE, it->fp_name, it->fp_line,
                 "expected an object with a string \"text\"");
    return -1;
  }
  memset(out, 0, sizeof *out);
  if (json_is_string(id) && json_string_length(id) > 0) {
    out->id = dup_field(o, "id");
  } else if (json_is_integer(id)) {
    kg_buf b = KG_BUF_INIT;
    kg_buf_printf(&b, "%lld", (long long)json_integer_value(id));
    out->id = kg_buf_detach(&b);
  } else {
    kg_buf b = KG_BUF_INIT;
    kg_buf_printf(&b, "%s:%ld", base_name(it->fp_name), it->fp_line);
    out->id = kg_buf_detach(&b);
  }
  out->text = clean_text(json_string_value(text), json_string_length(text),
                         &out->len, &out->repairs);
  out->repairs += rep;
  out->date = dup_field(o, "date");
  out->title = dup_field(o, "title");
  out->url = dup_field(o, "url");
  kg_buf src = KG_BUF_INIT;
  kg_buf_printf(&src, "%s:%ld", it->fp_name, it->fp_line);
  out->source = kg_buf_detach(&src);
  json_decref(o);
  if (claim_id(it, out->id, out->source, err) != 0) {
    kg_input_free(out);
    return -1;
  }
  return 1;
}

static int is_blank(const char *s, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (s[i] != ' ' && s[i] != '\t' && s[i] != '\r') return 0;
  return 1;
}

/* Standard input: JSONL when its first non-blank byte is '{' (returns 0,
 * with stdin set up as the current stream, so any size streams through),
 * else one article (returns 1 with the whole of it), or -1 on error. */
static int read_stdin(kg_ingest *it, char **data, size_t *len, kg_error *err) {
  kg_buf ws = KG_BUF_INIT;
  long lines = 0;
  int c;
  /* a UTF-8 byte-order mark is dropped; what merely starts like one is
   * text (an article) */
  int text = 0;
  if ((c = getc(stdin)) == 0xEF) {
    int c2 = getc(stdin), c3 = c2 == 0xBB ? getc(stdin) : EOF;
    if (c2 != 0xBB || c3 != 0xBF) {
      kg_buf_putc(&ws, (char)c);
      if (c2 != EOF) kg_buf_putc(&ws, (char)c2);
      if (c3 != EOF) kg_buf_putc(&ws, (char)c3);
      text = 1;
    }
  } else if (c != EOF) {
    ungetc(c, stdin);
  }
  if (!text) {
    while ((c = getc(stdin)) == ' ' || c == '\n' || c == '\t' || c == '\r') {
      lines += c == '\n';
      kg_buf_putc(&ws, (char)c);
      if (ws.len > KG_MAX_INPUT) break;
    }
    if (c != EOF && c != '{') ungetc(c, stdin);
  }
  if (!text && c == '{') {
    ungetc(c, stdin);
    it->fp = stdin;
    it->fp_name = "-";
    it->fp_line = lines;
    it->rpos = it->rend = 0;
    it->reof = 0;
    it->bytes += ws.len;
    kg_buf_free(&ws);
    return 0;
  }
  char *rest;
  size_t n;
  if (kg_read_stream(stdin, "-", KG_MAX_INPUT, &rest, &n, err) != KG_OK) {
    kg_buf_free(&ws);
    return -1;
  }
  if (ws.len + n > KG_MAX_INPUT) {
    kg_buf_free(&ws);
    free(rest);
    kg_error_set(err, KG_ETOOBIG, "-", 0, "larger than the %zu MB input limit",
                 KG_MAX_INPUT >> 20);
    return -1;
  }
  if (!ws.len) {
    *data = rest;
    *len = n;
  } else {
    kg_buf_append(&ws, rest, n);
    free(rest);
    *len = ws.len;
    *data = kg_buf_detach(&ws);
  }
  kg_buf_free(&ws);
  return 1;
}

static int next_input(kg_ingest *it, kg_input *out, kg_error *err);

/* The next article, its text with the HTML markup a crawl leaves in it
 * removed (kg_html_strip) and the character references in its text and
 * title decoded (kg_html_unescape). */
int kg_ingest_next(kg_ingest *it, kg_input *out, kg_error *err) {
  int r = next_input(it, out, err);
  if (r == 1) {
    if (out->text) {
      out->len = kg_html_unescape(out->text, kg_html_strip(out->text, out->len));
      out->text[out->len] = '\0';
    }
    if (out->title) out->title[kg_html_unescape(out->title, strlen(out->title))] = '\0';
  }
  return r;
}

static int next_input(kg_ingest *it, kg_input *out, kg_error *err) {
  memset(out, 0, sizeof *out);
  if (it->samples) {
    const kg_embedded *e = kg_embedded_samples();
    if (!e[it->sample_ix].name) return 0;
    e = &e[it->sample_ix++];
    out->id = kg_xstrdup(e->name);
    out->text = clean_text(e->data, e->len, &out->len, &out->repairs);
    kg_buf src = KG_BUF_INIT;
    kg_buf_printf(&src, "samples/%s", e->name);
    out->source = kg_buf_detach(&src);
    it->bytes += e->len;
    return 1;
  }
  for (;;) {
    if (it->fp) {
      long n = read_line(it, err);
      if (n == -1) {
        int failed = ferror(it->fp);
        close_stream(it);
        if (failed) return -1;
        continue;
      }
      if (n == -2) {
        kg_error_set(err, KG_ETOOBIG, it->fp_name, it->fp_line,
                     "line longer than %zu MB (skipped)", KG_MAX_INPUT >> 20);
        return -1;
      }
      if (is_blank(it->line, (size_t)n)) continue;
      return parse_article_line(it, it->line, (size_t)n, out, err);
    }
    if (it->next >= it->n_files) return 0;
    file_ent *f = &it->files[it->next++];
    if (f->bad) {
      kg_error_set(err, KG_EIO, f->path, 0, "%s", f->bad);
      return -1;
    }
    if (f->jsonl) {
      if (open_stream(it, f->path, err) != 0) return -1;
      continue;
    }
    char *data;
    size_t len;
    if (strcmp(f->path, "-") == 0) {
      int r = read_stdin(it, &data, &len, err);
      if (r < 0) return -1;
      if (r == 0) continue; /* JSONL: streamed like a .jsonl file */
    } else if (kg_read_file(f->path, KG_MAX_INPUT, &data, &len, err) != KG_OK) {
      return -1;
    }
    it->bytes += len;
    out->id = kg_xstrdup(strcmp(f->path, "-") == 0 ? "stdin" : base_name(f->path));
    out->text = file_text(data, len, &out->len, &out->repairs);
    out->source = kg_xstrdup(f->path);
    free(data);
    if (claim_id(it, out->id, out->source, err) != 0) {
      kg_input_free(out);
      return -1;
    }
    return 1;
  }
}

int kg_ingest_next_line(kg_ingest *it, const char **text, size_t *len,
                        const char **name, long *line, kg_error *err) {
  for (;;) {
    if (it->fp) {
      long n = read_line(it, err);
      if (n == -1) {
        int failed = ferror(it->fp);
        close_stream(it);
        if (failed) return -1;
        continue;
      }
      if (n == -2) {
        kg_error_set(err, KG_ETOOBIG, it->fp_name, it->fp_line,
                     "line longer than %zu MB (skipped)", KG_MAX_INPUT >> 20);
        return -1;
      }
      if (is_blank(it->line, (size_t)n)) continue;
      *text = it->line;
      *len = (size_t)n;
      *name = it->fp_name;
      *line = it->fp_line;
      return 1;
    }
    if (it->samples || it->next >= it->n_files) return 0;
    file_ent *f = &it->files[it->next++];
    if (f->bad) {
      kg_error_set(err, KG_EIO, f->path, 0, "%s", f->bad);
      return -1;
    }
    if (open_stream(it, f->path, err) != 0) return -1;
  }
}
