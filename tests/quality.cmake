# Quality floor: build the dev corpus (../shared/corpus/dev) and score it
# with ../shared/tools/kg-score; fails when a score drops below its floor in
# tests/quality/floors.json. Skipped (exit 77) where ../shared is absent.
add_test(NAME quality.dev_corpus
  COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/quality/score.sh)
set_tests_properties(quality.dev_corpus PROPERTIES TIMEOUT 300 SKIP_RETURN_CODE 77
  ENVIRONMENT "KG=$<TARGET_FILE:kg>;KG_SRC=${CMAKE_SOURCE_DIR}")

# The same articles with every annotated person renamed (make-corpus
# --gold): names that no given-name list knows. Floors in
# tests/quality/renamed-floors.json; skipped where ../shared is absent.
add_test(NAME quality.renamed_corpus
  COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/quality/renamed.sh)
set_tests_properties(quality.renamed_corpus PROPERTIES TIMEOUT 300 SKIP_RETURN_CODE 77
  ENVIRONMENT "KG=$<TARGET_FILE:kg>;KG_SRC=${CMAKE_SOURCE_DIR}")
