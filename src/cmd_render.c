/* cmd_render.c - kg render (first version: not available yet). */
#include <stdio.h>

#include "src/commands.h"

int kg_cmd_render(const kg_args *a) {
  KG_UNUSED(a);
  fprintf(stderr, "kg: 'render' is not available yet\n");
  return 1;
}
