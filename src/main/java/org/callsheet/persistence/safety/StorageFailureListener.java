package org.callsheet.persistence.safety;

import java.util.Optional;
import org.callsheet.logic.safety.StorageUnavailableException;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.exception.DataAccessException;

/**
 * Turns a statement's failure caused by a damaged file or a full disk into one that carries the
 * {@link StorageUnavailableException}, so the command line and the window can say what happened.
 */
public final class StorageFailureListener implements ExecuteListener {
    private final StorageFailures failures;

    public StorageFailureListener(StorageFailures failures) {
        this.failures = failures;
    }

    @Override
    public void exception(ExecuteContext ctx) {
        RuntimeException failure = ctx.exception();
        if (failure == null) {
            return;
        }
        Optional<StorageUnavailableException> explained = failures.explain(failure);
        explained.ifPresent(problem -> ctx.exception(new DataAccessException(problem.getMessage(), problem)));
    }
}
