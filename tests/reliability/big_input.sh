#!/usr/bin/env bash
# Big inputs (issue 9, STYLE 8): a 50 MB single line as a text article and
# as one JSONL line (one 50 MB sentence: no period at all) is read, extracted
# in linear time and built; inputs over the 256 MB cap (a file, a JSONL
# line) are reported as too large while the rest is built. Slow: label
# "slow", left out of the sanitizer run (tools/quickstart.d/asan.sh).
. "$KG_SRC/tests/cli/lib.sh"
scale=${KG_TIME_SCALE:-1}
cd "$T"
python3 - <<'PY'
import json, random
random.seed(3)
words = "the of and a to in is was for on that with as by at from said it has be have".split()
chunk = " ".join(random.choice(words) for _ in range(2000)) + \
    " Prime Minister Ana Lopes met President Kofi Mensah in Baku on 5 March 2020, "
n = 50 * 1024 * 1024
s = (chunk * (n // len(chunk) + 1))[:n]
open("line.txt", "w").write(s)
with open("line.jsonl", "w") as f:
    f.write(json.dumps({"id": "big", "text": s}) + "\n")
    f.write(json.dumps({"id": "small", "text": "Defence Minister Zakir Hasanov met Foreign Minister Jeyhun Bayramov."}) + "\n")
PY
check_build() { # NAME FILE
  local rc=0
  timeout -s KILL $((150 * scale)) "$KG" build "$2" -o "out_$1" -q 2>"$T/err" || rc=$?
  if [ $rc = 0 ] && python3 -c "
import json, sys
g = json.load(open('out_$1/graph.json'))
labels = {n['label'] for n in g['nodes']}
assert 'Ana Lopes' in labels and 'Kofi Mensah' in labels, sorted(labels)[:20]"; then
    ok "50 MB single line ($1) built"
  else
    fail "50 MB single line ($1): exit $rc"; head -5 "$T/err" >&2
  fi
}
check_build text line.txt
check_build jsonl line.jsonl
rm -f line.txt line.jsonl

# over the cap: a sparse 300 MB file, and a 300 MB JSONL line then a good one
truncate -s 300M huge.txt
cp "$KG_SRC/samples/000_609a1e2ef32cbd57.txt" ok.txt
expect_rc 1 timeout $((30 * scale)) "$KG" build huge.txt ok.txt -o out_cap -q &&
  grep -q 'huge.txt: larger than the 256 MB input limit' "$T/err" && [ -s out_cap/graph.json ] &&
  ok "file over the input cap reported, the rest built" || { fail "input cap"; cat "$T/err" >&2; }
rm -f huge.txt
truncate -s 300M huge.jsonl
printf '\n{"id":"after","text":"Prime Minister Ana Lopes met President Kofi Mensah."}\n' >> huge.jsonl
expect_rc 1 timeout $((60 * scale)) "$KG" extract huge.jsonl -q -o capped.jsonl &&
  grep -q 'huge.jsonl:1: line longer than 256 MB (skipped)' "$T/err" &&
  grep -q '"doc":"after"' capped.jsonl &&
  ok "JSONL line over the cap skipped and reported, next line read" ||
  { fail "JSONL line cap"; cat "$T/err" >&2; }
finish
