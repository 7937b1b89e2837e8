#!/usr/bin/env bash
# End-to-end tests of kg stats (issue 6): the who-met-whom table on the
# samples, every output format, --since/--until, --person, --top, reading a
# saved graph.json or facts, UTF-8 alignment, usage errors.
. "$(dirname "$0")/lib.sh"
cd "$KG_SRC"
PY=python3

# --- the samples: Zakir Hasanov's meetings with dates and source articles
expect_rc 0 "$KG" stats -q && cp "$T/out" "$T/table" || fail "kg stats on samples"
grep -q "^Who met whom" "$T/table" && grep -q "^Top people by centrality" "$T/table" &&
  grep -q "^Counterparts" "$T/table" && grep -q "^Meetings per year" "$T/table" &&
  grep -q "^Meetings per country pair" "$T/table" && ok "all sections" || fail "sections missing"
grep -E "Pervez Khattak +Zakir Hasanov +1 +2019-03-21 +2019-03-21 +000_609a1e2ef32cbd57.txt" \
  "$T/table" >/dev/null && ok "Zakir Hasanov met Pervez Khattak on 2019-03-21 (000_...)" ||
  { fail "Hasanov-Khattak row"; cat "$T/table" >&2; }
grep -E "^meetings +1  Zakir Hasanov " "$T/table" >/dev/null &&
  ok "Zakir Hasanov tops the meetings ranking" || fail "top meetings"
expect_rc 0 "$KG" stats -q
cmp -s "$T/out" "$T/table" && ok "deterministic" || fail "two runs differ"

# --- JSON parses and says the same
expect_rc 0 "$KG" stats -q --format json && cp "$T/out" "$T/all.json"
$PY - "$T/all.json" <<'PY' || fail "stats JSON"
import json, sys
s = json.load(open(sys.argv[1]))
assert set(s) == {"summary", "pairs", "counterparts", "top", "countries", "years"}, list(s)
assert s["summary"]["documents"] == 5, s["summary"]
zh = [p for p in s["pairs"] if "person:zakir-hasanov" in (p["person_id"], p["counterpart_id"])]
assert len(zh) >= 4, zh
for p in zh:
    assert p["meetings"] >= 1 and p["documents"], p
assert any(p["first"] == "2019-03-21" and p["documents"] == ["000_609a1e2ef32cbd57.txt"] for p in zh)
measures = {t["measure"] for t in s["top"]}
for m in ("meetings", "counterparts", "met_betweenness", "met_pagerank", "degree",
          "betweenness", "closeness", "harmonic", "pagerank", "eigenvector"):
    assert m in measures, (m, measures)
top = [t for t in s["top"] if t["measure"] == "met_pagerank"]
assert top[0]["person_id"] == "person:zakir-hasanov" and top[0]["rank"] == 1, top[0]
assert [t["value"] for t in top] == sorted((t["value"] for t in top), reverse=True)
assert sum(y["meetings"] for y in s["years"]) == s["summary"]["meetings"]
assert sum(c["meetings"] for c in s["countries"]) == s["summary"]["meetings"]
PY
ok "json format"

# --- the centralities of the table are those of graph.json
expect_rc 0 "$KG" build -q -o "$T/g"
$PY - "$T/all.json" "$T/g/graph.json" <<'PY' || fail "stats top values differ from graph.json"
import json, sys
s, g = json.load(open(sys.argv[1])), json.load(open(sys.argv[2]))
nodes = {n["id"]: n for n in g["nodes"]}
name = {"meetings": "met_strength", "counterparts": "met_degree"}
for t in s["top"]:
    want = nodes[t["person_id"]]["centrality"][name.get(t["measure"], t["measure"])]
    assert abs(t["value"] - want) < 1e-9, (t, want)
PY

# --- --since / --until (prefix semantics)
expect_rc 0 "$KG" stats -q --since 2020 --format json && cp "$T/out" "$T/since.json"
$PY - "$T/since.json" "$T/all.json" <<'PY' || fail "--since"
import json, sys
s, a = json.load(open(sys.argv[1])), json.load(open(sys.argv[2]))
assert s["summary"]["since"] == "2020"
assert 0 < s["summary"]["meetings"] < a["summary"]["meetings"], (s["summary"], a["summary"])
for p in s["pairs"]:
    assert p["first"] and p["first"][:4] >= "2020", p
assert all(y["year"] >= "2020" and y["year"] != "undated" for y in s["years"]), s["years"]
PY
ok "--since filters meetings"
expect_rc 0 "$KG" stats -q --until 2019-03-15 --format tsv
awk -F'\t' '/^# pairs/{p=1; getline; next} /^$/{p=0} p && ($6 > "2019-03-15" || $6 == "") {bad=1}
  END{exit bad}' "$T/out" && grep -q "2019-03-13" "$T/out" && ! grep -q "2019-03-21" "$T/out" &&
  ok "--until 2019-03-15" || { fail "--until"; cat "$T/out" >&2; }
