/* io.c - capped whole-file reads and atomic writes (see io.h). The temp
 * files of writes in progress are registered so that an interrupted run can
 * remove them; the previous outputs are never touched until rename(2). */
#define _XOPEN_SOURCE 700 /* realpath */
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "src/io.h"

kg_status kg_read_stream(FILE *fp, const char *name, size_t cap, char **out,
                         size_t *len, kg_error *err) {
  size_t n = 0, sz = 1 << 16;
  char *buf = kg_xmalloc(sz);
  for (;;) {
    if (n + 1 >= sz) {
      if (sz > cap) {
        free(buf);
        return kg_error_set(err, KG_ETOOBIG, name, 0,
                            "larger than the %zu MB input limit", cap >> 20);
      }
      sz *= 2;
      buf = kg_xrealloc(buf, sz);
    }
    size_t got = fread(buf + n, 1, sz - n - 1, fp);
    n += got;
    if (got == 0) break;
  }
  if (ferror(fp)) {
    int e = errno;
    free(buf);
    return kg_error_set(err, KG_EIO, name, 0, "%s", strerror(e ? e : EIO));
  }
  if (n > cap) {
    free(buf);
    return kg_error_set(err, KG_ETOOBIG, name, 0,
                        "larger than the %zu MB input limit", cap >> 20);
  }
  buf[n] = '\0';
  *out = buf;
  *len = n;
  return KG_OK;
}

kg_status kg_read_file(const char *path, size_t cap, char **out, size_t *len,
                       kg_error *err) {
  if (strcmp(path, "-") == 0)
    return kg_read_stream(stdin, "-", cap, out, len, err);
  FILE *fp = fopen(path, "rb");
  if (!fp) {
    int e = errno;
    return kg_error_set(err, e == ENOENT ? KG_ENOENT : KG_EIO, path, 0, "%s",
                        strerror(e));
  }
  struct stat st;
  if (fstat(fileno(fp), &st) == 0) {
    if (S_ISDIR(st.st_mode)) {
      fclose(fp);
      return kg_error_set(err, KG_EIO, path, 0, "is a directory");
    }
    if (S_ISREG(st.st_mode) && (size_t)st.st_size > cap) {
      fclose(fp);
      return kg_error_set(err, KG_ETOOBIG, path, 0,
                          "larger than the %zu MB input limit", cap >> 20);
    }
  }
  kg_status s = kg_read_stream(fp, path, cap, out, len, err);
  fclose(fp);
  return s;
}

struct kg_afile {
  FILE *fp;
  char *path;
  char *tmp;
  int slot;
};

/* Temp paths of writes in progress, for kg_afile_cleanup_all. A fixed table
 * keeps the signal handler free of locks and allocation. */
#define MAX_OPEN 64
static char *volatile open_tmp[MAX_OPEN];

/* Outputs may be opened by two threads at once (kg build writes DOT beside
 * the other formats): the lock serialises finding a free slot, and reading
 * the umask, which can only be read by setting it. The signal handler
 * takes no lock; it only reads the table. */
static pthread_mutex_t open_lock = PTHREAD_MUTEX_INITIALIZER;

static int register_tmp(char *tmp) {
  for (int i = 0; i < MAX_OPEN; i++)
    if (!open_tmp[i]) {
      open_tmp[i] = tmp;
      return i;
    }
  return -1;
}

static void unregister_tmp(int slot) {
  if (slot < 0) return;
  pthread_mutex_lock(&open_lock);
  open_tmp[slot] = NULL;
  pthread_mutex_unlock(&open_lock);
}

void kg_afile_cleanup_all(void) {
  for (int i = 0; i < MAX_OPEN; i++)
    if (open_tmp[i]) unlink(open_tmp[i]);
}

static kg_afile *afile_open(const char *path, kg_error *err);

kg_afile *kg_afile_open(const char *path, kg_error *err) {
  /* Through a symlink, replace the file it points to, not the link. */
  char *real = NULL;
  struct stat lst;
  if (lstat(path, &lst) == 0 && S_ISLNK(lst.st_mode) &&
      strncmp(path, "/dev/", 5) != 0 && strncmp(path, "/proc/", 6) != 0) {
    real = realpath(path, NULL);
    if (real) path = real;
  }
  kg_afile *af = afile_open(path, err);
  free(real);
  return af;
}

