package org.callsheet.ui.shell;

import org.callsheet.ui.common.WindowPlacement;
import javafx.stage.Stage;

/**
 * Follows the main window's normal (not maximised) bounds, since a maximised stage reports the
 * screen's bounds and those are not what should be restored.
 */
final class WindowTracker {
    private final Stage stage;
    private double x;
    private double y;
    private double width;
    private double height;

    WindowTracker(Stage stage) {
        this.stage = stage;
        stage.xProperty().addListener((obs, old, now) -> remember());
        stage.yProperty().addListener((obs, old, now) -> remember());
        stage.widthProperty().addListener((obs, old, now) -> remember());
        stage.heightProperty().addListener((obs, old, now) -> remember());
    }

    private void remember() {
        if (!stage.isMaximized() && !stage.isIconified()) {
            x = stage.getX();
            y = stage.getY();
            width = stage.getWidth();
            height = stage.getHeight();
        }
    }

    void apply(WindowPlacement placement) {
        stage.setX(placement.x());
        stage.setY(placement.y());
        stage.setWidth(placement.width());
        stage.setHeight(placement.height());
        x = placement.x();
        y = placement.y();
        width = placement.width();
        height = placement.height();
        stage.setMaximized(placement.maximized());
    }

    WindowPlacement placement() {
        return new WindowPlacement(x, y, width, height, stage.isMaximized());
    }
}
