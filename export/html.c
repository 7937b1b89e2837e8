/* html.c - graph.html, a viewer in one file: the page, its CSS and script
 * (export/viewer/, compiled in by cmake/embed.c) and the graph's data as
 * JSON in a <script type="application/json"> element, escaped so that no
 * name can end the element (see kg_json_viewer_data). Needs no network:
 * the page's Content-Security-Policy forbids every fetch. */
#include <errno.h>
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
 * matching part: the style, the script, or the graph's data, which is
 * written as it is made (some 1 MB at a time). */
static int fill(FILE *out, const char *text, size_t len, const kg_embedded *css,
                const kg_embedded *js, const kg_graph *g) {
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
#define IS(lit) (nlen == sizeof lit - 1 && !strncmp(name, lit, nlen))
    if (IS("style") && fwrite(css->data, 1, css->len, out) != css->len) return -1;
    if (IS("script") && fwrite(js->data, 1, js->len, out) != js->len) return -1;
    if (IS("data") && kg_json_viewer_write(g, out) != 0) return -1;
#undef IS
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
  errno = 0;
  int rc = fill(out, page->data, page->len, css, js, g);
  if (rc != 0 || ferror(out))
    return kg_error_set(err, KG_EIO, NULL, 0, "cannot write HTML: %s",
                        strerror(errno ? errno : EIO));
  return KG_OK;
}
