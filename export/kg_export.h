/* kg_export.h - writing the graph out: JSON through Jansson (node-link,
 * Cytoscape.js, graphology), DOT through Graphviz cgraph, diagrams through
 * gvc, GraphML, CSV and a self-contained HTML viewer; and the facts lines
 * that carry one document's extraction between the map and reduce steps.
 * Every writer writes to a caller-owned stream (which the caller closes:
 * kg build passes its atomic temp file) and returns KG_OK or an error; none
 * prints. Outputs depend only on the graph, so they are byte-identical
 * across runs. Third-party types stay inside export/. */
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

/** Most threads kg_export_json uses; larger requests are capped. */
#define KG_JSON_MAX_THREADS 64

/** Write the finished graph as JSON to `out`, rendering it on up to
 *  `threads` threads (the calling one included; 1 or less starts none).
 *  The bytes are the same for every thread count, and memory stays within
 *  a few chunks per thread whatever the graph size. The graph must not
 *  change meanwhile. Returns KG_OK, or KG_EIO with `err` filled when
 *  writing fails (the caller owns and closes `out`; what was written
 *  before the failure is left in it). */
kg_status kg_export_json(const kg_graph *g, kg_json_style style, int threads,
                         FILE *out, kg_error *err);

/** Write the graph as Graphviz DOT through cgraph. `people_only` keeps the
 *  person nodes and their met links (the who-met-whom view, clustered by
 *  country). Node shape and fill by type, outline by country, size by
 *  centrality (met_degree / degree, or the degree counted from the links
 *  when analytics did not run); met links wider with more meetings;
 *  tooltips with titles, dates, sources and a supporting sentence. Returns
 *  KG_OK, or KG_EIO with `err` filled when writing fails. */
kg_status kg_export_dot(const kg_graph *g, int people_only, FILE *out,
                        kg_error *err);

/** Write the graph as GraphML (Gephi, yEd, networkx.read_graphml): every
 *  attribute declared as a <key> with its attr.type (string, double, int);
 *  lists are joined with "; ", evidence as "document: sentence" lines.
 *  Returns KG_OK, or KG_EIO with `err` filled when writing fails. */
kg_status kg_export_graphml(const kg_graph *g, FILE *out, kg_error *err);

/** Write the nodes (id,type,label,...) or the links (source,target,type,
 *  weight,...) as CSV for Neo4j LOAD CSV WITH HEADERS and spreadsheets:
 *  UTF-8, a header row, RFC 4180 quoting and CRLF line ends, lists joined
 *  with "; ". Returns KG_OK, or KG_EIO with `err` filled. */
kg_status kg_export_csv_nodes(const kg_graph *g, FILE *out, kg_error *err);
kg_status kg_export_csv_edges(const kg_graph *g, FILE *out, kg_error *err);

/** Write graph.html: one self-contained page (inline CSS, JS and data, no
 *  network) that draws the graph at the node coordinates (call
 *  kg_graph_layout first), searches names, filters by type and country and
 *  shows a person's meetings with dates and source sentences. Returns
 *  KG_OK, or KG_EIO with `err` filled. */
kg_status kg_export_html(const kg_graph *g, FILE *out, kg_error *err);

/* ---- diagrams through Graphviz gvc ---------------------------------------- */

/** Rendered diagram formats. */
typedef enum { KG_RENDER_SVG = 0, KG_RENDER_PNG } kg_render_format;

/** Node count above which the automatic layout is sfdp rather than dot. */
#define KG_RENDER_SMALL 300

/** Parse "svg" or "png"; returns 0 and sets *out, or -1 when unknown. */
int kg_render_format_parse(const char *name, kg_render_format *out);
/** "svg" or "png" (static). */
const char *kg_render_format_name(kg_render_format f);
/** True when `engine` is a Graphviz layout (dot, neato, fdp, sfdp, circo,
 *  twopi, osage, patchwork). */
int kg_render_engine_valid(const char *engine);
/** The automatic layout for a graph of `nodes` nodes: "dot" up to
 *  KG_RENDER_SMALL, "sfdp" above (static). */
const char *kg_render_engine_auto(size_t nodes);

/** Lay out the graph (or its people view) with `engine` (NULL: automatic
 *  by node count) and render it to `out`. Returns KG_OK, KG_EINVAL with
 *  Graphviz's message in `err` when the layout or rendering fails, or
 *  KG_EIO when writing fails. Not thread-safe (Graphviz is not). */
kg_status kg_render_graph(const kg_graph *g, int people_only,
                          kg_render_format fmt, const char *engine, FILE *out,
                          kg_error *err);

/** Parse a NUL-terminated DOT `text` (its first graph) and render it like
 *  kg_render_graph; with `engine` NULL the graph's own `layout` attribute
 *  is used, else the automatic choice. `name` names the input in errors.
 *  Fails with KG_EPARSE (Graphviz's syntax message in `err`), KG_EINVAL or
 *  KG_EIO. */
kg_status kg_render_dot(const char *text, const char *name,
                        kg_render_format fmt, const char *engine, FILE *out,
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
