package org.callsheet.ui.shell;

import org.callsheet.ui.analysis.AnalysisView;
import org.callsheet.ui.analysis.ClassificationCatchUp;
import org.callsheet.ui.analysis.ClassificationTab;
import org.callsheet.ui.analysis.CustomerClassificationViewModel;
import org.callsheet.ui.analysis.AnalysisViewModel;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.callsheet.ui.UiServices;
import org.callsheet.ui.common.Dialogs;
import org.callsheet.ui.common.StatusModel;
import org.callsheet.ui.common.Stylesheets;
import org.callsheet.ui.common.UserPreferences;
import org.callsheet.ui.common.WindowLook;
import org.callsheet.ui.concurrent.TaskRunner;
import org.callsheet.ui.concurrent.WorkCallbacks;
import org.callsheet.ui.customers.CustomersView;
import org.callsheet.ui.sheets.ProfilePrinting;
import org.callsheet.ui.customers.CustomersViewModel;
import org.callsheet.ui.editor.CustomerEditorViewModel;
import org.callsheet.ui.editor.CustomerEditorWindow;
import org.callsheet.ui.i18n.I18n;
import org.callsheet.ui.i18n.Language;
import org.callsheet.ui.imports.ExportViewModel;
import org.callsheet.ui.imports.ImportExportView;
import org.callsheet.ui.imports.ImportViewModel;
import org.callsheet.ui.setup.FirstStartDialog;
import org.callsheet.ui.setup.FirstStartViewModel;
import org.callsheet.ui.today.CallScreens;

/**
 * The main window: builds the shell in the chosen language, remembers its placement, loads the
 * search index, and asks the first-start questions. The view models outlive language changes.
 * It can open before the database is ready (ADR 12): it then shows loading pages with the look
 * of the start-up copy, and fills in when {@link #servicesReady} hands it the services.
 */
