package org.callsheet.ui.calls;

import java.time.LocalDateTime;
import java.time.ZoneId;
import javafx.scene.control.ListCell;
import javafx.util.StringConverter;
import org.callsheet.logic.calls.CallTexts;
import org.callsheet.logic.calls.CallWarning;
import org.callsheet.logic.calls.OutcomeChoice;
import org.callsheet.model.Contact;
import org.callsheet.ui.i18n.I18n;

/** How calls, contacts and warnings read in the user's language. */
public final class CallLabels {

    private CallLabels() {
    }

    /** "王芳 already called at 10:05 — No answer". */
    public static String warning(I18n i18n, CallWarning w, ZoneId zone) {
        LocalDateTime at = LocalDateTime.ofInstant(w.startedAt(), zone);
        String who = w.caller().isBlank() ? i18n.get("callDialog.someone") : w.caller();
        return i18n.format(CallTexts.warning(w), who, w.today() ? i18n.dates().time(at.toLocalTime()) : i18n.dates().dateTime(at))
                + " — " + i18n.get(CallTexts.outcome(w.outcome()));
    }

    /** The label of an outcome: the rep's own label, or the built-in outcome's text. */
    public static String outcome(I18n i18n, OutcomeChoice choice) {
        return choice.custom() != null ? choice.custom().label() : i18n.get(CallTexts.outcome(choice.outcome()));
    }

    /** A converter that shows enum values (or other values) through a text function; null as "—". */
    public static <T> StringConverter<T> converter(java.util.function.Function<T, String> text) {
        return converter(text, "—");
    }

    /** A converter that shows values through a text function and null as {@code none}. */
    public static <T> StringConverter<T> converter(java.util.function.Function<T, String> text, String none) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? none : text.apply(value);
            }

            @Override
            public T fromString(String string) {
                return null;
            }
        };
    }

    public static String contact(Contact c) {
        return c.title() == null || c.title().isBlank() ? c.name() : c.name() + " · " + c.title();
    }

    /** A list cell that shows values through a text function. */
    public static <T> ListCell<T> cell(java.util.function.Function<T, String> text) {
        return cell(text, "—");
    }

    /** A list cell that shows values through a text function and null as {@code none}. */
    public static <T> ListCell<T> cell(java.util.function.Function<T, String> text, String none) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item == null ? none : text.apply(item));
            }
        };
    }
}
