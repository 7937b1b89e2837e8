/* cmd_stats.c - kg stats (first version: not available yet). */
#include <stdio.h>

#include "src/commands.h"

int kg_cmd_stats(const kg_args *a) {
  KG_UNUSED(a);
  fprintf(stderr, "kg: 'stats' is not available yet\n");
  return 1;
}
