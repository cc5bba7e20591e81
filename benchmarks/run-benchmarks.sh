#!/usr/bin/env bash
# Runs the JMH benchmarks (framelens and baselines in the same JVM) and rewrites the performance section
# of benchmarks/RESULTS.md. Takes about 8 minutes on 2 cores. Run from anywhere: bash benchmarks/run-benchmarks.sh
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
mvn -q -B -DskipTests install
(cd benchmarks && mvn -q -B clean package) # clean: classes compiled against an older library must not linger
jar=benchmarks/target/benchmarks.jar
work=$(mktemp -d)
java -Dframelens.root="$root" -cp "$jar" org.framelens.bench.CorpusStats > "$work/stats.properties"
heap=$(java -Xmx512m -Dframelens.root="$root" -cp "$jar" org.framelens.bench.HeapProbe)
java -Dframelens.root="$root" -jar "$jar" -jvmArgsAppend "-Dframelens.root=$root" -rf json -rff "$work/jmh1.json" \
  "MatchBenchmark|AnalyzeBenchmark.analyze|StartupBenchmark|BatchBenchmark" > "$work/jmh.log"
java -Dframelens.root="$root" -jar "$jar" -jvmArgsAppend "-Dframelens.root=$root" -rf json -rff "$work/jmh2.json" \
  -p mode=lexicon "AnalyzeBenchmark.stage" >> "$work/jmh.log"
python3 benchmarks/jmh_table.py "$work/jmh1.json,$work/jmh2.json" "$work/stats.properties" "$heap" \
  "java -jar benchmarks/target/benchmarks.jar (via bash benchmarks/run-benchmarks.sh)" > "$work/performance.md"
python3 benchmarks/splice.py benchmarks/RESULTS.md performance "$work/performance.md"
echo "wrote the performance section of benchmarks/RESULTS.md (JMH log: $work/jmh.log)"
