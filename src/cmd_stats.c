/* cmd_stats.c - kg stats: who met whom, each person's counterparts, the top
 * people by centrality, meetings per country pair and per year (issue 6).
 * The numbers come from graph/stats.c; this file only loads the graph and
 * prints tables: aligned (UTF-8 width aware) for a terminal, or TSV, CSV,
 * JSON and Markdown for scripts. */
#define _POSIX_C_SOURCE 200809L
#include <math.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "export/kg_export.h"
#include "graph/kg_graph.h"
#include "src/buf.h"
#include "src/commands.h"
#include "src/io.h"
#include "src/pipeline.h"
#include "src/utf8.h"

/* ---- a small table model, printed in five formats ---------------------------
 */

typedef enum { FMT_TABLE, FMT_TSV, FMT_CSV, FMT_JSON, FMT_MARKDOWN } out_format;

typedef enum { C_TEXT, C_INT, C_REAL, C_LIST } cell_kind;

typedef struct {
  cell_kind kind;
  char *text; /* owned; NULL prints as empty (JSON null) */
  char *key;  /* owned; when set, what scripts get instead of `text` */
  double num;
  char **list; /* C_LIST: owned strings */
  size_t n_list;
} cell;

typedef struct {
  const char *key;  /* header for scripts, JSON member */
  const char *head; /* header on a terminal and in Markdown */
  int right;        /* right-aligned (numbers) */
  int script_only;  /* ids: not shown on a terminal or in Markdown */
  size_t show;      /* C_LIST on a terminal: entries shown (0: all) */
  int hide_empty;   /* not shown on a terminal or in Markdown when empty */
} column;

typedef struct {
  const char *name; /* JSON member, "# name" line in TSV/CSV */
  char *title;      /* owned */
  const column *cols;
  size_t ncols;
  cell *cells; /* nrows * ncols */
  size_t nrows, cap;
  int group_first; /* terminal: blank a first cell equal to the one above */
} table;

static void table_init(table *t, const char *name, const char *title,
                       const column *cols, size_t ncols) {
  memset(t, 0, sizeof *t);
  t->name = name;
  t->title = kg_xstrdup(title);
  t->cols = cols;
  t->ncols = ncols;
}

static cell *table_row(table *t) {
  size_t need = (t->nrows + 1) * t->ncols;
  if (need > t->cap) {
    size_t cap = t->cap ? t->cap * 2 : 16 * t->ncols;
    while (cap < need)
      cap *= 2;
    t->cells = kg_xrealloc(t->cells, cap * sizeof *t->cells);
    t->cap = cap;
  }
  cell *r = &t->cells[t->nrows++ * t->ncols];
  memset(r, 0, t->ncols * sizeof *r);
  return r;
}

static void set_text(cell *c, const char *s) {
  c->kind = C_TEXT;
  c->text = s ? kg_xstrdup(s) : NULL;
}

static void set_int(cell *c, size_t v) {
  char b[32];
  snprintf(b, sizeof b, "%zu", v);
  c->kind = C_INT;
  c->num = (double)v;
  c->text = kg_xstrdup(b);
}

/* `decimals` places on a terminal; the script formats carry 9 decimals, as
 * graph.json does. */
static void set_real(cell *c, double v, int decimals) {
  char b[64];
  if (!isfinite(v)) v = 0;
  snprintf(b, sizeof b, "%.*f", decimals, v);
  c->kind = C_REAL;
  c->num = v;
  c->text = kg_xstrdup(b);
}

static void set_list(cell *c, const kg_strlist *l) {
  c->kind = C_LIST;
  c->n_list = l->n;
  c->list = kg_xcalloc(l->n + 1, sizeof *c->list);
  for (size_t i = 0; i < l->n; i++)
    c->list[i] = kg_xstrdup(l->v[i]);
}

static void table_free(table *t) {
  for (size_t i = 0; i < t->nrows * t->ncols; i++) {
    cell *c = &t->cells[i];
    free(c->text);
    free(c->key);
    for (size_t k = 0; k < c->n_list; k++)
      free(c->list[k]);
    free(c->list);
  }
  free(t->cells);
  free(t->title);
}

