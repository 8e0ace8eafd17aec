#!/usr/bin/env python3
"""Writes the deid-styles-dev-23 notes and gold spans (helper w2, session 38): for each style,
<style>/notes.text (PhysioNet layout) and <style>/gold.phrase (patient, note, start, end, category,
phrase; 0-based end-exclusive offsets into the body, which starts with the newline after the START line).
Python 3 stdlib only; deterministic for a given SEED; notes outside 15-30 spans or 15-40 non-blank lines
are redrawn."""
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import templates as T  # noqa: E402

SEED = 20263823

NOTES_PER_STYLE = 25


def build_note(rng, builder, pt, visit):
    for _ in range(500):
        sections = builder(rng, pt, visit)
        lines = [line for sec in sections for line in sec]
        text, spans = T.render('\n'.join(l.rstrip() for l in '\n'.join(lines).split('\n')).strip('\n'))
        n_lines = sum(1 for l in text.split('\n') if l.strip())
        ok = 15 <= len(spans) <= 30 and 15 <= n_lines <= 40
        ok = ok and all(p and p == p.strip() and '\n' not in p for _, _, _, p in spans)
        ok = ok and text.isascii()
        if ok:
            return text, spans
    raise RuntimeError('could not draw a note within limits')


def write_style(style, builder, first_pid, style_no):
    rng = random.Random(SEED * 10 + style_no)
    per_patient = []
    while sum(per_patient) < NOTES_PER_STYLE:
        per_patient.append(min(rng.choice([1, 1, 2, 2, 3]), NOTES_PER_STYLE - sum(per_patient)))
    idx = list(range(NOTES_PER_STYLE))
    rng.shuffle(idx)
    n_upper, n_lower = rng.randint(3, 6), rng.randint(2, 5)
    upper, lower = set(idx[:n_upper]), set(idx[n_upper:n_upper + n_lower])
    records, gold = [], []
    k = 0
    for i, n in enumerate(per_patient):
        pid = first_pid + i
        pt = T.new_patient(rng, pid, old=(i % 4 == 2))
        for visit in range(n):
            text, spans = build_note(rng, builder, pt, visit)
            if k in upper:
                text = text.upper()
            elif k in lower:
                text = text.lower()
            body = '\n' + text + '\n'
            records.append(f'START_OF_RECORD={pid}||||{visit + 1}||||\n{body}||||END_OF_RECORD\n')
            for s, e, cat, _ in spans:
                phrase = body[s + 1:e + 1]
                gold.append(f'{pid} {visit + 1} {s + 1} {e + 1} {cat} {phrase}')
            k += 1
    out = os.path.join(HERE, style)
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(out, 'notes.text'), 'w', encoding='ascii', newline='\n') as fh:
        fh.write(''.join(records))
    with open(os.path.join(out, 'gold.phrase'), 'w', encoding='ascii', newline='\n') as fh:
        fh.write('\n'.join(gold) + '\n')


def main():
    for style_no, (style, (builder, first_pid)) in enumerate(T.STYLES.items()):
        write_style(style, builder, first_pid, style_no)


if __name__ == '__main__':
    main()
