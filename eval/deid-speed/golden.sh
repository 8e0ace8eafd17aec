#!/usr/bin/env bash
# Golden-output check for de-identification speed work: runs `radlabel deid` with two builds
# (e.g. the base checkout and a changed one) over the dev and eval note sets, both profiles, the
# same key, and diffs the JSONL; then compares `deid-eval --cv 5` on the PhysioNet dev split.
# Usage: eval/deid-speed/golden.sh <base-dir> <new-dir> [data-dir]
#   <base-dir>, <new-dir>: built radlabel checkouts (each with bin/radlabel.js and dist/)
#   data-dir: the shared dev data (default: <new-dir>/../shared/data)
# Exit status 0 when every output is identical. Nothing of the notes is printed, only file names.
set -u
BASE=$(cd "$1" && pwd)
NEW=$(cd "$2" && pwd)
DATA=${3:-$NEW/../shared/data}
DATA=$(cd "$DATA" && pwd)
KEY=golden-check-key-0123456789abcdef
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
fail=0

# name|format-or-empty|input paths (relative to the new checkout; the same files feed both builds)
CASES=(
  "physionet|physionet|$DATA/deid-physionet/id.dev.text"
  "openi||$DATA/openi/reports.dev.csv"
  "synthetic|physionet|$NEW/eval/deid-synthetic/notes.text"
  "blind-dictation|physionet|$NEW/eval/deid-blind/dictation/notes.text"
  "blind-discharge|physionet|$NEW/eval/deid-blind/discharge/notes.text"
  "blind-icu-caps|physionet|$NEW/eval/deid-blind/icu-caps/notes.text"
  "blind-radiology-signoff|physionet|$NEW/eval/deid-blind/radiology-signoff/notes.text"
  "fixtures-hl7|hl7|$NEW/test/fixtures/hl7"
  "shared-hl7v2|hl7|$DATA/hl7v2"
  "fixtures-deid|physionet|$NEW/test/fixtures/deid/notes.text"
)

run() { # dir name format paths profile mode
  local dir=$1 name=$2 fmt=$3 paths=$4 profile=$5 mode=$6
  local f=("--format" "$fmt")
  [ -z "$fmt" ] && f=()
  (cd "$dir" && node bin/radlabel.js deid "${f[@]}" --key "$KEY" --profile "$profile" --mode "$mode" \
     --out "$OUT/$name.$profile.$mode.$(basename "$dir").jsonl" $paths >"$OUT/$name.$profile.$mode.$(basename "$dir").log" 2>&1)
  echo $?
}

# Run timestamps, if any appear in a record, are the only field allowed to differ.
norm() { sed -E 's/"(deidentifiedAt|processedAt|createdAt|runAt|timestamp)":"[^"]*"/"\1":"-"/g' "$1"; }

# A build whose src/ is newer than dist/ runs through tsx: say so (rebuild before comparing).
for d in "$BASE" "$NEW"; do
  (cd "$d" && node bin/radlabel.js --version 2>&1 >/dev/null | grep -q "older than src") && echo "WARN  $d: dist/ is older than src/ (run npm run build there)"
done

for c in "${CASES[@]}"; do
  IFS='|' read -r name fmt paths <<<"$c"
  for profile in balanced strict; do
    for mode in surrogate tag; do
      rb=$(run "$BASE" "$name" "$fmt" "$paths" $profile $mode)
      rn=$(run "$NEW" "$name" "$fmt" "$paths" $profile $mode)
      a="$OUT/$name.$profile.$mode.$(basename "$BASE").jsonl"
      b="$OUT/$name.$profile.$mode.$(basename "$NEW").jsonl"
      [ -f "$a" ] || : >"$a"
      [ -f "$b" ] || : >"$b"
      if [ "$rb" != "$rn" ]; then
        echo "DIFF  $name $profile $mode: exit status $rb vs $rn"; fail=1
      elif ! cmp -s <(norm "$a") <(norm "$b"); then
        echo "DIFF  $name $profile $mode: $(diff <(norm "$a") <(norm "$b") | grep -c '^[<>]') differing lines"; fail=1
      else
        echo "same  $name $profile $mode ($(wc -l <"$a") records, exit $rb)"
      fi
    done
  done
done

for profile in balanced strict; do
  # Figures on stdout only: stderr carries notices (e.g. a stale dist/) that are not figures.
  ev() { (cd "$1" && node bin/radlabel.js deid-eval --text "$DATA/deid-physionet/id.dev.text" \
           --gold "$DATA/deid-physionet/id-phi.dev.phrase" --cv 5 --profile $profile 2>/dev/null; echo "exit $?"); }
  if cmp -s <(ev "$BASE") <(ev "$NEW"); then echo "same  deid-eval --cv 5 $profile"
  else echo "DIFF  deid-eval --cv 5 $profile"; fail=1; fi
done

[ $fail = 0 ] && echo "golden: all identical" || echo "golden: DIFFERENCES"
exit $fail