/* ---- terminal width of UTF-8 text
 * -------------------------------------------- Combining marks and zero-width
 * characters take no column, East Asian wide and fullwidth characters and emoji
 * take two (after Unicode's EastAsianWidth.txt, the ranges that matter for
 * names); no locale used. */

static int cp_width(uint32_t c) {
  if (c == 0x200B || c == 0x200C || c == 0x200D || c == 0x2060 || c == 0xFEFF)
    return 0;
  if ((c >= 0x0300 && c <= 0x036F) || (c >= 0x0483 && c <= 0x0489) ||
      (c >= 0x0591 && c <= 0x05BD) || (c >= 0x0610 && c <= 0x061A) ||
      (c >= 0x064B && c <= 0x065F) || c == 0x0670 ||
      (c >= 0x06D6 && c <= 0x06DC) || (c >= 0x06DF && c <= 0x06E4) ||
      (c >= 0x0900 && c <= 0x0903) || (c >= 0x093A && c <= 0x094F) ||
      (c >= 0x1AB0 && c <= 0x1AFF) || (c >= 0x1DC0 && c <= 0x1DFF) ||
      (c >= 0x20D0 && c <= 0x20FF) || (c >= 0xFE00 && c <= 0xFE0F) ||
      (c >= 0xFE20 && c <= 0xFE2F))
    return 0;
  if ((c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E) ||
      (c >= 0x3041 && c <= 0x33FF) || (c >= 0x3400 && c <= 0x4DBF) ||
      (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA000 && c <= 0xA4CF) ||
      (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) ||
      (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
      (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x1F300 && c <= 0x1F64F) ||
      (c >= 0x1F900 && c <= 0x1F9FF) || (c >= 0x20000 && c <= 0x3FFFD))
    return 2;
  return 1;
}

static size_t text_width(const char *s) {
  size_t w = 0, len = strlen(s);
  for (size_t i = 0; i < len;) {
    uint32_t cp;
    i += kg_utf8_next(s + i, len - i, &cp);
    w += (size_t)cp_width(cp);
  }
  return w;
}

/* ---- rendering
 * ---------------------------------------------------------------- */

/* Is column j shown on a terminal and in Markdown? */
static int visible(const table *t, size_t j) {
  const column *c = &t->cols[j];
  if (c->script_only) return 0;
  if (!c->hide_empty) return 1;
  for (size_t i = 0; i < t->nrows; i++) {
    const cell *x = &t->cells[i * t->ncols + j];
    if ((x->text && *x->text) || x->n_list) return 1;
  }
  return 0;
}

/* Cell text for a terminal or Markdown: lists joined, cut after `show`. */
static char *display_text(const cell *c, const column *col, int cut) {
  if (c->kind != C_LIST) return kg_xstrdup(c->text ? c->text : "");
  kg_buf b = KG_BUF_INIT;
  size_t n = c->n_list;
  size_t shown = cut && col->show && n > col->show ? col->show : n;
  for (size_t i = 0; i < shown; i++) {
    if (i) kg_buf_puts(&b, ", ");
    kg_buf_puts(&b, c->list[i]);
  }
  if (shown < n) kg_buf_printf(&b, " +%zu more", n - shown);
  return kg_buf_detach(&b);
}

static void put_spaces(FILE *out, size_t n) {
  for (size_t i = 0; i < n; i++)
    fputc(' ', out);
}

static void put_dashes(FILE *out, size_t n) {
  for (size_t i = 0; i < n; i++)
    fputc('-', out);
}

static void print_aligned(const table *t, FILE *out) {
  fprintf(out, "%s\n", t->title);
  size_t nc = t->ncols, nr = t->nrows;
  char **txt = kg_xcalloc(nr * nc + 1, sizeof *txt);
  size_t *w = kg_xcalloc(nc + 1, sizeof *w);
  for (size_t j = 0; j < nc; j++)
    w[j] = text_width(t->cols[j].head);
  for (size_t i = 0; i < nr; i++)
    for (size_t j = 0; j < nc; j++) {
      if (!visible(t, j)) continue;
      const cell *c = &t->cells[i * nc + j];
      char *s = display_text(c, &t->cols[j], 1);
      if (j == 0 && t->group_first && i > 0) {
        char *prev = display_text(&t->cells[(i - 1) * nc], &t->cols[0], 1);
        if (strcmp(prev, s) == 0) s[0] = '\0';
        free(prev);
      }
      txt[i * nc + j] = s;
      size_t cw = text_width(s);
      if (cw > w[j]) w[j] = cw;
    }
  if (nr == 0) {
    fputs("  (none)\n\n", out);
    free(txt);
    free(w);
    return;
  }
  /* the last visible column is not padded: no trailing blanks */
  size_t last = 0;
  for (size_t j = 0; j < nc; j++)
    if (visible(t, j)) last = j;
  for (int head = 1; head >= 0; head--) {
    for (size_t j = 0, first = 1; j < nc; j++) {
      if (!visible(t, j)) continue;
      if (!first) fputs("  ", out);
      first = 0;
      const char *s = t->cols[j].head;
      size_t pad = w[j] - text_width(s);
      if (!head) {
        put_dashes(out, w[j]);
        continue;
      }
      if (t->cols[j].right) put_spaces(out, pad);
      fputs(s, out);
      if (!t->cols[j].right && j != last) put_spaces(out, pad);
    }
    fputc('\n', out);
  }
  for (size_t i = 0; i < nr; i++) {
    for (size_t j = 0, first = 1; j < nc; j++) {
      if (!visible(t, j)) continue;
      if (!first) fputs("  ", out);
      first = 0;
      const char *s = txt[i * nc + j];
      size_t pad = w[j] - text_width(s);
      if (t->cols[j].right) put_spaces(out, pad);
      fputs(s, out);
      if (!t->cols[j].right && j != last) put_spaces(out, pad);
    }
    fputc('\n', out);
  }
  fputc('\n', out);
  for (size_t i = 0; i < nr * nc; i++)
    free(txt[i]);
  free(txt);
  free(w);
}

static void md_escape(FILE *out, const char *s) {
  for (; *s; s++) {
    if (*s == '|')
      fputs("\\|", out);
    else if (*s == '\n' || *s == '\r')
      fputc(' ', out);
    else
      fputc(*s, out);
  }
}

static void print_markdown(const table *t, FILE *out) {
  fprintf(out, "## %s\n\n", t->title);
  if (t->nrows == 0) {
    fputs("(none)\n\n", out);
    return;
  }
  fputc('|', out);
  for (size_t j = 0; j < t->ncols; j++) {
    if (!visible(t, j)) continue;
    fputc(' ', out);
    md_escape(out, t->cols[j].head);
    fputs(" |", out);
  }
  fputs("\n|", out);
  for (size_t j = 0; j < t->ncols; j++) {
    if (!visible(t, j)) continue;
    fputs(t->cols[j].right ? " --: |" : " --- |", out);
  }
  fputc('\n', out);
  for (size_t i = 0; i < t->nrows; i++) {
    fputc('|', out);
    for (size_t j = 0; j < t->ncols; j++) {
      if (!visible(t, j)) continue;
      char *s = display_text(&t->cells[i * t->ncols + j], &t->cols[j], 0);
      fputc(' ', out);
      md_escape(out, s);
      fputs(" |", out);
      free(s);
    }
    fputc('\n', out);
  }
  fputc('\n', out);
}

/* Script value of a cell: numbers with 9 decimals, lists joined by "; ". */
static char *script_text(const cell *c) {
  kg_buf b = KG_BUF_INIT;
  if (c->kind == C_REAL) {
    double r = round(c->num * 1e9) / 1e9;
    kg_buf_printf(&b, "%.12g", r == 0 ? 0.0 : r);
  } else if (c->kind == C_LIST) {
    for (size_t k = 0; k < c->n_list; k++) {
      if (k) kg_buf_puts(&b, "; ");
      kg_buf_puts(&b, c->list[k]);
    }
  } else if (c->key || c->text) {
    kg_buf_puts(&b, c->key ? c->key : c->text);
  }
  return kg_buf_detach(&b);
}

static void tsv_field(FILE *out, const char *s) {
  for (; *s; s++)
    fputc(*s == '\t' || *s == '\n' || *s == '\r' ? ' ' : *s, out);
}

static void csv_field(FILE *out, const char *s) {
  if (!strpbrk(s, ",\"\r\n")) {
    fputs(s, out);
    return;
  }
  fputc('"', out);
  for (; *s; s++) {
    if (*s == '"') fputc('"', out);
    fputc(*s, out);
  }
  fputc('"', out);
}

/* TSV and CSV: "# name" line, a header of keys, the rows, a blank line. */
static void print_delimited(const table *t, FILE *out, int csv) {
  fprintf(out, "# %s\n", t->name);
  for (size_t j = 0; j < t->ncols; j++) {
    if (j) fputc(csv ? ',' : '\t', out);
    fputs(t->cols[j].key, out);
  }
  fputc('\n', out);
  for (size_t i = 0; i < t->nrows; i++) {
    for (size_t j = 0; j < t->ncols; j++) {
      if (j) fputc(csv ? ',' : '\t', out);
      char *s = script_text(&t->cells[i * t->ncols + j]);
      if (csv)
        csv_field(out, s);
      else
        tsv_field(out, s);
      free(s);
    }
    fputc('\n', out);
  }
  fputc('\n', out);
}

static void json_string(FILE *out, const char *s) {
  fputc('"', out);
  for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
    if (*p == '"' || *p == '\\')
      fprintf(out, "\\%c", *p);
    else if (*p == '\n')
      fputs("\\n", out);
    else if (*p == '\t')
      fputs("\\t", out);
    else if (*p < 0x20)
      fprintf(out, "\\u%04x", *p);
    else
      fputc(*p, out);
  }
  fputc('"', out);
}

