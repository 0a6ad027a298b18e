#!/usr/bin/env bash
# Builds the service, the simulators and the benchmark (tests skipped), then runs the benchmark
# from the repository root. Arguments go to the benchmark; --help lists them.
# Results are appended to BENCHMARKS.md and the chart is written to docs/benchmark.png.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -ntp -DskipTests package
exec java -jar benchmarks/target/benchmarks.jar "$@"
