/* test_merge.c - unit tests of the graph merge (graph/build.c, issue 8):
 * the result does not depend on the order documents arrive in, repeats are
 * merged (within a document, across documents, a document merged twice),
 * and a hub seen in very many documents costs no quadratic scans (the
 * test has a short TIMEOUT in tests/perf.cmake). Evidence sentences moved
 * to a temporary file read the same as those kept in memory. */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "export/kg_export.h"
#include "graph/internal.h"
#include "graph/kg_graph.h"
#include "harness.h"

static unsigned rnd_state = 12345;
static unsigned rnd(unsigned n) {
  rnd_state = rnd_state * 1103515245u + 12345u;
  return (rnd_state >> 16) % n;
}

/* Facts of document `d`: a few people out of a small population, met in
 * pairs at one event, with titles, aliases and countries that vary. */
static kg_facts *doc_facts(unsigned d) {
  char buf[128];
  snprintf(buf, sizeof buf, "doc%04u", d);
  kg_facts *f = kg_facts_new(buf);
  f->date = kg_facts_str(f, d % 3 ? "2020-01-02" : "2021-05-06");
  size_t n = 2 + rnd(3);
  size_t ev = kg_facts_add_entity(f, KG_EVENT, "", "meeting");
  snprintf(buf, sizeof buf, "event:doc%04u:1", d);
  f->entities[ev].key = kg_facts_str(f, buf);
  for (size_t i = 0; i < n; i++) {
    unsigned p = rnd(12);
    char key[64], label[64];
    snprintf(key, sizeof key, "person:p%u", p);
    snprintf(label, sizeof label, rnd(2) ? "Person %u" : "P. %u", p);
    size_t e = kg_facts_add_entity(f, KG_PERSON, key, label);
    kg_strs_add(f, &f->entities[e].aliases, rnd(2) ? "Alias A" : "Alias B");
    kg_strs_add(f, &f->entities[e].titles, rnd(2) ? "Minister" : "Ambassador");
    f->entities[e].country = kg_facts_str(f, rnd(4) ? "Kenya" : "Ghana");
    kg_facts_add_link(f, KG_LINK_PARTICIPATED_IN, e, ev, f->date, NULL, 10 * i,
                      "They met.");
  }
  for (size_t i = 1; i + 1 < f->n_entities; i++) {
    size_t l = kg_facts_add_link(f, KG_LINK_MET, i, i + 1, f->date, NULL, 0,
                                 "A met B.");
    f->links[l].event = ev;
    /* the same link twice in one document: one meeting, one evidence */
    l = kg_facts_add_link(f, KG_LINK_MET, i + 1, i, f->date, NULL, 0, "A met B.");
    f->links[l].event = ev;
  }
  return f;
}

static char *graph_json(kg_graph *g) {
  char *buf = NULL;
  size_t len = 0;
  FILE *fp = open_memstream(&buf, &len);
  kg_error err;
  kg_error_clear(&err);
  CHECK(kg_export_json(g, KG_JSON_NODE_LINK, 1, fp, &err) == KG_OK);
  fclose(fp);
  return buf;
}

static void test_order_independent(void) {
  enum { N = 300 };
  kg_facts *f[N];
  for (unsigned d = 0; d < N; d++) f[d] = doc_facts(d);
  kg_graph *a = kg_graph_new(), *b = kg_graph_new(), *c = kg_graph_new();
  for (unsigned d = 0; d < N; d++) kg_graph_add(a, f[d]);
  for (unsigned d = N; d-- > 0;) kg_graph_add(b, f[d]);
  for (unsigned d = 0; d < N; d++) kg_graph_add(c, f[(d * 7) % N]);
  kg_graph_finish(a);
  kg_graph_finish(b);
  kg_graph_finish(c);
  char *ja = graph_json(a), *jb = graph_json(b), *jc = graph_json(c);
  CHECK(ja && jb && jc && strcmp(ja, jb) == 0 && strcmp(ja, jc) == 0);
  /* aliases and titles merged to their distinct values */
  size_t p = kg_graph_find(a, "person:p3");
  CHECK(p != (size_t)-1);
  if (p != (size_t)-1) {
    const kg_node *n = kg_graph_node(a, p);
    CHECK_INT(n->profile->titles.n, 2);
    CHECK(n->profile->aliases.n >= 2 && n->profile->aliases.n <= 3);
    CHECK_STR(n->country, "Kenya");
    for (size_t i = 1; i < n->documents.n; i++)
      CHECK(strcmp(n->documents.v[i - 1], n->documents.v[i]) < 0);
  }
  /* a met link's weight counts distinct meetings; evidence has no repeats */
  for (size_t i = 0; i < kg_graph_edge_count(a); i++) {
    kg_edge_buf eb;
    const kg_edge *e = kg_graph_edge(a, i, &eb);
    if (e->type != KG_LINK_MET) continue;
    CHECK(e->weight == (double)e->documents.n);
    CHECK_INT(e->n_evidence, e->documents.n);
  }
  CHECK(kg_graph_find(a, "doc0001") == (size_t)-1); /* not a node */
  CHECK(kg_graph_find(a, "") == (size_t)-1);
  CHECK(kg_graph_find(a, "zzz") == (size_t)-1);
  size_t found = 0; /* every node by its id, after finish (a search) */
  for (size_t i = 0; i < kg_graph_node_count(a); i++)
    found += kg_graph_find(a, kg_graph_node(a, i)->id) == i;
  CHECK_INT(found, kg_graph_node_count(a));
  free(ja);
  free(jb);
  free(jc);
  kg_graph_free(a);
  kg_graph_free(b);
  kg_graph_free(c);
  for (unsigned d = 0; d < N; d++) kg_facts_free(f[d]);
}

