package org.callsheet.logic.history;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;
import org.callsheet.model.FieldChange;
import org.callsheet.model.Customer;
import org.callsheet.model.CustomerField;
import org.callsheet.model.GeoPoint;

/**
 * The fields in which two states of a customer differ, as the field history stores them. Blank
 * and missing count as the same (the database keeps neither), tags compare as a set, and a
 * location by its value, whatever the scale its decimals were written with.
 */
public final class CustomerFieldDiff {
    private CustomerFieldDiff() {
    }

    /** Every field whose text differs between {@code before} and {@code after}, in the enum's order. */
    public static List<FieldChange> between(Customer before, Customer after) {
        List<FieldChange> changed = new ArrayList<>(2);
        for (CustomerField field : CustomerField.values()) {
            String old = textOf(before, field);
            String now = textOf(after, field);
            if (!old.equals(now)) {
                changed.add(new FieldChange(field, old, now));
            }
        }
        return changed;
    }

    /** The field's value as the history writes it. */
    public static String textOf(Customer c, CustomerField field) {
        return switch (field) {
            case NAME -> plain(c.name());
            case EXTERNAL_ID -> plain(c.externalId());
            case KIND -> c.kind().name();
            case INDUSTRY -> plain(c.industry());
            case SIZE_CLASS -> plain(c.sizeClass());
            case STREET -> plain(c.address().street());
            case PROVINCE -> plain(c.address().province());
            case CITY -> plain(c.address().city());
            case DISTRICT -> plain(c.address().district());
            case LOCATION -> location(c.location());
            case SOURCE -> plain(c.source());
            case OWNER -> plain(c.ownerRep());
            case TAGS -> tags(c.tags());
            case NOTES -> plain(c.notes());
            case NO_NEED -> Boolean.toString(c.noNeed());
            case STATUS -> c.status().name();
        };
    }

    private static String plain(String s) {
        return s == null || s.isBlank() ? "" : s;
    }

    private static String tags(List<String> tags) {
        TreeSet<String> set = new TreeSet<>();
        tags.stream().filter(Objects::nonNull).map(String::strip).filter(t -> !t.isEmpty()).forEach(set::add);
        return String.join(", ", set);
    }

    private static String location(GeoPoint p) {
        if (p == null || p.latitude() == null || p.longitude() == null) {
            return "";
        }
        Function<BigDecimal, String> text = d -> d.stripTrailingZeros().toPlainString();
        return text.apply(p.latitude()) + "," + text.apply(p.longitude());
    }
}
