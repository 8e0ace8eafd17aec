"""Checks blind set 5: every gold span's offsets against the note text, and counts spans per category.

Reads each <style>/notes.text and <style>/gold.phrase the way the project's readers do
(src/ingest/physionet/parse-physionet.ts, src/evaluate/deid/gold-phrase.ts): the body of a record is
the text from the character after the START_OF_RECORD line's newline up to `||||END_OF_RECORD`,
and gold offsets are 0-based, end-exclusive into that body. It then regenerates the notes in
memory (generate.py is deterministic) and compares, for every gold span, the text at its offsets
with the phrase the generator meant to mark. Prints only counts, never note text.

  python3 check.py          # Python reader
  python3 check.py --node   # also read the files with the project's own TypeScript readers
                            # (needs the repository's node_modules; run from anywhere in the repo)
"""
import collections
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # keep __pycache__ out of the repository
sys.path.insert(0, HERE)

import core  # noqa: E402
import generate  # noqa: E402

START_RE = re.compile(r"START_OF_RECORD=([^|\n]*)\|\|\|\|([^|\n]*)\|\|\|\|\r?\n")
END = "||||END_OF_RECORD"
GROUP = {"HCPName": "NAME", "PTName": "NAME", "PTNameInitial": "NAME", "RelativeProxyName": "NAME", "Date": "DATE",
         "DateYear": "DATE_YEAR", "Location": "LOCATION", "Phone": "PHONE", "Age": "AGE", "Other": "OTHER"}
GROUPS = ["NAME", "LOCATION", "DATE", "DATE_YEAR", "AGE", "PHONE", "OTHER"]


def read_notes(text):
    out = {}
    starts = list(START_RE.finditer(text))
    for i, m in enumerate(starts):
        body_start = m.end()
        limit = starts[i + 1].start() if i + 1 < len(starts) else len(text)
        end = text.find(END, body_start)
        assert 0 <= end <= limit, "record without END before the next record"
        out[f"{m.group(1).strip()}-{m.group(2).strip()}"] = text[body_start:end]
    return out


def read_gold(text):
    out = collections.defaultdict(list)
    for line in text.splitlines():
        if not line.strip():
            continue
        m = re.match(r"^(\S+)\s+(\S+)\s+(\d+)\s+(\d+)\s+(\S+)", line)
        assert m, "bad gold line"
        out[f"{m.group(1)}-{m.group(2)}"].append((int(m.group(3)), int(m.group(4)), m.group(5)))
    return out


def expected():
    """Regenerates every style in memory: {style: {id: [(start, end, cat, phrase)]}} and bodies."""
    exp, bodies = {}, {}
    for i, (name, mod) in enumerate(generate.STYLES):
        core.reseed(i + 1)
        exp[name], bodies[name] = {}, {}
        for patient, note, n in mod.generate():
            exp[name][f"{patient}-{note}"] = n.spans
            bodies[name][f"{patient}-{note}"] = n.text()
    return exp, bodies


NODE_SRC = r"""
import { readFileSync } from 'node:fs';
import { parsePhysionet } from './src/ingest/physionet/parse-physionet.ts';
import { parseGoldPhrase } from './src/evaluate/deid/gold-phrase.ts';
const [textFile, goldFile] = process.argv.slice(-2);
const texts = new Map();
for (const it of parsePhysionet(readFileSync(textFile, 'utf8'), { file: textFile })) {
  if (it.kind !== 'report') throw new Error('record not read as a report');
  texts.set(it.report.archiveId, it.report.text);
}
const out = {};
for (const [id, spans] of parseGoldPhrase(readFileSync(goldFile, 'utf8'), goldFile)) {
  const body = texts.get(id);
  out[id] = spans.map((s) => [s.start, s.end, s.category, body === undefined ? null : body.slice(s.start, s.end)]);
}
process.stdout.write(JSON.stringify({ records: texts.size, spans: out }));
"""


def repo_root():
    d = HERE
    while d != "/" and not os.path.exists(os.path.join(d, "package.json")):
        d = os.path.dirname(d)
    return d


def main():
    use_node = "--node" in sys.argv
    exp, bodies = expected()
    total_bad = 0
    totals = collections.Counter()
    print(f"{'style':20} notes lines(min-max) spans " + " ".join(f"{g:>9}" for g in GROUPS))
    for name, _ in generate.STYLES:
        with open(os.path.join(HERE, name, "notes.text"), encoding="utf-8") as f:
            text = f.read()
        with open(os.path.join(HERE, name, "gold.phrase"), encoding="utf-8") as f:
            gold = read_gold(f.read())
        notes = read_notes(text)
        bad = 0
        if set(notes) != set(bodies[name]):
            bad += 1
        for nid, body in notes.items():
            if bodies[name].get(nid) != body:
                bad += 1  # file differs from what generate.py writes now
            want = [(s, e, c) for s, e, c, _ in exp[name].get(nid, [])]
            if sorted(gold.get(nid, [])) != sorted(want):
                bad += 1
            phrase = {(s, e, c): p for s, e, c, p in exp[name].get(nid, [])}
            for s, e, c in gold.get(nid, []):
                if not (0 <= s < e <= len(body)) or body[s:e] != phrase.get((s, e, c)) or c not in GROUP:
                    bad += 1
                elif body[s:e] != body[s:e].strip():
                    bad += 1
        if set(gold) - set(notes):
            bad += 1
        if use_node:
            res = subprocess.run(["node", "--import", "tsx", "--input-type=module", "-e", NODE_SRC, "--",
                                  os.path.join(HERE, name, "notes.text"), os.path.join(HERE, name, "gold.phrase")],
                                 cwd=repo_root(), capture_output=True, text=True, check=True)
            data = json.loads(res.stdout)
            nbad = 0 if data["records"] == len(notes) else 1
            for nid, spans in data["spans"].items():
                phrase = {(s, e, c): p for s, e, c, p in exp[name].get(nid, [])}
                for s, e, c, t in spans:
                    if t is None or t != phrase.get((s, e, c)):
                        nbad += 1
            nspans = sum(len(v) for v in data["spans"].values())
            print(f"  node reader: {data['records']} records, {nspans} spans, {nbad} mismatches")
            bad += nbad
        cats = collections.Counter(GROUP.get(c, "?") for v in gold.values() for _, _, c in v)
        fine = collections.Counter(c for v in gold.values() for _, _, c in v)
        totals.update(cats)
        lines = [b.count("\n") for b in notes.values()]
        n_spans = sum(cats.values())
        print(f"{name:20} {len(notes):5} {min(lines):4}-{max(lines):<6} {n_spans:5} " + " ".join(f"{cats[g]:9}" for g in GROUPS)
              + f"   mismatches {bad}")
        print("  " + ", ".join(f"{k} {v}" for k, v in sorted(fine.items())))
        total_bad += bad
    print(f"{'total':20} {'':5} {'':11} {sum(totals.values()):5} " + " ".join(f"{totals[g]:9}" for g in GROUPS))
    print(f"mismatches: {total_bad}")
    sys.exit(1 if total_bad else 0)


if __name__ == "__main__":
    main()
