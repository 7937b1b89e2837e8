/* event.c - events and who met whom. Meetings come from verb frames, not
 * co-occurrence: "X met (with) Y", "X received/hosted/welcomed Y", "X held
 * talks with Y", "X and Y discussed", "a meeting between X and Y", "Y was
 * received by X", attendees ("the meeting was also attended by Z", "X was
 * joined by Z", "also present were Z"), participants named by pronouns,
 * titles ("the foreign minister") or delegations ("the delegation led by
 * Y"). Planned meetings ("will meet", "is to meet") become planned events
 * without met links. Other events (visits, agreements, exercises,
 * ceremonies, conflicts) become event nodes with their participants. CAMEO
 * codes: 040 consult, 036 express intent to meet, 042 make a visit, 057 sign
 * formal agreement, 150 demonstrate military power, 190 use conventional
 * military force, 010 make statement (ceremonies). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "extract/internal.h"
#include "src/utf8.h"

#define NONE ((size_t)-1)
#define MAX_SIDE 24

typedef struct meeting {
  size_t side[2][MAX_SIDE]; /* person indexes */
  size_t n[2];
  kg_date date;
  int planned;
  size_t sent;              /* sentence of its first report */
  size_t place;             /* place chunk or NONE */
  int wants_delegation;     /* the other side is a delegation named later */
  size_t ent;               /* facts entity */
  int guest_side;           /* the visitor's side by the verb frame plus one, 0 unknown */
  size_t ev_sent[16];       /* sentences that report it (evidence) */
  size_t n_ev;
} meeting;

/* A visit, agreement, exercise, ceremony or conflict. */
typedef struct other_event {
  const char *subtype;
  const char *cameo;
  int planned;
  kg_date date;
  size_t sent;
  size_t place;        /* chunk of the destination / place, or NONE */
  size_t people[MAX_SIDE];
  size_t n_people;
  size_t insts[8];
  size_t n_insts;
  const char *countries[8];
  size_t n_countries;
  char *name;          /* owned */
} other_event;

typedef struct evctx {
  kg_ctx *c;
  /* per sentence: its text for links (owned, made on first use by
   * sentence_text), NULL before; a sentence reports many links */
  char **stext;
  /* per sentence: its person references (sentence_refs), asked by three
   * passes and the same each time (chunks no longer change here): all in
   * rc (owned); rc_at[s] is the sentence's first + 1, 0 not yet made */
  struct ref *rc;
  size_t n_rc, cap_rc;
  size_t *rc_at;
  uint8_t *rc_n;
  other_event *o;
  size_t n_o, cap_o;
  meeting *m;
  size_t n_m, cap_m;
  size_t last_subject;      /* person index */
  size_t last_object;
  size_t last_guest;        /* the visitor of the latest meeting with one */
  size_t guest_tok;         /* the host's verb that named last_guest, or NONE */
  size_t last_gen[3];       /* the person last referred to, by gender */
  size_t last_gen_s[3];     /* and the sentence */
  /* delegation leaders by country (borrowed country string) */
  const char *dl_country[16];
  size_t dl_person[16];
  size_t n_dl;
  /* leaders of a delegation of a stated country who hold an office in a
   * body of two countries (two_country_body): the delegation's country is
   * not theirs, but still the country of their side of a meeting */
  const char *wd_country[8];
  size_t wd_person[8];
  size_t n_wd;
  /* "He was accompanied by A": the person a sentence's opening pronoun
   * stands for, and the sentence (read in country_cues) */
  size_t pa_person[8], pa_sent[8];
  size_t n_pa;
  /* people brought in by "X was joined by" or "attended by": their own
   * demonym does not speak for X's side */
  size_t joined[16];
  size_t n_joined;
  /* the country of the last delegation the text placed ("A Chinese
   * delegation arrived ... received the delegation") */
  const char *last_dcountry;
  int head_dated; /* the first sentence has a date: 1, 0, -1 not known yet */
  /* people an unnamed delegation called on ("The delegation called on
   * President X", no delegation placed before): hosts of a visit */
  size_t udl_host[8];
  size_t n_udl_host;
} evctx;

static const char *group_country(kg_ctx *c, const size_t *v, size_t n);
static int explicit_country(const kg_xperson *p);

static int is_word(const kg_ctx *c, size_t i) {
  return i < c->tk.n && c->tk.v[i].kind == TK_WORD;
}

/* inline always: the key is a literal, its length a constant */
static KG_ALWAYS_INLINE int w(const kg_ctx *c, size_t i, const char *key) {
  return kg_ctx_is(c, i, key);
}

static kg_chunk *chunk(kg_ctx *c, size_t i) { return kg_ctx_chunk_at(c, i); }

/* ---- references: names, pronouns, titles, delegations ---------------------- */

/* Word stems of a title's content words ("defence" and "defense" alike). */
static size_t stems(const char *title, char out[][8], size_t max) {
  char *f = kg_fold(title, strlen(title));
  size_t n = 0;
  for (char *t = f; *t && n < max;) {
    while (*t == ' ' || *t == '-' || *t == ',') t++;
    char *e = t;
    while (*e && *e != ' ' && *e != '-' && *e != ',') e++;
    char save = *e;
    *e = '\0';
    if (*t && strcmp(t, "of") && strcmp(t, "the") && strcmp(t, "and") && strcmp(t, "for") &&
        strcmp(t, "to") && strcmp(t, "in") && strcmp(t, "&")) {
      size_t len = (size_t)(e - t) < 5 ? (size_t)(e - t) : 5;
      memcpy(out[n], t, len);
      out[n][len] = '\0';
      n++;
    }
    *e = save;
    t = e;
  }
  free(f);
  return n;
}

/* Stems of each of a person's offices, computed once. */
struct kg_stems {
  size_t n[16];
  char s[16][24][8];
};

static struct kg_stems *office_stems(kg_xperson *p) {
  if (!p->stems) {
    /* only the counts are cleared: stems() fills every entry that is read */
    p->stems = kg_xmalloc(sizeof *p->stems);
    memset(p->stems->n, 0, sizeof p->stems->n);
    for (size_t i = 0; i < p->noffices && i < 16; i++)
      p->stems->n[i] = stems(p->offices[i], p->stems->s[i], 24);
  }
  return p->stems;
}

/* Does an office have a junior modifier the reference lacks? "the minister
 * of defence" is not the deputy minister of defence. */
static int junior_extra(char want[][8], size_t nw, char have[][8], size_t nh) {
  static const char *const junior[] = {"deput", "vice", "assis", "under", "junio", NULL};
  for (size_t b = 0; b < nh; b++)
    for (int j = 0; junior[j]; j++) {
      if (strcmp(have[b], junior[j])) continue;
      int asked = 0;
      for (size_t a = 0; a < nw && !asked; a++) asked = !strcmp(want[a], junior[j]);
      if (!asked) return 1;
    }
  return 0;
}

static int office_matches(kg_xperson *p, char want[][8], size_t nw) {
  if (!nw) return 0;
  struct kg_stems *st = office_stems(p);
  for (size_t i = 0; i < p->noffices && i < 16; i++) {
    size_t nh = st->n[i];
    char (*have)[8] = st->s[i];
    size_t hit = 0;
    for (size_t a = 0; a < nw; a++)
      for (size_t b = 0; b < nh; b++)
        if (!strcmp(want[a], have[b])) {
          hit++;
          break;
        }
    if (hit == nw && !junior_extra(want, nw, have, nh)) return 1;
  }
  return 0;
}

/* Is title chunk t attached to a name (the name's own title)? */
static int title_attached(kg_ctx *c, size_t t) {
  const kg_chunk *k = &c->ch[t];
  /* "Deputy Prime Minister and Defence Minister Richard Marles" */
  if (w(c, k->end, "and")) {
    kg_chunk *q = chunk(c, k->end + 1);
    if (q && q->type == CH_TITLE && q != k && title_attached(c, (size_t)(q - c->ch))) return 1;
  }
  /* a name right after it, possibly after a comma, rank or honorific */
  size_t j = k->end;
  while (j < c->tk.n) {
    kg_chunk *q = chunk(c, j);
    if (kg_ctx_punct(c, j, ',') || kg_ctx_punct(c, j, '.')) {
      j++;
      continue;
    }
    if (q && (q->type == CH_RANK || q->type == CH_HON)) {
      j = q->end;
      continue;
    }
    if (q && q->type == CH_NAME && q->ent != NONE) return 1;
    break;
  }
  /* a name whose apposition this title is ("X, the minister of Y") */
  return c->ch[t].gen == 2;
}

/* Mark the title chunks that names point to (chunk.gen = 2), once. */
static void mark_name_titles(kg_ctx *c) {
  for (size_t i = 0; i < c->n_ch; i++) {
    kg_chunk *k = &c->ch[i];
    if (k->type == CH_NAME && k->ent != NONE && k->inst != NONE && k->inst < c->n_ch &&
        c->ch[k->inst].type == CH_TITLE)
      c->ch[k->inst].gen = 2;
  }
}

/* A noun for a person of no stated office ("the Vietnamese diplomat"). */
static int person_noun(kg_ctx *c, size_t i) {
  if (w(c, i, "diplomat") || w(c, i, "official") || w(c, i, "dignitary") ||
      w(c, i, "visitor") || w(c, i, "guest") || w(c, i, "delegate") ||
      w(c, i, "leader")) /* "the Russian leader": the one Russian named before */
    return 1;
  /* "received the Turkish general", "the Pakistani admiral was": a rank
   * noun in lower case, which no noun follows ("the Turkish general
   * staff", "general election") */
  if (!(w(c, i, "general") || w(c, i, "admiral")) || !(c->tk.v[i].flags & TF_LOWER)) return 0;
  if (i + 1 >= c->tk.n || !is_word(c, i + 1)) return 1;
  static const char *const next[] = {"was",  "is",    "had",  "has",  "and",  "who",
                                     "also", "met",   "said", "held", "paid", "called",
                                     "then", "later", "on",   "in",   "at",   "during",
                                     "for",  "to",    "with", NULL};
  return (c->tk.v[i + 1].flags & TF_LOWER) && kg_ctx_is_one_of(c, i + 1, next);
}

/* "and the" before an office: the next member of a list ("A and the
 * Minister of Development, B", "the Minister of ..., A, and the Governor
 * of ..., B"). */
static int and_the_office(kg_ctx *c, size_t t) {
  const kg_chunk *q = kg_ctx_chunk_at(c, t + 1);
  return w(c, t, "the") && t > 0 && w(c, t - 1, "and") && q && q->type == CH_TITLE;
}

/* "the Vietnamese diplomat" at t: the person of that country named last
 * before, within a bounded stretch of text; NONE when
 * two people of that country are named there (which one is unclear). */
static size_t demonym_ref(kg_ctx *c, size_t t, const char *country) {
  size_t found = NONE;
  size_t lo = t > 600 ? t - 600 : 0;
  for (size_t j = t; j > lo;) {
    j--;
    kg_chunk *k = chunk(c, j);
    if (!k) continue;
    if (k->type == CH_NAME && k->ent != NONE && c->people[k->ent].country &&
        !strcmp(c->people[k->ent].country, country)) {
      if (found != NONE && found != k->ent) return NONE;
      found = k->ent;
    }
    j = k->first;
  }
  return found;
}

static size_t title_ref(evctx *e, size_t t, const size_t *exclude, size_t nex) {
  kg_ctx *c = e->c;
  const kg_chunk *k = &c->ch[t];
  if (!k->canon) return NONE;
  size_t best = NONE;
  size_t best_off = 0;
  char want[12][8];
  size_t nw = stems(k->canon, want, 12);
  for (size_t i = 0; i < c->n_people; i++) {
    kg_xperson *p = &c->people[i];
    int skip = 0;
    for (size_t x = 0; x < nex; x++) skip |= exclude[x] == i;
    if (skip) continue;
    if (k->country && p->country && k->country != p->country) continue;
    if (!office_matches(p, want, nw)) continue;
    /* the most recently introduced before the reference, else the first */
    size_t off = p->first_off;
    size_t at = c->tk.v[k->first].off;
    int before = off <= at;
    if (best == NONE || (before && (best_off > at || off > best_off)) ||
        (!before && best_off > at && off < best_off)) {
      best = i;
      best_off = off;
    }
  }
  /* "the Vietnamese diplomat", "the Jordanian official": no office, the
   * person of that country named before */
  size_t h = k->end - 1;
  if (best == NONE && k->country && k->end - k->first == 2 && person_noun(c, h))
    best = demonym_ref(c, k->first, k->country);
  return best;
}

/* The "counterpart" word that introduces the name starting at token
 * `first` ("his Japanese counterpart Minoru Kihara", "her counterpart,
 * General X"), or NONE. A title between them (`his counterpart, Deputy
 * Prime Minister X`) counts only when `titled` allows it. */
/* "counterpart from Ghana", "counterpart of the Philippines": the token
 * after the country that follows the word "counterpart" at i, else i + 1. */
static size_t after_counterpart(kg_ctx *c, size_t i) {
  size_t j = i + 1;
  if (!(w(c, j, "from") || w(c, j, "of"))) return i + 1;
  j++;
  if (w(c, j, "the")) j++;
  kg_chunk *k = chunk(c, j);
  return k && k->first == j && k->type == CH_COUNTRY && !k->demonym ? k->end : i + 1;
}

static size_t counterpart_before(kg_ctx *c, size_t first, int titled) {
  size_t j = first, s0 = c->sents[c->ch[c->tok_ch[first]].sent].first;
  int office = 0;
  while (j > s0) {
    kg_chunk *k = chunk(c, j - 1);
    if (k && (k->type == CH_RANK || k->type == CH_HON)) {
      j = k->first;
    } else if (k && k->type == CH_COUNTRY && !office &&
               (j == first || kg_ctx_punct(c, j, ','))) {
      /* "his counterpart from Ghana, X" */
      const char *country;
      size_t at = kg_ctx_counterpart_from(c, s0, k->end, &country);
      return at != NONE && w(c, at, "counterpart") ? at : NONE;
    } else if (k && k->type == CH_TITLE && titled && !office) {
      j = k->first;
      office = 1;
    } else if (kg_ctx_punct(c, j - 1, ',') || kg_ctx_punct(c, j - 1, '.')) {
      j--;
    } else {
      break;
    }
  }
  return j > s0 && w(c, j - 1, "counterpart") ? j - 1 : NONE;
}

/* "his Iranian counterpart": the person of that country with a similar
 * office, other than the subject. */
static size_t counterpart_ref(evctx *e, size_t i, size_t subj) {
  kg_ctx *c = e->c;
  const char *country = NULL;
  if (i > 0) {
    kg_chunk *q = chunk(c, i - 1);
    if (q && q->type == CH_COUNTRY) country = q->country;
  }
  size_t best = NONE;
  /* the one the text introduces as that country's counterpart ("his
   * Norwegian counterpart Bjorn Gram"), not another official of it */
  if (country)
    for (size_t k = 0; k < c->n_ch; k++) {
      const kg_chunk *q = &c->ch[k];
      if (q->type != CH_NAME || q->ent == NONE || q->ent == subj ||
          c->people[q->ent].country != country)
        continue;
      size_t cw = counterpart_before(c, q->first, 1);
      if (cw == NONE) continue;
      if (best != NONE && best != q->ent) return NONE; /* two of them */
      best = q->ent;
    }
  if (best != NONE) return best;
  for (size_t p = 0; p < c->n_people; p++) {
    if (p == subj) continue;
    if (country && c->people[p].country != country) continue;
    if (!country && subj != NONE && c->people[p].country == c->people[subj].country) continue;
    if (!c->people[p].noffices) continue;
    if (best == NONE) best = p;
  }
  return country ? best : NONE;
}

typedef struct ref {
  size_t person;
  size_t tok; /* first token */
  size_t end;
  int kind;   /* 0 name, 1 pronoun, 2 title, 3 delegation, 4 counterpart,
                 5 the guest, 6 "the Vietnamese diplomat" */
} ref;

/* The office a person holds as written with mention token `tok` (a title
 * chunk, or the title right before the name, past ranks, honorifics and a
 * comma), else the one office the person holds, else NULL. Offices tied to
 * a body or another state ("China's Foreign Ministry Spokesperson",
 * "Ambassador to Japan") are no one else's. */
static const char *mention_office(kg_ctx *c, size_t person, size_t tok) {
  kg_chunk *k = chunk(c, tok);
  if (k && k->type == CH_NAME) {
    size_t j = k->first;
    k = NULL;
    while (j > 0) {
      kg_chunk *q = chunk(c, j - 1);
      if (q && (q->type == CH_RANK || q->type == CH_HON)) {
        j = q->first;
      } else if (kg_ctx_punct(c, j - 1, ',')) {
        j--;
      } else {
        if (q && q->type == CH_TITLE) k = q;
        break;
      }
    }
  }
  const char *office = NULL;
  if (k && k->type == CH_TITLE) {
    if (k->inst != NONE || k->intl || !k->canon) return NULL;
    office = k->canon;
  } else if (c->people[person].noffices == 1) {
    office = c->people[person].offices[0];
  }
  if (!office || strstr(office, " to ") || strchr(office, '\'')) return NULL;
  return office;
}

/* "Defence Minister A held talks with his Japanese counterpart B": B holds
 * the office A holds in that sentence (A: the first person the sentence
 * names, whom "his" refers to). Only a counterpart without an office of
 * his own, and one of his own country when the text says it. */
static void counterpart_offices(kg_ctx *c, const ref *r, size_t n) {
  for (size_t i = 0; i < n; i++) {
    if (r[i].kind != 0 || r[i].person == NONE || c->people[r[i].person].noffices) continue;
    size_t cw = counterpart_before(c, r[i].tok, 0);
    if (cw == NONE) continue;
    size_t subj = NONE, stok = NONE;
    for (size_t j = 0; j < i && subj == NONE; j++)
      if (r[j].person != NONE && r[j].tok < cw) subj = r[j].person, stok = r[j].tok;
    if (subj == NONE || subj == r[i].person) continue;
    const char *office = mention_office(c, subj, stok);
    if (office) kg_person_add_title(c, r[i].person, office);
  }
}

/* "She met her deputy, X", "A and his adviser X", "A's adviser X": X
 * serves the state of the office's owner (the pronoun's person, else the
 * person named last before it: "A met B and his deputy, X" is B's), unless
 * the text gives X a country of its own. */
static void owned_offices(kg_ctx *c, const ref *r, size_t n) {
  for (size_t i = 0; i + 1 < n; i++) {
    if (r[i + 1].kind != 0 || r[i + 1].person == NONE) continue;
    size_t at; /* the office's token */
    if (r[i].kind == 1) {
      const char *pk = ctx_key(c, r[i].tok);
      if (strcmp(pk, "his") && strcmp(pk, "her") && strcmp(pk, "their")) continue;
      at = r[i].tok + 1;
    } else if (r[i].kind == 0 && r[i].person != NONE && r[i].end < c->tk.n &&
               c->tk.v[r[i].end].kind == TK_POSS) {
      at = r[i].end + 1; /* "Ruto's adviser X" */
    } else {
      continue;
    }
    kg_chunk *t = chunk(c, at);
    size_t t_end;
    if (t && t->type == CH_TITLE && t->end == t->first + 1 && t->head_lower)
      t_end = t->end;
    else if (!t && kg_succession_word(c, at)) /* "Kwatra's predecessor X" */
      t_end = at + 1;
    else
      continue;
    size_t nt = kg_ctx_punct(c, t_end, ',') ? t_end + 1 : t_end;
    if (r[i + 1].tok != nt) continue;
    size_t owner = r[i].person;
    for (size_t j = i; j > 0 && owner == NONE; j--) owner = r[j - 1].person;
    kg_xperson *x = &c->people[r[i + 1].person];
    if (owner == NONE || owner == r[i + 1].person || !c->people[owner].country ||
        c->people[owner].intl || x->intl || x->country_strength >= 2)
      continue;
    x->country = c->people[owner].country;
    x->country_strength = 2;
  }
}

/* Does the title (or rank) at t open a phrase that goes on to a name:
 * "Commander of the Navy, Vice Admiral X", "Minister X"? */
static int names_after(kg_ctx *c, size_t t) {
  kg_chunk *q = chunk(c, t);
  if (q && q->type == CH_TITLE) q = kg_ctx_punct(c, q->end, ',') ? chunk(c, q->end + 1) : chunk(c, q->end);
  while (q && (q->type == CH_HON || q->type == CH_RANK)) q = chunk(c, q->end);
  return q && q->type == CH_NAME;
}

/* Person references of sentence s, in order. */
static size_t sentence_refs_uncached(evctx *e, size_t s, ref *out, size_t max) {
  kg_ctx *c = e->c;
  size_t first = c->sents[s].first, end = c->sents[s].end, n = 0;
  for (size_t i = first; i < end && n < max; i++) {
    kg_chunk *k = chunk(c, i);
    if (k && k->first == i) {
      if (k->type == CH_NAME && k->ent != NONE) {
        out[n++] = (ref){k->ent, i, k->end, 0};
      } else if (k->type == CH_PRON) {
        out[n++] = (ref){NONE, i, k->end, 1};
      } else if (k->type == CH_TITLE && !title_attached(c, (size_t)(k - c->ch))) {
        /* "defence chiefs", "the ministers" name groups, not one person */
        int plural = 0;
        for (size_t t = k->first; t < k->end; t++)
          plural |= is_word(c, t) && !kg_ctx_has(c, t, LX_TITLE) && kg_ctx_title(c, t);
        if (!plural) out[n++] = (ref){NONE, i, k->end, 2};
      }
      i = k->end - 1;
      continue;
    }
    if (w(c, i, "delegation") || w(c, i, "delegations")) {
      out[n++] = (ref){NONE, i, i + 1, 3};
    } else if (w(c, i, "side") && i == first + 2 && w(c, first, "the") && chunk(c, i - 1) &&
               chunk(c, i - 1)->type == CH_COUNTRY && chunk(c, i - 1)->demonym) {
      /* "The Uzbek side was also received by X": the sentence's subject,
       * that country's delegation */
      out[n++] = (ref){NONE, i, i + 1, 3};
    } else if (w(c, i, "counterpart")) {
      /* "his counterpart Pervez Khattak", "her counterpart, X", "his
       * counterpart from Ghana, X" name him */
      size_t a = after_counterpart(c, i);
      kg_chunk *q = chunk(c, a);
      if (kg_ctx_punct(c, a, ',')) q = chunk(c, a + 1);
      if (q && (q->type == CH_HON || q->type == CH_RANK || q->type == CH_TITLE))
        q = chunk(c, q->end);
      if (!(q && q->type == CH_NAME)) out[n++] = (ref){NONE, i, i + 1, 4};
    } else if (person_noun(c, i) && i >= first + 2 && chunk(c, i - 1) &&
               chunk(c, i - 1)->type == CH_COUNTRY &&
               chunk(c, i - 1)->demonym && chunk(c, i - 1)->first > first &&
               w(c, chunk(c, i - 1)->first - 1, "the")) {
      /* "The Vietnamese diplomat was also received by X" */
      out[n++] = (ref){NONE, chunk(c, i - 1)->first, i + 1, 6};
    } else if ((w(c, i, "guest") || w(c, i, "guests")) && i > first && w(c, i - 1, "the")) {
      out[n++] = (ref){NONE, i, i + 1, 5};
    } else if (w(c, i, "visiting") && i > first && w(c, i - 1, "the") && i + 1 < end &&
               is_word(c, i + 1) &&
               (kg_ctx_title(c, i + 1) || kg_ctx_has(c, i + 1, LX_RANK) ||
                w(c, i + 1, "dignitary") || w(c, i + 1, "official") ||
                w(c, i + 1, "leader") || w(c, i + 1, "envoy")) &&
               !names_after(c, i + 1)) {
      /* "the visiting minister", "the visiting dignitary", "the visiting
       * general"; "the visiting Commander of the Navy, Admiral X" names
       * the guest himself */
      out[n++] = (ref){NONE, i, i + 2, 5};
      i++;
    }
  }
  return n;
}

/* sentence_refs_uncached made once per sentence (up to 64 references),
 * copied to out. */
static size_t sentence_refs(evctx *e, size_t s, ref *out, size_t max) {
  if (!e->rc_at) {
    e->rc_at = kg_xcalloc(e->c->n_sents, sizeof *e->rc_at);
    e->rc_n = kg_xmalloc(e->c->n_sents);
  }
  if (!e->rc_at[s]) {
    ref r[64];
    size_t n = sentence_refs_uncached(e, s, r, 64);
    KG_GROW(e->rc, e->cap_rc, e->n_rc + n);
    if (n) memcpy(e->rc + e->n_rc, r, n * sizeof *r);
    e->rc_at[s] = e->n_rc + 1;
    e->rc_n[s] = (uint8_t)n;
    e->n_rc += n;
  }
  size_t n = e->rc_n[s] < max ? e->rc_n[s] : max;
  if (n) memcpy(out, e->rc + e->rc_at[s] - 1, n * sizeof *out);
  return n;
}

/* ---- frames ------------------------------------------------------------------ */

enum { FR_ACTIVE = 1, FR_PASSIVE, FR_SYMMETRIC, FR_BETWEEN, FR_ATTEND, FR_JOINED, FR_NOUN };

/* Is token i one of kg_event_words? Answered by the token's lexicon
 * lookup, which the earlier passes have mostly made already. */
static int event_word(kg_ctx *c, size_t i) {
  return i < c->tk.n && kg_lex_event_word(c->lex, &c->tk, i);
}

/* Does token t say the exchange was remote: "phone", "telephonic",
 * "videoconference", "video call/link/conference"? A meeting is in person. */
static int remote_word(kg_ctx *c, size_t t) {
  return w(c, t, "phone") || w(c, t, "telephone") || w(c, t, "telephonic") ||
         w(c, t, "telephonically") || w(c, t, "videoconference") ||
         w(c, t, "teleconference") ||
         (w(c, t, "video") && (w(c, t + 1, "link") || w(c, t + 1, "call") ||
                               w(c, t + 1, "conference") || w(c, t + 1, "conversation")));
}

/* "received", "hosted", "welcomed": verbs whose object is the visitor. */
static int host_word(kg_ctx *c, size_t i) {
  return w(c, i, "received") || w(c, i, "receives") || w(c, i, "receive") ||
         w(c, i, "hosted") || w(c, i, "hosts") || w(c, i, "host") || w(c, i, "welcomed") ||
         w(c, i, "welcomes") || w(c, i, "welcoming") || w(c, i, "welcome") ||
         w(c, i, "receiving") || w(c, i, "hosting") || w(c, i, "greeted") ||
         w(c, i, "greets");
}

/* "credentials" or "letters of credence" at t: its length, else 0. */
static size_t credentials_at(kg_ctx *c, size_t t) {
  if (w(c, t, "credentials")) return 1;
  if ((w(c, t, "letters") || w(c, t, "letter")) && w(c, t + 1, "of") && w(c, t + 2, "credence"))
    return 3;
  return 0;
}

/* An envoy's credentials handed in person, an encounter: "X presented his
 * credentials to President Y" (the envoy's side first), "Y received (or
 * accepted) the credentials of X" (the host's). Returns the length up to
 * the "to", "of" or "from" before the other side, else 0. */
static size_t credentials_frame(kg_ctx *c, size_t i, size_t end) {
  int present = w(c, i, "presented") || w(c, i, "presents") || w(c, i, "present") ||
                w(c, i, "presenting") || w(c, i, "handed") || w(c, i, "submitted");
  int receive = w(c, i, "received") || w(c, i, "receives") || w(c, i, "receive") ||
                w(c, i, "receiving") || w(c, i, "accepted") || w(c, i, "accepts");
  if (!present && !receive) return 0;
  /* a place or time between the verb and the credentials: "received at the
   * Amiri Diwan office this morning the credentials of", "received at Al
   * Alam Palace today", "received on Tuesday" */
  size_t b = i + 1;
  if (w(c, b, "at") || w(c, b, "in") || w(c, b, "on") || w(c, b, "today") ||
      w(c, b, "yesterday") || w(c, b, "this") || w(c, b, "here")) {
    static const char *const adv[] = {
        "at",        "in",       "on",    "today",  "yesterday", "this",  "here",
        "the",       "of",       "al",    "office", "palace",    "hall",  "headquarters",
        "residence", "premises", "court", "morning", "afternoon", "evening", NULL};
    size_t j = b;
    while (j < end && j < b + 12 &&
           ((is_word(c, j) && (kg_ctx_is_one_of(c, j, adv) || (c->tk.v[j].flags & TF_CAP))) ||
            (chunk(c, j) && chunk(c, j)->type == CH_DATE)) &&
           !credentials_at(c, j) && !w(c, j, "his") && !w(c, j, "her"))
      j++;
    if (j < end && (w(c, j, "the") || w(c, j, "his") || w(c, j, "her") || credentials_at(c, j)))
      b = j;
    if (w(c, b - 1, "the")) b--; /* "... today the credentials" */
  }
  for (size_t j = b; j < end && j < b + 7; j++) {
    size_t l = credentials_at(c, j);
    if (l) {
      size_t a = j + l;
      if (present ? w(c, a, "to") : (w(c, a, "of") || w(c, a, "from"))) return a - i + 1;
      return 0;
    }
    /* "received on Wednesday the credentials", "received yesterday the
     * credentials" (the EFE and PNA order): a date before the object */
    {
      kg_chunk *dk = chunk(c, w(c, j, "on") ? j + 1 : j);
      if (dk && dk->type == CH_DATE && dk->first == (w(c, j, "on") ? j + 1 : j)) {
        j = dk->end - 1;
        continue;
      }
    }
    /* "his", "the", "a copy of the", "copies of her" */
    if (!(w(c, j, "his") || w(c, j, "her") || w(c, j, "their") || w(c, j, "the") ||
          w(c, j, "a") || w(c, j, "copy") || w(c, j, "copies") || w(c, j, "of") ||
          w(c, j, "diplomatic")))
      return 0;
  }
  return 0;
}

/* "the credentials of four new ambassadors (to Qatar)" at credentials
 * token t: envoys counted, not named, whom the next sentence lists. */
static int envoys_named_later(kg_ctx *c, size_t t, size_t end) {
  size_t j = t + credentials_at(c, t);
  if (!w(c, j, "of") && !w(c, j, "from")) return 0;
  for (j++; j < end && j < t + 8; j++) {
    if (w(c, j, "ambassadors") || w(c, j, "envoys") || w(c, j, "diplomats") ||
        w(c, j, "heads"))
      return 1;
    if (!(c->tk.v[j].flags & TF_LOWER) && c->tk.v[j].kind != TK_NUM) return 0;
  }
  return 0;
}

/* A sentence that names the envoys of the sentence before: "They are A of
 * Chile, ...", "The new ambassadors are ...", "They include ...", "Among
 * them were ...", "Among the envoys was ...", "Among those who presented
 * their credentials were ...": the verb after lower-case words only. */
static int envoy_list(kg_ctx *c, size_t first, size_t end) {
  size_t j = first;
  if (w(c, j, "among")) {
    for (j++; j < end && j < first + 10 && (c->tk.v[j].flags & TF_LOWER); j++)
      if (w(c, j, "were") || w(c, j, "was") || w(c, j, "are") || w(c, j, "is"))
        return j > first + 1;
    return 0;
  }
  if (w(c, j, "they") || w(c, j, "these")) j++;
  else if (w(c, j, "the")) {
    for (j++; j < end && j < first + 4; j++)
      if (w(c, j, "ambassadors") || w(c, j, "envoys") || w(c, j, "diplomats")) break;
    if (j >= end || j >= first + 4) return 0;
    j++;
  } else
    return 0;
  return w(c, j, "are") || w(c, j, "were") || w(c, j, "include") || w(c, j, "included");
}

/* A sentence whose subject, before the verb at i, is the participants of
 * the meeting just told: "They were joined by", "The ministers were later
 * joined by", "Both sides were joined by". */
static int plural_subject(kg_ctx *c, size_t first, size_t i) {
  size_t j = first;
  if (w(c, j, "they")) return j + 1 < i && i <= j + 4;
  if (!w(c, j, "the") && !w(c, j, "both")) return 0;
  for (j++; j < i && j < first + 4; j++)
    if (w(c, j, "ministers") || w(c, j, "leaders") || w(c, j, "sides") ||
        w(c, j, "delegations") || w(c, j, "officials") || w(c, j, "two"))
      return j + 1 < i && i <= j + 4;
    /* "The heads of state were joined by Z", "The presidents were joined" */
    else if (w(c, j, "presidents") || w(c, j, "premiers"))
      return j + 1 < i && i <= j + 4;
    else if (w(c, j, "heads") && w(c, j + 1, "of") &&
             (w(c, j + 2, "state") || w(c, j + 2, "government")))
      return j + 3 < i && i <= j + 6;
  return 0;
}

/* Between t0 and t1, an office held one per country: "the countries'
 * defence ministers", "the two countries' army chiefs", "their respective
 * foreign ministers". */
