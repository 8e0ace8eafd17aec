#!/usr/bin/env python3
"""Generates eval/deid-styles-dev-20: 4 styles x 25 notes with gold PHI. Python 3 stdlib, deterministic.
Templates live in templates.py, pools in pools.py. Run: python3 generate.py"""
import datetime
import os
import random
import re

import pools as P
import templates as T

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 20262034
CATS = {c.upper(): c for c in ['PTName', 'PTNameInitial', 'HCPName', 'RelativeProxyName', 'Date', 'DateYear',
                               'Location', 'Phone', 'Age', 'Other']}
MARK = re.compile(r'\x01([A-Za-z]+)\x02([^\x01\x02\x03]*)\x03')


def unmark(text):
    out, spans, pos = [], [], 0
    for m in MARK.finditer(text):
        out.append(text[pos:m.start()])
        start = sum(len(s) for s in out)
        out.append(m.group(2))
        spans.append((start, start + len(m.group(2)), CATS[m.group(1).upper()]))
        pos = m.end()
    out.append(text[pos:])
    return ''.join(out), spans


def count_spans(text):
    return len(MARK.findall(text))


def build_note(r, style, p, k, date):
    """Header lines + shuffled body lines; redraw until 15-30 spans and 15-40 non-blank lines."""
    mod = T.STYLES[style]
    for _ in range(500):
        lines = mod['header'](r, p, k, date)
        body = list(mod['body'])
        r.shuffle(body)
        target = r.randint(19, 28)
        n_sp = sum(count_spans(l) for l in lines)
        tail = mod['footer'](r, p, k, date)
        n_sp += sum(count_spans(l) for l in tail)
        for tpl in body:
            if n_sp >= target and sum(1 for l in lines if l.strip()) >= r.randint(15, 22):
                break
            line = tpl(r, p, k, date)
            if n_sp + count_spans(line) > 30:
                continue
            lines.append(line)
            n_sp += count_spans(line)
            if r.random() < 0.12:
                lines.append('')
        lines += tail
        n_lines = sum(1 for l in '\n'.join(lines).split('\n') if l.strip())
        if 15 <= n_sp <= 30 and 15 <= n_lines <= 40:
            break
    else:
        raise RuntimeError('could not build note')
    # case: whole note, or per line
    mode = mod['case'](r)
    out = []
    for l in lines:
        if mode == 'upper' or (mode == 'mostly-upper' and r.random() < 0.75):
            l = l.upper()
        elif mode == 'lower' or (mode == 'mostly-lower' and r.random() < 0.8):
            l = l.lower()
        out.append(l)
    return '\n'.join(out) + '\n', mode


def main():
    r = random.Random(SEED)
    for si, style in enumerate(T.ORDER):
        base = 20001 + 100 * si
        notes, gold = [], []
        pid, total, modes = base, 0, []
        while total < 25:
            n = min(r.choice([1, 1, 2, 2, 2, 3]), 25 - total)
            p = T.STYLES[style]['patient'](r, pid)
            d = datetime.date(2026, 1, 1) + datetime.timedelta(days=r.randint(0, 320))
            for k in range(1, n + 1):
                body, mode = build_note(r, style, p, k, d)
                modes.append(mode)
                text, spans = unmark('\n' + body)
                notes.append(f'START_OF_RECORD={pid}||||{k}||||\n{text}||||END_OF_RECORD\n')
                for s, e, c in spans:
                    gold.append(f'{pid} {k} {s} {e} {c} {text[s:e]}')
                d += datetime.timedelta(days=r.randint(2, 60))
            total += n
            pid += 1
        os.makedirs(os.path.join(HERE, style), exist_ok=True)
        with open(os.path.join(HERE, style, 'notes.text'), 'w', encoding='ascii', newline='\n') as fh:
            fh.write(''.join(notes))
        with open(os.path.join(HERE, style, 'gold.phrase'), 'w', encoding='ascii', newline='\n') as fh:
            fh.write('\n'.join(gold) + '\n')
        print(style, 'patients', base, '-', pid - 1, 'modes', {m: modes.count(m) for m in sorted(set(modes))})


if __name__ == '__main__':
    main()
