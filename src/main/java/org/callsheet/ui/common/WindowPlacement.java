package org.callsheet.ui.common;

import java.util.List;
import java.util.Optional;
import javafx.geometry.Rectangle2D;

/** Size, position and maximised state of the main window, as stored in Settings.WINDOW. */
public record WindowPlacement(double x, double y, double width, double height, boolean maximized) {
    public static final double MIN_WIDTH = 900;
    public static final double MIN_HEIGHT = 600;

    public static Optional<WindowPlacement> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String[] parts = text.split(",");
        if (parts.length != 5) {
            return Optional.empty();
        }
        try {
            double w = Double.parseDouble(parts[2].strip());
            double h = Double.parseDouble(parts[3].strip());
            if (!(w > 0 && h > 0)) {
                return Optional.empty();
            }
            return Optional.of(new WindowPlacement(Double.parseDouble(parts[0].strip()),
                    Double.parseDouble(parts[1].strip()), w, h, Boolean.parseBoolean(parts[4].strip())));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public String format() {
        return Math.round(x) + "," + Math.round(y) + "," + Math.round(width) + "," + Math.round(height) + ","
                + maximized;
    }

    /**
     * This placement made to fit the screens: a window whose title bar would be on no screen (a
     * monitor was unplugged) moves to the centre of the first screen, and nothing is larger than it.
     */
    public WindowPlacement fitTo(List<Rectangle2D> screens) {
        if (screens.isEmpty()) {
            return this;
        }
        Rectangle2D primary = screens.getFirst();
        double w = Math.max(Math.min(width, primary.getWidth()), Math.min(MIN_WIDTH, primary.getWidth()));
        double h = Math.max(Math.min(height, primary.getHeight()), Math.min(MIN_HEIGHT, primary.getHeight()));
        // The top strip of the window must be reachable with the mouse.
        Rectangle2D titleBar = new Rectangle2D(x + 40, y, Math.max(1, Math.min(w, 200) - 80), 30);
        boolean visible = screens.stream().anyMatch(s -> s.intersects(titleBar));
        if (visible) {
            return new WindowPlacement(x, y, w, h, maximized);
        }
        return centredOn(primary, w, h, maximized);
    }

    public static WindowPlacement centredOn(Rectangle2D screen, double w, double h, boolean maximized) {
        return new WindowPlacement(screen.getMinX() + (screen.getWidth() - w) / 2,
                screen.getMinY() + (screen.getHeight() - h) / 2, w, h, maximized);
    }
}
