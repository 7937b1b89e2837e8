/* pipeline.c - the map step (see pipeline.h): ingest -> kg_extract -> sink,
 * with progress on a terminal. jobs == 1 runs everything on the calling
 * thread; otherwise a reader thread, `jobs` - 1 workers and the calling
 * thread share a ring of WINDOW slots indexed by sequence number:
 *
 *   reader:  fills slot read_seq, then read_seq++   (waits for a free slot)
 *   workers: take slot take_seq++, extract, mark it done (any order)
 *   caller:  delivers slot sink_seq to the sink once it is done and frees
 *            it; while it is not done, extracts the next slot not taken
 *
 * So `jobs` threads do the work, the sink's included: on N cores, N busy
 * threads rather than N extracting beside a sink that competes for them.
 *
 * One mutex guards the three counters and the slot states; the work itself
 * (reading, extracting, the sink) runs outside it. Input errors travel
 * through the ring like documents, so they are reported in input order. */
#define _POSIX_C_SOURCE 200809L
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "export/kg_export.h"
#include "src/ingest.h"
#include "src/pipeline.h"

/* Documents in flight per worker, and bytes in flight overall: together
 * they bound memory whatever the corpus (a slow document holds back at
 * most WINDOW_PER_JOB * jobs finished ones). */
#define WINDOW_PER_JOB 8
#define WINDOW_BYTES ((size_t)64 << 20)

int kg_ncpu(void) {
  long n = sysconf(_SC_NPROCESSORS_ONLN);
  return n > 0 ? (int)n : 1;
}

static double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

static void report(FILE *diag, const kg_error *e) {
  if (!diag) return;
  if (e->line > 0)
    fprintf(diag, "kg: %s:%ld: %s\n", e->path, e->line, e->msg);
  else
    fprintf(diag, "kg: %s: %s\n", e->path, e->msg);
}

typedef struct progress {
  int on;
  double start, last;
} progress;

static void tick(progress *p, FILE *diag, const kg_pipeline_stats *s, int final) {
  if (!p->on) return;
  double t = now();
  if (!final && t - p->last < 0.5) return;
  p->last = t;
  double el = t - p->start;
  fprintf(diag, "\rkg: %zu documents, %.1f MB, %.1f MB/s%s",
          s->documents, s->bytes / 1e6, el > 0 ? s->bytes / 1e6 / el : 0.0,
          final ? "\n" : "");
  fflush(diag);
}

/* Where results go: facts to `sink`, or text rendered by `render` to
 * `text_sink`. */
typedef struct target {
  const kg_pipeline_opts *o;
  kg_facts_sink sink;
  kg_facts_render render;
  kg_text_sink text_sink;
  void *ud;
} target;

/* ---- one unit of work ------------------------------------------------------ */

enum { IT_DOC = 1, IT_LINE, IT_ERROR };
enum { SL_FREE = 0, SL_READY, SL_BUSY, SL_DONE };

typedef struct item {
  int kind;
  int state;
  kg_input in;      /* IT_DOC, until extracted */
  char *line;       /* IT_LINE, until parsed */
  size_t len;
  const char *name; /* IT_LINE: file name (borrowed from ingest) */
  long lineno;
  kg_error err;     /* IT_ERROR */
  size_t bytes;     /* ingest bytes read once this item was read */
  size_t cost;      /* input bytes held, for the window budget */
  kg_facts *f;      /* result */
  kg_buf text;      /* result, when rendering */
} item;

/* Read the next item; returns 0 at the end of the inputs. */
static int read_item(kg_ingest *it, const kg_pipeline_opts *o, item *x) {
  const char *text, *name;
  size_t len;
  long line;
  int r;
  kg_error_clear(&x->err);
  if (o->facts_input) {
    r = kg_ingest_next_line(it, &text, &len, &name, &line, &x->err);
    if (r > 0) {
      x->kind = IT_LINE;
      x->line = kg_xstrndup(text, len);
      x->len = len;
      x->name = name;
      x->lineno = line;
      x->cost = len;
    }
  } else {
    r = kg_ingest_next(it, &x->in, &x->err);
    if (r > 0) {
      x->kind = IT_DOC;
      x->cost = x->in.len;
    }
  }
  if (r == 0) return 0;
  if (r < 0) {
    x->kind = IT_ERROR;
    x->cost = 0;
  }
  x->bytes = kg_ingest_bytes(it);
  return 1;
}

/* The work: extraction (or parsing a facts line), then rendering. Runs on
 * a worker; touches nothing but the item and the immutable lexicon. */
