#!/usr/bin/env bash
# JMH benchmark of the estimation service: estimates per second on one thread.
set -euo pipefail
cd "$(dirname "$0")/../../.."
mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
exec java -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" org.openjdk.jmh.Main EstimationBenchmark "$@"
