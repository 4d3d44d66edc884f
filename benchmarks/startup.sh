#!/usr/bin/env bash
# Start-up of newsx builds measured side by side: each round starts every given binary at the same moment on one
# record, so that all of them see the same load, and takes the time until its first output line and the CPU time
# of the whole process (user + system, from the kernel's accounting):
#
#   benchmarks/startup.sh ROUNDS NEWSX [NEWSX...]
#
# The record is the first seed article ($TMPDIR/newsx-first.jsonl, made here). Prints the median and best of each.
# On a loaded machine compare the CPU medians; the first-output times are the load's.
set -euo pipefail
cd "$(dirname "$0")/.."
rounds="$1"
shift
first="${TMPDIR:-/tmp}/newsx-first.jsonl"
python3 - "$first" <<'PY'
import glob, json, sys
text = open(sorted(glob.glob("../shared/corpus/seeds/*.txt"))[0], encoding="utf-8").read()
with open(sys.argv[1], "w", encoding="utf-8") as f:
    f.write(json.dumps({"id": "seed-0", "text": text}, ensure_ascii=False) + "\n")
PY
python3 - "$first" "$rounds" "$@" <<'PY'
import os, statistics, subprocess, sys, threading, time
first, rounds, binaries = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
times = {b: ([], []) for b in binaries}
def run(binary):
    start = time.perf_counter()
    process = subprocess.Popen([binary, "extract", first], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    process.stdout.readline()
    wall = (time.perf_counter() - start) * 1000
    process.stdout.read()
    _, _, usage = os.wait4(process.pid, 0)
    times[binary][0].append(wall)
    times[binary][1].append((usage.ru_utime + usage.ru_stime) * 1000)
print(f"load average before: {os.getloadavg()[0]:.2f}")
for round in range(rounds):
    threads = [threading.Thread(target=run, args=(b,)) for b in (binaries if round % 2 == 0 else binaries[::-1])]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
for b in binaries:
    wall, cpu = times[b]
    print(f"{b}: first output median {statistics.median(wall):.0f} ms (best {min(wall):.0f}); "
          f"CPU median {statistics.median(cpu):.0f} ms (best {min(cpu):.0f})")
print(f"load average after: {os.getloadavg()[0]:.2f}")
PY
