/* cmd_render.c - kg render FILE.dot: lay out and draw a DOT file (one kg
 * wrote, or any other) as SVG or PNG with Graphviz, written atomically.
 * The format comes from --format, else from the -o name, else SVG; the
 * output from -o ("-" is stdout), else FILE with its extension replaced. */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "export/kg_export.h"
#include "src/commands.h"
#include "src/io.h"

static int ends_with(const char *s, const char *suffix) {
  size_t n = strlen(s), m = strlen(suffix);
  return n >= m && !strcmp(s + n - m, suffix);
}

/* FILE.dot -> FILE.svg (also for .gv; other names get the suffix added). */
static char *default_output(const char *in, kg_render_format fmt) {
  kg_buf b = KG_BUF_INIT;
  size_t n = strlen(in);
  const char *slash = strrchr(in, '/');
  const char *dot = strrchr(in, '.');
  if (dot && (!slash || dot > slash + 1) &&
      (ends_with(in, ".dot") || ends_with(in, ".gv")))
    n = (size_t)(dot - in);
  kg_buf_append(&b, in, n);
  kg_buf_printf(&b, ".%s", kg_render_format_name(fmt));
  return kg_buf_detach(&b);
}

static int usage(const char *msg, const char *arg) {
  if (arg)
    fprintf(stderr, "kg: %s '%s'\nTry 'kg --help'.\n", msg, arg);
  else
    fprintf(stderr, "kg: %s\nTry 'kg --help'.\n", msg);
  return 2;
}

int kg_cmd_render(const kg_args *a) {
  if (a->n_paths != 1) return usage("render needs exactly one DOT file", NULL);
  const char *in = a->paths[0];
  const char *out = kg_cli_get(a, "output");
  const char *fmt_name = kg_cli_get(a, "format");
  const char *engine = kg_cli_get(a, "layout");
  int quiet = kg_cli_get(a, "quiet") != NULL;
  kg_render_format fmt = KG_RENDER_SVG;
  if (fmt_name) {
    if (kg_render_format_parse(fmt_name, &fmt) != 0)
      return usage("unknown render format (svg, png):", fmt_name);
  } else if (out && ends_with(out, ".png")) {
    fmt = KG_RENDER_PNG;
  }
  if (engine && !kg_render_engine_valid(engine))
    return usage("unknown layout (dot, neato, fdp, sfdp, circo, twopi, osage, "
                 "patchwork):",
                 engine);

  kg_error err;
  kg_error_clear(&err);
  char *text = NULL;
  size_t len = 0;
  if (kg_read_file(in, KG_MAX_INPUT, &text, &len, &err) != KG_OK) {
    kg_print_error(&err);
    return 1;
  }
  if (strlen(text) != len) {
    fprintf(stderr, "kg: %s: not a DOT file (NUL byte)\n", in);
    free(text);
    return 1;
  }
  int to_stdout = out ? !strcmp(out, "-") : !strcmp(in, "-");
  char *path = to_stdout ? NULL
               : out     ? kg_xstrdup(out)
                         : default_output(in, fmt);
  int rc = 0;
  if (to_stdout) {
    if (kg_render_dot(text, in, fmt, engine, stdout, &err) != KG_OK) {
      kg_print_error(&err);
      rc = 1;
    }
  } else {
    kg_afile *af = kg_afile_open(path, &err);
    if (!af) {
      kg_print_error(&err);
      rc = 1;
    } else if (kg_render_dot(text, in, fmt, engine, kg_afile_stream(af),
                             &err) != KG_OK) {
      kg_print_error(&err);
      kg_afile_abort(af);
      rc = 1;
    } else if (kg_afile_commit(af, &err) != KG_OK) {
      kg_print_error(&err);
      rc = 1;
    } else if (!quiet) {
      printf("kg: wrote %s\n", path);
    }
  }
  free(path);
  free(text);
  return rc;
}
