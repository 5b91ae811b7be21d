package org.callsheet.persistence.safety;

import java.util.Optional;
import org.callsheet.logic.safety.StorageUnavailableException;
import org.jooq.Configuration;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.ExecuteListenerProvider;
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

    /**
     * What a failure outside jOOQ's statements (a commit on the connection itself) should be
     * thrown as: the storage problem behind it when the configuration watches for them, else
     * {@code otherwise}.
     */
    public static RuntimeException explained(Configuration configuration, Throwable failure,
                                             RuntimeException otherwise) {
        for (ExecuteListenerProvider provider : configuration.executeListenerProviders()) {
            if (provider.provide() instanceof StorageFailureListener listener) {
                return listener.failures.explain(failure).<RuntimeException>map(p -> p).orElse(otherwise);
            }
        }
        return otherwise;
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
