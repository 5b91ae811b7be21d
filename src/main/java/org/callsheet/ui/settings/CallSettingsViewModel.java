package org.callsheet.ui.settings;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import org.callsheet.logic.calls.CallRules;
import org.callsheet.logic.calls.CustomOutcome;
import org.callsheet.logic.calls.OutcomeChoice;
import org.callsheet.logic.calls.OutcomeSettings;
import org.callsheet.logic.reminders.ReminderRules;
import org.callsheet.logic.settings.Settings;
import org.callsheet.model.CustomerStatus;
import org.callsheet.ui.common.StatusModel;
import org.callsheet.ui.common.UserMessage;
import org.callsheet.ui.concurrent.TaskRunner;
import org.callsheet.ui.concurrent.WorkCallbacks;

/**
 * The Calls part of Settings: the outcomes the call dialog offers (show, hide, order, the rep's
 * own), "already called within N days", the regular callback interval per tier and how many days
 * ahead key dates are reminded. Numbers are checked on every keystroke; messages are bundle keys
 * per field in {@link #errors()}. Saved values apply at once (the services read them on each use).
 */
public final class CallSettingsViewModel {
    /** The tiers that get a regular callback interval. */
    public static final List<CustomerStatus> TIERS = List.of(CustomerStatus.SUPER, CustomerStatus.BIG,
            CustomerStatus.MEDIUM, CustomerStatus.SMALL);
    static final int MAX_WARN_DAYS = 30;
    static final int MAX_CALLBACK_DAYS = 365;
    static final int MAX_LEAD_DAYS = 60;

    private final Settings settings;
    private final TaskRunner runner;
    private final StatusModel status;
    private final StringProperty warnDays = new SimpleStringProperty("");
    private final StringProperty leadDays = new SimpleStringProperty("");
    private final Map<CustomerStatus, StringProperty> callbackDays = new EnumMap<>(CustomerStatus.class);
    private final ObservableList<OutcomeSettings.Entry> outcomes = FXCollections.observableArrayList();
    private final StringProperty newLabel = new SimpleStringProperty("");
    private final BooleanProperty newConnected = new SimpleBooleanProperty(true);
    private final ObservableMap<String, String> errors = FXCollections.observableHashMap();
    private final ReadOnlyBooleanWrapper changed = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(false);
    private boolean loading;
    private Map<String, String> saved = Map.of();

    public CallSettingsViewModel(Settings settings, TaskRunner runner, StatusModel status) {
        this.settings = settings;
        this.runner = runner;
        this.status = status;
        TIERS.forEach(t -> callbackDays.put(t, new SimpleStringProperty("")));
        warnDays.addListener((o, a, b) -> edited());
        leadDays.addListener((o, a, b) -> edited());
        callbackDays.values().forEach(p -> p.addListener((o, a, b) -> edited()));
        newLabel.addListener((o, a, b) -> errors.remove("newOutcome"));
    }

    public StringProperty warnDaysProperty() {
        return warnDays;
    }

    public StringProperty leadDaysProperty() {
        return leadDays;
    }

    public StringProperty callbackDaysProperty(CustomerStatus tier) {
        return callbackDays.get(tier);
    }

    /** Every outcome in order, the offered ones first. */
    public ObservableList<OutcomeSettings.Entry> outcomes() {
        return outcomes;
    }

    public StringProperty newLabelProperty() {
        return newLabel;
    }

    public BooleanProperty newConnectedProperty() {
        return newConnected;
    }

    public ObservableMap<String, String> errors() {
        return errors;
    }