static void json_cell(FILE *out, const cell *c) {
  if (c->kind == C_LIST) {
    fputc('[', out);
    for (size_t k = 0; k < c->n_list; k++) {
      if (k) fputs(", ", out);
      json_string(out, c->list[k]);
    }
    fputc(']', out);
  } else if (c->kind == C_INT || c->kind == C_REAL) {
    char *s = script_text(c);
    fputs(s, out);
    free(s);
  } else if (c->key || c->text) {
    json_string(out, c->key ? c->key : c->text);
  } else {
    fputs("null", out);
  }
}

/* One member of the top-level object: "name": [ {row}, ... ] */
static void print_json_table(const table *t, FILE *out) {
  fprintf(out, " \"%s\": [", t->name);
  for (size_t i = 0; i < t->nrows; i++) {
    fputs(i ? ",\n  {" : "\n  {", out);
    for (size_t j = 0; j < t->ncols; j++) {
      if (j) fputs(", ", out);
      json_string(out, t->cols[j].key);
      fputs(": ", out);
      json_cell(out, &t->cells[i * t->ncols + j]);
    }
    fputc('}', out);
  }
  fputs(t->nrows ? "\n ]" : "]", out);
}

/* ---- the tables -------------------------------------------------------------
 */

static const char *label_of(const kg_node *n) {
  return n->label ? n->label : n->id;
}

