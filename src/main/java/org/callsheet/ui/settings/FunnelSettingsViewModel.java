package org.callsheet.ui.settings;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import org.callsheet.logic.funnel.FunnelSettings;
import org.callsheet.logic.settings.Settings;
import org.callsheet.model.Stage;
import org.callsheet.ui.common.StatusModel;
import org.callsheet.ui.common.UserMessage;
import org.callsheet.ui.concurrent.TaskRunner;
import org.callsheet.ui.concurrent.WorkCallbacks;

/**
 * The Funnel part of Settings: per stage the default probability (0–100 %) and the days after
 * which an open opportunity in it is stale (0 for never, at most {@value #MAX_STALE_DAYS}); and
 * the lost reasons offered, in order (add, remove, move; at least one, each at most
 * {@value #MAX_REASON} characters and named once). Entries are checked as they change; messages
 * are bundle keys per field in {@link #errors()}. Saved values apply to opportunities opened or
 * moved from then on.
 */
public final class FunnelSettingsViewModel {
    static final int MAX_STALE_DAYS = 999;
    static final int MAX_REASON = 60;

    private final Settings settings;
    private final TaskRunner runner;
    private final StatusModel status;
    private final Map<Stage, StringProperty> probabilities = new EnumMap<>(Stage.class);
    private final Map<Stage, StringProperty> staleDays = new EnumMap<>(Stage.class);
    private final ObservableList<String> lostReasons = FXCollections.observableArrayList();
    private final StringProperty newReason = new SimpleStringProperty("");
    private final ObservableMap<String, String> errors = FXCollections.observableHashMap();
    private final ReadOnlyBooleanWrapper changed = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(false);
    private boolean loading;
    private Map<String, String> saved = Map.of();

    public FunnelSettingsViewModel(Settings settings, TaskRunner runner, StatusModel status) {
        this.settings = settings;
        this.runner = runner;
        this.status = status;
        for (Stage stage : Stage.values()) {
            probabilities.put(stage, new SimpleStringProperty(""));
            staleDays.put(stage, new SimpleStringProperty(""));
            probabilities.get(stage).addListener((o, a, b) -> edited());
            staleDays.get(stage).addListener((o, a, b) -> edited());
        }
        newReason.addListener((o, a, b) -> errors.remove("newReason"));
    }

    public StringProperty probabilityProperty(Stage stage) {
        return probabilities.get(stage);
    }

    public StringProperty staleDaysProperty(Stage stage) {
        return staleDays.get(stage);
    }

    /** The lost reasons in the order offered: a built-in reason's code or the rep's own text. */
    public ObservableList<String> lostReasons() {
        return lostReasons;
    }

    public StringProperty newReasonProperty() {
        return newReason;
    }

    public ObservableMap<String, String> errors() {
        return errors;
    }

    public ReadOnlyBooleanProperty changedProperty() {
        return changed.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    /** The field names of {@link #errors()}: {@code probability.CODE}, {@code staleDays.CODE}, {@code lostReasons}, {@code newReason}. */
    static String probabilityField(Stage stage) {
        return "probability." + stage.code();
    }

    static String staleDaysField(Stage stage) {
        return "staleDays." + stage.code();
    }

    // ---- commands ----

    /** Reads the saved values in the background. */
    public void load() {
        runner.submit(context -> FunnelSettings.from(settings),
                WorkCallbacks.<FunnelSettings>of(this::show, status.failure("settings.funnel.error.load")));
    }

    private void show(FunnelSettings loaded) {
        loading = true;
        for (Stage stage : Stage.values()) {
            probabilities.get(stage).set(String.valueOf(loaded.probability(stage)));
            staleDays.get(stage).set(String.valueOf(loaded.staleDays().get(stage)));
        }
        lostReasons.setAll(loaded.lostReasons());
        newReason.set("");
        errors.clear();
        saved = values();
        loading = false;
        changed.set(false);
    }

    /**
     * Adds the typed reason at the end; false (and a message beside it) when it is empty, too long
     * or already in the list (as typed or, for a built-in one, as {@code shown} names it).
     */
    public boolean addReason(java.util.function.Function<String, String> shown) {
        String reason = newReason.get() == null ? "" : newReason.get().strip();
        String problem = reasonProblem(reason, shown);
        if (problem != null) {
            errors.put("newReason", problem);
            return false;
        }
        lostReasons.add(reason);
        newReason.set("");
        edited();
        return true;
    }

    private String reasonProblem(String reason, java.util.function.Function<String, String> shown) {
        if (reason.isEmpty()) {
            return "settings.funnel.error.reasonEmpty";
        }
        if (reason.length() > MAX_REASON) {
            return "settings.funnel.error.reasonTooLong";
        }
        String wanted = reason.toLowerCase(Locale.ROOT);
        boolean taken = lostReasons.stream().anyMatch(r -> r.toLowerCase(Locale.ROOT).equals(wanted)
                || shown.apply(r).toLowerCase(Locale.ROOT).equals(wanted));
        return taken ? "settings.funnel.error.reasonTaken" : null;
    }

    /** Removes the reason at {@code index} (opportunities lost for it keep it). */
    public void removeReason(int index) {
        if (index >= 0 && index < lostReasons.size()) {
            lostReasons.remove(index);
            edited();
        }
    }

    /** Moves the reason at {@code index} one place up (negative) or down; returns its new index. */
    public int moveReason(int index, int by) {
        int target = index + Integer.signum(by);
        if (index < 0 || index >= lostReasons.size() || target < 0 || target >= lostReasons.size()) {
            return index;
        }
        lostReasons.add(target, lostReasons.remove(index));
        edited();
        return target;
    }

    /** Checks every number and the list; true when all is well. */
    public boolean validate() {
        for (Stage stage : Stage.values()) {
            check(probabilityField(stage), probabilities.get(stage).get(), 100, "settings.funnel.error.probability");
            check(staleDaysField(stage), staleDays.get(stage).get(), MAX_STALE_DAYS, "settings.funnel.error.staleDays");
        }
        if (lostReasons.isEmpty()) {
            errors.put("lostReasons", "settings.funnel.error.noReason");
        } else {
            errors.remove("lostReasons");
        }
        return errors.keySet().stream().allMatch("newReason"::equals);
    }

    /** Saves in the background when everything is valid; the status bar says so. */
    public void save(Runnable done) {
        if (!validate()) {
            return;
        }
        Map<String, String> values = values();
        saving.set(true);
        runner.submit(context -> {
            settings.putAll(values);
            return Boolean.TRUE;
        }, WorkCallbacks.<Boolean>of(ok -> {
            saving.set(false);
            saved = Map.copyOf(values);
            changed.set(false);
            status.show(UserMessage.of("status.settingsSaved"));
            done.run();
        }, error -> {
            saving.set(false);
            status.failure("settings.funnel.error.save").accept(error);
        }));
    }

    /** Puts the form back to what is saved. */
    public void revert() {
        load();
    }

    private Map<String, String> values() {
        Map<String, String> out = new LinkedHashMap<>();
        for (Stage stage : Stage.values()) {
            out.put(FunnelSettings.probabilityKey(stage), probabilities.get(stage).get().strip());
            out.put(FunnelSettings.staleDaysKey(stage), staleDays.get(stage).get().strip());
        }
        out.put(FunnelSettings.LOST_REASONS, String.join("\n", List.copyOf(lostReasons)));
        return out;
    }

    private void edited() {
        if (loading) {
            return;
        }
        validate();
        changed.set(!values().equals(saved));
    }

    private void check(String field, String text, int max, String key) {
        WholeNumberCheck.check(errors, field, text, max, key);
    }
}
