#!/usr/bin/env bash
# Hostile and broken input (issue 9): whatever kg is fed, it finishes within
# a time limit, reports each bad input as "kg: path[:line]: reason", builds
# the rest, writes valid outputs or none, and never leaves a partial file.
# Pathological inputs run under `timeout` (STYLE 8); KG_TIME_SCALE (set by
# tests/reliability.cmake: larger in sanitizer builds) stretches the limits.
# The 50 MB inputs, interruption and valgrind are in tests/reliability/.
. "$(dirname "$0")/lib.sh"
scale=${KG_TIME_SCALE:-1}
lim() { echo $(($1 * scale)); }

# within SECS NAME CMD...: CMD must finish within SECS (scaled) seconds;
# its exit status is left in $rc, stdout/stderr in $T/out, $T/err.
within() {
  local secs; secs=$(lim "$1"); local name=$2; shift 2
  local t0; t0=$(date +%s.%N)
  rc=0
  timeout -s KILL "$secs" "$@" >"$T/out" 2>"$T/err" || rc=$?
  local el; el=$(echo "$(date +%s.%N) - $t0" | bc 2>/dev/null || echo "?")
  if [ "$rc" = 137 ] || [ "$rc" = 124 ]; then
    fail "$name: did not finish within ${secs}s"; return 1
  fi
  if [ "$rc" -gt 2 ]; then
    fail "$name: exit status $rc (crash?)"; sed 's/^/  stderr: /' "$T/err" | head -5 >&2
    return 1
  fi
  echo "   $name: ${el%????}s, exit $rc"
  return 0
}

# valid_json FILE: parses as JSON, every string valid UTF-8 (json.load
# decodes strictly) and free of lone surrogates
valid_json() {
  python3 - "$1" <<'PY'
import json, sys
raw = open(sys.argv[1], "rb").read()
raw.decode("utf-8")  # strict
def walk(v):
    if isinstance(v, str):
        v.encode("utf-8")  # fails on lone surrogates
    elif isinstance(v, list):
        for x in v: walk(x)
    elif isinstance(v, dict):
        for k, x in v.items(): walk(k); walk(x)
walk(json.loads(raw))
PY
}

no_temp_files() { # DIR: no .NAME.XXXXXX temp outputs left
  if find "$1" -name '.*.??????' | grep -q .; then
    fail "temp files left in $1: $(find "$1" -name '.*.??????' | tr '\n' ' ')"
    return 1
  fi
}

S="$KG_SRC/samples"
cd "$T"

# --- invalid UTF-8, NUL bytes, binary files, in text files and JSONL ----------
mkdir in1
printf 'Prime Minister Ana Lopes\xff\xfe met \x00 President Kofi\xc3 Mensah.\n' > in1/utf8.txt
printf '\xed\xa0\x80\xed\xbf\xbf Minister \xf4\x90\x80\x80 Zo\xc3\xab \xc0\xaf\xe0\x80\xaf. \xf0\x9f\x98' > in1/overlong.txt
head -c 65536 /dev/urandom > in1/random.txt
cp "$(command -v bash)" in1/binary.txt
head -c 100000 /dev/zero > in1/zeros.txt
printf '{"id":"j1","text":"Prime Minister Ana Lopes\xff met\\u0000 President Kofi Mensah \\ud800 \\udfff.","title":"\xc3(","date":"\xff"}\n' > in1/bad.jsonl
if within 30 "invalid UTF-8, NUL, binary" "$KG" build in1 -o o1 -q; then
  [ "$rc" = 0 ] && valid_json o1/graph.json && ok "invalid UTF-8, NUL bytes, binary files" ||
    { fail "invalid UTF-8 input: exit $rc or invalid graph.json"; cat "$T/err" >&2; }
fi
within 30 "facts of binary input" "$KG" extract in1 -q -o o1/facts.jsonl &&
  python3 -c "
import json,sys
for l in open('o1/facts.jsonl','rb'): json.loads(l.decode('utf-8'))" &&
  ok "facts lines of binary input are valid UTF-8 JSON" || fail "facts of binary input"

