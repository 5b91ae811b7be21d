package org.callsheet.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.Locale;
import java.util.Random;
import org.callsheet.cli.CallsheetCli;
import org.callsheet.logic.classification.ClassificationProgress;
import org.callsheet.logic.customers.CustomerFilter;
import org.callsheet.logic.customers.CustomerSort;
import org.callsheet.logic.demo.DemoBook;
import org.callsheet.logic.demo.DemoDataGenerator;
import org.callsheet.logic.demo.DemoPlan;
import org.callsheet.logic.safety.StorageUnavailableException;
import org.callsheet.persistence.StartupCopyFile;
import org.callsheet.logic.funnel.LostReasonList;
import org.callsheet.ui.CallsheetUi;
import org.callsheet.ui.DemoDataLoader;
import org.callsheet.ui.StartupProblem;
import org.callsheet.ui.UiServices;
import org.callsheet.ui.WindowFront;
import org.callsheet.ui.common.WindowLook;
import org.callsheet.ui.funnel.FunnelTools;
import org.callsheet.ui.imports.ImportExportTools;
import org.callsheet.ui.safety.SafetyTools;
import java.util.Optional;
import org.callsheet.persistence.encryption.EncryptedFiles;
import org.callsheet.ui.encryption.StartCancelledException;
import org.callsheet.ui.encryption.StartPasswordDialog;
import org.callsheet.ui.i18n.I18n;

/**
 * Opens the main window and, meanwhile, the database; closes the database when the window is gone.
 * The window opens with the start-up copy of its settings, read from a small file (ADR 12).
 */
final class WindowLauncher {
    /** Set by the start-up benchmark: a file to write once the window is shown. */
    private static final String SHOWN_MARKER = "callsheet.shownMarker";
    /** Set by the start-up benchmark: a file to write once the screens are filled, then quit. */
    private static final String READY_MARKER = "callsheet.readyMarker";
    /** How long a start waits for another start on the same database to open its window. */
    private static final Duration HAND_OVER_WAIT = Duration.ofSeconds(20);

    private WindowLauncher() {
    }

    /** Opens the window and returns when it is closed: 0, or 2 when no window can open here. */
    static int start(Path database) {
        StartupCopyFile startupCopy = StartupCopyFile.besideDatabase(database);
        WindowLook look = WindowLook.of(startupCopy.read(), Locale.getDefault());
        WindowFront front = new WindowFront();
        Optional<WindowChannel> claimed;
        try {
            claimed = WindowChannel.claimOrHandOver(database, front::raise, HAND_OVER_WAIT);
        } catch (StorageUnavailableException inUse) {
            return CallsheetCli.reportStorageProblem(inUse, look.language().locale());
        }
        if (claimed.isEmpty()) {
            // the window open on this database came to the front: one window per database (ADR 25)
            return 0;
        }
        try (WindowChannel channel = claimed.get()) {
            // the UI opens the database on another thread while JavaFX starts and the window opens
            CallsheetUi.start(look, () -> {
                AppContext context = open(database, startupCopy, look);
                context.settings.refreshStartupCopy();
                return services(context);
            }, milestones(), front);
        } catch (StorageUnavailableException problem) {
            StartupProblem.show(problem);
        } catch (StartCancelledException quitAtThePassword) {
            StartPasswordDialog.quit();
        } catch (UnsupportedOperationException noDisplay) {
            // JavaFX found no display or no GTK 3: one sentence instead of a stack trace
            return CallsheetCli.reportNoDisplay(look.language().locale());
        }
        return 0;
    }

    /** Opens the database; an encrypted one first asks for its password (three tries, ADR 37). */
    private static AppContext open(Path database, StartupCopyFile startupCopy, WindowLook look) {
        Path file = database.toAbsolutePath().resolveSibling(database.getFileName() + ".mv.db");
        if (!EncryptedFiles.isEncrypted(file)) {
            return AppContext.open(database, startupCopy);
        }
        return StartPasswordDialog.ask(file, new I18n(look.language()),
                password -> AppContext.open(database, startupCopy, Optional.of(password)));
    }

    private static UiServices services(AppContext context) {
        WindowBackups backups = WindowBackups.start(context);
        return UiServices.builder(context.customerService, context.customerBook, context.settings, context.clock)
                .version(Version.current())
                .demoData(demoLoader(context))
                .attributions(Attributions.text())
                .shutdown(backups::closeWithBackup)
                .calls(context.calls)
                .analysis(context.analysis)
                .importExport(new ImportExportTools(context.imports(), context.exports()))
                .safety(new SafetyTools(context.safety, context.safetySettings, Restart::now, context.encryption))
                .profileSheets(context.profileSheets())
                .fieldHistory(context.fieldHistory)
                .visits(new StoredVisits(context::dayPlans, context.visits(), context.customerBook,
                        context.calls.followUps(), context::daySheets, context.clock, context.settings,
                        context::regions))
                .funnel(new FunnelTools(context.opportunities, context.funnel, new LostReasonList(context.settings)))
                .salesBriefs(context.salesBriefs())
                .build();
    }

    private static DemoDataLoader demoLoader(AppContext context) {
        return (customers, progress, cancelled) -> {
            DemoDataGenerator generator = new DemoDataGenerator(context.regions(), context.phones, context.pinyin,
                    context.clock);
            DemoBook book = context.demoBook();
            DemoPlan plan = new DemoPlan(customers, new Random().nextLong(),
                    DemoDataGenerator.teamWith(context.settings.repName()));
            book.begin(plan);
            long written = generator.generate(plan, 0, context.bulkWriter, progress::update, cancelled).customers();
            context.customerBook.invalidate();
            if (written > 0 && !cancelled.getAsBoolean()) {
                book.addExtras(context.customers.findIds(CustomerFilter.ALL, CustomerSort.DEFAULT), plan, false);
                context.classification.reclassifyAll(context.classification.today(),
                        ClassificationProgress.NONE, cancelled);
                if (!cancelled.getAsBoolean()) {
                    book.end();
                }
            }
            return (int) written;
        };
    }

    /**
     * For the benchmark: marker files when the window is shown and when it is filled; the app quits
     * after the last one asked for.
     */
    private static CallsheetUi.Milestones milestones() {
        String shown = System.getProperty(SHOWN_MARKER);
        String ready = System.getProperty(READY_MARKER);
        if (shown == null && ready == null) {
            return CallsheetUi.Milestones.NONE;
        }
        return new CallsheetUi.Milestones(() -> mark(shown, ready == null), () -> mark(ready, ready != null));
    }

    private static void mark(String file, boolean thenQuit) {
        if (file != null) {
            try {
                Files.writeString(Path.of(file), "done");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (thenQuit) {
            System.exit(0);
        }
    }
}
