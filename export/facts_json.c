/* facts_json.c - one document's facts as one JSON line (the map step's
 * output, `kg extract`) and back (`kg build --facts`). The shape:
 * {"doc","title","date","url","entities":[{"key","type","label","aliases",
 *  "titles","country","subtype","date","place","status","cameo","offset"}],
 *  "links":[{"type","source","target","date","title","event","offset",
 *  "text"}], "mentions":[[offset,len,entity],...]}
 * with entity references as indexes into "entities". */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "export/internal.h"
#include "src/utf8.h"

/* The writer emits the text json_dumps(JSON_COMPACT | JSON_PRESERVE_ORDER)
 * gave for the Jansson tree the previous version built, byte for byte:
 * members in insertion order, "," and ":" without spaces, integers as
 * json_int_t in decimal, strings escaped as Jansson's dump_string does
 * without JSON_ENSURE_ASCII or JSON_ESCAPE_SLASH. json_string() refused
 * (returned NULL for) strings that are not valid UTF-8, and setting or
 * appending NULL was a no-op, so such a string's member or array element is
 * left out; that is why put_str can take back what it wrote. Nothing here is
 * shared between calls, so it runs on worker threads as before. */

/* A member's separator and name as one literal, `,"name":`, and its
 * length: put_key writes it without the ',' for an object's first member
 * (one append of a known length per member). */
#define KEY(name) ",\"" name "\":", sizeof(",\"" name "\":") - 1

/* Write the separator and `"name":` of the next member of an object;
 * `*first` is the object's "no member yet" flag; `key` and `n` come from
 * KEY. */
static void put_key(kg_buf *out, int *first, const char *key, size_t n) {
  size_t skip = *first ? 1 : 0;
  *first = 0;
  kg_buf_append(out, key + skip, n - skip);
}

/* A string member; NULL or invalid UTF-8 leaves the member out. */
static void put_str(kg_buf *out, int *first, const char *key, size_t n,
                    const char *v) {
  if (!v) return;
  size_t mark = out->len;
  int was_first = *first;
  put_key(out, first, key, n);
  if (kg_json_put_str(out, v) != 0) {
    out->len = mark;
    out->ptr[mark] = '\0';
    *first = was_first;
  }
}

static void put_int_member(kg_buf *out, int *first, const char *key, size_t n,
                           size_t v) {
  put_key(out, first, key, n);
  kg_json_put_int(out, (uint64_t)v);
}

/* An array of strings, leaving out invalid UTF-8 ones. */
static void put_strs(kg_buf *out, int *first, const char *key, size_t n,
                     const kg_strs *l) {
  put_key(out, first, key, n);
  kg_buf_putc(out, '[');
  int none = 1;
  for (size_t i = 0; i < l->n; i++) {
    if (!l->v[i]) continue; /* json_string(NULL) was NULL too */
    size_t mark = out->len;
    if (!none) kg_buf_putc(out, ',');
    if (kg_json_put_str(out, l->v[i]) != 0) {
      out->len = mark;
      out->ptr[mark] = '\0';
      continue;
    }
    none = 0;
  }
  kg_buf_putc(out, ']');
}

