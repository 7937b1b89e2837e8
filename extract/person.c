/* person.c - officials: office titles (kg_find_titles), personal names
 * (kg_find_names) and the people they add up to (kg_resolve_people).
 * Names are found from their structure (capitalised words, particles such as
 * bin/al/van der, initials, suffixes) and accepted on evidence from context:
 * a title, rank or honorific before them, an apposition after them, a verb
 * of speaking, a byline, a common given name. Shorter forms (surname alone,
 * rank + surname) become aliases of the fullest form when the document
 * supports it; people sharing a surname are told apart by title and by
 * salience, never merged by guess. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "extract/internal.h"
#include "src/utf8.h"

#define NONE ((size_t)-1)
#define MAX_NAME_TOKENS 7

static int covered(const kg_ctx *c, size_t i) { return c->tok_ch[i] >= 0; }

static int is_word(const kg_ctx *c, size_t i) {
  return i < c->tk.n && c->tk.v[i].kind == TK_WORD;
}

static int is_cap(const kg_ctx *c, size_t i) {
  return is_word(c, i) && (c->tk.v[i].flags & TF_CAP);
}

static int is_lower(const kg_ctx *c, size_t i) {
  return is_word(c, i) && (c->tk.v[i].flags & TF_LOWER);
}

static kg_chunk *chunk(kg_ctx *c, size_t i) { return kg_ctx_chunk_at(c, i); }

static int chunk_is(kg_ctx *c, size_t i, int type) {
  kg_chunk *k = chunk(c, i);
  return k && k->type == type;
}

/* ---- titles ------------------------------------------------------------------- */

/* Is token i a word no lexicon knows, or one that only the given-name
 * lists know ("Pham Minh CHINH": a Vietnamese given name in capitals)? */
static int given_only(const kg_ctx *c, size_t i) {
  const kg_lexent *e = kg_ctx_lex1(c, i);
  return !e || !(e->kinds & ~(uint32_t)LX_GIVEN);
}

/* Is token i followed by a patronymic particle? "Sultan bin Ahmed", "Amir
 * bin Saad": a title word there is a given name. */
static int before_patronym(const kg_ctx *c, size_t i) {
  return i + 1 < c->tk.n && (kg_ctx_is(c, i + 1, "bin") || kg_ctx_is(c, i + 1, "ibn") ||
                             kg_ctx_is(c, i + 1, "bint"));
}

/* Is token i a ruler's title right after an officer's rank and before a
 * capitalised word? "Lieutenant General Sultan Ahmed": a rank is followed
 * by a name, and Sultan, Amir and Shah are given names there. */
static int given_after_rank(const kg_ctx *c, size_t i) {
  if (i == 0 || i + 1 >= c->tk.n || c->tok_ch[i - 1] < 0) return 0;
  const kg_chunk *r = &c->ch[c->tok_ch[i - 1]];
  if (r->type != CH_RANK || r->end != i || !is_cap(c, i + 1) || !(c->tk.v[i].flags & TF_CAP))
    return 0;
  return kg_ctx_is(c, i, "sultan") || kg_ctx_is(c, i, "amir") || kg_ctx_is(c, i, "shah");
}

/* Is token i a ruler's title right after a complete office and before a
 * capitalised word? "Foreign Minister Amir Khan X": no office goes on with
 * a ruler's title, so Amir, Emir, King, Sultan and Shah there are given
 * names ("Deputy Amir", after a modifier, is still the office). */
static int given_after_office(const kg_ctx *c, size_t i) {
  if (i == 0 || i + 1 >= c->tk.n || !(c->tk.v[i].flags & TF_CAP) || !is_cap(c, i + 1)) return 0;
  if (!(kg_ctx_is(c, i, "amir") || kg_ctx_is(c, i, "emir") || kg_ctx_is(c, i, "king") ||
        kg_ctx_is(c, i, "sultan") || kg_ctx_is(c, i, "shah")))
    return 0;
  if (kg_ctx_title(c, i + 1) || kg_ctx_has(c, i + 1, LX_HONORIFIC | LX_RANK)) return 0;
  if (c->tok_ch[i - 1] >= 0) {
    const kg_chunk *t = &c->ch[c->tok_ch[i - 1]];
    return t->type == CH_TITLE && t->end == i;
  }
  return is_word(c, i - 1) && (c->tk.v[i - 1].flags & TF_CAP) && kg_ctx_title(c, i - 1) &&
         !kg_ctx_has(c, i - 1, LX_TITLEMOD);
}

/* Is token i a title word that many name lists give as a given name too
 * ("Amir", "Emir", "Dean"), right before one capitalised word that no
 * lexicon knows and that closes the name ("Amir Hatami said")? Then it is
 * the given name of a two-word name: a ruler is named by a given name
 * ("Emir Tamim") or with an honorific or particle after the title ("the
 * Amir Sheikh X", "Emir X al-Y"), and an office word, a modifier, "the", a
 * country or a possessive before the title keeps it an office ("Deputy
 * Amir X", "Kuwait's Amir X"). */
static int given_before_surname(const kg_ctx *c, size_t i) {
  if (i + 1 >= c->tk.n || !is_cap(c, i) || (c->tk.v[i].flags & TF_ALLCAPS) || !is_cap(c, i + 1) ||
      (c->tk.v[i + 1].flags & TF_ALLCAPS) || covered(c, i + 1) || kg_ctx_lex1(c, i + 1))
    return 0;
  const kg_lexent *e = kg_ctx_lex1(c, i);
  if (!e || !(e->kinds & LX_TITLE) || !(e->kinds & LX_GIVEN) || e->given < 5) return 0;
  size_t n = i + 2;
  if (n < c->tk.n && (kg_ctx_punct(c, n, '-') || kg_ctx_has(c, n, LX_PARTICLE) ||
                      c->tk.v[n].kind == TK_POSS))
    return 0;
  /* (a word with a capital anywhere goes on the name: "X al-Ahmad") */
  for (size_t q = 0; n < c->tk.n && is_word(c, n) && q < c->tk.v[n].len; q++) {
    char ch = c->text[c->tk.v[n].off + q];
    if (ch >= 'A' && ch <= 'Z') return 0;
  }
  if (i == 0) return 1;
  const kg_token *p = &c->tk.v[i - 1];
  if (p->kind == TK_POSS || c->tok_ch[i - 1] >= 0) return 0;
  return !(p->kind == TK_WORD &&
           (kg_ctx_is(c, i - 1, "the") ||
            kg_ctx_has(c, i - 1, LX_TITLE | LX_TITLEMOD | LX_DOMAIN | LX_HONORIFIC | LX_RANK |
                                     LX_COUNTRY | LX_DEMONYM | LX_ORG | LX_ORGHEAD)));
}

/* Is token i a capitalised word right after "Abdul", "Abdel", "Abd",
 * "Abdoul", "Abdur" or "Abdus" ("servant of", which never ends a name)?
 * "Lieutenant General Abdul Amir Rashid Yarallah": a title word there is
 * the second half of the given name, not an office. */
static int given_after_abd(const kg_ctx *c, size_t i) {
  if (i == 0 || !(c->tk.v[i].flags & TF_CAP) || (c->tk.v[i].flags & TF_ALLCAPS) ||
      !is_cap(c, i - 1) || (c->tk.v[i - 1].flags & TF_ALLCAPS) ||
      c->tk.v[i - 1].off + c->tk.v[i - 1].len + 1 != c->tk.v[i].off)
    return 0;
  return kg_ctx_is(c, i - 1, "abdul") || kg_ctx_is(c, i - 1, "abdel") ||
         kg_ctx_is(c, i - 1, "abd") || kg_ctx_is(c, i - 1, "abdoul") ||
         kg_ctx_is(c, i - 1, "abdur") || kg_ctx_is(c, i - 1, "abdus");
}

static int title_word(const kg_ctx *c, size_t i) {
  return is_word(c, i) && !covered(c, i) && kg_ctx_title(c, i) && !before_patronym(c, i) &&
         !given_after_rank(c, i) && !given_after_office(c, i) && !given_before_surname(c, i) &&
         !given_after_abd(c, i);
}

static int mod_word(const kg_ctx *c, size_t i, int lower_ok) {
  if (!is_word(c, i) || covered(c, i)) return 0;
  if (!lower_ok && !(c->tk.v[i].flags & (TF_CAP | TF_ALLCAPS))) return 0;
  /* "the parliament speaker", "the Seimas speaker" */
  if (lower_ok && kg_ctx_has(c, i, LX_ORGHEAD)) return 1;
  return kg_ctx_has(c, i, LX_TITLEMOD | LX_DOMAIN | LX_TITLE);
}

int kg_title_is_envoy(const char *canon) {
  return strstr(canon, "Ambassador") || strstr(canon, "Envoy") ||
         strstr(canon, "High Commissioner") || strstr(canon, "Consul") ||
         strstr(canon, "Chargé") || strstr(canon, "Attaché") ||
         strstr(canon, "Representative") || strstr(canon, "ambassador") ||
         strstr(canon, "Nuncio") || strstr(canon, "nuncio") ||
         strstr(canon, "envoy");
}

/* Is token i a capitalised word right after a capitalised compass word
 * ("South", "Western", "Central")? */
static int compass_before(const kg_ctx *c, size_t i) {
  static const char *const compass[] = {
      "north",     "south",     "east",      "west",      "northern",  "southern",
      "eastern",   "western",   "central",   "northeast", "northwest", "southeast",
      "southwest", "north-east", "north-west", "south-east", "south-west", NULL};
  return i > 0 && is_cap(c, i) && is_cap(c, i - 1) && !covered(c, i - 1) &&
         kg_ctx_is_one_of(c, i - 1, compass);
}

/* Complement tokens after "of"/"for"/"to"/"in": portfolio words, common
 * words, countries, institutions; not a name. */
static int complement_word(kg_ctx *c, size_t i) {
  kg_chunk *k = chunk(c, i);
  if (k) return k->type == CH_COUNTRY || k->type == CH_INST || k->type == CH_PLACE;
  if (!is_word(c, i)) return 0;
  if (kg_he_surname(c, i)) return 0; /* "... Military Commission He Weidong" */
  /* "Ambassador ... to the country"; "Permanent Secretary in the
   * ministry": the body named before */
  if (!(c->tk.v[i].flags & (TF_CAP | TF_ALLCAPS)))
    return kg_ctx_is(c, i, "country") ||
           (i > 0 && kg_ctx_is(c, i - 1, "the") &&
            (kg_ctx_is(c, i, "ministry") || kg_ctx_is(c, i, "department")));
  if (kg_ctx_has(c, i, LX_DOMAIN | LX_ORGHEAD | LX_TITLE | LX_TITLEMOD)) return 1;
  /* "Special Representative for Central Asia": the end of a region's
   * name that is no person's ("Asia" is a given name too) */
  const kg_lexent *e;
  if (i > 0 && is_cap(c, i - 1) &&
      kg_lex_match(c->lex, &c->tk, c->text, i - 1, i + 1, LX_NONNAME, 0, &e) == 2)
    return 1;
  if (kg_ctx_has(c, i, LX_GIVEN | LX_RANK | LX_HONORIFIC)) return 0;
  /* "for Ibero-America", "for the Indo-Pacific", "Euro-Atlantic": a
   * hyphened compound whose last part is a continent, region or country */
  {
    const char *key = ctx_key(c, i);
    const char *h = strrchr(key, '-');
    const kg_lexent *r = h && h > key && h[1] ? kg_lex_get(c->lex, h + 1, strlen(h + 1)) : NULL;
    /* (not a given name's compound: "Marie-France") */
    const kg_lexent *g = r ? kg_lex_get(c->lex, key, strcspn(key, "-")) : NULL;
    if (r && (r->kinds & (LX_NONNAME | LX_REGION | LX_COUNTRY)) && !(r->kinds & LX_GIVEN) &&
        !(g && (g->kinds & LX_GIVEN)))
      return 1;
  }
  /* "for the South Caucasus", "the Western Balkans": a capitalised word
   * after a compass word is the region it qualifies, not a surname */
  if (compass_before(c, i) && !kg_ctx_title(c, i)) return 1;
  return kg_ctx_has(c, i, LX_WORD | LX_NONNAME) || kg_ctx_title(c, i) ||
         kg_ctx_abstract_noun(c, i);
}

/* A word for a country's administrative unit that ends a region's name
 * ("Tver Oblast", "Aleppo Governorate", "Kanagawa Prefecture"). */
static int admin_unit(const kg_ctx *c, size_t i) {
  static const char *const units[] = {"oblast", "krai", "okrug", "governorate", "prefecture",
                                      "province", "region", "voivodeship", "county", NULL};
  return kg_ctx_is_one_of(c, i, units);
}

/* Does a name start at complement token q, right after a portfolio word?
 * "State Minister of Defense Taro Miyamura": a capitalised common word
 * ("Taro") that is no portfolio, office or body word, then one capitalised
 * word the lexicon does not know at all, closing the phrase, are a given
 * name and a surname, not more of the portfolio. */
static int portfolio_then_name(kg_ctx *c, size_t q, size_t end) {
  if (q == 0 || q + 1 >= end || !is_cap(c, q) || covered(c, q) || !is_cap(c, q - 1) ||
      !kg_ctx_has(c, q - 1, LX_DOMAIN) ||
      kg_ctx_has(c, q, LX_DOMAIN | LX_ORGHEAD | LX_TITLE | LX_TITLEMOD | LX_COUNTRY |
                           LX_DEMONYM | LX_ORG) ||
      kg_ctx_title(c, q))
    return 0;
  /* (a weekday's short form is a family name here: "Minister for
   * Communications Sun Moreau"; other function words are not) */
  int day = strlen(ctx_key(c, q)) <= 4 && kg_weekday_of(ctx_key(c, q)) >= 0;
  if (kg_ctx_has(c, q, LX_NONNAME) && !day) return 0;
  size_t n = q + 1;
  /* (the surname no word the lexicon knows; after such a family name, a
   * town's name too: "Minister for Immigration Sun Pereira") */
  const kg_lexent *ln = n < end ? kg_ctx_lex1(c, n) : NULL;
  if (!is_cap(c, n) || (covered(c, n) && !(day && chunk_is(c, n, CH_PLACE))) ||
      (c->tk.v[n].flags & TF_ALLCAPS) ||
      (ln && !(day && !(ln->kinds & ~(uint32_t)(LX_CITY | LX_GIVEN)))))
    return 0;
  /* the surname ends the phrase ("Taro Miyamura met"), no portfolio word
   * or office follows it */
  return n + 1 >= end || !is_word(c, n + 1) || !(c->tk.v[n + 1].flags & (TF_CAP | TF_ALLCAPS));
}

/* Can a person's name start at token p: a capitalised word that is no
 * portfolio, office, body, country or rank word? */
static int name_start(kg_ctx *c, size_t p, size_t end) {
  if (p >= end || !is_cap(c, p) || covered(c, p) || c->tk.v[p].kind != TK_WORD) return 0;
  return !kg_ctx_has(c, p, LX_DOMAIN | LX_ORGHEAD | LX_TITLE | LX_TITLEMOD | LX_COUNTRY |
                               LX_DEMONYM | LX_RANK | LX_NONNAME) &&
         !kg_ctx_title(c, p) && !admin_unit(c, p);
}

/* Does the complement starting at j ("of", "to", "for") name another
 * official, the one the office serves, by name? "a special envoy of
 * Rwandan President Mark Obura", "Special Adviser to President Ada Eze on
 * Media": an optional "the", a country (a demonym, "Kenya's"), a capitalised
 * office, then a capitalised word that starts a name. That office and name
 * are a person of their own, not the envoy's office. */
static int principal_named(kg_ctx *c, size_t j, size_t end) {
  size_t p = j + 1;
  if (p < end && kg_ctx_is(c, p, "the")) p++;
  kg_chunk *k = chunk(c, p);
  if (k && k->type == CH_COUNTRY) {
    p = k->end;
    if (p < end && c->tk.v[p].kind == TK_POSS) p++;
  }
  size_t h = p;
  while (p < end && p < h + 3 && is_cap(c, p) && title_word(c, p)) p++;
  return p > h && name_start(c, p, end);
}

/* "Minister of Foreign Affairs Ambassador Taye X" (Ethiopian style): a
 * capitalised "Ambassador" right after an office that ends in a portfolio
 * word and before a name is the holder's style, neither more of the
 * portfolio nor an office of its own. */
static int ambassador_style(kg_ctx *c, size_t i, size_t end) {
  if (i == 0 || !is_cap(c, i) || !kg_ctx_is(c, i, "ambassador") || !is_cap(c, i - 1) ||
      !kg_ctx_has(c, i - 1, LX_DOMAIN) || !name_start(c, i + 1, end))
    return 0;
  kg_chunk *t = chunk(c, i - 1);
  return !t || (t->type == CH_TITLE && t->end == i);
}

/* The kind of a country's top office that canonical title text names
 * (without a modifier): 1 for a President, 2 for a head of government or
 * a monarch (Prime Minister, Premier, King, Queen, Emir, Sultan); 0 for any
 * other office ("Vice President", "Defence Minister"). */
