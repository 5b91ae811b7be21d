#!/usr/bin/env bash
# Builds the self-contained app image target/callsheet (launcher: target/callsheet/bin/callsheet)
# from the shaded jar with the JDK's jpackage, with its start-up class data. Called by Maven in the
# package phase.
set -euo pipefail
target="$1"; jar="$2"; version="$3"; javafx_version="$4"
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
# jpackage's default modules (those that export an API) plus jdk.localedata, which exports none:
# without it the runtime knows only English date and number formats, and Chinese dates read
# "2026 Dec 7, Mon". Only the locales the app speaks are kept.
modules="$("$(dirname "$jpackage_bin")/java" --add-modules ALL-DEFAULT --show-module-resolution -version 2>&1 \
  | awk '$1 == "root" { print $2 }' | paste -sd, -),jdk.localedata"
# JavaFX linked into the runtime as system modules (the platform jars only; the plain ones are
# empty placeholders), where JavaFX expects to be loaded from. Not on a module path: the start-up
# class data records a module path by its absolute location, so an image installed anywhere but
# where it was built would start without it (ADR 48).
fxmods="$target/jpackage-javafx"
rm -rf "$fxmods"
mkdir -p "$fxmods"
cp "$target"/javafx/javafx-*-"$javafx_version"-*.jar "$fxmods/"
# jlink's default options here but for --strip-native-commands: the runtime keeps bin/java
"$jpackage_bin" --type app-image --name callsheet --app-version "$version" \
  --input "$input" --main-jar callsheet.jar --main-class org.callsheet.app.Launcher \
  --icon "$(dirname "$0")/../icons/callsheet.png" \
  --java-options "--enable-native-access=javafx.graphics,ALL-UNNAMED" \
  --module-path "$fxmods" --add-modules "$modules,javafx.controls,javafx.swing" \
  --jlink-options "--strip-debug --no-man-pages --no-header-files --include-locales=en,zh" \
  --dest "$target"
# The launcher is a script that starts the runtime's java (ADR 17): jpackage's native launcher asks
# rpm and dpkg which package owns it at every start, about a third of a second on Debian.
app="$target/callsheet"
install -m 755 "$(dirname "$0")/launcher.sh" "$app/bin/callsheet"
rm -f "$app/lib/app/callsheet.cfg" "$app/lib/libapplauncher.so"

# Start-up class data (ADR 12): an ahead-of-time cache of the classes loaded and linked while the
# packaged app opens its window once (headless, on a throw-away data folder), recorded and then
# created with the image's own launcher, which uses it once it exists.
training="$target/aot-training"
rm -rf "$training"
mkdir -p "$training"
limit=""
command -v timeout >/dev/null && limit="timeout 600"
# a database at the current schema with customers in it, as a rep's would be
$limit "$app/bin/callsheet" --db "$training/callsheet" demo --customers 300 --seed 1 >/dev/null
JAVA_TOOL_OPTIONS="-XX:AOTMode=record -XX:AOTConfiguration=$training/callsheet.aotconf -Xlog:aot=error \
-Dglass.platform=Headless -Dprism.order=sw -Dcallsheet.home=$training -Dcallsheet.readyMarker=$training/ready" \
  $limit "$app/bin/callsheet"
[ -f "$training/ready" ] || { echo "The training start did not reach the filled window." >&2; exit 1; }
JAVA_TOOL_OPTIONS="-XX:AOTMode=create -XX:AOTConfiguration=$training/callsheet.aotconf \
-XX:AOTCache=$app/lib/app/callsheet.aot -Xlog:aot=error" $limit "$app/bin/callsheet"
rm -rf "$training"
