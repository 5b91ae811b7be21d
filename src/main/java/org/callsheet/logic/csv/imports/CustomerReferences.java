package org.callsheet.logic.csv.imports;

import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.callsheet.logic.csv.CsvProblem;
import org.callsheet.logic.csv.HeaderMapping;
import org.callsheet.logic.csv.ProblemCode;

/**
 * The stored customers that a chunk of contact or call rows names in customer_external_id (an
 * external id or, failing that, a uid), looked up once per chunk.
 */
final class CustomerReferences {
    private final Map<String, Long> ids;
    private final HeaderMapping mapping;

    private CustomerReferences(Map<String, Long> ids, HeaderMapping mapping) {
        this.ids = ids;
        this.mapping = mapping;
    }

    static CustomerReferences lookUp(ImportSession session, Collection<String> references, HeaderMapping mapping) {
        return new CustomerReferences(session.customerIdsByReference(new HashSet<>(references)), mapping);
    }

    /** Ids of all the customers found. */
    Set<Long> found() {
        return new HashSet<>(ids.values());
    }

    /** The customer's id, or null when the reference names none. */
    Long id(String reference) {
        return ids.get(reference);
    }

    /** The customer's id, or null after rejecting the row as naming an unknown customer. */
    Long idOrReject(RowOutcome outcome, String reference) {
        Long id = ids.get(reference);
        if (id == null) {
            rejectUnknown(outcome, mapping, reference);
        }
        return id;
    }

    /** Rejects the row as naming a customer that is not in the book. */
    static void rejectUnknown(RowOutcome outcome, HeaderMapping mapping, String reference) {
        outcome.reject(CsvProblem.error(ProblemCode.UNKNOWN_CUSTOMER, outcome.row.row(),
                mapping.columnName("customer_external_id"), reference));
    }
}
