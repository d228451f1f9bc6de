#!/usr/bin/env bash
# In-process evaluation of the six products with JMH, then a short table (see README.md in this directory).
#
#   benchmarks/jmh.sh                 # short run, ~2.5 min: 1 fork, 2 warm-up x 2 s, 3 measured x 2 s
#   benchmarks/jmh.sh --long          # 2 forks, 5 warm-up x 5 s, 5 measured x 5 s (~18 min)
#   benchmarks/jmh.sh -- -p product=bill-purchase -t 2    # anything after -- goes to JMH as is
#
# Needs 'mvn -B install -DskipTests' at the root first (the SPI and the product jars come from ~/.m2).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"

forks=1 warmups=2 warmup_time=2s iterations=3 iteration_time=2s build=1
jmh_extra=()
while [ $# -gt 0 ]; do
  case "$1" in
    --long) forks=2 warmups=5 warmup_time=5s iterations=5 iteration_time=5s ;;
    --no-build) build=0 ;;
    --) shift; jmh_extra=("$@"); break ;;
    -h|--help) sed -n '2,9p' "$0"; exit 0 ;;
    *) echo "unknown option $1 (use -- to pass options to JMH)" >&2; exit 64 ;;
  esac
  shift
done

if [ ! -f "$root/product-spi/target/product-spi-1.0.0-SNAPSHOT.jar" ]; then
  echo "build the root first: (cd $root && mvn -B install -DskipTests)" >&2; exit 1
fi
if [ "$build" = 1 ] || [ ! -f "$here/target/benchmarks.jar" ]; then
  mvn -B -q -f "$here/pom.xml" package
fi

result="$here/target/jmh-result.json"
rm -f "$result"
echo "JMH: forks=$forks warm-up=${warmups}x$warmup_time measured=${iterations}x$iteration_time ${jmh_extra[*]:-}"
java -jar "$here/target/benchmarks.jar" -f "$forks" -wi "$warmups" -w "$warmup_time" -i "$iterations" -r "$iteration_time" \
  -rf json -rff "$result" "${jmh_extra[@]}" 2>&1 | tee "$here/target/jmh-output.txt"
java -cp "$here/target/benchmarks.jar" com.tfp.bench.JmhSummary "$result" 200000 | tee "$here/target/jmh-summary.txt"