static int top_office(const char *canon) {
  static const char *const heads[] = {"prime minister", "premier", "king", "queen",
                                      "emir", "amir", "sultan", NULL};
  char *f = kg_fold(canon, strlen(canon));
  const char *t = strncmp(f, "the ", 4) ? f : f + 4;
  int kind = 0;
  for (int i = -1; !kind && (i < 0 || heads[i]); i++) {
    const char *h = i < 0 ? "president" : heads[i];
    size_t n = strlen(h);
    if (!strncmp(t, h, n) && (!t[n] || !strncmp(t + n, " of ", 4))) kind = i < 0 ? 1 : 2;
  }
  free(f);
  return kind;
}

/* Are two offices joined by "and" held by two people? A President and a
 * Prime Minister or monarch ("the Prime Minister of Pakistan and President
 * X") are never one person; "Deputy Prime Minister and Foreign Minister X",
 * "Sultan and Prime Minister X" may be. */
static int rival_offices(const char *a, const char *b) {
  int ka = top_office(a), kb = top_office(b);
  return ka && kb && ka != kb;
}

/* Does a capitalised top office that rivals `head` (rival_offices) start at
 * token i ("... of Pakistan and President X")? */
static int rival_office_at(kg_ctx *c, size_t i, size_t end, const char *head) {
  if (i >= end || !is_cap(c, i) || covered(c, i) || !title_word(c, i)) return 0;
  size_t e = i + 1;
  while (e < end && e < i + 3 && title_word(c, e) && is_cap(c, e)) e++;
  char *t = kg_ctx_span_text(c, i, e);
  int r = rival_offices(head, t);
  free(t);
  return r;
}

static int complement_link(kg_ctx *c, size_t i) {
  if (c->tk.v[i].kind == TK_PUNCT) {
    /* "Minister for Finance, Commerce and Business Development" */
    if (c->text[c->tk.v[i].off] == ',') {
      /* "for Environment, Oceans and Fisheries": a comma list of portfolio
       * words that an "and" closes */
      if (!(i + 1 < c->tk.n && is_word(c, i + 1) && !covered(c, i + 1) &&
            (c->tk.v[i + 1].flags & TF_CAP) && complement_word(c, i + 1)))
        return 0;
      for (size_t j = i + 2; j < c->tk.n && j < i + 6; j++) {
        if (kg_ctx_is(c, j, "and") || kg_ctx_punct(c, j, '&')) return 1;
        if (!complement_word(c, j) && !kg_ctx_punct(c, j, ',')) return 0;
      }
      return 0;
    }
    return c->text[c->tk.v[i].off] == '&';
  }
  if (!is_lower(c, i)) return 0;
  const char *w = ctx_key(c, i);
  /* "... Central Committee and Chinese president": a second title */
  if (!strcmp(w, "and")) {
    kg_chunk *q = chunk(c, i + 1);
    if (q && q->type == CH_COUNTRY && q->demonym && q->first == i + 1 && q->end < c->tk.n &&
        (is_lower(c, q->end) || kg_ctx_title(c, q->end)))
      return 0;
  }
  /* "Minister Delegate in charge of National Defence", "Minister
   * responsible for Defence": the francophone and Commonwealth portfolio */
  if ((!strcmp(w, "charge") && i > 0 && kg_ctx_is(c, i - 1, "in") && kg_ctx_is(c, i + 1, "of")) ||
      (!strcmp(w, "responsible") && kg_ctx_is(c, i + 1, "for")))
    return 1;
  return !strcmp(w, "of") || !strcmp(w, "the") || !strcmp(w, "and") ||
         !strcmp(w, "for") || !strcmp(w, "with") || !strcmp(w, "responsibility") ||
         !strcmp(w, "in") || !strcmp(w, "to");
}

/* Title-case a folded phrase, keeping short function words lower case. */
static void title_case(kg_buf *out, const char *folded) {
  int up = 1;
  for (const char *p = folded; *p; p++) {
    char ch = *p;
    if (up && ch >= 'a' && ch <= 'z' && strncmp(p, "of ", 3) && strncmp(p, "and ", 4) &&
        strncmp(p, "the ", 4) && strncmp(p, "for ", 4))
      ch = (char)(ch - 32);
    kg_buf_putc(out, ch);
    up = ch == ' ';
  }
}

/* Normalise an office title so that its forms compare equal:
 * "Defence Minister", "Defense Minister" and "Minister of National Defense"
 * are all "Minister of Defence"; "Deputy Foreign Minister" is "Deputy
 * Minister of Foreign Affairs". Returns a new string. */
char *kg_title_normalize(const char *title) {
  char *f = kg_fold(title, strlen(title));
  static const char *const mods[] = {"first deputy ", "deputy ", "vice ", "acting ",
                                     "assistant ", "senior ", "state ", "junior ", NULL};
  const char *mod = "";
  const char *rest = f;
  for (int i = 0; mods[i]; i++)
    if (!strncmp(rest, mods[i], strlen(mods[i]))) {
      mod = mods[i];
      rest += strlen(mods[i]);
      break;
    }
  kg_buf out = KG_BUF_INIT;
  size_t rl = strlen(rest);
  const char *dom = NULL;
  char domain[128];
  if (rl > 9 && !strcmp(rest + rl - 9, " minister") && rl - 9 < sizeof domain) {
    memcpy(domain, rest, rl - 9);
    domain[rl - 9] = '\0';
    dom = domain;
  } else if (!strncmp(rest, "minister of ", 12) || !strncmp(rest, "minister for ", 13)) {
    dom = rest + (rest[9] == 'o' ? 12 : 13);
  }
  const char *canon = dom ? kg_portfolio(dom) : NULL;
  /* only portfolios known to have several spellings are rewritten; others
   * keep the writer's words */
  if (dom && canon) {
    title_case(&out, mod);
    kg_buf_puts(&out, "Minister of ");
    kg_buf_puts(&out, canon);
    free(f);
    return kg_buf_detach(&out);
  }
  kg_buf_free(&out);
  free(f);
  return kg_xstrdup(title);
}

/* Does body chunk k name an international organisation in its own name
 * ("NATO Military Committee", "UN Security Council")? Its officers serve
 * no country. */
static int intl_body(kg_ctx *c, const kg_chunk *k) {
  /* a bilateral body: two states' names joined by a hyphen at its start
   * ("US-Algeria Business Council", "Algerian-American Chamber of
   * Commerce", "India-Algeria Joint Commission") serves neither alone */
  for (size_t i = k->first; i < k->end && i < k->first + 3; i++)
    if (kg_ctx_two_countries(c, i)) return 1;
  for (size_t i = k->first; i < k->end; i++) {
    const kg_lexent *e = NULL;
    if (is_cap(c, i) && kg_lex_match(c->lex, &c->tk, c->text, i, k->end, LX_ORG, 0, &e) && e &&
        !e->country && e->orgkind && !strcmp(e->orgkind, "international"))
      return 1;
  }
  return 0;
}

/* Is chunk k an armed service right before an officer's rank ("Air Force
 * Maj. Gen.")? (Not a body such as ISPR: "Director General ISPR Major
 * General X" heads it.) */
static int service_before_rank(kg_ctx *c, const kg_chunk *k) {
  if (!k || k->type != CH_INST || k->ent == NONE || !chunk_is(c, k->end, CH_RANK)) return 0;
  const char *kind = c->insts[k->ent].kind;
  return kind && !strcmp(kind, "armed_forces");
}

/* "at the Office of the President", "at the Ministry of Defence": "at"
 * before a body's name (its "the" between) goes on to that body; returns
 * the body's first token, else NONE. */
static size_t at_body(kg_ctx *c, size_t q, size_t end) {
  if (!kg_ctx_is(c, q, "at") || !is_lower(c, q)) return NONE;
  size_t r = q + 1;
  if (r < end && kg_ctx_is(c, r, "the")) r++;
  kg_chunk *k = r < end ? chunk(c, r) : NULL;
  if (k) return k->type == CH_INST && k->first == r ? r : NONE;
  /* "at the Presidency": a body's head word alone after "the" */
  return r > q + 1 && r < end && is_cap(c, r) && kg_ctx_has(c, r, LX_ORGHEAD) &&
                 !kg_ctx_has(c, r, LX_GIVEN)
             ? r
             : NONE;
}

/* "defence attache at the French embassy in Rabat": "at" before an
 * embassy whose country is known; its staff serve the embassy's state,
 * whatever case the office is written in. Returns the body's first token,
 * else NONE. */
static size_t at_embassy(kg_ctx *c, size_t q, size_t end) {
  size_t r = at_body(c, q, end);
  if (r == NONE) return NONE;
  kg_chunk *k = chunk(c, r);
  if (!k || k->type != CH_INST || k->ent == NONE) return NONE;
  const kg_xinst *x = &c->insts[k->ent];
  return x->kind && !strcmp(x->kind, "embassy") && x->country ? r : NONE;
}

static void make_title(kg_ctx *c, size_t s, size_t a, size_t h0, size_t h1,
                       size_t end) {
  /* h0..h1: the head (one or more title tokens / a multi-word title chunk);
   * a: start of the left part (country, modifiers) */
  size_t b = h1;
  int lower = is_lower(c, h0) || (chunk(c, h0) && chunk(c, h0)->head_lower);
  const char *country = NULL;
  const char *host = NULL;
  int strength = 0, intl = 0;
  size_t inst = NONE;
  int compl = 0;
  char *head_text = kg_ctx_span_text(c, h0, h1);
  /* a modifier before the head ("Vice President", "Deputy Prime Minister") */
  int modified = 0;
  for (size_t i = a; i < h0; i++) modified |= !covered(c, i) && kg_ctx_has(c, i, LX_TITLEMOD);
  /* "European Commissioner", "African Union envoy": a continent's body */
  if (a > 0 && (kg_ctx_is(c, a - 1, "european") || kg_ctx_is(c, a - 1, "african") ||
                kg_ctx_is(c, a - 1, "arab") || kg_ctx_is(c, a - 1, "asean")) &&
      (c->tk.v[a - 1].flags & TF_CAP) && !covered(c, a - 1))
    intl = 1, a--;
  /* left part */
  for (size_t i = a; i < h0; i++) {
    kg_chunk *k = chunk(c, i);
    if (k && k->type == CH_COUNTRY) {
      country = k->country;
      strength = 3;
      i = k->end - 1;
    } else if (k && k->type == CH_INST) {
      inst = (size_t)(k - c->ch);
      const kg_xinst *x = &c->insts[k->ent];
      if (x->country) {
        if (!country) country = x->country, strength = 2;
      } else if (!x->domestic) {
        intl = 1; /* "WHO Director-General", "EU Ambassador" */
      }
      i = k->end - 1;
    }
  }
  /* after the head: "designate", "-elect", "Extraordinary and
   * Plenipotentiary", a short parenthesis "(Central Asia & ECO)" */
  for (;;) {
    if (b < end && is_word(c, b) && !covered(c, b) &&
        (kg_ctx_is(c, b, "designate") || kg_ctx_is(c, b, "elect"))) {
      b++;
      continue;
    }
    /* "Chargé d'Affaires a.i.", "ad interim", "(a.i.)": the interim mark */
    if (b < end && (c->tk.v[b].flags & TF_INITIALS) && kg_ctx_is(c, b, "ai")) {
      b++;
      continue;
    }
    if (b + 1 < end && is_lower(c, b) && kg_ctx_is(c, b, "ad") && kg_ctx_is(c, b + 1, "interim")) {
      b += 2;
      continue;
    }
    if (b + 2 < end && kg_ctx_punct(c, b, '(') && (c->tk.v[b + 1].flags & TF_INITIALS) &&
        kg_ctx_is(c, b + 1, "ai") && kg_ctx_punct(c, b + 2, ')')) {
      b += 3;
      continue;
    }
    if (b < end && is_word(c, b) && !covered(c, b) && (c->tk.v[b].flags & TF_CAP) &&
        kg_ctx_has(c, b, LX_TITLEMOD) && !kg_ctx_has(c, b, LX_RANK) &&
        (kg_ctx_is(c, b + 1, "and") || kg_ctx_is(c, b + 1, "of") ||
         kg_ctx_is(c, b + 1, "to") || kg_ctx_punct(c, b + 1, ','))) {
      b++;
      if (kg_ctx_is(c, b, "and") && b + 1 < end && kg_ctx_has(c, b + 1, LX_TITLEMOD)) b++;
      continue;
    }
    if (b < end && kg_ctx_punct(c, b, '(')) {
      size_t r = b + 1;
      while (r < end && r < b + 8 && !kg_ctx_punct(c, r, ')')) r++;
      if (r < end && kg_ctx_punct(c, r, ')') && r + 1 < end &&
          (kg_ctx_is(c, r + 1, "of") || kg_ctx_is(c, r + 1, "for"))) {
        b = r + 1;
        continue;
      }
    }
    break;
  }
  /* an institution right after the head: "Chairman [Joint Chiefs of Staff
   * Committee]", "Director General designate [ISPR]" */
  /* (not a service before its officer's rank: "Press Secretary Air Force
   * Maj. Gen. X" is the general's Air Force) */
  /* (or after a comma, before an honorific or rank that opens a name:
   * "Ag. DG, NPHI Dr X", the East African style) */
  if (b + 1 < end && kg_ctx_punct(c, b, ',') && !lower && chunk(c, b + 1) &&
      chunk(c, b + 1)->type == CH_INST && chunk(c, b + 1)->first == b + 1) {
    const kg_chunk *k = chunk(c, b + 1), *h = chunk(c, k->end);
    if (h && h->first == k->end && (h->type == CH_HON || h->type == CH_RANK) &&
        !service_before_rank(c, k))
      b++;
    /* (or with a comma after the body too, the Nigerian style: "the
     * Permanent Secretary, Ministry of Defence, Dr X": a body between
     * commas, then an honorific or a rank) */
    else if (k->end + 1 < end && kg_ctx_punct(c, k->end, ',') &&
             (h = chunk(c, k->end + 1)) != NULL &&
             h->first == k->end + 1 && (h->type == CH_HON || h->type == CH_RANK))
      b++;
  }
  if (b < end && chunk(c, b) && chunk(c, b)->type == CH_INST && !lower &&
      !service_before_rank(c, chunk(c, b))) {
    kg_chunk *k = chunk(c, b);
    if (inst == NONE) inst = (size_t)(k - c->ch);
    const kg_xinst *x = &c->insts[k->ent];
    if (x->country && strength < 2) country = x->country, strength = 2;
    if (!x->country && ((x->kind && !strcmp(x->kind, "international")) || intl_body(c, k)))
      intl = 1;
    b = k->end;
    compl = 1;
  }
  /* complement */
  size_t j = b;
  if (j < end && is_lower(c, j) &&
      (kg_ctx_is(c, j, "of") || kg_ctx_is(c, j, "for") || kg_ctx_is(c, j, "to") ||
       kg_ctx_is(c, j, "in") || (kg_ctx_is(c, j, "responsible") && kg_ctx_is(c, j + 1, "for")) ||
       (!lower && at_body(c, j, end) != NONE) || at_embassy(c, j, end) != NONE) &&
      !principal_named(c, j, end)) {
    int to = kg_ctx_is(c, j, "to");
    size_t q = j, last = NONE;
    while (q < end) {
      /* "of this country": the country named last before */
      if ((kg_ctx_is(c, q, "this") || kg_ctx_is(c, q, "the")) && kg_ctx_is(c, q + 1, "country") &&
          q > j && strength < 3) {
        for (size_t t = h0; t-- > 0;) {
          kg_chunk *pc = chunk(c, t);
          if (pc && pc->type == CH_COUNTRY && !pc->demonym) {
            if (!to) {
              country = pc->country;
              strength = 2;
            }
            break;
          }
        }
        last = q + 1;
        q += 2;
        continue;
      }
      /* "of Kenya's ...", "of the Defense Ministry's Political-Military
       * Bureau": a country's or a body's possessive goes on to its part */
      if (c->tk.v[q].kind == TK_POSS && q > j &&
          (chunk_is(c, q - 1, CH_COUNTRY) ||
           ((chunk_is(c, q - 1, CH_INST) || kg_ctx_is(c, q - 1, "people")) && q + 1 < end &&
            is_cap(c, q + 1)))) {
        q++;
        continue;
      }
      /* "The Prime Minister of Pakistan and President X": a rival office
       * after "and" is another holder's, no more of this complement */
      if (q > j && kg_ctx_is(c, q, "and") && !modified && rival_office_at(c, q + 1, end, head_text))
        break;
      if (complement_link(c, q)) {
        q++;
        continue;
      }
      /* "Director of Projects at the Office of the President, X" */
      if (at_body(c, q, end) != NONE) {
        q = at_body(c, q, end);
        continue;
      }
      /* "Special Assistant to the Prime Minister on Foreign Affairs": a
       * portfolio after "on" (not "on Monday", "on Kashmir") */
      if (q > j && kg_ctx_is(c, q, "on") && is_lower(c, q) && q + 1 < end && !covered(c, q + 1) &&
          is_cap(c, q + 1) && kg_ctx_has(c, q + 1, LX_DOMAIN)) {
        q++;
        continue;
      }
      if (kg_ctx_punct(c, q, '(')) {
        /* a short parenthesis inside: "(Central Asia & ECO)" */
        size_t r = q + 1;
        while (r < end && r < q + 8 && !kg_ctx_punct(c, r, ')')) r++;
        /* (the office's acronym closing it before a comma is no part of
         * it: "The Chief of Defence Forces (CDF), General X"; a body's
         * acronym, "Chairman of the X Council (XBC), Y", stays in) */
        if (r == q + 2 && (c->tk.v[q + 1].flags & TF_ALLCAPS) && !covered(c, q + 1) &&
            (r + 1 >= end || kg_ctx_punct(c, r + 1, ',')))
          break;
        if (r < end && kg_ctx_punct(c, r, ')')) {
          q = r + 1;
          last = r;
          continue;
        }
        break;
      }
      if (portfolio_then_name(c, q, end)) break;
      if (q > j + 1 && ambassador_style(c, q, end)) break;
      /* "Ambassador of Turkey to BiH, X": after an envoy's "to", one or
       * two capitalised words that no lexicon but the given names' knows,
       * closed by a comma,
       * name a host the lexicon does not list (an abbreviation) */
      if (q > j && kg_ctx_is(c, q - 1, "to") && kg_title_is_envoy(head_text) &&
          !complement_word(c, q)) {
        size_t r = q;
        while (r < end && r < q + 2 && is_word(c, r) && !covered(c, r) &&
               (c->tk.v[r].flags & (TF_CAP | TF_ALLCAPS)) && given_only(c, r))
          r++;
        if (r > q && kg_ctx_punct(c, r, ',')) {
          last = r - 1;
          break;
        }
      }
      if (!complement_word(c, q)) {
        /* "Minister of Amiri Diwan Affairs Sheikh X": capitalised words
         * the lexicon does not know, closed by a portfolio word, are the
         * portfolio's (a name has no "Affairs" at its end) */
        size_t r = q;
        while (r < end && r < q + 3 && is_cap(c, r) && !covered(c, r) && !admin_unit(c, r) &&
               !kg_ctx_has(c, r, LX_DOMAIN | LX_GIVEN | LX_RANK | LX_HONORIFIC | LX_TITLE))
          r++;
        /* (or by a region's unit: "Governor of Tver Oblast of Russia") */
        if (r == q || r >= end || !is_cap(c, r) || covered(c, r) ||
            !(kg_ctx_has(c, r, LX_DOMAIN) || admin_unit(c, r)) || kg_ctx_has(c, r, LX_GIVEN))
          break;
        last = r;
        q = r + 1;
        continue;
      }
      kg_chunk *k = chunk(c, q);
      if (k) {
        if (k->type == CH_COUNTRY && !k->demonym) {
          int poss = k->poss;
          /* (an envoy "in" a country is posted there: "the Apostolic
           * Nuncio in Lebanon", "Ambassador in Kenya") */
          size_t pp = k->first > j && kg_ctx_is(c, k->first - 1, "the") ? k->first - 1 : k->first;
          int in_host = pp > j && kg_ctx_is(c, pp - 1, "in");
          if ((to || in_host) && kg_title_is_envoy(head_text)) {
            host = k->country;
          } else if (!poss && strength < 3 &&
                     !(strength >= 2 && k->first > j && kg_ctx_is(c, k->first - 1, "in"))) {
            /* (not where a body's forces are: "Commander of French Forces
             * in Gabon" serves France) */
            country = k->country;
            strength = 3;
          }
          /* "Minister of Defense of Armenia Davit X": a capitalised word
           * after the country that is no portfolio, office or body starts
           * the holder's name, even when it is a common word too */
          size_t nx = k->end;
          if (nx < end && is_cap(c, nx) && (!chunk(c, nx) || chunk_is(c, nx, CH_PLACE)) &&
              !kg_ctx_has(c, nx, LX_DOMAIN | LX_ORGHEAD | LX_TITLE | LX_TITLEMOD)) {
            last = nx - 1;
            break;
          }
        } else if (k->type == CH_INST) {
          if (inst == NONE) inst = (size_t)(k - c->ch);
          const kg_xinst *x = &c->insts[k->ent];
          if (x->country && strength < 2) country = x->country, strength = 2;
          if (!x->country && ((x->kind && !strcmp(x->kind, "international")) || intl_body(c, k)))
            intl = 1;
        } else if (k->type == CH_PLACE && k->country && !to && strength < 2 &&
                   !kg_title_is_envoy(head_text) && !kg_ctx_is(c, j, "in") &&
                   !(k->end < end && is_word(c, k->end) && is_cap(c, k->end))) {
          /* (not a place word that a capitalised word goes on: "for East
           * Asian and Pacific Affairs" names no region "East") */
          /* "Governor of Lagos State", "Mayor of Rotterdam" */
          country = k->country;
          strength = 2;
        }
        q = k->end;
        last = q - 1;
        continue;
      }
      last = q;
      q++;
    }
    if (last != NONE && last >= j) {
      b = last + 1;
      compl = 1;
    }
  }
  /* "the Apostolic Nuncio to the Philippines": the Pope's envoy serves the
   * Holy See, whatever host follows */
  if (strength < 3 && (strstr(head_text, "Nuncio") || strstr(head_text, "Apostolic Delegate"))) {
    const kg_lexent *hs = kg_lex_get(c->lex, "holy see", 8);
    if (hs && hs->country) country = hs->country, strength = 3;
  }
  free(head_text);
  /* envoys: "Ambassador to Pakistan" names the host, lowercase or not */
  KG_UNUSED(host);
  /* canonical text: the phrase without a leading country or "the" */
  size_t ta = a;
  while (ta < h0) {
    kg_chunk *k = chunk(c, ta);
    if (k && k->type == CH_COUNTRY) {
      ta = k->end;
      if (ta < b && c->tk.v[ta].kind == TK_POSS) ta++;
      continue;
    }
    if (kg_ctx_is(c, ta, "the")) {
      ta++;
      continue;
    }
    break;
  }
  /* drop temporal modifiers from the title text */
  while (ta < h0 && (kg_ctx_is(c, ta, "former") || kg_ctx_is(c, ta, "outgoing") ||
                     kg_ctx_is(c, ta, "new") || kg_ctx_is(c, ta, "incoming") ||
                     kg_ctx_is(c, ta, "then") || kg_ctx_is(c, ta, "late") ||
                     kg_ctx_is(c, ta, "top")))
    ta++;
  /* the country a title names is the person's country, not part of the
   * office: "Minister of Defense of the Kingdom of Saudi Arabia" */
  size_t tb = b;
  for (size_t q = h1 + 1; q < b; q++) {
    const kg_lexent *ce;
    int tail = (q + 1 == b && kg_ctx_is(c, q, "country")) ||
               kg_lex_match(c->lex, &c->tk, c->text, q, b, LX_COUNTRY, 0, &ce) == b - q;
    if (!tail) continue;
    /* the longest country name that ends the title, if "of" introduces it */
    size_t p = q;
    if (p > h1 && (kg_ctx_is(c, p - 1, "the") || kg_ctx_is(c, p - 1, "this"))) p--;
    if (p > h1 && kg_ctx_is(c, p - 1, "of")) tb = p - 1;
    break;
  }
  char *text = kg_ctx_span_text(c, ta, tb);
  /* a lower-case title is written title case: "defense minister" */
  if (lower) {
    int up = 1;
    for (char *p = text; *p; p++) {
      if (up && *p >= 'a' && *p <= 'z' &&
          strncmp(p, "of ", 3) && strncmp(p, "the ", 4) && strncmp(p, "and ", 4) &&
          strncmp(p, "for ", 4) && strncmp(p, "to ", 3) && strncmp(p, "in ", 3) &&
          strncmp(p, "at ", 3) && strncmp(p, "with ", 5))
        *p = (char)(*p - 32);
      up = *p == ' ';
    }
  }
  /* abbreviations spelled out: "PM" -> "Prime Minister" */
  if (b - ta == 1 && chunk(c, ta) == NULL) {
    const kg_lexent *e = kg_ctx_lex1(c, ta);
    if (e && e->canon && (e->kinds & LX_TITLE)) {
      free(text);
      text = kg_xstrdup(e->canon);
    }
  }
  for (size_t i = a; i < b; i++) c->tok_ch[i] = -1;
  size_t ix = kg_ctx_add_chunk(c, CH_TITLE, a, b, s);
  kg_chunk *t = &c->ch[ix];
  t->canon = text;
  t->country = country;
  t->intl = intl && strength < 3;
  t->head_lower = lower;
  t->inst = inst;
  t->demonym = strength; /* reused: strength of the country evidence */
  t->compl = compl;
}

