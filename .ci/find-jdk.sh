# Sourced by ./newskg and .ci/run: find_jdk prints the home of a JDK >= 21, JAVA_HOME first,
# then `java` on the PATH, then the JDKs under /usr/lib/jvm; fails with a message when none is.
jdk_major() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | cut -d. -f1
}

find_jdk() {
  local candidates=()
  [[ -n "${JAVA_HOME:-}" ]] && candidates+=("$JAVA_HOME")
  if command -v java >/dev/null; then
    candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")")
  fi
  local d
  for d in /usr/lib/jvm/*/ /opt/java/*/ /opt/jdk*/; do
    [[ -d "$d" ]] && candidates+=("${d%/}")
  done
  for d in "${candidates[@]}"; do
    if [[ -x "$d/bin/java" && -x "$d/bin/javac" ]]; then
      local major
      major="$(jdk_major "$d")"
      if [[ -n "$major" && "$major" -ge 21 ]]; then
        echo "$d"
        return 0
      fi
    fi
  done
  echo "newskg: needs a JDK 21 or newer; none found (JAVA_HOME=${JAVA_HOME:-unset}, looked in /usr/lib/jvm)." >&2
  echo "newskg: install one (e.g. apt-get install openjdk-21-jdk) or set JAVA_HOME to it." >&2
  return 1
}

# Maven's own Guava warns about sun.misc.Unsafe on JDK 24+; that noise is not newskg's.
quiet_maven_on() {
  local major
  major="$(jdk_major "$1")"
  if [[ "$major" -ge 24 ]]; then
    export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow"
  fi
}
