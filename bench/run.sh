#!/usr/bin/env bash
# Cold whole-process builds of Glossa and of stock JBake 2.7.0 on the synthetic corpus, as users
# run them: a fresh JVM per build, a fresh output folder, the OS file cache warm. For each size,
# one warm-up build of each tool, then RUNS builds of each, alternating Glossa and JBake so both
# see the same machine load; the median is reported. Peak RSS comes from /usr/bin/time.
#
#   bench/run.sh                 the real essay, then 10, 100, 1000 and 5000 sections
#   bench/run.sh 10 100          only these sizes (and the real essay)
#   RUNS=3 STOCK=0 bench/run.sh  fewer runs; skip stock JBake
#   STOCK_RUNS=1 bench/run.sh    fewer stock JBake runs
#   STOCK_RUNS_LARGE=1           stock JBake runs at LARGE (default 5000) sections and more, where one
#                                build takes minutes; no warm-up there (default 1)
#   JAVA_OPTS=-XX:TieredStopAtLevel=1 bench/run.sh   JVM options for the Glossa builds
#   WAIT_LOAD=1.5 bench/run.sh   first wait (up to WAIT_MAX seconds, default 3600) until the
#                                one-minute load average is below 1.5
#
# Results: target/bench/results.tsv (every run), target/bench/summary.md (the tables of
# docs/BENCHMARKS.md), target/bench/machine.txt. Needs target/glossa.jar and the test classes
# (built here with `mvn package -DskipTests` when missing).
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=${RUNS:-5}
STOCK=${STOCK:-1}
STOCK_RUNS=${STOCK_RUNS:-$RUNS}
STOCK_RUNS_LARGE=${STOCK_RUNS_LARGE:-1}
LARGE=${LARGE:-5000}
JAVA_OPTS=${JAVA_OPTS:-}
SIZES=("$@")
if [ ${#SIZES[@]} -eq 0 ]; then SIZES=(10 100 1000 5000); fi

OUT=target/bench
mkdir -p "$OUT/logs"

if [ -n "${WAIT_LOAD:-}" ]; then
  waited=0
  while awk -v max="$WAIT_LOAD" '{ exit !($1 >= max) }' /proc/loadavg; do
    if [ "$waited" -ge "${WAIT_MAX:-3600}" ]; then
      echo "bench: load still $(cut -d' ' -f1 /proc/loadavg) after ${waited} s; measuring anyway" >&2
      break
    fi
    sleep 20
    waited=$((waited + 20))
  done
fi
RESULTS="$OUT/results.tsv"

if [ ! -f target/glossa.jar ] || [ ! -f target/test-classes/org/glossa/bench/CorpusGenerator.class ]; then
  mvn -B -o -q package -DskipTests
fi

if [ "$STOCK" = 1 ]; then
  # Stock JBake's own classpath (bench/stock-jbake/pom.xml), from the local repository if possible.
  mvn -B -o -q -f bench/stock-jbake/pom.xml dependency:build-classpath -Dmdep.outputFile="$PWD/$OUT/stock-jbake.classpath" \
    || mvn -B -q -f bench/stock-jbake/pom.xml dependency:build-classpath -Dmdep.outputFile="$PWD/$OUT/stock-jbake.classpath"
  STOCK_CP=$(cat "$OUT/stock-jbake.classpath")
fi

{
  echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //') x $(nproc)"
  echo "memory: $(free -g | awk '/Mem:/ {print $2 " GB"}')"
  echo "java: $(java -version 2>&1 | sed -n 2p)"
  echo "glossa JAVA_OPTS: ${JAVA_OPTS:-none}"
  echo "runs: $RUNS (stock JBake: $STOCK_RUNS; $STOCK_RUNS_LARGE without warm-up from $LARGE sections) after one warm-up each"
  echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
} > "$OUT/machine.txt"
printf 'tool\tsize\trun\tseconds\tpeak_rss_kb\tload1\n' > "$RESULTS"

# timed TOOL SIZE RUN OUTPUT_DIR COMMAND...: one cold build, appended to results.tsv.
timed() {
  local tool=$1 size=$2 run=$3 output=$4
  shift 4
  rm -rf "$output"
  local log="$OUT/logs/$tool-$size-$run.log" start end load
  load=$(cut -d' ' -f1 /proc/loadavg)
  start=$(date +%s%N)
  if ! /usr/bin/time -f '%M' -o "$OUT/rss.tmp" "$@" > "$log" 2>&1; then
    echo "bench: $tool failed at size $size (see $log)" >&2
    tail -5 "$log" >&2
    exit 1
  fi
  end=$(date +%s%N)
  local seconds rss
  seconds=$(awk -v ns=$((end - start)) 'BEGIN { printf "%.3f", ns / 1e9 }')
  rss=$(tail -1 "$OUT/rss.tmp")
  if [ "$run" != warmup ]; then
    printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$tool" "$size" "$run" "$seconds" "$rss" "$load" >> "$RESULTS"
  fi
  printf '  %-7s %6s sections  run %-6s %8s s  %8s KB  load %s\n' "$tool" "$size" "$run" "$seconds" "$rss" "$load"
}

# glossa LABEL RUN SOURCE [JVM OPTIONS...]
glossa() {
  local label=$1 run=$2 source=$3
  shift 3
  # shellcheck disable=SC2086
  timed glossa "$label" "$run" "$OUT/out/glossa-$label" java $JAVA_OPTS "$@" -jar target/glossa.jar build --source "$source" --output "$OUT/out/glossa-$label" --strict
}

# The real essay as its first build after `mvn clean` sees it: no citation cache to read or write.
glossa_empty_cache() {
  glossa essay-empty-cache "$1" . -Dglossa.cache=false
}

stock() {
  timed jbake "$1" "$2" "$OUT/out/jbake-$1" java -cp "$STOCK_CP" org.jbake.launcher.Main -b "$3" "$OUT/out/jbake-$1"
}

echo "bench: the real essay"
glossa essay warmup .
glossa_empty_cache warmup
for run in $(seq "$RUNS"); do
  glossa essay "$run" .
  glossa_empty_cache "$run"
done

for size in "${SIZES[@]}"; do
  echo "bench: $size sections"
  corpus="$OUT/corpus/glossa-$size"
  rm -rf "$corpus"
  java -cp target/test-classes org.glossa.bench.CorpusGenerator "$size" "$corpus" glossa
  glossa "$size" warmup "$corpus"
  if [ "$STOCK" = 1 ]; then
    jcorpus="$OUT/corpus/jbake-$size"
    rm -rf "$jcorpus"
    java -cp target/test-classes org.glossa.bench.CorpusGenerator "$size" "$jcorpus" jbake
    stock_runs=$STOCK_RUNS
    if [ "$size" -ge "$LARGE" ]; then stock_runs=$STOCK_RUNS_LARGE; else stock "$size" warmup "$jcorpus"; fi
  fi
  for run in $(seq "$RUNS"); do
    glossa "$size" "$run" "$corpus"
    if [ "$STOCK" = 1 ] && [ "$run" -le "$stock_runs" ]; then stock "$size" "$run" "$jcorpus"; fi
  done
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)" >> "$OUT/machine.txt"
rm -f "$OUT/rss.tmp"

bash bench/summarize.sh "$RESULTS" > "$OUT/summary.md"
cat "$OUT/machine.txt" "$OUT/summary.md"
