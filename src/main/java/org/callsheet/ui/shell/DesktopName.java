package org.callsheet.ui.shell;

/**
 * Names the program for the desktop. On Linux the window class (WM_CLASS) is what a taskbar
 * matches with the menu entry's {@code StartupWMClass}; without a name JavaFX reports "java" and
 * the taskbar shows a second, generic icon. JavaFX has no public call for it, so glass's own is
 * used; it must run on the FX thread before the first window is created.
 */
public final class DesktopName {
    public static final String NAME = "callsheet";

    private DesktopName() {
    }

    public static void apply() {
        com.sun.glass.ui.Application.GetApplication().setName(NAME);
    }
}