expect_rc 0 "$KG" stats -q --since 2019-03 --until 2019-03 --format json &&
  $PY - "$T/out" "$T/all.json" <<'PY' && ok "--since/--until one month" || fail "one month"
import json, sys
s, a = json.load(open(sys.argv[1])), json.load(open(sys.argv[2]))
assert 0 < s["summary"]["meetings"] < a["summary"]["meetings"], s["summary"]
for p in s["pairs"]:
    assert p["first"].startswith("2019-03") and p["last"].startswith("2019-03"), p
assert [y["year"] for y in s["years"]] == ["2019"], s["years"]
PY

# --- --person: one person's counterparts, case-insensitive, by alias too
expect_rc 0 "$KG" stats -q --person "zakir HASANOV" && cp "$T/out" "$T/person"
grep -q "^Who met Zakir Hasanov" "$T/person" &&
  [ "$(awk '/^Who met/{p=1;next} /^$/{p=0} p && !/^(Person|---)/' "$T/person" | grep -vc '^Zakir Hasanov ')" = 0 ] &&
  grep -q "Centrality (rank among all people)" "$T/person" && ok "--person" ||
  { fail "--person"; cat "$T/person" >&2; }
expect_rc 0 "$KG" stats -q --person "Defence Minister Hasanov" --format json &&
  $PY -c "
import json; s=json.load(open('$T/out'))
assert [c['person_id'] for c in s['counterparts']] == ['person:zakir-hasanov'], s['counterparts']
assert all('person:zakir-hasanov' == p['person_id'] for p in s['pairs'])" &&
  ok "--person by alias" || fail "--person by alias"
expect_rc 1 "$KG" stats -q --person "Nobody Atall"
printf "kg: no person named 'Nobody Atall'\n" | cmp -s - "$T/err" && ok "unknown person" ||
  fail "unknown person message"

# --- --top
expect_rc 0 "$KG" stats -q --top 2 --format json &&
  $PY -c "
import json; s=json.load(open('$T/out'))
assert len(s['pairs']) == 2 and len(s['counterparts']) == 2
from collections import Counter
assert max(Counter(t['measure'] for t in s['top']).values()) == 2" && ok "--top 2" || fail "--top 2"
expect_rc 0 "$KG" stats -q --top 0 --format json &&
  $PY -c "
import json; s=json.load(open('$T/out'))
assert len(s['pairs']) == s['summary']['pairs']" && ok "--top 0 = all" || fail "--top 0"

# --- other formats
expect_rc 0 "$KG" stats -q --format csv
$PY - "$T/out" <<'PY' || fail "csv"
import csv, sys
blocks = open(sys.argv[1], newline="").read().split("\n\n")
names = []
for b in blocks:
    if not b.strip():
        continue
    lines = b.split("\n", 1)
    assert lines[0].startswith("# "), lines[0]
    names.append(lines[0][2:])
    rows = list(csv.reader(lines[1].splitlines()))
    assert all(len(r) == len(rows[0]) for r in rows), (names[-1], rows)
assert names == ["summary", "pairs", "counterparts", "top", "countries", "years"], names
PY
ok "csv format"
expect_rc 0 "$KG" stats -q --format markdown && head -1 "$T/out" | grep -q "^# kg stats:" &&
  grep -q "^| Person | Met | Meetings | First | Last | Documents |$" "$T/out" &&
  grep -q "^| --- | --- | --: |" "$T/out" && ok "markdown format" || fail "markdown"

# --- a saved graph.json and facts give the same answers as the articles
for fmt in table json; do
  "$KG" stats -q --format $fmt > "$T/a.$fmt"
  "$KG" stats --graph "$T/g/graph.json" --format $fmt > "$T/b.$fmt" &&
    cmp -s "$T/a.$fmt" "$T/b.$fmt" && ok "--graph graph.json ($fmt)" || fail "--graph ($fmt) differs"
done
"$KG" build -q -o "$T/na" --no-analytics
"$KG" stats --graph "$T/na/graph.json" --format json | cmp -s - "$T/a.json" &&
  ok "--graph without analytics: analysed on the fly" || fail "--graph --no-analytics"
"$KG" extract -q -o "$T/facts.jsonl"
"$KG" stats -q --facts "$T/facts.jsonl" --format json | cmp -s - "$T/a.json" &&
  ok "--facts" || fail "--facts differs"
expect_rc 1 "$KG" stats --graph "$T/none.json" && grep -q "^kg: .*none.json" "$T/err" &&
  ok "missing graph.json" || fail "missing graph.json"