void kg_facts_to_json(const kg_facts *f, kg_buf *out) {
  int first = 1;
  kg_buf_putc(out, '{');
  put_str(out, &first, KEY("doc"), f->doc);
  put_str(out, &first, KEY("title"), f->title);
  put_str(out, &first, KEY("date"), f->date);
  put_str(out, &first, KEY("url"), f->url);
  put_key(out, &first, KEY("entities"));
  kg_buf_putc(out, '[');
  for (size_t i = 0; i < f->n_entities; i++) {
    const kg_entity *e = &f->entities[i];
    int ef = 1;
    if (i) kg_buf_putc(out, ',');
    kg_buf_putc(out, '{');
    put_str(out, &ef, KEY("key"), e->key);
    put_str(out, &ef, KEY("type"), kg_ent_type_name(e->type));
    put_str(out, &ef, KEY("label"), e->label);
    if (e->aliases.n) put_strs(out, &ef, KEY("aliases"), &e->aliases);
    if (e->titles.n) put_strs(out, &ef, KEY("titles"), &e->titles);
    put_str(out, &ef, KEY("country"), e->country);
    put_str(out, &ef, KEY("subtype"), e->subtype);
    put_str(out, &ef, KEY("date"), e->date);
    put_str(out, &ef, KEY("place"), e->place);
    put_str(out, &ef, KEY("status"), e->status);
    put_str(out, &ef, KEY("cameo"), e->cameo);
    put_int_member(out, &ef, KEY("offset"), e->offset);
    kg_buf_putc(out, '}');
  }
  kg_buf_putc(out, ']');
  put_key(out, &first, KEY("links"));
  kg_buf_putc(out, '[');
  for (size_t i = 0; i < f->n_links; i++) {
    const kg_link *l = &f->links[i];
    int lf = 1;
    if (i) kg_buf_putc(out, ',');
    kg_buf_putc(out, '{');
    put_str(out, &lf, KEY("type"), kg_link_type_name(l->type));
    put_int_member(out, &lf, KEY("source"), l->source);
    put_int_member(out, &lf, KEY("target"), l->target);
    put_str(out, &lf, KEY("date"), l->date);
    put_str(out, &lf, KEY("title"), l->title);
    if (l->event != KG_NO_ENTITY) put_int_member(out, &lf, KEY("event"), l->event);
    put_int_member(out, &lf, KEY("offset"), l->offset);
    put_str(out, &lf, KEY("text"), l->text);
    kg_buf_putc(out, '}');
  }
  kg_buf_putc(out, ']');
  put_key(out, &first, KEY("mentions"));
  kg_buf_putc(out, '[');
  for (size_t i = 0; i < f->n_mentions; i++) {
    const kg_mention *m = &f->mentions[i];
    if (i) kg_buf_putc(out, ',');
    kg_buf_putc(out, '[');
    kg_json_put_int(out, (uint64_t)m->offset);
    kg_buf_putc(out, ',');
    kg_json_put_int(out, (uint64_t)m->len);
    kg_buf_putc(out, ',');
    kg_json_put_int(out, (uint64_t)m->entity);
    kg_buf_putc(out, ']');
  }
  kg_buf_puts(out, "]}\n");
}

/* ---- reading: through Jansson ------------------------------------------------ */

static const char *get_str(json_t *o, const char *k) {
  json_t *v = json_object_get(o, k);
  return json_is_string(v) ? json_string_value(v) : NULL;
}

static int get_index(json_t *o, const char *k, size_t limit, size_t *out) {
  json_t *v = json_object_get(o, k);
  if (!json_is_integer(v)) return -1;
  json_int_t x = json_integer_value(v);
  if (x < 0 || (size_t)x >= limit) return -1;
  *out = (size_t)x;
  return 0;
}

static void get_strs(kg_facts *f, json_t *o, const char *k, kg_strs *l) {
  json_t *a = json_object_get(o, k);
  size_t i;
  json_t *v;
  json_array_foreach(a, i, v) {
    if (json_is_string(v)) kg_strs_add(f, l, json_string_value(v));
  }
}

kg_status kg_facts_from_json_jansson(const char *text, size_t len,
                                     const char *name, long line,
                                     kg_facts **out, kg_error *err) {
  json_error_t je;
  json_t *o = json_loadb(text, len, JSON_REJECT_DUPLICATES, &je);
  if (!o)
    return kg_error_set(err, KG_EPARSE, name, line, "invalid JSON: %s",
                        je.text);
  kg_status st = KG_OK;
  const char *doc = get_str(o, "doc");
  json_t *ents = json_object_get(o, "entities");
  json_t *links = json_object_get(o, "links");
  if (!json_is_object(o) || !doc || !json_is_array(ents) ||
      (links && !json_is_array(links))) {
    json_decref(o);
    return kg_error_set(err, KG_EPARSE, name, line,
                        "not a facts record (needs \"doc\" and \"entities\")");
  }
  kg_facts *f = kg_facts_new(doc);
  f->title = kg_facts_str(f, get_str(o, "title"));
  f->date = kg_facts_str(f, get_str(o, "date"));
  f->url = kg_facts_str(f, get_str(o, "url"));
  size_t i;
  json_t *v;
  json_array_foreach(ents, i, v) {
    const char *key = get_str(v, "key"), *type = get_str(v, "type");
    const char *label = get_str(v, "label");
    kg_ent_type t;
    if (!key || !type || !label || kg_ent_type_parse(type, &t) != 0) {
      st = kg_error_set(err, KG_EPARSE, name, line,
                        "entity %zu: needs key, a known type and label", i);
      break;
    }
    size_t ix = kg_facts_add_entity(f, t, key, label);
    kg_entity *e = &f->entities[ix];
    get_strs(f, v, "aliases", &e->aliases);
    get_strs(f, v, "titles", &e->titles);
    e->country = kg_facts_str(f, get_str(v, "country"));
    e->subtype = kg_facts_str(f, get_str(v, "subtype"));
    e->date = kg_facts_str(f, get_str(v, "date"));
    e->place = kg_facts_str(f, get_str(v, "place"));
    e->status = kg_facts_str(f, get_str(v, "status"));
    e->cameo = kg_facts_str(f, get_str(v, "cameo"));
    json_t *off = json_object_get(v, "offset");
    e->offset = json_is_integer(off) && json_integer_value(off) >= 0
                    ? (size_t)json_integer_value(off)
                    : 0;
  }
  if (st == KG_OK) {
    json_array_foreach(links, i, v) {
      const char *type = get_str(v, "type");
      kg_link_type t;
      size_t s, d, ev;
      if (!type || kg_link_type_parse(type, &t) != 0 ||
          get_index(v, "source", f->n_entities, &s) != 0 ||
          get_index(v, "target", f->n_entities, &d) != 0) {
        st = kg_error_set(err, KG_EPARSE, name, line,
                          "link %zu: needs a known type and entity indexes", i);
        break;
      }
      json_t *off = json_object_get(v, "offset");
      size_t o2 = json_is_integer(off) && json_integer_value(off) >= 0
                      ? (size_t)json_integer_value(off)
                      : 0;
      size_t li = kg_facts_add_link(f, t, s, d, get_str(v, "date"),
                                    get_str(v, "title"), o2, get_str(v, "text"));
      if (get_index(v, "event", f->n_entities, &ev) == 0) f->links[li].event = ev;
    }
  }
  if (st == KG_OK) {
    json_t *ms = json_object_get(o, "mentions");
    json_array_foreach(ms, i, v) {
      json_int_t a, b, c;
      if (json_unpack(v, "[III]", &a, &b, &c) == 0 && a >= 0 && b >= 0 &&
          c >= 0 && (size_t)c < f->n_entities)
        kg_facts_add_mention(f, (size_t)a, (size_t)b, (size_t)c);
    }
  }
  json_decref(o);
  if (st != KG_OK) {
    kg_facts_free(f);
    return st;
  }
  *out = f;
  return KG_OK;
}

