#!/usr/bin/env bash
# Threads and the map/reduce split (issue 8): outputs and diagnostics are
# byte-identical whatever -j (graph.json in every style); JSONL streams
# from stdin; `kg build --facts`
# on extracted facts equals `kg build` on the articles; facts files are an
# incremental store (extract only the new articles, append, rebuild).
. "$(dirname "$0")/lib.sh"
cd "$KG_SRC"

# The corpus: the dev corpus beside the repository when present (32 real
# articles), else the samples; as files and as one JSONL file with ids.
corpus="$KG_SRC/../shared/corpus/dev"
[ -d "$corpus" ] || corpus="$KG_SRC/samples"
python3 - "$corpus" "$T/corpus.jsonl" <<'PY'
import json, os, sys
src, out = sys.argv[1], sys.argv[2]
with open(out, "w", encoding="utf-8") as f:
    for n in sorted(os.listdir(src)):
        if n.endswith(".txt"):
            text = open(os.path.join(src, n), encoding="utf-8", errors="replace").read()
            f.write(json.dumps({"id": n, "text": text}) + "\n")
PY

# --- kg extract and kg build: the same bytes with 1, 2 and 5 threads
for j in 1 2 5; do
  expect_rc 0 "$KG" extract "$corpus" -q -j "$j" -o "$T/facts.$j"
  expect_rc 0 "$KG" build "$corpus" -q -j "$j" -o "$T/b$j" --formats json,dot,csv,graphml
done
same=1
for j in 2 5; do
  cmp -s "$T/facts.1" "$T/facts.$j" || { same=0; fail "extract -j$j differs from -j1"; }
  for f in graph.json graph.dot people.dot nodes.csv edges.csv graph.graphml; do
    cmp -s "$T/b1/$f" "$T/b$j/$f" || { same=0; fail "build -j$j: $f differs from -j1"; }
  done
done
[ "$same" = 1 ] && ok "extract and build byte-identical with -j 1, 2, 5"

# --- outputs written on two threads report as on one: outputs that cannot
# be written (a directory in the way of graph.dot, written on the cgraph
# thread, and of graph.html, written beside it) give the same messages in
# the same order, and the others are written
for j in 1 3; do
  mkdir -p "$T/blocked$j/graph.dot" "$T/blocked$j/graph.html"
  expect_rc 1 "$KG" build "$corpus" -j "$j" -o "$T/blocked$j" --formats json,dot,html,csv
  sed "s/blocked$j/blocked/" "$T/out" > "$T/blocked.out.$j"
  sed "s/blocked$j/blocked/" "$T/err" > "$T/blocked.err.$j"
done
cmp -s "$T/blocked.out.1" "$T/blocked.out.3" && cmp -s "$T/blocked.err.1" "$T/blocked.err.3" &&
  grep -q 'blocked/graph.dot: is a directory' "$T/blocked.err.1" &&
  grep -q 'blocked/graph.html: is a directory' "$T/blocked.err.1" &&
  [ "$(grep -c wrote "$T/blocked.out.1")" = 4 ] &&
  cmp -s "$T/blocked3/people.dot" "$T/b1/people.dot" &&
  cmp -s "$T/blocked3/graph.json" "$T/b1/graph.json" &&
  ok "failed outputs: the same messages in the same order with -j 1 and 3" ||
  { fail "failed outputs with -j"; cat "$T/blocked.out.1" "$T/blocked.err.1" "$T/blocked.out.3" "$T/blocked.err.3" >&2; }

# --- graph.json is rendered on -j threads: every style the same bytes
same=1
for style in cytoscape graphology; do
  for j in 1 3; do
    expect_rc 0 "$KG" build "$corpus" -q -j "$j" -o "$T/s$style$j" --formats json \
      --json-style "$style"
  done
  cmp -s "$T/s${style}1/graph.json" "$T/s${style}3/graph.json" ||
    { same=0; fail "build --json-style $style -j3: graph.json differs from -j1"; }
done
[ "$same" = 1 ] && ok "graph.json byte-identical with -j 1 and 3 in the cytoscape and graphology styles"
[ "$(wc -l < "$T/facts.1")" -ge 5 ] || fail "too few facts lines"

