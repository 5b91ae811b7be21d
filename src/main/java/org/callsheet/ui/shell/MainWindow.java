package org.callsheet.ui.shell;

import org.callsheet.ui.brief.SalesBriefDialog;
import org.callsheet.ui.brief.SalesBriefViewModel;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.callsheet.ui.UiServices;
import org.callsheet.ui.common.StatusModel;
import org.callsheet.ui.common.Stylesheets;
import org.callsheet.ui.common.Theme;
import org.callsheet.ui.common.UserPreferences;
import org.callsheet.ui.common.WindowLook;
import org.callsheet.ui.common.WindowPlacement;
import org.callsheet.ui.concurrent.TaskRunner;
import org.callsheet.ui.customers.CustomersView;
import org.callsheet.ui.customers.CustomersViewModel;
import org.callsheet.ui.i18n.I18n;
import org.callsheet.ui.i18n.Language;
import org.callsheet.ui.today.CallScreens;

/**
 * The main window: its stage, placement and life cycle. It can open before the database is ready
 * (ADR 12): it then shows loading pages with the look of the start-up copy, and fills in when
 * {@link #servicesReady} hands it the services. The work is done by small helpers: the
 * {@link Navigation} between screens, the {@link ScreenPages} that build them, the
 * {@link CustomerEditors}, the {@link FirstStart} questions and the {@link BackgroundCatchUps}.
 */
public final class MainWindow {
    private final Stage stage;
    private final TaskRunner runner;
    private final Runnable exit;
    private final WindowLook look;
    private final StatusModel status = new StatusModel();
    private final BooleanProperty ready = new SimpleBooleanProperty();
    private final WindowTracker tracker;
    private final Navigation navigation;
    private boolean opened;
    private Attached attached;

    /** What exists once the services are there. */
    private record Attached(WindowSession session, ScreenPages pages, BackgroundCatchUps catchUps) {
    }

    /**
     * A window that can open before the services exist: {@code look} gives its language, theme and
     * placement until {@link #servicesReady} is called.
     *
     * @param exit runs when the user quits (menu or window close); it ends the app
     */
    public MainWindow(Stage stage, TaskRunner runner, WindowLook look, Runnable exit) {
        this.stage = stage;
        this.runner = runner;
        this.look = look;
        this.exit = exit;
        Scene scene = new Scene(new Pane(), 1200, 780);
        this.tracker = new WindowTracker(stage);
        this.navigation = new Navigation(scene, stage);
        Stylesheets.apply(scene);
        stage.setScene(scene);
        stage.setMinWidth(WindowPlacement.MIN_WIDTH);
        stage.setMinHeight(WindowPlacement.MIN_HEIGHT);
        stage.setOnCloseRequest(e -> {
            e.consume();
            quit();
        });
        StorageProblemAlert storageAlert = new StorageProblemAlert(stage,
                () -> navigation.i18n() != null ? navigation.i18n() : new I18n(look.language()));
        runner.onStorageProblem(storageAlert::show);
    }

    /**
     * A window whose services are ready from the start.
     *
     * @param exit runs when the user quits (menu or window close); it ends the app
     */
    public MainWindow(Stage stage, UiServices services, TaskRunner runner, UserPreferences preferences,
                      Runnable exit) {
        this(stage, runner, WindowLook.of(preferences), exit);
        attach(services, preferences);
    }

    private void attach(UiServices services, UserPreferences preferences) {
        WindowSession made = new WindowSession(services, preferences, runner, status, stage, navigation);
        ScreenPages pages = new ScreenPages(made, navigation);
        attached = new Attached(made, pages, new BackgroundCatchUps(made, this::classificationChanged));
        preferences.themeProperty().addListener((obs, old, now) -> now.apply());
        preferences.languageProperty().addListener((obs, old, now) -> rebuild());
        made.calls().ifPresent(calls -> CallShortcut.install(stage.getScene(),
                () -> calls.logCall(pages.selectedCustomer(), stage, () -> { })));
        ready.set(true);
    }

    /**
     * Hands over the services once the database is open (FX thread): the screens replace their
     * loading pages, and the language, theme and placement from the database win over the copy.
     */
    public void servicesReady(UiServices services, UserPreferences preferences) {
        if (attached != null) {
            throw new IllegalStateException("services already set");
        }
        Language shownLanguage = language();
        Theme shownTheme = theme();
        attach(services, preferences);
        if (!opened) {
            return;
        }
        if (preferences.theme() != shownTheme) {
            preferences.theme().apply();
        }
        if (preferences.language() != shownLanguage) {
            rebuild();
        } else {
            navigation.reload();
        }
        if (look.window().isEmpty()) {
            preferences.window().map(p -> p.fitTo(screens())).ifPresent(tracker::apply);
        }
        start();
    }

