#!/usr/bin/env bash
# Preview latency: from saving an edit to one section of the real essay to the reload event the
# open page receives (glossa serve's event stream), median over EDITS edits after a warm-up edit.
#   bench/preview.sh [EDITS] [SECTION]
set -euo pipefail
cd "$(dirname "$0")/.."
EDITS=${1:-20}
SECTION=${2:-content/essay/03-radio.md}
if [ ! -f target/glossa.jar ] || [ ! -f target/test-classes/org/glossa/bench/PreviewLatency.class ]; then
  mvn -B -o -q package -DskipTests
fi
exec java -cp target/test-classes org.glossa.bench.PreviewLatency target/glossa.jar . "$SECTION" "$EDITS"
