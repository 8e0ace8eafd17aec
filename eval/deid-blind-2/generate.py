#!/usr/bin/env python3
"""Generates the second blind de-identification set (issue 11): five styles, 40 notes each.

Usage: python3 eval/deid-blind-2/generate.py   (writes <style>/notes.text and <style>/gold.phrase)

Deterministic: one seeded `random.Random` per style. Templates and pools are in engine.py and
styles_*.py, written by hand for this set (see README.md for what was and was not read).
A note is a header, a subset of the style's body blocks (kept in their written order; a block
that is a list contributes one of its alternatives), and a sign-off. Notes are redrawn until
they hold 7 to 20 gold PHI spans.
"""
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import engine  # noqa: E402
import styles_dictation  # noqa: E402
import styles_discharge  # noqa: E402
import styles_ed  # noqa: E402
import styles_icu  # noqa: E402
import styles_radiology  # noqa: E402

# (folder, module, seed, highest probability of taking a plain body block, upper-case the note,
#  writer's sloppiness 0..1: abbreviations, misspellings, dropped full stops in the literal text)
STYLES = [
    ("icu-caps", styles_icu, 11001, 0.5, True, 0.5),
    ("discharge", styles_discharge, 11002, 0.55, False, 0.2),
    ("radiology-signoff", styles_radiology, 11003, 0.5, False, 0.08),
    ("dictation", styles_dictation, 11004, 0.55, False, 0.1),
    ("ed-triage", styles_ed, 11005, 0.55, False, 0.7),
]
NOTES_PER_STYLE = 40
MIN_PHI, MAX_PHI = 7, 20


def pick(item, rng):
    return rng.choice(item) if isinstance(item, list) else item


def build_template(mod, rng, p_body):
    if hasattr(mod, "build"):
        return mod.build(rng, p_body)
    if isinstance(mod.HEADERS[0], list):
        header = "".join(rng.choice(group) for group in mod.HEADERS)
    else:
        header = rng.choice(mod.HEADERS)
    bodies = [pick(b, rng) for b in mod.BODIES if isinstance(b, list) or rng.random() < p_body]
    return header + "".join(bodies) + rng.choice(mod.FOOTERS)


def make_note(mod, rng, p_body, upper, sloppy):
    for _ in range(2000):
        note = engine.Note(rng, mod.DATE_FORMATS)
        # Each draw takes its own share of body blocks, so note lengths vary within a style.
        template = build_template(mod, rng, rng.uniform(0.1, p_body))
        # Each writer is sloppy to their own degree.
        template = engine.noisify(template, rng, rng.uniform(0, sloppy))
        text, spans = engine.render(template, note, rng)
        if MIN_PHI <= len(spans) <= MAX_PHI:
            if upper:
                up = text.upper()
                if len(up) != len(text):
                    continue  # a character whose capital has another length would move offsets
                text = up
                spans = [(s, e, c, text[s:e]) for s, e, c, _ in spans]
            return text, spans
    raise RuntimeError("could not draw a note with 7-20 PHI spans")


def main():
    for folder, mod, seed, p_body, upper, sloppy in STYLES:
        rng = random.Random(seed)
        out_dir = os.path.join(HERE, folder)
        os.makedirs(out_dir, exist_ok=True)
        records, gold = [], []
        for i in range(1, NOTES_PER_STYLE + 1):
            patient = str(2000 + i)
            text, spans = make_note(mod, rng, p_body, upper, sloppy)
            records.append(f"START_OF_RECORD={patient}||||1||||\n{text}||||END_OF_RECORD\n")
            for s, e, cat, phrase in spans:
                gold.append(f"{patient} 1 {s} {e} {cat} {phrase}\n")
        with open(os.path.join(out_dir, "notes.text"), "w", encoding="utf-8", newline="\n") as f:
            f.write("".join(records))
        with open(os.path.join(out_dir, "gold.phrase"), "w", encoding="utf-8", newline="\n") as f:
            f.write("".join(gold))
        print(f"{folder}: {NOTES_PER_STYLE} notes, {len(gold)} gold spans")


if __name__ == "__main__":
    main()
