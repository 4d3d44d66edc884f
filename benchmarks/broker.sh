#!/usr/bin/env bash
# Throughput over a RabbitMQ broker: WORKERS `newsx worker` processes of one thread each, fed by `newsx publish`
# and drained by `newsx collect`, against `newsx extract --workers WORKERS` on the same feed, on this machine.
#
#   benchmarks/broker.sh [FEED.jsonl] [WORKERS] [REPEATS]
#
# The feed defaults to $TMPDIR/newsx-5k.jsonl (5,000 records of the seed and sample articles, made here when
# missing). A private broker is started on loopback with tests/rabbitmq/rabbitmq.sh and stopped at the end. Each
# repeat times: the publish of the whole feed; the workers' run from their start until collect has every result
# (the queue is full when they start, as on a backlog); and extract over the file. Words are whitespace-separated.
set -euo pipefail
cd "$(dirname "$0")/.."
feed="${1:-${TMPDIR:-/tmp}/newsx-5k.jsonl}"
workers="${2:-$(nproc)}"
repeats="${3:-3}"
out="$(mktemp -d)"
dotnet build -c Release src/NewsExtraction.Cli -o "$out/cli" -v quiet -nologo >&2
newsx=(dotnet "$out/cli/newsx.dll")
if [[ ! -f "$feed" ]]; then
  python3 - "$feed" <<'PY'
import glob, json, sys
texts = [open(f, encoding="utf-8").read() for f in sorted(glob.glob("samples/*.txt") + glob.glob("../shared/corpus/seeds/*.txt"))]
with open(sys.argv[1], "w", encoding="utf-8") as f:
    for i in range(5000):
        f.write(json.dumps({"id": f"doc{i}", "text": texts[i % len(texts)]}, ensure_ascii=False) + "\n")
PY
fi
records="$(grep -c . "$feed")"
words="$(python3 -c 'import json,sys; print(sum(len(json.loads(l)["text"].split()) for l in open(sys.argv[1], encoding="utf-8") if l.strip()))' "$feed")"
export NEWSX_TEST_BROKER_PORT="${NEWSX_BENCH_BROKER_PORT:-5680}"
tests/rabbitmq/rabbitmq.sh start
trap 'tests/rabbitmq/rabbitmq.sh stop; rm -rf "$out"' EXIT
export NEWSX_BROKER; NEWSX_BROKER="$(tests/rabbitmq/rabbitmq.sh url)"
now() { date +%s.%N; }
rate() { awk -v n="$1" -v s="$2" 'BEGIN { printf "%.0f", n / s }'; }
echo "feed: $records records, $words words; $workers workers; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
for ((i = 1; i <= repeats; i++)); do
  q="bench-$i-$$"
  t0="$(now)"; "${newsx[@]}" publish "$feed" --queue "$q.in" 2> /dev/null; t1="$(now)"
  pids=()
  for ((w = 0; w < workers; w++)); do
    "${newsx[@]}" worker --input "$q.in" --output "$q.out" --workers 1 2> /dev/null & pids+=($!)
  done
  "${newsx[@]}" collect --queue "$q.out" --expect "$records" -o /dev/null 2> /dev/null; t2="$(now)"
  kill -TERM "${pids[@]}"; wait "${pids[@]}" || true
  "${newsx[@]}" extract "$feed" --workers "$workers" -o /dev/null 2> /dev/null; t3="$(now)"
  broker_s="$(awk -v a="$t1" -v b="$t2" 'BEGIN { print b - a }')"; extract_s="$(awk -v a="$t2" -v b="$t3" 'BEGIN { print b - a }')"
  publish_s="$(awk -v a="$t0" -v b="$t1" 'BEGIN { print b - a }')"
  echo "run $i: publish $(rate "$records" "$publish_s") records/s; broker $(rate "$records" "$broker_s") docs/s $(rate "$words" "$broker_s") words/s;" \
    "extract $(rate "$records" "$extract_s") docs/s $(rate "$words" "$extract_s") words/s; broker/extract time $(awk -v a="$broker_s" -v b="$extract_s" 'BEGIN { printf "%.2f", a / b }')"
done