static void test_document_twice(void) {
  rnd_state = 7;
  kg_facts *f = doc_facts(1);
  rnd_state = 7;
  kg_facts *g1 = doc_facts(1);
  kg_graph *a = kg_graph_new(), *b = kg_graph_new();
  kg_graph_add(a, f);
  kg_graph_add(b, f);
  kg_facts *other = doc_facts(2);
  kg_graph_add(b, other);
  kg_graph_add(b, g1); /* the same document again, after another */
  kg_graph_add(a, other);
  kg_graph_finish(a);
  kg_graph_finish(b);
  for (size_t i = 0; i < kg_graph_edge_count(b); i++) {
    kg_edge_buf eb, xb;
    const kg_edge *e = kg_graph_edge(b, i, &eb), *x = kg_graph_edge(a, i, &xb);
    CHECK_INT(e->n_evidence, x->n_evidence);
    CHECK(e->weight == x->weight);
    CHECK_INT(e->documents.n, x->documents.n);
  }
  kg_graph_free(a);
  kg_graph_free(b);
  kg_facts_free(f);
  kg_facts_free(g1);
  kg_facts_free(other);
}

/* One hub in 100000 documents, each adding a new counterpart: the hub's
 * lists grow to 100000 entries. Quadratic merging would take minutes. */
static void test_hub(void) {
  enum { N = 100000 };
  kg_graph *g = kg_graph_new();
  char buf[64];
  for (unsigned d = 0; d < N; d++) {
    snprintf(buf, sizeof buf, "d%06u", d);
    kg_facts *f = kg_facts_new(buf);
    size_t h = kg_facts_add_entity(f, KG_PERSON, "person:hub", "The Hub");
    kg_strs_add(f, &f->entities[h].aliases, d % 2 ? "Hub" : "Mr Hub");
    snprintf(buf, sizeof buf, "person:c%06u", d);
    size_t c = kg_facts_add_entity(f, KG_PERSON, buf, "Counterpart");
    size_t k = kg_facts_add_entity(f, KG_COUNTRY, "country:kenya", "Kenya");
    snprintf(buf, sizeof buf, "2020-%02u-%02u", 1 + d % 12, 1 + d % 28);
    kg_facts_add_link(f, KG_LINK_MET, h, c, buf, NULL, 0, "The Hub met them.");
    kg_facts_add_link(f, KG_LINK_REPRESENTS, h, k, NULL, NULL, 0, "The Hub met them.");
    kg_graph_add(g, f);
    kg_facts_free(f);
  }
  kg_graph_finish(g);
  const kg_node *hub = kg_graph_node(g, kg_graph_find(g, "person:hub"));
  CHECK_INT(hub->documents.n, N);
  CHECK_INT(hub->profile->aliases.n, 2);
  size_t rep = kg_graph_find(g, "country:kenya");
  CHECK(rep != (size_t)-1);
  for (size_t i = 0; i < kg_graph_edge_count(g); i++) {
    kg_edge_buf eb;
    const kg_edge *e = kg_graph_edge(g, i, &eb);
    if (e->type == KG_LINK_REPRESENTS) {
      CHECK_INT(e->documents.n, N);
      CHECK_INT(e->n_evidence, N);
      CHECK(e->weight == N);
      CHECK_INT(e->dates.n, 0);
    }
  }
  CHECK_INT(kg_graph_node_count(g), N + 2);
  CHECK_INT(kg_graph_edge_count(g), N + 1);
  kg_graph_free(g);
}

/* Facts of document `d` whose evidence sentences are its own, of varied
 * length; document 7's is over a segment (1 MB) long. */