static int plural_title(kg_ctx *c, const kg_chunk *k);

/* Is the sentence [first, end) written in title case, as headlines are
 * ("Kenya to Host Trade Minister")? No lower-case word but short
 * function words. */
static int title_case_sentence(kg_ctx *c, size_t first, size_t end) {
  static const char *const fn[] = {"a",    "an",   "the",   "and",  "or",    "of",    "in",
                                   "on",   "at",   "to",    "for",  "by",    "as",    "with",
                                   "from", "over", "into",  "amid", "after", "about", "vs",
                                   "via",  "up",   "out",   "off",  "than",  "but",   NULL};
  size_t words = 0;
  for (size_t i = first; i < end; i++) {
    if (!is_word(c, i)) continue;
    words++;
    if (is_lower(c, i) && !kg_ctx_is_one_of(c, i, fn)) return 0;
  }
  return words >= 3;
}

/* title_case_sentence, asked once per sentence: *memo is -1 until then. */
static int headline_sentence(kg_ctx *c, size_t first, size_t end, int *memo) {
  if (*memo < 0) *memo = title_case_sentence(c, first, end);
  return *memo;
}

/* Is word p a portfolio the lexicon does not list, in the words before an
 * office ("Unification Minister X", "Croatian Foreign Relations Secretary
 * X", "Oceans and Fisheries Minister X")? A capitalised common word that is
 * no name, place, month or day, after the sentence's start, a demonym, a
 * possessive, "the", a lower-case word, punctuation or a listed portfolio
 * word (not after another capitalised word: a title-case headline's verb,
 * "Opposition Slams Finance Minister", stays out); "European" before a portfolio word is one too
 * ("Foreign and European Affairs Minister"). */
static int unlisted_portfolio(kg_ctx *c, size_t first, size_t p) {
  if (!is_cap(c, p) || covered(c, p) || (c->tk.v[p].flags & TF_ALLCAPS)) return 0;
  if ((kg_ctx_is(c, p, "european") || kg_ctx_is(c, p, "african") || kg_ctx_is(c, p, "arab")) &&
      is_cap(c, p + 1) && !covered(c, p + 1) && kg_ctx_has(c, p + 1, LX_DOMAIN))
    return 1;
  if (!kg_ctx_has(c, p, LX_WORD) ||
      kg_ctx_has(c, p, LX_GIVEN | LX_NONNAME | LX_SPEECH | LX_RANK | LX_HONORIFIC | LX_CITY |
                           LX_REGION | LX_COUNTRY | LX_DEMONYM | LX_ORG | LX_PARTICLE))
    return 0;
  const char *key = ctx_key(c, p);
  if (kg_month_of(key) || kg_weekday_of(key) >= 0) return 0;
  if (p == first) return 1;
  const kg_token *b = &c->tk.v[p - 1];
  if (b->kind == TK_PUNCT || b->kind == TK_POSS) return 1;
  /* (a demonym: "Pakistan Welcomes Trade Minister X" is a headline's) */
  if (chunk_is(c, p - 1, CH_COUNTRY)) return chunk(c, p - 1)->demonym;
  /* (or after a listed portfolio word: "Foreign Relations") */
  if (is_cap(c, p - 1) && !covered(c, p - 1) && kg_ctx_has(c, p - 1, LX_DOMAIN)) return 1;
  return b->kind == TK_WORD && !covered(c, p - 1) && (b->flags & TF_LOWER);
}

/* Is the lower-case office word h0..h1 one person's, right before its
 * holder's name: "her deputy, X", "his adviser X" (a possessive pronoun
 * before, a capitalised word after, a comma between at most)? */
static int owned_office(kg_ctx *c, size_t first, size_t h0, size_t h1, size_t end) {
  if (h0 <= first || h1 != h0 + 1 || !kg_ctx_title(c, h0)) return 0;
  /* "Ruto's adviser X": a name's possessive, not a country's or a body's */
  int named = h0 >= first + 2 && c->tk.v[h0 - 1].kind == TK_POSS && is_cap(c, h0 - 2) &&
              !covered(c, h0 - 2);
  if (!(named || kg_ctx_is(c, h0 - 1, "his") || kg_ctx_is(c, h0 - 1, "her") ||
        kg_ctx_is(c, h0 - 1, "their")))
    return 0;
  size_t n = kg_ctx_punct(c, h1, ',') ? h1 + 1 : h1;
  return n < end && is_cap(c, n) && !covered(c, n);
}

/* "Siemon Wezeman, a researcher at the Velmora Institute": a lower-case
 * office word alone after "a"/"an" is one when "at" a named body follows
 * it (h0..h1: the office word). */
static int office_at_named_body(kg_ctx *c, size_t h0, size_t h1, size_t end) {
  /* "Kaito Moreau, the company's chief executive, said": the office of
   * the firm the text speaks of, set off by commas */
  static const char *const firm[] = {"company", "firm", "group", "institute", "university",
                                     "manufacturer", "shipbuilder", "think-tank", "centre",
                                     "center", "foundation", NULL};
  if (h0 >= 3 && c->tk.v[h0 - 1].kind == TK_POSS && is_lower(c, h0 - 2) &&
      kg_ctx_is_one_of(c, h0 - 2, firm) && kg_ctx_is(c, h0 - 3, "the") &&
      kg_ctx_punct(c, h0 - 4, ',') && h1 < end &&
      (kg_ctx_punct(c, h1, ',') || kg_ctx_punct(c, h1, '.')))
    return 1;
  if (h0 == 0 || !(kg_ctx_is(c, h0 - 1, "a") || kg_ctx_is(c, h0 - 1, "an"))) return 0;
  size_t r = at_body(c, h1, end);
  return r != NONE && chunk(c, r) && chunk(c, r)->type == CH_INST;
}

