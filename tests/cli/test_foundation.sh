#!/usr/bin/env bash
# End-to-end tests of the foundation (issue 2): inputs, metadata, bad input,
# atomic writes, determinism, usage errors, the run on the samples.
. "$(dirname "$0")/lib.sh"

# --- the main job on the embedded samples, from the repository root
cd "$KG_SRC"
if expect_rc 0 "$KG" build -o "$T/s1" -q; then
  [ -s "$T/s1/graph.json" ] && [ -s "$T/s1/graph.dot" ] && ok "build on samples" ||
    fail "build on samples wrote no graph.json/graph.dot"
fi
python3 - "$T/s1/graph.json" <<'PY' || fail "graph.json contract"
import json, sys
g = json.load(open(sys.argv[1]))
assert g["directed"] is False and g["multigraph"] is False
assert g["graph"]["documents"] == 5, g["graph"]
assert g["graph"]["generator"].startswith("kg ")
ids = {n["id"] for n in g["nodes"]}
for n in g["nodes"]:
    assert n["type"] in ("person", "institution", "country", "place", "event"), n
    assert isinstance(n["documents"], list) and n["documents"], n
people = [n for n in g["nodes"] if n["type"] == "person"]
assert any(n["label"] == "Zakir Hasanov" for n in people), [n["label"] for n in people]
zh = next(n for n in people if n["label"] == "Zakir Hasanov")
assert zh["id"] == "person:zakir-hasanov" and zh["country"] == "Azerbaijan", zh
assert len(zh["documents"]) == 5, zh["documents"]
met = [l for l in g["links"] if l["type"] == "met"]
assert met, "no met links"
for l in g["links"]:
    assert l["source"] in ids and l["target"] in ids
    assert l["documents"]
for l in met:
    assert l["weight"] >= 1 and l["evidence"], l
    for e in l["evidence"]:
        assert e["document"] in l["documents"] and e["text"], e
PY
if command -v dot >/dev/null; then
  dot -Tsvg "$T/s1/graph.dot" -o "$T/s1/graph.svg" && [ -s "$T/s1/graph.svg" ] &&
    ok "dot renders graph.dot" || fail "dot -Tsvg graph.dot"
fi
SCORE="$KG_SRC/../shared/tools/kg-score"
if [ -x "$SCORE" ]; then
  "$SCORE" "$T/s1/graph.json" "$KG_SRC/../shared/corpus/dev" --json "$T/score.json" >/dev/null &&
    python3 -c "
import json,sys; s=json.load(open('$T/score.json'))
assert s['people']['f1'] > 0 and s['meetings']['f1'] > 0, s" &&
    ok "kg-score reads the samples graph" || fail "kg-score on samples graph"
fi

# --- --timings: one line per phase on stderr, the same graph
expect_rc 0 "$KG" build -q -j 1 --timings --formats json,dot -o "$T/tm" && cp "$T/err" "$T/tm.err"
cmp -s "$T/tm/graph.json" "$T/s1/graph.json" &&
  grep -Eq '^kg: time read\+extract\+merge +[0-9.]+ s wall +[0-9.]+ s cpu$' "$T/tm.err" &&
  grep -q '^kg: time finish ' "$T/tm.err" && grep -q '^kg: time analytics ' "$T/tm.err" &&
  grep -q '^kg: time graph.json ' "$T/tm.err" && grep -q '^kg: time graph/people.dot ' "$T/tm.err" &&
  ! grep -q 'graphml' "$T/tm.err" && [ "$(wc -l < "$T/tm.err")" -eq 5 ] &&
  ok "--timings: phases on stderr, same graph" || fail "--timings: $(cat "$T/tm.err")"
