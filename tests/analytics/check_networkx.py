#!/usr/bin/python3
"""Compare kg's centralities with networkx's on crafted graphs (issue 6).

Each graph is written as facts lines, built with `kg build --facts`, and the
centrality of every node in graph.json is checked against networkx (and
numpy for the eigenvector) to 1e-6, with the conventions kg documents in
README.md ("Analytics and kg stats"):

  whole graph: undirected, all link types, parallel links of a pair merged
  (weights summed); degree, strength (weights), betweenness (hops,
  normalized=False), closeness (networkx default, Wasserman-Faust scaled),
  harmonic (unnormalised), PageRank (alpha 0.85, weighted), eigenvector
  (weighted, max = 1), coreness.
  met graph: people and met links, weight = meetings; met_degree,
  met_strength, met_betweenness (distance 1/meetings, normalized=False),
  met_pagerank (weighted).

Communities cannot be compared value for value (Leiden is randomised, with a
fixed seed); the test checks that every node has one, that communities are
connected, and that their modularity is close to networkx's Louvain.

Usage: check_networkx.py  (env KG = the kg binary). Exit 77 = skipped.
Runs with Debian's python3-networkx (/usr/bin/python3).
"""
import json
import os
import random
import subprocess
import sys
import tempfile

try:
    import networkx as nx
    import numpy as np
except ImportError as e:  # pragma: no cover
    print("skipped: %s (apt-get install python3-networkx)" % e)
    sys.exit(77)

KG = os.environ.get("KG")
if not KG:
    sys.exit("KG not set")

TOL = 1e-6
failures = 0


def fail(msg):
    global failures
    failures += 1
    print("FAIL: " + msg)


class Facts:
    """Facts lines for `kg build --facts`: one document per call of doc()."""

    def __init__(self):
        self.docs = []

    def doc(self, name, entities, links):
        self.docs.append({"doc": name, "entities": entities, "links": links})

    def write(self, path):
        with open(path, "w") as f:
            for d in self.docs:
                f.write(json.dumps(d) + "\n")


def person(name, country=None):
    e = {"key": "person:" + name, "type": "person", "label": name.title()}
    if country:
        e["country"] = country
    return e


def meetings_doc(facts, docname, a, b, times, date="2020-01-01"):
    """`a` met `b` `times` times in one document: one event each."""
    ents = [person(a), person(b)]
    links = []
    for t in range(times):
        ents.append({"key": "event:%s:%d" % (docname, t), "type": "event",
                     "label": "meeting", "subtype": "meeting", "date": date,
                     "status": "held"})
        ev = len(ents) - 1
        links.append({"type": "participated_in", "source": 0, "target": ev})
        links.append({"type": "participated_in", "source": 1, "target": ev})
        links.append({"type": "met", "source": 0, "target": 1, "event": ev,
                      "date": date, "text": "%s met %s." % (a, b)})
    facts.doc(docname, ents, links)


def plain_met(facts, docname, pairs, extra=()):
    """met links without events (weight 1 per document), plus other links
    given as (type, source key, target key, target entity)."""
    ents, index = [], {}

    def ent(e):
        if e["key"] not in index:
            index[e["key"]] = len(ents)
            ents.append(e)
        return index[e["key"]]

    links = []
    for a, b in pairs:
        links.append({"type": "met", "source": ent(person(a)), "target": ent(person(b))})
    for typ, src, tgt in extra:
        links.append({"type": typ, "source": ent(src), "target": ent(tgt)})
    facts.doc(docname, ents, links)


def build(facts, tmp, name):
    path = os.path.join(tmp, name + ".jsonl")
    out = os.path.join(tmp, name)
    facts.write(path)
    subprocess.run([KG, "build", "--facts", path, "-o", out, "-q", "--formats", "json"],
                   check=True)
    with open(os.path.join(out, "graph.json")) as f:
        return json.load(f)


def leading_eigenvector(G, nodes):
    """Eigenvector of the largest eigenvalue of the weighted adjacency,
    scaled to max 1; None when that eigenvalue is not simple (the vector
    is then not unique and any answer is right)."""
    A = nx.to_numpy_array(G, nodelist=nodes, weight="weight")
    w, v = np.linalg.eigh(A)
    if len(w) > 1 and w[-1] - w[-2] < 1e-6:
        return None
    x = np.abs(v[:, -1])
    return dict(zip(nodes, x / x.max()))


