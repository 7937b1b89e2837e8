/* commands.h - the kg subcommands, one file each (src/cmd_*.c), and the
 * helpers they share. Only these files and main.c print to the terminal. */
#ifndef KG_COMMANDS_H
#define KG_COMMANDS_H

#include "extract/kg_extract.h"
#include "src/cli.h"
#include "src/kg.h"

/** Print an error as "kg: path:line: msg" on stderr. */
void kg_print_error(const kg_error *e);
/** Load the lexicons (--lexicon DIR or built in); 0 or 1 after printing. */
int kg_cmd_load_lexicon(const kg_args *a, kg_lexicon **lex);
/** Parse --jobs into *jobs (the number of cores when not given); 0, or 2
 *  after printing a usage error. */
int kg_cmd_parse_jobs(const kg_args *a, int *jobs);

/* Each returns the process exit status (0 ok, 1 failure, 2 usage). */
int kg_cmd_build(const kg_args *a);
int kg_cmd_extract(const kg_args *a);
int kg_cmd_stats(const kg_args *a);
int kg_cmd_render(const kg_args *a);

#endif