# with two threads DOT is written beside graph.json: the same lines (in the
# same order) and one for the outputs as a whole
expect_rc 0 "$KG" build -q -j 2 --timings --formats json,dot -o "$T/tm2" && cp "$T/err" "$T/tm2.err"
cmp -s "$T/tm2/graph.json" "$T/s1/graph.json" && cmp -s "$T/tm2/graph.dot" "$T/tm/graph.dot" &&
  [ "$(cut -c1-26 "$T/tm.err")" = "$(head -n 5 "$T/tm2.err" | cut -c1-26)" ] &&
  grep -Eq '^kg: time outputs +[0-9.]+ s wall +[0-9.]+ s cpu$' "$T/tm2.err" &&
  [ "$(wc -l < "$T/tm2.err")" -eq 6 ] &&
  ok "--timings -j 2: outputs on two threads, one more line" || fail "--timings -j 2: $(cat "$T/tm2.err")"
# the layout (for CSV) runs beside DOT after the analytics: its line comes
# with the outputs', and the coordinates are the same as on one thread
expect_rc 0 "$KG" build -q -j 2 --timings --formats dot,csv -o "$T/tm3" && cp "$T/err" "$T/tm3.err"
expect_rc 0 "$KG" build -q -j 1 --formats csv -o "$T/tm4"
cmp -s "$T/tm3/nodes.csv" "$T/tm4/nodes.csv" && grep -q '^kg: time layout ' "$T/tm3.err" &&
  [ "$(sed -n 4p "$T/tm3.err" | cut -c1-15)" = "kg: time layout" ] &&
  [ "$(wc -l < "$T/tm3.err")" -eq 7 ] &&
  ok "--timings -j 2: the layout beside DOT, same coordinates" || fail "--timings layout: $(cat "$T/tm3.err")"

# --- determinism: twice, and with the inputs in another order
expect_rc 0 "$KG" build samples -o "$T/d1" -q
expect_rc 0 "$KG" build samples/004_b582ce3222314d79.txt samples/000_609a1e2ef32cbd57.txt \
  samples/003_e906bc3121925c38.txt samples/002_3e890d727285aacb.txt \
  samples/001_dcd70b25e33c3a04.txt -o "$T/d2" -q
cmp -s "$T/d1/graph.json" "$T/s1/graph.json" && cmp -s "$T/d1/graph.json" "$T/d2/graph.json" &&
  cmp -s "$T/d1/graph.dot" "$T/d2/graph.dot" && ok "byte-identical outputs" ||
  fail "outputs differ between runs or input orders"

# --- input forms: directory (recursive), .md, .jsonl, stdin text and JSONL
mkdir -p "$T/in/sub/deeper"
cp samples/000_609a1e2ef32cbd57.txt "$T/in/a.txt"
cp samples/002_3e890d727285aacb.txt "$T/in/sub/b.md"
python3 - "$T/in/sub/deeper/c.jsonl" <<'PY'
import json, sys
with open(sys.argv[1], "w") as f:
    f.write(json.dumps({"id": "j1", "text": "Defence Minister Ana Lopes met Trade Minister Kofi Mensah in Accra on 3 May 2021.", "date": "2021-05-04", "title": "T"}) + "\n")
    f.write("\n")
    f.write(json.dumps({"id": "j2", "text": "Nothing here."}) + "\n")
PY
echo "ignored" > "$T/in/notes.csv"
expect_rc 0 "$KG" extract "$T/in" -q -o "$T/facts.jsonl"
python3 - "$T/facts.jsonl" <<'PY' || fail "extract of a directory"
import json, sys
docs = [json.loads(l) for l in open(sys.argv[1])]
ids = [d["doc"] for d in docs]
assert ids == ["a.txt", "b.md", "j1", "j2"], ids
j1 = docs[2]
assert j1["date"] == "2021-05-04" and j1["title"] == "T", j1
b = docs[1]
assert b["date"] == "2019-12-05", b["date"]
assert docs[0]["title"].startswith("Azeri Foreign Minister"), docs[0]["title"]
PY
expect_rc 0 "$KG" extract - -q < samples/002_3e890d727285aacb.txt &&
  grep -q '"doc":"stdin"' "$T/out" && ok "stdin text" || fail "stdin text"
