#!/usr/bin/env bash
# Builds the self-contained app image target/callsheet (launcher: target/callsheet/bin/callsheet)
# from the shaded jar with the JDK's jpackage. Called by Maven in the package phase.
set -euo pipefail
target="$1"; jar="$2"; version="$3"
# Maven may run on an older Java and export it as JAVA_HOME: take the newest JDK of version 25 or
# later that has jpackage, so the image carries the runtime the app is compiled for.
jpackage_bin=""
best=0
for jdk in "${JAVA_HOME:-}" /usr/lib/jvm/* /Library/Java/JavaVirtualMachines/*/Contents/Home; do
  [ -x "$jdk/bin/jpackage" ] && [ -f "$jdk/release" ] || continue
  major=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$jdk/release")
  if [ -n "$major" ] && [ "$major" -ge 25 ] && [ "$major" -gt "$best" ]; then
    best=$major; jpackage_bin="$jdk/bin/jpackage"
  fi
done
if [ -z "$jpackage_bin" ]; then
  echo "No JDK 25 or later with jpackage found (looked in JAVA_HOME and /usr/lib/jvm)." >&2
  exit 1
fi
input="$target/jpackage-input"
rm -rf "$input" "$target/callsheet"
mkdir -p "$input"
cp "$target/$jar" "$input/callsheet.jar"
"$jpackage_bin" --type app-image --name callsheet --app-version "$version" \
  --input "$input" --main-jar callsheet.jar --main-class org.callsheet.app.Launcher \
  --icon "$(dirname "$0")/../icons/callsheet.png" \
  --java-options "--enable-native-access=ALL-UNNAMED" \
  --dest "$target"
