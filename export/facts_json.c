/* facts_json.c - one document's facts as one JSON line (the map step's
 * output, `kg extract`) and back (`kg build --facts`). The shape:
 * {"doc","title","date","url","entities":[{"key","type","label","aliases",
 *  "titles","country","subtype","date","place","status","cameo","offset"}],
 *  "links":[{"type","source","target","date","title","event","offset",
 *  "text"}], "mentions":[[offset,len,entity],...]}
 * with entity references as indexes into "entities". */
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "export/kg_export.h"

static void set_str(json_t *o, const char *k, const char *v) {
  if (v) json_object_set_new(o, k, json_string(v));
}

static json_t *strs(const kg_strs *l) {
  json_t *a = json_array();
  for (size_t i = 0; i < l->n; i++) json_array_append_new(a, json_string(l->v[i]));
  return a;
}

void kg_facts_to_json(const kg_facts *f, kg_buf *out) {
  json_t *o = json_object();
  set_str(o, "doc", f->doc);
  set_str(o, "title", f->title);
  set_str(o, "date", f->date);
  set_str(o, "url", f->url);
  json_t *ents = json_array();
  for (size_t i = 0; i < f->n_entities; i++) {
    const kg_entity *e = &f->entities[i];
    json_t *j = json_object();
    set_str(j, "key", e->key);
    set_str(j, "type", kg_ent_type_name(e->type));
    set_str(j, "label", e->label);
    if (e->aliases.n) json_object_set_new(j, "aliases", strs(&e->aliases));
    if (e->titles.n) json_object_set_new(j, "titles", strs(&e->titles));
    set_str(j, "country", e->country);
    set_str(j, "subtype", e->subtype);
    set_str(j, "date", e->date);
    set_str(j, "place", e->place);
    set_str(j, "status", e->status);
    set_str(j, "cameo", e->cameo);
    json_object_set_new(j, "offset", json_integer((json_int_t)e->offset));
    json_array_append_new(ents, j);
  }
  json_object_set_new(o, "entities", ents);
  json_t *links = json_array();
  for (size_t i = 0; i < f->n_links; i++) {
    const kg_link *l = &f->links[i];
    json_t *j = json_object();
    set_str(j, "type", kg_link_type_name(l->type));
    json_object_set_new(j, "source", json_integer((json_int_t)l->source));
    json_object_set_new(j, "target", json_integer((json_int_t)l->target));
    set_str(j, "date", l->date);
    set_str(j, "title", l->title);
    if (l->event != KG_NO_ENTITY)
      json_object_set_new(j, "event", json_integer((json_int_t)l->event));
    json_object_set_new(j, "offset", json_integer((json_int_t)l->offset));
    set_str(j, "text", l->text);
    json_array_append_new(links, j);
  }
  json_object_set_new(o, "links", links);
  json_t *ms = json_array();
  for (size_t i = 0; i < f->n_mentions; i++) {
    const kg_mention *m = &f->mentions[i];
    json_array_append_new(ms, json_pack("[III]", (json_int_t)m->offset,
                                        (json_int_t)m->len,
                                        (json_int_t)m->entity));
  }
  json_object_set_new(o, "mentions", ms);
  char *s = json_dumps(o, JSON_COMPACT | JSON_PRESERVE_ORDER);
  if (s) {
    kg_buf_puts(out, s);
    free(s);
  }
  kg_buf_putc(out, '\n');
  json_decref(o);
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
