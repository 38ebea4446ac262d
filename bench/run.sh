#!/usr/bin/env bash
# Benchmarks for samtale. Public tools only: hyperfine and GNU time
# (Debian: apt-get install hyperfine time). Run from the repository root with the
# project installed in .venv (see README), e.g.:  bash bench/run.sh
# Results go to bench/out/; copy the summary into bench/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."
VENV=${VENV:-.venv}
PY="$VENV/bin/python"
SAMTALE="$VENV/bin/samtale"
OUT=bench/out
mkdir -p "$OUT"
command -v hyperfine >/dev/null || { echo "needs hyperfine (apt-get install hyperfine)"; exit 2; }
[ -x /usr/bin/time ] || { echo "needs GNU time (apt-get install time)"; exit 2; }

echo "== 1. start-up: samtale questions vs a minimal Typer+Rich app (one hyperfine run)"
export SAMTALE_CACHE_DIR="$OUT/cache-bundled"
"$SAMTALE" questions -k developing --format plain >/dev/null   # fill the cache once
hyperfine -N --warmup 5 --runs "${RUNS:-40}" --export-json "$OUT/startup.json" \
  "$PY bench/minimal_app.py" \
  "$SAMTALE questions -k developing --format plain" \
  "$SAMTALE --help"
"$PY" - "$OUT/startup.json" <<'PY'
import json, sys
results = json.load(open(sys.argv[1]))["results"]
base = results[0]["median"]
for r in results:
    print(f"  median {r['median']*1000:7.1f} ms  ratio {r['median']/base:4.2f}  {r['command']}")
PY

echo "== 2. large bank: 20,000 questions"
"$PY" bench/gen_bank.py --count 20000
BANK=bench/out/bank
CMD=("$SAMTALE" questions --bank-dir "$BANK" -k developing --format plain)
for i in 1 2 3; do
  export SAMTALE_CACHE_DIR="$OUT/cache-cold-$i"; rm -rf "$SAMTALE_CACHE_DIR"
  /usr/bin/time -f "  cold run $i (parse + validate + filter + write cache): %e s, peak %M KB" \
    "${CMD[@]}" >/dev/null
done
export SAMTALE_CACHE_DIR="$OUT/cache-cold-1"
for i in 1 2 3 4 5; do
  /usr/bin/time -f "  warm run $i: %e s, peak %M KB" "${CMD[@]}" >/dev/null
done
hyperfine -N --warmup 2 --runs "${RUNS_BIG:-20}" --export-json "$OUT/bigbank.json" "${CMD[*]}"
"$PY" - "$OUT/bigbank.json" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))["results"][0]
print(f"  warm: median {r['median']*1000:.0f} ms, max {r['max']*1000:.0f} ms over {len(r['times'])} runs")
PY

echo "== 3. samtale plan: time to the first prompt in a real pty (pexpect)"
"$PY" bench/first_prompt.py --runs "${RUNS_PROMPT:-20}" --samtale "$SAMTALE"

echo "== 4. a process of 10,000 conversations and 50,000 practice answers"
BIG=bench/out/scale
if [ ! -f "$BIG/samtale.db" ]; then "$PY" bench/process_scale.py "$BIG"; fi
export SAMTALE_HOME="$BIG"
for args in "process show stor --format table" "process show stor --format plain" "process list" \
            "process export stor --format json" "practice --stats"; do
  # shellcheck disable=SC2086
  /usr/bin/time -f "  %e s, peak %M KB  samtale $args" "$SAMTALE" $args >/dev/null
done
hyperfine -N --warmup 2 --runs "${RUNS_SCALE:-10}" --export-json "$OUT/scale.json" \
  "$SAMTALE process show stor --format table" "$SAMTALE process list" "$SAMTALE practice --stats"
"$PY" - "$OUT/scale.json" <<'PY'
import json, sys
for r in json.load(open(sys.argv[1]))["results"]:
    print(f"  median {r['median']*1000:6.0f} ms, max {r['max']*1000:6.0f} ms  {r['command']}")
PY
unset SAMTALE_HOME

echo "== 5. hostile input files: time and memory to refuse them"
"$PY" bench/hostile.py --samtale "$SAMTALE"

echo "== 6. samtale roleplay: a turn in-process, and start-up and a turn in a real pty against practice"
"$PY" bench/roleplay/turns.py "${RUNS_TURNS:-20}"
"$PY" bench/roleplay/startup.py "${RUNS_PROMPT:-15}"