void kg_find_titles(kg_ctx *c, size_t s) {
  size_t first = c->sents[s].first, end = c->sents[s].end;
  int headline = -1; /* see headline_sentence */
  for (size_t i = first; i < end; i++) {
    kg_chunk *k = chunk(c, i);
    /* "Royal Hashemite Court Chief Yousef Issawi": a title word read as an
     * honorific ("Chief") right after a body's name and before a name is
     * the body's head */
    if (k && k->type == CH_HON && k->first == i && k->end == i + 1 && i > first &&
        i + 1 < end && is_cap(c, i) && kg_ctx_has(c, i, LX_TITLE) && is_cap(c, i + 1) &&
        !covered(c, i + 1) && chunk_is(c, i - 1, CH_INST) && chunk(c, i - 1)->end == i) {
      k->type = CH_NONE;
      c->tok_ch[i] = -1;
      k = NULL;
    }
    /* "Navy Chief Admiral X", "Naval Chief Vice Admiral X": a
     * service's word before "Chief" and an officer's rank after it make it
     * the service's head, not the honorific */
    if (k && k->type == CH_HON && k->first == i && k->end == i + 1 && i > first &&
        is_cap(c, i) && kg_ctx_has(c, i, LX_TITLE) && chunk_is(c, i + 1, CH_RANK) &&
        chunk(c, i + 1)->first == i + 1 &&
        ((mod_word(c, i - 1, 0) && !kg_ctx_has(c, i - 1, LX_TITLE)) ||
         /* (or a modifier: "Deputy Chief Admiral X") */
         (is_cap(c, i - 1) && !covered(c, i - 1) && kg_ctx_has(c, i - 1, LX_TITLEMOD)) ||
         /* (or a body's name: "Malaysian Armed Forces Chief General X") */
         (chunk_is(c, i - 1, CH_INST) && chunk(c, i - 1)->end == i))) {
      k->type = CH_NONE;
      c->tok_ch[i] = -1;
      k = NULL;
    }
    /* "Royal Moroccan Armed Forces Inspector General X": a rank that is an
     * office too ("Inspector General"), right after a body's name, is the
     * body's office */
    if (k && k->type == CH_RANK && k->first == i && k->end >= i + 2 && i > first &&
        chunk_is(c, i - 1, CH_INST) && chunk(c, i - 1)->end == i && is_cap(c, i)) {
      const kg_lexent *te = NULL;
      if (kg_lex_match(c->lex, &c->tk, c->text, i, k->end, LX_TITLE, 0, &te) == k->end - i &&
          te) {
        k->type = CH_TITLE;
        free(k->canon);
        k->canon = kg_xstrdup(te->canon ? te->canon : te->form);
        k->lx = te;
      }
    }
    int head = (k && k->type == CH_TITLE && k->canon && !k->country && k->first == i &&
                k->end > i + 1) ||
               title_word(c, i);
    if (!head || ambassador_style(c, i, end)) continue;
    /* "Deputy" before "Prime Minister" modifies it, and before "Defence
     * Minister" (portfolio words, then the office) */
    if (!(k && k->type == CH_TITLE) && kg_ctx_has(c, i, LX_TITLEMOD) && i + 1 < end) {
      size_t q = i + 1;
      while (q < end && q < i + 4 && !title_word(c, q) && mod_word(c, q, 0) &&
             kg_ctx_has(c, q, LX_DOMAIN))
        q++;
      if (q < end && (title_word(c, q) || (chunk(c, q) && chunk(c, q)->type == CH_TITLE &&
                                           chunk(c, q)->first == q)))
        continue;
      /* "Deputy Chief Admiral X": the honorific "Chief" before a rank is
       * the office this modifies (made so at "Chief", below) */
      if (q == i + 1 && chunk_is(c, q, CH_HON) && chunk(c, q)->end == q + 1 &&
          kg_ctx_has(c, q, LX_TITLE) && chunk_is(c, q + 1, CH_RANK) &&
          chunk(c, q + 1)->first == q + 1)
        continue;
    }
    /* single capitalised title words at the start of a sentence are only
     * titles when followed by a capitalised word (a name, a complement) */
    size_t h0 = i, h1 = k && k->type == CH_TITLE ? k->end : i + 1;
    /* join following title words: "Founder and Chief Executive Officer",
     * "Deputy Prime Minister and Foreign Minister" stay separate titles */
    while (h1 < end && title_word(c, h1) && !is_lower(c, h1) == !is_lower(c, h0))
      h1++;
    /* walk left over modifiers, portfolio words, a country, an org */
    int lower_ok = is_lower(c, h0), unlisted = 0;
    size_t a = h0;
    while (a > first) {
      size_t p = a - 1;
      kg_chunk *pk = chunk(c, p);
      if (pk && pk->type == CH_COUNTRY) {
        a = pk->first;
        continue;
      }
      if (c->tk.v[p].kind == TK_POSS && p > first && chunk_is(c, p - 1, CH_COUNTRY)) {
        a = chunk(c, p - 1)->first;
        continue;
      }
      if (pk && pk->type == CH_INST && pk->end == a) {
        a = pk->first;
        continue;
      }
      /* "Indonesian National Armed Forces (TNI) Commander X": the body's
       * acronym in brackets between the body and its office */
      if (!lower_ok && p >= first + 3 && kg_ctx_punct(c, p, ')') &&
          kg_ctx_punct(c, p - 2, '(') && (c->tk.v[p - 1].flags & TF_ALLCAPS) &&
          chunk_is(c, p - 3, CH_INST) && chunk(c, p - 3)->end == p - 2) {
        a = chunk(c, p - 3)->first;
        continue;
      }
      if (mod_word(c, p, lower_ok)) {
        a = p;
        continue;
      }
      /* "the Air Force Chief of Staff", "Senate President X": a body's
       * word that no institution took (it names no body on its own)
       * before the office is the office's */
      if (!lower_ok && is_cap(c, p) && !covered(c, p) && kg_ctx_has(c, p, LX_ORGHEAD) &&
          !kg_ctx_has(c, p, LX_GIVEN)) {
        a = p;
        continue;
      }
      /* "the Chief Adviser to the President": the honorific "Chief" before
       * an office is the office's modifier */
      if (pk && pk->type == CH_HON && pk->end == a && pk->first == p &&
          kg_ctx_has(c, p, LX_TITLEMOD) && !lower_ok) {
        a = p;
        continue;
      }
      if ((kg_ctx_is(c, p, "and") || kg_ctx_punct(c, p, '&')) && p > first &&
          ((mod_word(c, p - 1, lower_ok) && kg_ctx_has(c, p - 1, LX_DOMAIN)) ||
           (!lower_ok && unlisted_portfolio(c, first, p - 1) &&
            !headline_sentence(c, first, end, &headline)))) {
        a = p;
        continue;
      }
      if (!lower_ok && !unlisted && unlisted_portfolio(c, first, p) &&
          !headline_sentence(c, first, end, &headline)) {
        unlisted = 1; /* one such word at most */
        a = p;
        continue;
      }
      break;
    }
    /* a lower-case office word alone ("an official statement", "the
     * leader") is not a title: it needs a modifier, a country or an "of"
     * complement ("defense minister", "chairman of ...") */
    /* (one person's office before the holder's name is one too: "her
     * deputy, X", "his adviser X") */
    if (is_lower(c, h0) && a == h0 && !(k && k->type == CH_TITLE) &&
        !(h1 < end && (kg_ctx_is(c, h1, "of") || kg_ctx_is(c, h1, "for")) &&
          h1 + 1 < end && !is_lower(c, h1 + 1) + kg_ctx_is(c, h1 + 1, "the")) &&
        !owned_office(c, first, h0, h1, end) && !office_at_named_body(c, h0, h1, end))
      continue;
    make_title(c, s, a, h0, h1, end);
    /* "Deputy Prime Minister and Minister for Defence of Australia": one
     * holder, one country for both offices */
    kg_chunk *t = &c->ch[c->n_ch - 1];
    if (t->country && t->first >= first + 2 && kg_ctx_is(c, t->first - 1, "and")) {
      kg_chunk *pt = chunk(c, t->first - 2);
      if (pt && pt->type == CH_TITLE && !pt->country && !pt->intl && pt->canon && t->canon &&
          !rival_offices(pt->canon, t->canon)) {
        pt->country = t->country;
        pt->demonym = t->demonym; /* its strength */
      }
    }
    /* "Polish Deputy Prime Minister, Minister of National Defence X": two
     * capitalised offices of one holder, the first naming the country */
    if (!t->country && !t->intl && !t->head_lower && t->first >= first + 2 &&
        kg_ctx_punct(c, t->first - 1, ',')) {
      kg_chunk *pt = chunk(c, t->first - 2);
      if (pt && pt->type == CH_TITLE && pt->end == t->first - 1 && pt->country &&
          !pt->head_lower && !plural_title(c, pt) && !plural_title(c, t)) {
        t->country = pt->country;
        t->demonym = pt->demonym; /* its strength */
      }
    }
    i = c->ch[c->n_ch - 1].end - 1;
  }
}

/* ---- names -------------------------------------------------------------------- */

/* A token that can be part of a name. `at_start`: first token. */
static int name_token(kg_ctx *c, size_t i, size_t end, int at_start) {
  if (i >= end || covered(c, i)) return 0;
  const kg_token *k = &c->tk.v[i];
  if (k->kind != TK_WORD) return 0;
  if (k->flags & TF_INITIALS) return i + 1 < end && is_cap(c, i + 1);
  if (!(k->flags & TF_CAP)) {
    /* "al-Sisi", "el-Sisi", "ad-Din": an Arabic article joined to a name */
    const char *t = c->text + k->off;
    static const char *const arts[] = {"al-", "el-", "ad-", "ash-", "as-", "at-", "ar-",
                                       "an-", "az-", "ul-", "ud-", "bin-", "ibn-", NULL};
    if (at_start) return 0;
    /* every article is 2-3 letters and '-', with a letter after it: most
     * lower-case words fail here */
    if (k->len < 5 || (t[2] != '-' && t[3] != '-')) return 0;
    for (int q = 0; arts[q]; q++) {
      size_t n = strlen(arts[q]);
      if (k->len > n + 1 && !strncmp(t, arts[q], n) && t[n] >= 'A' && t[n] <= 'Z') return 1;
    }
    return 0;
  }
  /* "the Ministry of Foreign Affairs and Malians Abroad": a people's
   * plural (a demonym and "s") is no name's word */
  if (k->keylen > 4 && !(k->flags & TF_ALLCAPS) && ctx_key(c, i)[k->keylen - 1] == 's') {
    const kg_lexent *pe = kg_lex_get(c->lex, ctx_key(c, i), k->keylen - 1);
    if (pe && (pe->kinds & LX_DEMONYM) && !(pe->kinds & (LX_GIVEN | LX_COUNTRY))) return 0;
  }
  /* "met with To Lam, general secretary ...", "Do Van Chien": Vietnamese
   * surnames spelled like a lower-case function word, capitalised in the
   * middle of a sentence (after a lower-case word or a comma) before a
   * name word no common English word spells */
  if (at_start && i > 0 && !(k->flags & TF_ALLCAPS) && k->len == 2 &&
      (kg_ctx_is(c, i, "to") || kg_ctx_is(c, i, "do")) &&
      (is_lower(c, i - 1) || kg_ctx_punct(c, i - 1, ',')) && i + 1 < end && is_cap(c, i + 1) &&
      !(c->tk.v[i + 1].flags & TF_ALLCAPS) && given_only(c, i + 1))
    return 1;
  int patronym = before_patronym(c, i) || given_after_rank(c, i) || given_after_office(c, i) ||
                 given_before_surname(c, i) || given_after_abd(c, i);
  if (kg_ctx_title(c, i) && !patronym) return 0;
  /* an initial: "A. K. Mensah" (not the article "A") */
  if (k->nlet == 1 && kg_ctx_punct(c, i + 1, '.') && i + 2 < end && is_cap(c, i + 2) &&
      c->tk.v[i + 1].off + 1 == c->tk.v[i].off + k->len + 1)
    return 1;
  const kg_lexent *e = kg_ctx_lex1(c, i);
  if (e && (e->kinds & LX_NONNAME) && kg_ctx_month_name(c, i, end)) return 1;
  if (e) {
    uint32_t bad = LX_TITLE | LX_ORGHEAD | LX_COUNTRY | LX_DEMONYM | LX_SPEECH;
    if (at_start) bad |= LX_NONNAME | LX_TITLEMOD | LX_DOMAIN;
    /* "Al" and "El" are particles and name starts alike */
    uint32_t ok = e->kinds;
    if (!(k->flags & TF_ALLCAPS)) ok &= ~e->capsonly;
    /* a country's name that no country chunk covers was read as a given
     * name (kg_find_basics: "Defence Minister Jordan Smith") */
    if ((ok & LX_COUNTRY) && !(ok & LX_DEMONYM)) ok &= ~LX_COUNTRY;
    if (patronym) ok &= ~(uint32_t)LX_TITLE;
    /* a weekday's short form before a capitalised word that is no date's
     * is a name ("Sun Weidong"), at a sentence's start too */
    const char *key = ctx_key(c, i);
    if ((ok & LX_NONNAME) && strlen(key) <= 4 && kg_weekday_of(key) >= 0 && i + 1 < end &&
        is_cap(c, i + 1) && !(c->tk.v[i + 1].flags & TF_ALLCAPS) &&
        !kg_month_of(ctx_key(c, i + 1)) && kg_weekday_of(ctx_key(c, i + 1)) < 0)
      ok &= ~(uint32_t)LX_NONNAME;
    if (ok & bad & ~(LX_GIVEN)) {
      /* a given name that is also a title word ("Prince", "King") is not */
      if (!(ok & LX_GIVEN) || (ok & (LX_NONNAME | LX_COUNTRY | LX_DEMONYM)))
        return 0;
    }
    /* months and weekdays are not names, but a weekday's short form
     * before a capitalised word is ("Sun Weidong") */
    /* a month's short form inside a name is a name ("Dong Jun"), not
     * before a day or a period ("Jun 3", "Jun.") */
    /* a sentence's closing period after the name is no abbreviation's:
     * "met Chinese Defense Minister Dong Jun." (a capitalised name word
     * before, no number after) */
    int closing = i + 1 < end && kg_ctx_punct(c, i + 1, '.') && i > 0 &&
                  c->tk.v[i - 1].kind == TK_WORD && is_cap(c, i - 1) &&
                  !kg_month_of(ctx_key(c, i - 1)) &&
                  (i + 2 >= c->tk.n || c->tk.v[i + 2].kind != TK_NUM);
    if (kg_month_of(key) &&
        !(!at_start && strlen(key) == 3 && i + 1 <= end &&
          (i + 1 == end ||
           (c->tk.v[i + 1].kind != TK_NUM && (!kg_ctx_punct(c, i + 1, '.') || closing)))))
      return 0;
    if (kg_weekday_of(key) >= 0 && !(strlen(key) <= 4 && i + 1 < end && is_cap(c, i + 1)))
      return 0;
  }
  /* all-caps words longer than 3 letters are headlines or acronyms */
  if ((k->flags & TF_ALLCAPS) && k->nlet > 3) return 0;
  /* two or three capitals: initials ("SM Shafiuddin") only before a name */
  if ((k->flags & TF_ALLCAPS) && k->nlet >= 2) return i + 1 < end && is_cap(c, i + 1) &&
                                                       !(c->tk.v[i + 1].flags & TF_ALLCAPS);
  return 1;
}

static int particle(kg_ctx *c, size_t i) {
  if (!is_word(c, i) || covered(c, i)) return 0;
  return kg_ctx_has(c, i, LX_PARTICLE) || (is_lower(c, i) && kg_ctx_is(c, i, "al"));
}

/* Is token i, in capitals, a word that may be a name's: one no lexicon
 * knows, or a given name that is no common word, office, body, country or
 * people ("ADEN DUALE")? */
static int caps_name_word(const kg_ctx *c, size_t i) {
  if (given_only(c, i)) return 1;
  return kg_ctx_has(c, i, LX_GIVEN) &&
         !kg_ctx_has(c, i, LX_WORD | LX_TITLE | LX_TITLEMOD | LX_ORGHEAD | LX_COUNTRY |
                               LX_DEMONYM | LX_NONNAME | LX_RANK | LX_HONORIFIC | LX_DOMAIN);
}

/* Name run at i: returns its end (exclusive) or i when none. Right after
 * a title, rank or honorific (`titled`) a name may start with a common word
 * when a name word follows ("Vice Foreign Minister Sun Weidong"). */
static size_t name_run(kg_ctx *c, size_t i, size_t end, int titled) {
  /* a surname in capitals first, after a title: "Minister of Defense
   * KIHARA Minoru" (East Asian official style) */
  /* (untitled, mid-sentence after a lower-case word or a comma, the
   * capitals word must be one that no lexicon but the given names' knows,
   * and a word after it no common English word: "met with NGUYEN Van
   * Thanh, the envoy"; the name still needs its evidence) */
  int mid = !titled && i > 0 && (is_lower(c, i - 1) || kg_ctx_punct(c, i - 1, ',')) &&
            given_only(c, i);
  if ((titled || mid) && i + 1 < end && is_word(c, i) && !covered(c, i) &&
      (c->tk.v[i].flags & TF_ALLCAPS) && c->tk.v[i].nlet > 3 && !kg_ctx_has(c, i, LX_WORD) &&
      is_cap(c, i + 1) && !(c->tk.v[i + 1].flags & TF_ALLCAPS) && name_token(c, i + 1, end, 0)) {
    /* (a Vietnamese name has a middle name too: "Deputy Prime Minister
     * TRAN Van Hoa": the capitalised words after the surname go on it) */
    size_t j = i + 2;
    while (j < end && j < i + 4 && is_cap(c, j) && !(c->tk.v[j].flags & TF_ALLCAPS) &&
           name_token(c, j, end, 0))
      j++;
    int plain = 0;
    for (size_t q = i + 1; q < j && mid; q++) plain |= !kg_ctx_has(c, q, LX_WORD);
    if (titled || plain) return j;
  }
  /* a whole name in capitals after a title written in small letters (the
   * East African style: "Prime Cabinet Secretary MUSALIA MUDAVADI said",
   * "Hon. MARY WANJIKU and ..."): two or three capitals words of three
   * letters or more that no lexicon but the given names' knows, closed by
   * a word in lower case or a mark (a headline's capitals go on, and a
   * title in capitals may be a headline's too) */
  if (i > 1) {
    size_t pw = kg_ctx_punct(c, i - 1, '.') ? i - 2 : i - 1;
    /* (the title may end in an abbreviation's period: "Hon.", "Gen.") */
    const kg_chunk *pt = pw < i - 1 ? chunk(c, pw) : NULL;
    int after_title = titled || (pt && pt->end == pw + 1 &&
                                 (pt->type == CH_TITLE || pt->type == CH_RANK ||
                                  pt->type == CH_HON));
    size_t j = i;
    while (j < end && j < i + 3 && is_word(c, j) && !covered(c, j) &&
           (c->tk.v[j].flags & TF_ALLCAPS) && c->tk.v[j].nlet >= 3 && caps_name_word(c, j))
      j++;
    if (after_title && j >= i + 2 && is_word(c, pw) && (c->tk.v[pw].flags & TF_CAP) &&
        !(c->tk.v[pw].flags & TF_ALLCAPS) &&
        (j == end || !is_word(c, j) || is_lower(c, j)))
      return j;
  }
  if (!name_token(c, i, end, 1) &&
      !(titled && name_token(c, i, end, 0) && name_token(c, i + 1, end, 0)))
    return i;
  size_t j = i + 1, n = 1;
  while (j < end && n < MAX_NAME_TOKENS) {
    /* an initial's period: "J. Austin", "D.Tsogtbaatar" */
    if (kg_ctx_punct(c, j, '.') && c->tk.v[j - 1].nlet == 1 &&
        (c->tk.v[j - 1].flags & TF_CAP) && j + 1 < end && is_cap(c, j + 1)) {
      j++;
      continue;
    }
    if (name_token(c, j, end, 0)) {
      j++;
      n++;
      continue;
    }
    /* particles between name words: bin, al, van der, da, de la */
    size_t q = j;
    while (q < end && q < j + 3 && particle(c, q)) q++;
    if (q > j && name_token(c, q, end, 0)) {
      n += q - j;
      j = q;
      continue;
    }
    break;
  }
  /* a surname in capitals last, after a title (the francophone official
   * style: "Colonel Ousmane KONATE, who", "the Minister, Aminata DIOP."):
   * a capitals word no lexicon knows, closing the run (no capitalised word
   * after it: a headline's capitals go on) */
  if (titled && j < end && is_word(c, j) && !covered(c, j) && (c->tk.v[j].flags & TF_ALLCAPS) &&
      c->tk.v[j].nlet >= 3 && !(c->tk.v[j - 1].flags & TF_ALLCAPS) && given_only(c, j) &&
      !(j + 1 < end && is_word(c, j + 1) && !is_lower(c, j + 1)))
    j++;
  /* suffixes: III, Jr */
  if (j < end && is_word(c, j) && !covered(c, j)) {
    const char *w = ctx_key(c, j);
    if (!strcmp(w, "ii") || !strcmp(w, "iii") || !strcmp(w, "iv") || !strcmp(w, "vi") ||
        !strcmp(w, "vii") || !strcmp(w, "viii") || !strcmp(w, "jr"))
      j++;
  }
  /* a trailing initial is not a name's end */
  while (j > i + 1 && c->tk.v[j - 1].nlet == 1 && !(c->tk.v[j - 1].flags & TF_INITIALS) &&
         is_word(c, j - 1) && !kg_ctx_is(c, j - 1, "i"))
    j--;
  while (j > i + 1 && particle(c, j - 1)) j--;
  return j;
}

