package org.callsheet.ui.settings;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import org.callsheet.logic.classification.ClassificationSettingsStore;
import org.callsheet.logic.classification.ClassificationThreshold;
import org.callsheet.logic.classification.ThresholdValues;
import org.callsheet.logic.classification.rules.ClassificationSettings;
import org.callsheet.ui.common.StatusModel;
import org.callsheet.ui.common.UserMessage;
import org.callsheet.ui.concurrent.TaskRunner;
import org.callsheet.ui.concurrent.WorkCallbacks;

/**
 * The classification thresholds form: one text per {@link ClassificationThreshold}, percentages
 * shown as percent. Validates as the rep types; saving stores them for the next classification.
 */
public final class ClassificationSettingsViewModel {
    private final ClassificationSettingsStore store;
    private final TaskRunner runner;
    private final StatusModel status;
    private final Map<ClassificationThreshold, StringProperty> texts = new EnumMap<>(ClassificationThreshold.class);
    private final Map<ClassificationThreshold, String> saved = new EnumMap<>(ClassificationThreshold.class);
    private final ObservableMap<String, String> errors = FXCollections.observableHashMap();
    private final BooleanProperty busy = new SimpleBooleanProperty(true);
    private final BooleanBinding changed;

    public ClassificationSettingsViewModel(ClassificationSettingsStore store, TaskRunner runner, StatusModel status) {
        this.store = store;
        this.runner = runner;
        this.status = status;
        for (ClassificationThreshold t : ClassificationThreshold.values()) {
            StringProperty text = new SimpleStringProperty("");
            text.addListener((obs, old, now) -> validate());
            texts.put(t, text);
        }
        changed = Bindings.createBooleanBinding(this::differsFromSaved,
                texts.values().toArray(new Observable[0]));
        changed.invalidate();
    }

    /** Reads the stored thresholds into the form, in the background. */
    public void load() {
        busy.set(true);
        runner.submit(context -> store.read(), WorkCallbacks.of(settings -> {
            show(settings);
            saved.clear();
            texts.forEach((t, text) -> saved.put(t, text.get()));
            changed.invalidate();
            busy.set(false);
        }, error -> {
            busy.set(false);
            status.show(UserMessage.of("settings.classify.loadFailed"));
        }));
    }

    public StringProperty text(ClassificationThreshold threshold) {
        return texts.get(threshold);
    }

    /** Problems by threshold name, as message keys. */
    public ObservableMap<String, String> errors() {
        return errors;
    }

    public BooleanBinding changedBinding() {
        return changed;
    }

    /** True while loading or saving. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    /** Checks every value and how they fit together; true when all are fine. */
    public boolean validate() {
        errors.clear();
        Map<ClassificationThreshold, BigDecimal> values = new EnumMap<>(ClassificationThreshold.class);
        texts.forEach((t, text) -> {
            BigDecimal value = ThresholdFormat.parse(t, text.get());
            if (value == null) {
                errors.put(t.name(), "settings.classify.problem.NOT_A_NUMBER");
            } else {
                values.put(t, value);
            }
        });
        ThresholdValues.of(ClassificationSettings.DEFAULTS, values).problems().forEach((t, problem) ->
                errors.putIfAbsent(t.name(), "settings.classify.problem." + problem.name()));
        return errors.isEmpty();
    }

    /** Stores the thresholds; they apply from the next classification. */
    public void save() {
        save(() -> { });
    }

    /** Stores the thresholds, then runs {@code then}; nothing when a value is wrong (its message shows). */
    public void save(Runnable then) {
        if (busy.get() || !validate()) {
            return;
        }
        Map<ClassificationThreshold, BigDecimal> values = new EnumMap<>(ClassificationThreshold.class);
        texts.forEach((t, text) -> values.put(t, ThresholdFormat.parse(t, text.get())));
        ThresholdValues chosen = ThresholdValues.of(ClassificationSettings.DEFAULTS, values);
        busy.set(true);
        runner.submit(context -> {
            store.write(chosen);
            return Boolean.TRUE;
        }, WorkCallbacks.of(done -> {
            busy.set(false);
            show(chosen.toSettings());
            saved.clear();
            texts.forEach((t, text) -> saved.put(t, text.get()));
            changed.invalidate();
            status.show(UserMessage.of("settings.classify.saved"));
            then.run();
        }, error -> {
            busy.set(false);
            status.show(UserMessage.of("settings.classify.saveFailed"));
        }));
    }

    /** Puts the documented defaults in the form; Save stores them. */
    public void restoreDefaults() {
        show(ClassificationSettings.DEFAULTS);
    }

    /** Puts the form back to what is stored. */
    public void revert() {
        saved.forEach((t, text) -> texts.get(t).set(text));
    }

    private void show(ClassificationSettings settings) {
        ThresholdValues values = ThresholdValues.of(settings);
        texts.forEach((t, text) -> text.set(ThresholdFormat.format(t, values.get(t))));
    }

    private boolean differsFromSaved() {
        if (saved.isEmpty()) {
            return false;
        }
        for (Map.Entry<ClassificationThreshold, StringProperty> e : texts.entrySet()) {
            if (!e.getValue().get().strip().equals(saved.get(e.getKey()))) {
                return true;
            }
        }
        return false;
    }
}
