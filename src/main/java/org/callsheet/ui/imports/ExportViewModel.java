package org.callsheet.ui.imports;

import org.callsheet.logic.safety.StorageUnavailableException;
import org.callsheet.ui.StorageProblemText;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.Supplier;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.callsheet.logic.csv.StandardEntities;
import org.callsheet.logic.csv.exports.ExportRequest;
import org.callsheet.ui.concurrent.Job;
import org.callsheet.ui.concurrent.TaskRunner;
import org.callsheet.ui.concurrent.WorkCallbacks;
import org.callsheet.ui.i18n.I18n;

/** The export form: entity, encoding (UTF-8 with BOM by default), header language, since date; runs in the background. */
public final class ExportViewModel {
    private final ImportExportTools tools;
    private final TaskRunner runner;
    private I18n i18n;
    /** Makes the text of {@code message} again when the language changes. */
    private Supplier<String> messageText = () -> "";
    private final StringProperty entity = new SimpleStringProperty(StandardEntities.CUSTOMERS_ID);
    private final ObjectProperty<ExportRequest.Encoding> encoding =
            new SimpleObjectProperty<>(ExportRequest.Encoding.UTF8_BOM);
    private final ObjectProperty<ExportRequest.Headers> headers =
            new SimpleObjectProperty<>(ExportRequest.Headers.EN);
    private final ObjectProperty<LocalDate> since = new SimpleObjectProperty<>();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty message = new SimpleStringProperty("");
    private Job job = Job.DONE;

    public ExportViewModel(ImportExportTools tools, TaskRunner runner, I18n i18n) {
        this.tools = tools;
        this.runner = runner;
        this.i18n = i18n;
    }

    /** Speaks the new language from now on; the form keeps its choices and says its message again. */
    public void relabel(I18n newTexts) {
        i18n = newTexts;
        message.set(messageText.get());
    }

    private void say(Supplier<String> text) {
        messageText = text;
        message.set(text.get());
    }

    public StringProperty entityProperty() {
        return entity;
    }

    public ObjectProperty<ExportRequest.Encoding> encodingProperty() {
        return encoding;
    }

    public ObjectProperty<ExportRequest.Headers> headersProperty() {
        return headers;
    }

    public ObjectProperty<LocalDate> sinceProperty() {
        return since;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public void export(Path file) {
        ExportRequest request = new ExportRequest(entity.get(), file, encoding.get(), headers.get(),
                Optional.ofNullable(since.get()));
        busy.set(true);
        say(() -> "");
        job = runner.submit(context -> tools.exports().export(request, n -> context.progress(n, -1),
                        context::isCancelled),
                new WorkCallbacks<Long>(rows -> {
                    busy.set(false);
                    say(() -> i18n.format("importui.export.done", rows, file));
                }, error -> {
                    busy.set(false);
                    say(() -> error instanceof CancellationException ? i18n.get("importui.export.cancelled")
                            : StorageUnavailableException.in(error).map(p -> StorageProblemText.of(i18n, p, false))
                            .orElseGet(() -> i18n.format("importui.failed", String.valueOf(error.getMessage()))));
                }, (rows, total) -> say(() -> i18n.format("importui.export.progress", rows)), () -> {
                    busy.set(false);
                    say(() -> i18n.get("importui.export.cancelled"));
                }));
    }

    public void cancel() {
        job.cancel();
    }
}
