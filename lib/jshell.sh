#!/usr/bin/env bash
# Starts JShell with framelens and its runtime jars on the class path and the kit's imports loaded.
# Build first: mvn -q -B -DskipTests package   (fills lib/ with the runtime jars)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
jar=$(ls "$root"/target/framelens-*.jar 2>/dev/null | grep -v -- '-cli' | head -n 1 || true)
if [ -z "$jar" ] || ! ls "$here"/*.jar >/dev/null 2>&1; then
  echo "lib/jshell.sh: build first: mvn -q -B -DskipTests package" >&2
  exit 1
fi
cp="$jar"
for j in "$here"/*.jar; do cp="$cp:$j"; done
exec jshell --class-path "$cp" --startup DEFAULT --startup "$here/framelens.jsh" "$@"
