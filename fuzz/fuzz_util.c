/* fuzz_util.c - the scratch directory of the fuzz targets (see fuzz.h). */
#define _POSIX_C_SOURCE 200809L
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "fuzz/fuzz.h"

static char tmpdir[256];

/* Remove the scratch directory's files (one level: targets write no
 * subdirectories) and the directory itself. */
static void cleanup(void) {
  DIR *d = opendir(tmpdir);
  if (d) {
    struct dirent *de;
    char p[512];
    while ((de = readdir(d)) != NULL) {
      if (!strcmp(de->d_name, ".") || !strcmp(de->d_name, "..")) continue;
      snprintf(p, sizeof p, "%s/%s", tmpdir, de->d_name);
      unlink(p);
    }
    closedir(d);
  }
  rmdir(tmpdir);
}

const char *kg_fuzz_tmpdir(void) {
  if (tmpdir[0]) return tmpdir;
  struct stat st;
  const char *base = getenv("TMPDIR");
  if (stat("/dev/shm", &st) == 0 && S_ISDIR(st.st_mode) &&
      access("/dev/shm", W_OK) == 0)
    base = "/dev/shm";
  if (!base || !*base) base = "/tmp";
  snprintf(tmpdir, sizeof tmpdir, "%s/kgfuzz.XXXXXX", base);
  if (!mkdtemp(tmpdir)) {
    perror("kg fuzz: mkdtemp");
    abort();
  }
  atexit(cleanup);
  return tmpdir;
}

void kg_fuzz_write(const char *path, const void *data, size_t size) {
  FILE *fp = fopen(path, "wb");
  if (!fp || (size && fwrite(data, 1, size, fp) != size) || fclose(fp) != 0) {
    perror(path);
    abort();
  }
}
