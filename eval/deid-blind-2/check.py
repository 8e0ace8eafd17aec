#!/usr/bin/env python3
"""Checks the second blind set: every note parses in the PhysioNet layout, every gold line has
the known fields and category, its phrase equals the body text at its 0-based end-exclusive
offsets, spans of a note do not overlap, every note has 7-20 spans; prints counts per style and
category. Exit status 1 on any problem.

Usage: python3 eval/deid-blind-2/check.py
"""
import collections
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
STYLES = ["icu-caps", "discharge", "radiology-signoff", "dictation", "ed-triage"]
# The gold categories radlabel's deid-eval groups (src/evaluate/deid/evaluate-deid.ts GOLD_GROUP).
CATEGORIES = ["PTName", "PTNameInitial", "HCPName", "RelativeProxyName", "Date", "DateYear",
              "Location", "Phone", "Age", "Other"]
# Same expressions as src/ingest/physionet/parse-physionet.ts and src/evaluate/deid/gold-phrase.ts.
START_RE = re.compile(r"START_OF_RECORD=([^|\n]*)\|\|\|\|([^|\n]*)\|\|\|\|\r?\n")
END = "||||END_OF_RECORD"
GOLD_RE = re.compile(r"^(\S+)\s+(\S+)\s+(\d+)\s+(\d+)\s+(\S+)\s(.*)$")


def parse_notes(text):
    bodies, errors = {}, []
    starts = list(START_RE.finditer(text))
    if not starts:
        errors.append("no START_OF_RECORD line")
    for i, m in enumerate(starts):
        nid = f"{m.group(1).strip()}-{m.group(2).strip()}"
        body_start = m.end()
        limit = starts[i + 1].start() if i + 1 < len(starts) else len(text)
        end_at = text.find(END, body_start)
        if end_at < 0 or end_at > limit:
            errors.append(f"{nid}: no {END} before the next record")
            continue
        if nid in bodies:
            errors.append(f"{nid}: duplicate note id")
        bodies[nid] = text[body_start:end_at]
        if not bodies[nid].strip():
            errors.append(f"{nid}: empty body")
    # Nothing may sit outside records except whitespace.
    outside = START_RE.sub("", text)
    for b in bodies.values():
        outside = outside.replace(b + END, "", 1)
    if outside.strip():
        errors.append("text outside records")
    return bodies, errors


def check_style(style):
    d = os.path.join(HERE, style)
    with open(os.path.join(d, "notes.text"), encoding="utf-8") as f:
        bodies, errors = parse_notes(f.read())
    spans = collections.defaultdict(list)
    counts = collections.Counter()
    with open(os.path.join(d, "gold.phrase"), encoding="utf-8") as f:
        for n, line in enumerate(f.read().split("\n"), 1):
            if not line.strip():
                continue
            m = GOLD_RE.match(line)
            if not m:
                errors.append(f"gold line {n}: bad layout")
                continue
            nid = f"{m.group(1)}-{m.group(2)}"
            s, e, cat, phrase = int(m.group(3)), int(m.group(4)), m.group(5), m.group(6)
            if cat not in CATEGORIES:
                errors.append(f"gold line {n}: unknown category {cat}")
            if nid not in bodies:
                errors.append(f"gold line {n}: no note {nid}")
                continue
            if not 0 <= s < e <= len(bodies[nid]) or bodies[nid][s:e] != phrase:
                errors.append(f"gold line {n}: phrase does not match the text at {s}-{e}")
            if phrase != phrase.strip():
                errors.append(f"gold line {n}: phrase has surrounding whitespace")
            spans[nid].append((s, e))
            counts[cat] += 1
    for nid, lst in spans.items():
        lst.sort()
        for (s1, e1), (s2, e2) in zip(lst, lst[1:]):
            if s2 < e1:
                errors.append(f"{nid}: spans {s1}-{e1} and {s2}-{e2} overlap")
    for nid in bodies:
        if not 7 <= len(spans.get(nid, [])) <= 20:
            errors.append(f"{nid}: {len(spans.get(nid, []))} spans, expected 7-20")
    return len(bodies), counts, errors


def main():
    ok = True
    rows = []
    for style in STYLES:
        n, counts, errors = check_style(style)
        for e in errors:
            print(f"{style}: {e}")
        ok = ok and not errors
        rows.append((style, n, counts))
    header = ["style", "notes"] + CATEGORIES + ["total"]
    print("| " + " | ".join(header) + " |")
    print("|" + "---|" * len(header))
    total = collections.Counter()
    for style, n, counts in rows:
        total.update(counts)
        print("| " + " | ".join([style, str(n)] + [str(counts[c]) for c in CATEGORIES] + [str(sum(counts.values()))]) + " |")
    print("| " + " | ".join(["all", str(sum(r[1] for r in rows))] + [str(total[c]) for c in CATEGORIES] + [str(sum(total.values()))]) + " |")
    print("OK" if ok else "FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
