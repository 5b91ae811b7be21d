package org.callsheet.app;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * Run in its own JVM by {@link SimultaneousStartsTest}: a start of the window on a database, up to
 * the point where it either becomes the window (prints {@code WINDOW}, then {@code RAISED} each time
 * a later start hands over to it, and stays until its standard input closes) or hands over to the
 * window that is (prints {@code HANDED_OVER}).
 */
public final class ClaimWindowChild {
    private ClaimWindowChild() {
    }

    public static void main(String[] args) throws Exception {
        Optional<WindowChannel> claimed = WindowChannel.claimOrHandOver(Path.of(args[0]), () -> {
            System.out.println("RAISED");
            System.out.flush();
        }, Duration.ofSeconds(20));
        if (claimed.isEmpty()) {
            System.out.println("HANDED_OVER");
            return;
        }
        try (WindowChannel window = claimed.get()) {
            System.out.println("WINDOW");
            System.out.flush();
            while (System.in.read() >= 0) {
                // open until the test closes our input
            }
        }
    }
}
