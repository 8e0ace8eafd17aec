#!/usr/bin/env python3
"""Generates eval/deid-styles-dev-21: four styles x 25 notes with gold PHI spans.
Python 3 stdlib only, deterministic (seed 20262134). Templates are in templates.py, pools in pools.py.
Markup: M(cat, text) wraps a PHI phrase; render() strips the markup and records 0-based end-exclusive spans."""
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import templates  # noqa: E402

SEED = 20262134
MARK_RE = re.compile('\x01(\\w+)\x02(.*?)\x03')
STYLES = [('transfer-centre-calls', 21001, templates.transfer),
          ('dictated-operative-notes', 21101, templates.operative),
          ('wound-ostomy-home-visits', 21201, templates.wound),
          ('dialysis-and-sleep-lab', 21301, templates.dialysis_sleep)]
CASE_SHARE = {'transfer-centre-calls': (0.28, 0.12), 'dictated-operative-notes': (0.36, 0.08),
              'wound-ostomy-home-visits': (0.08, 0.28), 'dialysis-and-sleep-lab': (0.16, 0.16)}


def render(lines):
    text = '\n' + '\n'.join(lines) + '\n'
    out, spans, pos = [], [], 0
    for m in MARK_RE.finditer(text):
        out.append(text[pos:m.start()])
        start = sum(len(x) for x in out)
        out.append(m.group(2))
        spans.append((start, start + len(m.group(2)), m.group(1)))
        pos = m.end()
    out.append(text[pos:])
    return ''.join(out), spans


def note_counts(rng, total):
    counts = []
    while sum(counts) < total:
        c = rng.choice([1, 2, 2, 3, 1, 2])
        counts.append(min(c, total - sum(counts)))
    return counts


def main():
    rng = random.Random(SEED)
    for style, first_id, fn in STYLES:
        os.makedirs(os.path.join(HERE, style), exist_ok=True)
        notes, gold = [], []
        up, low = CASE_SHARE[style]
        for i, count in enumerate(note_counts(rng, 25)):
            pid = first_id + i
            pt = templates.make_patient(rng, style, i)
            for k in range(1, count + 1):
                for _ in range(500):
                    lines = fn(rng, pt, k)
                    body, spans = render(lines)
                    n_lines = sum(1 for l in body.split('\n') if l.strip())
                    if 15 <= len(spans) <= 30 and 15 <= n_lines <= 40:
                        break
                else:
                    raise SystemExit(f'{style} {pid} {k}: could not fit')
                r = rng.random()
                if r < up:
                    body = body.upper()
                elif r < up + low:
                    body = body.lower()
                assert body.isascii(), (style, pid, k)
                notes.append(f'START_OF_RECORD={pid}||||{k}||||\n{body}||||END_OF_RECORD\n')
                for s, e, cat in spans:
                    gold.append(f'{pid} {k} {s} {e} {cat} {body[s:e]}\n')
        with open(os.path.join(HERE, style, 'notes.text'), 'w', encoding='ascii', newline='\n') as fh:
            fh.write(''.join(notes))
        with open(os.path.join(HERE, style, 'gold.phrase'), 'w', encoding='ascii', newline='\n') as fh:
            fh.write(''.join(gold))


if __name__ == '__main__':
    main()