/* ---- reading: the fast path -------------------------------------------------- */

/* Facts lines as kg writes them are read directly, without a Jansson tree
 * (which was two thirds of `kg build --facts`). Anything this reader is not
 * sure about -- a key it does not know or sees twice, a member out of the
 * writer's order (doc before entities before links and mentions), a value
 * of an unexpected type, a negative, fractional or huge number, \u0000, a
 * lone surrogate, an entity or link the Jansson reader would refuse, any
 * syntax error -- makes it give up, and the line goes through Jansson as
 * before; so results and error messages are exactly Jansson's
 * (tests/unit/test_export.c compares both on mutated lines). The caller has
 * checked that the line is valid UTF-8. */
typedef struct {
  const char *p, *end;
  kg_facts *f;
  kg_buf tmp; /* a string with escapes, decoded */
} fx;

static void fx_ws(fx *s) {
  while (s->p < s->end &&
         (*s->p == ' ' || *s->p == '\t' || *s->p == '\n' || *s->p == '\r'))
    s->p++;
}

/* Consume `c` (after white space); 0 when it is not next. */
static int fx_lit(fx *s, char c) {
  fx_ws(s);
  if (s->p < s->end && *s->p == c) {
    s->p++;
    return 1;
  }
  return 0;
}

/* A string value, copied into the facts' arena (*out), or null (*out NULL).
 * Returns 0 to give up. */
static int fx_str(fx *s, char **out) {
  fx_ws(s);
  if (s->end - s->p >= 4 && !memcmp(s->p, "null", 4)) {
    s->p += 4;
    *out = NULL;
    return 1;
  }
  if (s->p >= s->end || *s->p != '"') return 0;
  int esc = 0;
  const char *q = kg_json_string(s->p, s->end, NULL, &esc);
  if (!q) return 0;
  if (!esc) { /* the usual case: copied as it stands */
    *out = kg_facts_strn(s->f, s->p + 1, (size_t)(q - s->p - 2));
  } else {
    kg_buf_reset(&s->tmp);
    kg_json_string(s->p, s->end, &s->tmp, NULL);
    *out = kg_facts_strn(s->f, s->tmp.ptr, s->tmp.len);
  }
  s->p = q;
  return 1;
}

/* A non-negative integer of at most 18 digits (no fraction or exponent).
 * Returns 0 to give up. */
static int fx_uint(fx *s, size_t *out) {
  fx_ws(s);
  const char *q = s->p;
  size_t v = 0;
  while (q < s->end && *q >= '0' && *q <= '9') v = v * 10 + (size_t)(*q++ - '0');
  size_t n = (size_t)(q - s->p);
  if (n == 0 || n > 18 || (n > 1 && *s->p == '0')) return 0;
  if (q < s->end && (*q == '.' || *q == 'e' || *q == 'E')) return 0;
  s->p = q;
  *out = v;
  return 1;
}

