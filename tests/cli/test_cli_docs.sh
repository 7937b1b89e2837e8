#!/usr/bin/env bash
# The option table drives parsing, --help and docs/kg.1: check they agree,
# and that --lexicon overrides a built-in lexicon.
. "$(dirname "$0")/lib.sh"
cd "$KG_SRC"

# docs/kg.1 is what `kg --man` prints (regenerate: build/kg --man > docs/kg.1)
"$KG" --man > "$T/kg.1"
cmp -s "$T/kg.1" docs/kg.1 && ok "docs/kg.1 up to date" ||
  fail "docs/kg.1 differs from 'kg --man' (regenerate it)"

# every option of every command is in that command's --help and in the man page
for cmd in build extract stats render; do
  "$KG" "$cmd" --help > "$T/help.$cmd" || fail "kg $cmd --help exit status"
done
"$KG" --help > "$T/help" || fail "kg --help exit status"
python3 - "$T" <<'PY' || fail "option table vs --help/man"
import re, sys, subprocess, os
T = sys.argv[1]
man = open(os.path.join(T, "kg.1")).read().replace("\\-", "-")
src = open("src/cli.c").read()
rows = re.findall(r'\{"(\*|build|extract|stats|render)", (?:\'(.)\'|0), "([a-z-]+)"', src)
assert rows, "no option rows found in src/cli.c"
for cmd, short, long in rows:
    cmds = ["build", "extract", "stats", "render"] if cmd == "*" else [cmd]
    for c in cmds:
        h = open(os.path.join(T, "help." + c)).read()
        assert "--" + long in h, f"kg {c} --help lacks --{long}"
    assert "--" + long in man, f"man page lacks --{long}"
PY
ok "option table, --help and the man page agree"

# --lexicon DIR overrides a built-in list: without the titles lexicon's
# "Minister" row, "Minister X" gives no title
mkdir -p "$T/lex"
grep -v -P '^Minister\ttitle' data/lexicon/titles.tsv > "$T/lex/titles.tsv"
printf 'Doc\n\nMinister Ana Lopes met Kofi Mensah.\n' > "$T/doc.txt"
"$KG" extract "$T/doc.txt" -q > "$T/a.jsonl"
"$KG" extract "$T/doc.txt" -q --lexicon "$T/lex" > "$T/b.jsonl"
grep -q '"titles":\["Minister"\]' "$T/a.jsonl" && ! grep -q '"titles":\["Minister"\]' "$T/b.jsonl" &&
  ok "--lexicon overrides titles.tsv" || fail "--lexicon override"
printf 'bad line without tabs\n' > "$T/lex/ranks.tsv"
expect_rc 1 "$KG" extract "$T/doc.txt" -q --lexicon "$T/lex"
grep -q "ranks.tsv:1: expected 2 tab-separated columns" "$T/err" && ok "bad lexicon reported with file and line" ||
  { fail "bad lexicon message"; cat "$T/err" >&2; }
finish