enum { EV_NONE = 0, EV_WEAK = 1, EV_MEDIUM = 2, EV_STRONG = 4 };

/* Whether tokens [i, b) repeat a name found with certainty earlier in the
 * document ("General Tea Seiha ... Tea Seiha is to meet"): then it is that
 * name, even without a title and with a common first word. */
static int named_before(kg_ctx *c, size_t i, size_t b) {
  for (size_t x = 0; x < c->n_ch; x++) {
    const kg_chunk *k = &c->ch[x];
    if (k->type != CH_NAME || !k->demonym || k->end - k->first != b - i || k->first >= i)
      continue;
    size_t q = 0;
    while (q < b - i && !strcmp(ctx_key(c, k->first + q), ctx_key(c, i + q))) q++;
    if (q == b - i) return 1;
  }
  /* "Maya Fernández de la Cruz ... Fernández de la Cruz was received": a
   * compound surname with its particle, the end of a name already known;
   * or two surnames ("Walter Astudillo Chávez ... Astudillo Chávez was
   * accompanied by", the Spanish style) */
  if (b - i >= 2) {
    int part = b - i == 2;
    for (size_t q = i + 1; q + 1 < b; q++) part |= particle(c, q);
    for (size_t x = 0; x < c->n_ch && part; x++) {
      const kg_chunk *k = &c->ch[x];
      if (k->type != CH_NAME || !k->demonym || k->first >= i || k->end - k->first <= b - i)
        continue;
      size_t q = 0, off = k->end - (b - i);
      while (q < b - i && !strcmp(ctx_key(c, off + q), ctx_key(c, i + q))) q++;
      if (q == b - i) return 1;
    }
  }
  /* "Mr Rutte ... Mark Rutte": a given name before a surname already known */
  if (b - i == 2 && kg_ctx_has(c, i, LX_GIVEN))
    for (size_t x = 0; x < c->n_ch; x++) {
      const kg_chunk *k = &c->ch[x];
      if (k->type == CH_NAME && k->demonym && k->first < i &&
          !strcmp(ctx_key(c, k->end - 1), ctx_key(c, b - 1)))
        return 1;
    }
  return 0;
}



/* A common word starting sentence s at i that is the surname of someone
 * named before ("Lloyd Austin ... Austin said"; "Shin Won-sik ... Shin and
 * Austin held talks": a Korean surname comes first) and is followed as a
 * subject is ("Shin and", "Shin said", "Shin met", "Shin's"). */
static int surname_subject(kg_ctx *c, size_t i, size_t end) {
  size_t nx = i + 1;
  if (nx >= end) return 0;
  int subject = kg_ctx_punct(c, nx, ',') || c->tk.v[nx].kind == TK_POSS ||
                kg_ctx_is(c, nx, "and") || kg_ctx_has(c, nx, LX_SPEECH) ||
                kg_lex_event_word(c->lex, &c->tk, nx) || kg_ctx_is(c, nx, "was") ||
                kg_ctx_is(c, nx, "is") || kg_ctx_is(c, nx, "has") || kg_ctx_is(c, nx, "also") ||
                kg_ctx_is(c, nx, "later") || kg_ctx_is(c, nx, "then");
  if (!subject || (c->tk.v[nx].kind == TK_WORD && !is_lower(c, nx))) return 0;
  for (size_t x = 0; x < c->n_ch; x++) {
    const kg_chunk *k = &c->ch[x];
    if (k->type != CH_NAME || !k->demonym || k->first >= i || k->end - k->first < 2) continue;
    if (!strcmp(ctx_key(c, k->end - 1), ctx_key(c, i))) return 1;
    /* surname first: "Shin Won-sik", "KIHARA Minoru" */
    const kg_token *g = &c->tk.v[k->first + 1];
    int east = k->end - k->first == 2 &&
               (memchr(c->text + g->off, '-', g->len) || (c->tk.v[k->first].flags & TF_ALLCAPS));
    if (east && !strcmp(ctx_key(c, k->first), ctx_key(c, i))) return 1;
  }
  return 0;
}

/* A title chunk whose last word is a plural office ("defence ministers"). */
static int plural_title(kg_ctx *c, const kg_chunk *k) {
  size_t h = k->end - 1;
  return is_word(c, h) && !kg_ctx_has(c, h, LX_TITLE) && kg_ctx_title(c, h);
}

/* The countries of a plural counterpart phrase that ends right before
 * token q, in the order written: "her Australian and Philippine
 * counterparts", "counterparts from Indonesia and the Philippines" (two or
 * more, the last after "and"). Their number, 0 for no such phrase. */
static size_t counterparts_countries(kg_ctx *c, size_t first, size_t q, const char **v,
                                     size_t max) {
  int demonyms = q > first && kg_ctx_is(c, q - 1, "counterparts");
  size_t p = demonyms ? q - 1 : q, n = 0;
  const char *rev[8];
  for (;;) {
    kg_chunk *k = p > first ? chunk(c, p - 1) : NULL;
    /* ("Thai", "Saudi": a country's name and its demonym alike) */
    int dem = k && (k->demonym || (demonyms && k->lx && (k->lx->kinds & LX_DEMONYM)));
    if (!k || k->type != CH_COUNTRY || k->end != p || !dem != !demonyms || n == 8 || n == max)
      return 0;
    rev[n++] = k->country;
    p = k->first;
    if (!demonyms && p > first && kg_ctx_is(c, p - 1, "the")) p--;
    /* "A, B and C": "and" before the last country, commas before the others */
    if (p > first && ((n == 1 && kg_ctx_is(c, p - 1, "and")) ||
                      (n > 1 && kg_ctx_punct(c, p - 1, ',')))) {
      p--;
      continue;
    }
    break;
  }
  if (n < 2) return 0;
  if (demonyms) {
    if (p > first && (kg_ctx_is(c, p - 1, "and") || kg_ctx_punct(c, p - 1, ','))) return 0;
  } else if (!(p >= first + 2 && (kg_ctx_is(c, p - 1, "from") || kg_ctx_is(c, p - 1, "of")) &&
               kg_ctx_is(c, p - 2, "counterparts"))) {
    return 0;
  }
  for (size_t i = 0; i < n; i++) v[i] = rev[n - 1 - i];
  return n;
}

/* The country of a counterpart phrase with one country after "from" or
 * "of" that ends right before token q: "his counterpart from Bosnia and
 * Herzegovina", "her counterparts of the Philippines"; else NULL. */
static const char *counterpart_from(kg_ctx *c, size_t first, size_t q) {
  const char *country = NULL;
  kg_ctx_counterpart_from(c, first, q, &country);
  return country;
}

/* Written as a demonym ("Ghanaian"), or a word the lexicon knows as one. */
static int demonym_chunk(const kg_chunk *k) {
  return k->demonym || (k->lx && (k->lx->kinds & LX_DEMONYM));
}

/* Does a counterpart phrase end right before token q: "his counterpart",
 * "their counterparts", "counterparts from Indonesia and Malaysia", "his
 * counterpart from Ghana"? */
static int counterparts_end(kg_ctx *c, size_t first, size_t q) {
  const char *v[8];
  return (q > first &&
          (kg_ctx_is(c, q - 1, "counterpart") || kg_ctx_is(c, q - 1, "counterparts"))) ||
         counterparts_countries(c, first, q, v, 8) > 0 || counterpart_from(c, first, q);
}

/* Evidence before a name: a title, rank or honorific (possibly with a
 * comma: "Minister of Defense, Colonel General Zakir Hasanov"). Returns the
 * title chunk index through *title (or NONE). */
/* "predecessor", "successor" in lower case: the one who held the same
 * office before or after its owner */
int kg_succession_word(kg_ctx *c, size_t i) {
  return i < c->tk.n && c->tk.v[i].kind == TK_WORD && (c->tk.v[i].flags & TF_LOWER) &&
         (kg_ctx_is(c, i, "predecessor") || kg_ctx_is(c, i, "successor"));
}

static int evidence_before(kg_ctx *c, size_t first, size_t a, size_t *title,
                           size_t *pre_first) {
  *title = NONE;
  *pre_first = a;
  int ev = EV_NONE;
  size_t p = a;
  while (p > first) {
    size_t q = p - 1;
    /* "Gen." and "Brig.-Gen.", "Lt.-Gen." */
    if ((kg_ctx_punct(c, q, '.') || kg_ctx_punct(c, q, '-')) && q > first) {
      size_t r = q - 1;
      if (kg_ctx_punct(c, q, '-') && kg_ctx_punct(c, r, '.') && r > first) r--;
      kg_chunk *k = chunk(c, r);
      if (k && (k->type == CH_HON || k->type == CH_RANK)) {
        p = r + 1;
        continue;
      }
      break;
    }
    kg_chunk *k = chunk(c, q);
    if (k && (k->type == CH_HON || k->type == CH_RANK)) {
      ev |= EV_STRONG;
      p = k->first;
      *pre_first = p;
      continue;
    }
    if (!k && ambassador_style(c, q, c->tk.n)) {
      p = q;
      continue;
    }
    break;
  }
  /* a title right before, or before a comma */
  size_t q = p;
  /* "Press Secretary Air Force Maj. Gen. X": the officer's service between
   * the office and the rank */
  if (q < a && q > first + 1 && service_before_rank(c, chunk(c, q - 1))) {
    kg_chunk *svc = chunk(c, q - 1);
    if (svc->first > first && chunk_is(c, svc->first - 1, CH_TITLE)) q = svc->first;
  }
  /* "Minister for Defence, the Hon Richard Marles MP": "the" before an
   * honorific in apposition */
  if (q < a && q > first + 1 && kg_ctx_is(c, q - 1, "the") && chunk_is(c, q, CH_HON) &&
      kg_ctx_punct(c, q - 2, ','))
    q--;
  if (q > first && kg_ctx_punct(c, q - 1, ',')) q--;
  /* "Chief of Army Staff (COAS) General Asim Munir": the title's acronym;
   * "Permanent Secretary (Defence) Chan Heng Kee": its portfolio */
  int acronym = 0;
  if (q >= first + 4 && kg_ctx_punct(c, q - 1, ')') && kg_ctx_punct(c, q - 3, '(') &&
      is_word(c, q - 2) && (c->tk.v[q - 2].flags & (TF_ALLCAPS | TF_CAP)) &&
      (!covered(c, q - 2) || chunk_is(c, q - 2, CH_TITLE)) &&
      ((c->tk.v[q - 2].flags & TF_ALLCAPS) || kg_ctx_has(c, q - 2, LX_DOMAIN))) {
    q -= 3;
    acronym = 1;
  }
  /* "The Inspector-General of Police, X": a rank that is an office of a
   * service ("... of Police"), in apposition like a title */
  if (!acronym && q > first && q < a && kg_ctx_punct(c, q, ',')) {
    kg_chunk *k = chunk(c, q - 1);
    if (k && k->type == CH_RANK && k->end == q && k->canon && strstr(k->canon, " of ") &&
        (k->first == first || !is_word(c, k->first - 1) || is_lower(c, k->first - 1) ||
         kg_ctx_is(c, k->first - 1, "the") || chunk_is(c, k->first - 1, CH_COUNTRY))) {
      *title = (size_t)(k - c->ch);
      return ev | EV_STRONG;
    }
  }
  if (q > first) {
    kg_chunk *k = chunk(c, q - 1);
    if (k && k->type == CH_TITLE) {
      /* "the minister, X" is an apposition only with a capitalised title
       * or right before the name */
      /* "Museveni's special envoy, Jeje Odongo", "his deputy, X" */
      /* (not "the countries' defence ministers, A and B": a group's) */
      int owned = k->first > first && !plural_title(c, k) &&
                  (c->tk.v[k->first - 1].kind == TK_POSS || kg_ctx_is(c, k->first - 1, "his") ||
                   kg_ctx_is(c, k->first - 1, "her") || kg_ctx_is(c, k->first - 1, "their"));
      /* "Japan's defense minister, Minoru Kihara", "the parliament
       * speaker, X": a lower-case office with its country, body or
       * portfolio is one post (a bare "the minister, X" is not) */
      int qualified = k->head_lower && !plural_title(c, k) &&
                      (k->country || k->inst != NONE || k->end - k->first >= 2);
      if (q == p || acronym || !k->head_lower || ev || k->compl || owned || qualified) {
        *title = (size_t)(k - c->ch);
        ev |= EV_STRONG;
        if (q == p) *pre_first = k->first;
        /* "Liberia's ambassador to Ghana, Ambassador X": a bare style
         * right before the name, and before its comma the office with the
         * country */
        if (q == p && !k->country && k->inst == NONE && !k->intl && k->first >= first + 2 &&
            kg_ctx_punct(c, k->first - 1, ',')) {
          kg_chunk *kk = chunk(c, k->first - 2);
          if (kk && kk->type == CH_TITLE && kk->end == k->first - 1 && kk->country &&
              !plural_title(c, kk))
            *title = (size_t)(kk - c->ch);
        }
      } else if (q < p && plural_title(c, k)) {
        /* "the Indian and Chinese defence ministers, A and B": names of
         * the group, not holders of one office each */
        ev |= EV_STRONG;
      }
    } else if (counterparts_end(c, first, q)) {
      ev |= EV_STRONG;
    } else if (q >= first + 2 && kg_succession_word(c, q - 1) &&
               ((c->tk.v[q - 2].kind == TK_POSS && q >= first + 3 && is_cap(c, q - 3)) ||
                kg_ctx_is(c, q - 2, "his") || kg_ctx_is(c, q - 2, "her"))) {
      /* "Kwatra's predecessor X", "his successor, X": the holder of the
       * owner's office before or after him */
      ev |= EV_STRONG;
    }
  }
  return ev;
}

/* "her Chilean counterpart, Ximena Aguilera": the country of a counterpart
 * introduced by a demonym, or NULL. */
static const char *counterpart_country(kg_ctx *c, size_t first, size_t a) {
  size_t q = a;
  int office = 0;
  while (q > first) {
    kg_chunk *k = chunk(c, q - 1);
    if (k && (k->type == CH_HON || k->type == CH_RANK)) {
      q = k->first;
      continue;
    }
    /* "his Fijian counterpart, Deputy Prime Minister X": an office that
     * names no country of its own */
    if (k && k->type == CH_TITLE && !k->country && !k->intl && !office) {
      q = k->first;
      office = 1;
      continue;
    }
    if (kg_ctx_punct(c, q - 1, '.')) {
      q--;
      continue;
    }
    break;
  }
  if (q > first && kg_ctx_punct(c, q - 1, ',')) q--;
  /* "his counterpart from Ghana, X" */
  const char *from = counterpart_from(c, first, q);
  if (from) return from;
  if (q >= first + 2 && (kg_ctx_is(c, q - 1, "counterpart") || kg_ctx_is(c, q - 1, "counterparts"))) {
    kg_chunk *k = chunk(c, q - 2);
    /* "her Australian and Philippine counterparts, A and B": each has
     * one of the countries, the text does not say which in so many words */
    if (k && k->type == CH_COUNTRY && kg_ctx_is(c, q - 1, "counterparts") && k->first >= 2 &&
        (kg_ctx_is(c, k->first - 1, "and") || kg_ctx_punct(c, k->first - 1, ','))) {
      kg_chunk *o = chunk(c, k->first - 2);
      if (o && o->type == CH_COUNTRY) return NULL;
    }
    if (k && k->type == CH_COUNTRY) return k->country;
  }
  return NULL;
}



/* "Singaporean Rear Admiral X", "Egypt's General X": the country of a
 * demonym or a country's possessive right before the ranks and honorifics
 * [pre, a) of a name that no office precedes, or NULL. */
