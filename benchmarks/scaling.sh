#!/usr/bin/env bash
# Throughput of the published `newsx extract` with 1 and N workers, in words/s, and its start-up to first output:
#
#   benchmarks/scaling.sh [FEED.jsonl] [REPEATS] [NEWSX]
#
# FEED defaults to $TMPDIR/newsx-seeds-5k.jsonl: 5,000 records cycling through the seed articles (22 MB), made
# here when missing. NEWSX is the binary to time; by default the Native AOT build is published to
# $TMPDIR/newsx-aot (NEWSX_PUBLISH=jit publishes the framework-dependent build instead). Words are whitespace-
# separated, as the peers count them. Runs `--workers 1` and `--workers N` (N = the core count) alternately REPEATS
# times (default 5), prints each run, then the median and best words/s of each and the ratios. Start-up: the time
# from starting `newsx extract` on one record until its line is read, median of REPEATS.
set -euo pipefail
cd "$(dirname "$0")/.."
tmp="${TMPDIR:-/tmp}"
feed="${1:-$tmp/newsx-seeds-5k.jsonl}"
repeats="${2:-5}"
newsx="${3:-}"
cores="$(nproc)"
if [[ -z "$newsx" ]]; then
  if [[ "${NEWSX_PUBLISH:-aot}" == aot ]]; then
    dotnet publish src/NewsExtraction.Cli -c Release -r linux-x64 -p:PublishAot=true -o "$tmp/newsx-aot" -v quiet -nologo >&2
    newsx="$tmp/newsx-aot/newsx"
  else
    dotnet publish src/NewsExtraction.Cli -c Release -o "$tmp/newsx-jit" -v quiet -nologo >&2
    newsx="$tmp/newsx-jit/newsx"
  fi
fi
if [[ ! -f "$feed" ]]; then
  python3 - "$feed" <<'PY'
import glob, json, sys
texts = [open(f, encoding="utf-8").read() for f in sorted(glob.glob("../shared/corpus/seeds/*.txt"))]
with open(sys.argv[1], "w", encoding="utf-8") as f:
    for i in range(5000):
        f.write(json.dumps({"id": f"seed-{i}", "text": texts[i % len(texts)]}, ensure_ascii=False) + "\n")
PY
fi
python3 - "$newsx" "$feed" "$repeats" "$cores" <<'PY'
import json, os, statistics, subprocess, sys, time
newsx, feed, repeats, cores = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
words = sum(len(json.loads(line)["text"].split()) for line in open(feed, encoding="utf-8") if line.strip())
print(f"{newsx}: {feed}, {words:,} words; load average before: {os.getloadavg()[0]:.2f}")
rates = {1: [], cores: []}
for run in range(repeats):
    for workers in rates:
        start = time.perf_counter()
        subprocess.run([newsx, "extract", feed, "--workers", str(workers), "-o", "/dev/null"], check=True, stderr=subprocess.DEVNULL)
        rate = words / (time.perf_counter() - start)
        rates[workers].append(rate)
        print(f"run {run + 1}, {workers} worker(s): {rate:,.0f} words/s")
one, many = rates[1], rates[cores]
print(f"1 worker: median {statistics.median(one):,.0f} words/s, best {max(one):,.0f}")
print(f"{cores} workers: median {statistics.median(many):,.0f} words/s, best {max(many):,.0f}")
print(f"{cores} workers / 1: {statistics.median(many) / statistics.median(one):.2f}x by medians, {max(many) / max(one):.2f}x by bests")
first = f"{os.environ.get('TMPDIR', '/tmp')}/newsx-first.jsonl"
with open(feed, encoding="utf-8") as f, open(first, "w", encoding="utf-8") as out:
    out.write(f.readline())
startups = []
for _ in range(repeats):
    start = time.perf_counter()
    process = subprocess.Popen([newsx, "extract", first], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    process.stdout.readline()
    startups.append((time.perf_counter() - start) * 1000)
    process.wait()
print(f"start-up to first output (one record): median {statistics.median(startups):.0f} ms, best {min(startups):.0f} ms; "
      f"load average after: {os.getloadavg()[0]:.2f}")
PY