    /** Whether anything differs from what is saved. */
    public ReadOnlyBooleanProperty changedProperty() {
        return changed.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    // ---- commands ----

    /** Reads the saved values in the background. */
    public void load() {
        runner.submit(context -> read(), WorkCallbacks.<Loaded>of(this::show, status.failure("settings.calls.error.load")));
    }

    private Loaded read() {
        CallRules calls = CallRules.from(settings);
        ReminderRules reminders = ReminderRules.from(settings);
        Map<String, String> values = new LinkedHashMap<>();
        values.put(CallRules.WARN_DAYS, String.valueOf(calls.warnDays()));
        values.put(ReminderRules.KEY_DATE_LEAD_DAYS, String.valueOf(reminders.keyDateLeadDays()));
        TIERS.forEach(t -> values.put(ReminderRules.CALLBACK_DAYS_PREFIX + t.name(),
                String.valueOf(reminders.callbackInterval(t).orElse(0))));
        OutcomeSettings outcomeSettings = OutcomeSettings.from(settings);
        values.putAll(outcomeSettings.toSettings());
        return new Loaded(values, outcomeSettings);
    }

    private record Loaded(Map<String, String> values, OutcomeSettings outcomes) {
    }

    private void show(Loaded loaded) {
        loading = true;
        saved = Map.copyOf(loaded.values());
        warnDays.set(loaded.values().get(CallRules.WARN_DAYS));
        leadDays.set(loaded.values().get(ReminderRules.KEY_DATE_LEAD_DAYS));
        TIERS.forEach(t -> callbackDays.get(t).set(loaded.values().get(ReminderRules.CALLBACK_DAYS_PREFIX + t.name())));
        outcomes.setAll(loaded.outcomes().entries());
        newLabel.set("");
        errors.clear();
        loading = false;
        changed.set(false);
    }

    /** Offers or hides the outcome at {@code index}. */
    public void toggle(int index) {
        if (index < 0 || index >= outcomes.size()) {
            return;
        }
        OutcomeSettings.Entry e = outcomes.get(index);
        outcomes.set(index, new OutcomeSettings.Entry(e.choice(), !e.visible()));
        edited();
    }

    /** Moves the outcome at {@code index} one place up (negative) or down; returns its new index. */
    public int move(int index, int by) {
        int target = index + Integer.signum(by);
        if (index < 0 || index >= outcomes.size() || target < 0 || target >= outcomes.size()) {
            return index;
        }
        OutcomeSettings.Entry e = outcomes.remove(index);
        outcomes.add(target, e);
        edited();
        return target;
    }

    /**
     * Adds the rep's own outcome with the typed label, offered at the end of the list; false (and
     * a message beside the label) when the label is empty, too long or already taken.
     */
    public boolean addOutcome(java.util.function.Function<OutcomeChoice, String> labelOf) {
        List<String> taken = outcomes.stream().map(e -> labelOf.apply(e.choice())).toList();
        String problem = OutcomeSettings.labelProblem(newLabel.get(), taken);
        if (problem != null) {
            errors.put("newOutcome", problem);
            return false;
        }
        String id = new OutcomeSettings(outcomes).nextCustomId();
        outcomes.setAll(new OutcomeSettings(outcomes)
                .with(new CustomOutcome(id, newLabel.get(), newConnected.get())).entries());
        newLabel.set("");
        edited();
        return true;
    }

    /** Checks every number and that at least one outcome is offered; true when all is well. */
    public boolean validate() {
        check("warnDays", warnDays.get(), MAX_WARN_DAYS, "settings.calls.error.warnDays");
        check("leadDays", leadDays.get(), MAX_LEAD_DAYS, "settings.calls.error.leadDays");
        TIERS.forEach(t -> check("callback." + t.name(), callbackDays.get(t).get(), MAX_CALLBACK_DAYS,
                "settings.calls.error.callbackDays"));
        if (outcomes.stream().noneMatch(OutcomeSettings.Entry::visible)) {
            errors.put("outcomes", "settings.calls.error.noOutcome");
        } else {
            errors.remove("outcomes");
        }
        return errors.keySet().stream().noneMatch(k -> !k.equals("newOutcome"));
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
            status.show(UserMessage.of("settings.calls.error.save"));
        }));
    }

    /** Puts the form back to what is saved. */
    public void revert() {
        load();
    }

    private Map<String, String> values() {
        Map<String, String> out = new LinkedHashMap<>();
        out.put(CallRules.WARN_DAYS, warnDays.get().strip());
        out.put(ReminderRules.KEY_DATE_LEAD_DAYS, leadDays.get().strip());
        TIERS.forEach(t -> out.put(ReminderRules.CALLBACK_DAYS_PREFIX + t.name(), callbackDays.get(t).get().strip()));
        out.putAll(new OutcomeSettings(new ArrayList<>(outcomes)).toSettings());
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
