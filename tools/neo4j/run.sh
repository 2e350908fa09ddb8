#!/usr/bin/env bash
# Runs the Neo4j 5 launcher (building it first if needed): Bolt on 127.0.0.1, authentication on.
#   NEO4J_PASSWORD=... tools/neo4j/run.sh [--port 7687] [--data DIR] [--host 127.0.0.1]
# NEO4J_JAVA_OPTS sets the JVM options (default: -Xmx1g). The JVM replaces this shell (exec), so
# SIGTERM reaches it directly and it shuts down cleanly.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
"$here/build.sh"
# shellcheck disable=SC2086
exec java ${NEO4J_JAVA_OPTS:--Xmx1g} -cp "$here/target/classes:$here/target/lib/*" george.neo4j.Launcher "$@"
