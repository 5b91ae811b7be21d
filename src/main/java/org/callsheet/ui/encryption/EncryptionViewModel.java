package org.callsheet.ui.encryption;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.callsheet.logic.encryption.ConversionFailedException;
import org.callsheet.logic.encryption.DatabaseEncryption;
import org.callsheet.logic.encryption.DatabasePassword;
import org.callsheet.logic.encryption.PasswordRules;
import org.callsheet.logic.safety.BackupInfo;
import org.callsheet.logic.safety.SafetySettings;
import org.callsheet.logic.safety.StorageUnavailableException;
import org.callsheet.ui.common.UserMessage;
import org.callsheet.ui.concurrent.TaskRunner;
import org.callsheet.ui.concurrent.WorkCallbacks;

/**
 * The Encryption section of Settings: whether the file is encrypted; Encrypt, Change password and
 * Decrypt, each after a backup, then Callsheet starts again (it asks for the new password then).
 */
public final class EncryptionViewModel {
    private final DatabaseEncryption encryption;
    private final SafetySettings settings;
    private final Runnable restart;
    private final TaskRunner runner;
    private final SimpleBooleanProperty encrypted = new SimpleBooleanProperty();
    private final SimpleBooleanProperty busy = new SimpleBooleanProperty();
    private final ObjectProperty<UserMessage> message = new SimpleObjectProperty<>();
    private final SimpleBooleanProperty restartNeeded = new SimpleBooleanProperty();

    /** @param restart starts Callsheet anew on the converted file and ends this one */
    public EncryptionViewModel(DatabaseEncryption encryption, SafetySettings settings, Runnable restart,
                               TaskRunner runner) {
        this.encryption = encryption;
        this.settings = settings;
        this.restart = restart;
        this.runner = runner;
    }

    public ReadOnlyBooleanProperty encryptedProperty() {
        return encrypted;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public ReadOnlyObjectProperty<UserMessage> messageProperty() {
        return message;
    }

    /**
     * Set when a conversion failed after the database was closed for it: the file is as it was,
     * and Callsheet must start again to open it (the view says so first, then {@link #restartNow()}).
     */
    public ReadOnlyBooleanProperty restartNeededProperty() {
        return restartNeeded;
    }

    public void load() {
        runner.submit(context -> encryption.encrypted(), WorkCallbacks.<Boolean>of(encrypted::set, this::failed));
    }

    /**
     * What keeps a new password from being used, or empty: too short, the two differ, or the rep has
     * not ticked that a lost password means lost data.
     */
    public Optional<UserMessage> problem(char[] password, char[] repeat, boolean understood) {
        if (PasswordRules.tooShort(password)) {
            return Optional.of(UserMessage.of("encryption.problem.short", PasswordRules.MIN_LENGTH));
        }
        if (!Arrays.equals(password, repeat)) {
            return Optional.of(UserMessage.of("encryption.problem.different"));
        }
        if (!understood) {
            return Optional.of(UserMessage.of("encryption.problem.notUnderstood"));
        }
        return Optional.empty();
    }

    /** Encrypts the plain database with {@code password} (cleared afterwards). */
    public void encrypt(char[] password) {
        convert(password, (pw) -> encryption.encrypt(pw, settings.retention()), "encryption.working");
    }

    /** Gives the encrypted database {@code password} (cleared afterwards). */
    public void changePassword(char[] password) {
        convert(password, (pw) -> encryption.changePassword(pw, settings.retention()), "encryption.working");
    }

    public void decrypt() {
        busy.set(true);
        message.set(UserMessage.of("encryption.workingDecrypt"));
        runner.submit(context -> encryption.decrypt(settings.retention()),
                WorkCallbacks.<BackupInfo>of(before -> restart.run(), this::failed));
    }

    private void convert(char[] typed, Function<DatabasePassword, BackupInfo> change, String working) {
        DatabasePassword password;
        try {
            password = DatabasePassword.of(typed);
        } finally {
            Arrays.fill(typed, '\0');
        }
        busy.set(true);
        message.set(UserMessage.of(working));
        runner.submit(context -> change.apply(password),
                WorkCallbacks.<BackupInfo>of(before -> restart.run(), this::failed));
    }

    public void restartNow() {
        restart.run();
    }

    private void failed(Throwable error) {
        busy.set(false);
        if (StorageUnavailableException.in(error).isPresent() && !(error instanceof ConversionFailedException)) {
            // the window says what happened in its own alert; here only that it did not work
            message.set(UserMessage.of("backups.failedStorage"));
            return;
        }
        Throwable reason = error instanceof ConversionFailedException && error.getCause() != null
                ? error.getCause() : error;
        message.set(UserMessage.of("encryption.failed", String.valueOf(reason.getMessage())));
        if (error instanceof ConversionFailedException) {
            restartNeeded.set(true);
        }
    }
}