static const char *rank_demonym(kg_ctx *c, size_t first, size_t pre, size_t a) {
  if (pre >= a || pre <= first) return NULL;
  int rank = 0;
  for (size_t t = pre; t < a; t++) rank |= chunk_is(c, t, CH_RANK);
  size_t q = pre;
  if (q > first + 1 && c->tk.v[q - 1].kind == TK_POSS) q--;
  kg_chunk *k = chunk(c, q - 1);
  if (!rank || !k || k->type != CH_COUNTRY || !k->country || k->end != q ||
      !(q == pre ? demonym_chunk(k) : k->poss))
    return NULL;
  /* (not "the Indian and Pakistani generals", nor a list's second
   * demonym: "Indian and Pakistani General ...") */
  if (k->first > first && kg_ctx_is(c, k->first - 1, "and")) return NULL;
  return k->country;
}

/* Token where the form of the name chunk k starts, with the honorifics
 * and ranks before it ("Mr", "General", "Gen."). */
static size_t form_start(kg_ctx *c, size_t first, const kg_chunk *k) {
  size_t p = k->first;
  for (;;) {
    size_t d = p > first + 1 && kg_ctx_punct(c, p - 1, '.') ? 1 : 0;
    kg_chunk *h = p > first + d ? chunk(c, p - 1 - d) : NULL;
    if (h && h->end != p - d) h = NULL;
    if (!h || (h->type != CH_HON && h->type != CH_RANK)) return p;
    p = h->first;
  }
}

/* "her Australian and Philippine counterparts, A and B", "counterparts
 * from Indonesia and Malaysia, A and B": as many names as countries, in
 * the same order, each of its own country ("respectively" unsaid). At the
 * name chunk k that closes such a list ("and" before it, no more names
 * after it), sets the country of every name of the list. */
static void respective_counterparts(kg_ctx *c, size_t first, size_t end, kg_chunk *k) {
  kg_chunk *names[8];
  size_t n = 0, p = form_start(c, first, k);
  if (k->end < end && (kg_ctx_is(c, k->end, "and") || kg_ctx_is(c, k->end, "or") ||
                       (kg_ctx_punct(c, k->end, ',') && is_cap(c, k->end + 1))))
    return;
  names[n++] = k;
  for (;;) {
    if (p <= first + 1) return;
    int and = kg_ctx_is(c, p - 1, "and");
    if (!(n == 1 ? and : kg_ctx_punct(c, p - 1, ','))) {
      if (n == 1 || !kg_ctx_punct(c, p - 1, ',')) return;
    }
    kg_chunk *pk = chunk(c, p - 2);
    if (pk && pk->type == CH_NAME && pk->end == p - 1) {
      if (n == 8) return;
      names[n++] = pk;
      p = form_start(c, first, pk);
      continue;
    }
    if (n < 2 || and) return;
    break;
  }
  /* p - 1: the comma after the phrase */
  const char *v[8];
  /* "his Ghanaian counterparts, A and B", "her counterparts from Ghana, A
   * and B": one country for all */
  const char *one = NULL;
  if (p >= first + 3 && kg_ctx_is(c, p - 2, "counterparts")) {
    kg_chunk *dk = chunk(c, p - 3);
    if (dk && dk->type == CH_COUNTRY && dk->end == p - 2 && demonym_chunk(dk) &&
        !(dk->first > first && (kg_ctx_is(c, dk->first - 1, "and") ||
                                kg_ctx_punct(c, dk->first - 1, ','))))
      one = dk->country;
  } else {
    const char *country = NULL;
    size_t at = kg_ctx_counterpart_from(c, first, p - 1, &country);
    if (at != NONE && kg_ctx_is(c, at, "counterparts")) one = country;
  }
  if (one) {
    for (size_t i = 0; i < n; i++) names[i]->country = one;
    return;
  }
  if (counterparts_countries(c, first, p - 1, v, 8) != n) return;
  for (size_t i = 0; i < n; i++) names[n - 1 - i]->country = v[i];
}

/* Is the name at [i, b) a later item of a list of names that a group
 * phrase introduces: "the defence ministers, A and B", "counterparts from
 * X and Y, A and B", "his counterparts A and B", "their Australian,
 * Japanese and Philippine counterparts, A, B and C"? The items before it
 * are names already; a middle item (after a comma) needs the list to go on
 * after it and a plural phrase ("his counterpart, A, B" is no list). */
static int group_list_item(kg_ctx *c, size_t first, size_t i, size_t b, size_t end) {
  if (i < first + 2) return 0;
  int last = kg_ctx_is(c, i - 1, "and");
  if (!last && !(kg_ctx_punct(c, i - 1, ',') && b + 1 < end &&
                 (kg_ctx_is(c, b, "and") || (kg_ctx_punct(c, b, ',') && is_cap(c, b + 1)))))
    return 0;
  size_t p = i - 1; /* the separator before the item */
  if (last && p > first && kg_ctx_punct(c, p - 1, ',')) p--; /* "A, B, and C" */
  int plural = !last;
  for (int n = 0; n < 8; n++) {
    kg_chunk *pk = p > first ? chunk(c, p - 1) : NULL;
    if (!pk || pk->type != CH_NAME || pk->end != p) return 0;
    size_t a = form_start(c, first, pk);
    if (a <= first) return 0;
    int comma = kg_ctx_punct(c, a - 1, ',');
    size_t cm = comma ? a - 1 : a;
    kg_chunk *gt = cm > first ? chunk(c, cm - 1) : NULL;
    if (gt && gt->type == CH_TITLE && gt->end == cm && plural_title(c, gt)) return 1;
    /* "counterparts A and B": the phrase right before the first name */
    if (!comma) return kg_ctx_is(c, a - 1, "counterparts");
    if (counterparts_end(c, first, cm) && !(plural && kg_ctx_is(c, cm - 1, "counterpart")))
      return 1;
    /* another item's comma: "A, B and C" */
    p = cm;
    plural = 1;
  }
  return 0;
}

/* The country named right after a name: "of Brazil", "of the
 * Philippines", "Jr. of the Republic of the Philippines" (b: the token
 * after the name). */
static kg_chunk *of_country(kg_ctx *c, size_t b, size_t end) {
  if (b < end && kg_ctx_punct(c, b, '.') && b > 0 && kg_ctx_is(c, b - 1, "jr")) b++;
  if (b + 1 >= end || !kg_ctx_is(c, b, "of")) return NULL;
  b++;
  if (kg_ctx_is(c, b, "the") && b + 1 < end) b++;
  kg_chunk *k = chunk(c, b);
  return k && k->type == CH_COUNTRY && !k->demonym && k->first == b ? k : NULL;
}

/* The state body named right after a name, "of the Egyptian Army" (b: the
 * token after the name), when its country is stated, not assumed from the
 * home: armed forces, ministries, embassies, government offices and
 * agencies, parliaments, police. NULL otherwise. */
static const kg_xinst *of_state_body(kg_ctx *c, size_t b, size_t end) {
  static const char *const kinds[] = {"armed_forces", "ministry", "embassy", "government",
                                      "office", "agency", "department", "parliament",
                                      "police", NULL};
  if (b + 2 >= end || !kg_ctx_is(c, b, "of") || !kg_ctx_is(c, b + 1, "the")) return NULL;
  kg_chunk *k = chunk(c, b + 2);
  if (!k || k->type != CH_INST || k->first != b + 2 || k->ent == (size_t)-1 ||
      k->ent >= c->n_insts)
    return NULL;
  const kg_xinst *x = &c->insts[k->ent];
  if (!x->country || x->home_country || !x->kind) return NULL;
  for (int i = 0; kinds[i]; i++)
    if (!strcmp(x->kind, kinds[i])) return x;
  return NULL;
}

/* Evidence after a name: ", TITLE" / ", the TITLE" apposition, "of COUNTRY",
 * a verb of speaking. */
/* Is token b a verb whose subject a name right before it is: a verb of
 * speaking, or a past form ("Kylian Mbappe scored twice")? */
static int subject_verb(kg_ctx *c, size_t b) {
  if (is_lower(c, b) && kg_ctx_has(c, b, LX_SPEECH)) return 1;
  return c->tk.v[b].keylen > 4 && kg_ctx_ends_lower(c, b, "ed") && kg_ctx_has(c, b, LX_WORD);
}

static int evidence_after(kg_ctx *c, size_t b, size_t end, size_t *title) {
  *title = NONE;
  if (b >= end) return EV_NONE;
  /* a post-nominal office in capitals: "Richard Marles MP, Deputy ..." */
  kg_chunk *pn = chunk(c, b);
  if (pn && pn->type == CH_TITLE && pn->first == b && pn->end == b + 1 &&
      (c->tk.v[b].flags & TF_ALLCAPS) && b + 1 < end && kg_ctx_punct(c, b + 1, ','))
    b++;
  /* a retirement mark after the name: "Major General X (Rtd), the
   * Director of ...", "Air Vice Marshal X (rtd.), a former ..." */
  if (b + 3 < end && kg_ctx_punct(c, b, '(') &&
      (kg_ctx_is(c, b + 1, "rtd") || kg_ctx_is(c, b + 1, "retd") ||
       kg_ctx_is(c, b + 1, "retired"))) {
    size_t r = b + 2;
    if (kg_ctx_punct(c, r, '.')) r++;
    if (r + 1 < end && kg_ctx_punct(c, r, ')') && kg_ctx_punct(c, r + 1, ',')) b = r + 1;
  }
  if (kg_ctx_punct(c, b, ',')) {
    size_t q = b + 1;
    if (kg_ctx_is(c, q, "the") || kg_ctx_is(c, q, "a") || kg_ctx_is(c, q, "an")) q++;
    /* "X, the new Ambassador of Mali": a lower-case time word before the
     * office */
    if (q < end && is_lower(c, q) &&
        (kg_ctx_is(c, q, "new") || kg_ctx_is(c, q, "incoming") || kg_ctx_is(c, q, "outgoing") ||
         kg_ctx_is(c, q, "former")) &&
        chunk(c, q + 1) && chunk(c, q + 1)->type == CH_TITLE)
      q++;
    /* "X, the company's chief executive,": an office of the firm named
     * before (see office_at_named_body) */
    if (q > b + 1 && q + 2 < end && is_lower(c, q) && c->tk.v[q + 1].kind == TK_POSS &&
        chunk(c, q + 2) && chunk(c, q + 2)->type == CH_TITLE && chunk(c, q + 2)->first == q + 2)
      q += 2;
    /* "X, Kazakhstan's Defense Minister" */
    kg_chunk *k = chunk(c, q);
    /* "with Kihara, Philippine President Ferdinand Marcos said": a title
     * that a name follows is that name's */
    if (k && k->type == CH_TITLE && !(q == b + 1 && k->end < end && is_cap(c, k->end) &&
                                      !covered(c, k->end) && name_token(c, k->end, end, 0))) {
      *title = (size_t)(k - c->ch);
      return EV_STRONG;
    }
    /* "Zakir Hasanov, Colonel General"; not "the head of the Bundeswehr,
     * General Carsten Breuer", where the rank is the next name's */
    if (k && k->type == CH_RANK && !is_cap(c, k->end) &&
        !(kg_ctx_punct(c, k->end, '.') && is_cap(c, k->end + 1)))
      return EV_STRONG;
    /* "X, Politburo member and Minister of National Defence,": a short
     * role ending in a lower-case word, then the office after "and" */
    if (!k) {
      size_t a = q;
      while (a < end && a < q + 4 && is_word(c, a) && !chunk(c, a) && !kg_ctx_is(c, a, "and"))
        a++;
      kg_chunk *t2 = a > q && is_lower(c, a - 1) && kg_ctx_is(c, a, "and") ? chunk(c, a + 1) : NULL;
      if (t2 && t2->type == CH_TITLE && !kg_ctx_has(c, a - 1, LX_SPEECH) &&
          (t2->end >= end || !is_cap(c, t2->end))) {
        *title = (size_t)(t2 - c->ch);
        return EV_STRONG;
      }
    }
    /* "Liu Zhenli, a member of the Central Military Commission and ...":
     * a member of a named body */
    if (!k && is_lower(c, q) && kg_ctx_is(c, q, "member") && kg_ctx_is(c, q + 1, "of")) {
      size_t a = q + 2 + kg_ctx_is(c, q + 2, "the");
      kg_chunk *ik = chunk(c, a);
      if (ik && ik->type == CH_INST && ik->first == a) return EV_STRONG;
    }
    if (kg_ctx_is(c, q, "who")) return EV_MEDIUM;
    return EV_NONE;
  }
  if (of_country(c, b, end)) return EV_MEDIUM;
  if (subject_verb(c, b)) return EV_MEDIUM;
  /* "Fumio Kishida and Yoon Suk Yeol discussed trade": the verb after the
   * second of two names joined by "and" has both for subjects */
  if (kg_ctx_is(c, b, "and") && is_lower(c, b)) {
    size_t b2 = name_run(c, b + 1, end, 0);
    if (b2 >= b + 3 && b2 < end && subject_verb(c, b2)) return EV_MEDIUM;
    /* "Cai Qi and Foreign Minister Wang Yi attended the talks": the same
     * with an office or rank before the second name */
    kg_chunk *tc = chunk(c, b + 1);
    if (tc && tc->first == b + 1 &&
        (tc->type == CH_TITLE || tc->type == CH_RANK || tc->type == CH_HON)) {
      size_t nb = tc->end;
      kg_chunk *t2 = chunk(c, nb);
      if (t2 && t2->first == nb && (t2->type == CH_RANK || t2->type == CH_HON)) nb = t2->end;
      size_t b3 = name_run(c, nb, end, 1);
      /* (with a given name in the first name, or a verb that people do:
       * not "Goldman Sachs and Treasury Secretary X signed the deal") */
      static const char *const attend[] = {"attended", "witnessed", "accompanied", "joined",
                                           "co-chaired", "received", "welcomed", "greeted",
                                           NULL};
      int given = b >= 2 && (kg_ctx_has(c, b - 1, LX_GIVEN) || kg_ctx_has(c, b - 2, LX_GIVEN));
      if (b3 > nb && b3 < end && subject_verb(c, b3) &&
          (given || kg_ctx_is_one_of(c, b3, attend)))
        return EV_MEDIUM;
    }
    /* "presidents Shirin Reyes and Hana Horvath": joined to a sure name (a
     * given name that is no English word, a surname that is none either) */
    if (b2 >= b + 3 && b2 <= b + 4 && kg_ctx_has(c, b + 1, LX_GIVEN) &&
        !kg_ctx_has(c, b + 1, LX_WORD) && !kg_ctx_has(c, b2 - 1, LX_WORD | LX_GIVEN))
      return EV_MEDIUM;
  }
  return EV_NONE;
}

/* Is the run [a, b) of five or more name words two names side by side
 * ("Luis Mirziyoev Turkiya O'zbekiston Thabo Gyuler", a line of tags): a
 * common given name that is no English word, fourth word or later, not
 * after a particle and not last? */
static int two_names(kg_ctx *c, size_t a, size_t b) {
  size_t nw = 0, last = b;
  while (last > a && !is_word(c, last - 1)) last--;
  for (size_t q = a; q < b; q++) {
    if (!is_word(c, q) || particle(c, q)) continue;
    if (nw++ < 3 || q + 1 >= last || (q > a && particle(c, q - 1))) continue;
    const kg_lexent *e = kg_ctx_lex1(c, q);
    if (e && (e->kinds & LX_GIVEN) && e->given >= 2 && !(e->kinds & LX_WORD)) return 1;
  }
  return 0;
}

/* Does the text call the words [a, b) a company anywhere ("Shares of
 * Hyundai Rotem rose", "Hyundai Rotem, which builds tanks", "X, the French
 * shipbuilder,")? Then "X said" is the company speaking, not a person.
 * The places of such cues are found once per text (at most 32 of each). */
static int same_words(const kg_ctx *c, size_t i, size_t a, size_t n) {
  if (i + n > c->tk.n) return 0;
  for (size_t q = 0; q < n; q++)
    if (c->tk.v[i + q].keylen != c->tk.v[a + q].keylen ||
        memcmp(ctx_key(c, i + q), ctx_key(c, a + q), c->tk.v[a + q].keylen))
      return 0;
  return 1;
}

static void find_firm_cues(kg_ctx *c) {
  static const char *const firm[] = {"company", "firm", "shipbuilder", "manufacturer",
                                     "conglomerate", "subsidiary", "carmaker", "automaker",
                                     "planemaker", "gunmaker", "corporation", "shipyard",
                                     "chipmaker", NULL};
  c->firm_done = 1;
  for (size_t i = 0; i < c->tk.n; i++) {
    /* "shares of X", "shares in X" */
    if (kg_ctx_is(c, i, "shares") && i + 2 < c->tk.n &&
        (kg_ctx_is(c, i + 1, "of") || kg_ctx_is(c, i + 1, "in")) && is_cap(c, i + 2)) {
      if (c->n_firm_start < 32) c->firm_start[c->n_firm_start++] = (uint32_t)(i + 2);
      continue;
    }
    if (!kg_ctx_punct(c, i, ',') || i == 0 || !is_cap(c, i - 1)) continue;
    size_t e = i;
    /* (a firm's verb after "which": "the report by X, which was ..." is
     * the report's) */
    static const char *const trade[] = {"builds", "makes", "produces", "manufactures",
                                        "supplies", "owns", "operates", "develops", "designs",
                                        "employs", "exports", "sells", "assembles", NULL};
    size_t v = e + 2 + kg_ctx_is(c, e + 2, "also");
    int cue = kg_ctx_is(c, e + 1, "which") && is_lower(c, e + 1) && kg_ctx_is_one_of(c, v, trade);
    /* "X, the French shipbuilder," / "X, a defence firm that ..." */
    if (!cue && (kg_ctx_is(c, e + 1, "the") || kg_ctx_is(c, e + 1, "a") ||
                 kg_ctx_is(c, e + 1, "an"))) {
      for (size_t j = e + 2; j < c->tk.n && j < e + 6; j++) {
        if (!is_word(c, j) || !is_lower(c, j)) {
          if (!chunk_is(c, j, CH_COUNTRY)) break;
          continue;
        }
        if (kg_ctx_is_one_of(c, j, firm)) {
          size_t f = j + 1;
          cue = f >= c->tk.n || kg_ctx_punct(c, f, ',') || kg_ctx_punct(c, f, '.') ||
                kg_ctx_is(c, f, "that") || kg_ctx_is(c, f, "which") || kg_ctx_is(c, f, "based");
          break;
        }
      }
    }
    if (cue && c->n_firm_end < 32) c->firm_end[c->n_firm_end++] = (uint32_t)e;
  }
}

