#!/usr/bin/env bash
# Builds the installers of the system it runs on from the app image target/callsheet into
# target/installer/ (profile "installers": mvn -B -DskipTests -Pinstallers package).
#   Linux:   callsheet_VERSION_amd64.deb (package "callsheet"), and an .rpm where rpmbuild exists
#   Windows: Callsheet-VERSION.msi (per-user, menu entry and shortcut, upgrades replace)
#   macOS:   Callsheet-VERSION.dmg
# The rep's data lives in the user's data folder, outside the installed files: an upgrade or a
# removal of the package never touches it.
set -euo pipefail
target="$1"; version="$2"
here="$(cd "$(dirname "$0")" && pwd)"
icons="$here/../icons"
image="$target/callsheet"
out="$target/installer"
[ -d "$image" ] || { echo "No app image at $image: run the package phase first." >&2; exit 1; }

jpackage_bin=""
best=0
for jdk in "${JAVA_HOME:-}" /usr/lib/jvm/* /Library/Java/JavaVirtualMachines/*/Contents/Home "/c/Program Files/Java"/*; do
  [ -x "$jdk/bin/jpackage" ] || [ -x "$jdk/bin/jpackage.exe" ] || continue
  [ -f "$jdk/release" ] || continue
  major=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$jdk/release")
  if [ -n "$major" ] && [ "$major" -ge 25 ] && [ "$major" -gt "$best" ]; then
    best=$major; jpackage_bin="$jdk/bin/jpackage"
  fi
done
[ -n "$jpackage_bin" ] || { echo "No JDK 25 or later with jpackage found." >&2; exit 1; }

rm -rf "$out"
mkdir -p "$out"
common=(--name callsheet --app-version "$version" --app-image "$image" --dest "$out"
  --vendor "Callsheet" --description "Desktop CRM for telephone sales reps" --license-file "$here/../NOTICE")

case "$(uname -s)" in
  Linux)
    resources="$target/installer-resources"
    rm -rf "$resources"; mkdir -p "$resources"
    cp "$here/linux/callsheet.desktop" "$resources/callsheet.desktop"
    cp "$here/linux/postinst" "$here/linux/prerm" "$resources/"
    cp "$icons/callsheet-256.png" "$resources/callsheet.png"
    # jpackage adds the libraries the Java runtime links (libasound2, libx11-6, ...: names of
    # Debian 12 and Ubuntu 22.04 that Ubuntu 24.04's t64 packages provide); JavaFX loads GTK 3 and
    # OpenGL at run time, so those are named here, GTK with its t64 name as the alternative
    deps="libgtk-3-0 | libgtk-3-0t64, libgl1, libfreetype6, fontconfig"
    "$jpackage_bin" --type deb "${common[@]}" --resource-dir "$resources" \
      --linux-package-name callsheet --linux-deb-maintainer "callsheet@callsheet.invalid" \
      --linux-menu-group "Office" --linux-app-category "office" --linux-shortcut \
      --linux-package-deps "$deps"
    built=$(ls "$out"/callsheet_*.deb)
    [ "$built" = "$out/callsheet_${version}_amd64.deb" ] || mv "$built" "$out/callsheet_${version}_amd64.deb"
    if command -v rpmbuild >/dev/null; then
      "$jpackage_bin" --type rpm "${common[@]}" --resource-dir "$resources" \
        --linux-package-name callsheet --linux-menu-group "Office" --linux-app-category "Office" \
        --linux-shortcut --linux-package-deps "gtk3"
    fi
    ;;
  MINGW*|MSYS*|CYGWIN*)
    # the upgrade UUID never changes: a newer installer replaces the older one
    "$jpackage_bin" --type msi "${common[@]}" --icon "$icons/callsheet.ico" \
      --win-upgrade-uuid 6f0c7e3a-5d0b-4c55-9a8e-2f1c3b7d9e41 --win-per-user-install \
      --win-menu --win-menu-group "Callsheet" --win-shortcut --win-dir-chooser
    ;;
  Darwin)
    "$jpackage_bin" --type dmg "${common[@]}" --icon "$icons/callsheet.icns" \
      --mac-package-name "Callsheet" --mac-package-identifier org.callsheet.callsheet
    ;;
  *)
    echo "No installer for $(uname -s)." >&2; exit 1 ;;
esac
ls -l "$out"
