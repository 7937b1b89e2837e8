/* harness.h - a tiny unit-test harness (after cmark's api_test/harness.h):
 * CHECK records failures and goes on; main returns the failure count. */
#ifndef KG_TEST_HARNESS_H
#define KG_TEST_HARNESS_H

#include <stdio.h>
#include <string.h>

static int test_failures = 0;
static int test_checks = 0;

#define CHECK(cond)                                                        \
  do {                                                                     \
    test_checks++;                                                         \
    if (!(cond)) {                                                         \
      test_failures++;                                                     \
      fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__,     \
              #cond);                                                      \
    }                                                                      \
  } while (0)

#define CHECK_STR(got, want)                                               \
  do {                                                                     \
    const char *g_ = (got), *w_ = (want);                                  \
    test_checks++;                                                         \
    if (!((g_ == NULL && w_ == NULL) ||                                    \
          (g_ != NULL && w_ != NULL && strcmp(g_, w_) == 0))) {            \
      test_failures++;                                                     \
      fprintf(stderr, "%s:%d: got \"%s\", want \"%s\"\n", __FILE__,        \
              __LINE__, g_ ? g_ : "(null)", w_ ? w_ : "(null)");           \
    }                                                                      \
  } while (0)

#define CHECK_INT(got, want)                                               \
  do {                                                                     \
    long long g_ = (long long)(got), w_ = (long long)(want);               \
    test_checks++;                                                         \
    if (g_ != w_) {                                                        \
      test_failures++;                                                     \
      fprintf(stderr, "%s:%d: got %lld, want %lld (%s)\n", __FILE__,       \
              __LINE__, g_, w_, #got);                                     \
    }                                                                      \
  } while (0)

#define TEST_MAIN_END()                                                    \
  do {                                                                     \
    fprintf(stderr, "%d checks, %d failed\n", test_checks, test_failures); \
    return test_failures ? 1 : 0;                                          \
  } while (0)

#endif