static int group_office(kg_ctx *c, size_t t0, size_t t1) {
  for (size_t j = t0; j < t1 && j + 1 < c->tk.n; j++) {
    if (w(c, j, "respective")) return 1;
    if ((w(c, j, "countries") || w(c, j, "nations") || w(c, j, "sides")) &&
        c->tk.v[j + 1].kind == TK_POSS)
      return 1;
    if ((w(c, j, "countries'") || w(c, j, "nations'") || w(c, j, "sides'"))) return 1;
  }
  return 0;
}

/* A noun for a meeting an attendee takes part in. */
static int meeting_noun(kg_ctx *c, size_t i) {
  return w(c, i, "meeting") || w(c, i, "talks") || w(c, i, "meetings") ||
         w(c, i, "negotiations") || w(c, i, "discussions") || w(c, i, "discussion");
}

/* Is the meeting noun at m a body's meeting newly told: "a meeting of
 * the Central Military Commission", "a regular meeting of the council"
 * (an indefinite article, one lower-case word between at most, "of")? */
static int body_meeting(kg_ctx *c, size_t first, size_t m) {
  if (!meeting_noun(c, m) || !w(c, m + 1, "of")) return 0;
  size_t d = m;
  if (d > first && (c->tk.v[d - 1].flags & TF_LOWER) && !w(c, d - 1, "a") && !w(c, d - 1, "an"))
    d--;
  return d > first && (w(c, d - 1, "a") || w(c, d - 1, "an"));
}

/* Does the text after meeting sentence ms, up to token i of sentence s,
 * tell a body's meeting ("X chaired a meeting of the Central Military
 * Commission. The meeting was attended by A and B")? The attendees are
 * that meeting's, not the encounter's told before. */
static int body_meeting_since(kg_ctx *c, size_t ms, size_t s, size_t i) {
  if (ms >= s) return 0;
  size_t from = c->sents[ms + 1].first;
  for (size_t t = from; t < i; t++)
    if (body_meeting(c, from, t)) return 1;
  return 0;
}

/* Does "attended by" at i follow "which was (also)" whose antecedent is a
 * gathering that is not the meeting: "met on the sidelines of a regional
 * conference on migration, which was also attended by Z"? Z attended the
 * conference; a "meeting" or "talks" antecedent keeps Z as an attendee. */
static const char *const gatherings[] = {
    "conference", "forum", "summit", "ceremony", "session", "congress", "assembly",
    "exhibition", "expo", "festival", "seminar", "workshop", "symposium", "event",
    "celebration", "celebrations", "parade", "reception", "dinner", "games", "fair",
    "banquet", "luncheon", "lunch", "concert", "funeral", "inauguration", "opening",
    "launch", "rally", "ceremonies", "gala", "show", NULL};

static int gathering_attended(kg_ctx *c, size_t first, size_t i) {
  size_t p = i;
  if (p > first && w(c, p - 1, "also")) p--;
  if (p > first && (w(c, p - 1, "was") || w(c, p - 1, "were"))) p--;
  else return 0;
  if (p > first && w(c, p - 1, "also")) p--;
  if (!(p > first + 1 && (w(c, p - 1, "which") || w(c, p - 1, "that")))) return 0;
  for (size_t t = p - 1; t > first && t + 10 > p; t--) {
    /* "X chaired a meeting of the Central Military Commission, which
     * was attended by Z": a body's new meeting, not the encounter told
     * before */
    if (meeting_noun(c, t - 1)) return body_meeting(c, first, t - 1);
    if (kg_ctx_is_one_of(c, t - 1, gatherings)) return 1;
  }
  return 0;
}

/* Is the subject of "was (also) attended by" at i a gathering that is not
 * the meeting: "The signing ceremony was also attended by Z", "The Victory
 * Day parade on Red Square was attended by Z", "The dinner hosted by X was
 * attended by Z"? Its head is the last word of the clause's first noun
 * phrase (from its first determiner up to a preposition, a participle,
 * punctuation or the verb); Z attended that, and meets no one by it. */
static int gathering_subject(kg_ctx *c, size_t first, size_t i) {
  static const char *const dets[] = {"the", "this", "that", "a", "an", "its", "their", NULL};
  static const char *const stops[] = {"of", "on", "in", "at", "for", "with", "by", "from",
                                      "which", "that", "was", "were", "and", NULL};
  size_t p = i;
  if (p > first && w(c, p - 1, "also")) p--;
  if (!(p > first && (w(c, p - 1, "was") || w(c, p - 1, "were")))) return 0;
  size_t t = first;
  while (t + 1 < p && !(is_word(c, t) && kg_ctx_is_one_of(c, t, dets))) t++;
  if (t + 1 >= p) return 0;
  size_t head = NONE;
  for (size_t j = t + 1; j < p && is_word(c, j); j++) {
    if ((c->tk.v[j].flags & TF_LOWER) &&
        (kg_ctx_is_one_of(c, j, stops) || kg_ctx_ends_lower(c, j, "ed")))
      break;
    head = j;
  }
  if (head == NONE || !(c->tk.v[head].flags & TF_LOWER) ||
      !kg_ctx_is_one_of(c, head, gatherings))
    return 0;
  /* "X received Y ... The reception was attended by Z" (SPA's and KUNA's
   * word for the audience): the reception is the meeting told just
   * before, unless the text introduced a reception of its own ("hosted a
   * reception") */
  if (w(c, head, "reception") && w(c, t, "the")) {
    int received = 0;
    for (size_t q = first; q-- > 0 && q + 120 > first;) {
      /* "a reception", "an official reception" */
      int indef = q > 0 && (w(c, q - 1, "a") || w(c, q - 1, "an"));
      indef |= q > 1 && (c->tk.v[q - 1].flags & TF_LOWER) && (w(c, q - 2, "a") || w(c, q - 2, "an"));
      if (w(c, q, "reception") && indef) return 1;
      received |= w(c, q, "received") || w(c, q, "receives");
    }
    if (received) return 0;
  }
  return 1;
}

/* Does the text between meeting sentence ms and token i of sentence s (the
 * sentences after the meeting's, and s up to i) turn to a new gathering
 * (an indefinite one) that is not the meeting, with no meeting word after
 * it: "After the talks, the two
 * leaders attended a business forum. Also present were A and B"? An
 * attendance named by no noun of its own is that gathering's. */
static int gathering_since(kg_ctx *c, size_t ms, size_t s, size_t i) {
  if (ms >= s) return 0;
  size_t from = c->sents[ms + 1].first;
  for (size_t t = i; t-- > from;) {
    if (!is_word(c, t) || !(c->tk.v[t].flags & TF_LOWER)) continue;
    if (meeting_noun(c, t)) return 0;
    if (!kg_ctx_is_one_of(c, t, gatherings)) continue;
    /* a new gathering ("attended a business forum"); "the signing
     * ceremony" may be part of the meeting's own programme */
    for (size_t q = t; q > from && q + 4 > t; q--)
      if (w(c, q - 1, "a") || w(c, q - 1, "an")) return 1;
  }
  return 0;
}

/* "Also participating in the meeting were A and B", "Also taking part in
 * the talks was Z", "Attending the meeting were ...", "Also attending were
 * A and B": a gerund whose subject comes after "was"/"were". Its length up
 * to the noun (or the gerund alone), else 0. */
/* "X gave Y a piece of the rock", "X presented Y with a plaque": handing a
 * named person a thing (a gift, a memento, an award) at hand is meeting
 * him; not "gave Y support", "gave Y a call". Returns 1 at the verb. */
static size_t gift_frame(kg_ctx *c, size_t i, size_t end) {
  if (!(w(c, i, "gave") || w(c, i, "handed") || w(c, i, "presented"))) return 0;
  size_t b = i + 1;
  for (int t = 0; t < 2; t++) { /* "gave Prime Minister X", "Gen. X" */
    const kg_chunk *o = chunk(c, b);
    if (!o || o->first != b || (o->type != CH_TITLE && o->type != CH_RANK && o->type != CH_HON))
      break;
    b = o->end;
  }
  const kg_chunk *n = chunk(c, b);
  if (!n || n->type != CH_NAME || n->first != b) return 0;
  size_t a = n->end;
  if (w(c, a, "with") && w(c, i, "presented")) a++;
  if (!(w(c, a, "a") || w(c, a, "an") || w(c, a, "the") || w(c, a, "his") || w(c, a, "her")))
    return 0;
  static const char *const things[] = {
      "gift",   "gifts",    "memento", "mementos", "souvenir", "souvenirs", "plaque",
      "piece",  "token",    "medal",   "award",    "portrait", "painting",  "book",
      "copy",   "replica",  "model",   "sword",    "shield",   "statuette", "coin", NULL};
  /* "a piece of advice", "a piece of his mind", "a copy of the
   * information": an abstract thing after "piece"/"copy"/"token" ... "of" is
   * an idiom, nothing handed; "a piece of the rock", "a token of
   * friendship" are */
  static const char *const abstract[] = {
      "advice",   "information", "news",        "mind",      "intelligence", "evidence",
      "guidance", "knowledge",   "wisdom",      "feedback",  "counsel",      "criticism",
      "gossip",   "data",        "legislation", "research",  "luck",         "reassurance",
      "encouragement", "assurance", "instruction", "instructions", "reality", "truth", NULL};
  for (size_t j = a + 1; j < end && j < a + 4; j++) {
    if (!kg_ctx_is_one_of(c, j, things)) continue;
    if (w(c, j + 1, "of")) {
      size_t o = j + 2;
      if (w(c, o, "his") || w(c, o, "her") || w(c, o, "their") || w(c, o, "my") ||
          w(c, o, "your") || w(c, o, "our") || w(c, o, "some") || w(c, o, "good") ||
          w(c, o, "bad") || w(c, o, "useful") || w(c, o, "sound") || w(c, o, "the"))
        o++;
      if (kg_ctx_is_one_of(c, o, abstract)) return 0;
    }
    return 1;
  }
  return 0;
}

static size_t inverted_attend(kg_ctx *c, size_t i) {
  size_t at = 0;
  if (w(c, i, "taking") && w(c, i + 1, "part") && w(c, i + 2, "in")) at = i + 3;
  else if (w(c, i, "participating") && w(c, i + 1, "in")) at = i + 2;
  else if (w(c, i, "attending")) at = i + 1;
  /* "Also attending were A and B": no noun, the meeting just told */
  if (at == i + 1 && i > 0 && w(c, i - 1, "also") && (w(c, at, "were") || w(c, at, "was")))
    return 1;
  if (!at || !w(c, at, "the") || !meeting_noun(c, at + 1) ||
      !(w(c, at + 2, "were") || w(c, at + 2, "was")))
    return 0;
  return at + 2 - i;
}

/* Is token t the "conference" of "press conference", "news conference"?
 * (Given together, in one room; a video conference is remote_word's.) */
static int press_conference(kg_ctx *c, size_t t) {
  return t > 0 && w(c, t, "conference") && (w(c, t - 1, "press") || w(c, t - 1, "news"));
}

/* Could word token i start one of the frames trigger_frames() tests before its
 * event-word check: credentials_frame ("presented", "presents", "present",
 * "presenting", "handed", "submitted", "received", "receives", "receive",
 * "receiving", "accepted", "accepts"), gift_frame ("gave", "handed",
 * "presented"), inverted_attend ("taking", "participating", "attending")
 * and "in the presence of"? A gate on the key's first letter and length,
 * so that most tokens skip the four; a word added to one of them must be
 * let through here too. */
static int pre_event_word(const kg_ctx *c, size_t i) {
  size_t kl = c->tk.v[i].keylen;
  switch (ctx_key(c, i)[0]) {
  case 'a': return kl >= 7 && kl <= 9;                /* accepts, accepted, attending */
  case 'g': return kl == 4;                           /* gave */
  case 'h': return kl == 6;                           /* handed */
  case 'p': return (kl >= 7 && kl <= 10) || kl == 13; /* present..., presence, participating */
  case 'r': return kl >= 7 && kl <= 9;                /* receive, receives, received, receiving */
  case 's': return kl == 9;                           /* submitted */
  case 't': return kl == 6;                           /* taking */
  default: return 0;
  }
}

/* A meeting trigger at token i: returns the frame and sets *len (trigger
 * below, which answers most tokens without this function's entry). */
static int trigger_frames(kg_ctx *c, size_t i, size_t end, size_t *len) {
  *len = 1;
  if (!is_word(c, i)) return 0;
  if (pre_event_word(c, i)) {
    size_t cl = credentials_frame(c, i, end);
    if (cl) return (*len = cl), FR_ACTIVE;
    if (gift_frame(c, i, end)) return FR_ACTIVE;
    size_t al = inverted_attend(c, i);
    if (al) return (*len = al), FR_ATTEND;
    /* "X received Y in the presence of Z": Z attends the meeting of the
     * sentence (the caller pairs Z across) */
    if (w(c, i, "presence") && i >= 2 && w(c, i - 1, "the") && w(c, i - 2, "in") &&
        w(c, i + 1, "of"))
      return (*len = 2), FR_ATTEND;
  }
  if (!event_word(c, i)) return 0;
  *len = 1;
  if (w(c, i, "met") || w(c, i, "meets") || w(c, i, "meet")) {
    /* "X was met at the airport by Y" */
    size_t b = i;
    if (b > 1 && (kg_ctx_ends_lower(c, b - 1, "ly") || w(c, b - 1, "also"))) b--;
    if (w(c, i, "met") && b > 0 && (w(c, b - 1, "was") || w(c, b - 1, "were")) &&
        !w(c, i + 1, "with"))
      for (size_t j = i + 1; j < end && j < i + 10; j++) {
        if (w(c, j, "by")) return (*len = j - i + 1), FR_PASSIVE;
        if (c->tk.v[j].kind == TK_PUNCT && !kg_ctx_punct(c, j, '-')) break;
      }
    if (w(c, i + 1, "up") && w(c, i + 2, "with")) *len = 3;
    else if (w(c, i + 1, "with")) *len = 2;
    return FR_ACTIVE;
  }
  if (host_word(c, i)) {
    /* "X was received by Y", "X was warmly received at the ministry by Y" */
    size_t b = i;
    if (b > 1 && (kg_ctx_ends_lower(c, b - 1, "ly") || w(c, b - 1, "also"))) b--;
    if (b > 0 && (w(c, b - 1, "was") || w(c, b - 1, "were") || w(c, b - 1, "been") ||
                  w(c, b - 1, "being")))
      for (size_t j = i + 1; j < end && j < i + 10; j++) {
        if (w(c, j, "by")) return (*len = j - i + 1), FR_PASSIVE;
        if (c->tk.v[j].kind == TK_PUNCT && !kg_ctx_punct(c, j, '-')) break;
        /* another participle owns what follows ("... a dinner attended by") */
        if (kg_ctx_ends_lower(c, j, "ed")) break;
      }
    /* "welcomed the decision" is not a meeting: the object must be a
     * person (checked by the caller) */
    return FR_ACTIVE;
  }
  if (w(c, i, "convened") && w(c, i + 1, "with")) return (*len = 2), FR_ACTIVE;
  /* "the King granted an audience to X", "gave a private audience to X",
   * "accorded an audience to X": a host's verb, its guest after "to" */
  if ((w(c, i, "granted") || w(c, i, "grants") || w(c, i, "gave") || w(c, i, "gives") ||
       w(c, i, "accorded")) &&
      (w(c, i + 1, "an") || w(c, i + 1, "a"))) {
    size_t j = i + 2;
    if (!w(c, j, "audience") && j < c->tk.n && (c->tk.v[j].flags & TF_LOWER))
      j++; /* "private" */
    if (w(c, j, "audience") && w(c, j + 1, "to")) return (*len = j + 2 - i), FR_ACTIVE;
    return 0;
  }
  /* "X briefed the army chief": in person (reporters and the media are no
   * person objects; a call is no meeting) */
  if (w(c, i, "briefed")) {
    for (size_t q = i + 1; q < end && q < i + 12; q++)
      if (remote_word(c, q) || w(c, q, "video") || w(c, q, "call") ||
          w(c, q, "virtually") || w(c, q, "online"))
        return 0;
    if (i > 0 && (w(c, i - 1, "was") || w(c, i - 1, "were")))
      return w(c, i + 1, "by") ? ((*len = 2), FR_PASSIVE) : 0;
    return FR_ACTIVE;
  }
  if ((w(c, i, "called") || w(c, i, "calls")) && w(c, i + 1, "on"))
    return (*len = 2), FR_ACTIVE;
  if (w(c, i, "call") && w(c, i + 1, "on") && i > 0 &&
      (w(c, i - 1, "courtesy") || w(c, i - 1, "a")))
    return (*len = 2), FR_ACTIVE;
  /* "paid a courtesy call to the Prime Minister", "a courtesy visit to
   * the Speaker" (a visit to a person; to a place the caller finds no
   * person object) */
  if ((w(c, i, "call") || w(c, i, "visit")) && (w(c, i + 1, "to") || w(c, i + 1, "on")) &&
      i > 0 && w(c, i - 1, "courtesy"))
    return (*len = 2), FR_ACTIVE;
  /* "X paid a visit to President Y", "paid a farewell visit to Y": a
   * visit to a person (to a place the caller finds no person object) */
  if (w(c, i, "visit") && (w(c, i + 1, "to") || w(c, i + 1, "on")) && i >= 2) {
    size_t p = i - 1;
    if (p > 1 && (c->tk.v[p].flags & TF_LOWER) && !w(c, p, "a") && !w(c, p, "an")) p--;
    if ((w(c, p, "a") || w(c, p, "an")) && p > 0 &&
        (w(c, p - 1, "paid") || w(c, p - 1, "pays") || w(c, p - 1, "paying") ||
         w(c, p - 1, "pay")))
      return (*len = 2), FR_ACTIVE;
  }
  if (w(c, i, "held") || w(c, i, "holds") || w(c, i, "had") || w(c, i, "has") ||
      w(c, i, "hold") || w(c, i, "have")) {
    /* held (bilateral) talks/discussions/a meeting (virtually) with; a
     * date's or place's words do not count toward the reach ("held talks
     * on Tuesday in Rabat with Y") */
    size_t reach = i + 6;
    for (size_t j = i + 1; j < end && j < reach; j++) {
      kg_chunk *dk = chunk(c, j);
      if (dk && (dk->type == CH_DATE || dk->type == CH_PLACE || dk->type == CH_COUNTRY) &&
          dk->first == j && dk->end > j) {
        reach += dk->end - j;
        j = dk->end - 1;
        continue;
      }
      if (w(c, j, "with")) {
        int noun = 0;
        for (size_t q = i + 1; q < j; q++)
          noun |= w(c, q, "talks") || w(c, q, "discussions") || w(c, q, "discussion") ||
                  w(c, q, "meeting") ||
                  w(c, q, "meetings") || w(c, q, "consultations") || w(c, q, "lunch") ||
                  w(c, q, "dinner") || w(c, q, "breakfast") || w(c, q, "virtually") ||
                  w(c, q, "conversation") || w(c, q, "negotiations") || w(c, q, "talk") ||
                  w(c, q, "tete-a-tete") || w(c, q, "audience") ||
                  /* translated wires: "held an encounter / a dialogue with",
                   * "held a working session with" (séance de travail) */
                  w(c, q, "encounter") || w(c, q, "dialogue") ||
                  (w(c, q, "session") && q > i + 1 &&
                   (w(c, q - 1, "working") || w(c, q - 1, "work"))) ||
                  (w(c, q, "exchange") && q + 1 == j) || /* "had a brief exchange with" */
                  press_conference(c, q);
        /* a telephone call is no meeting */
        for (size_t q = i + 1; q < j && noun; q++)
          if (remote_word(c, q) || w(c, q, "call")) noun = 0;
        if (noun) return (*len = j - i + 1), FR_ACTIVE;
        break;
      }
      if (kg_ctx_punct(c, j, ',') || kg_ctx_punct(c, j, '.')) break;
    }
    /* "X and Y held talks", "held a meeting", "held the Security
     * Consultative Meeting", "held their annual dialogue" */
    if (w(c, i + 1, "talks") || (w(c, i + 1, "a") && w(c, i + 2, "meeting")) ||
        (w(c, i + 1, "a") && w(c, i + 2, "tete-a-tete")))
      return (*len = 2), FR_SYMMETRIC;
    /* "X and Y held a working session" */
    if (w(c, i + 1, "a") && (w(c, i + 2, "working") || w(c, i + 2, "work")) &&
        w(c, i + 3, "session"))
      return (*len = 2), FR_SYMMETRIC;
    /* "X and Y held a joint press conference": side by side */
    if (w(c, i + 1, "a") &&
        (press_conference(c, i + 3) || (w(c, i + 2, "joint") && press_conference(c, i + 4))))
      return FR_SYMMETRIC;
    if (w(c, i + 1, "the") || w(c, i + 1, "their"))
      for (size_t j = i + 2; j < end && j < i + 8 && is_word(c, j); j++) {
        if (w(c, j, "with") || w(c, j, "of") || w(c, j, "on") || w(c, j, "by")) break;
        if (w(c, j, "talks") || w(c, j, "meeting") || w(c, j, "dialogue") ||
            w(c, j, "consultations") || w(c, j, "summit")) {
          for (size_t q = i + 2; q < j; q++)
            if (remote_word(c, q) || w(c, q, "call") || w(c, q, "video")) return 0;
          return FR_SYMMETRIC;
        }
      }
    return 0;
  }
  /* "X and Y co-chaired the dialogue"; "the talks, co-chaired by X and Y" */
  if (w(c, i, "co-chaired") || w(c, i, "co-chair") || w(c, i, "co-chairs") ||
      w(c, i, "co-chairing"))
    return w(c, i + 1, "by") ? FR_NOUN : FR_SYMMETRIC;
  /* "X and Y shook hands", "X shook hands with Y": side by side */
  if (w(c, i, "shook") && w(c, i + 1, "hands")) {
    if (w(c, i + 2, "with")) return (*len = 3), FR_ACTIVE;
    return (*len = 2), FR_SYMMETRIC;
  }
  if (w(c, i, "talked") || w(c, i, "spoke")) {
    if (w(c, i + 1, "with")) return (*len = 2), FR_ACTIVE;
    /* "X talked to Y" as "talked with" (a person object, in person) */
    if (w(c, i, "talked") && w(c, i + 1, "to")) return (*len = 2), FR_ACTIVE;
    return FR_SYMMETRIC;
  }
  /* "X said this while talking to Y, who called on him", the photo
   * caption "X talking to Y" (the Pakistani and Indian press): in person
   * unless a call is told; reporters and the media are no person */
  if (w(c, i, "talking") && (w(c, i + 1, "to") || w(c, i + 1, "with"))) {
    /* "has been talking to Y", "keeps talking to Y", "will be talking
     * to Y": an ongoing or future exchange, not an encounter */
    static const char *const aux[] = {"been", "is", "are", "am", "be", "keep", "keeps",
                                      "kept", "continue", "continues", "continued",
                                      "start", "started", "begin", "began", "stop",
                                      "stopped", "avoid", "avoided", "refused", NULL};
    if (i > 0 && kg_ctx_is_one_of(c, i - 1, aux)) return 0;
    return (*len = 2), FR_ACTIVE;
  }
  if (w(c, i, "discussed") || w(c, i, "discuss")) {
    if (w(c, i + 1, "with")) return (*len = 2), FR_ACTIVE;
    /* "discussed Ukraine with Y", "discussed bilateral ties with Y": up
     * to four plain words before "with", and a capitalised word after it;
     * no talk noun or person in between ("discussed the outcome of his
     * talks with Y" reports an earlier meeting), no punctuation */
    for (size_t j = i + 2; j < end && j < i + 6; j++) {
      if (!is_word(c, j)) break;
      if (w(c, j, "with")) {
        if (j + 1 < end && (c->tk.v[j + 1].flags & TF_CAP)) return (*len = j - i + 1), FR_ACTIVE;
        break;
      }
      kg_chunk *dk = chunk(c, j);
      if (dk && dk->type == CH_NAME) break;
      if (w(c, j, "talks") || w(c, j, "meeting") || w(c, j, "meetings") || w(c, j, "call") ||
          w(c, j, "visit") || w(c, j, "conversation") || w(c, j, "discussions") ||
          w(c, j, "telephone") || w(c, j, "phone") || w(c, j, "summit") || w(c, j, "and") ||
          w(c, j, "or") || w(c, j, "that") || w(c, j, "which") || w(c, j, "who"))
        break;
    }
    return FR_SYMMETRIC;
  }
  /* "exchanged views with", "conferred with", "sat down with",
   * "interacted with" */
  if (w(c, i, "exchanged") && (w(c, i + 1, "views") || w(c, i + 1, "opinions")) &&
      w(c, i + 2, "with"))
    return (*len = 3), FR_ACTIVE;
  /* "X and Y exchanged views on regional security", as "X and Y
   * discussed" (two named subjects; a call around it is remote_talk's) */
  if (w(c, i, "exchanged") && (w(c, i + 1, "views") || w(c, i + 1, "opinions")))
    return (*len = 2), FR_SYMMETRIC;
  if ((w(c, i, "conferred") || w(c, i, "interacted") || w(c, i, "conversed")) &&
      w(c, i + 1, "with"))
    return (*len = 2), FR_ACTIVE;
  if (w(c, i, "sat") && w(c, i + 1, "down") && w(c, i + 2, "with")) return (*len = 3), FR_ACTIVE;
  if ((w(c, i, "meeting") || w(c, i, "talks") || w(c, i, "summit") ||
       w(c, i, "meetings") || w(c, i, "discussions") || w(c, i, "consultations"))) {
    /* "Z was also at the meeting", "Also at the talks was Z" */
    if (i >= 3 && w(c, i - 1, "the") && w(c, i - 2, "at") && !w(c, i, "summit")) {
      size_t p = i - 3;
      int also = w(c, p, "also");
      if (also && (c->tk.v[p].flags & TF_CAP)) return FR_ATTEND;
      if (also && p > 0) p--;
      if (w(c, p, "was") || w(c, p, "were")) return FR_ATTEND;
    }
    if (w(c, i + 1, "with")) return (*len = 2), FR_ACTIVE;
    /* a gerund with its object: "X said after meeting Y", "before
     * meeting the visiting Z", "after meeting his counterpart" (the
     * caller wants a person object) */
    if (w(c, i, "meeting") && i > 0 &&
        (w(c, i - 1, "after") || w(c, i - 1, "before") || w(c, i - 1, "while") ||
         w(c, i - 1, "since") || w(c, i - 1, "upon") || w(c, i - 1, "when")) &&
        ((c->tk.v[i + 1].flags & TF_CAP) || w(c, i + 1, "the") || w(c, i + 1, "his") ||
         w(c, i + 1, "her") || w(c, i + 1, "their") || w(c, i + 1, "visiting")))
      return FR_ACTIVE;
    return FR_NOUN;
  }
  if (w(c, i, "attended")) {
    /* "attended by Z"; "attended, on the Omani side, by Z, and on the
     * Iranian side by W" (the sides' countries are read before) */
    size_t by = i + 1;
    if (kg_ctx_punct(c, by, ',') && w(c, by + 1, "on") && w(c, by + 2, "the")) {
      size_t j = by + 3;
      while (j < end && j < by + 7 && !w(c, j, "side") && is_word(c, j)) j++;
      if (w(c, j, "side")) by = kg_ctx_punct(c, j + 1, ',') ? j + 2 : j + 1;
    }
    if (w(c, by, "by")) {
      size_t s0 = i;
      while (s0 > 0 && !kg_ctx_punct(c, s0 - 1, '.') && i - s0 < 40) s0--;
      if (gathering_attended(c, s0, i) || gathering_subject(c, s0, i)) return 0;
      return (*len = by + 1 - i), FR_ATTEND;
    }
  }
  /* "Z also attended the meeting", "took part in the talks",
   * "participated in the meeting", "joined the talks" */
  {
    size_t at = i + 1;
    if (w(c, i, "took") && w(c, i + 1, "part") && w(c, i + 2, "in")) at = i + 3;
    else if (w(c, i, "participated") && w(c, i + 1, "in")) at = i + 2;
    else if (!w(c, i, "attended") && !w(c, i, "joined")) at = 0;
    if (at && w(c, at, "the") && meeting_noun(c, at + 1))
      return (*len = at + 2 - i), FR_ATTEND;
  }
  /* "Z was present", "Z was also in attendance" */
  if (w(c, i, "present") || (w(c, i, "attendance") && i > 0 && w(c, i - 1, "in"))) {
    /* "Z was present at the signing ceremony": a ceremony, no meeting */
    if (w(c, i + 1, "at") || w(c, i + 1, "for") || w(c, i + 1, "during"))
      for (size_t t = i + 2; t < end && t < i + 7 && is_word(c, t); t++)
        if (w(c, t, "ceremony") || w(c, t, "ceremonies") || w(c, t, "signing") ||
            w(c, t, "inauguration") || w(c, t, "launch") || w(c, t, "unveiling") ||
            w(c, t, "opening") || w(c, t, "funeral") || w(c, t, "parade") ||
            w(c, t, "celebration") || w(c, t, "celebrations") || w(c, t, "exhibition") ||
            w(c, t, "graduation") || w(c, t, "rally") || w(c, t, "festival"))
          return 0;
    return FR_ATTEND;
  }
  if (w(c, i, "joined") && w(c, i + 1, "by")) return (*len = 2), FR_JOINED;
  return 0;
}

/* trigger_frames' own first tests, inline: most tokens are no word that
 * starts a frame. */
static inline int trigger(kg_ctx *c, size_t i, size_t end, size_t *len) {
  *len = 1;
  if (!is_word(c, i) || (!pre_event_word(c, i) && !event_word(c, i))) return 0;
  return trigger_frames(c, i, end, len);
}

int kg_meeting_word(kg_ctx *c, size_t i, size_t end) {
  size_t len;
  return trigger(c, i, end, &len) != 0;
}

/* trigger() once per token: frames are looked up many times per sentence.
 * trig_fill computes and caches; trig answers from the cache inline. */
static int trig_fill(kg_ctx *c, size_t i, size_t end, size_t *len) {
  if (!c->trig_fr) {
    c->trig_fr = kg_xmalloc(c->tk.n + 1);
    c->trig_len = kg_xmalloc(c->tk.n + 1);
    memset(c->trig_fr, -1, c->tk.n + 1);
  }
  if (c->trig_fr[i] < 0) {
    size_t l = 1;
    c->trig_fr[i] = (int8_t)trigger(c, i, end, &l);
    c->trig_len[i] = (uint8_t)(l > 255 ? 255 : l);
  }
  *len = c->trig_len[i];
  return c->trig_fr[i];
}

static inline int trig(kg_ctx *c, size_t i, size_t end, size_t *len) {
  if (c->trig_fr && c->trig_fr[i] >= 0) {
    *len = c->trig_len[i];
    return c->trig_fr[i];
  }
  return trig_fill(c, i, end, len);
}

/* Is the frame at i planned (will meet, is to meet, expected to meet)? */
/* Token p asks for the event rather than reports it: "called for talks
 * with", "urged a meeting", "sought talks", "proposed a summit". */
static int wished(kg_ctx *c, size_t p) {
  if (w(c, p, "for") && p > 0)
    return w(c, p - 1, "called") || w(c, p - 1, "calls") || w(c, p - 1, "calling") ||
           w(c, p - 1, "call") || w(c, p - 1, "pressed") || w(c, p - 1, "pressing") ||
           w(c, p - 1, "pushed") || w(c, p - 1, "pushing") || w(c, p - 1, "appealed") ||
           w(c, p - 1, "asked") || w(c, p - 1, "asking") || w(c, p - 1, "asks");
  return w(c, p, "urged") || w(c, p, "urges") || w(c, p, "urging") ||
         w(c, p, "proposed") || w(c, p, "proposes") || w(c, p, "proposing") ||
         w(c, p, "sought") || w(c, p, "seeks") || w(c, p, "seeking") ||
         w(c, p, "requested") || w(c, p, "requests") || w(c, p, "requesting") ||
         w(c, p, "demanded") || w(c, p, "demands") || w(c, p, "wants") ||
         w(c, p, "wanted") || w(c, p, "hopes") || w(c, p, "hoped") ||
         w(c, p, "hoping") || w(c, p, "suggested") || w(c, p, "offered");
}

/* Is token p part of a name or a date ("To" of "To Lam", "May" of "9
 * May"), so no modal or infinitive marker whatever its word? */
static int named_word(kg_ctx *c, size_t p) {
  const kg_chunk *k = chunk(c, p);
  return k && (k->type == CH_NAME || k->type == CH_DATE);
}

static int clause_break(kg_ctx *c, size_t i);

/* A meeting noun at i that a prospect or a request governs, so no meeting
 * took place: "the possibility of a meeting between X and Y", "the idea of
 * talks between", "X's request for a bilateral meeting with Y",
 * "preparations for the meeting of", "ahead of talks with". Up to three
 * lower-case words ("a", "the", "possible", "bilateral") may stand between
 * the preposition and the noun. */
