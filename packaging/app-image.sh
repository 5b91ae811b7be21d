#!/usr/bin/env bash
# Builds the self-contained app image target/callsheet (launcher: target/callsheet/bin/callsheet)
# from the shaded jar with the JDK's jpackage. Called by Maven in the package phase.
set -euo pipefail
target="$1"; jar="$2"; version="$3"
jpackage_bin="${JAVA_HOME:-}/bin/jpackage"
if [ ! -x "$jpackage_bin" ]; then
  jpackage_bin=$(ls -d /usr/lib/jvm/*25*/bin/jpackage 2>/dev/null | head -n 1)
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
