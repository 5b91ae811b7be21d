package org.callsheet.persistence.safety;

import org.jooq.TransactionContext;
import org.jooq.TransactionProvider;
import org.jooq.exception.DataAccessException;

/**
 * jOOQ's transactions, with a commit or rollback that failed on a damaged file or a full disk
 * carrying the {@link org.callsheet.logic.safety.StorageUnavailableException}.
 */
public final class StorageFailureTransactions implements TransactionProvider {
    private final TransactionProvider delegate;
    private final StorageFailures failures;

    public StorageFailureTransactions(TransactionProvider delegate, StorageFailures failures) {
        this.delegate = delegate;
        this.failures = failures;
    }

    @Override
    public void begin(TransactionContext ctx) {
        delegate.begin(ctx);
    }

    @Override
    public void commit(TransactionContext ctx) {
        try {
            delegate.commit(ctx);
        } catch (RuntimeException e) {
            throw explained(e);
        }
    }

    @Override
    public void rollback(TransactionContext ctx) {
        try {
            delegate.rollback(ctx);
        } catch (RuntimeException e) {
            throw explained(e);
        }
    }

    private RuntimeException explained(RuntimeException e) {
        return failures.explain(e)
                .<RuntimeException>map(problem -> new DataAccessException(problem.getMessage(), problem))
                .orElse(e);
    }
}
