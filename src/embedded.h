/* embedded.h - files compiled into kg by cmake/embed.c (lexicons, samples). */
#ifndef KG_EMBEDDED_H
#define KG_EMBEDDED_H

#include <stddef.h>

/** One embedded file: its base name, bytes and length. Arrays of these end
 *  with a {NULL, NULL, 0} entry. All borrowed, static. */
typedef struct kg_embedded {
  const char *name;
  const char *data;
  size_t len;
} kg_embedded;

/** The sample articles (samples/ *.txt), sorted by name. */
const kg_embedded *kg_embedded_samples(void);

#endif