# --- other encodings: byte-order marks, UTF-16, Windows-1252 -----------------
mkdir in2
body='Kenya talks\n\nKenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed in Nairobi.\n'
printf "\xef\xbb\xbf$body" > in2/bom.txt
python3 -c "import sys; open('in2/utf16.txt','wb').write(sys.argv[1].encode('utf-16'))" "$(printf "$body")"
printf 'Talks\n\nPeru\x92s Foreign Minister Jos\xe9 Mar\xeda P\xe9rez met Kenyan President William Ruto.\n' > in2/cp1252.txt
printf '\xef\xbb\xbf{"id":"bomline","text":"Talks\\n\\nKenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed."}\n' > in2/bom.jsonl
# HTML character references a crawl leaves in text: decoded, in files and in JSONL
printf 'Talks\n\nSaudi Arabia&rsquo;s Defence Minister Khalid Salman met&nbsp;Pakistan&#8217;s Army Chief General Asim Munir.\n' > in2/html.txt
printf '{"id":"htmlline","text":"Talks\\n\\nKenya&#x2019;s President William Ruto met Ethiopian Prime Minister Abiy Ahmed &amp; aides."}\n' > in2/html.jsonl
printf 'Talks\n\n<p>NAIROBI, May 3, 2024 (KNA) - <strong>Kenyan President William Ruto</strong> met Ethiopian Prime Minister Abiy Ahmed.</p><script>x="<p>General Fake Person met Abiy Ahmed</p>"</script>\n' > in2/tags.txt
if within 30 "other encodings" "$KG" extract in2 -o o2.jsonl -q; then
  python3 - <<'PY' && ok "BOMs, UTF-16, Windows-1252, HTML references and tags are read as their text" ||
import json
docs = {}
for l in open("o2.jsonl", encoding="utf-8"):
    d = json.loads(l)
    docs[d["doc"]] = (d["title"], {e["label"] for e in d["entities"] if e["type"] == "person"})
assert docs["bom.txt"] == ("Kenya talks", {"William Ruto", "Abiy Ahmed"}), docs["bom.txt"]
assert docs["utf16.txt"] == ("Kenya talks", {"William Ruto", "Abiy Ahmed"}), docs["utf16.txt"]
assert "Jos\u00e9 Mar\u00eda P\u00e9rez" in docs["cp1252.txt"][1], docs["cp1252.txt"]
assert docs["bomline"][1] == {"William Ruto", "Abiy Ahmed"}, docs.get("bomline")
assert docs["html.txt"][1] == {"Khalid Salman", "Asim Munir"}, docs["html.txt"]
assert docs["htmlline"][1] == {"William Ruto", "Abiy Ahmed"}, docs.get("htmlline")
met = {}
for l in open("o2.jsonl", encoding="utf-8"):
    d = json.loads(l)
    E = d["entities"]
    met[d["doc"]] = {frozenset((E[k["source"]]["label"], E[k["target"]]["label"])) for k in d["links"] if k["type"] == "met"}
assert frozenset(("Khalid Salman", "Asim Munir")) in met["html.txt"], met["html.txt"]
assert docs["tags.txt"][1] == {"William Ruto", "Abiy Ahmed"}, docs["tags.txt"]
assert met["tags.txt"] == {frozenset(("William Ruto", "Abiy Ahmed"))}, met["tags.txt"]
PY
    { fail "other encodings: exit $rc or wrong text"; cat "$T/err" >&2; }
fi
printf "\xef\xbb\xbf$body" | "$KG" extract - -q -o o3.jsonl &&
  grep -q '"title":"Kenya talks"' o3.jsonl && ok "a BOM on standard input is dropped" ||
  fail "BOM on stdin"

# --- pathological sizes and shapes: linear time, bounded ----------------------
python3 - <<'PY'
import random
random.seed(9)
alpha = "bcdfghjklmnprstvwz"
def word():
    return "".join(random.choice(alpha) + random.choice("aeiou") for _ in range(random.randint(1, 4))).capitalize()
