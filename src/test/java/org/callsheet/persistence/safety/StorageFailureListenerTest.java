package org.callsheet.persistence.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import org.callsheet.logic.safety.StorageUnavailableException;
import org.jooq.SQLDialect;
import org.jooq.impl.DefaultConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A commit on the import's own connection that fails for want of space says so, as a statement would. */
class StorageFailureListenerTest {
    @TempDir
    Path folder;

    @Test
    void aCommitThatFoundNoSpaceIsExplainedAsADiskFull() {
        DefaultConfiguration watched = new DefaultConfiguration();
        watched.set(SQLDialect.H2).set(new StorageFailureListener(new StorageFailures(folder.resolve("crm"))));
        SQLException commit = new SQLException("General error", new IOException("No space left on device"));
        RuntimeException otherwise = new IllegalStateException("the import could not be committed");

        RuntimeException thrown = StorageFailureListener.explained(watched, commit, otherwise);

        assertThat(thrown).isInstanceOfSatisfying(StorageUnavailableException.class,
                e -> assertThat(e.reason()).isEqualTo(StorageUnavailableException.Reason.DISK_FULL));
        assertThat(StorageFailureListener.explained(new DefaultConfiguration(), commit, otherwise))
                .as("a configuration that does not watch (a database in memory)").isSameAs(otherwise);
        assertThat(StorageFailureListener.explained(watched, new SQLException("deadlock"), otherwise))
                .isSameAs(otherwise);
    }
}