def check(g, name):
    G = nx.Graph()
    for n in g["nodes"]:
        G.add_node(n["id"])
    for l in g["links"]:
        a, b, w = l["source"], l["target"], l["weight"]
        if G.has_edge(a, b):
            G[a][b]["weight"] += w
        else:
            G.add_edge(a, b, weight=w)
    people = [n["id"] for n in g["nodes"] if n["type"] == "person"]
    M = nx.Graph()
    M.add_nodes_from(people)
    for l in g["links"]:
        if l["type"] == "met":
            M.add_edge(l["source"], l["target"], weight=l["weight"],
                       dist=1.0 / l["weight"])

    expect = {
        "degree": dict(G.degree()),
        "strength": dict(G.degree(weight="weight")),
        "betweenness": nx.betweenness_centrality(G, normalized=False),
        "closeness": nx.closeness_centrality(G),
        "harmonic": nx.harmonic_centrality(G),
        "pagerank": nx.pagerank(G, alpha=0.85, weight="weight", tol=1e-14,
                                max_iter=100000),
    }
    if G.number_of_edges() == 0:
        expect["eigenvector"] = {v: 0.0 for v in G}
    else:
        ev = leading_eigenvector(G, list(G.nodes()))
        if ev is not None:
            expect["eigenvector"] = ev
    met = {
        "met_degree": dict(M.degree()),
        "met_strength": dict(M.degree(weight="weight")),
        "met_betweenness": nx.betweenness_centrality(M, normalized=False, weight="dist"),
        "met_pagerank": nx.pagerank(M, alpha=0.85, weight="weight", tol=1e-14,
                                    max_iter=100000) if len(M) else {},
    }
    core = nx.core_number(G)
    checked = 0
    for n in g["nodes"]:
        i, c = n["id"], n.get("centrality")
        if c is None or n.get("community", -1) < 0:
            fail("%s: %s has no centrality/community" % (name, i))
            continue
        for k, vals in list(expect.items()) + (list(met.items()) if n["type"] == "person" else []):
            got, want = c[k], vals[i]
            checked += 1
            if abs(got - want) > TOL:
                fail("%s: %s %s = %.9g, networkx %.9g" % (name, i, k, got, want))
        if n["kcore"] != core[i]:
            fail("%s: %s kcore %d, networkx %d" % (name, i, n["kcore"], core[i]))

    # communities: connected, modularity close to Louvain's
    comm = {}
    for n in g["nodes"]:
        comm.setdefault(n["community"], set()).add(n["id"])
    parts = list(comm.values())
    for p in parts:
        if not nx.is_connected(G.subgraph(p)):
            fail("%s: community %s is not connected" % (name, sorted(p)[:3]))
    if G.number_of_edges():
        q = nx.community.modularity(G, parts, weight="weight")
        ref = max(nx.community.modularity(
            G, nx.community.louvain_communities(G, weight="weight", seed=s), weight="weight")
            for s in range(5))
        if q < ref - 0.02:
            fail("%s: modularity %.4f, Louvain %.4f" % (name, q, ref))
    print("ok: %s: %d nodes, %d links, %d values match networkx%s" % (
        name, G.number_of_nodes(), G.number_of_edges(), checked,
        "" if "eigenvector" in expect else " (eigenvector not unique: skipped)"))


def main():
    tmp = tempfile.mkdtemp(prefix="kgnx.")
    try:
        # 1. a small mixed graph: weighted meetings (1, 2, 4, 8), events,
        # institutions, parallel links of one pair (holds_position and
        # member_of: merged, weights summed), an isolated person
        f = Facts()
        meetings_doc(f, "m1", "ana", "bo", 2)
        meetings_doc(f, "m2", "bo", "cy", 4)
        meetings_doc(f, "m3", "cy", "dee", 1)
        meetings_doc(f, "m4", "ana", "cy", 1)
        meetings_doc(f, "m5", "dee", "eve", 8)
        meetings_doc(f, "m6", "eve", "fay", 1)
        mod = {"key": "institution:mod", "type": "institution", "label": "Ministry of Defence"}
        nato = {"key": "institution:nato", "type": "institution", "label": "NATO"}
        plain_met(f, "i1", [], [("holds_position", person("ana"), mod),
                                ("member_of", person("ana"), mod),
                                ("member_of", person("fay"), nato),
                                ("part_of", mod, nato)])
        f.doc("lonely", [person("zed")], [])
        check(build(f, tmp, "mixed"), "mixed")

        # 2. disconnected: a 5-clique (dominant eigenvalue), a path, a pair
        f = Facts()
        clique = ["k%d" % i for i in range(5)]
        plain_met(f, "c", [(a, b) for i, a in enumerate(clique) for b in clique[i + 1:]])
        plain_met(f, "p", [("p1", "p2"), ("p2", "p3"), ("p3", "p4")])
        plain_met(f, "q", [("q1", "q2")])
        f.doc("lonely", [person("solo")], [])
        check(build(f, tmp, "disconnected"), "disconnected")

        # 3. random: 60 people, 150 pairs, meetings in {1, 2, 4} (powers of
        # two, so that 1/meetings path lengths add up exactly: no
        # floating-point ties between equally short paths)
        rnd = random.Random(6)
        f = Facts()
        names = ["r%02d" % i for i in range(60)]
        pairs = set()
        while len(pairs) < 150:
            a, b = rnd.sample(names, 2)
            pairs.add(tuple(sorted((a, b))))
        for k, (a, b) in enumerate(sorted(pairs)):
            meetings_doc(f, "r%03d" % k, a, b, rnd.choice([1, 2, 4]))
        check(build(f, tmp, "random"), "random")

        # 4. people who never met: no edges at all
        f = Facts()
        f.doc("a", [person("x"), person("y")], [])
        check(build(f, tmp, "edgeless"), "edgeless")
    finally:
        subprocess.run(["rm", "-rf", tmp])
    if failures:
        print("%d failure(s)" % failures)
        return 1
    print("all passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
