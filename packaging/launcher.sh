#!/bin/sh
# Callsheet's launcher in the app image (ADR 17): starts the bundled Java runtime on the app's jar
# with its start-up class data. Without arguments it opens the window, with arguments it is the
# command line. Works through symbolic links and from any folder.
self=$(readlink -f "$0") || self=$0
image=$(dirname "$(dirname "$self")")
app="$image/lib/app"
# Java reads file names, arguments and the console in the locale's character set: under C or POSIX
# (ASCII) a Chinese path or customer name would be lost, so such a locale runs as its UTF-8 form.
case "$(locale charmap 2>/dev/null)" in
  ANSI_X3.4-1968|ASCII|US-ASCII|"") export LC_ALL=C.UTF-8 ;;
esac
# Heap limit (ADR 33): a million-row import or a million-customer book keeps under 512 MB live;
# without a limit the JVM takes a quarter of the machine's memory. CALLSHEET_MAX_HEAP=2g raises it.
heap="-Xmx${CALLSHEET_MAX_HEAP:-1g}"
# JavaFX is linked into the runtime (ADR 48); the app's glass call that names the window class
# (DesktopName) needs its package exported to the class path
set -- "$heap" --enable-native-access=javafx.graphics,ALL-UNNAMED \
  --add-modules javafx.controls,javafx.swing --add-exports javafx.graphics/com.sun.glass.ui=ALL-UNNAMED \
  -cp "$app/callsheet.jar" org.callsheet.app.Launcher "$@"
if [ -f "$app/callsheet.aot" ]; then
  exec "$image/lib/runtime/bin/java" -XX:AOTCache="$app/callsheet.aot" "$@"
fi
exec "$image/lib/runtime/bin/java" "$@"
