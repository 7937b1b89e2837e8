/* main.c - the kg command: parse the command line and dispatch to a
 * subcommand (src/cmd_*.c); clean up temp outputs on a signal. */
#define _POSIX_C_SOURCE 200809L
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "src/cli.h"
#include "src/commands.h"
#include "src/io.h"

static void on_signal(int sig) {
  kg_afile_cleanup_all();
  signal(sig, SIG_DFL);
  raise(sig);
}

int main(int argc, char **argv) {
  signal(SIGINT, on_signal);
  signal(SIGTERM, on_signal);
  signal(SIGHUP, on_signal);
  kg_args a;
  int rc = kg_cli_parse(argc, argv, &a, stderr);
  if (rc == 0) {
    if (!strcmp(a.command, "help")) {
      kg_cli_help(stdout, a.n_paths ? a.paths[0] : NULL);
    } else if (!strcmp(a.command, "man")) {
      kg_cli_man(stdout);
    } else if (!strcmp(a.command, "version")) {
      printf("kg %s\n", KG_VERSION);
    } else if (kg_cli_get(&a, "help")) {
      kg_cli_help(stdout, a.command);
    } else if (!strcmp(a.command, "build")) {
      rc = kg_cmd_build(&a);
    } else if (!strcmp(a.command, "extract")) {
      rc = kg_cmd_extract(&a);
    } else if (!strcmp(a.command, "stats")) {
      rc = kg_cmd_stats(&a);
    } else if (!strcmp(a.command, "render")) {
      rc = kg_cmd_render(&a);
    }
  }
  free(a.paths);
  if (fflush(stdout) != 0 || ferror(stdout)) {
    fprintf(stderr, "kg: write error on standard output\n");
    if (rc == 0) rc = 1;
  }
  return rc;
}
