#!/usr/bin/env bash
# End-to-end tests of the exports (issue 7): every format kg build writes is
# loaded by an independent reader. Modes (ctest runs each, see
# tests/exports.cmake):
#   core      formats, --formats/--render/--layout, kg render, DOT through
#             `dot -Tsvg`, the Cytoscape and graphology shapes, CSV through
#             Python's csv module, GraphML as XML, hostile names, determinism,
#             a 400-node graph
#   networkx  node_link_graph and read_graphml from Debian's python3-networkx
#             (skipped, exit 77, when /usr/bin/python3 has no networkx)
#   html      graph.html opened from disk by headless Chromium (skipped, exit
#             77, without chromium)
. "$(dirname "$0")/lib.sh"
mode=${1:-core}
cd "$KG_SRC"
# under the asan preset: Graphviz's own leaks are not kg's
export LSAN_OPTIONS="suppressions=$KG_SRC/tests/lsan-graphviz.supp${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
# "ok" only when nothing failed since the last "ok" (the checks below run a
# Python block, then say ok)
seen=0
ok() { [ "$fails" = "$seen" ] && echo "ok: $*"; seen=$fails; return 0; }

# Python for the checks: Debian's (which has python3-networkx) when present.
PY=/usr/bin/python3
[ -x "$PY" ] || PY=$(command -v python3 || true)
[ -n "$PY" ] || { echo "skip: no python3"; exit 77; }

# ---- a facts file whose names, ids, countries and sentences are hostile to
# every format: quotes, backslashes (one at the end), markup, "</script>",
# newlines, tabs, Graphviz escapes, U+2028/U+2029, Cyrillic and CJK.
write_hostile() {
  "$PY" - "$1" <<'PY'
import json, sys
people = [
    ('person:zoe-"q"', 'Zoë "Q" O\'Brien', 'Côte d\'Ivoire "Test"'),
    ('person:back\\slash\\', 'Back\\slash Trail\\', 'Côte d\'Ivoire "Test"'),
    ('person:<script>', '<script>alert(1)</script> & Co', '<b>Land</b> & \\'),
    ('person:x</script>', '</script><img src=x onerror=alert(1)>', '<b>Land</b> & \\'),
    ('person:line\nbreak', 'Line one\nLine two', 'Россия'),
    ('person:путин', 'Владимир Путин', 'Россия'),
    ('person:习', '習近平', None),
    ('person:sep\u2028', 'Ali\u2028Sep\u2029Par', None),
    ('person:tab\t\\N', 'Tab\tName \\N \\G', None),
]
ents = [{"key": k, "type": "person", "label": l, "titles": ['Minister of "Quotes" & <Tags>'],
         **({"country": c} if c else {})} for k, l, c in people]
ents.append({"key": "institution:<ministry>&\\", "type": "institution",
             "label": 'Ministry of <Foreign> & "Other" Affairs\\', "country": "Россия"})
sentence = 'They met. </script><script>alert("x")</script>\u2028 said "hi" \\ end\\'
links = []
for i in range(len(people)):
    j = (i + 1) % len(people)
    links.append({"type": "met", "source": i, "target": j, "date": "2021-05-0%d" % (1 + i % 9),
                  "offset": i, "text": sentence})
links.append({"type": "holds_position", "source": 5, "target": len(people),
              "title": 'Minister of "Quotes" & <Tags>', "offset": 0, "text": sentence})
with open(sys.argv[1], "w", encoding="utf-8") as f:
    f.write(json.dumps({"doc": 'doc "1" <&>\\', "title": "T", "date": "2021-05-01",
                        "entities": ents, "links": links, "mentions": []},
                       ensure_ascii=False) + "\n")
    f.write(json.dumps({"doc": "doc2", "entities": ents[:2],
                        "links": [{"type": "met", "source": 0, "target": 1, "date": "2022-01-02",
                                   "offset": 5, "text": "Second meeting."}], "mentions": []},
                       ensure_ascii=False) + "\n")
PY
}