static int prospective_noun(kg_ctx *c, size_t first, size_t i) {
  static const char *const nouns[] = {
      "possibility", "possibilities", "idea", "prospect", "prospects", "chance",
      "chances", "likelihood", "proposal", "proposals", "request", "requests", "bid",
      "plea", "appeal", "appeals", "demand", "demands", "call", "calls", "push",
      "invitation", "invitations", "offer", "offers", "hope", "hopes", "plan", "plans",
      "preparation", "preparations", "prerequisite", "conditions", "readiness",
      "willingness", "date", "venue", "timing", "modalities", "arrangements",
      "organisation", "organization", NULL};
  if (!(w(c, i, "meeting") || w(c, i, "meetings") || w(c, i, "talks") ||
        w(c, i, "summit") || w(c, i, "discussions") || w(c, i, "consultations") ||
        w(c, i, "negotiations")))
    return 0;
  for (size_t p = i; p > first && p + 4 > i; p--) {
    size_t q = p - 1;
    if (w(c, q, "of") || w(c, q, "for")) {
      if (q > first && ((is_word(c, q - 1) && kg_ctx_is_one_of(c, q - 1, nouns)) ||
                        (w(c, q, "of") && w(c, q - 1, "ahead"))))
        return 1;
      /* "X arrived in Moscow (on Tuesday) for talks with Y": the purpose
       * of a journey, not yet held ("X and Y arrive for the cabinet
       * meeting", no "with", is the caption of one held) */
      static const char *const motion[] = {
          "arrived", "arrives", "arrive", "arriving", "travelled", "traveled", "travels",
          "travel", "flew", "flies", "fly", "heading", "headed", "heads", "departed",
          "departs", "left", "leaves", NULL};
      for (size_t t = q; w(c, q, "for") && w(c, i + 1, "with") && t > first && t + 10 > q;
           t--) {
        if (kg_ctx_punct(c, t - 1, ',') || clause_break(c, t - 1)) break;
        if (is_word(c, t - 1) && (c->tk.v[t - 1].flags & TF_LOWER) &&
            kg_ctx_is_one_of(c, t - 1, motion))
          return 1;
      }
      return 0;
    }
    if (!is_word(c, q) || !(c->tk.v[q].flags & TF_LOWER)) return 0;
  }
  return 0;
}

/* A meeting noun at i heading its clause's subject, whose verb comes after
 * the participants and is a future or a prospect: "A meeting between X and
 * Y is expected later this year", "Talks between X and Y could take
 * place in April", "X's talks with Y will take place in Riyadh", "Peskov
 * said a summit of X and Y is being prepared". */
static int future_subject(kg_ctx *c, size_t first, size_t i) {
  static const char *const pre[] = {
      "a", "an", "the", "any", "another", "possible", "potential", "planned", "proposed",
      "expected", "bilateral", "trilateral", "new", "next", "first", "second", "direct",
      "face-to-face", "personal", "long-awaited", "upcoming", "high-level", "official",
      "formal", "full-scale", "in-person", "joint", "their", "his", "her", "its", "such", NULL};
  if (!(w(c, i, "meeting") || w(c, i, "meetings") || w(c, i, "talks") ||
        w(c, i, "summit") || w(c, i, "discussions") || w(c, i, "consultations") ||
        w(c, i, "negotiations")))
    return 0;
  size_t p = i;
  while (p > first) {
    size_t q = p - 1;
    if (c->tk.v[q].kind == TK_POSS || kg_ctx_punct(c, q, '-') ||
        (is_word(c, q) && ((c->tk.v[q].flags & TF_CAP) || kg_ctx_is_one_of(c, q, pre))))
      p--;
    else
      break;
  }
  if (!(p == first || kg_ctx_punct(c, p - 1, ',') || w(c, p - 1, "that") ||
        (is_word(c, p - 1) && (c->tk.v[p - 1].flags & TF_LOWER) &&
         kg_ctx_has(c, p - 1, LX_SPEECH))))
    return 0;
  size_t t = i + 1;
  for (; t < c->tk.n && t < i + 30; t++) {
    const kg_chunk *k = chunk(c, t);
    if (k && (k->type == CH_NAME || k->type == CH_TITLE || k->type == CH_COUNTRY ||
              k->type == CH_INST))
      continue;
    if (c->tk.v[t].kind == TK_POSS || kg_ctx_punct(c, t, '-')) continue;
    if (is_word(c, t) && ((c->tk.v[t].flags & TF_CAP) || w(c, t, "between") ||
                          w(c, t, "with") || w(c, t, "of") || w(c, t, "and") ||
                          w(c, t, "the") || w(c, t, "his") || w(c, t, "her") ||
                          w(c, t, "their") || w(c, t, "counterpart")))
      continue;
    break;
  }
  if (t == i + 1 && !w(c, t, "is") && !w(c, t, "are") && !w(c, t, "will")) return 0;
  if (w(c, t, "will") || w(c, t, "would") || w(c, t, "could") || w(c, t, "may") ||
      w(c, t, "might") || w(c, t, "shall") || w(c, t, "should") || w(c, t, "can"))
    return 1;
  if (w(c, t, "is") || w(c, t, "are") || w(c, t, "was") || w(c, t, "were") ||
      w(c, t, "has") || w(c, t, "have") || w(c, t, "had") || w(c, t, "remains") ||
      w(c, t, "remain")) {
    size_t u = t + 1;
    if (w(c, u, "also") || w(c, u, "now") || w(c, u, "still")) u++;
    if (w(c, u, "been")) u++;
    return w(c, u, "expected") || w(c, u, "likely") || w(c, u, "scheduled") ||
           w(c, u, "planned") || w(c, u, "set") || w(c, u, "due") || w(c, u, "slated") ||
           w(c, u, "possible") || w(c, u, "being") || w(c, u, "to") ||
           w(c, u, "tentatively") || w(c, u, "unlikely") || w(c, u, "yet") ||
           w(c, u, "envisaged") || w(c, u, "mooted") || w(c, u, "proposed") ||
           w(c, u, "pencilled") || w(c, u, "penciled") || w(c, u, "under");
  }
  return 0;
}

static int planned_at(kg_ctx *c, size_t first, size_t i) {
  if (prospective_noun(c, first, i) || future_subject(c, first, i)) return 1;
  for (size_t j = i; j > first && j + 4 > i; j--) {
    size_t p = j - 1;
    if (named_word(c, p)) {
      if (j != i) break;
      continue;
    }
    if (w(c, p, "will") || w(c, p, "would") || w(c, p, "shall") || w(c, p, "to") ||
        w(c, p, "may") || w(c, p, "might") || w(c, p, "could") || w(c, p, "can") ||
        w(c, p, "must") || w(c, p, "should") || w(c, p, "expected") ||
        w(c, p, "scheduled") || w(c, p, "plans") || w(c, p, "planned") ||
        w(c, p, "next") || w(c, p, "upcoming") || w(c, p, "forthcoming") ||
        wished(c, p))
      return 1;
    if (w(c, p, "also") || w(c, p, "then") || w(c, p, "later") || w(c, p, "again") ||
        w(c, p, "soon") || w(c, p, "be"))
      continue;
    if (j != i) break;
  }
  /* further back in the same clause, a future that governs the trigger:
   * "X is expected to join Y for talks with Z", "X will host Y for
   * talks"; a comma, colon or semicolon ends the clause ("X, who will
   * retire, met Y") */
  for (size_t p = i, n = 0; p > first && n < 12; n++) {
    p--;
    if (kg_ctx_punct(c, p, ',') || kg_ctx_punct(c, p, ';') || kg_ctx_punct(c, p, ':'))
      break;
    if (named_word(c, p)) continue;
    if (w(c, p, "will") || w(c, p, "expected") || w(c, p, "scheduled") ||
        w(c, p, "plans") || w(c, p, "planned") || w(c, p, "intends") ||
        /* a condition or a doubt: "If X meets Y, ...", "whether X met Y" */
        w(c, p, "if") || w(c, p, "whether") || w(c, p, "unless") ||
        ((w(c, p, "is") || w(c, p, "are") || w(c, p, "due")) && w(c, p + 1, "to")))
      return 1;
  }
  return 0;
}

static int neg_word(kg_ctx *c, size_t t) {
  return w(c, t, "not") || w(c, t, "never") || w(c, t, "n't") || w(c, t, "refused") ||
         w(c, t, "declined") || w(c, t, "failed") || w(c, t, "refuses") ||
         w(c, t, "declines") ||
         /* "skipped the meeting with Y", "boycotted the talks with" */
         w(c, t, "skipped") || w(c, t, "skips") || w(c, t, "missed") ||
         w(c, t, "boycotted") || w(c, t, "boycotts") || w(c, t, "snubbed") ||
         w(c, t, "shunned") || w(c, t, "avoided") ||
         /* "rejected a meeting with Y", "ruled out talks with Y", "denied
          * that he met Y" */
         w(c, t, "rejected") || w(c, t, "rejects") || w(c, t, "denied") ||
         w(c, t, "denies") || (w(c, t, "out") && t > 0 && w(c, t - 1, "ruled"));
}

/* A trigger that the text denies: "did not meet", "never met", "refused to
 * meet", "met neither X nor Y"; and every trigger of a sentence that says
 * a meeting did not happen ("both attended the summit but did not meet")
 * or was cancelled or put off. */
static int negated(kg_ctx *c, size_t first, size_t i) {
  for (size_t j = i; j > first && j + 3 > i; j--)
    if (neg_word(c, j - 1)) return 1;
  if (w(c, i + 1, "neither") || (w(c, i + 1, "with") && w(c, i + 2, "neither"))) return 1;
  /* "no meeting was held between X and Y", "there was no bilateral
   * meeting", "X held no talks with Y", "had no meeting with" */
  if (meeting_noun(c, i) || w(c, i, "summit") || w(c, i, "consultations")) {
    for (size_t j = i; j > first && j + 3 > i; j--) {
      if (w(c, j - 1, "no")) return 1;
      if (!is_word(c, j - 1) || !(c->tk.v[j - 1].flags & TF_LOWER)) break;
    }
  }
  if ((w(c, i, "held") || w(c, i, "had") || w(c, i, "has") || w(c, i, "have") ||
       w(c, i, "holds") || w(c, i, "hold")) &&
      w(c, i + 1, "no"))
    return 1;
  /* the clause around the trigger (bounded: a sentence may be megabytes) */
  size_t from = i > first + 40 ? i - 40 : first, end = i;
  while (end < c->tk.n && end < i + 40 && !kg_ctx_punct(c, end, '.') &&
         !kg_ctx_punct(c, end, ';'))
    end++;
  for (size_t t = from; t < end; t++) {
    /* every cue below starts on one of these words, whose first letters
     * are these: most tokens of the clause are answered by one test */
    switch (ctx_key(c, t)[0]) {
    case 'c': /* cancelled, canceled, called */
    case 'd': /* deferred */
    case 'n': /* not, never, n't */
    case 'p': /* postponed, put, puts */
    case 's': /* scrapped, shelved */
      break;
    default:
      continue;
    }
    if (w(c, t, "cancelled") || w(c, t, "canceled") || w(c, t, "postponed") ||
        w(c, t, "scrapped") || w(c, t, "shelved") || w(c, t, "deferred") ||
        (w(c, t, "called") && w(c, t + 1, "off")) ||
        /* "the meeting with Y was put off" */
        ((w(c, t, "put") || w(c, t, "puts")) && w(c, t + 1, "off")))
      return 1;
    if ((w(c, t, "not") || w(c, t, "never") || w(c, t, "n't")) &&
        (w(c, t + 1, "meet") || w(c, t + 1, "met") || w(c, t + 2, "meet") ||
         w(c, t + 2, "met")))
      return 1;
    /* "the meeting between X and Y did not take place", "was not held",
     * "has not been held", "did not go ahead", "never materialised" */
    if ((w(c, t, "not") || w(c, t, "never") || w(c, t, "n't")) &&
        ((w(c, t + 1, "take") && w(c, t + 2, "place")) || w(c, t + 1, "held") ||
         (w(c, t + 1, "been") && w(c, t + 2, "held")) ||
         (w(c, t + 1, "go") && w(c, t + 2, "ahead")) || w(c, t + 1, "happen") ||
         w(c, t + 1, "materialise") || w(c, t + 1, "materialize") ||
         w(c, t + 1, "materialised") || w(c, t + 1, "materialized")))
      return 1;
  }
  return 0;
}

/* ---- meetings ------------------------------------------------------------------ */

static int in_side(const meeting *m, int s, size_t p) {
  for (size_t i = 0; i < m->n[s]; i++)
    if (m->side[s][i] == p) return 1;
  return 0;
}

static void side_add(meeting *m, int s, size_t p) {
  if (p == NONE || in_side(m, 0, p) || in_side(m, 1, p) || m->n[s] >= MAX_SIDE) return;
  m->side[s][m->n[s]++] = p;
}

static void add_ev(meeting *m, size_t s) {
  for (size_t i = 0; i < m->n_ev; i++)
    if (m->ev_sent[i] == s) return;
  if (m->n_ev < 16) m->ev_sent[m->n_ev++] = s;
}

static int dates_compatible(kg_date a, kg_date b) {
  if (!a.y || !b.y) return 1;
  if (a.y != b.y) return 0;
  if (!a.m || !b.m) return 1;
  if (a.m != b.m) return 0;
  if (!a.d || !b.d) return 1;
  return a.d == b.d;
}

static int sentence_has_date(kg_ctx *c, size_t s) {
  for (size_t i = c->sents[s].first; i < c->sents[s].end; i++) {
    kg_chunk *k = kg_ctx_chunk_at(c, i);
    if (k && k->type == CH_DATE) return 1;
  }
  return 0;
}

/* Record a meeting between two groups; merges with an earlier report of
 * the same meeting (same people, compatible dates). */
static meeting *record(evctx *e, const size_t *a, size_t na, const size_t *b, size_t nb,
                       kg_date d, int planned, size_t s, size_t place) {
  if (!na || !nb) return NULL;
  for (size_t i = 0; i < e->n_m; i++) {
    meeting *m = &e->m[i];
    /* a headline's meeting (the first sentence, no date of its own) is the
     * one the body reports: the body's date wins */
    if (e->head_dated < 0) e->head_dated = sentence_has_date(e->c, 0);
    int headline = m->sent == 0 && m->n_ev == 1 && s > 0 && !e->head_dated;
    if (m->planned != planned || (!dates_compatible(m->date, d) && !headline)) continue;
    int all = 1;
    for (size_t x = 0; x < na && all; x++)
      for (size_t y = 0; y < nb && all; y++) {
        int ab = (in_side(m, 0, a[x]) && in_side(m, 1, b[y])) ||
                 (in_side(m, 1, a[x]) && in_side(m, 0, b[y]));
        all = ab;
      }
    if (all) {
      if ((!m->date.y && d.y) || (headline && d.y)) m->date = d;
      add_ev(m, s);
      return m;
    }
  }
  KG_GROW(e->m, e->cap_m, e->n_m + 1);
  meeting *m = &e->m[e->n_m++];
  memset(m, 0, sizeof *m);
  for (size_t x = 0; x < na; x++) side_add(m, 0, a[x]);
  for (size_t y = 0; y < nb; y++) side_add(m, 1, b[y]);
  m->date = d;
  m->planned = planned;
  m->sent = s;
  m->place = place;
  m->ent = NONE;
  add_ev(m, s);
  if (!m->n[0] || !m->n[1]) {
    e->n_m--;
    return NULL;
  }
  return m;
}

/* Is the comma at q one of a list of names that runs on to `end` (the
 * date's first token): "who met A, B and C in 2019"? After it only
 * capitalised words, commas, "of", "the" and one "and" or more, the last
 * word before the date a preposition ("in", "on") or a name's. */
static int list_comma(kg_ctx *c, size_t q, size_t end) {
  int and = 0;
  if (q + 1 >= end || !(c->tk.v[q + 1].flags & TF_CAP)) return 0;
  for (size_t p = q + 1; p < end; p++) {
    if (kg_ctx_punct(c, p, ',')) continue;
    if (w(c, p, "and")) {
      and = 1;
      continue;
    }
    if (c->tk.v[p].flags & TF_CAP) continue;
    if (w(c, p, "of") || w(c, p, "the")) continue;
    if (p + 1 == end && (w(c, p, "in") || w(c, p, "on"))) continue;
    return 0;
  }
  return and;
}

/* Is date chunk k usable as the date of the report whose trigger is at
 * token `at` ((size_t)-1: none in this sentence): not inside a relative
 * clause ("who had visited Azerbaijan back in 2017,") unless the trigger
 * is in that clause too ("X, who met Y in February, said"), and not a
 * future date ("in June next year")? */
static int report_date(kg_ctx *c, const kg_chunk *k, size_t at) {
  if (w(c, k->end, "next") || w(c, k->end, "later")) return 0;
  if (k->first > 0 && (w(c, k->first - 1, "next") || w(c, k->first - 1, "upcoming")))
    return 0;
  const kg_sentence *st = &c->sents[k->sent];
  for (size_t t = k->first; t-- > st->first;) {
    if (kg_ctx_punct(c, t, ',')) {
      /* ", who ... DATE" with no comma closing it before the date */
      if (t + 1 < k->first && (c->tk.v[t + 1].flags & TF_LOWER) &&
          (w(c, t + 1, "who") || w(c, t + 1, "which"))) {
        /* "X, who is on a visit to Pakistan, called on Y on Tuesday": a
         * comma closed the clause and a meeting verb follows it before
         * the date, which is then the main clause's */
        for (size_t p = t + 2; p < k->first; p++) {
          if (!kg_ctx_punct(c, p, ',')) continue;
          for (size_t q = p + 1; q < k->first; q++) {
            size_t l2;
            int f = trig(c, q, st->end, &l2);
            if (f && f != FR_NOUN && f != FR_ATTEND && f != FR_JOINED &&
                (c->tk.v[q].flags & TF_LOWER))
              return 1;
          }
        }
        int same = at != (size_t)-1 && at > t + 1 && at < k->first;
        for (size_t q = at; same && q < k->first; q++)
          if (kg_ctx_punct(c, q, ',') && !list_comma(c, q, k->first)) same = 0;
        return same;
      }
    }
  }
  return 1;
}

/* Does sentence t report an event (a meeting, a visit, talks)? */
static int event_sentence_uncached(kg_ctx *c, size_t t);

static int event_sentence(kg_ctx *c, size_t t) {
  if (!c->ev_sent) {
    c->ev_sent = kg_xmalloc(c->n_sents + 1);
    memset(c->ev_sent, -1, c->n_sents + 1);
  }
  if (c->ev_sent[t] < 0) c->ev_sent[t] = (int8_t)event_sentence_uncached(c, t);
  return c->ev_sent[t];
}

static int event_sentence_uncached(kg_ctx *c, size_t t) {
  for (size_t i = c->sents[t].first; i < c->sents[t].end; i++) {
    size_t l2;
    int f = trig(c, i, c->sents[t].end, &l2);
    if ((f && f != FR_ATTEND && f != FR_JOINED) || w(c, i, "visit") || w(c, i, "visited") ||
        w(c, i, "visits") || w(c, i, "arrived") || w(c, i, "reported"))
      return !planned_at(c, c->sents[t].first, i);
  }
  return 0;
}

/* Date of a report in sentence s: a date in the sentence, else the latest
 * date of an earlier sentence reporting an event, else the publication
 * date. */
/* Does sentence t name other people but none of `who`? Then its date is
 * another event's. */
static int about_others(kg_ctx *c, size_t t, const size_t *who, size_t n) {
  if (!who || !n) return 0;
  int others = 0;
  for (size_t i = c->sents[t].first; i < c->sents[t].end; i++) {
    kg_chunk *k = chunk(c, i);
    if (!k || k->type != CH_NAME || k->ent == NONE || k->first != i) continue;
    for (size_t x = 0; x < n; x++)
      if (who[x] == k->ent) return 0;
    others = 1;
  }
  return others;
}

static kg_date sentence_date_of(kg_ctx *c, size_t s, size_t at, const size_t *who, size_t n);

/* Does sentence s go on from the day told before: "later" (not "days
 * later", which moves on), "later in the day", "earlier in the day",
 * "the same day", "separately", "afterwards"? */
static int same_day_sentence(kg_ctx *c, size_t s) {
  static const char *const units[] = {"day", "days", "week", "weeks", "month", "months",
                                      "year", "years", "decade", "decades", NULL};
  size_t first = c->sents[s].first, end = c->sents[s].end;
  for (size_t i = first; i < end; i++) {
    if (!is_word(c, i)) continue;
    if (w(c, i, "later") && !(i > first && kg_ctx_is_one_of(c, i - 1, units)) &&
        !w(c, i + 1, "this") && !w(c, i + 1, "next"))
      return 1;
    if (w(c, i, "earlier") && w(c, i + 1, "in") && w(c, i + 2, "the") && w(c, i + 3, "day"))
      return 1;
    if (w(c, i, "same") && (w(c, i + 1, "day") || w(c, i + 1, "evening")) && i > first &&
        w(c, i - 1, "the"))
      return 1;
    if (w(c, i, "separately") || w(c, i, "afterwards")) return 1;
  }
  return 0;
}

/* Days from the day told before: "The following day, X met Y" (+1), "the
 * next day", "a day later", "two days later" (+2), "the previous day",
 * "the day before", "a day earlier" (-1); 0 when the sentence says none
 * ("the day before his departure" names another day). */
static int day_offset_sentence(kg_ctx *c, size_t s) {
  static const char *const nums[] = {"a",    "one", "two",   "three", "four",
                                     "five", "six", "seven", NULL};
  size_t first = c->sents[s].first, end = c->sents[s].end;
  for (size_t i = first; i + 1 < end; i++) {
    if (!is_word(c, i)) continue;
    if (w(c, i, "the") && (w(c, i + 1, "following") || w(c, i + 1, "next")) &&
        w(c, i + 2, "day"))
      return 1;
    if (w(c, i, "next") && w(c, i + 1, "day") && i > first && !w(c, i - 1, "the") &&
        c->tk.v[i - 1].kind == TK_PUNCT)
      return 1;
    if (w(c, i, "the") && (w(c, i + 1, "previous") || w(c, i + 1, "preceding")) &&
        w(c, i + 2, "day"))
      return -1;
    if (w(c, i, "day") && (w(c, i + 1, "before") || w(c, i + 1, "after")) && i > first &&
        w(c, i - 1, "the") && (i + 2 >= end || c->tk.v[i + 2].kind == TK_PUNCT))
      return w(c, i + 1, "before") ? -1 : 1;
    if ((w(c, i + 1, "day") || w(c, i + 1, "days")) &&
        (kg_ctx_is_one_of(c, i, nums) ||
         (c->tk.v[i].kind == TK_NUM && atoi(ctx_key(c, i)) > 0 && atoi(ctx_key(c, i)) < 15)) &&
        i + 2 < end && (w(c, i + 2, "later") || w(c, i + 2, "earlier"))) {
      int n = 1;
      for (int q = 2; nums[q]; q++)
        if (w(c, i, nums[q])) n = q;
      if (c->tk.v[i].kind == TK_NUM) n = atoi(ctx_key(c, i));
      return w(c, i + 2, "later") ? n : -n;
    }
  }
  return 0;
}

static kg_date sentence_date(kg_ctx *c, size_t s, size_t at) {
  return sentence_date_of(c, s, at, NULL, 0);
}

static kg_date sentence_date_of(kg_ctx *c, size_t s, size_t at, const size_t *who, size_t nwho) {
  kg_date best = {0, 0, 0};
  size_t best_dist = (size_t)-1;
  for (size_t i = c->sents[s].first; i < c->sents[s].end; i++) {
    kg_chunk *k = chunk(c, i);
    if (k && k->type == CH_DATE && k->first == i && k->date.y && report_date(c, k, at)) {
      /* "their first meeting since 2023", "since he last met Y in
       * 2023": a date after "since" is an earlier time, not this one's
       * (the words between the trigger and the date are checked for a
       * meeting's people only) */
      int since = i > 0 && w(c, i - 1, "since");
      /* (and after "whom he last met", "who first visited": an earlier
       * meeting told in passing) */
      for (size_t q = at + 1; who && at != (size_t)-1 && q < i && !since; q++)
        since = w(c, q, "since") ||
                ((w(c, q, "last") || w(c, q, "first") || w(c, q, "previously")) &&
                 (w(c, q + 1, "met") || w(c, q + 1, "visited") || w(c, q + 1, "hosted")));
      if (since) continue;
      size_t dist = i > at ? i - at : (at - i) * 2;
      if (dist < best_dist) {
        best = k->date;
        best_dist = dist;
      }
    }
  }
  if (best.y) return best;
  /* "The following day, X met Y": a day after the one told before */
  int shift = day_offset_sentence(c, s);
  for (size_t t = s; shift && t-- > 0;) {
    for (size_t i = c->sents[t].end; i-- > c->sents[t].first;) {
      kg_chunk *k = chunk(c, i);
      if (k && k->type == CH_DATE && k->date.y && k->date.m &&
          report_date(c, k, (size_t)-1)) {
        if (!k->date.d) return k->date;
        return kg_date_add_days(k->date, shift);
      }
    }
  }
  /* "X later held talks with Y", "Separately, X received Z": the day of
   * the sentence before that has one, whatever that sentence told */
  int same_day = same_day_sentence(c, s);
  for (size_t t = s; t-- > 0;) {
    if (!same_day && (!event_sentence(c, t) || about_others(c, t, who, nwho))) continue;
    for (size_t i = c->sents[t].end; i-- > c->sents[t].first;) {
      kg_chunk *k = chunk(c, i);
      if (k && k->type == CH_DATE && k->date.y && k->date.m &&
          report_date(c, k, (size_t)-1)) {
        /* a date that lies years before the article is history, not the
         * occasion of this report */
        if (c->pub.y && k->date.y < c->pub.y - 1) continue;
        return k->date;
      }
    }
  }
  /* the publication day, or the dateline's day a little before it (dateline_day) */
  return (c->pub.y && c->ref.y) || c->ref_dateline ? c->ref : c->pub;
}

/* A weekday alone dates a planned event ahead, not back: "X is to meet Y
 * on Friday" in an article of a Thursday is the next day, where a report
 * ("met on Friday") is the day before yesterday. */
static kg_date ahead(kg_ctx *c, size_t s, kg_date d) {
  if (!d.d || !c->ref.d) return d;
  long dv = (long)d.y * 10000 + d.m * 100 + d.d;
  long rv = (long)c->ref.y * 10000 + c->ref.m * 100 + c->ref.d;
  if (dv >= rv) return d;
  for (size_t i = c->sents[s].first; i < c->sents[s].end; i++) {
    kg_chunk *k = chunk(c, i);
    if (k && k->type == CH_DATE && k->first == i && k->end == i + 1 &&
        kg_weekday_of(ctx_key(c, i)) >= 0 && k->date.y == d.y && k->date.m == d.m &&
        k->date.d == d.d)
      return kg_date_add_days(d, 7);
  }
  return d;
}

static size_t sentence_place(kg_ctx *c, size_t s) {
  for (size_t i = c->sents[s].first + 1; i < c->sents[s].end; i++) {
    kg_chunk *k = chunk(c, i);
    if (k && k->first == i && (k->type == CH_PLACE) && w(c, i - 1, "in"))
      return (size_t)(k - c->ch);
  }
  return NONE;
}

static const char *delegation_country(kg_ctx *c, size_t t, size_t end, size_t *after);
static int stated_delegation_country(kg_ctx *c, size_t t);

/* "the delegation led by X", "a delegation from Ghana led by X", "a
 * delegation of the Senate, headed by X": the token after "by", or NONE;
 * the delegation's country, when the text gives one, through *country. */
static size_t led_by(kg_ctx *c, size_t t, size_t end, const char **country) {
  size_t u = t + 1;
  const char *dc = delegation_country(c, t, end, &u);
  if (!dc || u <= t + 1) u = t + 1;
  if (country) *country = dc;
  if ((w(c, u, "led") || w(c, u, "headed")) && w(c, u + 1, "by")) return u + 2;
  return NONE;
}

static size_t delegation_leader(evctx *e, size_t tok) {
  kg_ctx *c = e->c;
  /* "the delegation led by X" names X right after: handled by the caller;
   * "the Pakistani delegation": a leader of that country */
  const char *country = NULL;
  for (size_t j = tok; j > 0 && j + 3 > tok; j--) {
    kg_chunk *q = chunk(c, j - 1);
    if (q && q->type == CH_COUNTRY) {
      country = q->country;
      break;
    }
  }
  if (country) {
    e->last_dcountry = country;
  } else if (w(c, tok, "delegation") && (w(c, tok + 1, "from") || w(c, tok + 1, "of"))) {
    /* "a delegation from Burkina Faso arrived": placed for later mentions
     * (it names no leader of its own) */
    size_t u;
    const char *dc = delegation_country(c, tok, c->tk.n, &u);
    if (dc) e->last_dcountry = dc;
  } else if (!e->n_dl && e->last_dcountry && tok > 0 &&
             (w(c, tok - 1, "the") || w(c, tok - 1, "visiting"))) {
    /* "the delegation", "the visiting delegation": the one placed before */
    country = e->last_dcountry;
  }
  for (size_t i = 0; i < e->n_dl; i++)
    if (!country || e->dl_country[i] == country) return e->dl_person[i];
  /* no leader named: the first official of that country in the text's
   * order (people are not stored in text order: "The Malian delegation
   * called on X" after "Malian Minister Y arrived" is Y's, not that of the
   * Ambassador of Mali named further on) */
  size_t best = NONE;
  if (country)
    for (size_t p = 0; p < c->n_people; p++)
      if (c->people[p].country == country && c->people[p].country_strength >= 2 &&
          c->people[p].noffices &&
          (best == NONE || c->people[p].first_off < c->people[best].first_off))
        best = p;
  return best;
}

static void note_leader_of(evctx *e, size_t person, const char *country) {
  if (person == NONE || e->n_dl >= 16) return;
  for (size_t i = 0; i < e->n_dl; i++)
    if (e->dl_person[i] == person) {
      if (!e->dl_country[i]) e->dl_country[i] = country;
      return;
    }
  e->dl_country[e->n_dl] = country ? country : e->c->people[person].country;
  e->dl_person[e->n_dl++] = person;
}

static void note_leader(evctx *e, size_t person) { note_leader_of(e, person, NULL); }

/* "X is leading a Croatian delegation", "X, heading a parliamentary
 * delegation, arrived", "X, who leads the delegation": the person X at the
 * head of the delegation at token t (an active verb of leading, the
 * delegation's determiner and modifiers after it: "a", "the", a demonym,
 * lower-case words), else NONE. The name stands right before the verb, or
 * before "is"/"was"/"who is"/"who", a comma between allowed. The
 * demonym among the modifiers gives the delegation's country (*country,
 * else left as it was). */
static int lead_verb(kg_ctx *c, size_t u) {
  return w(c, u, "leading") || w(c, u, "heading") || w(c, u, "led") || w(c, u, "headed") ||
         w(c, u, "leads") || w(c, u, "heads");
}

static size_t leads_delegation(kg_ctx *c, size_t t, size_t first, const char **country) {
  size_t v = t, det = 0;
  for (size_t k = 0; k < 5 && v > first; k++) {
    size_t u = v - 1;
    kg_chunk *q = chunk(c, u);
    if (q && q->type == CH_COUNTRY && q->demonym) {
      v = q->first;
      *country = q->country;
      continue;
    }
    if (!is_word(c, u) || !(c->tk.v[u].flags & TF_LOWER) || q) break;
    if (w(c, u, "a") || w(c, u, "an") || w(c, u, "the") || w(c, u, "his") || w(c, u, "her")) {
      v = u;
      det = 1;
      break;
    }
    if (lead_verb(c, u)) break;
    v = u;
  }
  if (!det || v <= first + 1) return NONE;
  size_t u = v - 1;
  if (!lead_verb(c, u)) return NONE;
  if (u > first && (w(c, u - 1, "is") || w(c, u - 1, "was"))) u--;
  if (u > first && w(c, u - 1, "who")) u--;
  if (u > first && kg_ctx_punct(c, u - 1, ',')) u--;
  if (u == first) return NONE;
  kg_chunk *n = chunk(c, u - 1);
  if (!n || n->type != CH_NAME || n->ent == NONE || n->end != u) return NONE;
  return n->ent;
}

/* Resolve references of one sentence to people. */
/* Is the pronoun at t a possessive before the noun it qualifies ("met her
 * counterparts A and B", "her Chilean counterpart", "her deputy"), not the
 * verb's object ("met her on Monday")? */
static int owner(kg_ctx *c, size_t t) {
  const kg_chunk *q = chunk(c, t + 1);
  if (q) return q->type == CH_COUNTRY || q->type == CH_TITLE || q->type == CH_RANK;
  return is_word(c, t + 1) && (c->tk.v[t + 1].flags & TF_LOWER) &&
         (w(c, t + 1, "counterpart") || w(c, t + 1, "counterparts") ||
          w(c, t + 1, "delegation") || w(c, t + 1, "host") || w(c, t + 1, "hosts") ||
          w(c, t + 1, "guest") || w(c, t + 1, "guests") || kg_ctx_title(c, t + 1));
}

