#!/usr/bin/env bash
# Score kg on the dev corpus against the floors in floors.json.
set -euo pipefail
: "${KG:?}" "${KG_SRC:?}"
shared="${KG_SHARED:-$KG_SRC/../shared}"
corpus="$shared/corpus/dev"
score="$shared/tools/kg-score"
if [ ! -d "$corpus" ] || [ ! -x "$score" ]; then
  echo "SKIP: $corpus or $score not found (the dev corpus lives beside the repository)"
  exit 77
fi
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
"$KG" build "$corpus" -o "$T" -q --formats json
"$score" "$T/graph.json" "$corpus" --json "$T/score.json" | tail -n 7
python3 - "$T/score.json" "$KG_SRC/tests/quality/floors.json" <<'PY'
import json, sys
got = json.load(open(sys.argv[1]))
floors = json.load(open(sys.argv[2]))
bad = []
for key, floor in floors.items():
    part, _, metric = key.partition(".")
    value = got[part][metric] if metric else got[part]
    status = "ok" if value is not None and value + 1e-9 >= floor else "BELOW FLOOR"
    print(f"{key:32} {value!s:>8}  floor {floor:<6} {status}")
    if status != "ok":
        bad.append(key)
sys.exit(1 if bad else 0)
PY
