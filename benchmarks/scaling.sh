#!/usr/bin/env bash
# Scaling of `newsx extract` with its workers, on a synthetic JSONL feed (20,000 French and English documents
# made by the benchmark project from the seed articles and the shared NER dev files):
#
#   benchmarks/scaling.sh [FEED.jsonl] [REPEATS]
#
# The feed is written to $TMPDIR/newsx-20k.jsonl unless given. Runs `--workers 1` and `--workers N` (N = the
# core count) alternately REPEATS times (default 5) and prints each run's summary line, then the best docs/s
# of each and their ratio. Best rather than mean: on a shared machine the other load only ever slows a run down.
set -euo pipefail
cd "$(dirname "$0")/.."
feed="${1:-${TMPDIR:-/tmp}/newsx-20k.jsonl}"
repeats="${2:-5}"
cores="$(nproc)"
dotnet build -c Release src/NewsExtraction.Cli -v quiet -nologo >&2
dotnet build -c Release benchmarks/NewsExtraction.Benchmarks -v quiet -nologo >&2
[[ -f "$feed" ]] || dotnet run -c Release --no-build --project benchmarks/NewsExtraction.Benchmarks -- --write-jsonl "$feed" >&2
newsx=(dotnet src/NewsExtraction.Cli/bin/Release/net10.0/newsx.dll)

declare -A best=([1]=0 [$cores]=0)
for ((i = 1; i <= repeats; i++)); do
  for workers in 1 "$cores"; do
    summary="$("${newsx[@]}" extract "$feed" --workers "$workers" -o /dev/null 2>&1 >/dev/null | tail -1)"
    echo "$summary"
    rate="$(sed -E 's/.*: ([0-9,]+) docs\/s.*/\1/' <<< "$summary" | tr -d ,)"
    (( rate > best[$workers] )) && best[$workers]=$rate
  done
done
echo "best: ${best[1]} docs/s with 1 worker, ${best[$cores]} docs/s with $cores workers:" \
  "$(awk -v a="${best[1]}" -v b="${best[$cores]}" 'BEGIN { printf "%.2f", b / a }')x (load average: $(cut -d' ' -f1-3 /proc/loadavg))"