static kg_facts *text_facts(unsigned d) {
  char key[64];
  snprintf(key, sizeof key, "t%04u", d);
  kg_facts *f = kg_facts_new(key);
  size_t ev = kg_facts_add_entity(f, KG_EVENT, "", "meeting");
  snprintf(key, sizeof key, "event:t%04u:1", d);
  f->entities[ev].key = kg_facts_str(f, key);
  size_t len = d == 7 ? ((size_t)3 << 19) : 20 + rnd(3000);
  char *text = malloc(len + 1);
  for (size_t i = 0; i < len; i++) text[i] = (char)('a' + (d + i) % 26);
  text[len] = 0;
  memcpy(text, key, strlen(key)); /* unique per document */
  for (unsigned i = 0; i < 2; i++) {
    snprintf(key, sizeof key, "person:q%u", (d + i) % 50);
    size_t e = kg_facts_add_entity(f, KG_PERSON, key, key + 7);
    kg_facts_add_link(f, KG_LINK_PARTICIPATED_IN, e, ev, NULL, NULL, 100 * i, text);
  }
  free(text);
  return f;
}

static void test_spilled_text(void) {
  enum { N = 400 };
  kg_graph *mem = kg_graph_new(), *file = kg_graph_new(), *nofile = kg_graph_new();
  kg_graph *pr = kg_graph_new(), *pr2 = kg_graph_new();
  kg_graph_spill_after(mem, (size_t)-1); /* nothing goes to a file */
  kg_graph_spill_after(file, 0); /* every full segment goes to the file */
  kg_graph_spill_after(nofile, 0);
  kg_graph_spill_after(pr, 0);
  kg_graph_spill_after(pr2, 0);
  /* the finish gathers the file's texts in file order: many buckets of 7
   * texts, blocks of 64 bytes and a window of 1 KB that the longer texts
   * overrun; pr2 the same, but without a scratch file when it finishes */
  pr->texts.pread_above = pr2->texts.pread_above = 0;
  pr->texts.gather_slots = 7;
  pr->texts.gather_block = 64;
  rnd_state = 12345;
  for (unsigned d = 0; d < N; d++) {
    kg_facts *f = text_facts(d);
    kg_graph_add(mem, f);
    kg_graph_add(file, f);
    kg_graph_add(pr, f);
    kg_graph_add(pr2, f);
    kg_facts_free(f);
  }
  kg_graph_finish(mem);
  kg_graph_finish(file); /* which copies the sentences to a new file */
  kg_graph_finish(pr);
  /* the file is made when the first segment fills: here none can be */
  const char *old = getenv("TMPDIR");
  char *saved = old ? strdup(old) : NULL;
  setenv("TMPDIR", "/nonexistent/kg-test", 1);
  rnd_state = 12345;
  for (unsigned d = 0; d < N; d++) {
    kg_facts *f = text_facts(d);
    kg_graph_add(nofile, f);
    kg_facts_free(f);
  }
  kg_graph_finish(nofile);
  kg_graph_finish(pr2);
  if (saved) setenv("TMPDIR", saved, 1);
  else unsetenv("TMPDIR");
  free(saved);
  /* the file holds most of it, the memory graph none; the last segment
   * stays in memory */
  CHECK(file->texts.file_len > ((size_t)1 << 20));
  CHECK(mem->texts.file_len == 0);
  CHECK(nofile->texts.file_len == 0 &&
        nofile->texts.failed);
  char *jm = graph_json(mem), *jf = graph_json(file), *jn = graph_json(nofile);
  CHECK(jm && jf && jn && strcmp(jm, jf) == 0 && strcmp(jm, jn) == 0);
  char *jp = graph_json(pr);
  CHECK(pr->texts.file_len > ((size_t)1 << 20) && jp && strcmp(jm, jp) == 0);
  free(jp);
  kg_graph_free(pr);
  jp = graph_json(pr2);
  CHECK(pr2->texts.failed && jp && strcmp(jm, jp) == 0); /* its copy in memory */
  free(jp);
  kg_graph_free(pr2);
  /* pages given back are read again */
  kg_graph_release_text(file);
  char *jf2 = graph_json(file);
  CHECK(jf2 && strcmp(jm, jf2) == 0);
  size_t q = kg_graph_find(file, "event:t0007:1"), found = 0;
  for (size_t i = 0; i < kg_graph_edge_count(file); i++) {
    kg_edge_buf eb;
    const kg_edge *e = kg_graph_edge(file, i, &eb);
    if (e->target != q && e->source != q) continue;
    CHECK_INT(e->n_evidence, 1);
    CHECK_INT(strlen(e->evidence[0].text), (size_t)3 << 19);
    CHECK(strncmp(e->evidence[0].text, "event:t0007:1", 13) == 0);
    found++;
  }
  CHECK_INT(found, 2);
  free(jm);
  free(jf);
  free(jf2);
  free(jn);
  kg_graph_free(mem);
  kg_graph_free(file);
  kg_graph_free(nofile);
}

