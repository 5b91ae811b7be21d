package org.callsheet.ui.calls;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.StringProperty;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.callsheet.ui.common.DatePickers;
import org.callsheet.ui.i18n.I18n;

/**
 * A date picker (in the language's date format) beside a time box (half hours to choose from, any
 * time may be typed) that edit one "2026-03-02 09:30" text together, the form in which the call
 * dialog's model keeps times.
 */
public final class DateTimeField {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);
    private final DatePicker date = new DatePicker();
    private final ComboBox<String> time = new ComboBox<>();
    private final HBox root = new HBox(6, date, time);
    private final StringProperty text;
    private boolean syncing;

    public DateTimeField(StringProperty text, String id, I18n i18n) {
        this.text = text;
        date.setId(id + "-date");
        DatePickers.localize(date, i18n);
        date.setMaxWidth(Double.MAX_VALUE);
        date.setMinWidth(150);
        time.setId(id + "-time");
        time.setEditable(true);
        time.getItems().setAll(halfHours());
        time.setPromptText("09:30");
        time.setPrefWidth(86);
        time.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        root.setId(id);
        root.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(date, Priority.ALWAYS);
        show(text.get());
        text.addListener((obs, old, now) -> show(now));
        date.valueProperty().addListener((obs, old, now) -> push());
        time.getEditor().textProperty().addListener((obs, old, now) -> push());
        time.valueProperty().addListener((obs, old, now) -> {
            if (now != null && !now.equals(time.getEditor().getText())) {
                time.getEditor().setText(now);
            }
        });
    }

    public HBox node() {
        return root;
    }

    private void show(String value) {
        if (syncing) {
            return;
        }
        syncing = true;
        CallTimes.parse(value).ifPresentOrElse(at -> {
            date.setValue(at.toLocalDate());
            time.getEditor().setText(at.toLocalTime().format(TIME));
        }, () -> {
            if (value == null || value.isBlank()) {
                date.setValue(null);
                time.getEditor().setText("");
            }
        });
        syncing = false;
    }

    private void push() {
        if (syncing) {
            return;
        }
        syncing = true;
        String day = date.getValue() == null ? "" : date.getValue().format(DATE);
        text.set((day + " " + time.getEditor().getText().strip()).strip());
        syncing = false;
    }

    private static List<String> halfHours() {
        List<String> out = new ArrayList<>();
        for (LocalTime t = LocalTime.of(7, 0); !t.isAfter(LocalTime.of(21, 0)); t = t.plusMinutes(30)) {
            out.add(t.format(TIME));
        }
        return out;
    }
}