static void process(const target *t, item *x) {
  const kg_pipeline_opts *o = t->o;
  if (x->kind == IT_DOC) {
    kg_doc d = {x->in.id, x->in.text, x->in.len, x->in.date, x->in.title,
                x->in.url};
    x->f = kg_extract(o->lex, &d);
    /* keep `repairs` for the stats; free the text now */
    size_t rep = x->in.repairs;
    kg_input_free(&x->in);
    x->in.repairs = rep;
  } else if (x->kind == IT_LINE) {
    if (kg_facts_from_json(x->line, x->len, x->name, x->lineno, &x->f,
                           &x->err) != KG_OK) {
      x->kind = IT_ERROR;
      x->f = NULL;
    }
    free(x->line);
    x->line = NULL;
  }
  if (x->f && t->render) {
    kg_buf_reset(&x->text);
    t->render(x->f, &x->text);
    kg_facts_free(x->f);
    x->f = NULL;
  }
}

/* Hand one finished item to the sink, in order. Returns non-zero when the
 * sink stops the run. Leaves the item empty (its buffer kept for reuse). */
static int deliver(const target *t, item *x, kg_pipeline_stats *stats,
                   progress *pr) {
  const kg_pipeline_opts *o = t->o;
  int stop = 0;
  stats->bytes = x->bytes;
  if (x->kind == IT_ERROR) {
    report(o->diag, &x->err);
    stats->failures++;
  } else {
    if (x->in.repairs) stats->repaired++;
    stats->documents++;
    tick(pr, o->diag, stats, 0);
    if (t->render)
      stop = t->text_sink(x->text.ptr ? x->text.ptr : "", x->text.len, t->ud) != 0;
    else
      stop = t->sink(x->f, t->ud) != 0;
    x->f = NULL; /* the sink owns it */
  }
  x->kind = 0;
  x->in.repairs = 0;
  return stop;
}

static void item_clear(item *x) {
  kg_input_free(&x->in);
  free(x->line);
  x->line = NULL;
  kg_facts_free(x->f);
  x->f = NULL;
  x->kind = 0;
}

/* ---- one thread ------------------------------------------------------------ */

static int run_inline(const target *t, kg_ingest *it, kg_pipeline_stats *stats,
                      progress *pr) {
  item x;
  memset(&x, 0, sizeof x);
  int stopped = 0;
  while (!stopped && read_item(it, t->o, &x)) {
    process(t, &x);
    stopped = deliver(t, &x, stats, pr);
  }
  item_clear(&x);
  kg_buf_free(&x.text);
  return stopped;
}

/* ---- threads ----------------------------------------------------------------- */

typedef struct ring {
  const target *t;
  kg_ingest *it;
  item *slots;
  size_t window;
  pthread_mutex_t mu;
  pthread_cond_t can_read, can_work, done;
  size_t read_seq, take_seq, sink_seq;
  size_t bytes_in_flight;
  int eof, stop;
} ring;

static void *reader_main(void *arg) {
  ring *r = arg;
  pthread_mutex_lock(&r->mu);
  for (;;) {
    while (!r->stop &&
           (r->read_seq - r->sink_seq >= r->window ||
            (r->bytes_in_flight >= WINDOW_BYTES && r->read_seq > r->sink_seq)))
      pthread_cond_wait(&r->can_read, &r->mu);
    if (r->stop) break;
    item *x = &r->slots[r->read_seq % r->window];
    pthread_mutex_unlock(&r->mu);
    /* the slot is ours: the sink freed it and nobody else looks at it
     * until read_seq moves past it */
    int got = read_item(r->it, r->t->o, x);
    pthread_mutex_lock(&r->mu);
    if (!got) break;
    x->state = SL_READY;
    r->bytes_in_flight += x->cost;
    r->read_seq++;
    pthread_cond_signal(&r->can_work);
    pthread_cond_signal(&r->done); /* the caller may be idle: work for it */
  }
  r->eof = 1;
  pthread_cond_broadcast(&r->can_work);
  pthread_cond_signal(&r->done);
  pthread_mutex_unlock(&r->mu);
  return NULL;
}

/* Take the next slot nobody took, extract it and mark it done (mutex held
 * on entry and exit, released while extracting). Returns 0 when there is
 * nothing to take or the run stopped. Workers loop on it; the caller runs
 * it while the next slot to deliver is not done. */
static int take(ring *r) {
  if (r->stop || r->take_seq == r->read_seq) return 0;
  size_t seq = r->take_seq++;
  item *x = &r->slots[seq % r->window];
  x->state = SL_BUSY;
  pthread_mutex_unlock(&r->mu);
  process(r->t, x);
  pthread_mutex_lock(&r->mu);
  x->state = SL_DONE;
  if (seq == r->sink_seq) pthread_cond_signal(&r->done);
  return 1;
}

static void *worker_main(void *arg) {
  ring *r = arg;
  pthread_mutex_lock(&r->mu);
  for (;;) {
    while (!r->stop && !r->eof && r->take_seq == r->read_seq)
      pthread_cond_wait(&r->can_work, &r->mu);
    if (!take(r)) break; /* stopped, or done */
  }
  pthread_mutex_unlock(&r->mu);
  return NULL;
}

