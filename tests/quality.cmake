# Quality floor: build the dev corpus (../shared/corpus/dev) and score it
# with ../shared/tools/kg-score; fails when a score drops below its floor in
# tests/quality/floors.json. Skipped (exit 77) where ../shared is absent.
add_test(NAME quality.dev_corpus
  COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/quality/score.sh)
set_tests_properties(quality.dev_corpus PROPERTIES TIMEOUT 300 SKIP_RETURN_CODE 77
  ENVIRONMENT "KG=$<TARGET_FILE:kg>;KG_SRC=${CMAKE_SOURCE_DIR}")
