"""Writes <style>/notes.text and <style>/gold.phrase for every style. Python 3 stdlib only, fixed seeds.

Usage: python3 generate.py      (run from this folder or anywhere)
"""
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import style_dialysis, style_transfer, style_dental, style_ophth, style_sleep, style_occhealth  # noqa: E402
from core import make_typo_fn  # noqa: E402

STYLES = [style_dialysis, style_transfer, style_dental, style_ophth, style_sleep, style_occhealth]
SEED = 20261204


def render_style(mod, idx):
    rng = random.Random(SEED + 101 * idx)
    notes = mod.build(rng)
    case_fn = mod.case_fn_factory(random.Random(SEED + 7 * idx))
    typo_fn = make_typo_fn(random.Random(SEED + 13 * idx), getattr(mod, 'TYPO_RATE', 0.12))
    records = []
    for patient, note, n in notes:
        body, spans = n.render(case_fn, typo_fn)
        records.append((patient, note, body, spans))
    return records


def write_style(mod, idx):
    records = render_style(mod, idx)
    d = os.path.join(HERE, mod.NAME)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, 'notes.text'), 'w', encoding='utf-8', newline='\n') as f:
        for patient, note, body, _ in records:
            f.write(f'START_OF_RECORD={patient}||||{note}||||\n{body}\n||||END_OF_RECORD\n')
    with open(os.path.join(d, 'gold.phrase'), 'w', encoding='utf-8', newline='\n') as f:
        for patient, note, _, spans in records:
            for s, e, cat, _ in spans:
                f.write(f'{patient} {note} {s} {e} {cat}\n')
    return records


if __name__ == '__main__':
    for i, m in enumerate(STYLES):
        write_style(m, i)
    print('wrote', len(STYLES), 'styles')
