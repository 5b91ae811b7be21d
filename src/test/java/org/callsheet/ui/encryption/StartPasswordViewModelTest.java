package org.callsheet.ui.encryption;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.callsheet.logic.encryption.DatabasePassword;
import org.callsheet.logic.safety.BackupRetention;
import org.callsheet.logic.safety.StorageUnavailableException;
import org.callsheet.logic.safety.StorageUnavailableException.Reason;
import org.callsheet.persistence.Database;
import org.callsheet.persistence.encryption.H2DatabaseEncryption;
import org.callsheet.persistence.safety.H2DatabaseSafety;
import org.callsheet.persistence.safety.OpenDatabase;
import org.callsheet.ui.common.UserMessage;
import org.callsheet.ui.concurrent.SameThreadTaskRunner;
import org.callsheet.ui.encryption.StartPasswordViewModel.Outcome;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The password asked at start, against a real encrypted database file: three tries. */
class StartPasswordViewModelTest {
    private static final String PASSWORD = "the right one";

    @TempDir
    Path folder;
    private Path db;
    private final List<UserMessage> messages = new ArrayList<>();

    @BeforeEach
    void encryptedDatabase() {
        db = folder.resolve("crm");
        Database[] opened = {Database.open(db)};
        OpenDatabase open = new OpenDatabase() {
            @Override
            public Database database() {
                return opened[0];
            }

            @Override
            public void close() {
                opened[0].close();
            }
        };
        new H2DatabaseEncryption(db, open, new H2DatabaseSafety(db, open, Clock.systemDefaultZone()), Optional.empty())
                .encrypt(DatabasePassword.of(PASSWORD), BackupRetention.DEFAULT);
    }

    private StartPasswordViewModel<Database> model() {
        StartPasswordViewModel<Database> model = new StartPasswordViewModel<>(
                password -> Database.open(db, Optional.of(password)), new SameThreadTaskRunner());
        model.messageProperty().addListener((obs, old, now) -> {
            if (now != null) {
                messages.add(now);
            }
        });
        return model;
    }

    @Test
    void threeWrongPasswordsEndTheStartWithTheRefusal() {
        StartPasswordViewModel<Database> model = model();

        model.submit("wrong 1".toCharArray());
        assertThat(model.triesLeftProperty().get()).isEqualTo(2);
        assertThat(model.messageProperty().get()).isEqualTo(UserMessage.of("encryption.start.wrong", 2));
        assertThat(model.outcomeProperty().get()).isNull();
        model.submit("wrong 2".toCharArray());
        assertThat(model.messageProperty().get()).isEqualTo(UserMessage.of("encryption.start.wrong", 1));
        model.submit("wrong 3".toCharArray());

        assertThat(model.triesLeftProperty().get()).isZero();
        assertThat(model.outcomeProperty().get()).isInstanceOfSatisfying(Outcome.GaveUp.class,
                gaveUp -> assertThat(((StorageUnavailableException) gaveUp.refusal()).reason())
                        .isEqualTo(Reason.WRONG_PASSWORD));
        model.submit(PASSWORD.toCharArray());
        assertThat(model.outcomeProperty().get()).isInstanceOf(Outcome.GaveUp.class);
    }

    @Test
    void theRightPasswordOnTheSecondTryOpensTheDatabase() {
        StartPasswordViewModel<Database> model = model();
        model.submit("wrong".toCharArray());

        char[] typed = PASSWORD.toCharArray();
        model.submit(typed);

        assertThat(model.outcomeProperty().get()).isInstanceOfSatisfying(Outcome.Opened.class, opened -> {
            try (Database database = (Database) opened.value()) {
                assertThat(database.encrypted()).isTrue();
            }
        });
        assertThat(model.triesLeftProperty().get()).isEqualTo(2);
        assertThat(new String(typed)).isEqualTo("\0".repeat(PASSWORD.length()));
        assertThat(messages).contains(UserMessage.of("encryption.start.opening"));
    }

    @Test
    void anEmptyPasswordCostsNoTry() {
        StartPasswordViewModel<Database> model = model();

        model.submit("  ".toCharArray());

        assertThat(model.triesLeftProperty().get()).isEqualTo(3);
        assertThat(model.messageProperty().get()).isEqualTo(UserMessage.of("encryption.start.empty"));
        assertThat(model.outcomeProperty().get()).isNull();
    }

    @Test
    void quittingEndsAskingAndAnotherProblemIsPassedOn() {
        StartPasswordViewModel<Database> quitting = model();
        quitting.cancel();
        assertThat(quitting.outcomeProperty().get()).isInstanceOf(Outcome.Cancelled.class);

        StartPasswordViewModel<Object> inUse = new StartPasswordViewModel<>(password -> {
            throw new StorageUnavailableException(Reason.IN_USE, db.toString(), null);
        }, new SameThreadTaskRunner());
        inUse.submit(PASSWORD.toCharArray());
        assertThat(inUse.outcomeProperty().get()).isInstanceOf(Outcome.Failed.class);
        assertThat(inUse.triesLeftProperty().get()).isEqualTo(3);
    }
}
