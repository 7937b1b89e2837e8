/* test_core.c - unit tests of the core: UTF-8 repair and folding, the hash
 * map, buffers, atomic writes and capped reads. */
#define _DEFAULT_SOURCE
#include <stdlib.h>
#include <unistd.h>

#include "harness.h"
#include "src/buf.h"
#include "src/io.h"
#include "src/map.h"
#include "src/utf8.h"

static void test_utf8(void) {
  const char ok[] = "Zoltán Balog — Türkiye’s";
  CHECK(kg_utf8_clean(ok, sizeof ok - 1));
  const char bad[] = "a\xff" "b\xc3" "c\0d";
  CHECK(!kg_utf8_clean(bad, sizeof bad - 1));
  kg_buf b = KG_BUF_INIT;
  size_t fixes = kg_utf8_repair(bad, sizeof bad - 1, &b);
  CHECK_INT(fixes, 3);
  CHECK(kg_utf8_clean(b.ptr, b.len));
  /* bytes that start no UTF-8 sequence are Windows-1252 text */
  CHECK_STR(b.ptr, "a\xC3\xBF" "b\xC3\x83" "c d");
  kg_buf_free(&b);
  const char latin[] = "Jos\xe9 Mar\xed" "a \x93Pe\xf1" "a\x94 \x81";
  b = (kg_buf)KG_BUF_INIT;
  CHECK_INT(kg_utf8_repair(latin, sizeof latin - 1, &b), 6);
  CHECK_STR(b.ptr, "Jos\xC3\xA9 Mar\xC3\xAD" "a \xE2\x80\x9CPe\xC3\xB1" "a\xE2\x80\x9D \xEF\xBF\xBD");
  kg_buf_free(&b);
  /* UTF-16 both ways, a surrogate pair, an unpaired surrogate, a NUL */
  const char le[] = "J\0o\0s\0\xe9\0=\xd8\x00\xde \0\x00\xd8\0\0";
  b = (kg_buf)KG_BUF_INIT;
  CHECK_INT(kg_utf16_to_utf8(le, sizeof le - 1, 0, &b), 2);
  CHECK_STR(b.ptr, "Jos\xC3\xA9\xF0\x9F\x98\x80 \xEF\xBF\xBD ");
  kg_buf_free(&b);
  const char be[] = "\0K\0\xe9";
  b = (kg_buf)KG_BUF_INIT;
  CHECK_INT(kg_utf16_to_utf8(be, sizeof be - 1, 1, &b), 0);
  CHECK_STR(b.ptr, "K\xC3\xA9");
  kg_buf_free(&b);
  /* overlong and surrogate forms are invalid */
  CHECK(!kg_utf8_clean("\xc0\xaf", 2));
  CHECK(!kg_utf8_clean("\xed\xa0\x80", 3));
  char *f = kg_fold("Władysław KOSINIAK-Kamysz’s Ærø", strlen("Władysław KOSINIAK-Kamysz’s Ærø"));
  CHECK_STR(f, "wladyslaw kosiniak-kamysz's aero");
  free(f);
  kg_buf s = KG_BUF_INIT;
  kg_slug_append(&s, "  Jean-Yves Le Drian!! ", strlen("  Jean-Yves Le Drian!! "));
  CHECK_STR(s.ptr, "jean-yves-le-drian");
  kg_buf_free(&s);
  uint32_t cp;
  CHECK_INT(kg_utf8_next("\xc5\x82", 2, &cp), 2);
  CHECK_INT(cp, 0x142);
  CHECK(kg_cp_is_upper(0x141) && kg_cp_is_lower(0x142));
  CHECK(kg_cp_is_upper(0x130) && kg_cp_is_alpha(0x4E2D));
}

static void test_map(void) {
  kg_map *m = kg_map_new();
  char key[32];
  for (int i = 0; i < 10000; i++) {
    int n = snprintf(key, sizeof key, "k%d", i);
    kg_map_put(m, key, (size_t)n, (size_t)i);
  }
  CHECK_INT(kg_map_count(m), 10000);
  CHECK_INT(kg_map_get(m, "k4242", 5), 4242);
  CHECK(kg_map_get(m, "nope", 4) == KG_MAP_NONE);
  CHECK_INT(kg_map_intern(m, "k7", 2, 99), 7);
  CHECK_INT(kg_map_intern(m, "new", 3, 99), 99);
  size_t pos = 0, seen = 0;
  while (kg_map_next(m, &pos, NULL, NULL, NULL)) seen++;
  CHECK_INT(seen, 10001);
  kg_map_free(m);
  kg_map_free(NULL);

  /* values are held in 32 bits: indexes and the sentinels near SIZE_MAX
   * read back as stored; keys are told apart by their stored length, also
   * when one is a prefix of another or holds a NUL */
  m = kg_map_new();
  kg_map_put(m, "a", 1, (size_t)-2);
  kg_map_put(m, "ab", 2, 0xFFFFFFEEu);
  kg_map_put(m, "a\0b", 3, 5);
  kg_map_put(m, "", 0, 6);
  CHECK(kg_map_get(m, "a", 1) == (size_t)-2);
  CHECK(kg_map_get(m, "ab", 2) == 0xFFFFFFEEu);
  CHECK_INT(kg_map_get(m, "a\0b", 3), 5);
  CHECK_INT(kg_map_get(m, "", 0), 6);
  CHECK(kg_map_get(m, "a\0", 2) == KG_MAP_NONE);
  CHECK(kg_map_get(m, "abc", 3) == KG_MAP_NONE);
  size_t stored = 0;
  const char *k = kg_map_intern_key(m, "ab", 2, 1, &stored);
  CHECK(strcmp(k, "ab") == 0 && stored == 0xFFFFFFEEu);
  uint32_t *ref = kg_map_ref(m, "ref", 3, 41);
  CHECK_INT(*ref, 41);
  *ref = 42;
  CHECK_INT(kg_map_get(m, "ref", 3), 42);
  const char *key2;
  size_t len2, val2, lens = 0;
  pos = 0;
  while (kg_map_next(m, &pos, &key2, &len2, &val2)) lens += len2;
  CHECK_INT(lens, 1 + 2 + 3 + 0 + 3);
  kg_map_free(m);
}

