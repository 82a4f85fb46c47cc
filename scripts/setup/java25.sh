#!/usr/bin/env bash
# Checks that a Java 25 or newer is installed: the tests also run sweep on one (its AOT caches,
# for the launcher and the workers). Machines of this project's kind have Temurin 25 under
# /usr/lib/jvm beside the default JDK; Debian's own packages have no Java 25, so this only
# checks, early and in one line, what those tests would otherwise fail on after minutes.
# SWEEP_TEST_JDK25 names another home, as the tests read it.
set -euo pipefail
. "$(dirname "$0")/../jdk25.sh"
if [ -n "${SWEEP_TEST_JDK25:-}" ] && [ ! -x "$SWEEP_TEST_JDK25/bin/java" ]; then
  echo "java25.sh: SWEEP_TEST_JDK25 is $SWEEP_TEST_JDK25, which has no bin/java: give a Java 25 home" >&2
  exit 1
fi
JDK25=${SWEEP_TEST_JDK25:-} find_jdk25 java25.sh
if [ -z "$jdk25" ]; then
  echo "java25.sh: no Java 25 or newer under /usr/lib/jvm; the tests run sweep on one too: install one" \
    "(Temurin 25) or set SWEEP_TEST_JDK25 to its home" >&2
  exit 1
fi
