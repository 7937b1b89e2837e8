/* cli.h - the command-line interface's single option table: it drives
 * parsing, `--help` and docs/kg.1 (a test checks they agree). */
#ifndef KG_CLI_H
#define KG_CLI_H

#include <stdio.h>

/** One option of one command ("*" = every command). */
typedef struct kg_opt {
  const char *command; /* "build", "extract", ... or "*" */
  char shortname;      /* 0 when none */
  const char *longname;
  const char *arg;     /* argument name, or NULL for a flag */
  const char *help;
} kg_opt;

/** One command. */
typedef struct kg_cmd {
  const char *name;
  const char *synopsis; /* after "kg NAME " */
  const char *summary;
} kg_cmd;

/** The tables (NULL-terminated by a zeroed entry). Borrowed, static. */
const kg_opt *kg_cli_options(void);
const kg_cmd *kg_cli_commands(void);

/** Parsed command line. Option values are borrowed from argv. */
typedef struct kg_args {
  const char *command;
  const char **paths; /* positional arguments (owned array) */
  size_t n_paths;
  const char *values[64]; /* by option index: value, or "" for a set flag */
} kg_args;

/** Parse argv. Returns 0, or 2 after printing a usage error to `err`
 *  ("kg: unknown option '--x'" then "Try 'kg --help'."). The caller frees
 *  args->paths. Sets args->command to "help"/"version" for those. */
int kg_cli_parse(int argc, char **argv, kg_args *args, FILE *err);

/** Value of an option of the parsed command (by long name), or NULL. */
const char *kg_cli_get(const kg_args *args, const char *longname);

/** Print help for kg (command NULL) or for one command to `out`. */
void kg_cli_help(FILE *out, const char *command);

/** Print the man page (roff) for all commands to `out`. */
void kg_cli_man(FILE *out);

#endif
