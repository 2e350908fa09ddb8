#!/usr/bin/env bash
# Builds the Neo4j 5 launcher: target/classes plus every runtime jar in target/lib (from Maven
# Central on the first run, about 100 MB). Idempotent: does nothing when the build is newer than
# pom.xml and the launcher's source. Run it from anywhere.
set -euo pipefail
cd "$(dirname "$0")"
stamp=target/.built
if [[ -f $stamp && $stamp -nt pom.xml && $stamp -nt src/main/java/george/neo4j/Launcher.java ]]; then
  exit 0
fi
rm -rf target/lib
mvn -q -B -Dstyle.color=never package -DskipTests
touch "$stamp"
