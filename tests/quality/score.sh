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
python3 "$KG_SRC/tests/quality/floors.py" "$T/score.json" "$KG_SRC/tests/quality/floors.json"
