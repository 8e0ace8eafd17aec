#!/usr/bin/env bash
# The package as a user gets it: npm pack → npm i -g ./radlabel-*.tgz on a clean prefix →
# `radlabel demo` and `radlabel label -` from a folder outside the checkout. Needs dist/ (built by
# `npm ci` through `prepare`).
#
# Install scripts are skipped and better-sqlite3's native addon is taken from the checkout's
# node_modules, which `npm ci` compiled moments ago for this Node (same version, pinned by the
# lockfile): compiling it again would add about 1.5 minutes to CI. Everything else comes from the
# tarball and npm's cache, exactly as `npm i -g` resolves it.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
work=$(mktemp -d /tmp/radlabel-pack-XXXXXX)
trap 'rm -rf "$work"' EXIT

npm pack --ignore-scripts --loglevel=warn --pack-destination "$work" >/dev/null
tgz=$(ls "$work"/radlabel-*.tgz)
echo "pack: $(basename "$tgz") $(du -k "$tgz" | cut -f1) KiB, $(tar tzf "$tgz" | wc -l) files"
if tar tzf "$tgz" | grep -E '^package/(src|test|eval|node_modules|\.ci)/' >/dev/null; then
  echo "pack: the tarball holds development folders" >&2
  exit 1
fi
listing=$(tar tzf "$tgz")
for f in dist/web/review/index.html dist/web/review/main.js dist/web/review/pages/report.js dist/web/review/review.css; do
  grep -qx "package/$f" <<<"$listing" || { echo "pack: $f is missing: the review workbench (npm run build) is not in the tarball" >&2; exit 1; }
done

npm install -g "$tgz" --prefix "$work/prefix" --prefer-offline --ignore-scripts --omit=optional --no-audit --no-fund --loglevel=error
installed="$work/prefix/lib/node_modules/radlabel"
addon=node_modules/better-sqlite3/build/Release/better_sqlite3.node
mkdir -p "$installed/$(dirname "$addon")"
cp "$root/$addon" "$installed/$addon"

cd "$work"
PATH="$work/prefix/bin:$PATH"
radlabel --version
radlabel demo --dir "$work/demo" >"$work/demo.log"
grep -E '^labelled ' "$work/demo.log"
grep -q 'accuracy against samples/gold.csv' "$work/demo.log"
echo 'FINDINGS: Small left pleural effusion. No pneumothorax.' | radlabel label - >"$work/label.json"
node -e "const j = JSON.parse(require('fs').readFileSync('$work/label.json', 'utf8')); if (j.labels['Pleural Effusion'].value !== 'positive') process.exit(1)"
RADLABEL_DEID_KEY=pack-smoke-key-0123456789 radlabel run "$installed/samples/hl7" "$installed/samples/fhir" "$installed/samples/csv" --workers 2 --db "$work/threads.db" --no-progress >"$work/threads.log" || true
grep -E '^labelled +16 ' "$work/threads.log" >/dev/null || { cat "$work/threads.log" >&2; exit 1; }
echo "pack: installed package runs demo, label - and run --workers 2 from $work"