/* Does a word before token t in the clause opening at `first` stand as
 * the subject of a meeting verb without naming anyone the text knows: a
 * capitalised word that no chunk claims and no lexicon knows as a common
 * word, at the clause's start (or after a comma or a dateline's dash:
 * "On Sunday, X met", "PARIS - X met"),
 * followed by the verb ("X met his counterparts A and B", "X later held
 * talks with her deputy")? A surname the text never gave in full: the
 * pronouns after it are that person's, not an earlier subject's. */
static int unnamed_subject(kg_ctx *c, size_t first, size_t t) {
  for (size_t j = first; j + 1 < t; j++) {
    if (!(j == first || kg_ctx_punct(c, j - 1, ',') || kg_ctx_dash(c, j - 1))) continue;
    if (!is_word(c, j) || (c->tk.v[j].flags & TF_LOWER) || chunk(c, j)) continue;
    if (kg_ctx_has(c, j, LX_WORD | LX_NONNAME) && !kg_ctx_has(c, j, LX_GIVEN)) continue;
    size_t v = j + 1;
    if (w(c, v, "also") || w(c, v, "later") || w(c, v, "then")) v++;
    if (v < t && is_word(c, v) && (c->tk.v[v].flags & TF_LOWER) && event_word(c, v)) return 1;
  }
  return 0;
}

static void resolve_refs(evctx *e, size_t s, ref *r, size_t n) {
  kg_ctx *c = e->c;
  for (size_t i = 0; i < n; i++) {
    if (r[i].kind == 0) continue;
    if (r[i].kind == 1) {
      /* pronoun: the person the text was about, or the other one when the
       * subject is already in this sentence */
      size_t subj = NONE;
      for (size_t j = 0; j < i; j++)
        if (r[j].person != NONE) {
          subj = r[j].person;
          break;
        }
      const char *pk = ctx_key(c, r[i].tok);
      int object = !strcmp(pk, "him") || (!strcmp(pk, "her") && i > 0 && !owner(c, r[i].tok));
      int g = c->tok_ch[r[i].tok] >= 0 ? c->ch[c->tok_ch[r[i].tok]].gen : 0;
      if (g != 1 && g != 2) g = 0;
      if (subj == NONE && unnamed_subject(c, c->sents[s].first, r[i].tok))
        r[i].person = NONE; /* "X met his counterparts A and B", X unknown */
      else if (subj == NONE)
        r[i].person = e->last_subject;
      else if (object)
        r[i].person = e->last_subject != subj ? e->last_subject : e->last_object;
      else
        r[i].person = NONE; /* "his" of the subject: not a second party */
      if (!strcmp(pk, "his") && subj != NONE) r[i].person = NONE;
      /* "X ..., where she held talks": she is X */
      if (subj != NONE && r[i].person == NONE && g && !c->people[subj].gen &&
          (!strcmp(pk, "he") || !strcmp(pk, "she")))
        c->people[subj].gen = g;
      /* "X met Y at the palace, where he was received by Z": the subject
       * of a where/when clause is the sentence's subject */
      if (subj != NONE && r[i].person == NONE && r[i].tok > 0 &&
          (w(c, r[i].tok - 1, "where") || w(c, r[i].tok - 1, "when")) &&
          (!strcmp(pk, "he") || !strcmp(pk, "she")) &&
          !(g && c->people[subj].gen && c->people[subj].gen != g))
        r[i].person = subj;
      /* "She was received by Y": not the last subject when that is a man,
       * nor when a woman was named in the last sentences */
      if (g && r[i].person != NONE && c->people[r[i].person].gen != g) {
        size_t alt = e->last_gen[g];
        int recent = alt != NONE && e->last_gen_s[g] + 3 >= s && alt != subj;
        if (recent) r[i].person = alt;
        else if (c->people[r[i].person].gen) r[i].person = NONE;
      }
    } else if (r[i].kind == 2) {
      size_t ex[8], ne = 0;
      for (size_t j = 0; j < n && ne < 8; j++)
        if (r[j].person != NONE && j != i) ex[ne++] = r[j].person;
      r[i].person = title_ref(e, (size_t)c->tok_ch[r[i].tok], ex, ne);
    } else if (r[i].kind == 3) {
      /* "the delegation led/headed by X": X is the next name */
      size_t t = r[i].tok;
      if (led_by(c, t, c->sents[s].end, NULL) != NONE) {
        for (size_t j = i + 1; j < n; j++)
          if (r[j].kind == 0) {
            note_leader(e, r[j].person);
            break;
          }
        r[i].person = NONE;
      } else {
        r[i].person = delegation_leader(e, t);
      }
    } else if (r[i].kind == 4) {
      size_t subj = NONE;
      for (size_t j = 0; j < i; j++)
        if (r[j].person != NONE) subj = r[j].person;
      r[i].person = counterpart_ref(e, r[i].tok, subj);
    } else if (r[i].kind == 5) {
      r[i].person = e->last_guest != NONE ? e->last_guest : e->last_object;
    } else if (r[i].kind == 6) {
      r[i].person = demonym_ref(c, r[i].tok, chunk(c, r[i].tok)->country);
      /* "the Turkish general": one of that rank, not the Turkish minister */
      size_t h = r[i].end - 1;
      const char *rank = w(c, h, "general") ? "General" : w(c, h, "admiral") ? "Admiral" : NULL;
      if (rank && r[i].person != NONE) {
        const kg_xperson *p = &c->people[r[i].person];
        int has = 0;
        for (size_t t = 0; t < p->ntitles && !has; t++) has = strstr(p->titles[t], rank) != NULL;
        if (!has) r[i].person = NONE;
      }
    }
  }
  counterpart_offices(c, r, n);
  owned_offices(c, r, n);
  for (size_t i = 0; i < n; i++) {
    size_t p = r[i].person;
    if (p != NONE && (c->people[p].gen == 1 || c->people[p].gen == 2)) {
      e->last_gen[c->people[p].gen] = p;
      e->last_gen_s[c->people[p].gen] = s;
    }
  }
}

/* Remember the visitor of a meeting just recorded: the object of
 * "received", "hosted", "welcomed" (also "received a courtesy call from
 * X"), the one received in "X was received by Y", the subject of "called
 * on" or "paid a courtesy call/visit on"; other frames keep the visitor
 * they include and forget any other. */
static void note_guest(evctx *e, int fr, kg_ctx *c, size_t i, const size_t *subj, size_t ns,
                       const size_t *obj, size_t no) {
  size_t guest = NONE;
  if ((fr == FR_ACTIVE || fr == FR_PASSIVE) && host_word(c, i))
    guest = obj[0];
  else if (fr == FR_ACTIVE && (w(c, i, "called") || w(c, i, "calls") || w(c, i, "call") ||
                               w(c, i, "visit")))
    guest = subj[0];
  if (guest == NONE && e->last_guest != NONE) {
    int kept = 0;
    for (size_t x = 0; x < ns; x++) kept |= subj[x] == e->last_guest;
    for (size_t x = 0; x < no; x++) kept |= obj[x] == e->last_guest;
    if (kept) return;
  }
  e->last_guest = guest;
  e->guest_tok = guest != NONE ? i : NONE;
}

/* Collect people of refs [from, to) (skipping NONE and duplicates). */
static size_t group(const ref *r, size_t from, size_t to, size_t *out, size_t max) {
  size_t n = 0;
  for (size_t i = from; i < to && n < max; i++) {
    if (r[i].person == NONE) continue;
    int dup = 0;
    for (size_t j = 0; j < n; j++) dup |= out[j] == r[i].person;
    if (!dup) out[n++] = r[i].person;
  }
  return n;
}

/* Is the person named at token t the principal an office serves, not its
 * holder: "a special envoy of Rwandan President X, Y", "an adviser to
 * President X"? Before the name: the principal's own office (and a country,
 * "the"), then "of" or "to", then the office's last word (its complement
 * cut before the principal, see principal_named in person.c). */
static int serves_principal(kg_ctx *c, size_t t) {
  size_t p = t;
  int titled = 0;
  while (p > 0) {
    kg_chunk *q = chunk(c, p - 1);
    if (q && (q->type == CH_TITLE || q->type == CH_RANK || q->type == CH_HON)) {
      titled |= q->type == CH_TITLE;
      p = q->first;
    } else if (q && q->type == CH_COUNTRY) {
      p = q->first;
    } else if (c->tk.v[p - 1].kind == TK_POSS || w(c, p - 1, "the")) {
      p--;
    } else {
      break;
    }
  }
  if (!titled || p < 2 || !(c->tk.v[p - 1].flags & TF_LOWER) ||
      !(w(c, p - 1, "of") || w(c, p - 1, "to")))
    return 0;
  /* (or a lone lower-case office word, no title of its own: "an adviser") */
  kg_chunk *o = chunk(c, p - 2);
  return (o && o->type == CH_TITLE && o->end == p - 1) || (!o && kg_ctx_title(c, p - 2));
}

/* The subject group: the references before the trigger, back to a clause
 * boundary; "X and Y" both. */
static size_t subject_group(kg_ctx *c, const ref *r, size_t n, size_t first,
                            size_t trig, size_t *out, size_t max) {
  size_t k = 0;
  while (k < n && r[k].tok < trig) k++;
  if (!k) return 0;
  /* the nearest reference with a person, then the ones joined to it by
   * "and" or a comma list */
  size_t last = k;
  while (last > 0 && r[last - 1].person == NONE) last--;
  if (!last) return 0;
  size_t lo = last - 1;
  /* "An adviser to President X met Z": the adviser met Z, not X */
  if (serves_principal(c, r[lo].tok)) return 0;
  /* "X, who accompanied Y, had a meeting with Z": Y is inside a relative
   * clause that closes before the verb; the subject is X */
  {
    size_t rs = NONE;
    for (size_t t = r[lo].tok; t > first + 1; t--) {
      if (w(c, t - 1, "who") && kg_ctx_punct(c, t - 2, ',')) {
        rs = t - 2;
        break;
      }
      if (kg_ctx_punct(c, t - 1, ',') || kg_ctx_punct(c, t - 1, ';')) break;
    }
    int closed = 0;
    for (size_t t = r[lo].end; t < trig && rs != NONE; t++) closed |= kg_ctx_punct(c, t, ',');
    if (rs != NONE && closed)
      for (size_t j = lo; j > 0; j--)
        if (r[j - 1].person != NONE && r[j - 1].end <= rs) return group(r, j - 1, j, out, max);
  }
  /* "X, accompanied by Y, met Z", "X, flanked by Y and W, received Z",
   * "X, along with Y, held talks with Z": the phrase between commas adds
   * Y (and W) to X's side; the subject is X */
  {
    size_t t0 = r[lo].tok, open = NONE;
    for (size_t t = t0; t > first + 2 && t + 14 > t0 && open == NONE; t--) {
      size_t p = t - 1;
      if (kg_ctx_punct(c, p, ';') || kg_ctx_punct(c, p, '.')) break;
      int by = w(c, p, "by") && (w(c, p - 1, "accompanied") || w(c, p - 1, "flanked") ||
                                 w(c, p - 1, "escorted"));
      int with = (w(c, p, "with") && (w(c, p - 1, "along") || w(c, p - 1, "together"))) ||
                 w(c, p, "alongside");
      if (by || with) {
        size_t at = w(c, p, "alongside") ? p : p - 1;
        /* "X, who was accompanied by Y, later called on Z" */
        if (by && at > first + 2 && (w(c, at - 1, "was") || w(c, at - 1, "is")) &&
            w(c, at - 2, "who"))
          at -= 2;
        if (at > first && kg_ctx_punct(c, at - 1, ',')) open = at - 1;
        break;
      }
      /* a comma of an apposition to the name ("by Uganda's High
       * Commissioner to Kenya, Joy Ruth Acheng,") */
      if (kg_ctx_punct(c, p, ',')) {
        kg_chunk *q = p > first ? kg_ctx_chunk_at(c, p - 1) : NULL;
        if (!(q && q->type == CH_TITLE && p + 1 == t0)) break;
      }
    }
    size_t close = NONE;
    for (size_t t = r[lo].end; t < trig && open != NONE && close == NONE; t++)
      if (kg_ctx_punct(c, t, ',')) close = t;
    if (open != NONE && close != NONE) {
      size_t subj = NONE;
      for (size_t j = lo; j > 0 && subj == NONE; j--)
        if (r[j - 1].person != NONE && r[j - 1].end <= open) subj = j - 1;
      if (subj != NONE) {
        size_t n_out = group(r, subj, subj + 1, out, max);
        size_t from = subj + 1;
        while (from < n && r[from].tok < open) from++;
        size_t to = from;
        while (to < n && r[to].tok < close) to++;
        for (size_t i = from; i < to && n_out < max; i++) {
          int dup = r[i].person == NONE;
          for (size_t j = 0; j < n_out && !dup; j++) dup = out[j] == r[i].person;
          if (!dup) out[n_out++] = r[i].person;
        }
        return n_out;
      }
    }
  }
  /* "X received a call from Y, and later met Z": Y is the object of a
   * preposition in an earlier clause; the subject is the sentence's first
   * person */
  {
    size_t t0 = r[lo].tok;
    for (;;) {
      kg_chunk *q = t0 > first ? kg_ctx_chunk_at(c, t0 - 1) : NULL;
      if (!q || !(q->type == CH_TITLE || q->type == CH_RANK || q->type == CH_HON)) break;
      t0 = q->first;
    }
    int prep = t0 > first && (w(c, t0 - 1, "from") || w(c, t0 - 1, "by") ||
                              w(c, t0 - 1, "with") || w(c, t0 - 1, "to"));
    int clause = 0;
    for (size_t t = r[lo].end; t < trig && prep; t++)
      clause |= kg_ctx_punct(c, t, ',') && w(c, t + 1, "and");
    if (prep && clause)
      for (size_t j = 0; j < lo; j++)
        if (r[j].person != NONE && r[j].end < t0) return group(r, j, j + 1, out, max);
  }
  /* a list ends with "and": "X, Y and Z met"; "After meeting with X, Y had
   * lunch" is no list */
  if (lo > 0) {
    size_t prev = lo;
    while (prev > 0 && r[prev - 1].person == NONE) prev--;
    size_t from = prev > 0 ? r[prev - 1].end : r[lo - 1].end;
    int has_and = 0;
    for (size_t t = from; t < r[lo].tok; t++)
      has_and |= w(c, t, "and") || kg_ctx_punct(c, t, '&');
    if (!has_and) return group(r, lo, last, out, max);
  }
  while (lo > 0) {
    size_t a = r[lo - 1].end, b = r[lo].tok;
    int joined = 1;
    for (size_t t = a; t < b; t++) {
      if (kg_ctx_punct(c, t, ',') || w(c, t, "and") || w(c, t, "&")) continue;
      /* "Lavrov and his Chinese counterpart Wang Yi" */
      if (w(c, t, "his") || w(c, t, "her") || w(c, t, "their") || w(c, t, "counterpart") ||
          w(c, t, "counterparts"))
        continue;
      /* "A and the Minister of Development, B, also took part" */
      if (and_the_office(c, t)) continue;
      /* photo captions: "X, right, Y, center, and Z, left" */
      if (w(c, t, "right") || w(c, t, "left") || w(c, t, "center") || w(c, t, "centre") ||
          w(c, t, "second") || w(c, t, "front") || w(c, t, "back"))
        continue;
      kg_chunk *q = kg_ctx_chunk_at(c, t);
      if (q && (q->type == CH_TITLE || q->type == CH_RANK || q->type == CH_HON ||
                q->type == CH_COUNTRY || q->type == CH_INST))
        continue;
      if (kg_ctx_punct(c, t, '.') || kg_ctx_punct(c, t, '\'')) continue;
      if (c->tk.v[t].kind == TK_POSS) continue;
      joined = 0;
      break;
    }
    /* "X, who ..., and Y" is one list too when Y follows an "and" */
    if (!joined) break;
    lo--;
  }
  /* the first name of a sentence is its subject when the nearest is in an
   * apposition ("X, the minister of Y, met Z") */
  size_t n_out = group(r, lo, last, out, max);
  return n_out;
}

/* The chair of the meeting whose attendees "attended by" at i lists: "The
 * meeting, chaired by D, was attended by", "D chaired (presided over) the
 * meeting, which was attended by". One person only, else NONE. */
static size_t meeting_chair(kg_ctx *c, const ref *r, size_t n, size_t first, size_t i,
                            int *bare) {
  *bare = 1;
  for (size_t t = first; t + 1 < i; t++) {
    if (!w(c, t, "chaired") && !w(c, t, "presided")) continue;
    size_t u = t + 1;
    if (w(c, u, "over")) u++;
    if (w(c, u, "by")) {
      /* "The meeting, chaired by D, was (also) attended by"; "the weekly
       * security meeting, chaired by D": a meeting of its own (*bare 0)
       * unless a word that points back ("the bilateral meeting") */
      if (t < first + 3 || !kg_ctx_punct(c, t - 1, ',') || !meeting_noun(c, t - 2))
        return NONE;
      size_t d = t - 3;
      while (d > first && d + 5 > t && (c->tk.v[d].flags & TF_LOWER) && !w(c, d, "the")) {
        if (!w(c, d, "bilateral") && !w(c, d, "same") && !w(c, d, "official") &&
            !w(c, d, "two") && !w(c, d, "trilateral") && !w(c, d, "delegation-level") &&
            !w(c, d, "high-level"))
          *bare = 0;
        d--;
      }
      if (!w(c, d, "the")) return NONE;
      size_t who = NONE, e = NONE;
      for (size_t j = 0; j < n; j++) {
        if (r[j].tok <= u || r[j].tok >= i || r[j].person == NONE) continue;
        if (who != NONE && r[j].person != who) return NONE;
        who = r[j].person;
        e = r[j].end;
      }
      if (who == NONE || !kg_ctx_punct(c, e, ',') || !w(c, e + 1, "was")) return NONE;
      return (e + 2 == i || (e + 3 == i && w(c, e + 2, "also"))) ? who : NONE;
    }
    /* "D chaired the meeting, which was (also) attended by" */
    if (!w(c, u, "the") || !meeting_noun(c, u + 1) || !kg_ctx_punct(c, u + 2, ',') ||
        !w(c, u + 3, "which") || !w(c, u + 4, "was") ||
        !(u + 5 == i || (u + 6 == i && w(c, u + 5, "also"))))
      return NONE;
    size_t sg[MAX_SIDE];
    return subject_group(c, r, n, first, t, sg, MAX_SIDE) == 1 ? sg[0] : NONE;
  }
  return NONE;
}

/* Words that open another clause: objects of a meeting verb stop there. */
/* Does token i open a clause of another occasion, before or after the
 * one told: "met Y in Amman, after he had spoken by telephone with Z",
 * "before speaking by phone with", "when", "following", "having", "until",
 * "and later ...", "and he ..."? (Not "later" alone: "spoke with Y later
 * by phone" is the one call.) */
static int other_occasion(kg_ctx *c, size_t i) {
  static const char *const words[] = {"after", "before", "when", "following", "having",
                                      "until", NULL};
  if (i >= c->tk.n || !(c->tk.v[i].flags & TF_LOWER)) return 0;
  if (kg_ctx_is_one_of(c, i, words)) return 1;
  if (!w(c, i, "and")) return 0;
  const kg_chunk *q = kg_ctx_chunk_at(c, i + 1);
  return (q && q->type == CH_PRON) || w(c, i + 1, "later") || w(c, i + 1, "then") ||
         w(c, i + 1, "also") || w(c, i + 1, "afterwards");
}

static int clause_break(kg_ctx *c, size_t i) {
  static const char *const words[] = {"despite", "although", "though", "while",
                                      "whereas", "but", "because", "however",
                                      "who", "which", "where", "whom", "whose", NULL};
  if (kg_ctx_punct(c, i, ';') || kg_ctx_punct(c, i, ':')) return 1;
  if (i >= c->tk.n || !(c->tk.v[i].flags & TF_LOWER)) return 0; /* not "WHO" */
  return kg_ctx_is_one_of(c, i, words);
}

/* Attendees `att` join meeting i_mm: the side of their own country (known,
 * then guessed), else the host's (the side of the article's home country),
 * else the subject's; a third party meets both sides. */
static void add_attendees(evctx *e, size_t i_mm, const size_t *att, size_t na, size_t s) {
  kg_ctx *c = e->c;
  meeting *mm = &e->m[i_mm];
  for (size_t x = 0; x < na; x++) {
    /* the side of the attendee's own country (known, then guessed),
     * else the host's (the side of the article's home country), else
     * the subject's */
    const kg_xperson *ap = &c->people[att[x]];
    const char *cx = ap->country_strength >= 2 ? ap->country : NULL;
    int side = -1;
    for (int sd = 0; sd < 2 && side < 0 && cx; sd++)
      for (size_t q = 0; q < mm->n[sd]; q++)
        if (c->people[mm->side[sd][q]].country == cx &&
            c->people[mm->side[sd][q]].country_strength >= 2)
          side = sd;
    /* a guessed country that both sides share (the home's, guessed for
     * all): not the visitor's side ("X called on the Prime Minister ...
     * The Defence Minister was also present": the host's) */
    int guessed[2] = {0, 0};
    for (int sd = 0; sd < 2 && side < 0 && ap->country; sd++)
      for (size_t q = 0; q < mm->n[sd]; q++)
        if (c->people[mm->side[sd][q]].country == ap->country) guessed[sd] = 1;
    if (side < 0 && guessed[0] && guessed[1] && e->last_guest != NONE &&
        in_side(mm, 0, e->last_guest) != in_side(mm, 1, e->last_guest))
      side = in_side(mm, 0, e->last_guest) ? 1 : 0;
    for (int sd = 0; sd < 2 && side < 0; sd++)
      if (guessed[sd]) side = sd;
    /* "attended by the Ambassador of Pakistan to Uzbekistan X" at a
     * meeting of an Uzbek host and an unplaced guest: not the host's side */
    if (side < 0 && cx) {
      const char *g0 = group_country(c, mm->side[0], mm->n[0]);
      const char *g1 = group_country(c, mm->side[1], mm->n[1]);
      /* the unplaced side is the home's guess, and the attendee serves
       * neither: a third party (below), not the unplaced side */
      int home0 = !g0 && c->home && c->home != cx && g1 && g1 != cx && mm->n[0];
      int home1 = !g1 && c->home && c->home != cx && g0 && g0 != cx && mm->n[1];
      for (size_t q = 0; q < mm->n[0] && home0; q++)
        home0 = c->people[mm->side[0][q]].country == c->home;
      for (size_t q = 0; q < mm->n[1] && home1; q++)
        home1 = c->people[mm->side[1][q]].country == c->home;
      if (home0 || home1) {
      } else if (g0 && g0 != cx && !g1) side = 1;
      else if (g1 && g1 != cx && !g0) side = 0;
    }
    /* an international official (no country) is a third party */
    int third = !ap->country && ap->intl;
    for (int sd = 0; sd < 2 && side < 0 && c->home && !cx && !third; sd++)
      for (size_t q = 0; q < mm->n[sd]; q++)
        if (c->people[mm->side[sd][q]].country == c->home) side = sd;
    /* a national official does not join the side of an international
     * organisation's ("NATO chief met Zelensky; Ukraine's ministers
     * took part") */
    for (int sd = 0; sd < 2 && side < 0 && cx; sd++) {
      int intl = mm->n[sd] > 0;
      for (size_t q = 0; q < mm->n[sd]; q++) intl &= c->people[mm->side[sd][q]].intl;
      if (intl) side = 1 - sd;
    }
    /* a third party (both sides serve other known countries, or it
     * serves an international body): every pair, as in a trilateral */
    const char *c0 = group_country(c, mm->side[0], mm->n[0]);
    const char *c1 = group_country(c, mm->side[1], mm->n[1]);
    /* a side whose people all take the home's guessed country is the
     * home's ("Prime Minister X met Turkish President Y. Both leaders
     * were joined by Azerbaijani President Z": Z meets X too) */
    for (int sd = 0; sd < 2 && c->home; sd++) {
      const char **g = sd ? &c1 : &c0;
      int all = !*g && mm->n[sd] > 0;
      for (size_t q = 0; q < mm->n[sd] && all; q++)
        all = c->people[mm->side[sd][q]].country == c->home;
      if (all) *g = c->home;
    }
    if (side < 0 && c0 && c1 && c0 != c1 && (third || (cx && c0 != cx && c1 != cx))) {
      size_t all[2 * MAX_SIDE], na2 = 0;
      for (int sd = 0; sd < 2; sd++)
        for (size_t q = 0; q < mm->n[sd]; q++) all[na2++] = mm->side[sd][q];
      meeting *tri = record(e, &att[x], 1, all, na2, mm->date, mm->planned, s, mm->place);
      mm = &e->m[i_mm]; /* record may move the meetings */
      if (tri) add_ev(tri, s);
      continue;
    }
    if (side < 0) side = 0;
    /* an attendee's own demonym ("attended by the Mexican ambassador")
     * does not speak for the side it sits on (one of the meeting's own
     * people named again still does) */
    if (!in_side(mm, 0, att[x]) && !in_side(mm, 1, att[x]) && e->n_joined < 16)
      e->joined[e->n_joined++] = att[x];
    side_add(mm, side, att[x]);
  }
  add_ev(mm, s);
}

/* Do meetings a and b share a participant? */
static int share_person(const meeting *a, const meeting *b) {
  for (int x = 0; x < 2; x++)
    for (size_t i = 0; i < a->n[x]; i++)
      if (in_side(b, 0, a->side[x][i]) || in_side(b, 1, a->side[x][i])) return 1;
  return 0;
}

/* Whether tokens [a, b) between a meeting verb and a person may stand
 * before the person as its object: determiners, titles, ranks, countries,
 * bodies, places, dates, "on Monday", "in Baku", "his counterpart". */
static int object_gap_ok(kg_ctx *c, size_t a, size_t b) {
  static const char *const ok[] = {
      "the", "a", "an", "his", "her", "their", "its", "visiting", "also", "then", "later",
      "separately", "jointly", "on", "in", "at", "during", "with", "here", "there",
      "yesterday", "today", "tonight", "officially", "formally", "warmly", "cordially",
      "both", "all", "counterpart", "counterparts", "including", "newly", "appointed",
      "incoming", "outgoing", "former", "new", "acting", "top", "senior", "chief", "head",
      "of", "and", "up", "personally", "again", "first", "briefly", "recently", "afternoon",
      "morning", "evening", "night", "day", "week", "capital", "city", "office",
      "headquarters", "residence", "sidelines", "margins", "occasion", "meeting", "talks",
      "over", "via", "dinner", "lunch", "luncheon", "banquet", "reception", "breakfast",
      "for", "honour", "honor", "special", "by", "to", "member",
      /* "hosted a working lunch for X", "a state banquet", "a farewell dinner" */
      "working", "state", "official", "private", "farewell", "welcome", "gala", "iftar",
      /* "met this Wednesday in Madrid with" (EFE's style), "met last week" */
      "this", "last", "earlier", NULL};
  for (size_t t = a; t < b; t++) {
    const kg_token *k = &c->tk.v[t];
    /* "received a courtesy call from Y" */
    if (w(c, t, "courtesy") && (w(c, t + 1, "call") || w(c, t + 1, "visit")) &&
        w(c, t + 2, "from")) {
      t += 2;
      continue;
    }
    /* "received the visit of Y", "received a (courtesy) visit from Y"
     * (Spanish and Portuguese "recibió la visita de", translated) */
    if ((w(c, t, "visit") && (w(c, t + 1, "of") || w(c, t + 1, "from"))) && t > a &&
        (w(c, t - 1, "the") || w(c, t - 1, "a") || w(c, t - 1, "courtesy") ||
         w(c, t - 1, "official")) &&
        (w(c, a - 1, "received") || w(c, a - 1, "receives") || w(c, a - 1, "receive"))) {
      t += 1;
      continue;
    }
    /* "received in audience Y" (the AU's, the Vatican's, royal courts' style) */
    if (w(c, t, "in") && w(c, t + 1, "audience")) {
      t += 1;
      continue;
    }
    /* "counterparts from Australia and the Philippines, A and B", "his
     * counterpart from Ghana, X" */
    if (w(c, t, "from") && t > a && (w(c, t - 1, "counterparts") || w(c, t - 1, "counterpart")))
      continue;
    if (k->kind == TK_PUNCT || k->kind == TK_POSS || k->kind == TK_NUM) continue;
    kg_chunk *q = chunk(c, t);
    if (q) {
      t = q->end - 1;
      continue;
    }
    if (!(k->flags & TF_LOWER)) continue; /* a capitalised word: a name's, a title's */
    if (kg_ctx_title(c, t) || kg_ctx_has(c, t, LX_TITLEMOD | LX_DOMAIN)) continue;
    int fine = 0;
    for (int i = 0; ok[i] && !fine; i++) fine = w(c, t, ok[i]);
    if (!fine) return 0;
  }
  return 1;
}

/* Is token t a finite verb that starts a clause's predicate: "hosts",
 * "says", "said"? Present forms (a headline's tense) and the verbs of
 * speech: a past form such as "held" or "signed" after a name is as often
 * a participle ("the summit between X and Y held on 11 May"). */
static int clause_subject(kg_ctx *c, size_t t) {
  static const char *const verbs[] = {
      "meets", "hosts", "receives", "welcomes", "holds", "visits", "signs", "says",
      "said", "told", "tells", "attends", "joins", "discusses", "talks", "speaks",
      "calls", "urges", NULL};
  if (t >= c->tk.n || c->tk.v[t].kind != TK_WORD || !(c->tk.v[t].flags & TF_LOWER))
    return 0;
  for (size_t i = 0; verbs[i]; i++)
    if (w(c, t, verbs[i])) return 1;
  return 0;
}

/* The object group: the first reference after the trigger (before any
 * clause break), then the references joined to it by "and", commas,
 * titles and delegation phrases ("the delegation led by X"); with
 * `clauses`, not past a reference a finite verb follows (clause_subject). */
static size_t object_group(kg_ctx *c, const ref *r, size_t n, size_t from_tok,
                           size_t stop, size_t *out, size_t max, size_t *first_ref,
                           int strict, int clauses) {
  size_t k = 0;
  while (k < n && r[k].tok < from_tok) k++;
  *first_ref = k;
  /* no clause break before the first reference */
  size_t start_tok = from_tok;
  int direct = strict; /* a verb's object, no reference skipped yet */
  for (; k < n && r[k].tok < stop; k++) {
    int broken = 0;
    for (size_t t = start_tok; t < r[k].tok; t++)
      if (clause_break(c, t)) broken = 1;
    if (broken) return 0;
    /* the verb's own object comes first: "welcomed the decision of X",
     * "met with reporters after talking to X" have none */
    if (direct && !object_gap_ok(c, start_tok, r[k].tok)) return 0;
    /* "received X's message", "X's special envoy, Y": the thing or the
     * person X has is the object, not X */
    if (r[k].person != NONE && r[k].end < c->tk.n && c->tk.v[r[k].end].kind == TK_POSS) {
      start_tok = r[k].end;
      continue;
    }
    /* "received a special envoy of President X, Y": X sent Y */
    if (r[k].person != NONE && serves_principal(c, r[k].tok)) {
      start_tok = r[k].end;
      continue;
    }
    if (r[k].person != NONE) break;
    start_tok = r[k].end;
    direct = 0;
  }
  if (k >= n || r[k].tok >= stop) return 0;
  *first_ref = k;
  size_t hi = k + 1;
  while (hi < n && r[hi].tok < stop) {
    size_t a = r[hi - 1].end, b = r[hi].tok;
    int joined = 1;
    for (size_t t = a; t < b; t++) {
      /* a relative clause inside the list: "X, who had visited Y in 2017,
       * along with Z" */
      if (kg_ctx_punct(c, t, ',') && t + 1 < b && (c->tk.v[t + 1].flags & TF_LOWER) &&
          (w(c, t + 1, "who") || w(c, t + 1, "which"))) {
        size_t q = t + 2;
        while (q < b && !kg_ctx_punct(c, q, ',')) q++;
        if (q < b) {
          t = q;
          continue;
        }
      }
      if (kg_ctx_punct(c, t, ',') || w(c, t, "and") || kg_ctx_punct(c, t, '&') ||
          kg_ctx_punct(c, t, '.') || kg_ctx_punct(c, t, '(') || kg_ctx_punct(c, t, ')'))
        continue;
      if (w(c, t, "the") || w(c, t, "his") || w(c, t, "her") || w(c, t, "their") ||
          w(c, t, "also") || w(c, t, "as") || w(c, t, "well") || w(c, t, "along") ||
          w(c, t, "with") || w(c, t, "led") || w(c, t, "headed") || w(c, t, "by") ||
          w(c, t, "including") || w(c, t, "counterpart") || w(c, t, "counterparts"))
        continue;
      kg_chunk *q = kg_ctx_chunk_at(c, t);
      if (q && (q->type == CH_TITLE || q->type == CH_RANK || q->type == CH_HON ||
                q->type == CH_COUNTRY || q->type == CH_INST || q->type == CH_PLACE))
        continue;
      if (c->tk.v[t].kind == TK_POSS) continue;
      /* "his counterparts A of Vietnam and B of Laos", "A from Ghana and
       * B": a country or body after "of"/"from" qualifies the name before */
      if ((w(c, t, "of") || w(c, t, "from")) && t + 1 < b) {
        size_t u = w(c, t + 1, "the") ? t + 2 : t + 1;
        q = kg_ctx_chunk_at(c, u);
        if (q && q->first == u &&
            (q->type == CH_COUNTRY || q->type == CH_INST || q->type == CH_PLACE))
          continue;
      }
      joined = 0;
      break;
    }
    if (!joined) break;
    /* "Rubio meets Jaishankar, Caine hosts Israeli army chief": a name
     * that a finite verb follows is the subject of the next clause (a
     * headline's comma joins clauses), not one more object; unless the
     * verb has no subject before it ("In a meeting with X, Y said", the
     * caller's `clauses` 0) */
    if (clauses && clause_subject(c, r[hi].end)) break;
    hi++;
  }
  return group(r, k, hi, out, max);
}

