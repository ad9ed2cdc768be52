#!/usr/bin/env bash
# JMH microbenchmarks of the hot paths (src/test/java/org/glossa/**/*Benchmark.java): Markdown
# parse and render with our extensions, citation formatting, the output check. Arguments go to
# JMH (e.g. `bench/jmh.sh -f 1 -wi 3 -i 5 MarkdownBenchmark`); by default every benchmark runs
# with its own settings and the results are written to target/bench/jmh.json.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p target/bench
mvn -B -o -q test-compile dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile="$PWD/target/bench/test.classpath"
cp="target/test-classes:target/classes:$(cat target/bench/test.classpath)"
if [ $# -eq 0 ]; then
  set -- -rf json -rff target/bench/jmh.json 'org\.glossa\..*Benchmark'
fi
exec java -cp "$cp" org.openjdk.jmh.Main "$@"
