#!/usr/bin/env bash
# Throughput of NewsExtraction and of its JavaScript peers (compromise, fr-compromise, wink-nlp; see
# ../shared/peers/README.md) on the same corpus, in one run, with the peers' protocol (bench.mjs):
#
#   benchmarks/peers.sh [--quick] [CORPUS_DIR]
#
# CORPUS_DIR defaults to $NEWSX_CORPUS, then ../shared/corpus/seeds. The peers are installed once, with npm,
# into $PEERS_JS (default: $TMPDIR/newsx-peers-js; ../shared is read-only). Each row is the median of RUNS runs
# of at least MIN_SECONDS (default 3 runs x 5 s; --quick: 1 run x 1 s). tokens = whitespace-separated words,
# MB = 10^6 UTF-8 bytes, for every tool. The last column is NewsExtraction's throughput over the row's.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=3 min_seconds=5
if [[ "${1:-}" == "--quick" ]]; then runs=1 min_seconds=1; shift; fi
corpus="$(realpath "${1:-${NEWSX_CORPUS:-../shared/corpus/seeds}}")"
peers="${PEERS_JS:-${TMPDIR:-/tmp}/newsx-peers-js}"

if [[ ! -d "$peers/node_modules" ]]; then
  mkdir -p "$peers"
  cp ../shared/peers/js/*.mjs ../shared/peers/js/package.json ../shared/peers/js/package-lock.json "$peers/"
  chmod -R u+w "$peers"
  (cd "$peers" && npm install --no-audit --no-fund >&2)
fi

results="$(mktemp)"
trap 'rm -f "$results"' EXIT
dotnet build -c Release benchmarks/NewsExtraction.Benchmarks -v quiet -nologo >&2
ours=(dotnet run -c Release --no-build --project benchmarks/NewsExtraction.Benchmarks --)
for mode in full tokenize; do
  echo "NewsExtraction, $mode..." >&2
  "${ours[@]}" --peer-bench "$mode" "$min_seconds" "$runs" "$corpus" >> "$results"
  for peer in "compromise fr" "compromise en" "wink en"; do
    set -- $peer
    echo "$1 --lang $2, $mode..." >&2
    node "$peers/bench.mjs" --tool "$1" --lang "$2" --mode "$mode" --runs "$runs" --min-seconds "$min_seconds" --json "$corpus" >> "$results"
  done
done

node - "$results" <<'JS'
const fs = require('fs')
const rows = fs.readFileSync(process.argv[2], 'utf8').trim().split('\n').map(l => JSON.parse(l))
const c = rows[0].corpus
console.log(`corpus: ${c.docs} documents, ${c.bytes} UTF-8 bytes, ${c.ws_tokens} whitespace tokens; node ${process.version}`)
console.log('| tool | lang | mode | docs/s | MB/s | tokens/s | NewsExtraction / tool |')
console.log('|---|---|---|---:|---:|---:|---:|')
const fmt = (x, d) => x.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d })
for (const r of rows) {
  const ours = rows.find(o => o.tool === 'NewsExtraction' && o.mode === r.mode)
  const ratio = ours.median.tokens_per_s / r.median.tokens_per_s
  console.log(`| ${r.tool} | ${r.lang ?? 'auto'} | ${r.mode} | ${fmt(r.median.docs_per_s, 0)} | ${fmt(r.median.mb_per_s, 2)} | ${fmt(r.median.tokens_per_s, 0)} | ${fmt(ratio, 1)}× |`)
}
JS
