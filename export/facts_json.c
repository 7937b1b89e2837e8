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

/* The writer emits the text json_dumps(JSON_COMPACT | JSON_PRESERVE_ORDER)
 * gave for the Jansson tree the previous version built, byte for byte:
 * members in insertion order, "," and ":" without spaces, integers as
 * json_int_t in decimal, strings escaped as Jansson's dump_string does
 * without JSON_ENSURE_ASCII or JSON_ESCAPE_SLASH. json_string() refused
 * (returned NULL for) strings that are not valid UTF-8, and setting or
 * appending NULL was a no-op, so such a string's member or array element is
 * left out; that is why put_str can take back what it wrote. Nothing here is
 * shared between calls, so it runs on worker threads as before. */

/* Write the separator and `"name":` of the next member of an object;
 * `*first` is the object's "no member yet" flag. */
static void put_key(kg_buf *out, int *first, const char *name) {
  if (!*first) kg_buf_putc(out, ',');
  *first = 0;
  kg_buf_putc(out, '"');
  kg_buf_puts(out, name);
  kg_buf_puts(out, "\":");
}

/* A string member; NULL or invalid UTF-8 leaves the member out. */
static void put_str(kg_buf *out, int *first, const char *name, const char *v) {
  if (!v) return;
  size_t mark = out->len;
  int was_first = *first;
  put_key(out, first, name);
  if (kg_json_put_str(out, v) != 0) {
    out->len = mark;
    out->ptr[mark] = '\0';
    *first = was_first;
  }
}

static void put_int_member(kg_buf *out, int *first, const char *name,
                           size_t v) {
  put_key(out, first, name);
  kg_json_put_int(out, (uint64_t)v);
}

/* An array of strings, leaving out invalid UTF-8 ones. */
static void put_strs(kg_buf *out, int *first, const char *name,
                     const kg_strs *l) {
  put_key(out, first, name);
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
  put_str(out, &first, "doc", f->doc);
  put_str(out, &first, "title", f->title);
  put_str(out, &first, "date", f->date);
  put_str(out, &first, "url", f->url);
  put_key(out, &first, "entities");
  kg_buf_putc(out, '[');
  for (size_t i = 0; i < f->n_entities; i++) {
    const kg_entity *e = &f->entities[i];
    int ef = 1;
    kg_buf_puts(out, i ? ",{" : "{");
    put_str(out, &ef, "key", e->key);
    put_str(out, &ef, "type", kg_ent_type_name(e->type));
    put_str(out, &ef, "label", e->label);
    if (e->aliases.n) put_strs(out, &ef, "aliases", &e->aliases);
    if (e->titles.n) put_strs(out, &ef, "titles", &e->titles);
    put_str(out, &ef, "country", e->country);
    put_str(out, &ef, "subtype", e->subtype);
    put_str(out, &ef, "date", e->date);
    put_str(out, &ef, "place", e->place);
    put_str(out, &ef, "status", e->status);
    put_str(out, &ef, "cameo", e->cameo);
    put_int_member(out, &ef, "offset", e->offset);
    kg_buf_putc(out, '}');
  }
  kg_buf_putc(out, ']');
  put_key(out, &first, "links");
  kg_buf_putc(out, '[');
  for (size_t i = 0; i < f->n_links; i++) {
    const kg_link *l = &f->links[i];
    int lf = 1;
    kg_buf_puts(out, i ? ",{" : "{");
    put_str(out, &lf, "type", kg_link_type_name(l->type));
    put_int_member(out, &lf, "source", l->source);
    put_int_member(out, &lf, "target", l->target);
    put_str(out, &lf, "date", l->date);
    put_str(out, &lf, "title", l->title);
    if (l->event != KG_NO_ENTITY) put_int_member(out, &lf, "event", l->event);
    put_int_member(out, &lf, "offset", l->offset);
    put_str(out, &lf, "text", l->text);
    kg_buf_putc(out, '}');
  }
  kg_buf_putc(out, ']');
  put_key(out, &first, "mentions");
  kg_buf_putc(out, '[');
  for (size_t i = 0; i < f->n_mentions; i++) {
    const kg_mention *m = &f->mentions[i];
    kg_buf_puts(out, i ? ",[" : "[");
    kg_json_put_int(out, (uint64_t)m->offset);
    kg_buf_putc(out, ',');
    kg_json_put_int(out, (uint64_t)m->len);
    kg_buf_putc(out, ',');
    kg_json_put_int(out, (uint64_t)m->entity);
    kg_buf_putc(out, ']');
  }
  kg_buf_puts(out, "]}\n");
}

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

kg_status kg_facts_from_json(const char *text, size_t len, const char *name,
                             long line, kg_facts **out, kg_error *err) {
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
