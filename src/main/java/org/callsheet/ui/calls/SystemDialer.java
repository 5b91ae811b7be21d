package org.callsheet.ui.calls;

import java.awt.Desktop;
import java.net.URI;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;

/**
 * Opens the system's tel: handler where the desktop offers one; otherwise copies the number to the
 * clipboard so the rep can paste it into a softphone or read it off while dialling.
 */
public final class SystemDialer implements Dialer {

    @Override
    public Result dial(String number) {
        String digits = number.replaceAll("[^0-9+]", "");
        try {
            if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.BROWSE)) {
                Desktop.getDesktop().browse(URI.create("tel:" + digits));
                return Result.OPENED;
            }
        } catch (Exception | LinkageError e) {
            // no handler for tel: links here; fall back to the clipboard
        }
        ClipboardContent content = new ClipboardContent();
        content.putString(number);
        Clipboard.getSystemClipboard().setContent(content);
        return Result.COPIED;
    }
}
