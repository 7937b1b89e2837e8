/* fuzz.h - shared by the fuzz targets (fuzz/fuzz_*.c): the libFuzzer entry
 * point, and a scratch directory for targets that must go through files
 * (ingest, lexicon loading). Each target is built either against libFuzzer
 * (clang, -DKG_FUZZ=ON) or against fuzz/replay.c, which runs a corpus. */
#ifndef KG_FUZZ_H
#define KG_FUZZ_H

#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/** A private temp directory for this process (created on first use, under
 *  /dev/shm when available; removed at exit). Borrowed. */
const char *kg_fuzz_tmpdir(void);

/** Write `size` bytes to `path`; aborts on failure (a broken harness must
 *  not pass for a clean run). */
void kg_fuzz_write(const char *path, const void *data, size_t size);

#endif
