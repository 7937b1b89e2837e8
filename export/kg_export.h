/* kg_export.h - writing the graph out (JSON through Jansson, DOT through
 * Graphviz cgraph) and the facts lines that carry one document's extraction
 * between the map and reduce steps. Third-party types stay inside export/. */
#ifndef KG_EXPORT_H
#define KG_EXPORT_H

#include <stdio.h>

#include "extract/kg_extract.h"
#include "graph/kg_graph.h"
#include "src/buf.h"
#include "src/kg.h"

/** Shapes of graph.json. */
typedef enum {
  KG_JSON_NODE_LINK = 0, /* D3 / networkx node-link (the default) */
  KG_JSON_CYTOSCAPE,     /* Cytoscape.js elements */
  KG_JSON_GRAPHOLOGY     /* graphology (sigma.js) serialisation */
} kg_json_style;

/** Parse a style name ("node-link", "cytoscape", "graphology"); returns 0
 *  and sets *out, or -1 when unknown. */
int kg_json_style_parse(const char *name, kg_json_style *out);

/** Write the finished graph as JSON to `out`. Returns KG_OK, or KG_EIO with
 *  `err` filled when writing fails (the caller owns and closes `out`). */
kg_status kg_export_json(const kg_graph *g, kg_json_style style, FILE *out,
                         kg_error *err);

/** Write the graph as Graphviz DOT through cgraph. `people_only` keeps the
 *  person nodes and their met links (the who-met-whom view). */
kg_status kg_export_dot(const kg_graph *g, int people_only, FILE *out,
                        kg_error *err);

/** Read a graph.json written by kg (node-link style) back into a finished
 *  graph (caller frees). Fails with KG_EPARSE naming line and column. */
kg_status kg_graph_read_json(const char *text, size_t len, const char *name,
                             kg_graph **out, kg_error *err);

/** Serialise facts as one JSON object followed by '\n', appended to `out`. */
void kg_facts_to_json(const kg_facts *f, kg_buf *out);

/** Parse one facts line. On success `*out` holds new facts (caller frees
 *  with kg_facts_free); on failure KG_EPARSE with `err` naming `name`,
 *  `line` and the reason. */
kg_status kg_facts_from_json(const char *text, size_t len, const char *name,
                             long line, kg_facts **out, kg_error *err);

#endif