/* "received a message from President X, delivered by his special envoy,
 * Y" (also "a letter ... handed over by Y", "conveyed by", "carried by"):
 * the person named first after the carrier's "by", within the clause
 * that follows the message word at tokens [a, stop), or NONE. */
static size_t message_carrier(kg_ctx *c, const ref *r, size_t n, size_t a, size_t stop) {
  size_t t = a;
  while (t < stop && t < a + 4 && !w(c, t, "message") && !w(c, t, "letter") &&
         !w(c, t, "messages") && !w(c, t, "letters"))
    t++;
  if (t >= stop || t >= a + 4) return NONE;
  for (size_t u = t + 1; u + 1 < stop && u < t + 20; u++) {
    if (kg_ctx_punct(c, u, '.') || kg_ctx_punct(c, u, ';')) return NONE;
    if (!(w(c, u, "delivered") || w(c, u, "handed") || w(c, u, "conveyed") ||
          w(c, u, "carried") || w(c, u, "brought")))
      continue;
    size_t by = w(c, u + 1, "over") ? u + 2 : u + 1;
    if (!w(c, by, "by")) return NONE;
    for (size_t j = 0; j < n; j++)
      if (r[j].tok > by && r[j].tok < by + 12 && r[j].kind == 0 && r[j].person != NONE)
        return r[j].person;
    return NONE;
  }
  return NONE;
}

/* Does sentence s tell an aside before the main meeting: "Earlier, X
 * welcomed Y", "X received Y before the meeting", "ahead of the talks"? */
static int aside(kg_ctx *c, size_t s) {
  size_t first = c->sents[s].first, end = c->sents[s].end;
  if (w(c, first, "earlier") || (w(c, first, "prior") && w(c, first + 1, "to")) ||
      (w(c, first, "before") && w(c, first + 1, "that")))
    return 1;
  for (size_t t = first + 1; t + 2 < end && t < first + 60; t++)
    if ((w(c, t, "before") || w(c, t, "ahead") || w(c, t, "prior")) &&
        (w(c, t + 1, "the") || ((w(c, t + 1, "of") || w(c, t + 1, "to")) && w(c, t + 2, "the")))) {
      size_t u = w(c, t + 1, "the") ? t + 2 : t + 3;
      if (w(c, u, "meeting") || w(c, u, "talks") || w(c, u, "session") ||
          w(c, u, "commission") || w(c, u, "consultations"))
        return 1;
    }
  return 0;
}

/* Is the active trigger at i (length len) a meeting of its own plural
 * subject: "X and Y met (on Tuesday, in Paris, privately, last week)"?
 * Only "met" reads so; a host's verb without a person object ("X and Y
 * welcomed the visit") or "met" with a thing or a group ("met reporters",
 * "met the press") does not, nor "met separately". */
static int self_met(kg_ctx *c, size_t i, size_t len) {
  static const char *const ok[] = {
      "in", "on", "at", "for", "during", "after", "before", "behind", "again", "today",
      "yesterday", "last", "this", "earlier", "later", "here", "there", "twice", "once",
      "first", "ahead", "over", "amid", "to", "and", "as", "when", "while", "following",
      "since", "face-to-face", "recently", "previously", "via", "under", "inside", "each",
      NULL};
  if (len != 1 || !(w(c, i, "met") || w(c, i, "meet") || w(c, i, "meets"))) return 0;
  size_t t = i + 1;
  if (t >= c->tk.n || c->tk.v[t].kind != TK_WORD) return 1;
  if (!(c->tk.v[t].flags & TF_LOWER)) return 1; /* "met Tuesday", a place */
  if (w(c, t, "separately")) return 0;
  return kg_ctx_is_one_of(c, t, ok) || kg_ctx_ends_lower(c, t, "ly");
}

/* Does the clause [first, end) call the encounter a three-party (or
 * larger) one: "trilateral", "tripartite", "three-way" or "three-party"
 * before a meeting noun ("for a trilateral meeting", "held trilateral
 * talks", "a tripartite summit"), or "trilaterally"? Not "trilateral
 * cooperation": the topic says nothing of who sat together. */
static int multiparty_meeting(kg_ctx *c, size_t first, size_t end) {
  for (size_t t = first; t < end; t++) {
    if (w(c, t, "trilaterally")) return 1;
    if (!(w(c, t, "trilateral") || w(c, t, "tripartite") || w(c, t, "three-way") ||
          w(c, t, "three-party") || w(c, t, "quadrilateral")))
      continue;
    for (size_t u = t + 1; u < end && u < t + 3; u++)
      if (meeting_noun(c, u) || w(c, u, "summit") || w(c, u, "consultations") ||
          w(c, u, "session") || w(c, u, "format") || w(c, u, "dialogue"))
        return 1;
  }
  return 0;
}

/* Do the people v[0..n) each serve a known country (stated, not guessed),
 * no two the same? Then each is a party of its own. */
static int distinct_parties(kg_ctx *c, const size_t *v, size_t n) {
  for (size_t x = 0; x < n; x++) {
    const kg_xperson *p = &c->people[v[x]];
    if (!p->country || p->country_strength < 2) return 0;
    for (size_t y = 0; y < x; y++)
      if (c->people[v[y]].country == p->country) return 0;
  }
  return 1;
}

/* "X received Y, accompanied by Z": whose company Z is the words do not
 * say, but a country does. After the last object (ending at token
 * `after`), ", (who was) accompanied / flanked / escorted by" and a list
 * of names (titles, ranks, countries, "and" between them): each named one
 * whose stated country is that of one side of meeting m, and not of the
 * other, joins that side; one of neither country, or of unknown country,
 * joins nothing. */
static void company_after_object(evctx *e, meeting *m, const ref *r, size_t n, size_t after,
                                 size_t end, size_t s) {
  kg_ctx *c = e->c;
  size_t t = after;
  if (!kg_ctx_punct(c, t, ',')) return;
  t++;
  if (w(c, t, "who") && (w(c, t + 1, "was") || w(c, t + 1, "were") || w(c, t + 1, "is")))
    t += 2;
  if (!(w(c, t, "accompanied") || w(c, t, "flanked") || w(c, t, "escorted")) ||
      !w(c, t + 1, "by"))
    return;
  t += 2;
  const char *g0 = group_country(c, m->side[0], m->n[0]);
  const char *g1 = group_country(c, m->side[1], m->n[1]);
  /* a side of no country yet is the home's (the host's) */
  if (!g0) g0 = c->home;
  if (!g1) g1 = c->home;
  if (!g0 || !g1 || g0 == g1) return;
  /* the side Z joins states its country */
  int stated[2] = {0, 0};
  for (int sd = 0; sd < 2; sd++)
    for (size_t q = 0; q < m->n[sd]; q++)
      stated[sd] |= c->people[m->side[sd][q]].country_strength >= 2;
  size_t j = 0;
  while (j < n && r[j].tok < t) j++;
  int added = 0;
  for (size_t prev = t; j < n && r[j].tok < end; j++) {
    /* only titles, ranks, countries, "the", "and" and commas between the
     * names of the list */
    int list = 1;
    for (size_t u = prev; u < r[j].tok && list; u++) {
      kg_chunk *q = kg_ctx_chunk_at(c, u);
      if (q && (q->type == CH_TITLE || q->type == CH_RANK || q->type == CH_HON ||
                q->type == CH_COUNTRY)) {
        u = q->end - 1;
        continue;
      }
      list = kg_ctx_punct(c, u, ',') || w(c, u, "and") || w(c, u, "the") || w(c, u, "his") ||
             w(c, u, "her") || w(c, u, "their") || w(c, u, "its") || c->tk.v[u].kind == TK_POSS;
    }
    if (!list) break;
    prev = r[j].end;
    if (r[j].kind != 0 || r[j].person == NONE) continue;
    const kg_xperson *z = &c->people[r[j].person];
    if (in_side(m, 0, r[j].person) || in_side(m, 1, r[j].person)) continue;
    if (!z->country || z->country_strength < 2) continue;
    int sd = z->country == g0 ? 0 : z->country == g1 ? 1 : -1;
    if (sd < 0 || !stated[sd]) continue;
    side_add(m, sd, r[j].person);
    added = 1;
  }
  if (added) add_ev(m, s);
}

/* Does `hay` hold the lower-case ASCII `needle`, whatever the case? */
static int ci_contains(const char *hay, const char *needle) {
  size_t nl = strlen(needle);
  for (const char *q = hay; *q; q++) {
    size_t k = 0;
    while (k < nl && q[k] && (q[k] | 0x20) == needle[k]) k++;
    if (k == nl) return 1;
  }
  return 0;
}

/* Does person p hold a title naming the office of the plural noun at
 * token u ("ministers": a "Minister" title; "presidents": "President")?
 * Generic nouns (leaders, sides, heads, counterparts ...) fit anyone. */
static int plural_fits(kg_ctx *c, size_t u, size_t p) {
  static const char *const office[][2] = {
      {"ministers", "minister"},   {"presidents", "president"},
      {"premiers", "premier"},     {"generals", "general"},
      {"admirals", "admiral"},     {"ambassadors", "ambassador"},
      {"secretaries", "secretary"}, {"commanders", "commander"},
      {"chiefs", "chief"},         {"envoys", "envoy"},
      {"kings", "king"},           {"monarchs", "king"}};
  for (size_t x = 0; x < sizeof office / sizeof *office; x++) {
    if (!w(c, u, office[x][0])) continue;
    const kg_xperson *pp = &c->people[p];
    for (size_t y = 0; y < pp->ntitles; y++) {
      if (ci_contains(pp->titles[y], office[x][1])) return 1;
      /* "premiers" are prime ministers too */
      if (!strcmp(office[x][1], "premier") && ci_contains(pp->titles[y], "prime minister"))
        return 1;
    }
    return 0;
  }
  return 1;
}

/* Does the clause from `first` to the meeting verb at i open with a
 * plural subject that names the two people of the meeting just told: "The
 * two leaders (then) met Z", "Both ministers later received Z", "The
 * ministers also held talks with Z", "The two foreign ministers met Z"
 * (after an opening "Later," or "On Tuesday,")? 2 for "they" (a weaker
 * reference), 1 for such a noun phrase, 0 for none. */
static int pair_back(kg_ctx *c, size_t first, size_t i, size_t *noun) {
  static const char *const nouns[] = {
      "leaders", "ministers", "presidents", "heads", "premiers", "sides", "delegations",
      "chiefs", "commanders", "generals", "counterparts", "dignitaries", "envoys",
      "secretaries", "officials", "ambassadors", "admirals", "monarchs", "kings", NULL};
  size_t t = first;
  /* an opening phrase up to a comma: "Later,", "On Tuesday,", "After the
   * ceremony," (no name in it) */
  for (size_t u = first; u < i && u < first + 6; u++)
    if (kg_ctx_punct(c, u, ',')) {
      int named = 0;
      for (size_t v = first; v < u; v++) {
        kg_chunk *q = chunk(c, v);
        named |= q && (q->type == CH_NAME || q->type == CH_PRON || q->type == CH_TITLE);
      }
      if (!named) t = u + 1;
      break;
    }
  int strength = 0;
  *noun = NONE;
  if (w(c, t, "they")) {
    strength = 2;
    t++;
  } else {
    int two = 0;
    if (w(c, t, "both")) {
      two = 1;
      t++;
    } else if (w(c, t, "the")) {
      t++;
      if (w(c, t, "two")) {
        two = 1;
        t++;
      }
    } else {
      return 0;
    }
    /* up to two modifiers ("foreign", "defence", "visiting"), then the
     * plural noun; "heads of state" */
    size_t u = t;
    while (u < i && u < t + 3 && !kg_ctx_is_one_of(c, u, nouns)) {
      if (!is_word(c, u) || !(c->tk.v[u].flags & TF_LOWER)) return 0;
      u++;
    }
    if (u >= i || !kg_ctx_is_one_of(c, u, nouns)) return 0;
    /* "the officials", "the sides" alone may be any group: a number */
    if (!two && (w(c, u, "officials") || w(c, u, "sides") || w(c, u, "delegations") ||
                 w(c, u, "counterparts")))
      return 0;
    *noun = u;
    t = u + 1;
    if (w(c, u, "heads") && w(c, t, "of") && (w(c, t + 1, "state") || w(c, t + 1, "government")))
      t += 2;
    strength = 1;
  }
  while (t < i && (w(c, t, "also") || w(c, t, "then") || w(c, t, "later") ||
                   w(c, t, "subsequently") || w(c, t, "jointly") || w(c, t, "together") ||
                   w(c, t, "separately") || w(c, t, "afterwards") || w(c, t, "had") ||
                   w(c, t, "have") || w(c, t, "both")))
    t++;
  /* "The two ministers later paid a courtesy visit to Z" */
  if (t < i && (w(c, t, "paid") || w(c, t, "pay")) && (w(c, t + 1, "a") || w(c, t + 1, "an"))) {
    t += 2;
    if (t < i && (w(c, t, "courtesy") || w(c, t, "farewell") || w(c, t, "joint") ||
                  w(c, t, "official")))
      t++;
  }
  return t == i ? strength : 0;
}

/* Does sentence b open by going back to a call told before it: "The call
 * ...", "During the call, ...", "In their phone call, ...", "On the
 * hour-long call, ...", "During the telephone conversation, ..." (not a
 * "courtesy call", "the call for a ceasefire", "the call to arms"; nor
 * "discussed the call with aides" inside a clause)? */
static int call_back_ref(kg_ctx *c, size_t b) {
  size_t d = c->sents[b].first, end = c->sents[b].end;
  if (w(c, d, "during") || w(c, d, "in") || w(c, d, "on") || w(c, d, "over") ||
      w(c, d, "throughout"))
    d++;
  if (!(w(c, d, "the") || w(c, d, "their") || w(c, d, "this") || w(c, d, "that"))) return 0;
  for (size_t t = d + 1; t < end && t < d + 5; t++) {
    if (!is_word(c, t) && !kg_ctx_dash(c, t)) return 0;
    if (w(c, t, "courtesy")) return 0;
    if (w(c, t, "call")) return !w(c, t + 1, "for") && !w(c, t + 1, "to");
    if (w(c, t, "conversation"))
      return remote_word(c, t - 1) || w(c, t - 1, "video");
  }
  return 0;
}

/* Was the exchange at trigger i of sentence s remote, by what the words
 * around the clause say?
 * - An opening phrase up to the first comma, before the trigger, that puts
 *   the clause in a call: "In a phone call on Monday, X and Y discussed",
 *   "During the call, X and Y agreed", "Over the telephone, ..." ("After
 *   a phone call, X met Y" is later, in person; "courtesy call" is a
 *   visit).
 * - A talk verb ("discussed", "exchanged views", "talked", "spoke",
 *   "conferred") whose people who[0..n) were all named in one of the two
 *   sentences before, which told a phone or video exchange: "X received a
 *   phone call from Y. X and Y discussed ..." goes on with the call. */
static int remote_talk(kg_ctx *c, size_t s, size_t i, const size_t *who, size_t n) {
  size_t first = c->sents[s].first;
  /* the clause opens after a dateline: "TOKYO, Aug. 19 (Kyodo) -- In a
   * phone call ..." */
  for (size_t t = first; t + 1 < i && t < first + 16; t++)
    if ((kg_ctx_dash(c, t) || kg_ctx_punct(c, t, ':')) && is_word(c, t + 1) &&
        (c->tk.v[t + 1].flags & TF_CAP)) {
      first = t + 1;
      break;
    }
  if (w(c, first, "in") || w(c, first, "during") || w(c, first, "over") ||
      w(c, first, "via") || w(c, first, "by") || w(c, first, "on") ||
      w(c, first, "through")) {
    for (size_t t = first + 1; t < i && t < first + 12; t++) {
      if (kg_ctx_punct(c, t, ',') || chunk(c, t) != NULL) {
        kg_chunk *q = chunk(c, t);
        if (!q || q->type == CH_NAME || q->type == CH_TITLE) break;
        t = q->end - 1;
        continue;
      }
      if (remote_word(c, t) || w(c, t, "video") || w(c, t, "virtual") || w(c, t, "online") ||
          ((w(c, t, "call") || w(c, t, "conversation")) && !w(c, t - 1, "courtesy")))
        return 1;
    }
  }
  int talk = w(c, i, "discussed") || w(c, i, "discuss") || w(c, i, "exchanged") ||
             w(c, i, "talked") || w(c, i, "spoke") || w(c, i, "conferred");
  if (!talk || !n) return 0;
  /* the readout's next sentence goes back to a call: "X spoke with Y
   * today. During the call, ..." (the next sentence, or the one after
   * when the next names no one else) */
  for (size_t b = s + 1; b < c->n_sents && b <= s + 2; b++) {
    if (call_back_ref(c, b)) return 1;
    int other = 0;
    for (size_t t = c->sents[b].first; t < c->sents[b].end && !other; t++) {
      kg_chunk *q = chunk(c, t);
      if (!q || q->first != t || q->type != CH_NAME || q->ent == NONE) continue;
      other = 1;
      for (size_t x = 0; x < n; x++)
        if (who[x] == q->ent) other = 0;
    }
    if (other) break;
  }
  /* a day or a place of its own is another occasion ("On Tuesday, X and
   * Y discussed trade in Paris") */
  for (size_t t = c->sents[s].first; t < c->sents[s].end; t++) {
    kg_chunk *q = chunk(c, t);
    if (q && q->first == t && (q->type == CH_DATE || q->type == CH_PLACE) && t > first)
      return 0;
  }
  for (size_t b = s; b-- > 0 && b + 2 >= s;) {
    int remote = 0;
    for (size_t t = c->sents[b].first; t < c->sents[b].end && !remote; t++)
      remote = remote_word(c, t);
    if (!remote) continue;
    size_t named = 0;
    for (size_t x = 0; x < n; x++) {
      int here = 0;
      for (size_t t = c->sents[b].first; t < c->sents[b].end && !here; t++) {
        kg_chunk *q = chunk(c, t);
        here = q && q->first == t && q->type == CH_NAME && q->ent == who[x];
      }
      named += here;
    }
    if (named == n) return 1;
  }
  return 0;
}

/* "The Pakistani side was led by X, while the Chinese side was headed by
 * Y", "X led the Pakistani delegation and Y the Chinese one", "talks
 * between the two sides, led by X and Y respectively": the leaders of two
 * sides of different countries in one sentence, which (or one of the two
 * before it) tells of talks, met each other. Returns the leaders through
 * a and b. */
static int side_leaders(kg_ctx *c, size_t s, const ref *r, size_t n, size_t *a, size_t *b) {
  size_t first = c->sents[s].first, end = c->sents[s].end;
  /* both answers below need two people among the references, and either
   * a country's "side", "delegation" or "team" in this sentence (where
   * the search for leaders starts) or "respectively" as its last word:
   * most sentences have neither, and are answered before the scan of up
   * to three sentences for talks */
  if (n < 2) return 0;
  int cue = end > first && w(c, end - 1, "respectively");
  for (size_t t = first; t + 3 < end && !cue; t++) {
    kg_chunk *q = chunk(c, t);
    if (q && q->first == t && q->type == CH_COUNTRY && q->country)
      cue = w(c, q->end, "side") || w(c, q->end, "delegation") || w(c, q->end, "team");
  }
  if (!cue) return 0;
  int talks = 0;
  for (size_t q = s >= 2 ? s - 2 : 0; q <= s && !talks; q++)
    for (size_t t = c->sents[q].first; t < c->sents[q].end && !talks; t++)
      talks = meeting_noun(c, t) || w(c, t, "dialogue") || w(c, t, "negotiations") ||
              w(c, t, "consultations") || w(c, t, "round") || w(c, t, "session");
  if (!talks) return 0;
  const char *cty[4];
  size_t who[4], nl = 0;
  for (size_t t = first; t + 3 < end && nl < 4; t++) {
    kg_chunk *q = chunk(c, t);
    if (!q || q->first != t || q->type != CH_COUNTRY || !q->country) continue;
    size_t u = q->end;
    if (!(w(c, u, "side") || w(c, u, "delegation") || w(c, u, "team"))) continue;
    /* "the Pakistani side was led by X" */
    size_t v = u + 1;
    if (w(c, v, "was") || w(c, v, "is") || w(c, v, "were")) v++;
    if (kg_ctx_punct(c, u + 1, ',')) v = u + 2; /* "the Chinese side, led by Y," */
    if ((w(c, v, "led") || w(c, v, "headed")) && w(c, v + 1, "by")) {
      for (size_t j = 0; j < n; j++)
        if (r[j].tok > v + 1 && r[j].tok < v + 10) {
          if (r[j].kind == 0 && r[j].person != NONE) {
            cty[nl] = q->country;
            who[nl++] = r[j].person;
          }
          break;
        }
      continue;
    }
    /* "X led the Pakistani delegation" */
    if (t >= 2 && w(c, t - 1, "the") && (w(c, t - 2, "led") || w(c, t - 2, "headed"))) {
      for (size_t j = n; j-- > 0;)
        if (r[j].end <= t - 2) {
          if (r[j].kind == 0 && r[j].person != NONE && r[j].end == t - 2) {
            cty[nl] = q->country;
            who[nl++] = r[j].person;
          }
          break;
        }
    }
  }
  if (nl == 2 && cty[0] != cty[1] && who[0] != who[1]) {
    *a = who[0];
    *b = who[1];
    return 1;
  }
  /* "led by X and Y respectively" */
  if (nl == 0 && w(c, end - 1, "respectively") && end - 1 > first) {
    for (size_t t = first; t + 1 < end; t++) {
      if (!((w(c, t, "led") || w(c, t, "headed")) && w(c, t + 1, "by"))) continue;
      size_t got[3], ng = 0;
      for (size_t j = 0; j < n && ng < 3; j++)
        if (r[j].tok > t + 1 && r[j].kind == 0 && r[j].person != NONE) got[ng++] = r[j].person;
      if (ng == 2 && got[0] != got[1]) {
        *a = got[0];
        *b = got[1];
        return 1;
      }
      break;
    }
  }
  return 0;
}

