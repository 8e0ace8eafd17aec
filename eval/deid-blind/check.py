#!/usr/bin/env python3
"""Checks every blind set: each gold line's phrase equals the note text at its offsets (record
bodies read exactly as the PhysioNet layout defines them), no overlaps, and prints counts."""
import collections
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
START = re.compile(r'START_OF_RECORD=([^|\n]*)\|\|\|\|([^|\n]*)\|\|\|\|\r?\n')
END = '||||END_OF_RECORD'


def bodies(text):
    out = {}
    for m in START.finditer(text):
        b = m.end()
        e = text.index(END, b)
        out[f'{m.group(1).strip()}-{m.group(2).strip()}'] = text[b:e]
    return out


def check(style):
    d = os.path.join(HERE, style)
    notes = bodies(open(os.path.join(d, 'notes.text'), encoding='utf-8').read())
    cats, bad, per_note = collections.Counter(), 0, collections.Counter()
    last_end = {}
    for ln in open(os.path.join(d, 'gold.phrase'), encoding='utf-8').read().splitlines():
        if not ln.strip():
            continue
        m = re.match(r'^(\S+) (\S+) (\d+) (\d+) (\S+) (.*)$', ln)
        pid, nid, s, e, cat, phrase = m.group(1), m.group(2), int(m.group(3)), int(m.group(4)), m.group(5), m.group(6)
        nid_full = f'{pid}-{nid}'
        body = notes[nid_full]
        if body[s:e] != phrase or s < last_end.get(nid_full, 0):
            bad += 1
            print('MISMATCH', style, ln, repr(body[s:e]))
        last_end[nid_full] = e
        cats[cat] += 1
        per_note[nid_full] += 1
    spans = sum(cats.values())
    print(f'{style}: {len(notes)} notes, {spans} spans (min {min(per_note.values())}, max {max(per_note.values())} per note), '
          f'{bad} bad; ' + ', '.join(f'{k} {v}' for k, v in sorted(cats.items())))
    return bad


if __name__ == '__main__':
    styles = sys.argv[1:] or ['icu-caps', 'discharge', 'radiology-signoff', 'dictation']
    sys.exit(1 if sum(check(s) for s in styles) else 0)
