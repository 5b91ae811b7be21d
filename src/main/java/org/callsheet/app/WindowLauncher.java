package org.callsheet.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.callsheet.logic.classification.ClassificationProgress;
import org.callsheet.logic.demo.DemoDataGenerator;
import org.callsheet.logic.storage.StorageUnavailableException;
import org.callsheet.ui.CallsheetUi;
import org.callsheet.ui.DemoDataLoader;
import org.callsheet.ui.StartupProblem;
import org.callsheet.ui.UiServices;
import org.callsheet.ui.imports.ImportExportTools;

/** Opens the database and the main window, and closes the database when the window is gone. */
final class WindowLauncher {
    /** Set by the start-up benchmark: a file to write once the window is shown, then quit. */
    private static final String SHOWN_MARKER = "callsheet.shownMarker";

    private WindowLauncher() {
    }

    static void start(Path database) {
        try {
            // the UI opens the database on another thread while JavaFX starts
            CallsheetUi.start(() -> services(AppContext.open(database)), afterShown());
        } catch (StorageUnavailableException problem) {
            StartupProblem.show(problem);
        }
    }

    private static UiServices services(AppContext context) {
        return new UiServices(context.customerService, context.customerBook, context.settings,
                context.clock, Version.current(), demoLoader(context), Attributions.text(), context::close,
                context.calls, context.analysis,
                new ImportExportTools(context.imports(), context.exports()));
    }

    private static DemoDataLoader demoLoader(AppContext context) {
        return (customers, progress, cancelled) -> {
            DemoDataGenerator generator = new DemoDataGenerator(context.regions(), context.phones, context.pinyin,
                    context.clock);
            long written = generator.generate(customers, new Random().nextLong(),
                    DemoDataGenerator.teamWith(context.settings.repName()), context.bulkWriter,
                    progress::update, cancelled).customers();
            context.customerBook.invalidate();
            if (written > 0 && !cancelled.getAsBoolean()) {
                context.classification.reclassifyAll(context.classification.today(),
                        ClassificationProgress.NONE, cancelled);
            }
            return (int) written;
        };
    }

    private static Runnable afterShown() {
        String marker = System.getProperty(SHOWN_MARKER);
        if (marker == null) {
            return () -> { };
        }
        return () -> {
            try {
                Files.writeString(Path.of(marker), "shown");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            System.exit(0);
        };
    }
}