static void frame_meetings(evctx *e, size_t s) {
  kg_ctx *c = e->c;
  size_t first = c->sents[s].first, end = c->sents[s].end;
  ref r[64];
  size_t n = sentence_refs(e, s, r, 64);
  resolve_refs(e, s, r, n);
  if (n && r[0].kind == 1 && r[0].tok == first && r[0].person != NONE && e->n_pa < 8 &&
      (w(c, first, "he") || w(c, first, "she")) &&
      (w(c, first + 1, "was") || w(c, first + 1, "were"))) {
    e->pa_person[e->n_pa] = r[0].person;
    e->pa_sent[e->n_pa++] = s;
  }
  kg_date none = {0, 0, 0};
  KG_UNUSED(none);
  int found = 0;
  for (size_t i = first; i < end; i++) {
    size_t len;
    int fr = trig(c, i, end, &len);
    if (!fr || negated(c, first, i)) continue;
    int planned = planned_at(c, first, i);
    size_t subj[MAX_SIDE], obj[MAX_SIDE], ns = 0, no = 0;
    /* a gathering of several parties that met together: "A, B and C met",
     * "A held trilateral talks with B and C" (see multiparty_meeting) */
    int together = fr == FR_SYMMETRIC || fr == FR_NOUN;
    size_t k = 0;
    while (k < n && r[k].tok < i) k++;
    /* objects: references after the trigger up to the next trigger */
    size_t stop = end;
    for (size_t j = i + len; j < end; j++) {
      size_t l2;
      int f2 = trig(c, j, end, &l2);
      if (f2 && f2 != FR_NOUN) {
        stop = j;
        break;
      }
      if (kg_ctx_punct(c, j, ';') && fr != FR_ATTEND && fr != FR_JOINED) {
        stop = j;
        break;
      }
    }
    size_t kend = k;
    while (kend < n && r[kend].tok < stop) kend++;
    switch (fr) {
    case FR_ACTIVE: {
      ns = subject_group(c, r, n, first, i, subj, MAX_SIDE);
      size_t fr0;
      no = object_group(c, r, n, i + len, stop, obj, MAX_SIDE, &fr0, 1, ns > 0);
      /* "received a letter from Y", "received a call from Y": something
       * received, not a visitor ("a delegation from Ghana led by Y" is) */
      if (no && fr0 < n) {
        for (size_t t = i + len; t < r[fr0].tok; t++)
          if (w(c, t, "courtesy")) { /* "received a courtesy call from Y" */
            break;
          } else if ((w(c, t, "from") && !w(c, t - 1, "delegation") && !w(c, t - 1, "visit") &&
                      !w(c, t - 1, "counterparts") && !w(c, t - 1, "counterpart")) ||
                     remote_word(c, t) ||
                     w(c, t, "letter") || w(c, t, "message") || w(c, t, "award") ||
                     w(c, t, "prize")) {
            no = 0;
            break;
          }
      }
      /* "received a message from President X, delivered by his envoy,
       * Y": the carrier came in person (a host's verb only) */
      if (!no && host_word(c, i)) {
        size_t y = message_carrier(c, r, n, i + len, stop);
        if (y != NONE) {
          obj[0] = y;
          no = 1;
        }
      }
      /* "spoke with X by phone", "exchanged views with X over the phone",
       * "conferred with X via video link": not in person */
      if (no && fr0 < n)
        for (size_t t = r[fr0].end; t < stop && t < r[fr0].end + 12; t++) {
          if (clause_break(c, t) || other_occasion(c, t)) break;
          if (remote_word(c, t) || w(c, t, "virtually")) {
            no = 0;
            break;
          }
        }
      /* "called on X to release the activists": a demand, not a call */
      if (no && fr0 < n && (w(c, i, "called") || w(c, i, "calls") || w(c, i, "call")) &&
          w(c, r[fr0].end, "to") && r[fr0].end + 1 < end &&
          (c->tk.v[r[fr0].end + 1].flags & TF_LOWER))
        no = 0;
      /* "X met his counterparts A and B", X a surname the text never gave
       * in full: A and B met X, not each other */
      if (!ns && unnamed_subject(c, first, i + 1)) no = 0;
      /* "In a meeting with X, Y said": the subject follows; so in "When
       * meeting with X, Y said" (Xinhua's form) and "In his meeting with
       * X, Y said", whose "his" is Y, named after the comma */
      int own = ns == 1 && k > 0 && r[k - 1].kind == 1 && r[k - 1].tok + 1 == i &&
                (w(c, i - 1, "his") || w(c, i - 1, "her") || w(c, i - 1, "their"));
      size_t lead_at = i > first && (w(c, i - 1, "his") || w(c, i - 1, "her") ||
                                     w(c, i - 1, "their") || w(c, i - 1, "a") ||
                                     w(c, i - 1, "the"))
                           ? i - 1
                           : i;
      int intro = lead_at > first &&
                  (w(c, lead_at - 1, "when") || w(c, lead_at - 1, "while") ||
                   w(c, lead_at - 1, "upon") || w(c, lead_at - 1, "in") ||
                   w(c, lead_at - 1, "during") || w(c, lead_at - 1, "at")) &&
                  (lead_at - 1 == first || c->tk.v[lead_at - 2].kind == TK_PUNCT);
      /* "Talking to X, Y said" (no intro word: the gerund opens the
       * sentence, or follows a dateline's punctuation) */
      intro |= w(c, i, "talking") && lead_at == i &&
               (i == first || c->tk.v[i - 1].kind == TK_PUNCT);
      if ((!ns || own) && no >= 1 && intro) {
        /* the intro phrase ends at its comma; the clause's subject is the
         * person named right after it */
        size_t cm = NONE;
        for (size_t t = i + len; t < end && t < i + len + 24 && cm == NONE; t++) {
          if (clause_break(c, t) || kg_ctx_punct(c, t, '.')) break;
          if (kg_ctx_punct(c, t, ',')) cm = t;
        }
        size_t after = NONE;
        for (size_t j = 0; j < n && cm != NONE && after == NONE; j++) {
          if (r[j].tok <= cm) continue;
          int clean = r[j].tok <= cm + 8 && (r[j].kind == 0 || r[j].kind == 2);
          for (size_t t = cm + 1; t < r[j].tok && clean; t++)
            clean = c->tk.v[t].kind != TK_PUNCT;
          after = clean ? j : n;
        }
        if (after != NONE && after < n && r[after].person != NONE) {
          size_t keep = 0;
          for (size_t x = 0; x < no; x++)
            if (obj[x] != r[after].person) obj[keep++] = obj[x];
          if (keep) {
            no = keep;
            ns = 1;
            subj[0] = r[after].person;
          }
        }
      }
      if ((!ns || own) && no >= 2) {
        int lead = 0;
        for (size_t t = i; t > first && t + 3 > i; t--)
          lead |= w(c, t - 1, "in") || w(c, t - 1, "at") || w(c, t - 1, "during") ||
                  w(c, t - 1, "after") || w(c, t - 1, "before") || w(c, t - 1, "following") ||
                  w(c, t - 1, "when") || w(c, t - 1, "while") || w(c, t - 1, "upon");
        if (lead) {
          ns = 0;
          subj[ns++] = obj[no - 1];
          no--;
        }
      }
      /* an object pronoun ("paid a courtesy call on him") is the person
       * the text was about who is not the subject */
      if (fr0 < n && r[fr0].kind == 1 && r[fr0].tok >= i + len) {
        const char *pk = ctx_key(c, r[fr0].tok);
        if (!strcmp(pk, "him") || !strcmp(pk, "her")) {
          size_t pick = NONE;
          for (size_t j = 0; j < n && r[j].tok < i; j++) {
            int in_subj = 0;
            for (size_t x = 0; x < ns; x++) in_subj |= subj[x] == r[j].person;
            if (r[j].person != NONE && !in_subj) pick = r[j].person;
          }
          if (pick == NONE && e->last_subject != NONE &&
              !(ns && subj[0] == e->last_subject))
            pick = e->last_subject;
          if (pick != NONE) {
            obj[0] = pick;
            if (!no) no = 1;
          }
        }
      }
      /* "X and Y met": both sides in the subject; not "X and Y welcomed
       * the visit", "X and Y met reporters", "met separately" */
      /* "X and Y met via video link": not in person, as "X and Y spoke
       * by phone" */
      int met_remote = 0;
      for (size_t t = i + len; ns >= 2 && !no && t < stop && t < i + len + 12 && !met_remote;
           t++) {
        if (clause_break(c, t) || kg_ctx_punct(c, t, ',')) break;
        met_remote = remote_word(c, t);
      }
      if (ns >= 2 && !no && !met_remote && !w(c, i + len - 1, "with") && self_met(c, i, len)) {
        /* "A, B (both of A's country) and C met": A's compatriots stay on
         * A's side, as in "X and Y discussed" */
        const char *c0 = c->people[subj[0]].country;
        size_t keep = 1;
        for (size_t x = 1; x < ns; x++) {
          const char *cx = c->people[subj[x]].country;
          if (ns >= 3 && c0 && cx == c0 && c->people[subj[x]].country_strength >= 2 &&
              c->people[subj[0]].country_strength >= 2)
            subj[keep++] = subj[x];
          else
            obj[no++] = subj[x];
        }
        ns = keep;
        together = 1;
      }
      together |= multiparty_meeting(c, first, end);
      /* "After meeting with X, Y had lunch": the subject follows */
      if (!ns && no >= 2 && i > first &&
          (w(c, i - 1, "after") || w(c, i - 1, "before") || w(c, i - 1, "following") ||
           w(c, i - 1, "during"))) {
        subj[ns++] = obj[no - 1];
        no--;
      }
      /* "The two leaders then met Z": the two of the meeting told just
       * before (one on each side or both on one) each met Z, except one
       * of Z's own country */
      size_t back_noun = NONE;
      int back = !ns && no ? pair_back(c, first, i, &back_noun) : 0;
      if (back) {
        size_t q = e->n_m;
        while (q > 0 && e->m[q - 1].planned) q--;
        const meeting *pm = q ? &e->m[q - 1] : NULL;
        size_t told = pm ? pm->ev_sent[pm->n_ev - 1] : 0;
        if (pm && pm->n[0] + pm->n[1] == 2 && told < s && told + (back == 2 ? 1 : 3) >= s) {
          size_t two[2] = {pm->side[0][0], pm->side[1][0]};
          if (!pm->n[0]) two[0] = pm->side[1][1];
          if (!pm->n[1]) two[1] = pm->side[0][1];
          /* "The ministers" are two ministers, "the presidents" two
           * presidents */
          int fits = back_noun == NONE ||
                     (plural_fits(c, back_noun, two[0]) && plural_fits(c, back_noun, two[1]));
          for (size_t x = 0; x < no && fits; x++) {
            const char *cz = c->people[obj[x]].country;
            if (!cz || obj[x] == two[0] || obj[x] == two[1]) continue;
            size_t with[2], nw = 0;
            for (int y = 0; y < 2; y++)
              if (c->people[two[y]].country != cz) with[nw++] = two[y];
            kg_date when = sentence_date(c, s, i);
            meeting *m2 = record(e, with, nw, &obj[x], 1, when, planned, s, sentence_place(c, s));
            if (m2) {
              found = 1;
              e->last_object = obj[x];
            }
          }
        }
        no = 0;
      }
      if (!ns && r[k].kind != 0 && no >= 2) {
        subj[ns++] = obj[0];
        memmove(obj, obj + 1, (no - 1) * sizeof *obj);
        no--;
      }
      /* "The delegation called on President X" with no delegation the
       * text placed: no meeting, but X hosts a visit */
      if (!ns && no && k > 0 && r[k - 1].kind == 3 && r[k - 1].person == NONE &&
          (w(c, i, "called") || w(c, i, "calls") || w(c, i, "call") || w(c, i, "visit")))
        for (size_t x = 0; x < no && e->n_udl_host < 8; x++) e->udl_host[e->n_udl_host++] = obj[x];
      if (ns && !no) {
        /* "met a delegation of ..." named later: "The delegation was led
         * by X"; "received the credentials of four new ambassadors" named
         * in the next sentence: "They are A of Chile, B of Nepal ..." */
        for (size_t j = i + 1; j < stop && j < i + len + 12; j++) {
          int envoys = credentials_at(c, j) && envoys_named_later(c, j, stop);
          if (envoys || w(c, j, "delegation") || w(c, j, "group") || w(c, j, "team")) {
            meeting *m;
            KG_GROW(e->m, e->cap_m, e->n_m + 1);
            m = &e->m[e->n_m++];
            memset(m, 0, sizeof *m);
            for (size_t x = 0; x < ns; x++) side_add(m, 0, subj[x]);
            m->date = sentence_date(c, s, i);
            m->planned = planned;
            m->sent = s;
            m->place = sentence_place(c, s);
            m->ent = NONE;
            m->wants_delegation = envoys ? 2 : 1;
            add_ev(m, s);
            break;
          }
        }
      }
      break;
    }
    case FR_PASSIVE:
      no = subject_group(c, r, n, first, i, obj, MAX_SIDE);
      ns = group(r, k, kend, subj, MAX_SIDE);
      break;
    case FR_SYMMETRIC:
    case FR_NOUN: {
      /* "X and Y discussed", "a meeting between X and Y", "the meeting of X
       * and Y" */
      size_t all[MAX_SIDE], na;
      int listed = 0; /* "between X and Y": the text names the two sides */
      na = 0;
      if (fr == FR_NOUN && (w(c, i + 1, "between") || w(c, i + 1, "of") ||
                            w(c, i + 2, "between") || w(c, i + 1, "by"))) {
        size_t fr0;
        na = object_group(c, r, n, i + 1, stop, all, MAX_SIDE, &fr0, 0, 1);
        listed = na >= 2;
      }
      if (fr == FR_NOUN && !listed) {
        /* "X, Y and Z arrive for the cabinet meeting": people of
         * different countries in one meeting */
        na = subject_group(c, r, n, first, i, all, MAX_SIDE);
        int arrive = 0;
        for (size_t j = first; j < i; j++)
          arrive |= w(c, j, "arrive") || w(c, j, "arrived") || w(c, j, "attend") ||
                    w(c, j, "attended") || w(c, j, "attends");
        /* "X and Y held a bilateral meeting", "had talks" */
        for (size_t j = i; j > first && j + 4 > i && !arrive; j--) {
          size_t p = j - 1;
          if (w(c, p, "held") || w(c, p, "had") || w(c, p, "hold") || w(c, p, "holds"))
            arrive = 1;
          /* "X and Y agreed ... during talks in Tokyo", "at their meeting" */
          else if (w(c, p, "during") ||
                   (w(c, p, "their") && p > first &&
                    (w(c, p - 1, "during") || w(c, p - 1, "at") || w(c, p - 1, "in"))))
            arrive = 1;
          else if (!(w(c, p, "a") || w(c, p, "an") || w(c, p, "bilateral") ||
                     w(c, p, "trilateral") || w(c, p, "separate") || w(c, p, "private") ||
                     w(c, p, "closed-door") || w(c, p, "one-on-one") || w(c, p, "official") ||
                     w(c, p, "formal") || w(c, p, "also")))
            break;
        }
        /* "A, B and C attended the summit": a gathering of many parties,
         * no encounter of each pair ("X and Y held a summit" is one) */
        if (arrive && w(c, i, "summit") && na >= 3) {
          int held = 0;
          for (size_t j = first; j < i; j++)
            held |= w(c, j, "held") || w(c, j, "had") || w(c, j, "hold") || w(c, j, "holds");
          if (!held) arrive = 0;
        }
        /* "X told Y during their meeting that ...", "X assured Y at their
         * talks": "their" is the two people named before it in the
         * clause, whatever joins them */
        if (arrive && na < 2 && i >= first + 2 && w(c, i - 1, "their") &&
            (w(c, i - 2, "during") || w(c, i - 2, "at") || w(c, i - 2, "in"))) {
          size_t two[3], n2 = 0;
          for (size_t j = 0; j < k && n2 < 3; j++) {
            if (r[j].person == NONE) continue;
            int dup = 0;
            for (size_t x = 0; x < n2; x++) dup |= two[x] == r[j].person;
            if (!dup) two[n2++] = r[j].person;
          }
          if (n2 == 2) {
            all[0] = two[0];
            all[1] = two[1];
            na = 2;
            listed = 1;
          }
        }
        if (!arrive) na = 0;
        /* "between" further on: "held virtually between X and Y" */
        for (size_t j = i + 1; j < stop && j < i + 8 && !na; j++)
          if (w(c, j, "between")) {
            size_t fr0;
            na = object_group(c, r, n, j + 1, stop, all, MAX_SIDE, &fr0, 0, 1);
            listed = 1;
          }
      } else if (fr != FR_NOUN) {
        na = subject_group(c, r, n, first, i, all, MAX_SIDE);
      }
      if (na < 2) break;
      /* "X and Y spoke by phone", "talks between X and Y via video link":
       * not in person */
      {
        int remote = 0;
        for (size_t t = i + len; t < stop && t < i + len + 16 && !remote; t++) {
          if (clause_break(c, t) || kg_ctx_punct(c, t, ',')) break;
          remote = remote_word(c, t); /* "held virtually" stays a meeting (the dev gold) */
        }
        if (remote) break;
      }
      /* sides by country when known and different, else the first of the
       * list against the rest */
      const char *c0 = c->people[all[0]].country;
      for (size_t x = 0; x < na; x++) {
        const char *cx = c->people[all[x]].country;
        if (x == 0 || (c0 && cx && cx == c0) || (!c0 && x == 0))
          subj[ns++] = all[x];
        else
          obj[no++] = all[x];
      }
      if (!no && na >= 2 && (fr == FR_SYMMETRIC || listed)) {
        ns = 1;
        for (size_t x = 1; x < na; x++) obj[no++] = all[x];
      }
      if (fr == FR_NOUN && !listed) {
        /* group meetings pair only people of different known countries */
        size_t keep = 0;
        for (size_t x = 0; x < no; x++)
          if (c->people[obj[x]].country && c0 && c->people[obj[x]].country != c0)
            obj[keep++] = obj[x];
        no = keep;
      }
      break;
    }
    case FR_ATTEND:
    case FR_JOINED: {
      /* attendees join the side of their country, else the host's */
      size_t att[MAX_SIDE], na;
      if (fr == FR_JOINED) {
        na = group(r, k, kend, att, MAX_SIDE);
        size_t host[MAX_SIDE];
        size_t nh = subject_group(c, r, n, first, i, host, MAX_SIDE);
        if (!nh && na && plural_subject(c, first, i) && e->n_m) {
          /* "They were joined by Z": the meeting just told */
          size_t q = e->n_m;
          while (q > 0 && e->m[q - 1].planned) q--;
          if (!q || e->m[q - 1].sent + 2 < s) break;
          const char *c0 = group_country(c, e->m[q - 1].side[0], e->m[q - 1].n[0]);
          const char *c1 = group_country(c, e->m[q - 1].side[1], e->m[q - 1].n[1]);
          int placed = na == 2 && c0 && c1 && c0 != c1; /* each serves a side's country */
          for (size_t x = 0; x < na && placed; x++) {
            const kg_xperson *ap = &c->people[att[x]];
            placed = ap->country_strength >= 2 && (ap->country == c0 || ap->country == c1);
          }
          placed &= na == 2 && c->people[att[0]].country != c->people[att[1]].country;
          if (!placed && k < n && group_office(c, i, r[k].tok)) {
            /* "joined by the countries' defence ministers, A and B": one
             * of each side, which the text does not say; only that the two
             * met each other */
            if (na == 2) {
              meeting *pm = record(e, &att[0], 1, &att[1], 1, e->m[q - 1].date, 0, s,
                                   e->m[q - 1].place);
              if (pm) add_ev(pm, s);
            }
          } else
            add_attendees(e, q - 1, att, na, s);
          found = 1;
          break;
        }
        if (!nh) break;
        /* the latest meeting of the host that took place ("met ... to
         * discuss" also records a planned one) */
        for (size_t m = e->n_m; m-- > 0;) {
          meeting *mm = &e->m[m];
          if (mm->planned) continue;
          int hs = in_side(mm, 0, host[0]) ? 0 : in_side(mm, 1, host[0]) ? 1 : -1;
          if (hs < 0) continue;
          /* "X and Y were joined by A of X's country and B of Y's", X and
           * Y on the two sides: each attendee joins the side of its own
           * country, not X's */
          int both = 0;
          for (size_t h = 1; h < nh; h++) both |= in_side(mm, 1 - hs, host[h]);
          for (size_t x = 0; x < na; x++) {
            if (!both) side_add(mm, hs, att[x]);
            if (e->n_joined < 16) e->joined[e->n_joined++] = att[x];
          }
          if (both)
            add_attendees(e, m, att, na, s);
          else
            add_ev(mm, s);
          break;
        }
        found = 1;
        break;
      }
      /* "attended by Z" after the trigger, "Z was present" before it */
      int presence = w(c, i, "present") || w(c, i, "attendance");
      /* attendees written after: "attended (, on the X side,) by Z", "in
       * the presence of Z" */
      int after = w(c, i + len - 1, "by") || w(c, i, "presence");
      int before = presence || !after;
      if (before) na = subject_group(c, r, n, first, i, att, MAX_SIDE);
      else na = 0;
      if (!na) na = group(r, k, kend, att, MAX_SIDE);
      /* "The meeting, chaired by D, was attended by A and B": the chair
       * hosts; an attendee of another stated country sits on the other
       * side (one of the chair's country, or of none stated, is the
       * chair's own side: no pair). A chair not in the last meeting told
       * holds a new one, and its attendees stay out of the old. */
      if (na && after && !presence) {
        int bare;
        size_t ch = meeting_chair(c, r, n, first, i, &bare);
        const meeting *lm = e->n_m ? &e->m[e->n_m - 1] : NULL;
        /* "The meeting, chaired by D" right after a meeting told: that
         * meeting (the attendees join it as before) */
        int recent = lm && bare && lm->ev_sent[lm->n_ev - 1] + 2 >= s;
        if (ch != NONE && !recent && !(lm && (in_side(lm, 0, ch) || in_side(lm, 1, ch)))) {
          const kg_xperson *cp = &c->people[ch];
          size_t other[MAX_SIDE], no2 = 0;
          for (size_t x = 0; x < na && explicit_country(cp); x++)
            if (att[x] != ch && explicit_country(&c->people[att[x]]) &&
                c->people[att[x]].country != cp->country)
              other[no2++] = att[x];
          if (no2)
            record(e, &ch, 1, other, no2, sentence_date(c, s, i), planned_at(c, first, i), s,
                   sentence_place(c, s));
          found = 1;
          break;
        }
      }
      if (!na || !e->n_m) break;
      /* "The meeting was attended by": the meeting of this or a recent
       * sentence */
      size_t i_mm = e->n_m - 1;
      /* "The meeting was attended by Z" after "Earlier, X welcomed Y" or
       * "X received Y before the talks": the meeting told before that
       * aside */
      if (i_mm > 0 && e->m[i_mm].sent < s && aside(c, e->m[i_mm].sent)) {
        size_t q = i_mm;
        while (q > 0 && (e->m[q - 1].planned || e->m[q - 1].sent == e->m[i_mm].sent)) q--;
        if (q > 0 && e->m[q - 1].sent + 6 >= s) i_mm = q - 1;
      }
      /* "in the presence of Z" joins the meeting its own sentence told
       * (one the headline told first is that one too) */
      if (w(c, i, "presence")) {
        size_t q = e->n_m;
        while (q > 0) {
          const meeting *o = &e->m[--q];
          int here = 0;
          for (size_t v = 0; v < o->n_ev; v++) here |= o->ev_sent[v] == s;
          if (here && !o->planned) {
            q++;
            break;
          }
        }
        /* "The audience took place ... in the presence of Z": the
         * meeting the sentence before told */
        if (!q && w(c, first, "the") && (meeting_noun(c, first + 1) || w(c, first + 1, "audience"))) {
          q = e->n_m;
          while (q > 0 && e->m[q - 1].planned) q--;
          if (q && e->m[q - 1].ev_sent[e->m[q - 1].n_ev - 1] + 1 < s) q = 0;
        }
        if (!q) break;
        i_mm = q - 1;
      }
      meeting *mm = &e->m[i_mm];
      int definite = 0; /* "The meeting, also attended by" */
      for (size_t t = first; t + 1 < i; t++)
        definite |= w(c, t, "the") && (w(c, t + 1, "meeting") || w(c, t + 1, "talks"));
      definite |= !presence && !after &&
                  !(w(c, i, "attending") && (w(c, i + 1, "were") || w(c, i + 1, "was")));
      if (s > mm->sent + 6 && !definite) break;
      if (!definite && gathering_since(c, mm->sent, s, i)) break;
      if (body_meeting_since(c, mm->sent, s, i)) break;
      add_attendees(e, i_mm, att, na, s);
      /* "The meetings were attended by Z": every meeting of the same visit
       * in the sentences before */
      int plural = 0;
      for (size_t t = first; t < i && !plural; t++) plural = w(c, t, "meetings");
      for (size_t q = i_mm; plural && q-- > 0;) {
        const meeting *o = &e->m[q], *last = &e->m[i_mm];
        if (o->sent + 6 < s) break;
        if (o->planned == last->planned && share_person(o, last)) add_attendees(e, q, att, na, s);
      }
      found = 1;
      break;
    }
    }
    /* "X met Y and X's compatriot Z" ("Lavrov met Wang Yi and Russian
     * Ambassador Morgulov", "met Y, with Russian Ambassador Z also in
     * attendance"): an object of the subject's stated country, beside an
     * object of another stated country, sat on the subject's side; not
     * when the meetings were separate */
    if (fr == FR_ACTIVE && ns && no >= 2 && !w(c, i, "separately")) {
      const char *cs = group_country(c, subj, ns);
      int other = 0, sep = 0;
      for (size_t x = 0; x < no && cs; x++)
        other |= explicit_country(&c->people[obj[x]]) && c->people[obj[x]].country != cs;
      for (size_t t = first; t < end && other; t++)
        sep |= w(c, t, "separately") || w(c, t, "separate");
      if (cs && other && !sep) {
        size_t keep = 0;
        for (size_t x = 0; x < no; x++) {
          const kg_xperson *op = &c->people[obj[x]];
          /* the country stated here, before the name ("Russian Ambassador
           * Z", "Russia's ambassador, Z"), not only in another mention */
          int here = 0;
          for (size_t j = k; j < kend && !here; j++) {
            if (r[j].person != obj[x]) continue;
            size_t from = j > k ? r[j - 1].end : i + len;
            /* the title phrase right before the name: titles, ranks,
             * countries, "the", a possessive, an apposition's comma */
            for (size_t t = r[j].tok; t > from && t + 12 > r[j].tok && !here;) {
              kg_chunk *q = chunk(c, t - 1);
              if (q && (q->type == CH_TITLE || q->type == CH_RANK || q->type == CH_HON ||
                        q->type == CH_COUNTRY)) {
                here = q->country == cs;
                t = q->first;
              } else if (w(c, t - 1, "the") || c->tk.v[t - 1].kind == TK_POSS ||
                         kg_ctx_punct(c, t - 1, ',')) {
                t--;
              } else {
                break;
              }
            }
          }
          if (here && explicit_country(op) && op->country == cs && ns < MAX_SIDE)
            subj[ns++] = obj[x];
          else
            obj[keep++] = obj[x];
        }
        no = keep;
      }
    }
    if (ns && no && (fr == FR_ACTIVE || fr == FR_SYMMETRIC || fr == FR_NOUN)) {
      size_t both[2 * MAX_SIDE], nb = 0;
      for (size_t x = 0; x < ns; x++) both[nb++] = subj[x];
      for (size_t x = 0; x < no; x++) both[nb++] = obj[x];
      if (remote_talk(c, s, i, both, nb)) ns = no = 0;
    }
    if (ns && no) {
      /* an active verb needs a person object; subjects not objects */
      size_t o2[MAX_SIDE], n2 = 0;
      for (size_t x = 0; x < no; x++) {
        int dup = 0;
        for (size_t y = 0; y < ns; y++) dup |= subj[y] == obj[x];
        if (!dup) o2[n2++] = obj[x];
      }
      size_t who[2 * MAX_SIDE], nwho = 0;
      for (size_t x = 0; x < ns; x++) who[nwho++] = subj[x];
      for (size_t x = 0; x < n2; x++) who[nwho++] = o2[x];
      kg_date when = sentence_date_of(c, s, i, who, nwho);
      if (planned) when = ahead(c, s, when);
      meeting *m = record(e, subj, ns, o2, n2, when, planned, s, sentence_place(c, s));
      if (m) {
        found = 1;
        e->last_object = o2[0];
        note_guest(e, fr, c, i, subj, ns, o2, n2);
        if (e->guest_tok == i && e->last_guest != NONE)
          m->guest_side = in_side(m, 0, e->last_guest)   ? 1
                          : in_side(m, 1, e->last_guest) ? 2
                                                         : m->guest_side;
        /* "X received Y, accompanied by Z" */
        if (fr == FR_ACTIVE && ns == 1 && n2 >= 1) {
          size_t after = 0;
          for (size_t j = k; j < kend; j++)
            for (size_t x = 0; x < n2; x++)
              if (r[j].person == o2[x] && r[j].end > after) after = r[j].end;
          if (after) company_after_object(e, m, r, n, after, stop, s);
        }
        /* three parties or more, each of its own country, met together
         * (GOLD-FORMAT: a trilateral lists every pair): the people of
         * one side meet each other too */
        if (together && nwho >= 3 && distinct_parties(c, who, nwho))
          for (size_t x = 0; x < nwho; x++)
            for (size_t y = x + 1; y < nwho; y++) {
              int same = (x < ns) == (y < ns);
              if (!same) continue;
              meeting *m2 = record(e, &who[x], 1, &who[y], 1, when, planned, s,
                                   sentence_place(c, s));
              if (m2) add_ev(m2, s);
            }
      }
    }
    i += len - 1;
  }
  /* "Indian High Commissioner Z accompanied the army chief during the
   * meetings": Z sat on X's side of X's meeting just told (of every
   * meeting of X told in the six sentences before, for "meetings") */
  for (size_t t = first + 1; t + 3 < end; t++) {
    if (!(w(c, t, "accompanied") || w(c, t, "accompanies"))) continue;
    if (w(c, t - 1, "was") || w(c, t - 1, "were") || w(c, t - 1, "is") || w(c, t + 1, "by"))
      continue;
    size_t zs[MAX_SIDE];
    size_t nz = subject_group(c, r, n, first, t, zs, MAX_SIDE);
    size_t x = NONE, xe = 0;
    for (size_t j = 0; j < n; j++)
      if (r[j].tok > t) {
        if (r[j].tok < t + 8 && r[j].person != NONE) {
          x = r[j].person;
          xe = r[j].end;
        }
        break;
      }
    if (!nz || x == NONE) continue;
    size_t u = xe;
    if (!(w(c, u, "during") || w(c, u, "at") || w(c, u, "in"))) continue;
    u++;
    if (w(c, u, "the") || w(c, u, "his") || w(c, u, "her") || w(c, u, "all") ||
        w(c, u, "both"))
      u++;
    if (!meeting_noun(c, u)) continue;
    int plural = w(c, u, "meetings") || w(c, u, "talks") || w(c, u, "discussions");
    for (size_t q = e->n_m; q-- > 0;) {
      meeting *mm = &e->m[q];
      if (mm->planned) continue;
      if (mm->sent + 6 < s) break;
      int sd = in_side(mm, 0, x) ? 0 : in_side(mm, 1, x) ? 1 : -1;
      if (sd < 0) continue;
      int added = 0;
      for (size_t y = 0; y < nz; y++)
        if (zs[y] != x && !in_side(mm, 0, zs[y]) && !in_side(mm, 1, zs[y])) {
          side_add(mm, sd, zs[y]);
          added = 1;
        }
      if (added) add_ev(mm, s);
      if (!plural) break;
    }
    break;
  }
  {
    size_t la, lb;
    if (side_leaders(c, s, r, n, &la, &lb)) {
      /* the date nearest the leaders (after a dateline's) */
      kg_date when = sentence_date(c, s, end - 1);
      meeting *m2 = record(e, &la, 1, &lb, 1, when, 0, s, sentence_place(c, s));
      if (m2) found = 1;
    }
  }
  /* "The delegation was led by X" completes a meeting with a delegation */
  for (size_t i = first; i + 3 < end; i++) {
    if (!(w(c, i, "delegation") && (w(c, i + 2, "led") || w(c, i + 2, "headed")) &&
          w(c, i + 3, "by")))
      continue;
    for (size_t j = 0; j < n; j++)
      if (r[j].tok > i + 3 && r[j].person != NONE) {
        note_leader(e, r[j].person);
        for (size_t m = e->n_m; m-- > 0;)
          if (e->m[m].wants_delegation && !e->m[m].n[1]) {
            side_add(&e->m[m], 1, r[j].person);
            add_ev(&e->m[m], s);
            e->m[m].wants_delegation = 0;
            break;
          }
        break;
      }
  }
  /* "The Russian side was represented by A and B", "The Chinese
   * delegation (also) included A and B": A and B join the side of that
   * country in the meeting just told, when one side (and only one) is of
   * that country and the other of another; "The Ghanaian leader was
   * accompanied by Z" likewise */
  if (first + 4 < end && w(c, first, "the")) {
    kg_chunk *q = chunk(c, first + 1);
    size_t v = q && q->type == CH_COUNTRY && q->first == first + 1 && q->country ? q->end : 0;
    size_t a = 0;
    /* "The Ghanaian leader", "The Ghanaian President": a title of that
     * country, read as one chunk (its last word a role word below, not
     * "ambassador") */
    int titled = q && q->type == CH_TITLE && q->first == first + 1 && q->country && !q->intl &&
                 q->end < end;
    if (titled) v = q->end - 1;
    if (v) {
      /* "The Ghanaian leader was accompanied by Z": a role word for the
       * side's person */
      int side = !titled && (w(c, v, "side") || w(c, v, "delegation"));
      int role = w(c, v, "leader") || w(c, v, "president") || w(c, v, "premier") ||
                 w(c, v, "minister") || w(c, v, "guest") || w(c, v, "visitor") ||
                 w(c, v, "counterpart");
      size_t b = v + 1;
      int be = w(c, b, "was") || w(c, b, "were");
      if (be) b++;
      if (w(c, b, "also")) b++;
      if ((side || role) && be && w(c, b, "accompanied") && w(c, b + 1, "by")) a = b + 2;
      else if (side && be && w(c, b, "represented") && w(c, b + 1, "by")) a = b + 2;
      else if (side && !be && (w(c, b, "included") || w(c, b, "comprised") || w(c, b, "includes")))
        a = b + 1;
      else if (side && !be && w(c, b, "consisted") && w(c, b + 1, "of")) a = b + 2;
    }
    {
      size_t q_mm = e->n_m;
      while (a && q_mm > 0 && e->m[q_mm - 1].planned) q_mm--;
      if (a && q_mm && e->m[q_mm - 1].sent + 2 >= s) {
        meeting *mm = &e->m[q_mm - 1];
        const char *g0 = group_country(c, mm->side[0], mm->n[0]);
        const char *g1 = group_country(c, mm->side[1], mm->n[1]);
        /* exactly one side is of that country (the other may be unplaced) */
        int sd = g0 == g1 ? -1 : g0 == q->country ? 0 : g1 == q->country ? 1 : -1;
        size_t k0 = 0;
        while (k0 < n && r[k0].tok < a) k0++;
        /* the members stop at another clause ("while", "who", ";") */
        size_t stop = a;
        while (stop < end && !clause_break(c, stop)) stop++;
        size_t k1 = k0;
        while (k1 < n && r[k1].tok < stop) k1++;
        size_t att[MAX_SIDE], na = sd < 0 ? 0 : group(r, k0, k1, att, MAX_SIDE);
        int added = 0;
        for (size_t x = 0; x < na; x++) {
          const kg_xperson *ap = &c->people[att[x]];
          /* one of another country named among them stays out */
          if (ap->country && ap->country_strength >= 2 && ap->country != q->country) continue;
          if (in_side(mm, 0, att[x]) || in_side(mm, 1, att[x])) continue;
          side_add(mm, sd, att[x]);
          added = 1;
        }
        if (added) add_ev(mm, s);
      }
    }
  }
  /* "They are A of Chile, B of Nepal and C of Nigeria": the envoys whose
   * credentials the sentence before received */
  if (envoy_list(c, first, end))
    for (size_t m = e->n_m; m-- > 0;) {
      meeting *mm = &e->m[m];
      if (mm->sent + 1 < s) break;
      if (mm->wants_delegation != 2 || mm->n[1]) continue;
      for (size_t j = 0; j < n; j++) {
        if (r[j].person != NONE && r[j].kind == 0 && !in_side(mm, 0, r[j].person))
          side_add(mm, 1, r[j].person);
      }
      if (mm->n[1]) add_ev(mm, s);
      mm->wants_delegation = 0;
      break;
    }
  KG_UNUSED(found);
  /* the subject of this sentence is what later pronouns refer to */
  /* the subject of this sentence (a person named before its first verb)
   * is what later pronouns refer to; a surname the text never gave in
   * full as the subject ("X met his counterparts"): no one it knows */
  size_t named = end;
  for (size_t j = 0; j < n && named == end; j++)
    if (r[j].person != NONE) named = r[j].tok;
  if (unnamed_subject(c, first, named)) e->last_subject = NONE;
  for (size_t j = 0; j < n && !unnamed_subject(c, first, named); j++) {
    if (r[j].person == NONE || c->people[r[j].person].credit) continue;
    int verb_before = 0;
    for (size_t t = first; t < r[j].tok && !verb_before; t++) {
      size_t l2;
      verb_before = (is_word(c, t) && (c->tk.v[t].flags & TF_LOWER) &&
                     kg_ctx_has(c, t, LX_SPEECH)) ||
                    trig(c, t, end, &l2) == FR_ATTEND || w(c, t, "was") || w(c, t, "were");
    }
    if (!verb_before && (r[j].kind == 0 || r[j].kind == 2)) e->last_subject = r[j].person;
    break;
  }
}

static const char *sentence_text(evctx *e, size_t s);

/* ---- other events -------------------------------------------------------------- */

/* What kind of event a word announces, with its CAMEO code. */
static const char *event_kind(kg_ctx *c, size_t i, const char **cameo) {
  if (!is_word(c, i) || !event_word(c, i)) return NULL;
  if (w(c, i, "visit") || w(c, i, "visited") || w(c, i, "visits") ||
      w(c, i, "visiting")) {
    *cameo = "042";
    return "visit";
  }
  if (w(c, i, "signed") || w(c, i, "sign") || w(c, i, "signing") || w(c, i, "inked")) {
    *cameo = "057";
    return "agreement";
  }
  if (w(c, i, "exercise") || w(c, i, "exercises") || w(c, i, "drills") ||
      w(c, i, "drill") || w(c, i, "manoeuvres") || w(c, i, "maneuvers")) {
    *cameo = "150";
    return "exercise";
  }
  if (w(c, i, "ceremony") || w(c, i, "parade") || w(c, i, "wreath") ||
      w(c, i, "wreath-laying") || w(c, i, "commemoration")) {
    *cameo = "010";
    return "ceremony";
  }
  if (w(c, i, "war") || w(c, i, "conflict") || w(c, i, "invasion") ||
      w(c, i, "hostilities")) {
    *cameo = "190";
    return "conflict";
  }
  return NULL;
}

/* "Y, who is visiting Oman", "Y, Chief of the Defence Staff, who is on an
 * official visit to Oman": the person named before the relative clause
 * that holds the visit word at i, or NONE. */
static size_t relative_visitor(kg_ctx *c, size_t first, size_t i) {
  size_t h = i;
  /* lower-case words, and the place of "who arrived in Moscow on a visit" */
  while (h > first && h + 10 > i && !w(c, h - 1, "who")) {
    kg_chunk *k = chunk(c, h - 1);
    if (k && (k->type == CH_PLACE || k->type == CH_COUNTRY) && k->first > first) {
      h = k->first;
      continue;
    }
    if (!(c->tk.v[h - 1].flags & TF_LOWER)) return NONE;
    h--;
  }
  if (h < first + 3 || !w(c, h - 1, "who") || !kg_ctx_punct(c, h - 2, ',')) return NONE;
  size_t p = h - 2; /* the comma */
  kg_chunk *k = chunk(c, p - 1);
  /* an office in apposition between the name and "who" */
  if (k && k->type == CH_TITLE && k->end == p && k->first > first + 1 &&
      kg_ctx_punct(c, k->first - 1, ',')) {
    p = k->first - 1;
    k = chunk(c, p - 1);
  }
  return k && k->type == CH_NAME && k->end == p && k->ent != NONE ? k->ent : NONE;
}

/* "Z received X during his visit to the UAE", "Z welcomed X on a state
 * visit", "on the occasion of his state visit": a visit phrase after the
 * host's verb is the one received's, so the guest the verb noted visits (a
 * visit told before the verb, "During his visit to Kenya, X received Y",
 * is the subject's). NONE if the sentence has no such verb before the
 * visit noun at i. */
static size_t hosted_visitor(evctx *e, size_t first, size_t i) {
  kg_ctx *c = e->c;
  if (e->guest_tok == NONE || e->guest_tok < first || e->guest_tok >= i) return NONE;
  if (!w(c, i, "visit") && !w(c, i, "visits")) return NONE;
  for (size_t t = i; t > first && t + 7 > i; t--) {
    if (w(c, t - 1, "on") || w(c, t - 1, "during") || w(c, t - 1, "for") ||
        w(c, t - 1, "amid") || w(c, t - 1, "of"))
      return e->last_guest;
    if (!(c->tk.v[t - 1].flags & TF_LOWER)) break;
  }
  return NONE;
}

