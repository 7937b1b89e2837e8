/* io.h - reading whole inputs under a size cap, and writing outputs
 * atomically (temp file in the target directory + fsync + rename), so a crash
 * or a full disk never leaves a truncated file where a good one stood. */
#ifndef KG_IO_H
#define KG_IO_H

#include <stdio.h>

#include "src/kg.h"

/** Largest single input kg reads into memory (a file, or one JSONL line). */
#define KG_MAX_INPUT ((size_t)256 << 20)

/** Read all of `path` ("-" is stdin) into a new NUL-terminated buffer.
 *  On success `*out` (caller frees) and `*len` are set. Fails with KG_ENOENT,
 *  KG_EIO or KG_ETOOBIG (larger than `cap`), filling `err`. */
kg_status kg_read_file(const char *path, size_t cap, char **out, size_t *len,
                       kg_error *err);

/** Read all of an open stream; `name` is used in error messages. */
kg_status kg_read_stream(FILE *fp, const char *name, size_t cap, char **out,
                         size_t *len, kg_error *err);

/** An output being written atomically. */
typedef struct kg_afile kg_afile;

/** Start writing `path`: creates a temp file beside it (beside the file a
 *  symlink points to, for a symlink). A target that exists and is not a
 *  regular file (/dev/null, /dev/full, a FIFO), and anything under /dev/
 *  or /proc/, is written in place instead, never replaced. Returns NULL
 *  and fills `err` when the directory is not writable or `path` is one. */
kg_afile *kg_afile_open(const char *path, kg_error *err);
/** The stream to write to (borrowed; valid until commit/abort). */
FILE *kg_afile_stream(kg_afile *af);
/** Flush, fsync, close and rename over the target. Frees `af` whatever the
 *  result; on failure the temp file is removed and the old target stays. */
kg_status kg_afile_commit(kg_afile *af, kg_error *err);
/** Discard the temp file and free `af`. NULL is a no-op. */
void kg_afile_abort(kg_afile *af);

/** Convenience: write `len` bytes to `path` atomically. */
kg_status kg_write_atomic(const char *path, const void *data, size_t len,
                          kg_error *err);

/** Remove every temp file still open (called from a signal handler on
 *  SIGINT/SIGTERM; async-signal-safe: only unlink(2)). */
void kg_afile_cleanup_all(void);

/** Create directory `path` and its parents (mode 0777 & umask). */
kg_status kg_mkdir_p(const char *path, kg_error *err);

#endif