public final class MainWindow {
    private final Stage stage;
    private final TaskRunner runner;
    private final Runnable exit;
    private final WindowLook look;
    private final StatusModel status = new StatusModel();
    private final BooleanProperty ready = new SimpleBooleanProperty();
    private final Scene scene;
    private final WindowTracker tracker;
    private UiServices services;
    private UserPreferences preferences;
    private CustomersViewModel customers;
    private AnalysisViewModel analysis;
    private CallScreens calls;
    private boolean opened;
    private I18n i18n;
    private ShellView shell;
    private CustomersView customersView;
    private ImportExportView importExportView;
    private ImportViewModel importModel;
    private ExportViewModel exportModel;
    private Screen current = Screen.CUSTOMERS;
    private ClassificationCatchUp catchUp;
    private ProfilePrinting printing;

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
        this.scene = new Scene(new javafx.scene.layout.Pane(), 1200, 780);
        this.tracker = new WindowTracker(stage);
        Stylesheets.apply(scene);
        stage.setScene(scene);
        stage.setMinWidth(WindowPlacement.MIN_WIDTH);
        stage.setMinHeight(WindowPlacement.MIN_HEIGHT);
        stage.setOnCloseRequest(e -> {
            e.consume();
            quit();
        });
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
        this.services = services;
        this.preferences = preferences;
        this.customers = new CustomersViewModel(services.book(), services.customers(), runner, status);
        this.analysis = services.analysis() == null ? null
                : new AnalysisViewModel(services.analysis(), runner, this::openCustomersFiltered);
        preferences.themeProperty().addListener((obs, old, now) -> now.apply());
        preferences.languageProperty().addListener((obs, old, now) -> rebuild());
        this.calls = services.calls() == null ? null : new CallScreens(services.calls(), services, runner, status, stage,
                () -> i18n, preferences::repName, this::openEditor);
        this.printing = services.profileSheets() == null ? null
                : new ProfilePrinting(services.profileSheets(), services.settings(), runner, () -> i18n);
        if (calls != null) {
            scene.getAccelerators().put(new javafx.scene.input.KeyCodeCombination(javafx.scene.input.KeyCode.L,
                    javafx.scene.input.KeyCombination.SHORTCUT_DOWN), () -> calls.logCall(current == Screen.CUSTOMERS
                    && customersView != null ? customersView.selectedCustomerId().stream().boxed().findFirst()
                    .orElse(null) : null, stage, () -> { }));
        }
        ready.set(true);
    }

    /**
     * Hands over the services once the database is open (FX thread): the screens replace their
     * loading pages, and the language, theme and placement from the database win over the copy.
     */
    public void servicesReady(UiServices services, UserPreferences preferences) {
        if (this.services != null) {
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
            shell.reload();
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

    public CustomersViewModel customers() {
        return customers;
    }

    public Stage stage() {
        return stage;
    }

    /** Shows the window where it was last time, then starts loading (once the services are there). */
    public void open() {
        theme().apply();
        rebuild();
        Optional<WindowPlacement> stored = preferences != null ? preferences.window() : look.window();
        List<Rectangle2D> screens = screens();
        WindowPlacement placement = stored.map(p -> p.fitTo(screens))
                .orElseGet(() -> WindowPlacement.centredOn(screens.isEmpty()
                        ? new Rectangle2D(0, 0, 1280, 800) : screens.getFirst(), 1200, 780, false)
                        .fitTo(screens));
        tracker.apply(placement);
        stage.show();
        opened = true;
        if (services != null) {
            start();
        }
    }

    private void start() {
        customers.start();
        if (calls != null) {
            calls.start();
        }
        status.refreshCount(runner, services.book());
        loadSearchIndex();
        if (!preferences.setupDoneProperty().get()) {
            askFirstStartQuestions();
        } else if (services.analysis() != null) {
            catchUp = new ClassificationCatchUp(services.analysis(), runner, status, this::classificationChanged);
            catchUp.start();
        }
    }

    /** Shows the classification brought up to today where the open screens show classes. */
    private void classificationChanged() {
        customers.dataChanged();
        if (current == Screen.ANALYSIS && analysis != null) {
            analysis.refresh();
        }
        if (calls != null) {
            calls.shown(current == Screen.TODAY, false);
        }
    }

    private static List<Rectangle2D> screens() {
        return javafx.stage.Screen.getScreens().stream().map(javafx.stage.Screen::getVisualBounds).toList();
    }

    private Language language() {
        return preferences != null ? preferences.language() : look.language();
    }

    private Theme theme() {
        return preferences != null ? preferences.theme() : look.theme();
    }

    /** The placement to store: the normal bounds even while maximised. */
    public WindowPlacement placement() {
        return tracker.placement();
    }

    private void rebuild() {
        i18n = new I18n(language());
        customersView = null;
        importExportView = null;
        shell = new ShellView(i18n, new StatusBar(status, i18n), shellActions(), ready);
        scene.setRoot(shell.root());
        stage.setTitle(i18n.get("app.title"));
        shell.show(current);
    }

    private ShellView.Actions shellActions() {
        return new ShellView.Actions() {
            @Override
            public Node screen(Screen screen, I18n texts) {
                if (!ready.get()) {
                    return LoadingPage.create(screen, texts);
                }
                return switch (screen) {
                    case CUSTOMERS -> customersView().node();
                    case SETTINGS -> SettingsPage.create(preferences, services.settings(), runner, status, texts);
                    case TODAY -> calls == null ? ComingSoonPage.create(screen, texts) : calls.today(texts);
                    case CALLS -> calls == null ? ComingSoonPage.create(screen, texts) : calls.calls(texts);
                    case ANALYSIS -> analysis == null ? ComingSoonPage.create(screen, texts)
                            : analysisView(texts);
                    case IMPORT_EXPORT -> services.importExport() == null ? ComingSoonPage.create(screen, texts)
                            : importExportView(texts);
                    default -> ComingSoonPage.create(screen, texts);
                };
            }

            @Override
            public CustomersView customersView() {
                if (customersView == null) {
                    customersView = new CustomersView(customers, status, i18n, customerActions());
                    if (calls != null) {
                        customersView.addRowAction(i18n.get("callDialog.title"), id -> calls.logCall(id, stage, () -> { }));
                    }
                    if (printing != null) {
                        printing.attachTo(customersView, stage);
                    }
                }
                return customersView;
            }

            @Override
            public void newCustomer() {
                openEditor(null);
            }

            @Override
            public void undoDelete() {
                status.undoLast();
            }

            @Override
            public void showShortcuts() {
                HelpDialogs.showShortcuts(dialogs(), i18n);
            }

            @Override
            public void showAbout() {
                HelpDialogs.showAbout(dialogs(), i18n, services.version(), services.attributions());
            }

            @Override
            public void quit() {
                MainWindow.this.quit();
            }

            @Override
            public void screenShown(Screen screen) {
                current = screen;
                if (calls != null && ready.get()) {
                    calls.shown(screen == Screen.TODAY, screen == Screen.CALLS);
                }
            }
        };
    }

    private CustomersView.Actions customerActions() {
        return new CustomersView.Actions() {
            @Override
            public void openCustomer(long id) {
                openEditor(id);
            }

            @Override
            public void newCustomer() {
                openEditor(null);
            }

            @Override
            public boolean confirmDelete(String name) {
                return dialogs().confirm(i18n.get("delete.title"), i18n.format("delete.question", name),
                        i18n.get("delete.detail"), "delete.confirm", true);
            }
        };
    }

    private Node importExportView(I18n texts) {
        if (importExportView == null) {
            // the models outlive a language change: the chosen file, mapping and preview stay
            if (importModel == null) {
                importModel = new ImportViewModel(services.importExport(), runner, texts, customers::dataChanged);
                exportModel = new ExportViewModel(services.importExport(), runner, texts);
            } else {
                importModel.relabel(texts);
                exportModel.relabel(texts);
            }
            importExportView = new ImportExportView(importModel, exportModel, texts);
        }
        return importExportView.node();
    }

    private void openEditor(Long id) {
        shell.show(Screen.CUSTOMERS);
        CustomerEditorViewModel editor = new CustomerEditorViewModel(services.customers(), services.book(), runner);
        if (id == null) {
            editor.startNew(preferences.repName());
        } else {
            editor.load(id);
        }
        CustomerEditorWindow window = new CustomerEditorWindow(editor, i18n, dialogs(), saved -> {
            status.show(org.callsheet.ui.common.UserMessage.of("status.saved", saved.name()));
            customers.customerSaved(saved.id());
        });
        if (printing != null && id != null) {
            printing.attachTo(window, id);
        }
        if (calls != null && id != null) {
            window.addTab(i18n.get("callHistory.tab"), calls.history(id, window.stage()));
        }
        if (id != null && services.analysis() != null) {
            CustomerClassificationViewModel classification =
                    new CustomerClassificationViewModel(services.analysis(), runner, id);
            classification.setOnStatusChanged(changed -> {
                editor.statusChanged(changed);
                customers.customerSaved(id);
            });
            window.withTab(ClassificationTab.create(classification, i18n, editor.fields().nameProperty()::get));
        }
        window.show();
    }

    private Node analysisView(I18n texts) {
        analysis.refresh();
        return new AnalysisView(analysis, texts).node();
    }

    private void openCustomersFiltered(org.callsheet.logic.customers.CustomerFilter filter) {
        customers.showFiltered(filter);
        shell.show(Screen.CUSTOMERS);
    }

    private Dialogs dialogs() {
        return new Dialogs(stage, i18n);
    }

    private void loadSearchIndex() {
        status.setSearchProgress(0);
        runner.submit(context -> {
            long total = Math.max(1, services.book().count());
            services.book().loadIndex(done -> context.progress(done, total), context::isCancelled);
            return Boolean.TRUE;
        }, new WorkCallbacks<Boolean>(ready -> {
            status.setSearchProgress(StatusModel.SEARCH_READY);
            if (!customers.searchTextProperty().get().isBlank()) {
                customers.refresh();
            }
        }, error -> status.setSearchProgress(StatusModel.SEARCH_FAILED),
                (done, total) -> status.setSearchProgress(Math.min(0.99, (double) done / total)), null));
    }

    private void askFirstStartQuestions() {
        runner.submit(context -> services.book().count(), WorkCallbacks.<Long>of(
                count -> askFirstStartQuestions(count == 0), error -> askFirstStartQuestions(false)));
    }

    private void askFirstStartQuestions(boolean offerDemo) {
        FirstStartViewModel model = new FirstStartViewModel(preferences, services.demoData(), runner, offerDemo);
        new FirstStartDialog(model, stage, answered -> {
            if (answered.outcomeProperty().get() != null) {
                status.show(answered.outcomeProperty().get());
                customers.dataChanged();
                loadSearchIndex();
            }
        }).show();
    }

    private void quit() {
        if (catchUp != null) {
            catchUp.cancel();
        }
        if (calls != null) {
            calls.stop();
        }
        if (preferences != null) {
            preferences.setWindow(tracker.placement());
        }
        stage.hide();
        exit.run();
    }
}
