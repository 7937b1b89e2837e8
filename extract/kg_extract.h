/* kg_extract.h - turn one document into its facts: the people, institutions,
 * countries, places and events it mentions, the links between them and the
 * sentences that support each link. Extraction has no global state: a
 * kg_lexicon is immutable once loaded and may be shared by many threads, and
 * each kg_extract call owns everything it allocates. */
#ifndef KG_EXTRACT_H
#define KG_EXTRACT_H

#include <stddef.h>

#include "src/arena.h"
#include "src/kg.h"

/* ---- lexicons ------------------------------------------------------------ */

/** The gazetteers and word lists extraction uses (countries, demonyms,
 *  cities, titles, ranks, honorifics, words ...). Immutable after load. */
typedef struct kg_lexicon kg_lexicon;

/** Load the lexicons compiled into kg; when `dir` is not NULL, any
 *  `dir/NAME.tsv` present replaces the embedded NAME.tsv. Returns KG_OK and
 *  sets `*out` (free with kg_lexicon_free), or fails with KG_EPARSE/KG_EIO
 *  naming the file and line in `err`. */
kg_status kg_lexicon_load(const char *dir, kg_lexicon **out, kg_error *err);

/** Free a lexicon. NULL is a no-op. */
void kg_lexicon_free(kg_lexicon *lex);

/** Names of the lexicon files kg knows (NULL-terminated, borrowed). */
const char *const *kg_lexicon_names(void);

/* ---- documents ----------------------------------------------------------- */

/** One input document; every field is borrowed. `text` must be valid UTF-8
 *  without NUL bytes (ingest repairs it) and `len` bytes long. `date`,
 *  `title` and `url` are optional metadata from the source (JSONL). */
typedef struct kg_doc {
  const char *id;
  const char *text;
  size_t len;
  const char *date;
  const char *title;
  const char *url;
} kg_doc;

/* ---- facts --------------------------------------------------------------- */

typedef enum {
  KG_PERSON = 0,
  KG_INSTITUTION,
  KG_COUNTRY,
  KG_PLACE,
  KG_EVENT,
  KG_ENT_TYPES
} kg_ent_type;

typedef enum {
  KG_LINK_MET = 0,
  KG_LINK_PARTICIPATED_IN,
  KG_LINK_HOLDS_POSITION,
  KG_LINK_REPRESENTS,
  KG_LINK_PART_OF,
  KG_LINK_LOCATED_IN,
  KG_LINK_MEMBER_OF,
  KG_LINK_TYPES
} kg_link_type;

/** A list of strings (the strings live in the facts' arena). */
typedef struct kg_strs {
  char **v;
  size_t n, cap;
} kg_strs;

/** An entity of one document. `key` is the id the entity has in the merged
 *  graph ("person:zakir-hasanov", "country:aze", "event:DOC:3"), so entities
 *  of different documents with the same key are one node. */
typedef struct kg_entity {
  kg_ent_type type;
  char *key;
  char *label;
  kg_strs aliases;  /* other surface forms used in the document */
  kg_strs titles;   /* people: normalised titles and ranks */
  char *country;    /* canonical country name, or NULL */
  char *subtype;    /* institution kind, event subtype ("meeting"), or NULL */
  char *date;       /* events: ISO date (YYYY[-MM[-DD]]) or NULL */
  char *place;      /* events: place label or NULL */
  char *status;     /* events: "held" or "planned"; else NULL */
  char *cameo;      /* events: CAMEO code ("040"), else NULL */
  size_t offset;    /* byte offset of the first mention */
} kg_entity;

/** A link between two entities of the document, with its evidence. */
typedef struct kg_link {
  kg_link_type type;
  size_t source, target; /* indexes into kg_facts.entities */
  char *date;            /* ISO date or NULL */
  char *title;           /* holds_position: the title held; else NULL */
  size_t event;          /* met: index of the meeting's event entity, so that
                            sentences about one meeting count once; else
                            KG_NO_ENTITY */
  size_t offset;         /* byte offset of the supporting sentence */
  char *text;            /* the supporting sentence */
} kg_link;

#define KG_NO_ENTITY ((size_t)-1)

/** A mention: `len` bytes at `offset` in the document refer to `entity`. */
typedef struct kg_mention {
  size_t offset, len;
  size_t entity;
} kg_mention;

/** Everything extracted from one document. All strings and arrays are owned
 *  by the facts and freed by kg_facts_free. */
typedef struct kg_facts {
  char *doc;   /* document id */
  char *title; /* or NULL */
  char *date;  /* publication date, ISO, or NULL */
  char *url;   /* or NULL */
  kg_entity *entities;
  size_t n_entities, cap_entities;
  kg_link *links;
  size_t n_links, cap_links;
  kg_mention *mentions;
  size_t n_mentions, cap_mentions;
  kg_arena arena;
} kg_facts;

/** Extract the facts of `doc`. Never fails (text that yields nothing gives
 *  empty facts); the caller frees the result with kg_facts_free. */
kg_facts *kg_extract(const kg_lexicon *lex, const kg_doc *doc);

/** New empty facts for document `doc_id` (copied). Free with kg_facts_free. */
kg_facts *kg_facts_new(const char *doc_id);
/** Free facts. NULL is a no-op. */
void kg_facts_free(kg_facts *f);
/** Copy a string into the facts' arena (NULL gives NULL). */
char *kg_facts_str(kg_facts *f, const char *s);
char *kg_facts_strn(kg_facts *f, const char *s, size_t len);
/** Append an entity (zeroed but for type, key and label, all copied);
 *  returns its index. Pointers into `entities` move on the next add. */
size_t kg_facts_add_entity(kg_facts *f, kg_ent_type type, const char *key,
                           const char *label);
/** Index of the entity with `key`, or (size_t)-1. Linear: for tests/reads. */
size_t kg_facts_find(const kg_facts *f, const char *key);
/** Append a link; `date`, `title` and `text` are copied (may be NULL); its
 *  `event` is KG_NO_ENTITY until the caller sets it. */
size_t kg_facts_add_link(kg_facts *f, kg_link_type type, size_t source,
                         size_t target, const char *date, const char *title,
                         size_t offset, const char *text);
/** Append a mention. */
void kg_facts_add_mention(kg_facts *f, size_t offset, size_t len,
                          size_t entity);
/** Add `s` (copied) to a list unless an equal string is there. */
void kg_strs_add(kg_facts *f, kg_strs *list, const char *s);
/** Free a list's array (not the strings, which live in the arena). */
void kg_strs_release(kg_strs *list);

/** Names of entity and link types as written in JSON ("person", "met"). */
const char *kg_ent_type_name(kg_ent_type t);
const char *kg_link_type_name(kg_link_type t);
/** Parse a type name; returns 0 and sets `*out` on success, -1 if unknown. */
int kg_ent_type_parse(const char *s, kg_ent_type *out);
int kg_link_type_parse(const char *s, kg_link_type *out);

#endif