    /** Whether the services are there (until then the screens show loading pages). */
    public ReadOnlyBooleanProperty readyProperty() {
        return ready;
    }

    public StatusModel status() {
        return status;
    }

    /** The customer table's model; null until the services are there. */
    public CustomersViewModel customers() {
        return attached == null ? null : attached.session().customers();
    }

    public Stage stage() {
        return stage;
    }

    /** Shows the window where it was last time, then starts loading (once the services are there). */
    public void open() {
        theme().apply();
        rebuild();
        Optional<WindowPlacement> stored = attached != null ? attached.session().preferences().window()
                : look.window();
        List<Rectangle2D> screens = screens();
        WindowPlacement placement = stored.map(p -> p.fitTo(screens))
                .orElseGet(() -> WindowPlacement.centredOn(screens.isEmpty()
                        ? new Rectangle2D(0, 0, 1280, 800) : screens.getFirst(), 1200, 780, false)
                        .fitTo(screens));
        tracker.apply(placement);
        stage.show();
        opened = true;
        if (attached != null) {
            start();
        }
    }

    /** The placement to store: the normal bounds even while maximised. */
    public WindowPlacement placement() {
        return tracker.placement();
    }

    private void start() {
        WindowSession s = attached.session();
        s.customers().start();
        s.calls().ifPresent(CallScreens::start);
        status.refreshCount(runner, s.services().book());
        attached.catchUps().loadSearchIndex();
        if (!s.preferences().setupDoneProperty().get()) {
            new FirstStart(s, stage, attached.catchUps()::loadSearchIndex).ask();
        } else {
            attached.catchUps().catchUpClassification();
        }
    }

    /** Shows the classification brought up to today where the open screens show classes. */
    private void classificationChanged() {
        WindowSession s = attached.session();
        s.customers().dataChanged();
        if (navigation.current() == Screen.ANALYSIS) {
            s.analysis().ifPresent(analysis -> analysis.refresh());
        }
        s.calls().ifPresent(calls -> calls.shown(navigation.current() == Screen.TODAY, false));
    }

    private static List<Rectangle2D> screens() {
        return javafx.stage.Screen.getScreens().stream().map(javafx.stage.Screen::getVisualBounds).toList();
    }

    private Language language() {
        return attached != null ? attached.session().preferences().language() : look.language();
    }

    private Theme theme() {
        return attached != null ? attached.session().preferences().theme() : look.theme();
    }

    private void rebuild() {
        if (attached != null) {
            attached.pages().languageChanged();
        }
        navigation.rebuild(language(), texts -> new ShellView(texts, new StatusBar(status, texts), shellActions(),
                ready));
    }

    private ShellView.Actions shellActions() {
        return new ShellView.Actions() {
            @Override
            public Node screen(Screen screen, I18n texts) {
                return attached == null ? LoadingPage.create(screen, texts) : attached.pages().page(screen, texts);
            }

            @Override
            public CustomersView customersView() {
                return attached.pages().customersView(navigation.i18n());
            }

            @Override
            public void newCustomer() {
                attached.session().editors().open(null);
            }

            @Override
            public boolean offersSalesBrief() {
                return attached == null || attached.session().services().salesBriefs() != null;
            }

            @Override
            public void salesBrief() {
                UiServices services = attached.session().services();
                SalesBriefViewModel model = new SalesBriefViewModel(services.salesBriefs(), services.settings(), runner,
                        services.clock(), navigation.i18n().language().locale());
                new SalesBriefDialog(model, navigation.i18n(), stage, services.book().owners()).show();
            }

            @Override
            public void undoDelete() {
                status.undoLast();
            }

            @Override
            public void showShortcuts() {
                HelpDialogs.showShortcuts(navigation.dialogs(), navigation.i18n());
            }

            @Override
            public void showAbout() {
                UiServices services = attached.session().services();
                HelpDialogs.showAbout(navigation.dialogs(), navigation.i18n(), services.version(),
                        services.attributions());
            }

            @Override
            public void quit() {
                MainWindow.this.quit();
            }

            @Override
            public void screenShown(Screen screen) {
                navigation.shown(screen);
                if (attached != null) {
                    attached.pages().shown(screen);
                }
            }
        };
    }

    private void quit() {
        if (attached != null) {
            attached.catchUps().stop();
            attached.session().calls().ifPresent(CallScreens::stop);
            attached.session().preferences().setWindow(tracker.placement());
        }
        stage.hide();
        exit.run();
    }
}