static int company_cue(kg_ctx *c, size_t a, size_t b) {
  if (!c->firm_done) find_firm_cues(c);
  size_t n = b - a;
  for (size_t k = 0; k < c->n_firm_start; k++)
    if (same_words(c, c->firm_start[k], a, n)) return 1;
  for (size_t k = 0; k < c->n_firm_end; k++)
    if (c->firm_end[k] >= n && same_words(c, c->firm_end[k] - n, a, n)) return 1;
  return 0;
}

void kg_find_names(kg_ctx *c, size_t s) {
  size_t first = c->sents[s].first, end = c->sents[s].end;
  int byline = (kg_ctx_is(c, first, "by") && is_cap(c, first)) ||
               ((kg_ctx_is(c, first, "photo") || kg_ctx_is(c, first, "photos")) &&
                kg_ctx_punct(c, first + 1, ':'));
  for (size_t i = first; i < end; i++) {
    if (covered(c, i)) continue;
    kg_chunk *tk = i > first ? chunk(c, i - 1) : NULL;
    int titled = tk && tk->end == i &&
                 (tk->type == CH_TITLE || tk->type == CH_RANK || tk->type == CH_HON);
    /* untitled, name_run starts a name only on a word with a capital,
     * capitals or initials (its capitals-surname starts need TF_ALLCAPS,
     * and name_token at a run's start refuses anything else): most tokens
     * are answered here, without its lookups */
    if (!titled && (c->tk.v[i].kind != TK_WORD ||
                    !(c->tk.v[i].flags & (TF_CAP | TF_ALLCAPS | TF_INITIALS))))
      continue;
    /* "Chief Secretary Punjab Zahid Akhtar Zaman", "Governor Sindh X"
     * (South Asian style): a province right after a capitalised office is
     * the office's seat, not the holder's first name; the office takes it */
    if (titled && tk->type == CH_TITLE && !tk->head_lower && is_cap(c, i) &&
        kg_ctx_has(c, i, LX_REGION) && !kg_ctx_has(c, i, LX_GIVEN | LX_COUNTRY | LX_DEMONYM)) {
      const kg_lexent *e = NULL;
      size_t n = kg_lex_match(c->lex, &c->tk, c->text, i, end, LX_REGION, 0, &e);
      if (n == 1 && name_run(c, i + 1, end, 1) >= i + 3) {
        tk->end = (uint32_t)(i + 1);
        c->tok_ch[i] = (int32_t)(tk - c->ch);
        continue;
      }
    }
    size_t b = name_run(c, i, end, titled);
    if (b == i) continue;
    size_t ntok = 0;
    for (size_t q = i; q < b; q++) ntok += is_word(c, q) && !particle(c, q);
    if (ntok >= 5 && two_names(c, i, b)) {
      i = b - 1; /* not a name, nor is any tail of the run */
      continue;
    }
    size_t tb, ta, pre;
    int ev = evidence_before(c, first, i, &tb, &pre);
    /* "held at Qasr Al Watan, the minister said": what follows a place's
     * comma is the clause's subject, no apposition of the place */
    if (ev || !(i > first && is_lower(c, i - 1) &&
                (kg_ctx_is(c, i - 1, "at") || kg_ctx_is(c, i - 1, "in"))))
      ev |= evidence_after(c, b, end, &ta);
    else
      ta = NONE;
    /* "..., defence ministers, A and B", "Senators A and B": B too; "his
     * Australian, Japanese and Philippine counterparts, A, B and C": B and C */
    if (!(ev & EV_STRONG) && group_list_item(c, first, i, b, end)) ev |= EV_STRONG;
    /* "according to Ngozi Okonjo-Iweala": a source, which institutions
     * (chunked before names) are not */
    if (i >= first + 2 && kg_ctx_is(c, i - 1, "to") && kg_ctx_is(c, i - 2, "according"))
      ev |= EV_MEDIUM;
    int credit = 0;
    if (byline && (i == first + 1 || i == first + 2)) ev |= EV_STRONG, credit = 1;
    /* photo credits: "(Markus Schreiber / AP Photo)" */
    if (i > first && kg_ctx_punct(c, i - 1, '(') && b < end && kg_ctx_punct(c, b, '/'))
      ev |= EV_MEDIUM, credit = 1;
    /* five words or more that no particle joins and nothing calls a
     * person are a line of tags or captions run together ("Luis Mirziyoev
     * Turkiya O'zbekiston Thabo Gyuler"), not one name */
    if (ntok >= 5 && !(ev & EV_STRONG)) {
      i = b - 1;
      continue;
    }
    if (kg_ctx_has(c, i, LX_GIVEN)) {
      const kg_lexent *e = kg_ctx_lex1(c, i);
      ev |= (e && e->given >= 2 && !(e->kinds & LX_WORD)) ? EV_MEDIUM : EV_WEAK;
    }
    int common = 0, nonword = 0;
    for (size_t q = i; q < b; q++) {
      if (!is_word(c, q) || particle(c, q)) continue;
      if (kg_ctx_has(c, q, LX_WORD) && !kg_ctx_has(c, q, LX_GIVEN)) common++;
      else nonword++;
    }
    /* "Cheyenne Mountain", "Pearl Palace": places and buildings */
    {
      static const char *const geo[] = {
          "mountain", "mountains", "river", "lake", "island", "islands", "valley", "sea",
          "ocean", "bay", "gulf", "coast", "peninsula", "desert", "palace", "square",
          "street", "avenue", "road", "airport", "base", "hall", "stadium", "bridge",
          "park", "province", "region", "district", "county", "canal", "strait", "dam",
          "port", "harbour", "harbor", "tower", "cathedral", "mosque", "temple", "museum",
          "university", "hospital", "hotel", "centre", "center", NULL};
      const char *lk = ctx_key(c, b - 1);
      int place = 0;
      for (int g2 = 0; geo[g2] && !place; g2++)
        place = geo[g2][0] == lk[0] && !strcmp(lk, geo[g2]);
      /* "Secretary of State Linda Park": a given name after a title is a
       * person's, whatever the last word */
      if (place && (ev & EV_STRONG) && kg_ctx_has(c, i, LX_GIVEN)) place = 0;
      /* "Prince Kaito Park": an office right before names a person */
      if (place && titled) place = 0;
      /* "presidents A and Sun Park", "(Chen Park / AP Photo)": two words
       * called a person, the last a common surname too */
      if (place && (ev & (EV_STRONG | EV_MEDIUM)) && ntok == 2 &&
          (!strcmp(lk, "park") || !strcmp(lk, "hall")))
        place = 0;
      if (place && b > i + 1) {
        i = b - 1;
        continue;
      }
    }
    /* "Dassault Aviation said", "Velmora Energy said": a portfolio's word
     * ending the run, after a word that is no given name, ends a company's
     * or a body's name, not a person's ("Samantha Power" has a given name
     * first) */
    if (ntok >= 2 && !(ev & EV_STRONG) && !titled && is_word(c, b - 1) &&
        kg_ctx_has(c, b - 1, LX_DOMAIN) && !kg_ctx_has(c, b - 1, LX_GIVEN) &&
        !kg_ctx_has(c, i, LX_GIVEN)) {
      i = b - 1;
      continue;
    }
    if (ntok >= 2 && ntok <= 3 && !(ev & EV_STRONG) && !titled && !kg_ctx_has(c, i, LX_GIVEN) &&
        company_cue(c, i, b)) {
      i = b - 1;
      continue;
    }
    /* "the Santiago Bernabeu", "at the Pearl Palace": people take no article */
    if (i > first && (kg_ctx_is(c, i - 1, "the") || kg_ctx_is(c, i - 1, "a")) &&
        is_lower(c, i - 1) && !(ev & EV_STRONG)) {
      i = b - 1;
      continue;
    }
    int accept;
    if (ntok >= 2) {
      /* structure alone: words that are not ordinary English words, the
       * first of them at least */
      int weak = (common == 0 ||
                  (nonword > 0 && !(kg_ctx_has(c, i, LX_WORD) && !kg_ctx_has(c, i, LX_GIVEN))))
                     ? EV_WEAK
                     : 0;
      int score = (ev & EV_STRONG) ? 3 : 0;
      score += (ev & EV_MEDIUM) ? 1 : 0;
      score += ((ev | weak) & EV_WEAK) ? 1 : 0;
      /* two or three words that are no English words (but for a given
       * name) are one name when the first is a given name that is an
       * English word too, before a surname that is none ("Peter Kimani"),
       * or when "and" joins them to a name found just before ("...,
       * Ibrahim Chen and Kaito Pereira") */
      if (score == 1 && common == 0 && nonword >= 2 && ntok <= 3 &&
          ((kg_ctx_has(c, i, LX_GIVEN) && !kg_ctx_has(c, b - 1, LX_GIVEN | LX_WORD)) ||
           (i >= first + 2 && kg_ctx_is(c, i - 1, "and") && chunk_is(c, i - 2, CH_NAME) &&
            chunk(c, i - 2)->end == i - 1)))
        score = 2;
      /* a first token that is a common word at the start of a sentence is
       * the sentence's first word, not a name's */
      /* looked up only where it decides (a scan of the names so far) */
      int first_common = i == first && kg_ctx_has(c, i, LX_WORD) &&
                         !kg_ctx_has(c, i, LX_GIVEN) && !(ev & EV_STRONG);
      /* a weekday's short form (a surname: "Sun", "Mon") before words that
       * are no English words at all is a name, at a sentence's start too
       * ("Sun Moreau met ...") */
      if (common == 1 && (size_t)nonword + 1 == (size_t)ntok && ntok <= 3 && strlen(ctx_key(c, i)) <= 4 &&
          kg_weekday_of(ctx_key(c, i)) >= 0) {
        int plain = 1;
        for (size_t q = i + 1; q < b && plain; q++)
          plain = !is_word(c, q) || !kg_ctx_has(c, q, LX_WORD | LX_NONNAME | LX_COUNTRY |
                                                          LX_DEMONYM | LX_CITY | LX_REGION);
        if (plain) {
          if (score < 2) score = 2;
          first_common = 0;
        }
      }
      int known = (first_common || !(score >= 2 && nonword > 0)) && named_before(c, i, b);
      if (first_common && !known) continue;
      accept = (score >= 2 && nonword > 0) || known;
    } else {
      accept = (ev & EV_STRONG) ? 2 : 1; /* 1: a candidate alias only */
      /* "Chairman Joint", "FM Arrives": a common word after a title is
       * not a surname */
      if (kg_ctx_has(c, i, LX_WORD) && !kg_ctx_has(c, i, LX_GIVEN)) accept = 1;
      if (i == first && kg_ctx_has(c, i, LX_WORD | LX_NONNAME) && !(ev & EV_STRONG))
        accept = !kg_ctx_has(c, i, LX_NONNAME) && surname_subject(c, i, end);
      if (kg_ctx_has(c, i, LX_NONNAME | LX_WORD) && !(ev & EV_STRONG) &&
          !kg_ctx_has(c, i, LX_GIVEN))
        accept = accept ? 1 : 0;
    }
    if (!accept) {
      i = b - 1;
      continue;
    }
    size_t ix = kg_ctx_add_chunk(c, CH_NAME, i, b, s);
    kg_chunk *k = &c->ch[ix];
    k->demonym = accept == 1 && ntok < 2 ? 0 : 1; /* reused: 1 = sure */
    /* the title before the name, unless only the one after names the
     * country: "King Hamad, King of Bahrain," */
    if (tb != NONE && ta != NONE && !c->ch[tb].country && c->ch[ta].country) tb = ta;
    k->inst = tb != NONE ? tb : ta;               /* reused: the title chunk */
    k->intl = (int)(pre < i ? pre : i);           /* reused: form start */
    k->gen = credit;                              /* reused: a credit line */
    k->country = counterpart_country(c, first, i);
    if (!k->country && tb == NONE) k->country = rank_demonym(c, first, pre, i);
    /* (a rank in apposition: "the Ghanaian Inspector General of Police, X") */
    if (!k->country && tb != NONE && c->ch[tb].type == CH_RANK)
      k->country = rank_demonym(c, first, c->ch[tb].first, c->ch[tb].end);
    respective_counterparts(c, first, end, k);
    i = b - 1;
  }
}

/* ---- people -------------------------------------------------------------------- */

static void add_str(char ***v, size_t *n, size_t *cap, const char *s) {
  if (!s || !*s) return;
  for (size_t i = 0; i < *n; i++)
    if (!strcmp((*v)[i], s)) return;
  KG_GROW(*v, *cap, *n + 1);
  (*v)[(*n)++] = kg_xstrdup(s);
}

/* Folded name tokens (particles and initials' periods dropped). */
static void name_tokens(kg_ctx *c, const kg_chunk *k, char ***out, size_t *n) {
  *out = NULL;
  *n = 0;
  size_t cap = 0;
  for (size_t i = k->first; i < k->end; i++) {
    if (!is_word(c, i)) continue;
    KG_GROW(*out, cap, *n + 1);
    (*out)[(*n)++] = kg_xstrdup(ctx_key(c, i));
  }
}

static size_t new_person(kg_ctx *c, const kg_chunk *k) {
  KG_GROW(c->people, c->cap_people, c->n_people + 1);
  size_t ix = c->n_people++;
  kg_xperson *p = &c->people[ix];
  memset(p, 0, sizeof *p);
  p->name = kg_ctx_span_text(c, k->first, k->end);
  name_tokens(c, k, &p->toks, &p->ntoks);
  p->inst = NONE;
  p->ent = NONE;
  p->first_off = c->tk.v[k->first].off;
  return ix;
}

/* Does the name of person p contain token key t (not a particle)? Returns
 * 2 for the last token, 1 for another, 0 for none. */
static int has_token(const kg_xperson *p, const char *t) {
  for (size_t i = 0; i < p->ntoks; i++)
    if (!strcmp(p->toks[i], t)) return i + 1 == p->ntoks ? 2 : 1;
  return 0;
}

/* Titles compatible? Offices only: ranks and honorifics fit any office. */
static int office_head(const char *t, char *out, size_t n) {
  static const char *const heads[] = {"president", "minister", "king", "emir", "chancellor",
                                      "ambassador", "leader", "secretary", "chairman",
                                      "director", "governor", "mayor", "speaker", "prime",
                                      "chief", "commander", "founder", NULL};
  char *f = kg_fold(t, strlen(t));
  int found = 0;
  for (int i = 0; heads[i] && !found; i++)
    if (strstr(f, heads[i])) {
      snprintf(out, n, "%s", heads[i]);
      found = 1;
    }
  free(f);
  return found;
}

static int compatible(const kg_xperson *p, const char *title) {
  if (!title || !p->noffices) return 1;
  char h[32], h2[32];
  if (!office_head(title, h, sizeof h)) return 1;
  for (size_t i = 0; i < p->noffices; i++) {
    if (!office_head(p->offices[i], h2, sizeof h2)) return 1;
    if (!strcmp(h, h2)) return 1;
  }
  return 0;
}

/* Is the title chunk k an office in the plural: every office word before
 * its first "of" a plural ("Presidents", "Defence Ministers of Kenya and
 * Uganda"; not "Chairman Joint Chiefs of Staff Committee")? */
static int plural_office(kg_ctx *c, const kg_chunk *k) {
  int plural = 0;
  for (size_t h = k->first; h < k->end && !kg_ctx_is(c, h, "of"); h++) {
    if (!is_word(c, h) || !kg_ctx_title(c, h)) continue;
    if (kg_ctx_has(c, h, LX_TITLE) || !kg_ctx_title_plural(c, h)) return 0;
    plural = 1;
  }
  return plural;
}