words = [word() for _ in range(20000)]
out, n = [], 0
while n < 1 << 20:  # 1 MB of capitalised words, some sentence ends
    w = random.choice(words)
    if random.random() < 0.01: w += "."
    out.append(w); n += len(w) + 1
open("caps.txt", "w").write(" ".join(out))
open("caps_nostop.txt", "w").write(" ".join(w.rstrip(".") for w in out))
open("repeat.txt", "w").write("Prime Minister Ana Lopes met President Kofi Mensah. " + "Ana Lopes, " * 100000 + "and Lopes.\n")
open("repeat_title.txt", "w").write("Minister " * 100000 + "Lopes met him.\n")
toks = ["the", "Minister", "of", "Defence", "and", "met", "President", "Lopes", ",",
        "Baku", "on", "Monday", "March", "2019", "Ana", "Kofi", "Mensah", "'s", "(", ")"]
open("sentence.txt", "w").write(" ".join(random.choice(toks) for _ in range(50000)) + ".\n")
open("weekdays.txt", "w").write("On " + "Monday " * 50000 + "they met.\n")
open("dates.txt", "w").write("From " + "21-23 March, " * 30000 + "2019.\n")
open("initials.txt", "w").write("A. " * 100000 + "\n")
open("hyphens.txt", "w").write("-".join(["Ana"] * 100000) + " met Kofi.\n")
open("longword.txt", "w").write("Minister " + "A" * 2000000 + " met President " + "b" * 1000000 + ".\n")
names = ", ".join(f"Minister {word()} {word()}" for _ in range(5000))
open("many_people.txt", "w").write("Defence Minister Ana Lopes met " + names + " in Baku on 5 March 2020.\n")
open("newlines.txt", "w").write("\n" * 1000000 + "Minister Ana Lopes met President Kofi Mensah.\n")
open("punct.txt", "w").write(".,;:!?()[]{}\"'" * 70000 + "\n")
PY
for f in caps caps_nostop repeat repeat_title sentence weekdays dates initials hyphens longword many_people newlines punct; do
  if within 10 "$f" "$KG" extract "$f.txt" -q -o "$f.jsonl"; then
    [ "$rc" = 0 ] || fail "$f: exit $rc"
  fi
done
ok "pathological inputs finish in time"
within 30 "all pathological inputs into one graph" "$KG" build caps.txt repeat.txt sentence.txt \
  weekdays.txt many_people.txt -o o2 -q && valid_json o2/graph.json &&
  ok "pathological inputs build one graph" || fail "pathological build"

# --- JSONL: deeply nested, truncated, odd lines; the good lines still count ----
python3 - <<'PY'
import json
good = lambda i: json.dumps({"id": f"g{i}", "text": "Prime Minister Ana Lopes met President Kofi Mensah."})
with open("nested.jsonl", "w") as f:
    f.write("\n")                                   # a blank first line
    f.write(good(1) + "\n")
    f.write("[" * 100000 + "]" * 100000 + "\n")      # deep arrays
    f.write('{"a":' * 50000 + "1" + "}" * 50000 + "\n")  # deep objects
    f.write('{"id":"d","text":"x","extra":' + "[" * 5000 + "]" * 5000 + "}\n")
    f.write('{"id":"t","text":' + '"' + "x" * 100 + "\n")    # unterminated string
    f.write('{"id":"n","text":null}\n{"id":"o","text":{"a":1}}\n"just a string"\n12\nnull\n')
    f.write('{"id":"e","text":"a","text":"dup key"}\n')
    f.write('{"id":"big","text":"x","n":1e999999}\n')
    f.write('{"id":' + json.dumps("i" * 10000) + ',"text":"long id"}\n')
    f.write("\r\n\t \r\n")
    f.write(good(2) + "\r\n")
    f.write(good(3))                               # no final newline
