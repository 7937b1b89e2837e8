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