static kg_afile *afile_open(const char *path, kg_error *err) {
  /* a device, pipe or socket (/dev/stdout, /dev/full, a FIFO) is written in
   * place: renaming a temp file over it would replace the device. So is
   * anything under /dev/ and /proc/: /dev/stdout may lead to a regular
   * file, and the /dev/stdout link must not be replaced by one. */
  struct stat st;
  int special = strncmp(path, "/dev/", 5) == 0 || strncmp(path, "/proc/", 6) == 0;
  if ((stat(path, &st) == 0 && !S_ISREG(st.st_mode)) || special) {
    if (!special && S_ISDIR(st.st_mode)) {
      kg_error_set(err, KG_EIO, path, 0, "is a directory");
      return NULL;
    }
    FILE *fp = fopen(path, "wb");
    if (!fp) {
      int e = errno;
      kg_error_set(err, KG_EIO, path, 0, "cannot open output: %s", strerror(e));
      return NULL;
    }
    kg_afile *af = kg_xcalloc(1, sizeof *af);
    af->fp = fp;
    af->path = kg_xstrdup(path);
    af->tmp = NULL;
    af->slot = -1;
    return af;
  }
  size_t n = strlen(path);
  char *tmp = kg_xmalloc(n + 16);
  /* The temp file sits in the target's directory so rename(2) is atomic. */
  const char *slash = strrchr(path, '/');
  size_t dir = slash ? (size_t)(slash - path) + 1 : 0;
  memcpy(tmp, path, dir);
  snprintf(tmp + dir, n + 16 - dir, ".%s.XXXXXX", path + dir);
  /* Hold SIGINT/SIGTERM/SIGHUP until the new temp file is registered: a
   * signal between mkstemp and register_tmp left the file behind. */
  sigset_t block, old;
  sigemptyset(&block);
  sigaddset(&block, SIGINT);
  sigaddset(&block, SIGTERM);
  sigaddset(&block, SIGHUP);
  pthread_sigmask(SIG_BLOCK, &block, &old);
  int fd = mkstemp(tmp);
  int e = errno;
  pthread_mutex_lock(&open_lock);
  int slot = fd >= 0 ? register_tmp(tmp) : -1;
  /* mkstemp creates 0600; outputs are ordinary files, so honour umask. */
  mode_t um = umask(0);
  umask(um);
  pthread_mutex_unlock(&open_lock);
  pthread_sigmask(SIG_SETMASK, &old, NULL);
  if (fd < 0) {
    kg_error_set(err, KG_EIO, path, 0, "cannot create output: %s",
                 strerror(e));
    free(tmp);
    return NULL;
  }
  fchmod(fd, 0666 & ~um);
  FILE *fp = fdopen(fd, "wb");
  if (!fp) {
    e = errno;
    close(fd);
    unlink(tmp);
    unregister_tmp(slot);
    free(tmp);
    kg_error_set(err, KG_EIO, path, 0, "%s", strerror(e));
    return NULL;
  }
  kg_afile *af = kg_xcalloc(1, sizeof *af);
  af->fp = fp;
  af->path = kg_xstrdup(path);
  af->tmp = tmp;
  af->slot = slot;
  return af;
}

FILE *kg_afile_stream(kg_afile *af) { return af->fp; }

static void afile_free(kg_afile *af) {
  unregister_tmp(af->slot);
  free(af->path);
  free(af->tmp);
  free(af);
}

kg_status kg_afile_commit(kg_afile *af, kg_error *err) {
  kg_status st = KG_OK;
  int bad = ferror(af->fp);
  if (fflush(af->fp) != 0) bad = 1;
  int e = errno;
  if (!bad && af->tmp && fsync(fileno(af->fp)) != 0 && errno != EINVAL) {
    bad = 1;
    e = errno;
  }
  if (fclose(af->fp) != 0 && !bad) {
    bad = 1;
    e = errno;
  }
  if (bad) {
    st = kg_error_set(err, KG_EIO, af->path, 0, "write failed: %s",
                      strerror(e ? e : EIO));
    if (af->tmp) unlink(af->tmp);
  } else if (af->tmp && rename(af->tmp, af->path) != 0) {
    e = errno;
    st = kg_error_set(err, KG_EIO, af->path, 0, "cannot replace: %s",
                      strerror(e));
    unlink(af->tmp);
  }
  afile_free(af);
  return st;
}

void kg_afile_abort(kg_afile *af) {
  if (!af) return;
  fclose(af->fp);
  if (af->tmp) unlink(af->tmp);
  afile_free(af);
}

kg_status kg_write_atomic(const char *path, const void *data, size_t len,
                          kg_error *err) {
  kg_afile *af = kg_afile_open(path, err);
  if (!af) return err ? err->status : KG_EIO;
  if (len && fwrite(data, 1, len, af->fp) != len) {
    /* commit reports the stream error and removes the temp file */
  }
  return kg_afile_commit(af, err);
}

kg_status kg_mkdir_p(const char *path, kg_error *err) {
  char *p = kg_xstrdup(path);
  size_t n = strlen(p);
  while (n > 1 && p[n - 1] == '/') p[--n] = '\0';
  for (char *s = p + 1; ; s++) {
    char c = *s;
    if (c == '/' || c == '\0') {
      *s = '\0';
      struct stat st;
      if (stat(p, &st) != 0) {
        if (mkdir(p, 0777) != 0 && errno != EEXIST) {
          int e = errno;
          kg_error_set(err, KG_EIO, p, 0, "cannot create directory: %s",
                       strerror(e));
          free(p);
          return KG_EIO;
        }
      } else if (!S_ISDIR(st.st_mode)) {
        kg_error_set(err, KG_EIO, p, 0, "not a directory");
        free(p);
        return KG_EIO;
      }
      *s = c;
      if (c == '\0') break;
    }
  }
  free(p);
  return KG_OK;
}