static const char *country_of(const kg_node *n) {
  return n->country && *n->country ? n->country : NULL;
}

static int is_selected(const size_t *sel, size_t n, size_t node) {
  for (size_t i = 0; i < n; i++)
    if (sel[i] == node) return 1;
  return 0;
}

static size_t limit(size_t n, size_t top) {
  return top && n > top ? top : n;
}

static const column pair_cols[] = {{"person", "Person", 0, 0, 0, 0},
                                   {"person_id", "", 0, 1, 0, 0},
                                   {"counterpart", "Met", 0, 0, 0, 0},
                                   {"counterpart_id", "", 0, 1, 0, 0},
                                   {"meetings", "Meetings", 1, 0, 0, 0},
                                   {"first", "First", 0, 0, 0, 0},
                                   {"last", "Last", 0, 0, 0, 0},
                                   {"documents", "Documents", 0, 0, 3, 0}};

static void pairs_table(table *t, const kg_graph *g, const kg_stats *s,
                        size_t top, const size_t *sel, size_t n_sel) {
  table_init(t, "pairs", "Who met whom", pair_cols, KG_ARRAY_LEN(pair_cols));
  for (size_t k = 0; k < limit(s->n_pairs, top); k++) {
    const kg_pair_stat *p = &s->pairs[k];
    size_t a = p->a, b = p->b;
    /* with --person the chosen person comes first */
    if (n_sel && !is_selected(sel, n_sel, a) && is_selected(sel, n_sel, b)) {
      a = p->b;
      b = p->a;
    }
    cell *r = table_row(t);
    set_text(&r[0], label_of(kg_graph_node(g, a)));
    set_text(&r[1], kg_graph_node(g, a)->id);
    set_text(&r[2], label_of(kg_graph_node(g, b)));
    set_text(&r[3], kg_graph_node(g, b)->id);
    set_int(&r[4], p->meetings);
    set_text(&r[5], p->first);
    set_text(&r[6], p->last);
    set_list(&r[7], &p->documents);
  }
}

