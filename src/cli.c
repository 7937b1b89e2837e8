/* cli.c - the option table and its parser, help and man page (STYLE 14,
 * after jq's usage() and curl's option docs). */
#include <stdlib.h>
#include <string.h>

#include "src/cli.h"
#include "src/kg.h"

static const kg_cmd commands[] = {
    {"build", "[OPTIONS] [PATH...]",
     "extract articles (or merge facts) into the knowledge graph and write it "
     "out"},
    {"extract", "[OPTIONS] [PATH...]",
     "extract facts, one JSON line per document (the map step)"},
    {"stats", "[OPTIONS] [PATH... | --graph FILE]",
     "who met whom, counterparts and top centralities"},
    {"render", "[OPTIONS] FILE.dot",
     "render a DOT file to SVG or PNG with Graphviz"},
    {NULL, NULL, NULL}};

static const kg_opt options[] = {
    {"*", 'h', "help", NULL, "show help and exit"},
    {"*", 'q', "quiet", NULL, "no progress or summary on stderr"},
    {"*", 0, "lexicon", "DIR",
     "read lexicon TSV files from DIR instead of the built-in ones"},
    {"*", 'j', "jobs", "N",
     "threads for extraction, analytics and the outputs (default: number of cores)"},
    {"build", 'o', "output", "DIR", "output directory (default: out)"},
    {"build", 0, "facts", NULL,
     "inputs are facts files written by 'kg extract' (the reduce step)"},
    {"build", 0, "formats", "LIST",
     "formats to write: json,dot,graphml,csv,html (default: all)"},
    {"build", 0, "json-style", "STYLE",
     "shape of graph.json: node-link (default), cytoscape, graphology"},
    {"build", 0, "render", "LIST",
     "also render diagrams: svg,png (graph.svg, people.svg ...)"},
    {"build", 0, "layout", "ENGINE",
     "Graphviz layout for --render: dot, neato, fdp, sfdp ... (default: dot, "
     "sfdp above 300 nodes)"},
    {"build", 0, "no-analytics", NULL, "skip centralities and communities"},
    {"build", 0, "timings", NULL,
     "print each phase's wall and CPU time on stderr"},
    {"extract", 'o', "output", "FILE", "write facts to FILE (default: stdout)"},
    {"stats", 0, "graph", "FILE", "read a graph.json written earlier"},
    {"stats", 0, "facts", NULL, "inputs are facts files"},
    {"stats", 0, "since", "DATE", "only meetings on or after DATE (YYYY[-MM[-DD]])"},
    {"stats", 0, "until", "DATE", "only meetings on or before DATE"},
    {"stats", 0, "top", "N", "rows per table (default: 10; 0: all)"},
    {"stats", 0, "person", "NAME",
     "only this person's meetings (label or alias, any case)"},
    {"stats", 0, "format", "FMT", "table (default), tsv, csv, json, markdown"},
    {"render", 'o', "output", "FILE",
     "output file, - for stdout (default: FILE with .svg or .png)"},
    {"render", 0, "format", "FMT", "svg or png (default: from the -o name, else svg)"},
    {"render", 0, "layout", "ENGINE",
     "Graphviz layout (default: the graph's own, else dot, sfdp above 300 nodes)"},
    {NULL, 0, NULL, NULL, NULL}};

const kg_opt *kg_cli_options(void) { return options; }
const kg_cmd *kg_cli_commands(void) { return commands; }

static int applies(const kg_opt *o, const char *cmd) {
  return strcmp(o->command, "*") == 0 || (cmd && strcmp(o->command, cmd) == 0);
}

/* "kg: <what> '<arg>'" then the hint, as jq and curl do. */
static int usage_error(FILE *err, const char *what, const char *arg) {
  fprintf(err, "kg: %s '%s'\nTry 'kg --help'.\n", what, arg);
  return 2;
}

int kg_cli_parse(int argc, char **argv, kg_args *a, FILE *err) {
  memset(a, 0, sizeof *a);
  a->paths = kg_xcalloc((size_t)argc + 1, sizeof *a->paths);
  int i = 1;
  if (argc < 2) {
    a->command = "help";
    return 0;
  }
  const char *first = argv[1];
  if (!strcmp(first, "--help") || !strcmp(first, "-h") || !strcmp(first, "help")) {
    a->command = "help";
    if (argc > 2) a->paths[a->n_paths++] = argv[2];
    return 0;
  }
  if (!strcmp(first, "--version") || !strcmp(first, "version")) {
    a->command = "version";
    return 0;
  }
  if (!strcmp(first, "--man")) { /* the man page, from the option table */
    a->command = "man";
    return 0;
  }
  for (const kg_cmd *c = commands; c->name; c++)
    if (!strcmp(first, c->name)) a->command = c->name;
  if (!a->command) {
    if (first[0] == '-') return usage_error(err, "unknown option", first);
    return usage_error(err, "unknown command", first);
  }
  int only_paths = 0;
  for (i = 2; i < argc; i++) {
    const char *s = argv[i];
    if (only_paths || s[0] != '-' || !strcmp(s, "-")) {
      a->paths[a->n_paths++] = s;
      continue;
    }
    if (!strcmp(s, "--")) {
      only_paths = 1;
      continue;
    }
    const kg_opt *hit = NULL;
    const char *val = NULL;
    if (s[1] == '-') {
      const char *name = s + 2;
      const char *eq = strchr(name, '=');
      size_t n = eq ? (size_t)(eq - name) : strlen(name);
      for (const kg_opt *o = options; o->longname; o++)
        if (applies(o, a->command) && strlen(o->longname) == n &&
            !strncmp(o->longname, name, n))
          hit = o;
      if (!hit) return usage_error(err, "unknown option", s);
      if (eq) {
        if (!hit->arg) return usage_error(err, "option takes no value:", s);
        val = eq + 1;
      }
    } else {
      for (const kg_opt *o = options; o->longname; o++)
        if (applies(o, a->command) && o->shortname == s[1]) hit = o;
      if (!hit || s[2]) {
        if (hit && hit->arg) {
          val = s + 2;
        } else {
          return usage_error(err, "unknown option", s);
        }
      }
    }
    if (hit->arg && !val) {
      if (i + 1 >= argc) return usage_error(err, "option needs a value:", s);
      val = argv[++i];
    }
    a->values[hit - options] = hit->arg ? val : "";
  }
  return 0;
}

