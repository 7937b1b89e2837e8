# Performance and distribution (issue 8). The benchmark itself (bench/run)
# stays out of ctest; here only small, fast checks:
# - unit.test_merge merges a hub seen in 100k documents: a short timeout
#   catches quadratic merging;
# - cli.test_parallel (-j determinism, stdin streaming, map/reduce,
#   incremental facts) and cli.test_distributed (GNU parallel shards) are
#   picked up from tests/cli/ like every CLI test;
# - perf.bench_smoke runs bench/run on a tiny corpus, so that the
#   benchmark script keeps working.
set_tests_properties(unit.test_merge PROPERTIES TIMEOUT 30)
add_test(NAME perf.bench_smoke
  COMMAND python3 ${CMAKE_SOURCE_DIR}/bench/run --smoke)
set_tests_properties(perf.bench_smoke PROPERTIES TIMEOUT 120 SKIP_RETURN_CODE 77
  ENVIRONMENT "KG=$<TARGET_FILE:kg>;KG_SRC=${CMAKE_SOURCE_DIR}")
