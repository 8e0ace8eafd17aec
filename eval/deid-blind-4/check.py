#!/usr/bin/env python3
"""Checks eval/deid-blind-4: every gold phrase equals the note body at its offsets, counted in
JavaScript UTF-16 code units as parsePhysionet / parseGoldPhrase read them; no overlapping spans;
valid categories; 8-25 spans per note; 40 notes per style. Prints the counts table.
Python 3 stdlib only. Usage: python3 eval/deid-blind-4/check.py   (exit status 1 on any problem)"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
STYLES = ['icu-caps', 'discharge', 'radiology', 'dictation', 'clinic', 'progress-lower']
CATS = ['PTName', 'HCPName', 'RelativeProxyName', 'Date', 'DateYear', 'Location', 'Phone', 'Age', 'Other']
START_RE = re.compile(r'START_OF_RECORD=([^|\n]*)\|\|\|\|([^|\n]*)\|\|\|\|\r?\n')
END = '||||END_OF_RECORD'


def u16(s):
    return s.encode('utf-16-le')


def main():
    problems = []
    table = {}
    for style in STYLES:
        text = open(os.path.join(HERE, style, 'notes.text'), encoding='utf-8').read()
        bodies = {}
        starts = list(START_RE.finditer(text))
        for i, m in enumerate(starts):
            b0 = m.end()
            e = text.find(END, b0)
            limit = starts[i + 1].start() if i + 1 < len(starts) else len(text)
            if e < 0 or e > limit:
                problems.append(f'{style}: record {i + 1} has no end')
                continue
            bodies[f'{m.group(1).strip()}-{m.group(2).strip()}'] = u16(text[b0:e])
        spans = {}
        counts = dict.fromkeys(CATS, 0)
        for ln, line in enumerate(open(os.path.join(HERE, style, 'gold.phrase'), encoding='utf-8').read().split('\n'), 1):
            if not line.strip():
                continue
            m = re.match(r'^(\S+) (\S+) (\d+) (\d+) (\S+) (.+)$', line)
            if not m:
                problems.append(f'{style}:{ln} bad line')
                continue
            nid, s, e, cat, phrase = f'{m.group(1)}-{m.group(2)}', int(m.group(3)), int(m.group(4)), m.group(5), m.group(6)
            if cat not in CATS:
                problems.append(f'{style}:{ln} bad category {cat}')
            if nid not in bodies:
                problems.append(f'{style}:{ln} unknown note {nid}')
                continue
            got = bodies[nid][2 * s:2 * e].decode('utf-16-le')
            if got != phrase:
                problems.append(f'{style}:{ln} offsets give {got!r}, phrase is {phrase!r}')
            spans.setdefault(nid, []).append((s, e))
            counts[cat] = counts.get(cat, 0) + 1
        for nid, lst in spans.items():
            lst.sort()
            for (a, b), (c, d) in zip(lst, lst[1:]):
                if c < b:
                    problems.append(f'{style}: overlap in {nid} at {a}-{b} / {c}-{d}')
            if not 8 <= len(lst) <= 25:
                problems.append(f'{style}: {nid} has {len(lst)} spans')
        if len(bodies) != 40 or set(bodies) != set(spans):
            problems.append(f'{style}: {len(bodies)} notes, {len(spans)} with gold')
        counts['_notes'] = len(bodies)
        counts['_patients'] = len({k.split('-')[0] for k in bodies})
        table[style] = counts
    head = ['style', 'patients', 'notes'] + CATS + ['total']
    print('| ' + ' | '.join(head) + ' |')
    print('|' + '---|' * len(head))
    tot = dict.fromkeys(CATS + ['_notes', '_patients'], 0)
    for style in STYLES:
        c = table[style]
        for k in tot:
            tot[k] += c[k]
        print(f'| {style} | {c["_patients"]} | {c["_notes"]} | ' + ' | '.join(str(c[k]) for k in CATS) + f' | {sum(c[k] for k in CATS)} |')
    print(f'| **all** | {tot["_patients"]} | {tot["_notes"]} | ' + ' | '.join(str(tot[k]) for k in CATS) + f' | {sum(tot[k] for k in CATS)} |')
    if problems:
        print(f'{len(problems)} problems:', *problems[:50], sep='\n')
        sys.exit(1)
    print('OK: 0 mismatches, 0 overlaps')


if __name__ == '__main__':
    main()