static void person_title(kg_ctx *c, kg_xperson *p, const kg_chunk *t) {
  if (!t || !t->canon) return;
  char *norm = kg_title_normalize(t->canon);
  add_str(&p->titles, &p->ntitles, &p->cap_titles, norm);
  free(norm);
  /* "Presidents A and B", "the defence ministers of Kenya and Uganda, A
   * and B": an office of several people; its country is not each one's,
   * nor is the article's home (event.c pairs the countries when the order
   * says) */
  if (t->type == CH_TITLE && plural_office(c, t)) {
    add_str(&p->offices, &p->noffices, &p->cap_offices, t->canon);
    p->nplural++;
    if (t->intl) p->intl = 1;
    return;
  }
  if (t->type == CH_TITLE) {
    add_str(&p->offices, &p->noffices, &p->cap_offices, t->canon);
    int strength = t->demonym;
    const char *country = t->country;
    /* a national body's country is known once the home country is */
    if (!country && t->inst != NONE && c->ch[t->inst].type == CH_INST &&
        c->ch[t->inst].ent != NONE && c->insts[c->ch[t->inst].ent].country) {
      country = c->insts[c->ch[t->inst].ent].country;
      strength = c->insts[c->ch[t->inst].ent].home_country ? 1 : 2;
    }
    if (country && strength > p->country_strength) {
      p->country = country;
      p->country_strength = strength;
    }
    if (t->intl) p->intl = 1;
    if (t->inst != NONE && p->inst == NONE) p->inst = c->ch[t->inst].ent;
  }
}

void kg_person_add_title(kg_ctx *c, size_t pix, const char *canon) {
  kg_xperson *p = &c->people[pix];
  char *norm = kg_title_normalize(canon);
  add_str(&p->titles, &p->ntitles, &p->cap_titles, norm);
  free(norm);
}

/* Ranks and honorifics written before a mention: titles of the person too
 * (ranks only: "Colonel General"; honorifics are forms, not titles). */
static void person_prefix(kg_ctx *c, kg_xperson *p, size_t from, size_t to) {
  for (size_t i = from; i < to; i++) {
    kg_chunk *k = chunk(c, i);
    if (k && k->type == CH_RANK && k->canon)
      add_str(&p->titles, &p->ntitles, &p->cap_titles, k->canon);
    if (k) i = k->end - 1;
  }
}

/* A dash with a space on each side (" - ", " – ", " — ") at token i. */
static int spaced_dash(const kg_ctx *c, size_t i) {
  if (i == 0 || i + 1 >= c->tk.n || c->tk.v[i].kind != TK_PUNCT) return 0;
  const kg_token *k = &c->tk.v[i];
  const unsigned char *t = (const unsigned char *)c->text + k->off;
  int dash = (k->len == 1 && t[0] == '-') ||
             (k->len == 3 && t[0] == 0xE2 && t[1] == 0x80 && (t[2] == 0x93 || t[2] == 0x94));
  const kg_token *a = &c->tk.v[i - 1], *b = &c->tk.v[i + 1];
  return dash && a->off + a->len < k->off && k->off + k->len < b->off;
}

static void note_mention(kg_ctx *c, size_t pix, kg_chunk *k) {
  kg_xperson *p = &c->people[pix];
  k->ent = pix;
  p->mentions++;
  if (k->gen) p->credit = 1;
  char *form = kg_ctx_span_text(c, k->first, k->end);
  add_str(&p->forms, &p->nforms, &p->cap_forms, form);
  free(form);
  size_t pre = (size_t)k->intl;
  if (pre < k->first) {
    char *f2 = kg_ctx_span_text(c, pre, k->end);
    add_str(&p->forms, &p->nforms, &p->cap_forms, f2);
    free(f2);
    person_prefix(c, p, pre, k->first);
  }
  if (k->inst != NONE) {
    person_title(c, p, &c->ch[k->inst]);
    /* "Deputy Prime Minister and Defence Minister X": both offices */
    const kg_chunk *t = &c->ch[k->inst];
    /* (also a spaced dash: "First Deputy Minister of Defence - Chief of
     * the General Staff X", the Russian official style) */
    if (t->first >= 2 && (kg_ctx_is(c, t->first - 1, "and") || spaced_dash(c, t->first - 1))) {
      kg_chunk *t2 = chunk(c, t->first - 2);
      /* (not a rival office: "the Prime Minister of X and President Y") */
      if (t2 && t2->type == CH_TITLE && !(t2->canon && t->canon && rival_offices(t2->canon, t->canon)))
        person_title(c, p, t2);
    }
  }
  if (k->country && p->country_strength < 3) {
    p->country = k->country;
    p->country_strength = 3;
  }
  /* "Mauro Vieira of Brazil" */
  const kg_chunk *q = of_country(c, k->end, c->tk.n);
  if (q && p->country_strength < 3) {
    p->country = q->country;
    p->country_strength = 3;
  }
  /* "Major General X of the Egyptian Army": a state body the text gives a
   * country is the person's (not one assumed from the article's home) */
  const kg_xinst *ox = of_state_body(c, k->end, c->tk.n);
  if (ox && p->country_strength < 3) {
    p->country = ox->country;
    p->country_strength = 3;
  }
  if (c->tk.v[k->first].off < p->first_off) p->first_off = c->tk.v[k->first].off;
}

/* Is name a (first..last) sub-form of b? "Qamar Bajwa" of "Qamar Javed
 * Bajwa": same first and last tokens, tokens in order. */
/* Tokens of a name without a generational suffix at its end ("Jr",
 * "III"): "Gilberto Teodoro" is a form of "Gilberto C. Teodoro Jr". */
static size_t core_len(char *const *toks, size_t n) {
  static const char *const sfx[] = {"jr", "sr", "ii", "iii", "iv", NULL};
  if (n < 3) return n;
  for (int k = 0; sfx[k]; k++)
    if (!strcmp(toks[n - 1], sfx[k])) return n - 1;
  return n;
}

static int subform(const kg_xperson *a, char **toks, size_t n) {
  if (n < 2 || a->ntoks <= n) return 0;
  /* "Abdullah bin Zayed" of "Abdullah bin Zayed Al Nahyan": a patronymic
   * chain without the family name ("Al ...") that ends the full form */
  if (n >= 3 && (!strcmp(a->toks[n], "al") || !strncmp(a->toks[n], "al-", 3))) {
    int chain = 0, same = 1;
    for (size_t i = 0; i < n && same; i++) {
      same = !strcmp(a->toks[i], toks[i]);
      chain |= i > 0 && i + 1 < n &&
               (!strcmp(toks[i], "bin") || !strcmp(toks[i], "bint") || !strcmp(toks[i], "ibn"));
    }
    if (same && chain) return 1;
  }
  /* "Fernández de la Cruz" of "Maya Fernández de la Cruz": a compound
   * surname joined by a particle that ends the full form (not "bin": the
   * end of "Hamdan bin Mohammed bin Rashid Al Maktoum" is his father) */
  if (n >= 3) {
    static const char *const parts[] = {"de", "da", "do", "dos", "das", "del", "della", "la",
                                        "van", "von", "der", "den", "y", NULL};
    int part = 0, same = 1;
    for (size_t i = 1; i + 1 < n; i++)
      for (int k = 0; parts[k]; k++) part |= !strcmp(toks[i], parts[k]);
    for (size_t i = 0; i < n && same; i++) same = !strcmp(a->toks[a->ntoks - n + i], toks[i]);
    if (part && same) return 1;
  }
  size_t an = core_len(a->toks, a->ntoks);
  if (strcmp(a->toks[0], toks[0]) || strcmp(a->toks[an - 1], toks[n - 1])) return 0;
  size_t j = 0;
  for (size_t i = 0; i < a->ntoks && j < n; i++)
    if (!strcmp(a->toks[i], toks[j])) j++;
  return j == n;
}

/* The people a single-token mention may refer to, best first. */
static size_t pick_person(kg_ctx *c, const char *tok, const char *title,
                          size_t at) {
  size_t best = NONE;
  int best_score = -1;
  for (size_t i = 0; i < c->n_people; i++) {
    kg_xperson *p = &c->people[i];
    if (p->single) continue;
    int h = has_token(p, tok);
    if (!h) continue;
    if (!compatible(p, title)) continue;
    /* salience: surname match, an office, mentions, nearness */
    int score = h * 100 + (p->noffices ? 50 : 0) + (int)(p->mentions > 20 ? 20 : p->mentions);
    if (p->first_off <= at) score += 5;
    if (score > best_score) {
      best_score = score;
      best = i;
    }
  }
  return best;
}

void kg_resolve_people(kg_ctx *c) {
  /* 1. full names, longest first so that shorter forms fold into them */
  size_t *order = kg_xmalloc((c->n_ch + 1) * sizeof *order);
  size_t n = 0;
  for (size_t i = 0; i < c->n_ch; i++)
    if (c->ch[i].type == CH_NAME && c->ch[i].demonym) order[n++] = i;
  for (size_t i = 1; i < n; i++)
    for (size_t j = i; j > 0; j--) {
      const kg_chunk *x = &c->ch[order[j - 1]], *y = &c->ch[order[j]];
      if ((x->end - x->first) >= (y->end - y->first)) break;
      size_t t = order[j];
      order[j] = order[j - 1];
      order[j - 1] = t;
    }
  for (size_t oi = 0; oi < n; oi++) {
    kg_chunk *k = &c->ch[order[oi]];
    char **toks;
    size_t nt;
    name_tokens(c, k, &toks, &nt);
    size_t hit = NONE;
    kg_buf key = KG_BUF_INIT;
    for (size_t q = 0; q < nt; q++) {
      if (q) kg_buf_putc(&key, ' ');
      kg_buf_puts(&key, toks[q]);
    }
    for (size_t pi = 0; pi < c->n_people && hit == NONE; pi++) {
      kg_xperson *p = &c->people[pi];
      int same = p->ntoks == nt;
      for (size_t q = 0; same && q < nt; q++) same = !strcmp(p->toks[q], toks[q]);
      if (same || subform(p, toks, nt)) hit = pi;
    }
    /* "Mohamed Khaled" of "Mohamed Khaled Nordin" (Malay style: the given
     * names for short): an untitled mention that is the full form without
     * its last word, when one person only has that form */
    if (nt >= 2 && hit == NONE && k->inst == NONE) {
      size_t cand = NONE, count = 0;
      for (size_t pi = 0; pi < c->n_people && count < 2; pi++) {
        kg_xperson *p = &c->people[pi];
        if (p->ntoks != nt + 1) continue;
        int same = 1;
        for (size_t q = 0; same && q < nt; q++) same = !strcmp(p->toks[q], toks[q]);
        if (same) cand = pi, count++;
      }
      if (count == 1) hit = cand;
    }
    /* "El Sherbiny" of "Abdel Hamid El Sherbiny", "Seiha Sokha" of "Tea
     * Seiha Sokha", "Albares Bueno" of "José Manuel Albares Bueno": the last
     * two words of a longer full form, when one person only ends so (not
     * in a patronymic chain, where the end names the father's family) */
    if (nt == 2 && hit == NONE) {
      size_t cand = NONE, count = 0;
      for (size_t pi = 0; pi < c->n_people && count < 2; pi++) {
        kg_xperson *p = &c->people[pi];
        if (p->ntoks < 3) continue;
        int same = !strcmp(p->toks[p->ntoks - 2], toks[0]) && !strcmp(p->toks[p->ntoks - 1], toks[1]);
        for (size_t q = 0; same && q < p->ntoks; q++)
          same = strcmp(p->toks[q], "bin") && strcmp(p->toks[q], "ibn") &&
                 strcmp(p->toks[q], "bint");
        if (same) cand = pi, count++;
      }
      if (count == 1) hit = cand;
    }
    if (nt >= 2 && hit == NONE) {
      const char *title = k->inst != NONE ? c->ch[k->inst].canon : NULL;
      KG_UNUSED(title);
      hit = new_person(c, k);
    }
    if (nt < 2 && hit == NONE) {
      /* a one-token "sure" name (after a title): a person of its own */
      size_t pick = pick_person(c, toks[0], k->inst != NONE ? c->ch[k->inst].canon : NULL,
                                c->tk.v[k->first].off);
      hit = pick != NONE ? pick : new_person(c, k);
      if (pick == NONE) c->people[hit].single = 1;
    }
    note_mention(c, hit, k);
    for (size_t q = 0; q < nt; q++) free(toks[q]);
    free(toks);
    kg_buf_free(&key);
  }
  free(order);
  /* 2a. a one-word place that is a known person's surname, not introduced
   *     as a place ("Hammond said") */
  for (size_t i = 0; i < c->n_ch; i++) {
    kg_chunk *k = &c->ch[i];
    if (k->type != CH_PLACE || k->end != k->first + 1) continue;
    if (k->first > 0) {
      const char *p = ctx_key(c, k->first - 1);
      if (!strcmp(p, "in") || !strcmp(p, "at") || !strcmp(p, "to") || !strcmp(p, "from") ||
          !strcmp(p, "near") || !strcmp(p, "of"))
        continue;
    }
    size_t pick = pick_person(c, ctx_key(c, k->first), NULL, c->tk.v[k->first].off);
    if (pick == NONE || has_token(&c->people[pick], ctx_key(c, k->first)) != 2) continue;
    k->type = CH_NAME;
    k->inst = NONE;
    k->intl = (int)k->first;
    k->gen = 0;
    k->country = NULL;
    k->demonym = 0;
    /* a title or honorific right before it */
    size_t tb, pre;
    if (evidence_before(c, c->sents[k->sent].first, k->first, &tb, &pre)) {
      k->inst = tb;
      k->intl = (int)pre;
    }
    note_mention(c, pick, k);
  }
  /* 2. one-token candidates: aliases of people with that token */
  for (size_t i = 0; i < c->n_ch; i++) {
    kg_chunk *k = &c->ch[i];
    if (k->type != CH_NAME || k->demonym || k->ent != NONE) continue;
    /* (a particle first is no name's word: "at La Moneda palace" is not
     * Gloria de la Fuente's; the word after it is the candidate's) */
    size_t f0 = k->first;
    while (f0 + 1 < k->end && kg_ctx_has(c, f0, LX_PARTICLE)) f0++;
    const char *tok = ctx_key(c, f0);
    const char *title = k->inst != NONE ? c->ch[k->inst].canon : NULL;
    size_t pick = pick_person(c, tok, title, c->tk.v[k->first].off);
    if (pick == NONE) {
      k->type = CH_NONE;
      for (size_t q = k->first; q < k->end; q++) c->tok_ch[q] = -1;
      continue;
    }
    note_mention(c, pick, k);
  }
  /* 3. titles written without a name next to them refer to the person
   *    holding that office ("the Minister of Defense congratulated ...") */
  /* 3b. "President X of Chad sent his special envoy, Y": an envoy's
   *     office owned by a possessive pronoun serves its owner's country,
   *     when one person only is named before it in the sentence and the
   *     text places that person (the dateline's country had won) */
  for (size_t i = 0; i < c->n_ch; i++) {
    const kg_chunk *k = &c->ch[i];
    if (k->type != CH_NAME || k->ent == NONE || k->inst == NONE) continue;
    kg_xperson *p = &c->people[k->ent];
    const kg_chunk *t = &c->ch[k->inst];
    /* (any office but a counterpart: "conveyed greetings from his foreign
     * minister, Y") */
    if (p->country || !t->canon || strstr(t->canon, "ounterpart") || t->country || t->intl ||
        t->first == 0 || t->first <= c->sents[t->sent].first ||
        !(kg_ctx_is(c, t->first - 1, "his") || kg_ctx_is(c, t->first - 1, "her")))
      continue;
    size_t owner = NONE;
    int one = 1;
    for (size_t x = 0; x < c->n_ch && one; x++) {
      const kg_chunk *o = &c->ch[x];
      if (o->type != CH_NAME || o->sent != t->sent || o->end >= t->first || o->ent == NONE ||
          o->ent == k->ent)
        continue;
      if (owner != NONE && owner != o->ent) one = 0;
      owner = o->ent;
    }
    if (!one || owner == NONE || c->people[owner].country_strength < 2) continue;
    p->country = c->people[owner].country;
    p->country_strength = 2;
  }
  /* 3c. "Gnakade's chief of staff, Colonel X", "Putin's spokesman X": an
   *     office owned by a named person's possessive serves the owner's
   *     country, when the text places the owner (not a counterpart, who
   *     serves the other side) */
  for (size_t i = 0; i < c->n_ch; i++) {
    const kg_chunk *k = &c->ch[i];
    if (k->type != CH_NAME || k->ent == NONE || k->inst == NONE) continue;
    kg_xperson *p = &c->people[k->ent];
    const kg_chunk *t = &c->ch[k->inst];
    if (p->country || !t->canon || t->country || t->intl || strstr(t->canon, "ounterpart") ||
        t->first < c->sents[t->sent].first + 2 || c->tk.v[t->first - 1].kind != TK_POSS)
      continue;
    const kg_chunk *o = chunk(c, t->first - 2);
    if (!o || o->type != CH_NAME || o->end != t->first - 1 || o->ent == NONE || o->ent == k->ent ||
        c->people[o->ent].country_strength < 2)
      continue;
    p->country = c->people[o->ent].country;
    p->country_strength = 2;
  }
  /* 4. countries of officials the text does not place: their group's, or
   *    the article's home country (officers known by rank alone get it in
   *    event.c, home_officers, once the meetings are known) */
  for (size_t i = 0; i < c->n_people; i++) {
    kg_xperson *p = &c->people[i];
    if (!p->country && p->noffices > p->nplural && !p->intl && c->home) {
      p->country = c->home;
      p->country_strength = 1;
    }
  }
}