/* The link of `type` between nodes `a` and `b` (ids), unpacked into `buf`. */
static const kg_edge *link_of(const kg_graph *g, kg_link_type type, const char *a,
                              const char *b, kg_edge_buf *buf) {
  size_t x = kg_graph_find(g, a), y = kg_graph_find(g, b);
  for (size_t i = 0; i < kg_graph_edge_count(g); i++) {
    const kg_edge *e = kg_graph_edge(g, i, buf);
    if (e->type == type && e->source == x && e->target == y) return e;
  }
  return NULL;
}

/* Links seen once are stored compactly and turn into full records when
 * they learn more (build.c, kg_erec): every path must give what the full
 * merge gives. */
static void test_compact_links(void) {
  kg_graph *g = kg_graph_new();
  kg_facts *f = kg_facts_new("docA");
  size_t p = kg_facts_add_entity(f, KG_PERSON, "person:a", "A");
  size_t q = kg_facts_add_entity(f, KG_PERSON, "person:b", "B");
  size_t c = kg_facts_add_entity(f, KG_COUNTRY, "country:x", "X");
  size_t v = kg_facts_add_entity(f, KG_EVENT, "event:docA:1", "visit");
  /* one sentence, then the same link again with a date and no sentence:
   * still one document, one date, one sentence */
  kg_facts_add_link(f, KG_LINK_PARTICIPATED_IN, p, v, NULL, NULL, 10, "A went.");
  kg_facts_add_link(f, KG_LINK_PARTICIPATED_IN, p, v, "2020-03-04", NULL, 10, NULL);
  /* two sentences of one document: a full record */
  kg_facts_add_link(f, KG_LINK_PARTICIPATED_IN, q, v, NULL, NULL, 10, "A went.");
  kg_facts_add_link(f, KG_LINK_PARTICIPATED_IN, q, v, NULL, NULL, 30, "B too.");
  /* a title: a full record */
  kg_facts_add_link(f, KG_LINK_REPRESENTS, p, c, NULL, "Envoy", 10, "A went.");
  /* seen here and in a second document */
  kg_facts_add_link(f, KG_LINK_REPRESENTS, q, c, "2020-03-04", NULL, 30, "B too.");
  kg_graph_add(g, f);
  kg_facts_free(f);
  f = kg_facts_new("docB");
  q = kg_facts_add_entity(f, KG_PERSON, "person:b", "B");
  c = kg_facts_add_entity(f, KG_COUNTRY, "country:x", "X");
  kg_facts_add_link(f, KG_LINK_REPRESENTS, q, c, "2021-01-01", NULL, 5, "B again.");
  kg_graph_add(g, f);
  kg_facts_free(f);
  kg_graph_finish(g);

  kg_edge_buf b;
  const kg_edge *e = link_of(g, KG_LINK_PARTICIPATED_IN, "person:a", "event:docA:1", &b);
  CHECK(e != NULL);
  if (e) {
    CHECK(e->weight == 1);
    CHECK_INT(e->documents.n, 1);
    CHECK_STR(e->documents.v[0], "docA");
    CHECK_INT(e->dates.n, 1);
    CHECK_STR(e->dates.v[0], "2020-03-04");
    CHECK_INT(e->titles.n, 0);
    CHECK_INT(e->n_evidence, 1);
    CHECK_STR(e->evidence[0].text, "A went.");
    CHECK_STR(e->evidence[0].doc, "docA");
    CHECK_INT(e->evidence[0].offset, 10);
  }
  e = link_of(g, KG_LINK_PARTICIPATED_IN, "person:b", "event:docA:1", &b);
  CHECK(e && e->n_evidence == 2 && e->documents.n == 1 && e->dates.n == 0);
  if (e && e->n_evidence == 2) {
    CHECK_STR(e->evidence[0].text, "A went.");
    CHECK_STR(e->evidence[1].text, "B too.");
    CHECK_INT(e->evidence[1].offset, 30);
  }
  e = link_of(g, KG_LINK_REPRESENTS, "person:a", "country:x", &b);
  CHECK(e && e->titles.n == 1 && e->n_evidence == 1);
  if (e && e->titles.n == 1) CHECK_STR(e->titles.v[0], "Envoy");
  e = link_of(g, KG_LINK_REPRESENTS, "person:b", "country:x", &b);
  CHECK(e && e->weight == 2 && e->documents.n == 2 && e->dates.n == 2 &&
        e->n_evidence == 2);
  if (e && e->dates.n == 2) {
    CHECK_STR(e->dates.v[0], "2020-03-04");
    CHECK_STR(e->dates.v[1], "2021-01-01");
    CHECK_STR(e->evidence[1].text, "B again.");
  }
  kg_graph_free(g);
}

int main(void) {
  test_compact_links();
  test_order_independent();
  test_document_twice();
  test_hub();
  test_spilled_text();
  TEST_MAIN_END();
}
