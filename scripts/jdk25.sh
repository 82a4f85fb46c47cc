# jdk25.sh: finds a Java 25 or newer for the benchmarks that also run sweep on it (with its AOT
# caches); sourced, not run. Sets `jdk25` to JDK25 if set (JDK25=none: to nothing), else to the
# first home under /usr/lib/jvm whose release file says 25 or newer, else to nothing.
# WHO names the script in the message when JDK25 has no java.
find_jdk25() {
  jdk25=${JDK25:-}
  if [ -z "$jdk25" ]; then
    local home version
    for home in /usr/lib/jvm/*; do
      version=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$home/release" 2>/dev/null || true)
      if [ ! -L "$home" ] && [ "${version:-0}" -ge 25 ] 2>/dev/null; then jdk25=$home; break; fi
    done
  fi
  [ "$jdk25" != none ] || jdk25=
  [ -z "$jdk25" ] || [ -x "$jdk25/bin/java" ] || { echo "$1: no java in JDK25=$jdk25" >&2; exit 1; }
}
