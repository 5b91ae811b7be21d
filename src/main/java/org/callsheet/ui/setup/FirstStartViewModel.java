package org.callsheet.ui.setup;

import java.time.Instant;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import org.callsheet.logic.settings.Settings;
import org.callsheet.ui.DemoDataLoader;
import org.callsheet.ui.common.UserMessage;
import org.callsheet.ui.common.UserPreferences;
import org.callsheet.ui.concurrent.Job;
import org.callsheet.ui.concurrent.TaskRunner;
import org.callsheet.ui.concurrent.WorkCallbacks;
import org.callsheet.ui.i18n.Language;
import org.callsheet.ui.settings.SettingsViewModel;

/**
 * The first-start questions: the rep's name, the language, and whether to load demo customers.
 * Loading runs in the background with progress and can be cancelled; the customers written until
 * then stay.
 */
public final class FirstStartViewModel {
    public static final int DEFAULT_DEMO_CUSTOMERS = 2_000;
    public static final int MAX_DEMO_CUSTOMERS = 1_000_000;

    private final UserPreferences preferences;
    private final DemoDataLoader demoData;
    private final TaskRunner runner;
    private final StringProperty repName = new SimpleStringProperty("");
    private final ObjectProperty<Language> language = new SimpleObjectProperty<>();
    private final BooleanProperty loadDemo = new SimpleBooleanProperty();
    private final IntegerProperty demoCustomers = new SimpleIntegerProperty(DEFAULT_DEMO_CUSTOMERS);
    private final ObservableMap<String, String> errors = FXCollections.observableHashMap();
    private final BooleanProperty running = new SimpleBooleanProperty();
    private final DoubleProperty progress = new SimpleDoubleProperty(-1);
    private final ObjectProperty<UserMessage> outcome = new SimpleObjectProperty<>();
    private final boolean demoOffered;
    private Job job = Job.DONE;

    /** Offers the demo data only when {@code demoOffered}: an empty database. */
    public FirstStartViewModel(UserPreferences preferences, DemoDataLoader demoData, TaskRunner runner,
            boolean demoOffered) {
        this.preferences = preferences;
        this.demoData = demoData;
        this.runner = runner;
        this.demoOffered = demoOffered;
        repName.set(preferences.repName());
        language.set(preferences.language());
        repName.addListener((obs, old, now) -> validate());
        demoCustomers.addListener((obs, old, now) -> validate());
    }

    public StringProperty repNameProperty() {
        return repName;
    }

    public ObjectProperty<Language> languageProperty() {
        return language;
    }

    /** False when the database already holds customers: then no demo data is offered or loaded. */
    public boolean demoOffered() {
        return demoOffered;
    }

    public BooleanProperty loadDemoProperty() {
        return loadDemo;
    }

    public IntegerProperty demoCustomersProperty() {
        return demoCustomers;
    }

    public ObservableMap<String, String> errors() {
        return errors;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running;
    }

    /** 0..1 while demo data loads, -1 when the total is not known yet. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress;
    }

    /** What happened to the demo data, for the status bar (null when none was asked for). */
    public ObjectProperty<UserMessage> outcomeProperty() {
        return outcome;
    }

    public boolean validate() {
        put("repName", SettingsViewModel.repNameProblem(repName.get()));
        int count = demoCustomers.get();
        put("demoCustomers", demoOffered && (count < 1 || count > MAX_DEMO_CUSTOMERS)
                ? "validation.demoCount.range" : null);
        return errors.isEmpty();
    }

    private void put(String field, String key) {
        if (key == null) {
            errors.remove(field);
        } else {
            errors.put(field, key);
        }
    }

    /** Saves the answers, loads demo data if asked, then marks set-up done and runs {@code done}. */
    public void finish(Runnable done) {
        if (running.get() || !validate()) {
            return;
        }
        running.set(true);
        String name = repName.get().strip();
        preferences.write(Map.of(Settings.REP_NAME, name, Settings.LANGUAGE, language.get().tag()), () -> {
            preferences.repNameProperty().set(name);
            preferences.languageProperty().set(language.get());
            if (demoOffered && loadDemo.get()) {
                loadDemoData(done);
            } else {
                markDone(done);
            }
        }, this::notSaved);
    }

    private void notSaved(Throwable error) {
        running.set(false);
        errors.put("repName", "setup.error.save");
    }

    private void loadDemoData(Runnable done) {
        int wanted = demoCustomers.get();
        progress.set(-1);
        job = runner.submit(context -> demoData.load(wanted,
                        (written, total) -> context.progress(written, total), context::isCancelled),
                new WorkCallbacks<Integer>(
                        count -> {
                            outcome.set(UserMessage.of("status.demoLoaded", count));
                            markDone(done);
                        },
                        error -> {
                            outcome.set(UserMessage.of("status.demoFailed"));
                            markDone(done);
                        },
                        (written, total) -> progress.set(total <= 0 ? -1 : (double) written / total),
                        () -> {
                            outcome.set(UserMessage.of("status.demoCancelled"));
                            markDone(done);
                        }));
    }

    /** Stops loading demo data; the set-up finishes with what was written. */
    public void cancel() {
        job.cancel();
    }

    private void markDone(Runnable done) {
        preferences.write(Map.of(Settings.SETUP_DONE, Instant.now().toString()), () -> {
            running.set(false);
            preferences.setupDoneProperty().set(true);
            done.run();
        }, this::notSaved);
    }
}
