#!/usr/bin/env bash
# Score kg on the dev articles with every annotated person renamed
# (../shared/tools/make-corpus --gold): names that no list of given names
# knows, in the dev articles' sentences. A proxy for text from other
# regions; fails when a score drops below its floor in renamed-floors.json.
#
# Each article is built alone: make-corpus draws names from a small
# population, so one synthetic name stands for different people in
# different articles (and kg would rightly join them). Articles whose gold
# gives two people one name or one surname (collisions of the renaming)
# are left out.
set -euo pipefail
: "${KG:?}" "${KG_SRC:?}"
shared="${KG_SHARED:-$KG_SRC/../shared}"
corpus="$shared/corpus/dev"
make="$shared/tools/make-corpus"
score="$shared/tools/kg-score"
if [ ! -d "$corpus" ] || [ ! -x "$score" ] || [ ! -x "$make" ]; then
  echo "SKIP: $corpus, $make or $score not found (they live beside the repository)"
  exit 77
fi
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
"$make" "$corpus" "$T/all" --docs 400 --seed 7 --gold >/dev/null
mkdir "$T/rn" "$T/out"
python3 - "$T/all" "$T/rn" <<'PY'
import glob, json, os, sys
src, dst = sys.argv[1], sys.argv[2]
kept = 0
for gold in sorted(glob.glob(os.path.join(src, "*.gold.json"))):
    names = [p["name"] for p in json.load(open(gold, encoding="utf-8"))["people"]]
    last = [n.split()[-1].lower() for n in names]
    if len(set(names)) < len(names) or len(set(last)) < len(last):
        continue
    base = os.path.basename(gold)[: -len(".gold.json")]
    for ext in (".txt", ".gold.json"):
        os.link(os.path.join(src, base + ext), os.path.join(dst, base + ext))
    kept += 1
print(f"renamed corpus: {kept} articles kept")
PY
ls "$T/rn"/*.txt | xargs -P 2 -I{} sh -c \
  'b=$(basename "$1" .txt); "$0" build -q -j1 --no-analytics --formats json "$1" -o "$2/$b"' \
  "$KG" {} "$T/out"
python3 - "$T/out" "$T/graph.json" <<'PY'
import glob, json, os, sys
nodes, links = [], []
for n, path in enumerate(sorted(glob.glob(os.path.join(sys.argv[1], "*", "graph.json")))):
    g = json.load(open(path, encoding="utf-8"))
    ids = {}
    for x in g["nodes"]:
        ids[x["id"]] = x["id"] = f"{n}:{x['id']}"
        nodes.append(x)
    for l in g["links"]:
        l["source"], l["target"] = ids[l["source"]], ids[l["target"]]
        links.append(l)
json.dump({"nodes": nodes, "links": links}, open(sys.argv[2], "w"))
PY
"$score" "$T/graph.json" "$T/rn" --json "$T/score.json" | tail -n 7
python3 "$KG_SRC/tests/quality/floors.py" "$T/score.json" "$KG_SRC/tests/quality/renamed-floors.json"
