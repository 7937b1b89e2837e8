/* facts.c - the kg_facts container: building, lookup and freeing. Strings
 * live in the facts' arena; arrays are realloc'd and freed here. */
#include <stdlib.h>
#include <string.h>

#include "extract/kg_extract.h"

static const char *const ent_names[KG_ENT_TYPES] = {
    "person", "institution", "country", "place", "event"};
static const char *const link_names[KG_LINK_TYPES] = {
    "met",        "participated_in", "holds_position", "represents",
    "part_of",    "located_in",      "member_of"};

const char *kg_ent_type_name(kg_ent_type t) {
  return (unsigned)t < KG_ENT_TYPES ? ent_names[t] : "unknown";
}

const char *kg_link_type_name(kg_link_type t) {
  return (unsigned)t < KG_LINK_TYPES ? link_names[t] : "unknown";
}

int kg_ent_type_parse(const char *s, kg_ent_type *out) {
  for (int i = 0; i < KG_ENT_TYPES; i++)
    if (strcmp(s, ent_names[i]) == 0) {
      *out = (kg_ent_type)i;
      return 0;
    }
  return -1;
}

int kg_link_type_parse(const char *s, kg_link_type *out) {
  for (int i = 0; i < KG_LINK_TYPES; i++)
    if (strcmp(s, link_names[i]) == 0) {
      *out = (kg_link_type)i;
      return 0;
    }
  return -1;
}

kg_facts *kg_facts_new(const char *doc_id) {
  kg_facts *f = kg_xcalloc(1, sizeof *f);
  f->doc = kg_arena_strdup(&f->arena, doc_id ? doc_id : "");
  return f;
}

void kg_strs_release(kg_strs *list) {
  free(list->v);
  list->v = NULL;
  list->n = list->cap = 0;
}

void kg_facts_free(kg_facts *f) {
  if (!f) return;
  for (size_t i = 0; i < f->n_entities; i++) {
    kg_strs_release(&f->entities[i].aliases);
    kg_strs_release(&f->entities[i].titles);
  }
  free(f->entities);
  free(f->links);
  free(f->mentions);
  kg_arena_free(&f->arena);
  free(f);
}

char *kg_facts_str(kg_facts *f, const char *s) {
  return kg_arena_strdup(&f->arena, s);
}

char *kg_facts_strn(kg_facts *f, const char *s, size_t len) {
  return kg_arena_strndup(&f->arena, s, len);
}

size_t kg_facts_add_entity(kg_facts *f, kg_ent_type type, const char *key,
                           const char *label) {
  KG_GROW(f->entities, f->cap_entities, f->n_entities + 1);
  kg_entity *e = &f->entities[f->n_entities];
  memset(e, 0, sizeof *e);
  e->type = type;
  e->key = kg_facts_str(f, key);
  e->label = kg_facts_str(f, label);
  return f->n_entities++;
}

size_t kg_facts_find(const kg_facts *f, const char *key) {
  for (size_t i = 0; i < f->n_entities; i++)
    if (strcmp(f->entities[i].key, key) == 0) return i;
  return (size_t)-1;
}

size_t kg_facts_add_link(kg_facts *f, kg_link_type type, size_t source,
                         size_t target, const char *date, const char *title,
                         size_t offset, const char *text) {
  KG_GROW(f->links, f->cap_links, f->n_links + 1);
  kg_link *l = &f->links[f->n_links];
  l->type = type;
  l->source = source;
  l->target = target;
  l->date = kg_facts_str(f, date);
  l->title = kg_facts_str(f, title);
  l->event = KG_NO_ENTITY;
  l->offset = offset;
  l->text = kg_facts_str(f, text);
  return f->n_links++;
}

void kg_facts_add_mention(kg_facts *f, size_t offset, size_t len,
                          size_t entity) {
  KG_GROW(f->mentions, f->cap_mentions, f->n_mentions + 1);
  kg_mention *m = &f->mentions[f->n_mentions++];
  m->offset = offset;
  m->len = len;
  m->entity = entity;
}

void kg_strs_add(kg_facts *f, kg_strs *list, const char *s) {
  if (!s || !*s) return;
  for (size_t i = 0; i < list->n; i++)
    if (strcmp(list->v[i], s) == 0) return;
  KG_GROW(list->v, list->cap, list->n + 1);
  list->v[list->n++] = kg_facts_str(f, s);
}
