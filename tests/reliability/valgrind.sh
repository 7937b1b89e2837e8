#!/usr/bin/env bash
# valgrind memcheck of kg (issue 9): `kg build` on the samples, `kg extract`
# and `kg build --facts` on them, and a build of broken input, with zero
# errors and no leaks (definite, indirect or possible). Memory still
# reachable at exit is allowed: cgraph keeps a static buffer in agcanonStr.
# Skipped (77) without valgrind, and in sanitizer builds (KG_SANITIZED).
. "$KG_SRC/tests/cli/lib.sh"
command -v valgrind >/dev/null || { echo "skip: valgrind not installed"; exit 77; }
[ -n "${KG_SANITIZED:-}" ] && { echo "skip: valgrind cannot run a sanitizer build"; exit 77; }
vg() {
  local name=$1; shift
  local rc=0
  valgrind -q --leak-check=full --show-leak-kinds=definite,indirect,possible \
    --errors-for-leak-kinds=definite,indirect,possible --error-exitcode=99 \
    --track-origins=yes "$@" >"$T/out" 2>"$T/err" || rc=$?
  if [ $rc = 99 ] || grep -q '^==[0-9]*==' "$T/err"; then
    fail "valgrind: $name"; head -40 "$T/err" >&2
  elif [ $rc -gt 1 ]; then
    fail "valgrind: $name exited $rc"; head -5 "$T/err" >&2
  else
    ok "valgrind: $name: no errors, no leaks"
  fi
}
cd "$T"
vg "kg build (embedded samples)" "$KG" build -o out -q
vg "kg build samples/" "$KG" build "$KG_SRC/samples" -o out2 -q --json-style cytoscape
vg "kg extract samples/" "$KG" extract "$KG_SRC/samples" -q -o facts.jsonl
vg "kg build --facts" "$KG" build --facts facts.jsonl -o out3 -q --json-style graphology
printf 'Prime Minister Ana Lopes\xff\xfe met \x00 President Kofi\xc3 Mensah.\n' > bad.txt
printf '\n{"id":"j","text":"Minister A\\ud800 met B."}\n{"id": broken\n' > bad.jsonl
vg "kg build on broken input" "$KG" build bad.txt bad.jsonl missing.txt -o out4 -q
finish
