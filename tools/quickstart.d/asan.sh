#!/usr/bin/env bash
# Run by `tools/quickstart test` after the main test suite (so by CI): the
# whole suite again in a second build directory, build-asan, compiled with
# AddressSanitizer and UndefinedBehaviorSanitizer (-DKG_SANITIZE=
# address,undefined: any report aborts the test). Tests labelled "slow"
# (50 MB inputs, valgrind) are left out to keep CI short; the fuzz corpora
# (tests fuzz.*) are replayed here under both sanitizers.
set -euo pipefail
cd "$(dirname "$0")/../.."
jobs=$(nproc 2>/dev/null || echo 2)
cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DKG_SANITIZE=address,undefined >/dev/null
cmake --build build-asan -j "$jobs"
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0:strict_string_checks=1:detect_stack_use_after_return=1}
# leaks inside Graphviz and its font stack when kg renders (tests/exports.cmake)
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$PWD/tests/lsan-graphviz.supp}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
ctest --test-dir build-asan --output-on-failure -j "$jobs" -LE slow
echo "quickstart: sanitizer (ASan + UBSan) suite passed"
