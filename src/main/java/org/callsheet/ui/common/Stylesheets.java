package org.callsheet.ui.common;

import javafx.scene.Scene;

/** The app's own stylesheet, added to every scene on top of the AtlantaFX theme. */
public final class Stylesheets {
    public static final String APP = "/org/callsheet/ui/callsheet.css";

    private Stylesheets() {
    }

    public static void apply(Scene scene) {
        String url = Stylesheets.class.getResource(APP).toExternalForm();
        if (!scene.getStylesheets().contains(url)) {
            scene.getStylesheets().add(url);
        }
    }
}