/* The next member's key, which must be plain and one of `keys`; returns its
 * index, or -1 to give up (also on a repeated key: `seen` is a bit set). */
static int fx_key(fx *s, const char *const *keys, uint32_t *seen) {
  fx_ws(s);
  if (s->p >= s->end || *s->p != '"') return -1;
  const char *k = ++s->p;
  while (s->p < s->end && *s->p != '"' && *s->p != '\\') s->p++;
  if (s->p >= s->end || *s->p != '"') return -1;
  size_t len = (size_t)(s->p - k);
  s->p++;
  if (!fx_lit(s, ':')) return -1;
  for (int i = 0; keys[i]; i++)
    if (strlen(keys[i]) == len && !memcmp(keys[i], k, len)) {
      if (*seen & (1u << i)) return -1;
      *seen |= 1u << i;
      return i;
    }
  return -1;
}

/* After a member or element: 1 at ',' (another follows), 0 at `close`,
 * -1 otherwise. */
static int fx_more(fx *s, char close) {
  if (fx_lit(s, ',')) return 1;
  return fx_lit(s, close) ? 0 : -1;
}

/* An array of strings into `l` (kg_strs_add: no empty strings, no repeats). */
static int fx_strs(fx *s, kg_strs *l) {
  if (!fx_lit(s, '[')) return 0;
  if (fx_lit(s, ']')) return 1;
  for (;;) {
    char *v;
    if (!fx_str(s, &v) || !v) return 0;
    kg_strs_add(s->f, l, v);
    int m = fx_more(s, ']');
    if (m < 0) return 0;
    if (m == 0) return 1;
  }
}

enum { EK_KEY, EK_TYPE, EK_LABEL, EK_ALIASES, EK_TITLES, EK_COUNTRY, EK_SUBTYPE,
       EK_DATE, EK_PLACE, EK_STATUS, EK_CAMEO, EK_OFFSET };
static const char *const ent_keys[] = {"key", "type", "label", "aliases",
                                       "titles", "country", "subtype", "date",
                                       "place", "status", "cameo", "offset", NULL};

static int fx_entity(fx *s) {
  if (!fx_lit(s, '{')) return 0;
  char *v[EK_OFFSET] = {NULL};
  kg_strs lists[2] = {{NULL, 0, 0}, {NULL, 0, 0}};
  size_t offset = 0;
  uint32_t seen = 0;
  int ok = 1;
  if (!fx_lit(s, '}')) {
    for (;;) {
      int k = fx_key(s, ent_keys, &seen);
      if (k < 0) ok = 0;
      else if (k == EK_ALIASES || k == EK_TITLES) ok = fx_strs(s, &lists[k - EK_ALIASES]);
      else if (k == EK_OFFSET) ok = fx_uint(s, &offset);
      else ok = fx_str(s, &v[k]);
      if (!ok) break;
      int m = fx_more(s, '}');
      if (m <= 0) {
        ok = m == 0;
        break;
      }
    }
  }
  kg_ent_type t;
  if (!ok || !v[EK_KEY] || !v[EK_TYPE] || !v[EK_LABEL] ||
      kg_ent_type_parse(v[EK_TYPE], &t) != 0) {
    kg_strs_release(&lists[0]);
    kg_strs_release(&lists[1]);
    return 0;
  }
  kg_facts *f = s->f;
  size_t ix = kg_facts_add_entity(f, t, v[EK_KEY], v[EK_LABEL]);
  kg_entity *e = &f->entities[ix];
  e->aliases = lists[0];
  e->titles = lists[1];
  e->country = v[EK_COUNTRY];
  e->subtype = v[EK_SUBTYPE];
  e->date = v[EK_DATE];
  e->place = v[EK_PLACE];
  e->status = v[EK_STATUS];
  e->cameo = v[EK_CAMEO];
  e->offset = offset;
  return 1;
}

enum { LK_TYPE, LK_SOURCE, LK_TARGET, LK_DATE, LK_TITLE, LK_EVENT, LK_OFFSET,
       LK_TEXT };
static const char *const link_keys[] = {"type", "source", "target", "date",
                                        "title", "event", "offset", "text", NULL};