# ---- a ring of 400 people, each meeting the next and one across ----------------
write_large() {
  "$PY" - "$1" <<'PY'
import json, sys
n = 400
ents = [{"key": "person:p%03d" % i, "type": "person", "label": "Person %03d" % i} for i in range(n)]
links = [{"type": "met", "source": i, "target": (i + 1) % n, "offset": 0, "text": "met"} for i in range(n)]
links += [{"type": "met", "source": i, "target": (i + n // 2) % n, "offset": 0, "text": "met"}
          for i in range(0, n // 2, 7)]
open(sys.argv[1], "w").write(json.dumps({"doc": "ring", "entities": ents, "links": links}) + "\n")
PY
}

# =============================================================================
core() {
  # --- every format by default, nothing rendered without --render
  expect_rc 0 "$KG" build -o "$T/s" -q
  for f in graph.json graph.dot people.dot graph.graphml nodes.csv edges.csv graph.html; do
    [ -s "$T/s/$f" ] || fail "default build wrote no $f"
  done
  ls "$T/s" | grep -q '\.svg$\|\.png$' && fail "diagrams rendered without --render"
  ok "default formats"

  # --- --formats picks a subset; bad lists are usage errors
  expect_rc 0 "$KG" build -o "$T/sub" -q --formats csv,graphml
  [ "$(ls "$T/sub" | sort | tr '\n' ' ')" = "edges.csv graph.graphml nodes.csv " ] &&
    ok "--formats csv,graphml" || fail "--formats subset wrote: $(ls "$T/sub")"
  expect_rc 2 "$KG" build -o "$T/bad" --formats json,pdf
  grep -q "kg: unknown format 'pdf'" "$T/err" && [ ! -e "$T/bad/graph.json" ] &&
    ok "--formats bogus" || fail "--formats bogus: $(cat "$T/err")"
  expect_rc 2 "$KG" build -o "$T/bad" --render gif && grep -q "unknown render format 'gif'" "$T/err" ||
    fail "--render gif"
  expect_rc 2 "$KG" build -o "$T/bad" --render svg --layout spring &&
    grep -q "unknown layout 'spring'" "$T/err" || fail "--layout spring"

  # --- DOT: Graphviz itself reads both views
  if command -v dot >/dev/null; then
    for f in graph people; do
      dot -Tsvg "$T/s/$f.dot" -o "$T/s/$f.check.svg" 2>"$T/doterr" && [ ! -s "$T/doterr" ] &&
        "$PY" -c "import sys, xml.etree.ElementTree as E; E.parse(sys.argv[1])" "$T/s/$f.check.svg" ||
        { fail "dot -Tsvg $f.dot"; cat "$T/doterr" >&2; }
    done
    ok "dot -Tsvg reads graph.dot and people.dot"
  fi

  # --- a people view of some 300 clustered people, laid out by dot: Graphviz
  # 2.42's dot cleanup freed a block twice after it and kg aborted
  # (render.c keeps dot's layout memory instead)
  shared="$KG_SRC/../shared"
  if [ -x "$shared/tools/make-corpus" ] && [ -d "$shared/corpus/dev" ]; then
    "$shared/tools/make-corpus" "$shared/corpus/dev" "$T/c300.jsonl" --docs 300 --jsonl \
      >/dev/null || fail "make-corpus"
    expect_rc 0 "$KG" build -q -o "$T/c300" --formats dot --render svg "$T/c300.jsonl" &&
      grep -q "layout=\|^graph people" "$T/c300/people.dot" &&
      "$PY" -c "import sys, xml.etree.ElementTree as E; E.parse(sys.argv[1])" "$T/c300/people.svg" &&
      [ -z "$(ls -A "$T/c300" | grep '^\.')" ] &&
      ok "--render svg of a 300-article people view (dot, clusters)" ||
      fail "--render svg of 300 articles: $(cat "$T/err")"
  else
    echo "skip: the 300-article render needs ../shared/tools/make-corpus"
  fi

  # --- size by centrality (degree from the links without analytics) and
  # edge width by meetings, in the people view
  "$PY" - "$T/s/people.dot" "$T/s/graph.json" <<'PY' || fail "people.dot styling"
import json, re, sys
dot = open(sys.argv[1], encoding="utf-8").read()
g = json.load(open(sys.argv[2]))
people = {n["id"] for n in g["nodes"] if n["type"] == "person"}
met = [l for l in g["links"] if l["type"] == "met"]
deg = {}
for l in met:
    for k in ("source", "target"):
        deg[l[k]] = deg.get(l[k], 0) + 1
sizes = {m.group(1): float(m.group(2)) for m in
         re.finditer(r'^\t+"([^"]+)"\t\[[^\]]*?fontsize=([0-9.]+)', dot, re.M | re.S)}
assert sizes, "no node with a fontsize"
assert set(sizes) == set(deg), (sorted(sizes), sorted(deg))  # only people who met someone
hub = max(deg, key=deg.get)
leaf = min(deg, key=deg.get)
assert deg[hub] == deg[leaf] or sizes[hub] > sizes[leaf], (hub, leaf, sizes)
assert "penwidth=" in dot and "Who met whom" in dot
PY
  ok "people view: size by degree, who met whom only"

  # --- the JSON shapes
  expect_rc 0 "$KG" build -o "$T/cy" -q --formats json --json-style cytoscape
  expect_rc 0 "$KG" build -o "$T/go" -q --formats json --json-style graphology
  "$PY" - "$T/s/graph.json" "$T/cy/graph.json" "$T/go/graph.json" <<'PY' || fail "JSON shapes"
import json, math, sys
nl, cy, go = (json.load(open(p, encoding="utf-8")) for p in sys.argv[1:4])
ids = [n["id"] for n in nl["nodes"]]
# Cytoscape.js: {"elements": {"nodes": [{"data"}], "edges": [{"data"}]}};
# every element has a string id unique across nodes and edges
el = cy["elements"]
cids = [e["data"]["id"] for e in el["nodes"] + el["edges"]]
assert all(isinstance(i, str) and i for i in cids)
assert len(cids) == len(set(cids)), "duplicate Cytoscape ids"
assert [e["data"]["id"] for e in el["nodes"]] == ids
assert len(el["edges"]) == len(nl["links"])
nodeset = set(ids)
def flat(v):  # what Cytoscape desktop takes as a column value
    return isinstance(v, (str, int, float, bool)) or (
        isinstance(v, list) and all(isinstance(x, (str, int, float, bool)) for x in v))
for e in el["nodes"] + el["edges"]:
    for k, v in e["data"].items():
        assert v is not None and flat(v), (k, v)
for e in el["edges"]:
    assert e["data"]["source"] in nodeset and e["data"]["target"] in nodeset
for e in el["nodes"]:
    assert all(isinstance(e["position"][k], (int, float)) for k in "xy")
# graphology: nodes [{key, attributes{x, y}}], edges [{key, source, target}]
assert go["options"]["type"] == "undirected"
keys = [n["key"] for n in go["nodes"]]
assert keys == ids and len(set(keys)) == len(keys)
xy = set()
for n in go["nodes"]:
    a = n["attributes"]
    for k in ("x", "y", "size"):
        assert isinstance(a[k], (int, float)) and not isinstance(a[k], bool) and math.isfinite(a[k]), (k, a)
    assert "type" not in a and a["kind"] in ("person", "institution", "country", "place", "event")
    xy.add((a["x"], a["y"]))
assert len(xy) > len(ids) // 2, "layout left nodes on top of each other"
ekeys = [e["key"] for e in go["edges"]]
assert len(set(ekeys)) == len(ekeys) == len(nl["links"])
pairs = set()
multi = False
for e in go["edges"]:
    assert e["source"] in nodeset and e["target"] in nodeset
    assert "type" not in e["attributes"]
    p = tuple(sorted((e["source"], e["target"])))
    multi |= p in pairs
    pairs.add(p)
assert go["options"]["multi"] == multi
PY
  ok "Cytoscape and graphology shapes"

  # --- CSV: Python's csv module (RFC 4180), header rows, CRLF, same counts
  "$PY" - "$T/s" <<'PY' || fail "CSV"
import csv, json, sys
d = sys.argv[1]
g = json.load(open(d + "/graph.json", encoding="utf-8"))
for name, want, cols in (("nodes.csv", g["nodes"], ("id", "type", "label", "country", "x", "y")),
                         ("edges.csv", g["links"], ("source", "target", "type", "weight", "dates", "evidence"))):
    raw = open(d + "/" + name, "rb").read()
    assert raw.endswith(b"\r\n") and raw.count(b"\n") >= raw.count(b"\r\n"), name
    assert not raw.startswith(b"\xef\xbb\xbf"), "BOM"
    rows = list(csv.DictReader(open(d + "/" + name, newline="", encoding="utf-8")))
    assert len(rows) == len(want), (name, len(rows), len(want))
    for c in cols:
        assert c in rows[0], (name, c)
nodes = list(csv.DictReader(open(d + "/nodes.csv", newline="", encoding="utf-8")))
assert [r["id"] for r in nodes] == [n["id"] for n in g["nodes"]]
assert [r["label"] for r in nodes] == [n["label"] for n in g["nodes"]]
for r in nodes:
    float(r["x"]); float(r["y"])
PY
  ok "nodes.csv and edges.csv"

  # --- GraphML: well-formed, every <data> key declared with an attr.type
  "$PY" - "$T/s/graph.graphml" "$T/s/graph.json" <<'PY' || fail "GraphML structure"
import json, sys, xml.etree.ElementTree as E
ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
root = E.parse(sys.argv[1]).getroot()
keys = {}
for k in root.findall("g:key", ns):
    if k.get("yfiles.type"):
        continue
    assert k.get("attr.type") in ("string", "int", "double", "boolean"), k.attrib
    keys[k.get("id")] = (k.get("for"), k.get("attr.name"), k.get("attr.type"))
g = json.load(open(sys.argv[2]))
nodes = root.findall("g:graph/g:node", ns)
assert [n.get("id") for n in nodes] == [n["id"] for n in g["nodes"]]
assert len(root.findall("g:graph/g:edge", ns)) == len(g["links"])
for el in root.iter("{%s}data" % ns["g"]):
    k = el.get("key")
    assert k in keys or k in ("ng", "eg"), k
    if k in keys and keys[k][2] == "double":
        float(el.text)
    if k in keys and keys[k][2] == "int":
        int(el.text)
PY
  ok "GraphML typed keys"

  # --- graph.html: one file, no network, the data parses
  "$PY" - "$T/s/graph.html" "$T/s/graph.json" <<'PY' || fail "graph.html static"
import json, re, sys
h = open(sys.argv[1], encoding="utf-8").read()
g = json.load(open(sys.argv[2]))
for bad in ("<script src", "<link", "@import", "url(", "fetch(", "XMLHttpRequest", "<iframe"):
    assert bad not in h, bad
assert h.count("</script>") == 2, h.count("</script>")
m = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', h, re.S)
data = json.loads(m.group(1))
assert [n["id"] for n in data["nodes"]] == [n["id"] for n in g["nodes"]]
assert len(data["links"]) == len(g["links"])
assert "default-src 'none'" in h
PY
  ok "graph.html is self-contained"

  # --- diagrams: --render svg,png writes both views; kg render reads DOT
  expect_rc 0 "$KG" build -o "$T/r" -q --formats dot --render svg,png
  for f in graph.svg people.svg graph.png people.png; do [ -s "$T/r/$f" ] || fail "no $f"; done
  "$PY" - "$T/r" <<'PY' || fail "rendered diagrams"
import sys, xml.etree.ElementTree as E
d = sys.argv[1]
for v in ("graph", "people"):
    svg = E.parse("%s/%s.svg" % (d, v)).getroot()
    assert svg.tag.endswith("svg")
    assert open("%s/%s.png" % (d, v), "rb").read(8) == b"\x89PNG\r\n\x1a\n"
PY
  ls -A "$T/r" | grep -q '^\.' && fail "temp file left in $T/r"
  ok "--render svg,png"
  cp "$T/r/people.dot" "$T/p.dot"
  expect_rc 0 "$KG" render "$T/p.dot" -q && [ -s "$T/p.svg" ] && head -c 200 "$T/p.svg" | grep -q '<?xml' &&
    ok "kg render FILE.dot -> FILE.svg" || fail "kg render default output"
  expect_rc 0 "$KG" render "$T/p.dot" -o "$T/p2.png" -q --layout neato &&
    [ "$(head -c 4 "$T/p2.png" | od -An -c | tr -d ' ')" = "211PNG" ] &&
    ok "kg render -o x.png --layout neato" || fail "kg render png"
  expect_rc 0 "$KG" render "$T/p.dot" --format png -o - && head -c 4 "$T/out" | grep -q PNG &&
    ok "kg render -o -" || fail "kg render to stdout"
  cmp -s "$T/r/people.svg" "$T/p.svg" && ok "kg render of people.dot = kg build --render" ||
    fail "kg render and kg build --render differ"
  expect_rc 2 "$KG" render || fail "render without a file"
  expect_rc 2 "$KG" render "$T/p.dot" "$T/p.dot" || fail "render with two files"
  expect_rc 2 "$KG" render "$T/p.dot" --format gif || fail "render --format gif"
  expect_rc 2 "$KG" render "$T/p.dot" --layout nope || fail "render --layout nope"
  expect_rc 1 "$KG" render "$T/missing.dot" && grep -q "missing.dot: No such file" "$T/err" ||
    fail "render of a missing file"
  printf 'graph { a -- ; }\n' > "$T/broken.dot"
  expect_rc 1 "$KG" render "$T/broken.dot" -q
  grep -q "^kg: .*broken.dot: not a DOT graph: syntax error" "$T/err" && [ ! -e "$T/broken.svg" ] &&
    ok "render of bad DOT: message, no output" || { fail "render of bad DOT"; cat "$T/err" >&2; }
  if [ -w /dev/full ]; then
    "$KG" render "$T/p.dot" -o - >/dev/full 2>/dev/null && fail "render to /dev/full succeeded" ||
      ok "render to a full disk fails"
  fi

  # --- determinism: all formats and diagrams, twice, inputs in another order
  expect_rc 0 "$KG" build samples -o "$T/d1" -q --render svg,png --json-style graphology
  expect_rc 0 "$KG" build samples/004_b582ce3222314d79.txt samples/001_dcd70b25e33c3a04.txt \
    samples/003_e906bc3121925c38.txt samples/000_609a1e2ef32cbd57.txt \
    samples/002_3e890d727285aacb.txt -o "$T/d2" -q --render svg,png --json-style graphology
  same=1
  for f in "$T"/d1/*; do cmp -s "$f" "$T/d2/${f##*/}" || { same=0; fail "${f##*/} differs between runs"; }; done
  [ $same = 1 ] && ok "byte-identical exports and diagrams ($(ls "$T/d1" | wc -l) files)"

  # --- hostile names in every format
  write_hostile "$T/hostile.jsonl"
  expect_rc 0 "$KG" build --facts "$T/hostile.jsonl" -o "$T/h" -q --render svg --json-style cytoscape ||
    cat "$T/err" >&2
  expect_rc 0 "$KG" build --facts "$T/hostile.jsonl" -o "$T/hg" -q --formats json --json-style graphology
  if command -v dot >/dev/null; then
    for f in graph people; do
      dot -Tsvg "$T/h/$f.dot" -o "$T/h/$f.check.svg" 2>"$T/doterr" || { fail "dot -Tsvg hostile $f.dot"; cat "$T/doterr" >&2; }
    done
  fi
  "$PY" - "$T/hostile.jsonl" "$T/h" "$T/hg" <<'PY' || fail "hostile names"
import csv, json, re, sys, os, xml.etree.ElementTree as E
facts = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
d, dg = sys.argv[2], sys.argv[3]
labels = {e["key"]: e["label"] for e in facts[0]["entities"]}
squash = lambda s: "".join(s.split())
# Cytoscape JSON
cy = json.load(open(d + "/graph.json", encoding="utf-8"))
got = {e["data"]["id"]: e["data"]["label"] for e in cy["elements"]["nodes"] if e["data"]["type"] != "country"}
assert got == labels, (got, labels)
ids = [e["data"]["id"] for e in cy["elements"]["nodes"] + cy["elements"]["edges"]]
assert len(ids) == len(set(ids))
ev = [x for e in cy["elements"]["edges"] for x in e["data"].get("evidence", [])]
assert any('</script><script>alert("x")</script>\u2028' in x for x in ev)
# graphology
go = json.load(open(dg + "/graph.json", encoding="utf-8"))
assert {n["key"]: n["attributes"]["label"] for n in go["nodes"]} == labels
# CSV
rows = list(csv.DictReader(open(d + "/nodes.csv", newline="", encoding="utf-8")))
assert {r["id"]: r["label"] for r in rows} == labels
erows = list(csv.DictReader(open(d + "/edges.csv", newline="", encoding="utf-8")))
assert any('said "hi" \\ end\\' in r["evidence"] for r in erows)
# GraphML
ns = "{http://graphml.graphdrawing.org/xmlns}"
root = E.parse(d + "/graph.graphml").getroot()
kid = {k.get("id"): k.get("attr.name") for k in root.iter(ns + "key")}
gl = {}
for n in root.iter(ns + "node"):
    for x in n.findall(ns + "data"):
        if kid.get(x.get("key")) == "label":
            gl[n.get("id")] = x.text
assert gl == labels, (gl, labels)
# HTML data
h = open(d + "/graph.html", encoding="utf-8").read()
assert h.count("</script>") == 2 and "\u2028" not in h and "\u2029" not in h
m = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', h, re.S)
data = json.loads(m.group(1))
assert {n["id"]: n["label"] for n in data["nodes"]} == labels
# DOT, rendered by kg and by dot: every name in the drawing (labels are
# wrapped and control characters become spaces, so compare without spaces)
for svgfile in ("graph.svg", "graph.check.svg", "people.check.svg"):
    p = os.path.join(d, svgfile)
    if not os.path.exists(p):
        continue
    svg = E.parse(p).getroot()
    texts = {}
    for g in svg.iter("{http://www.w3.org/2000/svg}g"):
        if g.get("class") == "node":
            t = g.find("{http://www.w3.org/2000/svg}title").text
            texts[t] = squash("".join(x.text or "" for x in g.iter("{http://www.w3.org/2000/svg}text")))
    for key, label in labels.items():
        if svgfile.startswith("people") and not key.startswith("person:"):
            continue
        name = key.replace("\\", "\\\\")  # DOT names keep backslashes doubled
        assert name in texts, (svgfile, key, sorted(texts))
        assert texts[name].startswith(squash(label)), (svgfile, texts[name], label)
PY
  ok "hostile names survive JSON, CSV, GraphML, HTML, DOT and SVG"

  # --- a graph above the dot/sfdp threshold renders quickly
  write_large "$T/large.jsonl"
  start=$(date +%s)
  expect_rc 0 "$KG" build --facts "$T/large.jsonl" -o "$T/l" -q --formats dot,html --render svg
  secs=$(( $(date +%s) - start ))
  n=$(grep -c 'class="node"' "$T/l/people.svg")
  [ "$n" = 400 ] && [ "$secs" -lt 60 ] && ok "400 people rendered (sfdp) in ${secs}s" ||
    fail "large graph: $n nodes in ${secs}s"
}

# =============================================================================
networkx_mode() {
  "$PY" -c "import networkx" 2>/dev/null || { echo "skip: $PY has no networkx (apt-get install python3-networkx)"; exit 77; }
  expect_rc 0 "$KG" build -o "$T/s" -q --formats json,graphml
  write_hostile "$T/hostile.jsonl"
  expect_rc 0 "$KG" build --facts "$T/hostile.jsonl" -o "$T/h" -q --formats json,graphml
  "$PY" - "$T/s" "$T/h" "$T/hostile.jsonl" <<'PY' || fail "networkx"
import json, sys
import networkx as nx
def load_node_link(data):
    # networkx >= 3.4 names the link list with edges=; older versions read "links"
    try:
        return nx.node_link_graph(data, edges="links")
    except TypeError:
        return nx.node_link_graph(data)
for d in sys.argv[1:3]:
    data = json.load(open(d + "/graph.json", encoding="utf-8"))
    G = load_node_link(data)
    assert G.number_of_nodes() == len(data["nodes"]) and G.number_of_edges() == len(data["links"])
    H = nx.read_graphml(d + "/graph.graphml")
    assert sorted(H.nodes) == sorted(G.nodes), (sorted(H.nodes)[:3], sorted(G.nodes)[:3])
    assert H.number_of_edges() == G.number_of_edges()
    for n, a in G.nodes(data=True):
        h = H.nodes[n]
        assert h["label"] == a["label"] and h["type"] == a["type"], (h, a)
        assert isinstance(h["n_documents"], int) and isinstance(h["x"], float)
        assert h.get("country") == a.get("country"), (h, a)
    for u, v, a in H.edges(data=True):
        assert isinstance(a["weight"], float) and a["type"]
labels = {e["key"]: e["label"] for e in json.loads(open(sys.argv[3], encoding="utf-8").readline())["entities"]}
H = nx.read_graphml(sys.argv[2] + "/graph.graphml")
assert {n: H.nodes[n]["label"] for n in labels} == labels
print("networkx", nx.__version__)
PY
  ok "networkx reads graph.json (node_link_graph) and graph.graphml (read_graphml)"
}

# =============================================================================
html_mode() {
  CHROME=
  for c in chromium chromium-browser google-chrome; do
    command -v "$c" >/dev/null && { CHROME=$c; break; }
  done
  [ -n "$CHROME" ] || { echo "skip: no chromium (apt-get install chromium)"; exit 77; }
  # dump the DOM after the page's script ran; file:// only, no network
  dump() {
    timeout 90 "$CHROME" --headless --no-sandbox --disable-gpu --disable-background-networking \
      --disable-component-update --no-first-run --disable-extensions --mute-audio \
      --user-data-dir="$T/chrome-profile" --dump-dom "$1" 2>"$T/chrome.err"
  }
  expect_rc 0 "$KG" build -o "$T/s" -q --formats json,html
  write_hostile "$T/hostile.jsonl"
  expect_rc 0 "$KG" build --facts "$T/hostile.jsonl" -o "$T/h" -q --formats json,html
  dump "file://$T/s/graph.html" > "$T/s.dom" || { fail "chromium on graph.html"; tail -5 "$T/chrome.err" >&2; }
  dump "file://$T/h/graph.html#node=person:%D0%BF%D1%83%D1%82%D0%B8%D0%BD" > "$T/h.dom" ||
    fail "chromium on hostile graph.html"
  dump "file://$T/h/graph.html#q=brien" > "$T/q.dom" || fail "chromium search"
  "$PY" - "$T/s.dom" "$T/s/graph.json" "$T/h.dom" "$T/hostile.jsonl" "$T/q.dom" <<'PY' || fail "graph.html in Chromium"
import json, sys
from html.parser import HTMLParser
class Dom(HTMLParser):
    """Collects node elements, their <text>, the details panel and tags."""
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.nodes, self.tags, self.stack = {}, [], []
        self.cur, self.intext, self.details, self.indetails, self.ready = None, False, [], 0, False
        self.matches, self.inmatch = [], False
    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.tags.append(tag)
        if tag == "body" and a.get("data-ready") == "true":
            self.ready = True
        if tag == "g" and (a.get("class") or "").startswith("node ") and "data-id" in a:
            self.cur = a["data-id"]
            self.nodes[self.cur] = ""
        if tag == "text" and self.cur is not None:
            self.intext = True
        if tag == "aside" and a.get("id") == "details":
            self.indetails = 1
        elif self.indetails:
            self.indetails += 1
        if tag == "ul" and a.get("id") == "matches":
            self.inmatch = True
    def handle_endtag(self, tag):
        if tag == "text":
            self.intext = False
        if tag == "g":
            self.cur = None
        if self.indetails:
            self.indetails -= 1
        if tag == "ul":
            self.inmatch = False
    def handle_data(self, data):
        if self.intext and self.cur is not None:
            self.nodes[self.cur] += data
        if self.indetails:
            self.details.append(data)
        if self.inmatch:
            self.matches.append(data)
def parse(path):
    d = Dom()
    d.feed(open(path, encoding="utf-8").read())
    return d
# the samples: every node drawn, labelled, and the people listed
s = parse(sys.argv[1])
g = json.load(open(sys.argv[2], encoding="utf-8"))
assert s.ready, "the viewer's script did not finish"
assert set(s.nodes) == {n["id"] for n in g["nodes"]}, (len(s.nodes), len(g["nodes"]))
for n in g["nodes"]:
    assert s.nodes[n["id"]] == n["label"], (s.nodes[n["id"]], n["label"])
people = [n["label"] for n in g["nodes"] if n["type"] == "person"]
text = "".join(s.details)
assert all(p in text for p in people), "people missing from the list"
# hostile names: drawn as text, nothing injected; #node= opens the details
h = parse(sys.argv[3])
facts = json.loads(open(sys.argv[4], encoding="utf-8").readline())
labels = {e["key"]: e["label"] for e in facts["entities"]}
assert h.ready, "the viewer's script did not finish on hostile names"
for k, v in labels.items():
    assert h.nodes.get(k) == v, (k, h.nodes.get(k), v)
assert "img" not in h.tags and h.tags.count("script") == 2, "markup was injected"
details = "".join(h.details)
assert "Владимир Путин" in details and "Meetings (2)" in details, details[:300]
assert 'said "hi" \\ end\\' in details and "</script><script>" in details, details[:500]
assert "2021-05-06" in details
# #q= searches
q = parse(sys.argv[5])
assert "Zoë \"Q\" O'Brien" in "".join(q.matches), q.matches
PY
  ok "Chromium opens graph.html from disk: nodes drawn, search, meetings with sentences"
}

case $mode in
  core) core ;;
  networkx) networkx_mode ;;
  html) html_mode ;;
  *) echo "unknown mode $mode" >&2; exit 2 ;;
esac
finish
