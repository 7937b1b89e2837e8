#!/usr/bin/env python3
"""gen_facts.py DOCS PER OUT - a synthetic facts file (kg extract's format)
whose graph is large: DOCS documents, each with PER people met in a chain
drawn from a pool of 50,000, so that writing the graph takes seconds."""
import json
import random
import sys

random.seed(5)
n_docs, per, path = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
pool = 50000
with open(path, "w") as out:
    for d in range(n_docs):
        ids = random.sample(range(pool), per)
        ents = [{"key": f"person:p{i}", "type": "person", "label": f"Person Number {i}",
                 "aliases": [f"Number {i}"], "titles": ["Minister"]} for i in ids]
        links = [{"type": "met", "source": k, "target": k + 1, "date": "2020-01-01",
                  "offset": k, "text": f"Person Number {ids[k]} met Person Number "
                  f"{ids[k + 1]} in a long sentence that carries the evidence."}
                 for k in range(per - 1)]
        out.write(json.dumps({"doc": f"doc{d}", "entities": ents, "links": links}) + "\n")