with open("truncated.jsonl", "w") as f:
    f.write(good(4) + "\n" + good(5)[:30])
PY
if within 20 "nested JSONL" "$KG" extract nested.jsonl truncated.jsonl -q -o nested.out; then
  python3 - <<'PY' && [ "$rc" = 1 ] && grep -q 'nested.jsonl:3: invalid JSON' "$T/err" &&
ids = [__import__("json").loads(l)["doc"] for l in open("nested.out")]
assert {"g1", "g2", "g3", "g4"} <= set(ids), [i[:20] for i in ids]
assert "g5" not in ids and "t" not in ids and "n" not in ids, [i[:20] for i in ids]
PY
    grep -q 'nested.jsonl:4: invalid JSON' "$T/err" && grep -q 'truncated.jsonl:2: invalid JSON' "$T/err" &&
    ok "nested and truncated JSONL reported, good lines kept" ||
    { fail "nested JSONL: exit $rc, lost lines or missing reports"; head -c 2000 "$T/err" >&2; }
fi
printf '{"doc":"x","entities":[\n' > bad_facts.jsonl
python3 -c "
import json
print('[' * 100000)
print(json.dumps({'doc': 'ok', 'entities': [{'key': 'person:a', 'type': 'person', 'label': 'A'}]}))
print(json.dumps({'doc': 'bad', 'entities': [{'key': 'person:b', 'type': 'alien', 'label': 'B'}]}))
print(json.dumps({'doc': 'bad2', 'entities': [], 'links': [{'type': 'met', 'source': 0, 'target': 5}]}))
print(json.dumps({'doc': 'bad3', 'entities': 'no'}))
print(json.dumps({'doc': 'nul\u0000', 'entities': []}))
" >> bad_facts.jsonl
within 20 "hostile facts" "$KG" build --facts bad_facts.jsonl -o o3 -q &&
  [ "$rc" = 1 ] && valid_json o3/graph.json &&
  [ "$(grep -c 'bad_facts.jsonl:' "$T/err")" = 6 ] &&
  python3 -c "
import json; g = json.load(open('o3/graph.json'))
assert [n['id'] for n in g['nodes']] == ['person:a'], g['nodes']" &&
  ok "malformed facts lines reported, good ones merged" ||
  { fail "hostile facts: exit $rc"; cat "$T/err" >&2; }

# --- directories: symlink loops, dangling links, FIFOs, odd entries ------------
mkdir -p tree/a/b
cp "$S/000_609a1e2ef32cbd57.txt" tree/a/b/one.txt
ln -s .. tree/a/b/up          # loop to the parent
ln -s ../.. tree/a/b/upup
ln -s "$T/tree" tree/a/self   # loop to the root, absolute
ln -s loop2 tree/loop1; ln -s loop1 tree/loop2   # ELOOP
ln -s b tree/a/b_again        # the same directory under a second name
if within 10 "symlink loops" "$KG" extract tree -q -o tree.out; then
  [ "$rc" = 0 ] && [ "$(wc -l < tree.out)" = 1 ] && ok "symlink loops: each directory walked once" ||
    { fail "symlink loops: exit $rc, $(wc -l < tree.out) documents"; cat "$T/err" >&2; }
fi
ln -s nowhere.txt tree/dangling.txt
mkfifo tree/pipe.txt
mkdir tree/dir.txt            # a directory with an article's name is walked
cp "$S/001_dcd70b25e33c3a04.txt" tree/dir.txt/two.txt
if within 10 "dangling link and FIFO" "$KG" extract tree -q -o tree.out; then
  [ "$rc" = 1 ] && grep -q 'dangling.txt: No such file or directory' "$T/err" &&
    grep -q 'pipe.txt: not a regular file' "$T/err" && [ "$(wc -l < tree.out)" = 2 ] &&
    ok "dangling symlink and FIFO reported, the rest read" ||
    { fail "dangling/FIFO: exit $rc"; cat "$T/err" >&2; }
fi

