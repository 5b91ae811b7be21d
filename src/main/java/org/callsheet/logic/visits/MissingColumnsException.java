package org.callsheet.logic.visits;

import java.util.List;

/** A stops file whose header lacks columns the route needs (canonical field ids). */
public final class MissingColumnsException extends RuntimeException {
    private final List<String> fields;

    public MissingColumnsException(List<String> fields) {
        super("missing columns: " + fields);
        this.fields = List.copyOf(fields);
    }

    public List<String> fields() {
        return fields;
    }
}
