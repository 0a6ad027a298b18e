#!/usr/bin/env bash
# Demo: builds the jars (tests skipped) and runs the service on H2 with both simulators in-process.
set -euo pipefail
cd "$(dirname "$0")"
./mvnw -q -B -ntp -DskipTests package
exec java -jar sync-service/target/sync-service.jar --spring.profiles.active=demo "$@"