# --- unreadable inputs ---------------------------------------------------------
# A read error as root too: /proc/self/mem opens but read(2) at 0 fails (EIO).
if within 10 "read error" "$KG" build /proc/self/mem "$S/000_609a1e2ef32cbd57.txt" -o o4 -q; then
  [ "$rc" = 1 ] && grep -q 'kg: /proc/self/mem: Input/output error' "$T/err" &&
    [ -s o4/graph.json ] && ok "read error reported, the rest built" ||
    { fail "read error: exit $rc"; cat "$T/err" >&2; }
fi
# chmod 000: root reads anyway, so drop to nobody where we can
cp "$S/000_609a1e2ef32cbd57.txt" secret.txt && chmod 000 secret.txt
as_user=()
if [ "$(id -u)" != 0 ]; then
  as_user=()
elif command -v setpriv >/dev/null && id nobody >/dev/null 2>&1; then
  as_user=(setpriv --reuid=nobody --regid=nogroup --clear-groups --)
else
  as_user=(skip)
fi
if [ "${as_user[0]:-}" = skip ]; then
  echo "   (skipped chmod 000 checks: running as root without setpriv)"
elif "${as_user[@]}" test -x "$KG" 2>/dev/null && "${as_user[@]}" test -r "$KG_SRC/samples" 2>/dev/null; then
  chmod 755 "$T"
  mkdir -m 777 o5
  within 10 "unreadable file" "${as_user[@]}" "$KG" build secret.txt "$S/000_609a1e2ef32cbd57.txt" -o o5/g -q
  [ "$rc" = 1 ] && grep -q 'secret.txt: Permission denied' "$T/err" && [ -s o5/g/graph.json ] &&
    ok "unreadable file reported, the rest built" || { fail "unreadable file: exit $rc"; cat "$T/err" >&2; }
  mkdir -m 755 ro && cp "$S/000_609a1e2ef32cbd57.txt" ro/old.txt
  mkdir -m 555 ro/out
  within 10 "unwritable output dir" "${as_user[@]}" "$KG" build "$S" -o ro/out -q
  [ "$rc" = 1 ] && grep -q 'ro/out/graph.json: cannot create output: Permission denied' "$T/err" &&
    ok "unwritable output directory reported" || { fail "unwritable dir: exit $rc"; cat "$T/err" >&2; }
  mkdir -m 700 locked && cp "$S/000_609a1e2ef32cbd57.txt" locked/
  within 10 "unreadable directory" "${as_user[@]}" "$KG" extract locked "$S/001_dcd70b25e33c3a04.txt" -q
  [ "$rc" = 1 ] && grep -q 'locked: Permission denied' "$T/err" && [ "$(wc -l < "$T/out")" = 1 ] &&
    ok "unreadable directory reported" || { fail "unreadable dir: exit $rc"; cat "$T/err" >&2; }
  chmod 700 "$T"
else
  echo "   (skipped chmod 000 checks: nobody cannot reach $KG)"
fi

# --- outputs that cannot be written ------------------------------------------
mkdir -p keep && "$KG" build "$S" -o keep -q && cp keep/graph.json keep.json
echo file > notadir
within 10 "output under a file" "$KG" build "$S" -o notadir/sub -q
[ "$rc" = 1 ] && grep -q 'notadir: not a directory' "$T/err" && ok "output under a regular file reported" ||
  fail "output under a file: exit $rc"
within 10 "output in /proc" "$KG" build "$S" -o /proc/kg-test-out -q
[ "$rc" = 1 ] && grep -q "kg: /proc/kg-test-out: cannot create directory" "$T/err" &&
  ok "uncreatable output directory reported" || { fail "output in /proc: exit $rc"; cat "$T/err" >&2; }
mkdir -p clash && mkdir clash/graph.json
within 10 "output name taken by a directory" "$KG" build "$S" -o clash -q
[ "$rc" = 1 ] && grep -qE 'clash/graph.json: (cannot replace|is a directory)' "$T/err" && [ -s clash/graph.dot ] &&
  [ -d clash/graph.json ] && no_temp_files clash && ok "graph.json taken by a directory: reported, others written" ||
  { fail "graph.json is a directory: exit $rc"; cat "$T/err" >&2; }