static void other_events(evctx *e, size_t s) {
  kg_ctx *c = e->c;
  size_t first = c->sents[s].first, end = c->sents[s].end;
  for (size_t i = first; i < end; i++) {
    /* event_kind's first test without the call: most tokens are no event
     * word */
    if (!is_word(c, i) || !event_word(c, i)) continue;
    const char *cameo = NULL;
    const char *kind = event_kind(c, i, &cameo);
    if (!kind || negated(c, first, i)) continue;
    /* "the visit", "during this visit": an event told before */
    if (i > first && (w(c, i - 1, "the") || w(c, i - 1, "this") || w(c, i - 1, "that") ||
                      (i > first + 1 && (w(c, i - 2, "the") || w(c, i - 2, "this")) &&
                       (w(c, i - 1, "official") || w(c, i - 1, "state") ||
                        w(c, i - 1, "working")))) &&
        !w(c, i + 1, "to") && !w(c, i + 1, "of"))
      continue;
    /* "signed" needs something signed */
    if (!strcmp(kind, "agreement")) {
      int obj = 0;
      for (size_t j = i + 1; j < end && j < i + 10; j++) {
        const char *w2 = ctx_key(c, j);
        obj |= strstr(w2, "agreement") || strstr(w2, "memorand") || strstr(w2, "declaration") ||
               strstr(w2, "protocol") || strstr(w2, "treaty") || strstr(w2, "pact") ||
               strstr(w2, "plan") || strstr(w2, "deal") || strstr(w2, "mou") ||
               strstr(w2, "accord") || strstr(w2, "contract") || strstr(w2, "convention");
      }
      for (size_t j = first; j < i && !obj; j++) {
        const char *w2 = ctx_key(c, j);
        obj |= strstr(w2, "agreement") || strstr(w2, "declaration") || strstr(w2, "protocol") ||
               strstr(w2, "treaty") || strstr(w2, "pact") || strstr(w2, "document");
      }
      if (!obj) continue;
    }
    /* a state visit is one event per visitor and destination */
    if (e->n_o >= 256) return;
    KG_GROW(e->o, e->cap_o, e->n_o + 1);
    other_event *ev = &e->o[e->n_o];
    memset(ev, 0, sizeof *ev);
    ev->subtype = kind;
    ev->cameo = cameo;
    ev->planned = planned_at(c, first, i);
    ev->sent = s;
    ev->place = NONE;
    ev->date = sentence_date(c, s, i);
    /* "At the invitation of X, Y will visit": X hosts, Y visits; the
     * visitor comes first among the participants */
    size_t inv_a = NONE, inv_b = NONE;
    for (size_t j = first; j + 1 < i; j++)
      if (w(c, j, "invitation") && (w(c, j + 1, "of") || w(c, j + 1, "from"))) {
        inv_a = j + 2;
        inv_b = inv_a;
        while (inv_b < i && !kg_ctx_punct(c, inv_b, ',')) inv_b++;
        break;
      }
    /* participants: people, institutions and countries of the clause */
    for (size_t j = first; j < end; j++) {
      kg_chunk *k = chunk(c, j);
      if (!k || k->first != j) continue;
      if (inv_a != NONE && j >= inv_a && j < inv_b) continue;
      if (k->type == CH_NAME && k->ent != NONE && ev->n_people < MAX_SIDE) {
        int dup = 0;
        for (size_t x = 0; x < ev->n_people; x++) dup |= ev->people[x] == k->ent;
        if (!dup) ev->people[ev->n_people++] = k->ent;
      } else if (k->type == CH_PRON && j < i && !ev->n_people && e->last_subject != NONE) {
        ev->people[ev->n_people++] = e->last_subject;
      } else if (k->type == CH_INST && k->ent != NONE && ev->n_insts < 8) {
        /* the agency of the dateline reports the event, it takes no part */
        const char *ik = c->insts[k->ent].kind;
        if (!ik || strcmp(ik, "media")) ev->insts[ev->n_insts++] = k->ent;
      } else if (k->type == CH_COUNTRY && k->country && ev->n_countries < 8) {
        int dup = 0;
        for (size_t x = 0; x < ev->n_countries; x++) dup |= ev->countries[x] == k->country;
        if (!dup) ev->countries[ev->n_countries++] = k->country;
      }
      /* the destination: "visit to Pakistan", "in Baku", "visited
       * Uzbekistan" */
      if ((k->type == CH_PLACE || (k->type == CH_COUNTRY && !k->demonym)) && j > i &&
          ev->place == NONE && j >= 1 &&
          (w(c, j - 1, "to") || w(c, j - 1, "in") || w(c, j - 1, "at") ||
           (j == i + 1 && (w(c, i, "visited") || w(c, i, "visits") || w(c, i, "visiting")))))
        ev->place = (size_t)(k - c->ch);
    }
    /* "met with visiting Prime Minister X": X is the visitor; so is Y in
     * "received Y, who is visiting Oman" */
    if (!strcmp(kind, "visit") && ev->n_people > 1) {
      size_t v = NONE;
      for (size_t j = i + 1; w(c, i, "visiting") && j < end && j < i + 12 && v == NONE; j++) {
        kg_chunk *k = chunk(c, j);
        if (k && k->type == CH_NAME && k->ent != NONE) v = k->ent;
        else if (!k && !is_word(c, j)) break;
        else if (k) j = k->end - 1;
      }
      if (v == NONE) v = relative_visitor(c, first, i);
      if (v == NONE) v = hosted_visitor(e, first, i);
      for (size_t x = 1; v != NONE && x < ev->n_people; x++)
        if (ev->people[x] == v) {
          memmove(ev->people + 1, ev->people, x * sizeof *ev->people);
          ev->people[0] = v;
          break;
        }
    }
    for (size_t j = inv_a; inv_a != NONE && j < inv_b; j++) {
      kg_chunk *k = chunk(c, j);
      if (!k || k->first != j || k->type != CH_NAME || k->ent == NONE) continue;
      int dup = 0;
      for (size_t x = 0; x < ev->n_people; x++) dup |= ev->people[x] == k->ent;
      if (!dup && ev->n_people < MAX_SIDE) ev->people[ev->n_people++] = k->ent;
    }
    if (!ev->n_people && !ev->n_insts && !ev->n_countries && ev->place == NONE) continue;
    /* the same visit reported again: same kind, same first person, same
     * destination */
    int dup = 0;
    for (size_t x = 0; x < e->n_o && !dup; x++) {
      other_event *o = &e->o[x];
      if (strcmp(o->subtype, ev->subtype) || o->planned != ev->planned) continue;
      const char *pa = o->place != NONE ? c->ch[o->place].country : NULL;
      const char *pb = ev->place != NONE ? c->ch[ev->place].country : NULL;
      if (o->n_people && ev->n_people && o->people[0] == ev->people[0] &&
          (pa == pb || !pb) && dates_compatible(o->date, ev->date))
        dup = 1;
    }
    if (dup) continue;
    char *text = kg_ctx_span_text(c, i, i + 1);
    kg_buf name = KG_BUF_INIT;
    kg_buf_puts(&name, ev->planned ? "planned " : "");
    kg_buf_puts(&name, kind);
    if (ev->n_people) kg_buf_printf(&name, ": %s", c->people[ev->people[0]].name);
    else if (ev->n_insts) kg_buf_printf(&name, ": %s", c->insts[ev->insts[0]].label);
    else if (ev->n_countries) kg_buf_printf(&name, ": %s", ev->countries[0]);
    for (size_t x = 1; x < ev->n_countries && x < 3 && !ev->n_people; x++)
      kg_buf_printf(&name, ", %s", ev->countries[x]);
    if (ev->place != NONE) {
      char *pl = kg_ctx_span_text(c, c->ch[ev->place].first, c->ch[ev->place].end);
      kg_buf_printf(&name, " (%s)", pl);
      free(pl);
    }
    ev->name = kg_buf_detach(&name);
    free(text);
    e->n_o++;
    /* one event of each kind per sentence */
    while (i + 1 < end) {
      const char *c2 = NULL;
      const char *k2 = event_kind(c, i + 1, &c2);
      if (!k2 || strcmp(k2, kind)) break;
      i++;
    }
  }
}

/* ":N", as kg_buf_printf ":%zu" wrote it, without the printf machinery
 * (once per event). */
static void put_count(kg_buf *b, size_t v) {
  char d[24];
  size_t n = 0;
  do {
    d[sizeof d - 1 - n++] = (char)('0' + v % 10);
    v /= 10;
  } while (v);
  d[sizeof d - 1 - n++] = ':';
  kg_buf_append(b, d + sizeof d - n, n);
}

static void emit_others(evctx *e, size_t *n_ev) {
  kg_ctx *c = e->c;
  kg_facts *f = c->out;
  for (size_t i = 0; i < e->n_o; i++) {
    other_event *ev = &e->o[i];
    kg_buf key = KG_BUF_INIT;
    kg_buf_puts(&key, "event:");
    kg_slug_append(&key, c->doc_id, strlen(c->doc_id));
    put_count(&key, ++*n_ev);
    size_t ent = kg_facts_add_entity(f, KG_EVENT, key.ptr, ev->name);
    kg_buf_free(&key);
    kg_entity *x = &f->entities[ent];
    x->subtype = kg_facts_str(f, ev->subtype);
    x->status = kg_facts_str(f, ev->planned ? "planned" : "held");
    x->cameo = kg_facts_str(f, ev->planned ? "036" : ev->cameo);
    char iso[11];
    kg_date_format(ev->date, iso);
    if (iso[0]) x->date = kg_facts_str(f, iso);
    size_t off = c->tk.v[c->sents[ev->sent].first].off;
    x->offset = off;
    const char *text = sentence_text(e, ev->sent);
    if (ev->place != NONE) {
      kg_chunk *pk = &c->ch[ev->place];
      char *pl = kg_ctx_span_text(c, pk->first, pk->end);
      f->entities[ent].place = kg_facts_str(f, pl);
      free(pl);
      size_t pe = pk->type == CH_COUNTRY ? kg_ctx_place_ent(c, pk->country, NULL, 1)
                  : pk->lx              ? kg_ctx_place_ent(c, pk->lx->form, pk->country, 0)
                                        : KG_NO_ENTITY;
      if (pe != KG_NO_ENTITY)
        kg_facts_add_link(f, KG_LINK_LOCATED_IN, ent, pe, iso[0] ? iso : NULL, NULL, off, text);
    }
    for (size_t k = 0; k < ev->n_people; k++)
      kg_facts_add_link(f, KG_LINK_PARTICIPATED_IN, c->people[ev->people[k]].ent, ent,
                        iso[0] ? iso : NULL, NULL, off, text);
    for (size_t k = 0; k < ev->n_insts; k++) {
      size_t ie = c->insts[ev->insts[k]].ent;
      if (ie != NONE)
        kg_facts_add_link(f, KG_LINK_PARTICIPATED_IN, ie, ent, iso[0] ? iso : NULL, NULL, off, text);
    }
    /* countries take part in exercises, agreements and conflicts */
    if (strcmp(ev->subtype, "visit") && strcmp(ev->subtype, "ceremony"))
      for (size_t k = 0; k < ev->n_countries; k++)
        kg_facts_add_link(f, KG_LINK_PARTICIPATED_IN, kg_ctx_place_ent(c, ev->countries[k], NULL, 1),
                          ent, iso[0] ? iso : NULL, NULL, off, text);
  }
}

/* ---- output -------------------------------------------------------------------- */

static char *make_sentence_text(kg_ctx *c, size_t s) {
  size_t a = c->tk.v[c->sents[s].first].off;
  const kg_token *lt = &c->tk.v[c->sents[s].end - 1];
  size_t b = lt->off + lt->len;
  /* whitespace runs become one space, so the text never grows: one
   * allocation, written in place */
  char *out = kg_xmalloc(b - a + 1);
  const char *t = c->text;
  size_t n = 0;
  /* each run of other bytes copied whole, one space before every run but
   * the first (runs are apart only by whitespace); most bytes are above
   * ' ', which no whitespace byte is */
  for (size_t i = a; i < b;) {
    size_t j = i;
    while (j < b && ((unsigned char)t[j] > ' ' ||
                     (t[j] != ' ' && t[j] != '\n' && t[j] != '\t' && t[j] != '\r')))
      j++;
    if (j > i) {
      if (n) out[n++] = ' ';
      memcpy(out + n, t + i, j - i);
      n += j - i;
    }
    i = j;
    while (i < b && (t[i] == ' ' || t[i] == '\n' || t[i] == '\t' || t[i] == '\r')) i++;
  }
  out[n] = '\0';
  return out;
}

/* The text of sentence s, borrowed from e (made once per sentence). */
static const char *sentence_text(evctx *e, size_t s) {
  if (!e->stext) e->stext = kg_xcalloc(e->c->n_sents, sizeof *e->stext);
  if (!e->stext[s]) e->stext[s] = make_sentence_text(e->c, s);
  return e->stext[s];
}

static size_t emit_meetings(evctx *e) {
  kg_ctx *c = e->c;
  kg_facts *f = c->out;
  size_t n_ev = 0;
  for (size_t i = 0; i < e->n_m; i++) {
    meeting *m = &e->m[i];
    if (!m->n[0] || !m->n[1]) continue;
    kg_buf key = KG_BUF_INIT, label = KG_BUF_INIT;
    kg_buf_puts(&key, "event:");
    kg_slug_append(&key, c->doc_id, strlen(c->doc_id));
    put_count(&key, ++n_ev);
    /* "meeting: X – Y" (names are never NULL) */
    kg_buf_puts(&label, m->planned ? "planned meeting: " : "meeting: ");
    kg_buf_puts(&label, c->people[m->side[0][0]].name);
    kg_buf_puts(&label, " – ");
    kg_buf_puts(&label, c->people[m->side[1][0]].name);
    m->ent = kg_facts_add_entity(f, KG_EVENT, key.ptr, label.ptr);
    kg_entity *ev = &f->entities[m->ent];
    ev->subtype = kg_facts_str(f, "meeting");
    ev->status = kg_facts_str(f, m->planned ? "planned" : "held");
    ev->cameo = kg_facts_str(f, m->planned ? "036" : "040");
    char iso[11];
    kg_date_format(m->date, iso);
    if (iso[0]) ev->date = kg_facts_str(f, iso);
    ev->offset = c->tk.v[c->sents[m->sent].first].off;
    if (m->place != NONE) {
      kg_chunk *pk = &c->ch[m->place];
      char *pl = kg_ctx_span_text(c, pk->first, pk->end);
      ev->place = kg_facts_str(f, pl);
      free(pl);
      if (pk->lx) {
        /* adding the place may move the entities array: ev is stale after */
        size_t pe = kg_ctx_place_ent(c, pk->lx->form, pk->country, 0);
        if (pe != KG_NO_ENTITY)
          kg_facts_add_link(f, KG_LINK_LOCATED_IN, m->ent, pe, NULL, NULL,
                            f->entities[m->ent].offset, NULL);
      }
    }
    kg_buf_free(&key);
    kg_buf_free(&label);
    const char *text = sentence_text(e, m->sent);
    size_t off = c->tk.v[c->sents[m->sent].first].off;
    for (int sd = 0; sd < 2; sd++)
      for (size_t x = 0; x < m->n[sd]; x++)
        kg_facts_add_link(f, KG_LINK_PARTICIPATED_IN, c->people[m->side[sd][x]].ent,
                          m->ent, iso[0] ? iso : NULL, NULL, off, text);
    if (m->planned) continue;
    for (size_t x = 0; x < m->n[0]; x++)
      for (size_t y = 0; y < m->n[1]; y++) {
        size_t a = c->people[m->side[0][x]].ent, b = c->people[m->side[1][y]].ent;
        if (a == b) continue;
        for (size_t q = 0; q < m->n_ev; q++) {
          size_t s = m->ev_sent[q];
          const char *t = sentence_text(e, s);
          size_t li = kg_facts_add_link(f, KG_LINK_MET, a, b, iso[0] ? iso : NULL, NULL,
                                        c->tk.v[c->sents[s].first].off, t);
          f->links[li].event = m->ent;
        }
      }
  }
  return n_ev;
}

/* ---- countries of people from their company --------------------------------- */

static int explicit_country(const kg_xperson *p) { return p->country && p->country_strength >= 2; }

static void give_country(kg_xperson *p, const char *country) {
  if (!country || p->intl || p->country_strength >= 2) return;
  p->country = country;
  p->country_strength = 2;
}

/* The best-scoring country of the document other than `not`. */
static const char *best_other(kg_ctx *c, const char *not) {
  const char *best = NULL;
  size_t bw = 0;
  for (size_t i = 0; i < c->n_cscore; i++)
    if (c->cscore_name[i] != not && c->cscore_w[i] > bw) {
      bw = c->cscore_w[i];
      best = c->cscore_name[i];
    }
  return best;
}

/* One explicit country shared by the people of a group, or NULL. */
static const char *group_country(kg_ctx *c, const size_t *v, size_t n) {
  const char *only = NULL;
  for (size_t i = 0; i < n; i++) {
    const kg_xperson *p = &c->people[v[i]];
    if (!explicit_country(p)) continue;
    if (only && only != p->country) return NULL;
    only = p->country;
  }
  return only;
}

/* The country a chunk at token t names or locates (a country, or a city or
 * region of one), or NULL. */
static const char *chunk_country(kg_ctx *c, size_t t) {
  kg_chunk *q = chunk(c, t);
  if (!q || q->first != t) return NULL;
  if (q->type == CH_COUNTRY || q->type == CH_PLACE) return q->country;
  return NULL;
}

static int chunk_is_country(kg_ctx *c, size_t t) {
  const kg_chunk *q = chunk(c, t);
  return q && q->type == CH_COUNTRY;
}

/* Is the name chunk k one of a list that one person's counterparts
 * introduce ("X met his counterparts, A and B", "her counterparts A, B and
 * C")? Each is the counterpart from another country; they share none.
 * ("their counterparts" may be one country's.) */
static int own_counterparts(kg_ctx *c, const kg_chunk *k) {
  size_t s0 = c->sents[k->sent].first, j = k->first;
  for (int n = 0; n < 24 && j > s0; n++) {
    const kg_chunk *q = chunk(c, j - 1);
    if (q && (q->type == CH_NAME || q->type == CH_HON || q->type == CH_RANK)) {
      j = q->first;
    } else if (!q && (kg_ctx_punct(c, j - 1, ',') || kg_ctx_punct(c, j - 1, '.') ||
                      w(c, j - 1, "and"))) {
      j--;
    } else {
      break;
    }
  }
  if (j <= s0 + 1 || !w(c, j - 1, "counterparts")) return 0;
  size_t p = j - 1; /* past the demonyms: "his Chilean and Peruvian counterparts" */
  while (p > s0 && (chunk_is_country(c, p - 1) || w(c, p - 1, "and") || kg_ctx_punct(c, p - 1, ',')))
    p = chunk(c, p - 1) ? chunk(c, p - 1)->first : p - 1;
  return p > s0 && (w(c, p - 1, "his") || w(c, p - 1, "her"));
}

/* Is the name at token t's country its own, not its company's: one a
 * counterpart phrase before it gave ("her Chilean counterpart, X";
 * person.c notes it on the name), or one of a person's counterparts? */
static int counterpart_named(kg_ctx *c, size_t t) {
  const kg_chunk *q = chunk(c, t);
  return q && q->type == CH_NAME && q->first == t && (q->country || own_counterparts(c, q));
}

/* Is person p named in sentence s with the country of a counterpart phrase? */
static int counterpart_in(kg_ctx *c, size_t s, size_t p) {
  for (size_t t = c->sents[s].first; t < c->sents[s].end; t++) {
    const kg_chunk *q = chunk(c, t);
    if (!q) continue;
    if (q->type == CH_NAME && q->ent == p && counterpart_named(c, t)) return 1;
    t = q->end - 1;
  }
  return 0;
}

/* After "A and B" (at t): an exchange between the two, "held a phone
 * call", "held talks", "had a telephone conversation", "spoke by phone",
 * "discussed ...", and no "with" bringing in a third party ("A and B held
 * talks with C" are one side). */
static int pair_exchange(kg_ctx *c, size_t t, size_t end) {
  if (w(c, t, "also") || w(c, t, "later") || w(c, t, "then")) t++;
  size_t from = 0;
  if (w(c, t, "spoke") || w(c, t, "talked") || w(c, t, "discussed") || w(c, t, "conferred") ||
      (w(c, t, "exchanged") && w(c, t + 1, "views"))) {
    from = t + 1;
  } else if (w(c, t, "held") || w(c, t, "had")) {
    for (size_t u = t + 1; u < end && u < t + 5 && !from; u++) {
      if (!is_word(c, u)) break;
      if (w(c, u, "talks") || w(c, u, "call") || w(c, u, "conversation") ||
          w(c, u, "videoconference") || w(c, u, "teleconference") || w(c, u, "discussions") ||
          w(c, u, "consultations") || w(c, u, "meeting") || w(c, u, "summit"))
        from = u + 1;
    }
  }
  if (!from) return 0;
  for (size_t u = from; u < end && u < from + 8; u++) {
    if (kg_ctx_punct(c, u, ',') || kg_ctx_punct(c, u, ';')) break;
    if (w(c, u, "with")) return 0;
  }
  return 1;
}

/* Whether people a and b are on opposite sides of a meeting. */
static int opposed(const evctx *e, size_t a, size_t b) {
  for (size_t i = 0; i < e->n_m; i++) {
    const meeting *m = &e->m[i];
    if ((in_side(m, 0, a) && in_side(m, 1, b)) || (in_side(m, 1, a) && in_side(m, 0, b)))
      return 1;
  }
  return 0;
}

/* Does side sd of meeting m hold two people who are opposed elsewhere? */
static int mixed_side(const evctx *e, const meeting *m, int sd) {
  for (size_t x = 0; x < m->n[sd]; x++)
    for (size_t y = x + 1; y < m->n[sd]; y++)
      if (opposed(e, m->side[sd][x], m->side[sd][y])) return 1;
  return 0;
}

/* Does reference r (with a title, rank or honorific before it) follow
 * "between" ("talks between Dame Karen Pierce and ...")? */
static int after_between(kg_ctx *c, const ref *r) {
  size_t t = r->tok;
  kg_chunk *q = t > 0 ? chunk(c, t - 1) : NULL;
  if (q && (q->type == CH_TITLE || q->type == CH_RANK || q->type == CH_HON)) t = q->first;
  return t > 0 && w(c, t - 1, "between");
}

/* The country of the delegation named at token t, and through *after the
 * token where "led/headed by" should follow: "the Chinese delegation",
 * "a delegation of American businessmen,", "a delegation from the National
 * People's Congress of China". NULL when the text gives none. */
/* The chunk that places the delegation at token t: a country right before
 * it ("the Chinese delegation"), or what follows "of"/"from" ("a
 * delegation of the Kenyan National Assembly"); NULL when neither. */
static kg_chunk *delegation_chunk(kg_ctx *c, size_t t) {
  kg_chunk *q = t > 0 ? chunk(c, t - 1) : NULL;
  if (q && q->type == CH_COUNTRY) return q;
  if (!w(c, t + 1, "of") && !w(c, t + 1, "from")) return NULL;
  size_t u = t + 2;
  if (w(c, u, "the")) u++;
  q = chunk(c, u);
  return q && q->first == u ? q : NULL;
}

static const char *delegation_country(kg_ctx *c, size_t t, size_t end, size_t *after) {
  kg_chunk *q = delegation_chunk(c, t);
  if (q && q->first < t) {
    *after = t + 1;
    return q->country;
  }
  if (!q || !q->country || !(q->type == CH_COUNTRY || (q->type == CH_INST && q->ent != NONE)))
    return NULL;
  size_t u = q->end;
  for (size_t k = 0; k < 3 && u < end && is_word(c, u) && !w(c, u, "led") &&
                     !w(c, u, "headed");
       k++)
    u++;
  if (kg_ctx_punct(c, u, ',')) u++;
  *after = u;
  return q->country;
}

/* Does the text state the country of the delegation at token t ("the
 * Chinese delegation", "a delegation from Ghana", "a delegation of the
 * Kenyan National Assembly"), rather than leave it to be assumed from the
 * article's home ("a delegation of the Senate")? */
static int stated_delegation_country(kg_ctx *c, size_t t) {
  const kg_chunk *q = delegation_chunk(c, t);
  if (!q) return 0;
  if (q->type == CH_COUNTRY) return 1;
  return q->type == CH_INST && q->ent != NONE && q->ent < c->n_insts &&
         c->insts[q->ent].country && !c->insts[q->ent].home_country;
}

/* "attended by A, and on the Pakistani side by B": B serves Pakistan (the
 * side named before B in its clause, no other person between). Read before
 * the meetings, whose attendees join the side of their country. */
static void side_countries(evctx *e, size_t s) {
  kg_ctx *c = e->c;
  ref r[64];
  size_t n = sentence_refs(e, s, r, 64);
  for (size_t i = 0; i < n; i++) {
    if (r[i].kind != 0) continue;
    size_t lo = i > 0 ? r[i - 1].end : c->sents[s].first;
    for (size_t t = r[i].tok; t > lo + 1 && t + 12 > r[i].tok; t--) {
      if (clause_break(c, t - 1)) break;
      if (!w(c, t - 1, "side")) continue;
      kg_chunk *q = chunk(c, t - 2);
      if (q && q->type == CH_COUNTRY && q->demonym && q->first > lo &&
          (w(c, q->first - 1, "the") || w(c, q->first - 1, "on") || w(c, q->first - 1, "from")))
        give_country(&c->people[r[i].person], q->country);
      break;
    }
  }
}

/* The country a country's name or demonym ending right before token e
 * names (a chunk of its own, or words inside a title chunk: "Defence
 * Ministers of Kenya and Uganda"); returns the token where it starts and
 * the country through *out, else NONE. */
static size_t country_ending(kg_ctx *c, size_t first, size_t e, const char **out) {
  for (size_t j = e; j > first && j + 4 > e; j--) {
    const kg_lexent *ent = NULL;
    size_t len = kg_lex_match(c->lex, &c->tk, c->text, j - 1, e, LX_COUNTRY | LX_DEMONYM, 0, &ent);
    if (len == e - (j - 1) && ent && kg_ctx_country_of(ent)) {
      *out = kg_ctx_country_of(ent);
      return j - 1;
    }
  }
  return NONE;
}

/* The country of the news agency a dateline names ("COLOMBO, May 3 (APP)
 * -", "CAIRO, 3rd May, 2023 (WAM) --"): a media body of a known country in
 * parentheses among the first words of one of the first body sentences,
 * after a place; NULL when none. */
static const char *dateline_agency(kg_ctx *c) {
  for (size_t s = 0; s < c->n_sents && s < 6; s++) {
    size_t first = c->sents[s].first, end = c->sents[s].end;
    const kg_chunk *p0 = chunk(c, first);
    if (!p0 || p0->first != first || (p0->type != CH_PLACE && p0->type != CH_COUNTRY)) continue;
    for (size_t t = first + 1; t + 1 < end && t < first + 12; t++) {
      const kg_chunk *k = chunk(c, t);
      if (!k || k->first != t || k->type != CH_INST || k->ent == NONE) continue;
      const kg_xinst *x = &c->insts[k->ent];
      if (x->kind && !strcmp(x->kind, "media") && x->country && kg_ctx_punct(c, t - 1, '(') &&
          k->end < end && kg_ctx_punct(c, k->end, ')'))
        return x->country;
      break;
    }
  }
  return NULL;
}

/* "COLOMBO (APP) - Admiral X, who is on an official visit to Sri Lanka,
 * called on ...": the visitor of a visit to the article's home country
 * is not of it; when the dateline's agency is of another country that
 * the text names too ("Pakistan Navy chief calls on ..."), an official
 * the text places nowhere else serves the agency's country (the agency
 * reports its own country's visitor abroad). */
static void agency_visitors(evctx *e) {
  kg_ctx *c = e->c;
  if (!c->home) return;
  const char *a = dateline_agency(c);
  if (!a || a == c->home) return;
  int named = 0;
  for (size_t i = 0; i < c->n_ch && !named; i++)
    named = c->ch[i].type == CH_COUNTRY && c->ch[i].country == a;
  if (!named) return;
  for (size_t k = 0; k < e->n_o; k++) {
    const other_event *o = &e->o[k];
    if (strcmp(o->subtype, "visit") || o->planned || !o->n_people || o->place == NONE ||
        c->ch[o->place].country != c->home)
      continue;
    kg_xperson *p = &c->people[o->people[0]];
    if (p->intl || !p->ntitles || p->ntitles <= p->nplural ||
        (p->country && p->country != c->home) || p->country_strength >= 2)
      continue;
    p->country = a;
    p->country_strength = 1;
  }
}

/* Do tokens [a, b) name a body of two countries joined by a hyphen ("the
 * US-Algeria Business Council", "the Pakistan-China Friendship
 * Association")? */
static int two_country_body(kg_ctx *c, size_t a, size_t b) {
  /* one word: "US-Algeria" */
  for (size_t t = a; t < b; t++)
    if (kg_ctx_two_countries(c, t)) return 1;
  for (size_t t = a + 1; t + 1 < b; t++) {
    if (!kg_ctx_punct(c, t, '-') || c->tk.v[t].off != c->tk.v[t - 1].off + c->tk.v[t - 1].len)
      continue;
    const char *x = NULL;
    const kg_lexent *ent = NULL;
    if (country_ending(c, a, t, &x) == NONE) continue;
    size_t len = kg_lex_match(c->lex, &c->tk, c->text, t + 1, b, LX_COUNTRY | LX_DEMONYM, 0, &ent);
    if (len && ent && kg_ctx_country_of(ent) && kg_ctx_country_of(ent) != x) return 1;
  }
  return 0;
}

/* Cues of the text about who serves which country, read before the group
 * rules below:
 * - a traveller leaves from home: "X left Dhaka for New Delhi" (X serves
 *   the country of Dhaka);
 * - "between X and Y" opposes two people: when one serves a country the
 *   other was only guessed to serve too, the other serves the other country
 *   of the sentence, else of the article ("the India-Uzbekistan summit between Prime Minister
 *   Modi and President of Uzbekistan Mirziyoyev");
 * - a visitor is not from the country visited. */

/* Is t (a canonical title) the office of a province's or state's
 * government: "Governor of Borno State", "Chief Minister of Punjab",
 * "Deputy Governor" (not a central bank's governor, nor "Minister of
 * State" or "Secretary of State")? */
static int subnational_office(const char *t) {
  if (strstr(t, "Bank") || strstr(t, "General")) return 0; /* Governor-General */
  if (!strncmp(t, "Governor", 8) || strstr(t, " Governor") || strstr(t, "Chief Minister"))
    return 1;
  size_t n = strlen(t);
  static const char *const units[] = {" State", " Province", NULL};
  for (int u = 0; units[u]; u++) {
    size_t m = strlen(units[u]);
    if (n > m + 3 && !strcmp(t + n - m, units[u]) && strncmp(t + n - m - 3, " of", 3) != 0)
      return 1;
  }
  return 0;
}

