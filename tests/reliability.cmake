# Reliability (issue 9): interruption mid-write, 50 MB and over-the-cap
# inputs, valgrind memcheck. The hostile-input cases are tests/cli/
# test_hostile.sh (registered with the CLI tests); the fuzz corpora are
# replayed by fuzz/CMakeLists.txt (tests fuzz.*). Labels: "slow" tests are
# left out of the sanitizer run (tools/quickstart.d/asan.sh), "valgrind"
# needs an unsanitized build. KG_TIME_SCALE stretches the scripts' own time
# limits where the binary is slower (sanitizers).
if(KG_SANITIZE)
  set(_kg_rel_env "KG_TIME_SCALE=4" "KG_SANITIZED=${KG_SANITIZE}")
else()
  set(_kg_rel_env "KG_TIME_SCALE=1")
endif()
set_property(TEST cli.test_hostile APPEND PROPERTY ENVIRONMENT ${_kg_rel_env})
if(KG_SANITIZE)
  # ~40 kg runs, each a few times slower under ASan + UBSan
  set_tests_properties(cli.test_hostile PROPERTIES TIMEOUT 900)
endif()

function(kg_reliability_test name timeout labels)
  add_test(NAME reliability.${name}
    COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/reliability/${name}.sh)
  set_tests_properties(reliability.${name} PROPERTIES TIMEOUT ${timeout}
    SKIP_RETURN_CODE 77 LABELS "reliability;${labels}"
    ENVIRONMENT "${KG_TEST_ENV};${_kg_rel_env}")
endfunction()

kg_reliability_test(interrupt 300 "")
kg_reliability_test(big_input 400 "slow")
kg_reliability_test(valgrind 300 "slow;valgrind")