# --- facts in input order, one line per document
python3 - "$T/facts.2" <<'PY' && ok "facts lines in input order" || fail "facts order"
import json, sys
docs = [json.loads(l)["doc"] for l in open(sys.argv[1])]
assert docs == sorted(docs), docs[:5]
PY

# --- failures are reported in input order, the same with any -j
{
  head -n 3 "$T/corpus.jsonl"
  echo '{"id": broken'
  sed -n 4p "$T/corpus.jsonl"
  echo '[1,2]'
  head -n 1 "$T/corpus.jsonl"   # a duplicate id
  sed -n '5,$p' "$T/corpus.jsonl"
} > "$T/bad.jsonl"
for j in 1 3; do
  expect_rc 1 "$KG" extract "$T/bad.jsonl" -q -j "$j"
  cp "$T/out" "$T/bad.out.$j"
  cp "$T/err" "$T/bad.err.$j"
done
cmp -s "$T/bad.out.1" "$T/bad.out.3" && cmp -s "$T/bad.err.1" "$T/bad.err.3" &&
  [ "$(wc -l < "$T/bad.err.1")" = 3 ] && grep -q 'bad.jsonl:4: invalid JSON' "$T/bad.err.1" &&
  ok "bad lines reported in order, same stdout and stderr with -j 1 and 3" ||
  { fail "bad lines with -j"; cat "$T/bad.err.1" "$T/bad.err.3" >&2; }

# --- JSONL on stdin is streamed: the same facts as from the file
expect_rc 0 "$KG" extract - -q -j 2 < "$T/corpus.jsonl" && cp "$T/out" "$T/stdin.facts"
expect_rc 0 "$KG" extract "$T/corpus.jsonl" -q -j 1 -o "$T/file.facts"
cmp -s "$T/stdin.facts" "$T/file.facts" && ok "stdin JSONL = file JSONL" ||
  fail "stdin JSONL differs from the file"
{ printf '\n  \n'; cat "$T/corpus.jsonl"; } | "$KG" extract - -q > "$T/stdin2.facts" &&
  cmp -s "$T/stdin2.facts" "$T/file.facts" && ok "stdin JSONL after blank lines" ||
  fail "stdin JSONL after blank lines"

# --- map/reduce: build --facts equals build on the articles
expect_rc 0 "$KG" build --facts "$T/facts.1" -q -j 2 -o "$T/r" --formats json,dot,csv,graphml
same=1
for f in graph.json graph.dot people.dot nodes.csv edges.csv graph.graphml; do
  cmp -s "$T/b1/$f" "$T/r/$f" || { same=0; fail "build --facts: $f differs"; }
done
[ "$same" = 1 ] && ok "build --facts = build on the articles"

# --- incremental: old facts + facts of only the new articles = everything
n=$(wc -l < "$T/corpus.jsonl")
half=$((n / 2))
head -n "$half" "$T/corpus.jsonl" > "$T/old.jsonl"
tail -n +"$((half + 1))" "$T/corpus.jsonl" > "$T/new.jsonl"
"$KG" extract "$T/old.jsonl" -q -o "$T/store.facts" &&
  "$KG" extract "$T/new.jsonl" -q >> "$T/store.facts" &&
  expect_rc 0 "$KG" build --facts "$T/store.facts" -q -o "$T/inc" --formats json,dot &&
  expect_rc 0 "$KG" build "$T/corpus.jsonl" -q -o "$T/all" --formats json,dot &&
  cmp -s "$T/inc/graph.json" "$T/all/graph.json" && cmp -s "$T/inc/graph.dot" "$T/all/graph.dot" &&
  ok "incremental facts store: append the new articles' facts, rebuild" ||
  fail "incremental facts differ from a full build"
# facts files in any order, split in any way
expect_rc 0 "$KG" build --facts "$T/facts.1" -q -o "$T/split1" --formats json
split -l 3 "$T/facts.1" "$T/part."
expect_rc 0 "$KG" build --facts $(ls "$T"/part.* | sort -r) -q -o "$T/split2" --formats json
cmp -s "$T/split1/graph.json" "$T/split2/graph.json" &&
  ok "facts split into files given in reverse order: same graph" ||
  fail "split facts differ"

# --- bad --jobs values are usage errors
expect_rc 2 "$KG" extract -j 0 "$corpus" || fail "-j 0 accepted"
expect_rc 2 "$KG" extract -j x "$corpus" || fail "-j x accepted"

finish
