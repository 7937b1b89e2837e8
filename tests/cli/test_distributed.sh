#!/usr/bin/env bash
# The map step on an existing engine (issue 8): GNU parallel splits a JSONL
# corpus into shards (--pipe), each runs `kg extract -`, and `kg build
# --facts` merges the facts; the graph must be byte-identical to a
# single-process `kg build`, in whatever order the shards finish. The same
# command line runs on many machines with --sshlogin (see README).
. "$(dirname "$0")/lib.sh"
cd "$KG_SRC"
if ! command -v parallel >/dev/null; then
  echo "SKIP: GNU parallel not installed (apt-get install parallel)"
  exit 77
fi

# A corpus of a few hundred documents with ids: generated from the dev
# corpus when ../shared is there, else the samples under many ids.
shared="$KG_SRC/../shared"
if [ -x "$shared/tools/make-corpus" ] && [ -d "$shared/corpus/dev" ]; then
  "$shared/tools/make-corpus" "$shared/corpus/dev" "$T/corpus.jsonl" --docs 240 --jsonl \
    >/dev/null || fail "make-corpus"
else
  python3 - "$KG_SRC/samples" "$T/corpus.jsonl" <<'PY'
import json, os, sys
src, out = sys.argv[1], sys.argv[2]
texts = [open(os.path.join(src, n), encoding="utf-8").read()
         for n in sorted(os.listdir(src)) if n.endswith(".txt")]
with open(out, "w", encoding="utf-8") as f:
    for i in range(240):
        f.write(json.dumps({"id": "doc%04d" % i, "text": texts[i % len(texts)]}) + "\n")
PY
fi
[ "$(wc -l < "$T/corpus.jsonl")" = 240 ] || fail "corpus of 240 lines"

# The reference: one process.
expect_rc 0 "$KG" build "$T/corpus.jsonl" -q -j 1 -o "$T/one" --formats json,dot,csv
expect_rc 0 "$KG" extract "$T/corpus.jsonl" -q -j 1 -o "$T/one.facts"

# Map: shards of 50 lines on two job slots; -k keeps the shards' order.
parallel --pipe -N 50 -j 2 -k "$KG" extract - -q -j 1 < "$T/corpus.jsonl" > "$T/k.facts" ||
  fail "parallel --pipe -k"
cmp -s "$T/k.facts" "$T/one.facts" && ok "parallel -k: the same facts as one process" ||
  fail "parallel -k facts differ"

# Without -k the shards come back in any order: the reduce does not care.
parallel --pipe -N 50 -j 2 "$KG" extract - -q -j 1 < "$T/corpus.jsonl" > "$T/any.facts" ||
  fail "parallel --pipe"
[ "$(wc -l < "$T/any.facts")" = 240 ] || fail "240 facts lines from the shards"
# Reduce.
expect_rc 0 "$KG" build --facts "$T/any.facts" -q -o "$T/dist" --formats json,dot,csv
same=1
for f in graph.json graph.dot people.dot nodes.csv edges.csv; do
  cmp -s "$T/one/$f" "$T/dist/$f" || { same=0; fail "distributed $f differs"; }
done
[ "$same" = 1 ] && ok "parallel --pipe map + build --facts = one-process build"

# Reversed shards (the worst order) and one facts file per shard.
split -l 50 --additional-suffix=.jsonl "$T/corpus.jsonl" "$T/shard."
for s in "$T"/shard.*.jsonl; do "$KG" extract "$s" -q -o "$s.facts" || fail "extract $s"; done
expect_rc 0 "$KG" build --facts $(ls "$T"/shard.*.facts | sort -r) -q -o "$T/rev" \
  --formats json,dot,csv
cmp -s "$T/one/graph.json" "$T/rev/graph.json" && cmp -s "$T/one/edges.csv" "$T/rev/edges.csv" &&
  ok "one facts file per shard, merged in reverse: same graph" || fail "shard files reversed"

finish
