"""The checker the generated de-identification sets share (each set's check.py names its styles and calls
main): every note parses as the PhysioNet layout radlabel reads
(src/ingest/physionet/parse-physionet.ts), every gold line parses as src/evaluate/deid/gold-phrase.ts
reads it, each gold phrase equals the body text at its 0-based end-exclusive offsets, spans do not
overlap, every note has 8-30 spans and 15-40 non-blank lines, Age only for numbers >= 90, ASCII only, 1-3 notes a patient; prints
counts per style and category. Exit status 1 on any error.

A set's check.py:
    import os, sys
    sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'deid-set-check'))
    from check_set import main
    main(os.path.dirname(os.path.abspath(__file__)), ['style-a', 'style-b'])
"""
import os
import re
import sys
from collections import Counter

CATEGORIES = {'PTName', 'PTNameInitial', 'HCPName', 'RelativeProxyName', 'Date', 'DateYear',
              'Location', 'Phone', 'Age', 'Other'}
START_RE = re.compile(r'START_OF_RECORD=([^|\n]*)\|\|\|\|([^|\n]*)\|\|\|\|\r?\n')
END = '||||END_OF_RECORD'
GOLD_RE = re.compile(r'^(\S+)\s+(\S+)\s+(\d+)\s+(\d+)\s+(\S+)\s(.*)$')


def parse_notes(text):
    starts = list(START_RE.finditer(text))
    bodies = {}
    for i, m in enumerate(starts):
        limit = starts[i + 1].start() if i + 1 < len(starts) else len(text)
        end = text.find(END, m.end())
        if end < 0 or end > limit:
            raise ValueError(f'record {i + 1} has no END_OF_RECORD')
        key = f'{m.group(1).strip()}-{m.group(2).strip()}'
        if key in bodies:
            raise ValueError(f'duplicate record {key}')
        body = text[m.end():end]
        if not body.strip():
            raise ValueError(f'record {key} is empty')
        bodies[key] = body
    return bodies


def check_style(here, style, notes=None):
    errors = []
    with open(os.path.join(here, style, 'notes.text'), 'rb') as fh:
        raw = fh.read()
    if any(b > 127 for b in raw):
        errors.append(f'{style} notes.text is not ASCII')
    bodies = parse_notes(raw.decode('ascii', errors='replace'))
    spans = {k: [] for k in bodies}
    cats = Counter()
    with open(os.path.join(here, style, 'gold.phrase'), encoding='utf-8') as fh:
        for n, line in enumerate(fh.read().split('\n'), 1):
            if not line.strip():
                continue
            m = GOLD_RE.match(line)
            if not m:
                errors.append(f'{style} gold line {n}: does not parse')
                continue
            key, s, e, cat, phrase = f'{m.group(1)}-{m.group(2)}', int(m.group(3)), int(m.group(4)), m.group(5), m.group(6)
            if key not in bodies:
                errors.append(f'{style} gold line {n}: no note {key}')
                continue
            if cat not in CATEGORIES:
                errors.append(f'{style} gold line {n}: unknown category {cat}')
            if not 0 <= s < e <= len(bodies[key]) or bodies[key][s:e] != phrase:
                errors.append(f'{style} gold line {n}: phrase {phrase!r} != text {bodies[key][s:e]!r}')
            if cat == 'Age' and not (phrase.isdigit() and int(phrase) >= 90):
                errors.append(f'{style} gold line {n}: Age {phrase!r} is not a number >= 90')
            if not phrase.isascii():
                errors.append(f'{style} gold line {n}: phrase not ASCII')
            if phrase != phrase.strip():
                errors.append(f'{style} gold line {n}: phrase has outer whitespace')
            spans[key].append((s, e))
            cats[cat] += 1
    for key, lst in spans.items():
        lst.sort()
        for (s1, e1), (s2, e2) in zip(lst, lst[1:]):
            if s2 < e1:
                errors.append(f'{style} {key}: spans {s1}-{e1} and {s2}-{e2} overlap')
        if not 8 <= len(lst) <= 30:
            errors.append(f'{style} {key}: {len(lst)} spans (want 8-30)')
        n_lines = sum(1 for l in bodies[key].split('\n') if l.strip())
        if not 15 <= n_lines <= 40:
            errors.append(f'{style} {key}: {n_lines} non-blank lines (want 15-40)')
    per_patient = Counter(k.split('-')[0] for k in bodies)
    for pid, n in per_patient.items():
        if not 1 <= n <= 3:
            errors.append(f'{style}: patient {pid} has {n} notes (want 1-3)')
    if notes is not None and len(bodies) != notes:
        errors.append(f'{style}: {len(bodies)} notes (want {notes})')
    return len(bodies), cats, errors


def main(here, styles, notes=None):
    """Checks the styles (folders under `here`; `notes`: the number each must hold, if fixed) and prints the
    counts table; exits 1 on any error."""
    all_errors, total = [], Counter()
    rows = []
    for style in styles:
        n, cats, errors = check_style(here, style, notes)
        all_errors += errors
        total.update(cats)
        rows.append((style, n, cats))
    cols = sorted(CATEGORIES, key=lambda c: -total[c])
    cols = [c for c in cols if total[c]]
    print('| style | notes | spans | ' + ' | '.join(cols) + ' |')
    print('|---|---:|---:|' + '---:|' * len(cols))
    for style, n, cats in rows:
        print(f'| {style} | {n} | {sum(cats.values())} | ' + ' | '.join(str(cats[c]) for c in cols) + ' |')
    print(f'| **all** | {sum(r[1] for r in rows)} | {sum(total.values())} | ' + ' | '.join(str(total[c]) for c in cols) + ' |')
    for e in all_errors:
        print('ERROR', e, file=sys.stderr)
    if all_errors:
        print(f'{len(all_errors)} errors', file=sys.stderr)
        sys.exit(1)
    print('OK')