static const column counterpart_cols[] = {
    {"person", "Person", 0, 0, 0, 0},
    {"person_id", "", 0, 1, 0, 0},
    {"country", "Country", 0, 0, 0, 1},
    {"meetings", "Meetings", 1, 0, 0, 0},
    {"counterparts", "Counterparts (meetings)", 0, 0, 5, 0}};

static void counterparts_table(table *t, const kg_graph *g, const kg_stats *s,
                               size_t top, const size_t *sel, size_t n_sel) {
  table_init(t, "counterparts", "Counterparts", counterpart_cols,
             KG_ARRAY_LEN(counterpart_cols));
  size_t rows = 0;
  for (size_t k = 0; k < s->n_people; k++) {
    const kg_person_stat *p = &s->people[k];
    if (n_sel && !is_selected(sel, n_sel, p->node)) continue;
    if (top && rows >= top) break;
    rows++;
    const kg_node *n = kg_graph_node(g, p->node);
    cell *r = table_row(t);
    set_text(&r[0], label_of(n));
    set_text(&r[1], n->id);
    set_text(&r[2], country_of(n));
    set_int(&r[3], p->meetings);
    kg_strlist names = {NULL, 0, 0};
    for (size_t i = 0; i < p->n_pairs; i++) {
      const kg_pair_stat *q = &s->pairs[p->pairs[i]];
      size_t other = q->a == p->node ? q->b : q->a;
      char buf[512];
      snprintf(buf, sizeof buf, "%s (%zu)", label_of(kg_graph_node(g, other)),
               q->meetings);
      /* not kg_strlist_add, which drops repeats: two people may share a
       * label */
      kg_strlist_push(&names, buf);
    }
    set_list(&r[4], &names);
    kg_strlist_free(&names);
  }
}

/* Terminal decimals per measure: counts are whole, shares need 4. */
static const int measure_decimals[KG_MEASURES] = {0, 0, 2, 4, 0, 2, 4, 2, 4, 4};

static const char *const measure_heads[KG_MEASURES] = {
    "meetings", "counterparts", "met betweenness", "met PageRank",
    "degree",   "betweenness",  "closeness",       "harmonic",
    "PageRank", "eigenvector"};

static const column top_cols[] = {
    {"measure", "Measure", 0, 0, 0, 0}, {"rank", "#", 1, 0, 0, 0},
    {"person", "Person", 0, 0, 0, 0},   {"person_id", "", 0, 1, 0, 0},
    {"country", "Country", 0, 0, 0, 1}, {"value", "Value", 1, 0, 0, 0}};

