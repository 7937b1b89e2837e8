/* samples.c - the five seed articles of samples/, compiled into kg so that
 * `kg build` with no input works from any directory. */
#include "src/embedded.h"

#include "samples_data.inc"

const kg_embedded *kg_embedded_samples(void) { return kg_sample_files; }
