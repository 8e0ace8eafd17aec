#!/usr/bin/env python3
"""Check eval/deid-blind-3/: every gold phrase equals the note text at its offsets, no overlapping
spans, categories from PhysioNet's set, 40 notes per style, 8-25 spans per note, patient numbers
3001 and up. Offsets are checked both as Python (code point) and as JavaScript (UTF-16 code unit)
offsets. Prints the counts per style and category. Exit status 1 on any error.

Usage: python3 check.py [--warn]   (--warn also lists unlabelled repeats of labelled phrases)
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
STYLES = ["icu-caps", "ed", "psych-sw", "home-hospice", "path-ir", "progress-lower"]
CATEGORIES = ["PTName", "HCPName", "RelativeProxyName", "Date", "DateYear", "Location", "Phone", "Age", "Other"]
START_RE = re.compile(r"START_OF_RECORD=([^|\n]*)\|\|\|\|([^|\n]*)\|\|\|\|\r?\n")
END = "||||END_OF_RECORD"
GOLD_RE = re.compile(r"^(\S+) (\S+) (\d+) (\d+) (\S+) (.*)$")


def parse_notes(text):
    """Mirrors the project's PhysioNet reader: body from after the START line to ||||END_OF_RECORD."""
    notes = {}
    starts = list(START_RE.finditer(text))
    for i, m in enumerate(starts):
        key = (m.group(1).strip(), m.group(2).strip())
        body_start = m.end()
        limit = starts[i + 1].start() if i + 1 < len(starts) else len(text)
        end_at = text.find(END, body_start)
        if end_at < 0 or end_at > limit:
            raise ValueError(f"record {key} has no END before the next record")
        if key in notes:
            raise ValueError(f"duplicate record {key}")
        notes[key] = text[body_start:end_at]
    return notes


def utf16_slice(s, start, end):
    b = s.encode("utf-16-le")
    return b[2 * start:2 * end].decode("utf-16-le", errors="replace")


def main():
    warn = "--warn" in sys.argv
    errors = []
    table = {}
    all_ids = set()
    total_notes = total_spans = 0
    warnings = []
    for style in STYLES:
        with open(os.path.join(HERE, style, "notes.text"), encoding="utf-8", newline="") as f:
            raw = f.read()
        with open(os.path.join(HERE, style, "gold.phrase"), encoding="utf-8", newline="") as f:
            gold_raw = f.read()
        if "\r" in raw or "\r" in gold_raw:
            errors.append(f"{style}: carriage return in a file")
        notes = parse_notes(raw)
        if len(notes) != 40:
            errors.append(f"{style}: {len(notes)} notes, expected 40")
        for key, body in notes.items():
            if key in all_ids:
                errors.append(f"{style}: record {key} also in another style")
            all_ids.add(key)
            if not key[0].isdigit() or int(key[0]) < 3001:
                errors.append(f"{style}: patient number {key[0]} below 3001")
            if any(ord(c) > 0xFFFF for c in body):
                errors.append(f"{style} {key}: character outside the BMP (JS offsets would differ)")
            if "||||" in body:
                errors.append(f"{style} {key}: '||||' inside a body")
        spans = {k: [] for k in notes}
        for ln, line in enumerate(gold_raw.split("\n"), 1):
            if line.strip() == "":
                continue
            m = GOLD_RE.match(line)
            if not m:
                errors.append(f"{style} gold line {ln}: bad format")
                continue
            pat, note, s, e, cat, phrase = m.groups()
            s, e = int(s), int(e)
            key = (pat, note)
            if key not in notes:
                errors.append(f"{style} gold line {ln}: no record {key}")
                continue
            if cat not in CATEGORIES:
                errors.append(f"{style} gold line {ln}: category {cat}")
            body = notes[key]
            if not (0 <= s < e <= len(body)):
                errors.append(f"{style} gold line {ln}: offsets {s}-{e} outside body of {len(body)}")
                continue
            if body[s:e] != phrase:
                errors.append(f"{style} gold line {ln}: text {body[s:e]!r} != phrase {phrase!r}")
            if utf16_slice(body, s, e) != phrase:
                errors.append(f"{style} gold line {ln}: UTF-16 slice differs from phrase {phrase!r}")
            if phrase != phrase.strip() or "\n" in phrase:
                errors.append(f"{style} gold line {ln}: phrase has outer space or a newline")
            spans[key].append((s, e, cat, phrase))
            table.setdefault(style, {}).setdefault(cat, 0)
            table[style][cat] += 1
        for key, lst in spans.items():
            lst.sort()
            total_spans += len(lst)
            if not (8 <= len(lst) <= 25):
                errors.append(f"{style} {key}: {len(lst)} spans, expected 8-25")
            for a, b in zip(lst, lst[1:]):
                if b[0] < a[1]:
                    errors.append(f"{style} {key}: overlap {a} / {b}")
            # aid for review: a labelled phrase that also occurs unlabelled in the same note
            body = notes[key]
            covered = [(s, e) for s, e, _, _ in lst]
            for s, e, cat, phrase in lst:
                if len(phrase) < 4:
                    continue
                for m in re.finditer(r"(?<![\w])" + re.escape(phrase) + r"(?![\w])", body):
                    if not any(cs <= m.start() and m.end() <= ce for cs, ce in covered):
                        warnings.append(f"{style} {key}: {phrase!r} ({cat}) also unlabelled at {m.start()}")
        total_notes += len(notes)
    print(f"{'style':16s} " + " ".join(f"{c[:8]:>8s}" for c in CATEGORIES) + "    total")
    for style in STYLES:
        row = table.get(style, {})
        print(f"{style:16s} " + " ".join(f"{row.get(c, 0):8d}" for c in CATEGORIES) + f" {sum(row.values()):8d}")
    tot = {c: sum(table.get(s, {}).get(c, 0) for s in STYLES) for c in CATEGORIES}
    print(f"{'all':16s} " + " ".join(f"{tot[c]:8d}" for c in CATEGORIES) + f" {sum(tot.values()):8d}")
    print(f"{total_notes} notes, {total_spans} spans, {len(warnings)} unlabelled repeats of labelled phrases (exact case)")
    if warn:
        for w in warnings:
            print("  warn:", w)
    for err in errors[:50]:
        print("ERROR:", err)
    if errors:
        print(f"{len(errors)} errors")
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
