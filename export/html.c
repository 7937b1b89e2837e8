/* html.c - graph.html, a viewer in one file: the page, its CSS and script
 * (export/viewer/, compiled in by cmake/embed.c) and the graph's data as
 * JSON in a <script type="application/json"> element, escaped so that no
 * name can end the element (see kg_json_viewer_data). Needs no network:
 * the page's Content-Security-Policy forbids every fetch. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "export/internal.h"
#include "src/embedded.h"

#include "viewer_data.inc"

static const kg_embedded *viewer_file(const char *name) {
  for (const kg_embedded *f = kg_viewer_files; f->name; f++)
    if (!strcmp(f->name, name)) return f;
  return NULL;
}

/* Write `text[0..len)`, replacing each marker "<!-- kg:NAME -->" by the
 * matching part (or nothing). */
static int fill(FILE *out, const char *text, size_t len,
                const char *const *names, const char *const *parts,
                const size_t *lens) {
  const char *p = text, *end = text + len;
  while (p < end) {
    const char *m = strstr(p, "<!-- kg:");
    if (!m || m >= end) m = end;
    if (fwrite(p, 1, (size_t)(m - p), out) != (size_t)(m - p)) return -1;
    if (m == end) break;
    const char *close = strstr(m, " -->");
    if (!close) return -1;
    const char *name = m + 8;
    size_t nlen = (size_t)(close - name);
    for (int i = 0; names[i]; i++)
      if (strlen(names[i]) == nlen && !strncmp(names[i], name, nlen) &&
          fwrite(parts[i], 1, lens[i], out) != lens[i])
        return -1;
    p = close + 4;
  }
  return 0;
}

kg_status kg_export_html(const kg_graph *g, FILE *out, kg_error *err) {
  const kg_embedded *page = viewer_file("viewer.html");
  const kg_embedded *css = viewer_file("viewer.css");
  const kg_embedded *js = viewer_file("viewer.js");
  if (!page || !css || !js)
    return kg_error_set(err, KG_EINVAL, NULL, 0,
                        "the viewer is missing from this build");
  char *json = kg_json_viewer_data(g);
  if (!json)
    return kg_error_set(err, KG_EINVAL, NULL, 0,
                        "cannot encode the graph as JSON");
  const char *const names[] = {"style", "data", "script", NULL};
  const char *const parts[] = {css->data, json, js->data};
  const size_t lens[] = {css->len, strlen(json), js->len};
  int rc = fill(out, page->data, page->len, names, parts, lens);
  free(json);
  if (rc != 0 || ferror(out))
    return kg_error_set(err, KG_EIO, NULL, 0, "cannot write HTML");
  return KG_OK;
}