# --- a full disk -----------------------------------------------------------------
if [ -c /dev/full ]; then
  within 10 "extract -o /dev/full" "$KG" extract "$S" -q -o /dev/full
  [ "$rc" = 1 ] && grep -q '/dev/full: write failed: No space left on device' "$T/err" &&
    [ -c /dev/full ] && ok "write to /dev/full reported, the device left alone" ||
    { fail "-o /dev/full: exit $rc"; cat "$T/err" >&2; }
  within 10 "extract > /dev/full" bash -c '"$0" extract "$1" -q > /dev/full' "$KG" "$S"
  [ "$rc" = 1 ] && [ "$(cat "$T/err")" = "kg: write error on standard output: No space left on device" ] &&
    ok "stdout write error reported once" || { fail "stdout to /dev/full: exit $rc"; cat "$T/err" >&2; }
  within 10 "--help > /dev/full" bash -c '"$0" --help > /dev/full' "$KG"
  [ "$rc" = 1 ] && grep -q 'write error on standard output' "$T/err" && ok "--help to a full stdout fails" ||
    fail "--help > /dev/full: exit $rc"
  within 10 "build -o dir, outputs to /dev/full" "$KG" build "$S" -q -o /dev/full
  [ "$rc" = 1 ] && [ -c /dev/full ] && ok "build -o /dev/full fails, device intact" || fail "build -o /dev/full: exit $rc"
else
  echo "   (no /dev/full: skipped)"
fi
if [ -c /dev/null ]; then
  within 10 "extract -o /dev/null" "$KG" extract "$S" -q -o /dev/null
  [ "$rc" = 0 ] && [ -c /dev/null ] && ok "-o /dev/null writes to the device, never replaces it" ||
    fail "-o /dev/null: exit $rc, $(ls -l /dev/null)"
fi
# A disk that fills up mid-write: a tiny tmpfs when we may mount one, else
# a file size limit (RLIMIT_FSIZE; SIGXFSZ ignored, so write(2) fails EFBIG).
mkdir -p small
"$KG" build "$S" -o small -q && cp small/graph.json small.json
mounted=0
trap 'umount "$T/small" 2>/dev/null; rm -rf "$T"' EXIT
if [ "$(id -u)" = 0 ] && mount -t tmpfs -o size=16k kgtest "$T/small" 2>/dev/null; then
  mounted=1
  printf 'x%.0s' $(seq 1 9000) > small/graph.json   # an old output, 9 KB of 16
  cp small/graph.json small.json
  within 10 "full tmpfs" "$KG" build "$S" -o small -q
  what="tmpfs of 16 KB"
else
  within 10 "file size limit" bash -c 'trap "" XFSZ; ulimit -f 8; exec "$0" build "$1" -o small -q' "$KG" "$S"
  what="RLIMIT_FSIZE of 8 KB"
fi
if [ "$rc" = 1 ] && grep -qE 'small/graph.json: (write failed|cannot write JSON): (No space left on device|File too large)' "$T/err" &&
   cmp -s small/graph.json small.json && no_temp_files small; then
  ok "full disk ($what): reported, exit 1, old output intact, no partial file"
else
  fail "full disk ($what): exit $rc"; cat "$T/err" >&2; ls -la small >&2
fi
[ $mounted = 1 ] && umount "$T/small"

# --- names built to break escaping in every output --------------------------------
python3 - <<'PY'
import json
labels = ['Quote "Q" O\'Neil', 'Back\\slash \\" \\\\', '<script>alert(1)</script> & &amp; <b>',
          'New\nline\r\ttab', '\u202eRTL override\u202c עברית العربية', '中文 名字 日本語 한국어',
          '{braces} [brackets] ; -- -> digraph', 'emoji \U0001F600 \u00a0 nbsp', ']]> <!-- x --> \'"',
          '\\N \\G \\L \\E \\T \\H label escapes']
