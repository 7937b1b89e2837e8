# Exports (issue 7): tests/cli/test_exports.sh runs as cli.test_exports (the
# core checks, globbed by tests/CMakeLists.txt) and here in its two modes
# that need an outside reader: networkx (Debian python3-networkx) and html
# (headless Chromium). Each skips itself (exit 77) when its reader is absent.
foreach(mode networkx html)
  add_test(NAME cli.test_exports.${mode}
    COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/cli/test_exports.sh ${mode})
  set_tests_properties(cli.test_exports.${mode} PROPERTIES TIMEOUT 300
    SKIP_RETURN_CODE 77 ENVIRONMENT "${KG_TEST_ENV}")
endforeach()

# The unit test renders through Graphviz too: its leaks are suppressed (the
# file matters only under KG_SANITIZE=address).
if(TEST unit.test_export)
  set_tests_properties(unit.test_export PROPERTIES ENVIRONMENT
    "KG_SRC=${CMAKE_SOURCE_DIR};LSAN_OPTIONS=suppressions=${CMAKE_SOURCE_DIR}/tests/lsan-graphviz.supp")
endif()