static void country_cues(evctx *e) {
  kg_ctx *c = e->c;
  for (size_t s = 0; s < c->n_sents; s++) {
    ref r[64];
    size_t n = sentence_refs(e, s, r, 64), end = c->sents[s].end;
    for (size_t i = 0; i < n; i++) {
      if (r[i].kind != 0) continue;
      kg_xperson *p = &c->people[r[i].person];
      size_t t = r[i].end;
      if (t < end && (w(c, t, "has") || w(c, t, "had") || w(c, t, "then"))) t++;
      if (t + 1 < end && (w(c, t, "left") || w(c, t, "departed"))) {
        size_t u = t + 1;
        if (w(c, u, "from")) u++;
        const char *home = chunk_country(c, u);
        if (home) give_country(p, home);
      }
    }
    /* "The Guatemalan minister was accompanied by the chief of the General
     * Staff, General A, and B": the company of an official named by a
     * demonym serves that country; "He was accompanied by A": the company
     * of the person the pronoun stands for, that person's explicit
     * country */
    {
      size_t first = c->sents[s].first, t = first + 1;
      kg_chunk *q = w(c, first, "the") ? chunk(c, t) : NULL;
      const char *dc = NULL;
      if (q && q->first == t && q->type == CH_TITLE && q->country && q->demonym &&
          kg_ctx_chunk_at(c, t)->head_lower) {
        dc = q->country;
        t = q->end;
      }
      for (size_t x = 0; x < e->n_pa && !dc; x++)
        if (e->pa_sent[x] == s && explicit_country(&c->people[e->pa_person[x]]))
          dc = c->people[e->pa_person[x]].country;
      if (dc && (w(c, t, "was") || w(c, t, "were"))) t++;
      else dc = NULL;
      if (dc && w(c, t, "also")) t++;
      if (dc && w(c, t, "accompanied") && w(c, t + 1, "by")) {
        size_t u = t + 2;
        for (size_t i = 0; i < n; i++) {
          if (r[i].tok < u) continue;
          int only = 1;
          for (size_t v = u; v < r[i].tok && only; v++) {
            kg_chunk *k = chunk(c, v);
            only = (k && (k->type == CH_TITLE || k->type == CH_RANK || k->type == CH_HON)) ||
                   w(c, v, "the") || w(c, v, "and") || kg_ctx_punct(c, v, ',');
            if (k) v = k->end - 1;
          }
          if (!only || r[i].kind != 0) break;
          give_country(&c->people[r[i].person], dc);
          u = r[i].end;
        }
      }
    }
    /* "X, who accompanied Y, ...": X serves Y's country */
    for (size_t i = 0; i + 1 < n; i++) {
      if (r[i].kind != 0 || r[i + 1].kind != 0) continue;
      size_t t = r[i].end;
      if (!kg_ctx_punct(c, t, ',') || !w(c, t + 1, "who")) continue;
      size_t u = t + 2;
      if (w(c, u, "had") || w(c, u, "has")) u++;
      if (!(w(c, u, "accompanied") || w(c, u, "accompanies"))) continue;
      u++;
      kg_chunk *q = chunk(c, u);
      while (q && (q->type == CH_TITLE || q->type == CH_RANK || q->type == CH_HON)) {
        u = q->end;
        q = chunk(c, u);
      }
      const kg_xperson *y = &c->people[r[i + 1].person];
      if (r[i + 1].tok == u && explicit_country(y))
        give_country(&c->people[r[i].person], y->country);
    }
    /* "X conveyed the greetings of President Y": Y serves X's country */
    for (size_t i = 0; i < n; i++) {
      if (r[i].kind != 0) continue;
      size_t t = r[i].tok, first = c->sents[s].first;
      for (int k = 0; k < 3 && t > first; k++) {
        kg_chunk *q = chunk(c, t - 1);
        if (!q || !(q->type == CH_TITLE || q->type == CH_RANK || q->type == CH_HON)) break;
        t = q->first;
      }
      if (t < first + 3 || !(w(c, t - 1, "of") || w(c, t - 1, "from")) ||
          !(w(c, t - 2, "greetings") || w(c, t - 2, "message") || w(c, t - 2, "wishes") ||
            w(c, t - 2, "regards") || w(c, t - 2, "letter")))
        continue;
      size_t verb = NONE;
      for (size_t u = t - 2; u > first && u + 10 > t && verb == NONE; u--)
        if (w(c, u - 1, "conveyed") || w(c, u - 1, "conveys") || w(c, u - 1, "conveying") ||
            w(c, u - 1, "extended") || w(c, u - 1, "delivered") || w(c, u - 1, "relayed") ||
            w(c, u - 1, "handed") || w(c, u - 1, "passed") || w(c, u - 1, "brought"))
          verb = u - 1;
        else if (clause_break(c, u - 1))
          break;
      if (verb == NONE) continue;
      const char *from = NULL;
      for (size_t j = i; j > 0 && !from; j--) {
        const ref *x = &r[j - 1];
        if (x->end > verb) continue;
        /* (or a pronoun for the speaker before it: "Dahir said he had
         * delivered a message from President Y") */
        if (x->kind == 1 && j >= 2 && r[j - 2].kind == 0 && r[j - 2].end < x->tok) {
          const ref *sp = &r[j - 2];
          int said = 0;
          for (size_t v = sp->end; v < x->tok && v < sp->end + 3; v++)
            said |= is_word(c, v) && (c->tk.v[v].flags & TF_LOWER) &&
                    kg_ctx_has(c, v, LX_SPEECH);
          if (said && explicit_country(&c->people[sp->person]))
            from = c->people[sp->person].country;
        } else if (x->kind == 0 && explicit_country(&c->people[x->person]))
          from = c->people[x->person].country;
        else if (x->kind == 2)
          from = chunk(c, x->tok)->country;
        break;
      }
      if (from) give_country(&c->people[r[i].person], from);
    }
    /* "the Indian and Chinese defence ministers, A and B": respectively */
    for (size_t i = 0; i + 1 < n; i++) {
      if (r[i].kind != 0 || r[i + 1].kind != 0 || !w(c, r[i].end, "and") ||
          r[i + 1].tok != r[i].end + 1)
        continue;
      size_t t = r[i].tok;
      if (t < 2 || !kg_ctx_punct(c, t - 1, ',')) continue;
      kg_chunk *tk = chunk(c, t - 2);
      if (!tk || tk->type != CH_TITLE || !tk->country || tk->first < 2) continue;
      kg_chunk *x = chunk(c, tk->first - 2);
      if (!x || x->type != CH_COUNTRY || !w(c, tk->first - 1, "and") || x->country == tk->country)
        continue;
      give_country(&c->people[r[i].person], x->country);
      give_country(&c->people[r[i + 1].person], tk->country);
    }
    /* "the defence ministers of Kenya and Uganda, A and B(, respectively)",
     * "the ministers of defence of Rwanda, Burundi and Tanzania, A, B and
     * C": as many countries as names, in the same order */
    for (size_t i = 0; i < n; i++) {
      size_t t = r[i].tok, first = c->sents[s].first;
      if (r[i].kind != 0 || t < first + 6 || !kg_ctx_punct(c, t - 1, ',')) continue;
      /* the names: "A and B", "A, B and C", "A, B, and C" */
      size_t k = i + 1;
      int closed = 0;
      while (!closed && k < n && r[k].kind == 0 && k - i < 8) {
        size_t g = r[k - 1].end;
        if (w(c, g, "and") && r[k].tok == g + 1)
          closed = 1;
        else if (kg_ctx_punct(c, g, ',') && w(c, g + 1, "and") && r[k].tok == g + 2)
          closed = 1;
        else if (!(kg_ctx_punct(c, g, ',') && r[k].tok == g + 1))
          break;
        k++;
      }
      if (!closed) continue;
      /* the countries, read back from the comma before the names */
      const char *cv[8];
      size_t nc = 0, ce = t - 1, of = NONE;
      for (;;) {
        const char *x = NULL;
        size_t cb = country_ending(c, first, ce, &x);
        if (cb == NONE || nc == 8 || cb < first + 2) break;
        cv[nc++] = x;
        size_t p = cb - 1;
        if (w(c, p, "the") && p > first) p--;
        if (w(c, p, "of")) {
          of = p;
          break;
        }
        if (nc == 1 && w(c, cb - 1, "and"))
          ce = kg_ctx_punct(c, cb - 2, ',') ? cb - 2 : cb - 1;
        else if (nc > 1 && kg_ctx_punct(c, cb - 1, ','))
          ce = cb - 1;
        else
          break;
      }
      if (of == NONE || nc < 2 || nc != k - i) continue;
      int distinct = 1;
      for (size_t x = 0; x < nc; x++)
        for (size_t y = x + 1; y < nc; y++) distinct &= cv[x] != cv[y];
      int office = 0;
      for (size_t q = of; q > first && q + 4 > of && !office; q--)
        office = kg_ctx_title_plural(c, q - 1);
      if (!distinct || !office) continue;
      for (size_t x = 0; x < nc; x++) give_country(&c->people[r[i + x].person], cv[nc - 1 - x]);
      i = k - 1;
    }
    /* "between X and Y" */
    for (size_t i = 0; i + 1 < n; i++) {
      if (r[i].kind != 0 || r[i + 1].kind != 0) continue;
      if (!after_between(c, &r[i])) continue;
      size_t a = r[i].end;
      if (!w(c, a, "and")) continue;
      int only_title = 1;
      for (size_t u = a + 1; u < r[i + 1].tok && only_title; u++) {
        kg_chunk *k = chunk(c, u);
        only_title = k && (k->type == CH_TITLE || k->type == CH_RANK || k->type == CH_HON ||
                           k->type == CH_COUNTRY);
      }
      if (!only_title) continue;
      for (int sd = 0; sd < 2; sd++) {
        kg_xperson *x = &c->people[r[i + sd].person], *y = &c->people[r[i + 1 - sd].person];
        if (!explicit_country(y) || explicit_country(x) || x->intl) continue;
        if (x->country && x->country != y->country) continue;
        const char *alt = NULL;
        int several = 0;
        size_t u0 = r[i].tok > c->sents[s].first + 60 ? r[i].tok - 60 : c->sents[s].first;
        size_t u1 = r[i + 1].end + 60 < end ? r[i + 1].end + 60 : end;
        for (size_t u = u0; u < u1; u++) {
          const char *k = chunk_country(c, u);
          if (!k || k == y->country) continue;
          if (alt && alt != k) several = 1;
          alt = k;
        }
        if (!alt) alt = best_other(c, y->country);
        if (alt && !several) {
          x->country = alt;
          x->country_strength = 1;
        }
      }
    }
  }
  for (size_t i = 0; i < e->n_o; i++) {
    other_event *o = &e->o[i];
    if (strcmp(o->subtype, "visit") || o->place == NONE) continue;
    const char *dest = c->ch[o->place].country;
    if (!dest) continue;
    /* (a visit to a host who holds a province's or state's office, in
     * the home country: "the Chief of Army Staff paid a courtesy visit to
     * the Governor of Borno State, X, in Maiduguri" is the home's own
     * official's tour, not a foreigner's) */
    int local_host = 0;
    for (size_t j = 1; j < o->n_people && dest == c->home && !local_host; j++) {
      const kg_xperson *h = &c->people[o->people[j]];
      for (size_t t = 0; t < h->ntitles && !local_host; t++)
        local_host = subnational_office(h->titles[t]);
    }
    if (local_host && c->ch[o->place].type != CH_COUNTRY) continue;
    /* the visitor: the first participant */
    for (size_t j = 0; j < o->n_people && j < 1; j++) {
      kg_xperson *p = &c->people[o->people[j]];
      if (explicit_country(p) || p->intl || p->country != dest) continue;
      const char *alt = best_other(c, dest);
      /* "RAWALPINDI - General X visited the office of ISPR in Rawalpindi":
       * a visit to a place in the home country, in a text that names no
       * other country, is an official's own (no visitor from abroad
       * without a country) */
      if (!alt && dest == c->home && c->ch[o->place].type != CH_COUNTRY) continue;
      p->country = alt;
      p->country_strength = alt ? 1 : 0;
    }
  }
}

/* The hosts an unnamed delegation called on serve the country the text
 * says was visited ("A parliamentary delegation visited Uzbekistan ... The
 * delegation called on President X"), not the article's home (the
 * visitors' when the visit is abroad); a visit to the home itself, or to
 * several countries, leaves them as they are. */
static void unnamed_delegation_hosts(evctx *e) {
  kg_ctx *c = e->c;
  const char *dest = NULL;
  for (size_t i = 0; i < e->n_o; i++) {
    const other_event *o = &e->o[i];
    if (strcmp(o->subtype, "visit") || o->planned || o->place == NONE) continue;
    const char *d = c->ch[o->place].country;
    if (!d) continue;
    if (dest && d != dest) return;
    dest = d;
  }
  if (!dest || dest == c->home) return;
  for (size_t i = 0; i < e->n_udl_host; i++) {
    kg_xperson *p = &c->people[e->udl_host[i]];
    if (p->intl || (p->country && p->country_strength > 1)) continue;
    p->country = dest;
    p->country_strength = 1;
  }
}

/* The one explicit country of a meeting's side, leaving out those who
 * joined it ("X was joined by A and Polish Minister B": B's demonym is
 * B's), or NULL. `share`: the country the side's other members take, which
 * a counterpart phrase's demonym is not ("his Australian counterpart, A,
 * and General B": A's alone). */
static const char *side_country(const evctx *e, const meeting *m, int sd, int share) {
  size_t v[MAX_SIDE], n = 0;
  for (size_t x = 0; x < m->n[sd]; x++) {
    int j = 0;
    for (size_t y = 0; y < e->n_joined && !j; y++) j = e->joined[y] == m->side[sd][x];
    /* (nor one whose country a counterpart phrase gave in the meeting's
     * sentence: "met his Australian counterpart, A, and General B") */
    if (!j && share && m->n[sd] > 1) j = counterpart_in(e->c, m->sent, m->side[sd][x]);
    if (!j) v[n++] = m->side[sd][x];
  }
  return group_country(e->c, v, n);
}

/* Do the tokens from t to the name at tok hold only ranks, honorifics
 * and titles (a title ending at t is the name's own prefix)? */
static int prefix_of(kg_ctx *c, size_t t, size_t tok) {
  while (t < tok) {
    if (kg_ctx_punct(c, t, ',') && t + 1 == tok) return 1; /* "Minister ..., X" */
    kg_chunk *q = kg_ctx_chunk_at(c, t);
    if (!q || !(q->type == CH_TITLE || q->type == CH_RANK || q->type == CH_HON) || q->end <= t)
      return 0;
    t = q->end;
  }
  return t == tok;
}

/* The one country that the envoys of side sd are posted to ("Ambassador
 * to South Africa"), or NULL. */
static const char *envoy_host(kg_ctx *c, const meeting *m, int sd) {
  const char *host = NULL;
  for (size_t x = 0; x < m->n[sd]; x++) {
    const kg_xperson *p = &c->people[m->side[sd][x]];
    for (size_t t = 0; t < p->noffices; t++) {
      const char *o = p->offices[t], *to = strstr(o, " to ");
      if (!to || !(strstr(o, "Ambassador") || strstr(o, "High Commissioner") ||
                   strstr(o, "Envoy") || strstr(o, "Chargé")))
        continue;
      const char *h = kg_lex_country(c->lex, to + 4);
      if (!h) continue;
      if (host && host != h) return NULL;
      host = h;
    }
  }
  return host;
}

static void propagate_countries(evctx *e) {
  kg_ctx *c = e->c;
  agency_visitors(e);
  country_cues(e);
  /* lists in a sentence ("X, Y and Z were among the Turkish delegates";
   * "accompanied by A and B") share their one explicit country */
  for (size_t s = 0; s < c->n_sents; s++) {
    ref r[64];
    size_t n = sentence_refs(e, s, r, 64);
    for (size_t i = 0; i < n; i++) {
      if (r[i].kind != 0) continue;
      size_t j = i + 1, members[MAX_SIDE], nm = 0;
      /* own[x]: member x's country is told between it and the member
       * before ("signed by Defence Minister X and Angolan Minister Y": Y's
       * demonym is Y's alone) */
      unsigned char own[MAX_SIDE] = {0};
      /* "his Australian counterpart, Mr A, and General B": the demonym of a
       * counterpart phrase is A's alone (kg_find_names put it on A's name) */
      own[nm] = counterpart_named(c, r[i].tok);
      members[nm++] = r[i].person;
      /* company: "X was joined by" (1) or "accompanied by" (2) after the
       * first member */
      int company = 0;
      while (j < n && r[j].kind == 0 && nm < MAX_SIDE) {
        int joined = 1, and = 0;
        for (size_t t = r[j - 1].end; t < r[j].tok && joined; t++) {
          if (w(c, t, "and")) {
            and = 1;
            continue;
          }
          if (kg_ctx_punct(c, t, ',') || kg_ctx_punct(c, t, '.') || kg_ctx_punct(c, t, ';'))
            continue;
          /* "accompanied by the Minister of ..., A, and the Governor of
           * ..., B": an article before the next member's office */
          if (and_the_office(c, t)) continue;
          /* "accompanied by the Chief of the Joint Staff, General B" */
          if (w(c, t, "the") && t > 0 && w(c, t - 1, "by") && kg_ctx_chunk_at(c, t + 1) &&
              kg_ctx_chunk_at(c, t + 1)->type == CH_TITLE)
            continue;
          if (w(c, t, "accompanied") || w(c, t, "joined") || w(c, t, "by") ||
              w(c, t, "was") || w(c, t, "were")) {
            if (nm == 1 && w(c, t, "joined")) company = 1;
            if (nm == 1 && w(c, t, "accompanied")) company = 2;
            continue;
          }
          kg_chunk *q = kg_ctx_chunk_at(c, t);
          if (q && (q->type == CH_TITLE || q->type == CH_RANK || q->type == CH_HON ||
                    q->type == CH_INST)) {
            if (q->type == CH_TITLE && q->country && prefix_of(c, q->end, r[j].tok)) own[nm] = 1;
            continue;
          }
          joined = 0;
        }
        /* "Rubio meets Jaishankar, Caine hosts ...": after a bare comma,
         * a name a finite verb follows starts the next clause */
        if (joined && !and && clause_subject(c, r[j].end)) joined = 0;
        if (!joined) break;
        own[nm] |= counterpart_named(c, r[j].tok);
        members[nm++] = r[j].person;
        j++;
      }
      /* "A, commander of the Northern Theater Command Navy, and B,
       * commander of the Pakistan Fleet": an appositive office with a
       * country right after a member is that member's alone */
      for (size_t x = 0; x < nm && i + x < n; x++) {
        size_t g = r[i + x].end;
        const kg_chunk *q = kg_ctx_punct(c, g, ',') ? kg_ctx_chunk_at(c, g + 1) : NULL;
        if (q && q->first == g + 1 && q->type == CH_TITLE && q->country) own[x] = 1;
      }
      /* "between X and Y" opposes them */
      if (after_between(c, &r[i])) nm = 1;
      /* "Austin and Gallant held a phone call", "A and B spoke by
       * phone": the two ends of an exchange, remote too, are no group */
      if (nm == 2 && pair_exchange(c, r[i + 1].end, c->sents[s].end)) nm = 1;
      /* "Trudeau and Austin met": a meeting's two sides are no group */
      for (size_t x = 0; x < nm; x++)
        for (size_t y = x + 1; y < nm; y++)
          if (opposed(e, members[x], members[y])) nm = 1;
      /* "The Somali delegation included A and B" */
      const char *dgc = NULL;
      for (size_t t = r[i].tok; t > c->sents[s].first + 2 && t + 6 > r[i].tok && !dgc; t--) {
        if (!(w(c, t - 1, "included") || w(c, t - 1, "includes") || w(c, t - 1, "comprised")))
          continue;
        kg_chunk *q = w(c, t - 2, "delegation") ? kg_ctx_chunk_at(c, t - 3) : NULL;
        if (q && q->type == CH_COUNTRY && q->demonym) dgc = q->country;
        /* "The delegation included A and B": the one delegation the
         * text has named a leader for ("a delegation led by Turkish
         * General X") */
        else if (w(c, t - 2, "delegation") && w(c, t - 3, "the") && e->n_dl == 1 &&
                 explicit_country(&c->people[e->dl_person[0]]))
          dgc = c->people[e->dl_person[0]].country;
        break;
      }
      if (dgc)
        for (size_t x = 0; x < nm; x++) give_country(&c->people[members[x]], dgc);
      /* "X was joined by A and Polish Minister B": the subject's company
       * serves the subject's country, whatever B's demonym says of B;
       * with an unplaced subject, B's demonym is B's alone ("joined" may
       * bring in the other side) */
      /* (a subject inferred to serve another country than the home, the
       * visitor abroad: "General X was accompanied by Y" in a report
       * from the country he visits) */
      const kg_xperson *m0 = &c->people[members[0]];
      if (nm >= 2 && ((company && explicit_country(m0)) ||
                      (company == 2 && m0->country && c->home && m0->country != c->home))) {
        for (size_t x = 1; x < nm; x++)
          give_country(&c->people[members[x]], c->people[members[0]].country);
      } else if (nm >= 2 && company != 1) {
        size_t shared[MAX_SIDE], nsh = 0;
        for (size_t x = 0; x < nm; x++)
          if (!own[x]) shared[nsh++] = members[x];
        const char *gc = group_country(c, shared, nsh);
        /* "... were also among the Turkish delegates" */
        if (!gc)
          for (size_t t = r[j - 1].end; t < c->sents[s].end && t < r[j - 1].end + 8; t++) {
            kg_chunk *q = kg_ctx_chunk_at(c, t);
            if (q && q->type == CH_COUNTRY && q->demonym &&
                (w(c, q->end, "delegates") || w(c, q->end, "delegation") ||
                 w(c, q->end, "officials")))
              gc = q->country;
          }
        for (size_t x = 0; x < nm; x++) give_country(&c->people[members[x]], gc);
      }
      i = j - 1;
    }
    /* "the Chinese delegation headed by X", "a delegation of American
     * businessmen, led by the chairmen ..., A and B" */
    for (size_t i = 0; i < n; i++) {
      size_t u;
      const char *dc = r[i].kind == 3 ? delegation_country(c, r[i].tok, c->sents[s].end, &u)
                                      : NULL;
      if (!dc || !((w(c, u, "led") || w(c, u, "headed")) && w(c, u + 1, "by"))) continue;
      for (size_t j = i + 1; j < n; j++)
        if (r[j].kind == 0) {
          /* "led by the chairmen of the US-Algeria Business Council, A and
           * B": an office in a body of two countries tells neither side */
          if (r[j].tok > u && two_country_body(c, u + 2, r[j].tok)) break;
          give_country(&c->people[r[j].person], dc);
          if (j + 1 < n && r[j + 1].kind == 0 && r[j + 1].tok <= r[j].end + 2)
            give_country(&c->people[r[j + 1].person], dc);
          break;
        }
    }
  }
  /* meeting sides share a country; a side's country is not the other's.
   * Not for planned meetings, nor for a side holding two people who meet
   * elsewhere in the text ("X is to join A and B for talks with Y", where
   * A and B met the day before) */
  unsigned char *skip = kg_xcalloc(e->n_m + 1, 1);
  for (size_t i = 0; i < e->n_m; i++) {
    const meeting *m = &e->m[i];
    skip[i] = m->planned || mixed_side(e, m, 0) || mixed_side(e, m, 1);
  }
  for (int pass = 0; pass < 2; pass++)
    for (size_t i = 0; i < e->n_m; i++) {
      meeting *m = &e->m[i];
      if (skip[i]) continue;
      for (int sd = 0; sd < 2; sd++) {
        const char *gc = side_country(e, m, sd, 1);
        const char *other = side_country(e, m, 1 - sd, 0);
        /* (a side led by the officers of a body of two countries at the
         * head of a delegation of one: that country is the side's) */
        for (size_t x = 0; x < e->n_wd && !other; x++)
          if (in_side(m, 1 - sd, e->wd_person[x])) other = e->wd_country[x];
        for (size_t x = 0; x < m->n[sd]; x++) {
          kg_xperson *p = &c->people[m->side[sd][x]];
          if (explicit_country(p) || p->intl) continue;
          if (gc && gc != other) {
            give_country(p, gc);
          } else if (other && p->ntitles && (!p->country || p->country == other)) {
            /* an official (offices are titles too) or an officer; across
             * from "Iran's ambassador to South Africa", South Africa's */
            const char *alt = envoy_host(c, m, 1 - sd);
            if (!alt || alt == other) alt = best_other(c, other);
            if (alt) {
              p->country = alt;
              p->country_strength = 1;
            } else if (p->country == other) {
              p->country = NULL; /* unknown, not the other side's */
              p->country_strength = 0;
            }
          }
        }
      }
    }
  free(skip);
}

/* "ISLAMABAD - General X called on General Y in Beijing": a meeting the
 * verb frame gives a visitor and a host ("called on", "paid a courtesy
 * call on", "received", "was received by"), in a place of another country
 * than the article's home, with a visitor of the home country (or none
 * stated): the host serves the place's country, when the text does not
 * place him (the home country was only a guess). Not when the visitor
 * is an envoy: an ambassador calls on his own leaders abroad; nor for a
 * host who is one (the home's ambassador receives his leaders there). */
static void abroad_hosts(evctx *e) {
  kg_ctx *c = e->c;
  if (!c->home) return;
  for (size_t i = 0; i < e->n_m; i++) {
    const meeting *m = &e->m[i];
    if (m->planned || !m->guest_side || m->place == NONE) continue;
    const char *pc = c->ch[m->place].country;
    if (!pc || pc == c->home) continue;
    int gs = m->guest_side - 1, ok = 1;
    for (size_t x = 0; x < m->n[gs] && ok; x++) {
      const kg_xperson *g = &c->people[m->side[gs][x]];
      ok = !g->intl && (!g->country || g->country == c->home);
      for (size_t t = 0; t < g->ntitles && ok; t++)
        ok = !kg_title_is_envoy(g->titles[t]);
    }
    if (!ok) continue;
    /* (the visitor known by rank alone is the home's officer) */
    for (size_t x = 0; x < m->n[gs]; x++) {
      kg_xperson *g = &c->people[m->side[gs][x]];
      if (!g->country && g->ntitles > g->nplural) {
        g->country = c->home;
        g->country_strength = 1;
      }
    }
    for (size_t x = 0; x < m->n[1 - gs]; x++) {
      kg_xperson *p = &c->people[m->side[1 - gs][x]];
      int envoy = 0;
      for (size_t t = 0; t < p->ntitles && !envoy; t++) envoy = kg_title_is_envoy(p->titles[t]);
      if (envoy || p->intl || p->country_strength >= 2 || (p->country && p->country != c->home))
        continue;
      p->country = pc;
      p->country_strength = 1;
    }
    /* "Later, General X met Admiral Z": a later meeting of the lone
     * visitor that the text places nowhere, reported before the text
     * names a place of the home country again or a return, is one of the
     * same trip: its other side are hosts of the same country */
    if (m->n[gs] != 1) continue;
    size_t v = m->side[gs][0];
    for (size_t j = i + 1; j < e->n_m; j++) {
      const meeting *m2 = &e->m[j];
      if (m2->planned || m2->place != NONE || m2->sent <= m->sent) continue;
      int vs = in_side(m2, 0, v) ? 0 : in_side(m2, 1, v) ? 1 : -1;
      if (vs < 0 || (m2->guest_side && m2->guest_side - 1 != vs)) continue;
      int away = 1;
      for (size_t s = m->sent + 1; s <= m2->sent && away; s++)
        for (size_t t = c->sents[s].first; t < c->sents[s].end && away; t++) {
          const kg_chunk *q = chunk(c, t);
          away = !(q && (q->type == CH_PLACE || q->type == CH_COUNTRY) && q->country == c->home) &&
                 !w(c, t, "return") && !w(c, t, "returned") && !w(c, t, "returning") &&
                 !w(c, t, "before") && !w(c, t, "earlier");
        }
      for (size_t x = 0; x < m2->n[1 - vs] && away; x++) {
        kg_xperson *p = &c->people[m2->side[1 - vs][x]];
        if (p->intl || p->country_strength >= 2 || (p->country && p->country != c->home)) continue;
        p->country = pc;
        p->country_strength = 1;
      }
    }
  }
}

/* Does the text mark person `who`, named in sentence s, as a visitor of
 * the home country: "received visiting Secretary of State X" ("visiting"
 * in the title phrase right before the name), "welcomed X to Japan" (the
 * home country right after the name and "to")? */
static int marked_visitor(kg_ctx *c, size_t s, size_t who) {
  for (size_t i = 0; i < c->n_ch; i++) {
    const kg_chunk *k = &c->ch[i];
    if (k->type != CH_NAME || k->ent != who || k->sent != s) continue;
    /* back over the title phrase: titles, ranks, honorifics, "the", "of" */
    for (size_t t = k->first; t > c->sents[s].first && t + 12 > k->first;) {
      const kg_chunk *q = chunk(c, t - 1);
      if (q && (q->type == CH_TITLE || q->type == CH_RANK || q->type == CH_HON)) {
        t = q->first;
      } else if (w(c, t - 1, "visiting")) {
        return 1;
      } else if (!q && (w(c, t - 1, "the") || w(c, t - 1, "of"))) {
        t--;
      } else {
        break;
      }
    }
    const kg_chunk *to = k->end + 1 < c->sents[s].end ? chunk(c, k->end + 1) : NULL;
    if (w(c, k->end, "to") && to && to->type == CH_COUNTRY && !to->demonym &&
        to->first == k->end + 1 && to->country == c->home)
      return 1;
  }
  return 0;
}

/* "TOKYO - Foreign Minister X received visiting Secretary of State Y",
 * "welcomed Y to Japan": a guest (the verb frame's visitor) the text marks
 * as a visitor of the home country, met at home (no place, or one of the
 * home country), whom the text does not place, is no official of the home
 * country: no country rather than the home's guess. Not an office of a
 * province or state (a governor visits the capital). */
static void home_guests(evctx *e) {
  kg_ctx *c = e->c;
  if (!c->home) return;
  for (size_t i = 0; i < e->n_m; i++) {
    const meeting *m = &e->m[i];
    if (m->planned || !m->guest_side) continue;
    if (m->place != NONE && c->ch[m->place].country && c->ch[m->place].country != c->home)
      continue;
    int gs = m->guest_side - 1;
    for (size_t x = 0; x < m->n[gs]; x++) {
      kg_xperson *p = &c->people[m->side[gs][x]];
      if (p->intl || p->country != c->home || p->country_strength >= 2) continue;
      int local = 0;
      for (size_t t = 0; t < p->ntitles && !local; t++) local = subnational_office(p->titles[t]);
      int marked = 0;
      for (size_t v = 0; v < m->n_ev && !marked; v++)
        marked = marked_visitor(c, m->ev_sent[v], m->side[gs][x]);
      if (local || !marked) continue;
      p->country = NULL;
      p->country_strength = 0;
    }
  }
}

/* An officer known by rank alone ("Brig.-Gen. X said") who meets nobody
 * serves the article's home country; across a meeting the sides decide. */
static void home_officers(evctx *e) {
  kg_ctx *c = e->c;
  if (!c->home) return;
  for (size_t i = 0; i < c->n_people; i++) {
    kg_xperson *p = &c->people[i];
    if (p->country || p->ntitles <= p->nplural || p->intl) continue;
    int meets = 0;
    for (size_t k = 0; k < e->n_m && !meets; k++)
      meets = in_side(&e->m[k], 0, i) || in_side(&e->m[k], 1, i);
    /* "MUSCAT - Admiral X is visiting Oman": the visitor of a visit to
     * the home country, named as a country, is no officer of it (a visit
     * to a place in it, "visited the ISPR office in Rawalpindi", may be an
     * officer's own) */
    for (size_t k = 0; k < e->n_o && !meets; k++) {
      const other_event *o = &e->o[k];
      meets = !strcmp(o->subtype, "visit") && o->n_people && o->people[0] == i &&
              o->place != NONE && c->ch[o->place].type == CH_COUNTRY &&
              c->ch[o->place].country == c->home;
    }
    if (meets) continue;
    p->country = c->home;
    p->country_strength = 1;
  }
}

void kg_find_events(kg_ctx *c) {
  evctx e;
  memset(&e, 0, sizeof e);
  e.c = c;
  e.last_subject = NONE;
  for (int g = 0; g < 3; g++) e.last_gen[g] = NONE;
  /* "Mr Rutte", "Ms Jakobsdottir": a form with a gendered honorific */
  for (size_t i = 0; i < c->n_people; i++) {
    kg_xperson *p = &c->people[i];
    for (size_t f = 0; f < p->nforms && !p->gen; f++) {
      const char *x = p->forms[f];
      if (!strncmp(x, "Mr ", 3) || !strncmp(x, "Mr. ", 4) || !strncmp(x, "Sir ", 4))
        p->gen = 1;
      else if (!strncmp(x, "Mrs ", 4) || !strncmp(x, "Mrs. ", 5) || !strncmp(x, "Ms ", 3) ||
               !strncmp(x, "Ms. ", 4) || !strncmp(x, "Madam ", 6) || !strncmp(x, "Dame ", 5))
        p->gen = 2;
    }
  }
  e.last_object = NONE;
  e.last_guest = NONE;
  e.guest_tok = NONE;
  e.head_dated = -1;
  /* delegation leaders first: a headline may name "the Chinese delegation"
   * before the text says who led it */
  for (size_t s = 0; s < c->n_sents; s++) {
    for (size_t i = c->sents[s].first; i + 3 < c->sents[s].end; i++) {
      const char *dc = NULL;
      size_t by = w(c, i, "delegation") ? led_by(c, i, c->sents[s].end, &dc) : NONE;
      if (by == NONE && w(c, i, "delegation")) {
        const char *lc = NULL;
        size_t lp = leads_delegation(c, i, c->sents[s].first, &lc);
        if (lp != NONE) {
          size_t u;
          int stated = lc != NULL;
          if (!lc) {
            lc = delegation_country(c, i, c->sents[s].end, &u);
            stated = lc && stated_delegation_country(c, i);
          }
          note_leader_of(&e, lp, lc);
          if (lc && c->people[lp].country_strength < 2 && stated) {
            c->people[lp].country = lc;
            c->people[lp].country_strength = 2;
          }
        }
      }
      if (by == NONE) continue;
      for (size_t j = by; j < c->sents[s].end && j < by + 27; j++) {
        kg_chunk *k = chunk(c, j);
        if (k && k->type == CH_NAME && k->ent != NONE) {
          /* "the Chinese delegation headed by X", "a delegation from
           * Ghana led by X": X leads for that country */
          kg_chunk *q = i > 0 ? chunk(c, i - 1) : NULL;
          const char *lc = dc ? dc : q && q->type == CH_COUNTRY ? q->country : NULL;
          /* (not by an office in a body of two countries: "led by the
           * chairmen of the US-Algeria Business Council, A and B") */
          if (lc && two_country_body(c, by, j)) {
            if (stated_delegation_country(c, i) && e.n_wd < 8) {
              e.wd_country[e.n_wd] = lc;
              e.wd_person[e.n_wd++] = k->ent;
            }
            lc = NULL;
          }
          note_leader_of(&e, k->ent, lc);
          /* "a delegation of the Kenyan National Assembly led by X": X
           * serves that country, known before the meetings are read (an
           * attendee of that country then joins X's side) */
          kg_xperson *lp = &c->people[k->ent];
          if (lc && lp->country_strength < 2 && stated_delegation_country(c, i)) {
            lp->country = lc;
            lp->country_strength = 2;
          }
          break;
        }
        if (kg_ctx_punct(c, j, ';') || (k && k->type == CH_PRON)) break;
      }
    }
  }
  mark_name_titles(c);
  for (size_t s = 0; s < c->n_sents; s++) side_countries(&e, s);
  for (size_t s = 0; s < c->n_sents; s++) {
    frame_meetings(&e, s);
    other_events(&e, s);
  }
  propagate_countries(&e);
  abroad_hosts(&e);
  home_guests(&e);
  unnamed_delegation_hosts(&e);
  home_officers(&e);
  kg_emit_entities(c);
  size_t n_ev = emit_meetings(&e);
  emit_others(&e, &n_ev);
  for (size_t i = 0; i < e.n_o; i++) free(e.o[i].name);
  if (e.stext)
    for (size_t s = 0; s < c->n_sents; s++) free(e.stext[s]);
  free(e.stext);
  free(e.rc);
  free(e.rc_at);
  free(e.rc_n);
  free(e.o);
  free(e.m);
}
