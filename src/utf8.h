/* utf8.h - UTF-8 repair, decoding, character classes and the folding used to
 * compare names (case, accents, quotes and dashes), as in GOLD-FORMAT.md's
 * matching rule. No locale is consulted: results are the same everywhere. */
#ifndef KG_UTF8_H
#define KG_UTF8_H

#include <stddef.h>
#include <stdint.h>

#include "src/buf.h"

/** True when `s[0..len)` is valid UTF-8 with no NUL byte. */
int kg_utf8_clean(const char *s, size_t len);

/** Append `s[0..len)` to `out` with every byte that starts no valid UTF-8
 *  sequence read as Windows-1252 (the encoding of most pages that are not
 *  UTF-8: "Jos\xe9" gives "José"; its five undefined bytes give U+FFFD)
 *  and every NUL byte replaced by a space. Returns the number of repairs. */
size_t kg_utf8_repair(const char *s, size_t len, kg_buf *out);

/** Append the UTF-16 text `s[0..len)` (no byte-order mark; `big_endian`
 *  or little) to `out` as UTF-8: unpaired surrogates become U+FFFD, NULs
 *  spaces. Returns the number of repairs (a last odd byte is one). */
size_t kg_utf16_to_utf8(const char *s, size_t len, int big_endian, kg_buf *out);

/** Decode, in place, the HTML character references a crawl leaves in an
 *  article's text ("Saudi Arabia&rsquo;s", "met&nbsp;Y", "&#8217;",
 *  "&#x2019;", "Defence &amp; Security"): the numeric ones and the named
 *  ones of Latin-1 punctuation and letters. Anything else ("AT&T", "&foo;")
 *  stays. The text stays valid UTF-8 (a reference to NUL, a surrogate or
 *  past U+10FFFF stays as written) and never grows. Returns the new length;
 *  `s[len]` is left alone. */
size_t kg_html_unescape(char *s, size_t len);

/** Remove, in place, the HTML markup a crawl leaves in an article's text:
 *  tags of the elements articles are made of ("<p>", "</strong>", "<br/>",
 *  "<a href=...>") and comments go, a block element's tag becomes a line
 *  break, and scripts and styles go with their content. A '<' that opens
 *  none of these ("a < b", "<unknown>") stays. Never grows; returns the
 *  new length. */
size_t kg_html_strip(char *s, size_t len);

/** Decode the code point at `s` (valid UTF-8 assumed, as after repair);
 *  stores it in `*cp` and returns its byte length (>= 1, <= len). */
size_t kg_utf8_next(const char *s, size_t len, uint32_t *cp);

/** Parse the 4 hex digits at `s` (either case; a JSON \\u escape) into
 *  `*out`. Returns 0, or -1 when one is not a hex digit. */
int kg_hex4(const char *s, uint32_t *out);

/** Read the JSON string at `s` (its opening '"'), which ends before `end`,
 *  as Jansson reads it: its characters are appended to `out` (NULL: only
 *  scan) and `*esc` (when not NULL) is set to 1 if it had an escape.
 *  Returns the byte after the closing quote, or NULL to give up (no closing
 *  quote, a raw control character, a bad escape, \u0000, a lone
 *  surrogate). The text must be valid UTF-8 (checked by the caller). */
const char *kg_json_string(const char *s, const char *end, kg_buf *out, int *esc);

/** The high bit of each of the eight bytes of `w` that a JSON string
 *  cannot hold as it is: a control byte (below 0x20), '"' or '\\'. Exact
 *  where it answers 0 (a borrow can only raise a false alarm above a byte
 *  that really matches; a byte with its top bit set matches none): the
 *  word-at-a-time test of JSON's readers and writers. */
static inline uint64_t kg_json_special8(uint64_t w) {
  const uint64_t ones = 0x0101010101010101ULL, high = 0x8080808080808080ULL;
  uint64_t lt = (w - ones * 0x20) & ~w;
  uint64_t q = w ^ (ones * '"');
  uint64_t b = w ^ (ones * '\\');
  q = (q - ones) & ~q;
  b = (b - ones) & ~b;
  return (lt | q | b) & high;
}

/** Encode `cp` into `out`. */
void kg_utf8_put(kg_buf *out, uint32_t cp);

/** Character classes over code points (Latin, Greek, Cyrillic cased;
 *  other scripts' letters count as alphabetic, neither upper nor lower). */
int kg_cp_is_alpha(uint32_t cp);
int kg_cp_is_upper(uint32_t cp);
int kg_cp_is_lower(uint32_t cp);
int kg_cp_is_digit(uint32_t cp);

/** Append the folded form of `s[0..len)`: lower case, Latin accents
 *  removed (é -> e, ß -> ss), curly quotes/backtick -> ', dashes -> -. */
void kg_fold_append(kg_buf *out, const char *s, size_t len);

/** Append a slug: the folded form with every run of characters other than
 *  letters and digits turned into one '-', no leading/trailing '-'. (`s`
 *  must not point into `out`: the slug is made in place there.) */
void kg_slug_append(kg_buf *out, const char *s, size_t len);

/** Fold into a new string (caller frees). */
char *kg_fold(const char *s, size_t len);

#endif