static void top_table(table *t, const kg_graph *g, const kg_stats *s,
                      size_t top, const size_t *sel, size_t n_sel) {
  table_init(
      t, "top",
      n_sel ? "Centrality (rank among all people)"
            : "Top people by centrality (met: who-met-whom graph, weighted "
              "by meetings; others: whole graph)",
      top_cols, KG_ARRAY_LEN(top_cols));
  t->group_first = 1;
  size_t np = 0;
  for (size_t i = 0; i < kg_graph_node_count(g); i++)
    np += kg_graph_node(g, i)->type == KG_PERSON;
  size_t *best = kg_xmalloc((np + 1) * sizeof *best);
  for (int m = 0; m < KG_MEASURES; m++) {
    size_t n;
    if (n_sel) {
      n = n_sel;
      memcpy(best, sel, n_sel * sizeof *sel);
    } else {
      n = kg_stats_top(g, s, (kg_measure)m, top, best);
    }
    for (size_t i = 0; i < n; i++) {
      const kg_node *p = kg_graph_node(g, best[i]);
      cell *r = table_row(t);
      set_text(&r[0], measure_heads[m]);
      r[0].key = kg_xstrdup(kg_measure_name((kg_measure)m));
      /* competition ranking: equal values share a rank */
      set_int(&r[1], kg_stats_rank(g, s, (kg_measure)m, best[i]));
      set_text(&r[2], label_of(p));
      set_text(&r[3], p->id);
      set_text(&r[4], country_of(p));
      set_real(&r[5], kg_stats_value(g, s, (kg_measure)m, best[i]),
               measure_decimals[m]);
    }
  }
  free(best);
}

static const column country_cols[] = {{"country_a", "Country", 0, 0, 0, 0},
                                      {"country_b", "Country", 0, 0, 0, 0},
                                      {"meetings", "Meetings", 1, 0, 0, 0},
                                      {"pairs", "Pairs", 1, 0, 0, 0}};

static void countries_table(table *t, const kg_stats *s, size_t top) {
  table_init(t, "countries", "Meetings per country pair", country_cols,
             KG_ARRAY_LEN(country_cols));
  for (size_t k = 0; k < limit(s->n_countries, top); k++) {
    cell *r = table_row(t);
    set_text(&r[0], s->countries[k].a);
    set_text(&r[1], s->countries[k].b);
    set_int(&r[2], s->countries[k].meetings);
    set_int(&r[3], s->countries[k].pairs);
  }
}

static const column year_cols[] = {{"year", "Year", 0, 0, 0, 0},
                                   {"meetings", "Meetings", 1, 0, 0, 0},
                                   {"pairs", "Pairs", 1, 0, 0, 0}};

static void years_table(table *t, const kg_stats *s) {
  table_init(t, "years", "Meetings per year", year_cols,
             KG_ARRAY_LEN(year_cols));
  for (size_t k = 0; k < s->n_years; k++) {
    cell *r = table_row(t);
    set_text(&r[0], s->years[k].year);
    set_int(&r[1], s->years[k].meetings);
    set_int(&r[2], s->years[k].pairs);
  }
}

static const column summary_cols[] = {
    {"documents", "", 1, 0, 0, 0}, {"people", "", 1, 0, 0, 0},
    {"pairs", "", 1, 0, 0, 0},     {"meetings", "", 1, 0, 0, 0},
    {"since", "", 0, 0, 0, 0},     {"until", "", 0, 0, 0, 0},
    {"person", "", 0, 0, 0, 0}};

/* ---- options and loading
 * ----------------------------------------------------- */

static int usage(const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 1, 2)))
#endif
    ;

/* "kg: <message>" then the hint; returns the usage exit status. */
static int usage(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  fputs("kg: ", stderr);
  vfprintf(stderr, fmt, ap);
  fputs("\nTry 'kg --help'.\n", stderr);
  va_end(ap);
  return 2;
}

static int parse_format(const char *s, out_format *f) {
  static const char *const names[] = {"table", "tsv", "csv", "json",
                                      "markdown"};
  *f = FMT_TABLE;
  if (!s) return 0;
  for (size_t i = 0; i < KG_ARRAY_LEN(names); i++)
    if (!strcmp(s, names[i])) {
      *f = (out_format)i;
      return 0;
    }
  if (!strcmp(s, "md")) {
    *f = FMT_MARKDOWN;
    return 0;
  }
  return usage("unknown format '%s' (table, tsv, csv, json, markdown)", s);
}