expect_rc 0 "$KG" extract - -q < "$T/in/sub/deeper/c.jsonl" &&
  [ "$(wc -l < "$T/out")" = 2 ] && ok "stdin JSONL" || fail "stdin JSONL"

# --- bad input is reported, the rest processed, exit 1
printf '{"id":"g1","text":"Prime Minister Ana Lopes met President Kofi Mensah."}\n{"id": broken\n[1,2]\n{"id":"g2","text":"x"}\n' > "$T/bad.jsonl"
expect_rc 1 "$KG" extract "$T/bad.jsonl" -q
grep -q "bad.jsonl:2: invalid JSON" "$T/err" && grep -q "bad.jsonl:3: expected an object" "$T/err" &&
  [ "$(wc -l < "$T/out")" = 2 ] && ok "malformed JSONL lines reported" ||
  { fail "malformed JSONL"; cat "$T/err" >&2; }
expect_rc 1 "$KG" build "$T/missing.txt" samples/000_609a1e2ef32cbd57.txt -o "$T/m" -q
grep -q "missing.txt: No such file or directory" "$T/err" && [ -s "$T/m/graph.json" ] &&
  ok "missing file reported, rest built" || fail "missing file"
# invalid UTF-8 and NUL bytes
printf 'President Ana Lopes\xff\xfe met \x00 Minister Kofi\xc3 Mensah.\n' > "$T/bin.txt"
head -c 3000 /dev/urandom > "$T/random.txt"
: > "$T/empty.txt"
expect_rc 0 "$KG" build "$T/bin.txt" "$T/random.txt" "$T/empty.txt" -o "$T/u" -q &&
  python3 -c "import json; json.load(open('$T/u/graph.json'))" &&
  ok "invalid UTF-8, NUL, binary and empty files" || fail "invalid UTF-8 input"
# duplicate ids
cp samples/000_609a1e2ef32cbd57.txt "$T/in/sub/"
expect_rc 1 "$KG" extract "$T/in/a.txt" "$T/in/sub/000_609a1e2ef32cbd57.txt" samples/000_609a1e2ef32cbd57.txt -q
grep -q "duplicate document id" "$T/err" && ok "duplicate id reported" || fail "duplicate id"

# --- atomic writes: a failed write leaves the old output and no temp file
mkdir -p "$T/keep"
expect_rc 0 "$KG" build samples -o "$T/keep" -q
cp "$T/keep/graph.json" "$T/keep.json"
if [ -w /dev/full ]; then
  expect_rc 1 "$KG" extract samples -q -o /dev/full && grep -q "write" "$T/err" && [ -c /dev/full ] && ok "write error on /dev/full reported, device kept" || fail "/dev/full"
fi
echo notadir > "$T/file"
expect_rc 1 "$KG" build samples -o "$T/file/sub" -q && ok "unwritable output dir fails"
ls -a "$T/keep" | grep -q '^\.graph' && fail "temp file left behind" || true
cmp -s "$T/keep/graph.json" "$T/keep.json" && ok "previous output intact" || fail "previous output changed"

# --- CLI conventions
expect_rc 2 "$KG" build --bogus
printf "kg: unknown option '--bogus'\nTry 'kg --help'.\n" | cmp -s - "$T/err" && ok "unknown option" ||
  { fail "unknown option message"; cat "$T/err" >&2; }
expect_rc 2 "$KG" frobnicate
printf "kg: unknown command 'frobnicate'\nTry 'kg --help'.\n" | cmp -s - "$T/err" || fail "unknown command message"
expect_rc 0 "$KG" --help && grep -q "Usage: kg COMMAND" "$T/out" || fail "--help"
expect_rc 0 "$KG" build --help && grep -q -- "--output DIR" "$T/out" || fail "build --help"
expect_rc 0 "$KG" --version && grep -q "^kg [0-9]" "$T/out" || fail "--version"
expect_rc 2 "$KG" build -j 0 || fail "bad --jobs"
expect_rc 2 "$KG" build --json-style nope || fail "bad --json-style"
finish
