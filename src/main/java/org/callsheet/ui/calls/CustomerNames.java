package org.callsheet.ui.calls;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.callsheet.logic.customers.CustomerBook;
import org.callsheet.model.CustomerRow;

/** Looks up customer names by id in one query (run off the UI thread). */
public final class CustomerNames {
    private CustomerNames() {
    }

    public static Map<Long, String> of(CustomerBook book, Set<Long> ids) {
        Map<Long, String> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        for (CustomerRow row : book.rows(ids.stream().mapToLong(Long::longValue).toArray())) {
            out.put(row.id(), row.name());
        }
        return out;
    }

    public static String name(Map<Long, String> names, long id) {
        return names.getOrDefault(id, "#" + id);
    }
}