static int graph_sink(kg_facts *f, void *ud) {
  kg_graph_add((kg_graph *)ud, f);
  kg_facts_free(f);
  return 0;
}

/* The graph to describe: a saved graph.json, or articles/facts through the
 * pipeline as `kg build` runs it. Returns 0, or 1 when inputs failed
 * (*out may still be set: the rest was read). */
static int load_graph(const kg_args *a, kg_graph **out) {
  const char *path = kg_cli_get(a, "graph");
  kg_error err;
  kg_error_clear(&err);
  *out = NULL;
  if (path) {
    char *text = NULL;
    size_t len = 0;
    if (kg_read_file(path, KG_MAX_INPUT, &text, &len, &err) != KG_OK ||
        kg_graph_read_json(text, len, path, out, &err) != KG_OK) {
      free(text);
      kg_print_error(&err);
      return 1;
    }
    free(text);
    return 0;
  }
  int jobs;
  if (kg_cmd_parse_jobs(a, &jobs) != 0) return 2;
  int facts = kg_cli_get(a, "facts") != NULL;
  kg_lexicon *lex = NULL;
  if (!facts && kg_cmd_load_lexicon(a, &lex) != 0) return 1;
  kg_graph *g = kg_graph_new();
  kg_pipeline_opts po = {lex, jobs, kg_cli_get(a, "quiet") != NULL, facts,
                         stderr};
  kg_pipeline_stats ps;
  kg_pipeline_run(&po, a->paths, a->n_paths, graph_sink, g, &ps);
  kg_graph_finish(g);
  kg_lexicon_free(lex);
  *out = g;
  return ps.failures ? 1 : 0;
}

static int needs_analysis(const kg_graph *g) {
  for (size_t i = 0; i < kg_graph_node_count(g); i++)
    if (kg_graph_node(g, i)->c->community < 0) return 1;
  return 0;
}

