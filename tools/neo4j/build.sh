#!/usr/bin/env bash
# Builds the Neo4j 5 launcher: target/classes plus every runtime jar in target/lib (from Maven
# Central on the first run: about 166 MB into ~/.m2, 40 s here). Idempotent and quick: does
# nothing when the last build is newer than pom.xml and the launcher's source. Safe to run from
# several processes at once (a lock in target/). Run it from anywhere.
set -euo pipefail
cd "$(dirname "$0")"
mkdir -p target
exec 9>target/.build.lock
flock 9
stamp=target/.built
if [[ -f $stamp && $stamp -nt pom.xml && $stamp -nt src/main/java/george/neo4j/Launcher.java ]]; then
  exit 0
fi
command -v java >/dev/null || { echo "tools/neo4j/build.sh: java (17 or later) is required" >&2; exit 1; }
command -v mvn >/dev/null || { echo "tools/neo4j/build.sh: Maven (mvn) is required" >&2; exit 1; }
rm -rf target/lib target/classes
mvn -q -B -Dstyle.color=never package -DskipTests
touch "$stamp"
