# Analytics tests (issue 6): kg's centralities against networkx on crafted
# graphs (Debian's python3-networkx, so /usr/bin/python3: a python3 found
# first on PATH may lack it; the test skips itself when networkx is
# missing), and the sampled mode on a graph above the exact limit.
add_test(NAME analytics.networkx
  COMMAND /usr/bin/python3 ${CMAKE_CURRENT_SOURCE_DIR}/analytics/check_networkx.py)
set_tests_properties(analytics.networkx PROPERTIES TIMEOUT 120 SKIP_RETURN_CODE 77
  ENVIRONMENT "${KG_TEST_ENV}")
add_test(NAME analytics.perf COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/analytics/perf.sh)
set_tests_properties(analytics.perf PROPERTIES TIMEOUT 240 ENVIRONMENT "${KG_TEST_ENV}")