static int run_threads(const target *t, kg_ingest *it, int jobs,
                       kg_pipeline_stats *stats, progress *pr) {
  ring r;
  memset(&r, 0, sizeof r);
  r.t = t;
  r.it = it;
  r.window = (size_t)jobs * WINDOW_PER_JOB;
  r.slots = kg_xcalloc(r.window, sizeof *r.slots);
  pthread_mutex_init(&r.mu, NULL);
  pthread_cond_init(&r.can_read, NULL);
  pthread_cond_init(&r.can_work, NULL);
  pthread_cond_init(&r.done, NULL);
  pthread_t *workers = kg_xcalloc((size_t)jobs, sizeof *workers);
  pthread_t reader;
  int started = 0, have_reader = 0;
  for (int i = 0; i < jobs - 1; i++) {
    if (pthread_create(&workers[i], NULL, worker_main, &r) != 0) break;
    started++;
  }
  if (started > 0)
    have_reader = pthread_create(&reader, NULL, reader_main, &r) == 0;
  int stopped = 0;
  if (!have_reader) {
    /* no threads to be had: stop those that started, do the work here */
    pthread_mutex_lock(&r.mu);
    r.stop = 1;
    pthread_cond_broadcast(&r.can_work);
    pthread_mutex_unlock(&r.mu);
    for (int i = 0; i < started; i++) pthread_join(workers[i], NULL);
    stopped = run_inline(t, it, stats, pr);
  } else {
    pthread_mutex_lock(&r.mu);
    for (;;) {
      item *x = &r.slots[r.sink_seq % r.window];
      while (!(r.sink_seq < r.read_seq && x->state == SL_DONE) &&
             !(r.eof && r.sink_seq == r.read_seq))
        if (!take(&r)) pthread_cond_wait(&r.done, &r.mu);
      if (r.sink_seq == r.read_seq) break; /* eof and all delivered */
      pthread_mutex_unlock(&r.mu);
      size_t cost = x->cost;
      int st = deliver(t, x, stats, pr);
      pthread_mutex_lock(&r.mu);
      x->state = SL_FREE;
      r.bytes_in_flight -= cost;
      r.sink_seq++;
      /* wake the reader when half the window is free, not for every slot:
       * it refills in a batch, with one wake-up per window/2 documents */
      if (r.read_seq - r.sink_seq <= r.window / 2) pthread_cond_signal(&r.can_read);
      if (st) {
        stopped = 1;
        r.stop = 1;
        pthread_cond_broadcast(&r.can_read);
        pthread_cond_broadcast(&r.can_work);
        break;
      }
    }
    pthread_mutex_unlock(&r.mu);
    pthread_join(reader, NULL);
    for (int i = 0; i < started; i++) pthread_join(workers[i], NULL);
  }
  for (size_t i = 0; i < r.window; i++) {
    item_clear(&r.slots[i]);
    kg_buf_free(&r.slots[i].text);
  }
  free(r.slots);
  free(workers);
  pthread_mutex_destroy(&r.mu);
  pthread_cond_destroy(&r.can_read);
  pthread_cond_destroy(&r.can_work);
  pthread_cond_destroy(&r.done);
  return stopped;
}

static int run(const target *t, const char *const *paths, size_t n,
               kg_pipeline_stats *stats) {
  const kg_pipeline_opts *o = t->o;
  memset(stats, 0, sizeof *stats);
  kg_ingest *it = kg_ingest_new(paths, n);
  progress pr = {0, now(), 0};
  pr.on = !o->quiet && o->diag && isatty(fileno(o->diag));
  int jobs = o->jobs > 0 ? o->jobs : kg_ncpu();
  /* A facts line is parsed in a fraction of the time its merge takes on
   * the calling thread, which is then one of the -j threads: jobs - 1
   * parsing workers, and none below two (handing lines to one worker cost
   * more than it saved: `kg build --facts` of 100 MB took 3.1 to 4.0 s on
   * one thread, 4.0 to 5.1 s with one worker, 4.6 to 6.5 s with two). */
  if (o->facts_input && !t->render) jobs = jobs - 1 >= 2 ? jobs - 1 : 1;
  int stopped = jobs <= 1 ? run_inline(t, it, stats, &pr)
                          : run_threads(t, it, jobs, stats, &pr);
  if (!stopped) stats->bytes = kg_ingest_bytes(it);
  tick(&pr, o->diag, stats, 1);
  kg_ingest_free(it);
  return stopped;
}

int kg_pipeline_run(const kg_pipeline_opts *o, const char *const *paths,
                    size_t n, kg_facts_sink sink, void *ud,
                    kg_pipeline_stats *stats) {
  target t = {o, sink, NULL, NULL, ud};
  return run(&t, paths, n, stats);
}

int kg_pipeline_run_text(const kg_pipeline_opts *o, const char *const *paths,
                         size_t n, kg_facts_render render, kg_text_sink sink,
                         void *ud, kg_pipeline_stats *stats) {
  target t = {o, NULL, render, sink, ud};
  return run(&t, paths, n, stats);
}