echo '{"nodes": [' > "$T/broken.json"
expect_rc 1 "$KG" stats --graph "$T/broken.json" && grep -q "broken.json:.*invalid JSON" "$T/err" &&
  ok "broken graph.json" || fail "broken graph.json"

# --- UTF-8 names line up by display width (CJK is two columns wide)
$PY - "$T/utf8.jsonl" <<'PY'
import json, sys
def doc(name, a, b, date):
    ents = [{"key": "person:" + a[1], "type": "person", "label": a[0], "country": a[2]},
            {"key": "person:" + b[1], "type": "person", "label": b[0], "country": b[2]},
            {"key": "event:%s:1" % name, "type": "event", "label": "m", "date": date,
             "status": "held"}]
    links = [{"type": "participated_in", "source": 0, "target": 2},
             {"type": "participated_in", "source": 1, "target": 2},
             {"type": "met", "source": 0, "target": 1, "event": 2, "date": date}]
    return {"doc": name, "entities": ents, "links": links}
li = ("李明", "li-ming", "China")
zo = ("Zoë Ğüler", "zoe-guler", "Türkiye")
an = ("Ana Lopes", "ana-lopes", "Portugal")
with open(sys.argv[1], "w") as f:
    for d in (doc("d1", li, zo, "2021-04-01"), doc("d2", zo, an, "2022"),
              doc("d3", li, an, "2023-01-02")):
        f.write(json.dumps(d, ensure_ascii=False) + "\n")
PY
expect_rc 0 "$KG" stats -q --facts "$T/utf8.jsonl"
$PY - "$T/out" <<'PY' || { fail "UTF-8 alignment"; cat "$T/out" >&2; }
import sys, unicodedata
def width(s):
    return sum(0 if unicodedata.combining(c) else
               2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)
sections = open(sys.argv[1], encoding="utf-8").read().split("\n\n")
checked = 0
for sec in sections:
    lines = sec.split("\n")
    if len(lines) < 4 or not lines[2].startswith("-"):
        continue
    head, dashes, rows = lines[1], lines[2], lines[3:]
    # column spans from the dashes line; every header ends within its span
    spans, i = [], 0
    while i < len(dashes):
        if dashes[i] == "-":
            j = i
            while j < len(dashes) and dashes[j] == "-":
                j += 1
            spans.append((i, j))
            i = j
        else:
            i += 1
    total = spans[-1][1]
    for r in rows:
        assert width(r) <= total, (r, width(r), total)
        # right-aligned numbers end exactly at their column's end: find each
        # digit run at a span end, in display columns
        cols, pos = {}, 0
        for ch in r:
            cols[pos] = ch
            pos += width(ch)
        for (a, b) in spans:
            if head.rstrip()[b - 1:b].strip() and head[a:b].strip() in ("Meetings", "Pairs"):
                assert cols.get(b - 1, " ").isdigit(), (r, head[a:b], b)
                assert cols.get(b, " ") == " ", (r, b)
                checked += 1
assert checked >= 6, checked
PY
ok "UTF-8 names aligned by display width"

# --- usage errors: exact messages, exit 2
check_usage() {
  local want=$1; shift
  expect_rc 2 "$KG" stats "$@" || return
  printf "%s\nTry 'kg --help'.\n" "$want" | cmp -s - "$T/err" && ok "usage: $*" ||
    { fail "usage message for $*"; cat "$T/err" >&2; }
}
check_usage "kg: invalid date '2019-13' for --since (YYYY, YYYY-MM or YYYY-MM-DD)" --since 2019-13
check_usage "kg: invalid date 'May 2019' for --until (YYYY, YYYY-MM or YYYY-MM-DD)" --until "May 2019"
check_usage "kg: --since '2021' is after --until '2020-12'" --since 2021 --until 2020-12
check_usage "kg: unknown format 'xml' (table, tsv, csv, json, markdown)" --format xml
check_usage "kg: invalid --top 'ten' (a number of rows, 0 for all)" --top ten
check_usage "kg: invalid --top '-1' (a number of rows, 0 for all)" --top=-1
check_usage "kg: --graph reads a saved graph: no PATH or --facts with it" --graph "$T/g/graph.json" samples
check_usage "kg: unknown option '--bogus'" --bogus
expect_rc 0 "$KG" stats --help && grep -q -- "--since DATE" "$T/out" && grep -q -- "--person NAME" "$T/out" &&
  ok "stats --help" || fail "stats --help"
if [ -c /dev/full ] && [ -w /dev/full ]; then
  "$KG" stats -q --graph "$T/g/graph.json" > /dev/full 2>"$T/err"; rc=$?
  [ $rc = 1 ] && grep -q "write error" "$T/err" && ok "/dev/full: exit 1" || fail "/dev/full exit $rc"
fi
finish
