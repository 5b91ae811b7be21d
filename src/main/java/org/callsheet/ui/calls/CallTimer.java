package org.callsheet.ui.calls;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/** Times a call from the injected clock: Start, Stop, and the time elapsed so far. */
public final class CallTimer {
    private final Clock clock;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private Instant startedAt;

    public CallTimer(Clock clock) {
        this.clock = clock;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public boolean isRunning() {
        return running.get();
    }

    /** Starts timing now; returns the start. */
    public Instant start() {
        startedAt = clock.instant();
        running.set(true);
        return startedAt;
    }

    /** Stops timing; returns the time elapsed since the start. */
    public Duration stop() {
        Duration elapsed = elapsed();
        running.set(false);
        return elapsed;
    }

    /** Time since the start while running, zero before the first start. */
    public Duration elapsed() {
        if (startedAt == null) {
            return Duration.ZERO;
        }
        Duration d = Duration.between(startedAt, clock.instant());
        return d.isNegative() ? Duration.ZERO : d;
    }
}
