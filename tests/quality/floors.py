#!/usr/bin/env python3
"""floors.py SCORE.json FLOORS.json: print each floored score of a kg-score
--json report, exit 1 when one is below its floor."""
import json
import sys

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