const char *kg_cli_get(const kg_args *a, const char *longname) {
  for (const kg_opt *o = options; o->longname; o++)
    if (applies(o, a->command) && !strcmp(o->longname, longname))
      return a->values[o - options];
  return NULL;
}

static void print_opts(FILE *out, const char *cmd, int global) {
  for (const kg_opt *o = options; o->longname; o++) {
    int g = strcmp(o->command, "*") == 0;
    if (g != global || (!g && strcmp(o->command, cmd) != 0)) continue;
    char left[64];
    if (o->shortname)
      snprintf(left, sizeof left, "-%c, --%s%s%s", o->shortname, o->longname,
               o->arg ? " " : "", o->arg ? o->arg : "");
    else
      snprintf(left, sizeof left, "    --%s%s%s", o->longname, o->arg ? " " : "",
               o->arg ? o->arg : "");
    fprintf(out, "  %-24s %s\n", left, o->help);
  }
}

void kg_cli_help(FILE *out, const char *command) {
  if (command) {
    for (const kg_cmd *c = commands; c->name; c++)
      if (!strcmp(c->name, command)) {
        fprintf(out, "Usage: kg %s %s\n\n%c%s.\n\nOptions:\n", c->name,
                c->synopsis, c->summary[0] - 32, c->summary + 1);
        print_opts(out, c->name, 0);
        print_opts(out, c->name, 1);
        if (!strcmp(c->name, "build") || !strcmp(c->name, "extract") ||
            !strcmp(c->name, "stats"))
          fputs("\nPATH is a file, a directory (searched for .txt, .md, .jsonl) "
                "or - for stdin;\nwith no PATH kg uses its built-in sample "
                "articles.\n",
                out);
        fputs("\nExit status: 0 ok, 1 some input or output failed, 2 usage "
              "error.\n",
              out);
        return;
      }
  }
  fputs("Usage: kg COMMAND [OPTIONS] [PATH...]\n\n"
        "Build a knowledge graph of officials, institutions and events from "
        "news articles.\n\nCommands:\n",
        out);
  for (const kg_cmd *c = commands; c->name; c++)
    fprintf(out, "  %-9s %s\n", c->name, c->summary);
  fputs("\nOptions for every command:\n", out);
  print_opts(out, NULL, 1);
  fputs("      --version            print the version and exit\n"
        "\nRun 'kg COMMAND --help' for a command's options. With no PATH, kg "
        "uses its\nbuilt-in sample articles. Exit status: 0 ok, 1 some input "
        "or output failed,\n2 usage error.\n",
        out);
}

static void man_escape(FILE *out, const char *s) {
  for (; *s; s++) {
    if (*s == '-') fputs("\\-", out);
    else if (*s == '\\') fputs("\\e", out);
    else fputc(*s, out);
  }
}

void kg_cli_man(FILE *out) {
  fputs(".TH KG 1 \"\" \"kg " KG_VERSION "\" \"User Commands\"\n"
        ".SH NAME\nkg \\- build a knowledge graph of officials, institutions "
        "and events from news articles\n.SH SYNOPSIS\n.B kg\n.I COMMAND\n"
        "[\\fIOPTIONS\\fR] [\\fIPATH\\fR...]\n.SH COMMANDS\n",
        out);
  for (const kg_cmd *c = commands; c->name; c++) {
    fprintf(out, ".SS kg %s ", c->name);
    man_escape(out, c->synopsis);
    fputs("\n", out);
    man_escape(out, c->summary);
    fputs(".\n", out);
    for (const kg_opt *o = options; o->longname; o++) {
      if (strcmp(o->command, c->name) != 0) continue;
      fputs(".TP\n.B ", out);
      if (o->shortname) fprintf(out, "\\-%c, ", o->shortname);
      fputs("\\-\\-", out);
      man_escape(out, o->longname);
      if (o->arg) fprintf(out, " \\fI%s\\fR", o->arg);
      fputs("\n", out);
      man_escape(out, o->help);
      fputs("\n", out);
    }
  }
  fputs(".SH OPTIONS FOR EVERY COMMAND\n", out);
  for (const kg_opt *o = options; o->longname; o++) {
    if (strcmp(o->command, "*") != 0) continue;
    fputs(".TP\n.B ", out);
    if (o->shortname) fprintf(out, "\\-%c, ", o->shortname);
    fputs("\\-\\-", out);
    man_escape(out, o->longname);
    if (o->arg) fprintf(out, " \\fI%s\\fR", o->arg);
    fputs("\n", out);
    man_escape(out, o->help);
    fputs("\n", out);
  }
  fputs(".SH EXIT STATUS\n0 success; 1 some input or output failed (the rest "
        "was processed); 2 usage error.\n",
        out);
}
