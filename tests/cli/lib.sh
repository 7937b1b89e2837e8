# lib.sh - shared helpers for the CLI end-to-end tests (sourced).
# Environment from ctest: KG (the binary), KG_SRC (source tree).
set -u
: "${KG:?KG not set}"
: "${KG_SRC:?KG_SRC not set}"
T=$(mktemp -d "${TMPDIR:-/tmp}/kgtest.XXXXXX")
trap 'rm -rf "$T"' EXIT
fails=0
fail() { echo "FAIL: $*" >&2; fails=$((fails + 1)); }
ok() { echo "ok: $*"; }
# expect_rc WANT CMD...: run CMD, check its exit status
expect_rc() {
  local want=$1; shift
  local got=0
  "$@" >"$T/out" 2>"$T/err" || got=$?
  if [ "$got" != "$want" ]; then
    fail "$* exited $got, want $want"; sed 's/^/  stderr: /' "$T/err" >&2
    return 1
  fi
  return 0
}
finish() {
  if [ "$fails" -gt 0 ]; then echo "$fails failure(s)" >&2; exit 1; fi
  echo "all passed"; exit 0
}
