package org.callsheet.ui.encryption;

import java.util.Arrays;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.callsheet.logic.encryption.DatabasePassword;
import org.callsheet.logic.safety.StorageUnavailableException;
import org.callsheet.ui.common.UserMessage;
import org.callsheet.ui.concurrent.TaskRunner;
import org.callsheet.ui.concurrent.WorkCallbacks;

/**
 * The password asked at start for an encrypted database: three tries, each opened off the UI
 * thread; a wrong one says how many are left, the third ends the start.
 *
 * @param <T> what opening the database gives (the app's context)
 */
public final class StartPasswordViewModel<T> {
    public static final int TRIES = 3;

    /** Opens the database with a password; a wrong one throws the storage problem {@code WRONG_PASSWORD}. */
    @FunctionalInterface
    public interface Opener<T> {
        T open(DatabasePassword password);
    }

    /** How asking ended. */
    public sealed interface Outcome<T> {
        record Opened<T>(T value) implements Outcome<T> {
        }

        /** Three wrong passwords; the last refusal says why. */
        record GaveUp<T>(StorageUnavailableException refusal) implements Outcome<T> {
        }

        record Cancelled<T>() implements Outcome<T> {
        }

        /** Opening failed for another reason than the password (a damaged file, the database in use). */
        record Failed<T>(Throwable error) implements Outcome<T> {
        }
    }

    private final Opener<T> opener;
    private final TaskRunner runner;
    private final SimpleIntegerProperty triesLeft = new SimpleIntegerProperty(TRIES);
    private final SimpleBooleanProperty busy = new SimpleBooleanProperty();
    private final ObjectProperty<UserMessage> message = new SimpleObjectProperty<>();
    private final ObjectProperty<Outcome<T>> outcome = new SimpleObjectProperty<>();

    public StartPasswordViewModel(Opener<T> opener, TaskRunner runner) {
        this.opener = opener;
        this.runner = runner;
    }

    public ReadOnlyIntegerProperty triesLeftProperty() {
        return triesLeft;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public ReadOnlyObjectProperty<UserMessage> messageProperty() {
        return message;
    }

    /** Set once, when asking is over. */
    public ReadOnlyObjectProperty<Outcome<T>> outcomeProperty() {
        return outcome;
    }

    /** Tries {@code typed} (cleared afterwards); ignored while a try runs or after the end. */
    public void submit(char[] typed) {
        try {
            if (busy.get() || outcome.get() != null) {
                return;
            }
            if (DatabasePassword.isBlank(typed)) {
                message.set(UserMessage.of("encryption.start.empty"));
                return;
            }
            DatabasePassword password = DatabasePassword.of(typed);
            busy.set(true);
            message.set(UserMessage.of("encryption.start.opening"));
            runner.submit(context -> opener.open(password), WorkCallbacks.<T>of(opened -> {
                busy.set(false);
                message.set(null);
                outcome.set(new Outcome.Opened<>(opened));
            }, this::refused));
        } finally {
            Arrays.fill(typed, '\0');
        }
    }

    private void refused(Throwable error) {
        busy.set(false);
        var problem = StorageUnavailableException.in(error)
                .filter(p -> p.reason() == StorageUnavailableException.Reason.WRONG_PASSWORD);
        if (problem.isEmpty()) {
            message.set(null);
            outcome.set(new Outcome.Failed<>(error));
            return;
        }
        triesLeft.set(triesLeft.get() - 1);
        if (triesLeft.get() == 0) {
            message.set(null);
            outcome.set(new Outcome.GaveUp<>(problem.get()));
        } else {
            message.set(UserMessage.of("encryption.start.wrong", triesLeft.get()));
        }
    }

    public void cancel() {
        if (outcome.get() == null) {
            outcome.set(new Outcome.Cancelled<>());
        }
    }
}