static void test_buf(void) {
  kg_buf b = KG_BUF_INIT;
  for (int i = 0; i < 1000; i++) kg_buf_printf(&b, "%d,", i);
  CHECK(b.len > 3000 && b.ptr[b.len] == '\0');
  kg_buf_reset(&b);
  CHECK_INT(b.len, 0);
  char *d = kg_buf_detach(&b);
  CHECK_STR(d, "");
  free(d);
}

static void test_io(void) {
  char dir[] = "/tmp/kgunitXXXXXX";
  CHECK(mkdtemp(dir) != NULL);
  char path[256];
  snprintf(path, sizeof path, "%s/out.txt", dir);
  kg_error err;
  CHECK_INT(kg_write_atomic(path, "hello", 5, &err), KG_OK);
  char *data;
  size_t len;
  CHECK_INT(kg_read_file(path, 1024, &data, &len, &err), KG_OK);
  CHECK_INT(len, 5);
  free(data);
  /* cap */
  CHECK_INT(kg_read_file(path, 2, &data, &len, &err), KG_ETOOBIG);
  /* an aborted write leaves the old content and no temp file */
  kg_afile *af = kg_afile_open(path, &err);
  CHECK(af != NULL);
  fputs("partial", kg_afile_stream(af));
  kg_afile_abort(af);
  CHECK_INT(kg_read_file(path, 1024, &data, &len, &err), KG_OK);
  CHECK_STR(data, "hello");
  free(data);
  CHECK_INT(kg_read_file("/nonexistent/x", 10, &data, &len, &err), KG_ENOENT);
  /* a write to /dev/full fails and is reported */
  if (access("/dev/full", W_OK) == 0) {
    FILE *fp = fopen("/dev/full", "w");
    CHECK(fp != NULL);
    if (fp) fclose(fp);
  }
  snprintf(path, sizeof path, "%s/a/b/c", dir);
  CHECK_INT(kg_mkdir_p(path, &err), KG_OK);
  char cmd[300];
  snprintf(cmd, sizeof cmd, "rm -rf %s", dir);
  CHECK(system(cmd) == 0);
}

/* HTML character references a crawl leaves in text */
static void test_html_unescape(void) {
  char a[] = "Saudi Arabia&rsquo;s met&nbsp;Y &#8217;&#x2019;&#X2019; R&amp;D &lt;b&gt; "
             "Jos&eacute; &#146;q&#148; AT&T &foo; &amp &#0; &#x110000; &#55296; &#x81; "
             "&#9; &#; &#x; &AElig;&#65536; end&";
  size_t n = kg_html_unescape(a, strlen(a));
  a[n] = '\0';
  CHECK_STR(a, "Saudi Arabia\xE2\x80\x99s met\xC2\xA0Y \xE2\x80\x99\xE2\x80\x99\xE2\x80\x99 R&D "
               "<b> Jos\xC3\xA9 \xE2\x80\x99q\xE2\x80\x9D AT&T &foo; &amp &#0; &#x110000; "
               "&#55296; &#x81; \t &#; &#x; \xC3\x86\xF0\x90\x80\x80 end&");
  CHECK(kg_utf8_clean(a, n));
  char plain[] = "no references here";
  CHECK_INT(kg_html_unescape(plain, strlen(plain)), strlen("no references here"));
  CHECK_STR(plain, "no references here");
}

/* HTML markup a crawl leaves in text */
static void test_html_strip(void) {
  char a[] = "<p>A <strong>B</strong> <a href=\"x?a=1>2\" class='c'>C</a>.</p><p>D<br/>E</p>"
             "<script>var s = '<p>F</p>';</script><!-- G -->a < b <unknown> <P>H</P><style "
             "type=\"t\">p{}</style>I <p";
  size_t n = kg_html_strip(a, strlen(a));
  a[n] = '\0';
  CHECK_STR(a, "\nA B C.\n\nD\nE\na < b <unknown> \nH\nI <p");
  char plain[] = "x < y and y > z";
  CHECK_INT(kg_html_strip(plain, strlen(plain)), strlen("x < y and y > z"));
}

int main(void) {
  test_utf8();
  test_html_unescape();
  test_html_strip();
  test_map();
  test_buf();
  test_io();
  TEST_MAIN_END();
}
