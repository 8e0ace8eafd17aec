"""Writes blind set 5: per style, <style>/notes.text (PhysioNet layout) and <style>/gold.phrase
(`<patient> <note> <start> <end> <Category>`, 0-based end-exclusive offsets into the record body).

Python 3 stdlib only, deterministic (fixed seed in core.py, re-seeded per style).
Usage: python3 generate.py [outdir]   (default: this folder)
"""
import os
import sys

sys.dont_write_bytecode = True  # keep __pycache__ out of the repository
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import core  # noqa: E402
import style_ob  # noqa: E402
import style_onc  # noqa: E402
import style_ems  # noqa: E402
import style_rehab  # noqa: E402
import style_anticoag  # noqa: E402
import style_bh  # noqa: E402

STYLES = [("obstetrics", style_ob), ("oncology", style_onc), ("ems-caps", style_ems), ("rehab-therapy", style_rehab),
          ("anticoag-phone", style_anticoag), ("behavioural-intake", style_bh)]
MIN_LINES, MAX_LINES = 10, 60


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    for i, (name, mod) in enumerate(STYLES):
        core.reseed(i + 1)
        notes = mod.generate()
        assert len(notes) == 40, (name, len(notes))
        os.makedirs(os.path.join(out, name), exist_ok=True)
        text, gold, seen = [], [], set()
        for patient, note, n in notes:
            assert (patient, note) not in seen
            seen.add((patient, note))
            body = n.text()
            lines = body.count("\n")
            assert MIN_LINES <= lines <= MAX_LINES, (name, patient, note, lines)
            assert "||||" not in body
            text.append(f"START_OF_RECORD={patient}||||{note}||||\n{body}||||END_OF_RECORD\n")
            for s, e, cat, phrase in n.spans:
                assert body[s:e] == phrase
                gold.append(f"{patient} {note} {s} {e} {cat}\n")
        with open(os.path.join(out, name, "notes.text"), "w", encoding="utf-8", newline="\n") as f:
            f.write("".join(text))
        with open(os.path.join(out, name, "gold.phrase"), "w", encoding="utf-8", newline="\n") as f:
            f.write("".join(gold))
        print(f"{name}: {len(notes)} notes, {len(gold)} gold spans")


if __name__ == "__main__":
    main()
