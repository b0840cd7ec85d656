#!/usr/bin/env bash
# End-to-end comparison, whole processes over the same directory of articles:
# copydesk (release build) beside proselint (PyPI) and write-good and alex
# (npm), each installed into a temporary folder. Prints each tool's time,
# throughput, peak memory and copydesk's speed-up over it.
#
#   benches/compare.sh                 # ../shared/corpus/clean if present, else a generated corpus
#   FILES=300 benches/compare.sh       # how many articles the slow tools get (default 200)
#   CORPUS=path/to/articles benches/compare.sh
#
# copydesk also runs over the whole corpus, on one core (-j1) and on all.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
files=${FILES:-200}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

corpus=${CORPUS:-../shared/corpus/clean}
if [ ! -d "$corpus" ]; then
  corpus="$work/generated"
  mkdir -p "$corpus"
  python3 - "$corpus" <<'PY'
import random, sys
out = sys.argv[1]
rnd = random.Random(7)
names = ["Marta Quiroga", "Daniel Achterberg", "Amina Sesay", "Tomas Reyes", "Helen Oduya"]
places = ["Lisbon", "Nairobi", "Manila", "Quito", "Tallinn"]
for i in range(2500):
    n, p = rnd.choice(names), rnd.choice(places)
    paras = [f"Port workers in {p} extend strike", f"Dock workers in {p} voted Thursday to extend a strike, the union said.",
             f"\"We are not going back for promises,\" said {n}, the union's president.",
             f"{n.split()[1]} said the offer was {rnd.randint(2, 9)}% for night shifts, according to the union.",
             "Critics say the strike has cost the region more than the raise would have."]
    body = "\n\n".join(paras)
    while len(body) < 4000:
        body += "\n\n" + "\n\n".join(paras[1:])
    open(f"{out}/article-{i:04}.txt", "w").write(body + "\n")
PY
fi

subset="$work/subset"
mkdir -p "$subset"
mapfile -t all < <(find "$corpus" -maxdepth 1 -type f \( -name '*.txt' -o -name '*.md' \) | sort)
cp "${all[@]:0:$files}" "$subset/"

echo "building copydesk (release)..." >&2
cargo build --release --locked -q
copydesk="$root/target/release/copydesk"

echo "installing proselint, write-good and alex into $work..." >&2
python3 -m venv "$work/venv" >/dev/null
"$work/venv/bin/pip" install --quiet --disable-pip-version-check proselint >&2 || echo "proselint: install failed" >&2
(cd "$work" && npm init -y >/dev/null 2>&1 && npm install --silent --no-audit --no-fund write-good alex >/dev/null 2>&1) || echo "npm tools: install failed" >&2

bytes_of() { find "$1" -maxdepth 1 -type f \( -name '*.txt' -o -name '*.md' \) -print0 | xargs -0 cat | wc -c; }
count_of() { find "$1" -maxdepth 1 -type f \( -name '*.txt' -o -name '*.md' \) | wc -l; }

printf '%-22s %7s %9s %9s %9s %10s %9s\n' tool files MB seconds MB/s "peak MB" ratio
# row NAME DIR RUNS command...: the fastest of RUNS runs (copydesk takes
# tens of milliseconds, so one run is mostly noise; the slow tools run once).
# The first row's rate is the base every later row's ratio is taken against,
# so the printed rate and the ratios come from the same measurement.
base_rate=""
row() {
  local name=$1 dir=$2 runs=$3; shift 3
  local bytes; bytes=$(bytes_of "$dir")
  local n; n=$(count_of "$dir")
  local best="" mem=0 t0 t1 m
  for _ in $(seq "$runs"); do
    t0=$(date +%s.%N)
    /usr/bin/time -f '%M' -o "$work/mem" "$@" >/dev/null 2>&1 || true
    t1=$(date +%s.%N)
    m=$(tail -n 1 "$work/mem")
    best=$(python3 -c "import sys; s = float(sys.argv[2]) - float(sys.argv[1]); b = sys.argv[3]; print(min(s, float(b)) if b else s)" "$t0" "$t1" "$best")
    [ "$m" -gt "$mem" ] && mem=$m
  done
  python3 - "$name" "$n" "$bytes" "$best" "$mem" "$base_rate" "$work/rate" <<'PY'
import sys
name, n, b, secs, mem, base, rate_file = sys.argv[1:8]
secs = float(secs)
mb = int(b) / 1e6
rate = mb / secs if secs > 0 else float("inf")
ratio = f"{float(base) / rate:.0f}x" if base else "1x"
open(rate_file, "w").write(str(rate))
print(f"{name:22} {int(n):7} {mb:9.2f} {secs:9.3f} {rate:9.2f} {int(mem) / 1024:10.1f} {ratio:>9}")
PY
}

row "copydesk (subset)" "$subset" 5 "$copydesk" check --no-config --format short "$subset"
base_rate=$(cat "$work/rate")
[ -x "$work/venv/bin/proselint" ] && row proselint "$subset" 1 bash -c "cd '$subset' && for f in *; do '$work/venv/bin/proselint' check \"\$f\" 2>/dev/null || '$work/venv/bin/proselint' \"\$f\"; done"
[ -x "$work/node_modules/.bin/write-good" ] && row write-good "$subset" 1 bash -c "cd '$subset' && '$work/node_modules/.bin/write-good' *"
[ -x "$work/node_modules/.bin/alex" ] && row alex "$subset" 1 bash -c "cd '$subset' && '$work/node_modules/.bin/alex' *"
base_rate=""
row "copydesk (all, 2 cores)" "$corpus" 3 "$copydesk" check --no-config --format short "$corpus"
row "copydesk (all, -j1)" "$corpus" 3 "$copydesk" check --no-config --format short -j1 "$corpus"
one="$subset/$(ls "$subset" | sort | sed -n 1p)"
echo
echo "whole-process time for one article ($(wc -c < "$one") bytes), best of 20:"
python3 - "$copydesk" "$one" <<'PY'
import subprocess, sys, time
best = min((lambda t0: (subprocess.run([sys.argv[1], "check", "--no-config", "--format", "short", sys.argv[2]], capture_output=True), time.perf_counter() - t0)[1])(time.perf_counter()) for _ in range(20))
print(f"  {best * 1000:.1f} ms")
PY