static int fx_link(fx *s) {
  if (!fx_lit(s, '{')) return 0;
  char *type = NULL, *date = NULL, *title = NULL, *text = NULL;
  size_t num[3] = {0, 0, 0}; /* source, target, event */
  size_t offset = 0;
  uint32_t seen = 0;
  if (!fx_lit(s, '}')) {
    for (;;) {
      int k = fx_key(s, link_keys, &seen), ok;
      switch (k) {
      case LK_TYPE: ok = fx_str(s, &type); break;
      case LK_SOURCE: ok = fx_uint(s, &num[0]); break;
      case LK_TARGET: ok = fx_uint(s, &num[1]); break;
      case LK_EVENT: ok = fx_uint(s, &num[2]); break;
      case LK_OFFSET: ok = fx_uint(s, &offset); break;
      case LK_DATE: ok = fx_str(s, &date); break;
      case LK_TITLE: ok = fx_str(s, &title); break;
      case LK_TEXT: ok = fx_str(s, &text); break;
      default: ok = 0;
      }
      if (!ok) return 0;
      int m = fx_more(s, '}');
      if (m < 0) return 0;
      if (m == 0) break;
    }
  }
  kg_facts *f = s->f;
  kg_link_type t;
  if (!type || kg_link_type_parse(type, &t) != 0 ||
      !(seen & (1u << LK_SOURCE)) || !(seen & (1u << LK_TARGET)) ||
      num[0] >= f->n_entities || num[1] >= f->n_entities)
    return 0;
  size_t li = kg_facts_add_link(f, t, num[0], num[1], date, title, offset, text);
  if ((seen & (1u << LK_EVENT)) && num[2] < f->n_entities) f->links[li].event = num[2];
  return 1;
}

static int fx_mention(fx *s) {
  size_t v[3];
  if (!fx_lit(s, '[')) return 0;
  for (int i = 0; i < 3; i++)
    if ((i && !fx_lit(s, ',')) || !fx_uint(s, &v[i])) return 0;
  if (!fx_lit(s, ']')) return 0;
  if (v[2] < s->f->n_entities) kg_facts_add_mention(s->f, v[0], v[1], v[2]);
  return 1;
}

/* The elements of an array, each read by `elem`. */
static int fx_array(fx *s, int (*elem)(fx *)) {
  if (!fx_lit(s, '[')) return 0;
  if (fx_lit(s, ']')) return 1;
  for (;;) {
    if (!elem(s)) return 0;
    int m = fx_more(s, ']');
    if (m < 0) return 0;
    if (m == 0) return 1;
  }
}

enum { TK_DOC, TK_TITLE, TK_DATE, TK_URL, TK_ENTITIES, TK_LINKS, TK_MENTIONS };
static const char *const top_keys[] = {"doc", "title", "date", "url", "entities",
                                       "links", "mentions", NULL};

/* Returns the facts, or NULL to leave the line to Jansson. */
static kg_facts *fast_facts(const char *text, size_t len) {
  fx s = {text, text + len, kg_facts_new(""), KG_BUF_INIT};
  char *doc = NULL;
  uint32_t seen = 0;
  int ok = fx_lit(&s, '{') && !fx_lit(&s, '}');
  while (ok) {
    int k = fx_key(&s, top_keys, &seen);
    /* entities need the doc before them, links and mentions the entities */
    if (k == TK_ENTITIES && !doc) ok = 0;
    else if ((k == TK_LINKS || k == TK_MENTIONS) && !(seen & (1u << TK_ENTITIES))) ok = 0;
    else if (k == TK_DOC) ok = fx_str(&s, &doc) && doc;
    else if (k == TK_TITLE) ok = fx_str(&s, &s.f->title);
    else if (k == TK_DATE) ok = fx_str(&s, &s.f->date);
    else if (k == TK_URL) ok = fx_str(&s, &s.f->url);
    else if (k == TK_ENTITIES) ok = fx_array(&s, fx_entity);
    else if (k == TK_LINKS) ok = fx_array(&s, fx_link);
    else if (k == TK_MENTIONS) ok = fx_array(&s, fx_mention);
    else ok = 0;
    if (!ok) break;
    int m = fx_more(&s, '}');
    if (m < 0) ok = 0;
    if (m <= 0) break;
  }
  fx_ws(&s);
  kg_buf_free(&s.tmp);
  if (!ok || s.p != s.end || !doc || !(seen & (1u << TK_ENTITIES))) {
    kg_facts_free(s.f);
    return NULL;
  }
  s.f->doc = doc;
  return s.f;
}

kg_status kg_facts_from_json(const char *text, size_t len, const char *name,
                             long line, kg_facts **out, kg_error *err) {
  kg_facts *f = kg_utf8_clean(text, len) ? fast_facts(text, len) : NULL;
  if (f) {
    *out = f;
    return KG_OK;
  }
  return kg_facts_from_json_jansson(text, len, name, line, out, err);
}
