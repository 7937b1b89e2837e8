#!/usr/bin/env python3
"""Write synthetic facts lines shaped like kg's news graphs, for timing the
analytics on large graphs (issue 6): `kg build --facts` / `kg stats --facts`.

Usage: gen_facts.py NODES OUT.jsonl [SEED]

Each document reports one meeting (an event node) between 2-3 people drawn
with a heavy-tailed popularity (a few ministers meet everybody), each person
holding a position in an institution (also heavy-tailed). About 45% of the
nodes are events, 45% people, 10% institutions, so NODES nodes need about
0.45 * NODES documents.
"""
import json
import random
import sys


def main():
    nodes = int(sys.argv[1])
    out = sys.argv[2]
    rnd = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 1)
    n_people = max(2, int(nodes * 0.45))
    n_inst = max(1, int(nodes * 0.10))
    n_docs = max(1, nodes - n_people - n_inst)
    countries = ["Country %02d" % i for i in range(40)]
    # heavy tail: index = floor(n * u^3) puts most mass on small indexes
    def pick(n):
        return int(n * rnd.random() ** 3)
    with open(out, "w") as f:
        for d in range(n_docs):
            k = 2 if rnd.random() < 0.8 else 3
            people = set()
            while len(people) < k:
                people.add(pick(n_people))
            ents, links = [], []
            for p in sorted(people):
                ents.append({"key": "person:p%d" % p, "type": "person",
                             "label": "Person %d" % p,
                             "country": countries[p % len(countries)],
                             "titles": ["Minister"]})
            date = "%04d-%02d-%02d" % (2000 + d % 24, 1 + d % 12, 1 + d % 28)
            ents.append({"key": "event:d%d:1" % d, "type": "event", "label": "meeting",
                         "subtype": "meeting", "date": date, "status": "held"})
            ev = len(ents) - 1
            for i in range(k):
                links.append({"type": "participated_in", "source": i, "target": ev})
                inst = pick(n_inst)
                ents.append({"key": "institution:i%d" % inst, "type": "institution",
                             "label": "Institution %d" % inst})
                links.append({"type": "holds_position", "source": i,
                              "target": len(ents) - 1, "title": "Minister"})
            for i in range(k):
                for j in range(i + 1, k):
                    links.append({"type": "met", "source": i, "target": j, "event": ev,
                                  "date": date, "text": "They met."})
            f.write(json.dumps({"doc": "d%d" % d, "date": date, "entities": ents,
                                "links": links}) + "\n")


if __name__ == "__main__":
    main()