ents = [{"key": "person:" + l, "type": "person", "label": l, "aliases": [l + " alias"],
         "titles": ['Minister "of" <Defence>'], "country": l} for l in labels]
links = [{"type": "met", "source": i, "target": i + 1, "date": "2020-01-01", "offset": 0,
          "text": "Evidence: " + labels[i]} for i in range(len(labels) - 1)]
json.dump({"doc": 'doc "1" <&>\n', "title": labels[0], "entities": ents, "links": links},
          open("escape.jsonl", "w"))
open("escape.jsonl", "a").write("\n")
json.dump(labels, open("labels.json", "w"))
PY
if within 20 "escaping" "$KG" build --facts escape.jsonl -o esc -q; then
  [ "$rc" = 0 ] || fail "escaping build: exit $rc"
  python3 - <<'PY' && ok "JSON keeps hostile names exactly" || fail "JSON escaping"
import json
labels = json.load(open("labels.json"))
g = json.load(open("esc/graph.json"))
people = [n for n in g["nodes"] if n["type"] == "person"]
assert sorted(n["label"] for n in people) == sorted(labels), people
for n in people:
    assert n["aliases"] == [n["label"] + " alias"] and n["country"] == n["label"], n
ev = sorted(e["text"] for l in g["links"] for e in l["evidence"])
assert ev == sorted("Evidence: " + l for l in labels[:-1]), ev
PY
  if command -v dot >/dev/null; then
    for f in graph people; do
      dot -Tsvg "esc/$f.dot" -o "esc/$f.svg" 2>"$T/doterr" && [ ! -s "$T/doterr" ] ||
        { fail "dot rejects esc/$f.dot"; cat "$T/doterr" >&2; }
    done
    python3 - <<'PY' && ok "DOT keeps hostile names (dot renders them)" || fail "DOT escaping"
import json, xml.etree.ElementTree as ET
svg = ET.parse("esc/graph.svg")
texts = " ".join(t.text or "" for t in svg.iter("{http://www.w3.org/2000/svg}text"))
# Graphviz decodes HTML entities in labels (&amp; shows as &): accepted
for l in ["中文 名字 日本語 한국어", "<script>alert(1)</script> & & <b>", 'Quote "Q" O\'Neil',
          "\\N \\G \\L \\E \\T \\H label escapes", 'Back\\slash \\" \\\\']:
    assert l in texts, (l, texts[:2000])
PY
  fi
  # TODO(exports issue): GraphML and HTML are written by another engineer;
  # these checks run once `kg build` produces the files.
  for f in esc/*.graphml; do
    [ -e "$f" ] || continue
    python3 - "$f" <<'PY' && ok "GraphML keeps hostile names (well-formed XML)" || fail "GraphML escaping ($f)"
import json, sys, xml.etree.ElementTree as E
texts = {d.text for d in E.parse(sys.argv[1]).iter() if d.tag.endswith("data")}
# XML 1.0 cannot carry \r literally in text: attribute-normalised to \n
missing = [l for l in json.load(open("labels.json"))
           if l not in texts and l.replace("\r", "\n") not in texts]
assert not missing, missing
PY
  done
  for f in esc/nodes.csv; do
    [ -e "$f" ] || continue
    python3 - "$f" <<'PY' && ok "CSV keeps hostile names" || fail "CSV escaping ($f)"
import csv, json, sys
rows = list(csv.DictReader(open(sys.argv[1], newline="", encoding="utf-8")))
got = sorted(r["label"] for r in rows if r["type"] == "person")
want = sorted(json.load(open("labels.json")))
assert got == want, (got, want)
PY
  done
  for f in esc/*.html; do
    [ -e "$f" ] || continue
    ! grep -q '<script>alert(1)</script>' "$f" && ok "HTML does not embed hostile names raw" ||
      fail "HTML escaping: raw <script> in $f"
  done
fi

finish