int kg_cmd_stats(const kg_args *a) {
  out_format fmt;
  int rc = parse_format(kg_cli_get(a, "format"), &fmt);
  if (rc) return rc;
  const char *since = kg_cli_get(a, "since"), *until = kg_cli_get(a, "until");
  if (since && kg_date_check(since) != 0)
    return usage("invalid date '%s' for --since (YYYY, YYYY-MM or YYYY-MM-DD)",
                 since);
  if (until && kg_date_check(until) != 0)
    return usage("invalid date '%s' for --until (YYYY, YYYY-MM or YYYY-MM-DD)",
                 until);
  if (since && until &&
      strncmp(since, until,
              strlen(since) < strlen(until) ? strlen(since) : strlen(until)) >
          0)
    return usage("--since '%s' is after --until '%s'", since, until);
  size_t top = 10;
  const char *tops = kg_cli_get(a, "top");
  if (tops) {
    char *end;
    long v = strtol(tops, &end, 10);
    if (!*tops || *end || v < 0 || v > 1000000)
      return usage("invalid --top '%s' (a number of rows, 0 for all)", tops);
    top = (size_t)v;
  }
  if (kg_cli_get(a, "graph") && (a->n_paths || kg_cli_get(a, "facts")))
    return usage("--graph reads a saved graph: no PATH or --facts with it");

  kg_graph *g = NULL;
  rc = load_graph(a, &g);
  if (!g) return rc;
  kg_error err;
  kg_error_clear(&err);
  kg_analyze_opts ao = kg_analyze_defaults();
  kg_cmd_parse_jobs(a, &ao.threads); /* checked when the graph was loaded */
  if (needs_analysis(g) && kg_graph_analyze(g, &ao, &err) != KG_OK) {
    kg_print_error(&err);
    kg_graph_free(g);
    return 1;
  }
  const char *person = kg_cli_get(a, "person");
  size_t np = 0;
  for (size_t i = 0; i < kg_graph_node_count(g); i++)
    np += kg_graph_node(g, i)->type == KG_PERSON;
  size_t *sel = kg_xmalloc((np + 1) * sizeof *sel);
  size_t n_sel = 0;
  if (person) {
    n_sel = kg_graph_find_person(g, person, sel, np);
    if (!n_sel) {
      fprintf(stderr, "kg: no person named '%s'\n", person);
      free(sel);
      kg_graph_free(g);
      return 1;
    }
    /* the person's own tables are complete unless --top says otherwise */
    if (!tops) top = 0;
  }
  kg_stats_opts so;
  memset(&so, 0, sizeof so);
  so.since = since;
  so.until = until;
  so.persons = sel;
  so.n_persons = n_sel;
  so.analyze = ao;
  kg_stats *s = NULL;
  if (kg_stats_compute(g, &so, &s, &err) != KG_OK) {
    kg_print_error(&err);
    free(sel);
    kg_graph_free(g);
    return 1;
  }

  table t[6];
  size_t nt = 0;
  table_init(&t[nt], "summary", "Summary", summary_cols,
             KG_ARRAY_LEN(summary_cols));
  cell *r = table_row(&t[nt++]);
  set_int(&r[0], kg_graph_document_count(g));
  set_int(&r[1], np);
  set_int(&r[2], s->n_pairs);
  set_int(&r[3], s->meetings);
  set_text(&r[4], since);
  set_text(&r[5], until);
  set_text(&r[6], person);
  pairs_table(&t[nt++], g, s, top, sel, n_sel);
  counterparts_table(&t[nt++], g, s, top, sel, n_sel);
  top_table(&t[nt++], g, s, top, sel, n_sel);
  countries_table(&t[nt++], s, top);
  years_table(&t[nt++], s);
  if (person) {
    kg_buf title = KG_BUF_INIT;
    kg_buf_printf(&title, "Who met %s", label_of(kg_graph_node(g, sel[0])));
    free(t[1].title);
    t[1].title = kg_buf_detach(&title);
  }

  FILE *out = stdout;
  if (fmt == FMT_JSON) fputs("{\n", out);
  for (size_t i = 0; i < nt; i++) {
    switch (fmt) {
    case FMT_TABLE:
    case FMT_MARKDOWN:
      if (i == 0) {
        /* the summary reads better as a sentence */
        kg_buf line = KG_BUF_INIT;
        kg_buf_printf(
            &line,
            "kg stats: %zu documents, %zu people, %zu meetings between "
            "%zu pairs",
            kg_graph_document_count(g), np, s->meetings, s->n_pairs);
        if (since) kg_buf_printf(&line, ", from %s", since);
        if (until) kg_buf_printf(&line, ", until %s", until);
        if (person) kg_buf_printf(&line, ", with '%s'", person);
        fprintf(out, fmt == FMT_MARKDOWN ? "# %s\n\n" : "%s\n\n", line.ptr);
        kg_buf_free(&line);
      } else if (fmt == FMT_TABLE) {
        print_aligned(&t[i], out);
      } else {
        print_markdown(&t[i], out);
      }
      break;
    case FMT_TSV:
      print_delimited(&t[i], out, 0);
      break;
    case FMT_CSV:
      print_delimited(&t[i], out, 1);
      break;
    case FMT_JSON:
      if (i == 0) {
        fputs(" \"summary\": {", out);
        for (size_t j = 0; j < t[0].ncols; j++) {
          if (j) fputs(", ", out);
          json_string(out, t[0].cols[j].key);
          fputs(": ", out);
          json_cell(out, &t[0].cells[j]);
        }
        fputs("},\n", out);
      } else {
        print_json_table(&t[i], out);
        fputs(i + 1 < nt ? ",\n" : "\n", out);
      }
      break;
    }
  }
  if (fmt == FMT_JSON) fputs("}\n", out);
  for (size_t i = 0; i < nt; i++)
    table_free(&t[i]);
  kg_stats_free(s);
  free(sel);
  kg_graph_free(g);
  return rc;
}
