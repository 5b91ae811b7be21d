package org.callsheet.ui.setup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import org.callsheet.logic.settings.Settings;
import org.callsheet.ui.DemoDataLoader;
import org.callsheet.ui.common.UserPreferences;
import org.callsheet.ui.concurrent.SameThreadTaskRunner;
import org.callsheet.ui.i18n.Language;
import org.callsheet.ui.testing.DeferredTaskRunner;
import org.callsheet.ui.testing.TestBackend;
import org.junit.jupiter.api.Test;

class FirstStartViewModelTest {
    private final TestBackend backend = new TestBackend();
    private final List<Double> progress = new ArrayList<>();

    private final DemoDataLoader loader = (customers, sink, cancelled) -> {
        int written = 0;
        for (; written < customers && !cancelled.getAsBoolean(); written += 500) {
            sink.update(written + 500, customers);
        }
        return Math.min(written, customers);
    };

    @Test
    void requiresANameThenSavesTheAnswersAndLoadsDemoData() {
        SameThreadTaskRunner runner = new SameThreadTaskRunner();
        UserPreferences prefs = UserPreferences.read(backend.settings, runner, Locale.CHINA);
        FirstStartViewModel model = new FirstStartViewModel(prefs, loader, runner, true);
        assertThat(model.languageProperty().get()).isEqualTo(Language.SIMPLIFIED_CHINESE);
        assertThat(model.demoCustomersProperty().get()).isEqualTo(2_000);
        model.progressProperty().addListener((obs, old, now) -> progress.add(now.doubleValue()));
        AtomicBoolean done = new AtomicBoolean();

        model.finish(() -> done.set(true));
        assertThat(done).isFalse();
        assertThat(model.errors()).containsEntry("repName", "validation.repName.required");
        assertThat(backend.settings.setupDone()).isFalse();

        model.repNameProperty().set("王芳");
        model.languageProperty().set(Language.ENGLISH);
        model.loadDemoProperty().set(true);
        model.finish(() -> done.set(true));

        assertThat(done).isTrue();
        assertThat(progress).contains(0.25, 1.0);
        assertThat(model.outcomeProperty().get().key()).isEqualTo("status.demoLoaded");
        assertThat(model.outcomeProperty().get().args()).containsExactly(2_000);
        assertThat(backend.settings.setupDone()).isTrue();
        assertThat(backend.settings.repName()).isEqualTo("王芳");
        assertThat(backend.settings.get(Settings.LANGUAGE, "")).isEqualTo("en");
        assertThat(prefs.setupDoneProperty().get()).isTrue();
    }

    @Test
    void cancellingTheDemoDataStillFinishesTheSetUp() {
        DeferredTaskRunner runner = new DeferredTaskRunner();
        UserPreferences prefs = UserPreferences.read(backend.settings, runner, Locale.US);
        FirstStartViewModel model = new FirstStartViewModel(prefs, loader, runner, true);
        model.repNameProperty().set("Li Qiang");
        model.loadDemoProperty().set(true);
        AtomicBoolean done = new AtomicBoolean();
        model.finish(() -> done.set(true));
        runner.run(0);
        assertThat(model.runningProperty().get()).isTrue();
        model.cancel();
        runner.runAll();
        assertThat(done).isTrue();
        assertThat(model.outcomeProperty().get().key()).isEqualTo("status.demoCancelled");
        assertThat(backend.settings.setupDone()).isTrue();
        assertThat(model.runningProperty().get()).isFalse();
    }

    @Test
    void demoCountMustBeInRange() {
        FirstStartViewModel model = new FirstStartViewModel(
                UserPreferences.read(backend.settings, new SameThreadTaskRunner(), Locale.US), loader,
                new SameThreadTaskRunner(), true);
        model.demoCustomersProperty().set(0);
        assertThat(model.errors()).containsEntry("demoCustomers", "validation.demoCount.range");
        model.demoCustomersProperty().set(50_000);
        assertThat(model.errors()).doesNotContainKey("demoCustomers");
    }

    @Test
    void aDatabaseWithCustomersGetsNoDemoData() {
        SameThreadTaskRunner runner = new SameThreadTaskRunner();
        AtomicBoolean loaderCalled = new AtomicBoolean();
        DemoDataLoader watching = (customers, sink, cancelled) -> {
            loaderCalled.set(true);
            return customers;
        };
        FirstStartViewModel model = new FirstStartViewModel(
                UserPreferences.read(backend.settings, runner, Locale.US), watching, runner, false);
        model.repNameProperty().set("Li Qiang");
        model.loadDemoProperty().set(true);
        model.demoCustomersProperty().set(0);
        AtomicBoolean done = new AtomicBoolean();

        model.finish(() -> done.set(true));

        assertThat(model.demoOffered()).isFalse();
        assertThat(done).isTrue();
        assertThat(loaderCalled).isFalse();
        assertThat(model.outcomeProperty().get()).isNull();
        assertThat(backend.settings.setupDone()).isTrue();
    }
}
