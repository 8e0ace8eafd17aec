#!/usr/bin/env python3
"""Generates deid-styles-dev-22: four styles x 25 invented notes with gold PHI spans (Python 3 stdlib only).
Writes <style>/notes.text and <style>/gold.phrase beside this file. Deterministic for a given SEED; at any
SEED each note is redrawn until it holds 15-30 spans and 15-40 non-blank lines."""
import datetime as dt
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import templates as T  # noqa: E402

SEED = 38220622

# (folder, first patient number, template, patient options, (n all upper, n all lower))
STYLES = [
    ('resident-progress-notes', 22001, T.note_resident, dict(min_age=24, max_age=89), (2, 13)),
    ('employee-health-visits', 22101, T.note_employee, dict(old_ok=False, min_age=19, max_age=66), (4, 3)),
    ('interpreter-chaplain-sw-logs', 22201, T.note_pastoral, dict(min_age=18, max_age=89), (3, 4)),
    ('icu-nursing-shift-notes', 22301, T.note_icu, dict(min_age=20, max_age=89), (17, 2)),
]
NOTES = 25
GAP = {'resident-progress-notes': (1, 4), 'employee-health-visits': (7, 24),
       'interpreter-chaplain-sw-logs': (2, 6), 'icu-nursing-shift-notes': (1, 3)}


def render(lines):
    """Strips the \\x01cat\\x02text\\x03 marks; returns the body (starting with a newline) and its spans."""
    src = '\n' + '\n'.join(lines).rstrip('\n') + '\n'
    out, spans, i = [], [], 0
    pos = 0
    while i < len(src):
        c = src[i]
        if c == '\x01':
            j = src.index('\x02', i)
            k = src.index('\x03', j)
            cat, text = src[i + 1:j], src[j + 1:k]
            spans.append((pos, pos + len(text), cat))
            out.append(text)
            pos += len(text)
            i = k + 1
        else:
            out.append(c)
            pos += 1
            i += 1
    return ''.join(out), spans


def ok(body, spans):
    n_lines = sum(1 for l in body.split('\n') if l.strip())
    if not (15 <= len(spans) <= 30 and 15 <= n_lines <= 40):
        return False
    if not body.isascii() or any(c in body for c in '\x01\x02\x03') or '||' in body:
        return False
    return all(body[s:e] == body[s:e].strip() for s, e, _ in spans)


def main():
    r = random.Random(SEED)
    for folder, first_pid, tmpl, popts, (n_up, n_low) in STYLES:
        counts = []
        while sum(counts) < NOTES:
            counts.append(min(r.choice([1, 1, 2, 2, 3]), NOTES - sum(counts)))
        cases = ['mixed'] * NOTES
        idx = r.sample(range(NOTES), n_up + n_low)
        for j in idx[:n_up]:
            cases[j] = 'upper'
        for j in idx[n_up:]:
            cases[j] = 'lower'
        notes, gold, n = [], [], 0
        for pi, cnt in enumerate(counts):
            pid = first_pid + pi
            base = dt.date(2026, 1, 1) + dt.timedelta(days=r.randint(20, 320))
            pt = T.Patient(r, pid, base, **popts)
            when = base
            for k in range(1, cnt + 1):
                if k > 1:
                    when = when + dt.timedelta(days=r.randint(*GAP[folder]))
                while True:
                    body, spans = render(tmpl(r, pt, k, when))
                    if ok(body, spans):
                        break
                case = cases[n]
                n += 1
                if case == 'upper':
                    body = body.upper()
                elif case == 'lower':
                    body = body.lower()
                notes.append(f'START_OF_RECORD={pid}||||{k}||||\n{body}||||END_OF_RECORD\n')
                for s, e, cat in spans:
                    gold.append(f'{pid} {k} {s} {e} {cat} {body[s:e]}\n')
        os.makedirs(os.path.join(HERE, folder), exist_ok=True)
        with open(os.path.join(HERE, folder, 'notes.text'), 'w', encoding='ascii', newline='\n') as fh:
            fh.write(''.join(notes))
        with open(os.path.join(HERE, folder, 'gold.phrase'), 'w', encoding='ascii', newline='\n') as fh:
            fh.write(''.join(gold))


if __name__ == '__main__':
    main()
