"""Re-reads every <style>/notes.text and gold.phrase and verifies each span.

Checks, per span: the note exists, 0 <= start < end <= len(body), the category is one of the
PhysioNet spellings, the text has no surrounding whitespace, spans do not overlap, and the text at
the offsets equals the text the generator meant to write (the builders are re-run in memory).
Also checks 10-50 lines per note and 40 notes per style. Prints counts per style and category only.

  python3 check.py          # Python re-read
  python3 check.py --node   # also re-read with the project's parsePhysionet / parseGoldPhrase
"""
import json
import os
import re
import subprocess
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import generate  # noqa: E402
from core import CATEGORIES  # noqa: E402

START_RE = re.compile(r'START_OF_RECORD=([^|\n]*)\|\|\|\|([^|\n]*)\|\|\|\|\r?\n')
END = '||||END_OF_RECORD'


def read_notes(path):
    text = open(path, encoding='utf-8').read()
    out = {}
    for m in START_RE.finditer(text):
        b = m.end()
        e = text.index(END, b)
        out[f'{m.group(1).strip()}-{m.group(2).strip()}'] = text[b:e]
    return out


def read_gold(path):
    out = {}
    for line in open(path, encoding='utf-8'):
        if not line.strip():
            continue
        p, n, s, e, c = line.split()[:5]
        out.setdefault(f'{p}-{n}', []).append((int(s), int(e), c))
    return out


def main():
    errors = 0
    total = Counter()
    rows = []
    for i, mod in enumerate(generate.STYLES):
        d = os.path.join(HERE, mod.NAME)
        notes = read_notes(os.path.join(d, 'notes.text'))
        gold = read_gold(os.path.join(d, 'gold.phrase'))
        expected = {f'{p}-{n}': (body, spans) for p, n, body, spans in generate.render_style(mod, i)}
        if len(notes) != 40:
            print(mod.NAME, 'has', len(notes), 'notes'); errors += 1
        counts = Counter()
        for nid, body in notes.items():
            exp_body, exp_spans = expected[nid]
            if body != exp_body + '\n':
                print(mod.NAME, nid, 'body differs from generator'); errors += 1
            nlines = len(body.rstrip('\n').split('\n'))
            if not 10 <= nlines <= 50:
                print(mod.NAME, nid, 'has', nlines, 'lines'); errors += 1
            spans = sorted(gold.get(nid, []))
            if [(s, e, c) for s, e, c, _ in exp_spans] != spans:
                print(mod.NAME, nid, 'gold differs from generator'); errors += 1
            meant = {(s, e): t for s, e, _, t in exp_spans}
            last_end = -1
            for s, e, c in spans:
                t = body[s:e]
                if not (0 <= s < e <= len(body)) or c not in CATEGORIES or t != t.strip() or s < last_end \
                        or meant.get((s, e)) != t or '\n' in t:
                    print(mod.NAME, nid, 'bad span at', s, e, c); errors += 1
                last_end = e
                counts[c] += 1
        for nid in gold:
            if nid not in notes:
                print(mod.NAME, 'gold for missing note', nid); errors += 1
        rows.append((mod.NAME, counts))
        total.update(counts)
    cats = list(CATEGORIES)
    print('style'.ljust(28) + ''.join(c[:9].rjust(10) for c in cats) + 'total'.rjust(8))
    for name, c in rows + [('TOTAL', total)]:
        print(name.ljust(28) + ''.join(str(c[k]).rjust(10) for k in cats) + str(sum(c.values())).rjust(8))
    if '--node' in sys.argv:
        errors += node_check()
    print('errors:', errors)
    return 1 if errors else 0


NODE = r'''
import { readFileSync } from 'node:fs';
import { parsePhysionet } from './src/ingest/physionet/parse-physionet.ts';
import { parseGoldPhrase } from './src/evaluate/deid/gold-phrase.ts';
const dirs = JSON.parse(process.argv[1]);
const out = {};
for (const d of dirs) {
  const items = parsePhysionet(readFileSync(d + '/notes.text', 'utf8'));
  const gold = parseGoldPhrase(readFileSync(d + '/gold.phrase', 'utf8'));
  const texts = {};
  let reports = 0;
  for (const it of items) if (it.kind === 'report') { reports++; texts[it.report.archiveId] = it.report.text; }
  const spans = [];
  for (const [id, list] of gold) for (const g of list) spans.push([id, g.start, g.end, g.category, texts[id] === undefined ? null : texts[id].slice(g.start, g.end)]);
  out[d] = { reports, spans };
}
process.stdout.write(JSON.stringify(out));
'''


def node_check():
    root = os.path.abspath(os.path.join(HERE, '..', '..'))
    dirs = [os.path.join(HERE, m.NAME) for m in generate.STYLES]
    res = subprocess.run(['node', '--import', 'tsx', '--input-type=module', '-e', NODE, json.dumps(dirs)],
                         cwd=root, capture_output=True, text=True)
    if res.returncode != 0:
        print('node check failed to run:', res.stderr[-2000:])
        return 1
    data = json.loads(res.stdout)
    errors = 0
    for i, mod in enumerate(generate.STYLES):
        d = os.path.join(HERE, mod.NAME)
        expected = {}
        for p, n, _, spans in generate.render_style(mod, i):
            for s, e, c, t in spans:
                expected[(f'{p}-{n}', s, e, c)] = t
        got = data[d]
        ok = sum(1 for nid, s, e, c, t in got['spans'] if expected.get((nid, s, e, c)) == t)
        bad = len(got['spans']) - ok + (len(expected) - len(got['spans']))
        print(f'node readers {mod.NAME}: {got["reports"]} notes, {ok} spans match, {bad} mismatches')
        errors += bad + (0 if got['reports'] == 40 else 1)
    return errors


if __name__ == '__main__':
    sys.exit(main())
