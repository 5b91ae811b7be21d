package org.callsheet.ui.shell;

import java.io.InputStream;
import java.util.List;
import java.util.stream.Stream;
import javafx.collections.ListChangeListener;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Gives the window and every dialog Callsheet's icon: each stage that appears without icons of its
 * own gets the sizes made from {@code icons/callsheet.svg}, and the desktop picks the one it needs.
 */
public final class WindowIcons {
    private static final List<Integer> SIZES = List.of(16, 24, 32, 48, 64, 128, 256);
    private static List<Image> images;

    private WindowIcons() {
    }

    /** Call once on the FX thread before the first window opens. */
    public static void install() {
        if (images != null) {
            return;
        }
        images = SIZES.stream().flatMap(WindowIcons::load).toList();
        Window.getWindows().addListener((ListChangeListener<Window>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(WindowIcons::decorate);
            }
        });
        Window.getWindows().forEach(WindowIcons::decorate);
    }

    static List<Image> images() {
        return images == null ? List.of() : images;
    }

    private static void decorate(Window window) {
        if (window instanceof Stage stage && stage.getIcons().isEmpty()) {
            stage.getIcons().setAll(images());
        }
    }

    private static Stream<Image> load(int size) {
        // a missing size leaves the others; the desktop scales the nearest one
        try (InputStream in = WindowIcons.class.getResourceAsStream("/org/callsheet/icons/callsheet-" + size + ".png")) {
            return in == null ? Stream.empty() : Stream.of(new Image(in));
        } catch (java.io.IOException e) {
            return Stream.empty();
        }
    }
}
