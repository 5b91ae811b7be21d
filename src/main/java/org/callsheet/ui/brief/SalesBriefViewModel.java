package org.callsheet.ui.brief;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.callsheet.logic.settings.Settings;
import org.callsheet.logic.sheets.brief.BriefPrint;
import org.callsheet.logic.sheets.brief.BriefRequest;
import org.callsheet.logic.sheets.brief.SalesBriefs;
import org.callsheet.logic.sheets.image.PngSheetWriter;
import org.callsheet.logic.sheets.layout.LaidOutPage;
import org.callsheet.logic.sheets.pdf.BriefPdfExport;
import org.callsheet.logic.sheets.pdf.SheetFont;
import org.callsheet.logic.sheets.profile.SheetPreferences;
import org.callsheet.ui.common.UserMessage;
import org.callsheet.ui.concurrent.Job;
import org.callsheet.ui.concurrent.TaskRunner;
import org.callsheet.ui.concurrent.WorkCallbacks;

/**
 * The sales brief in the window: the period (this month up to today at first), the owner (blank
 * for everyone) and the language; the brief built in the background for the preview, with Cancel,
 * and saved as PDF or PNG. A period that ends before it starts is refused with its message.
 */
public final class SalesBriefViewModel {
    /** PNG pixels per point, as the command line writes it. */
    static final double PNG_PIXELS_PER_POINT = 2.0;

    private final SalesBriefs briefs;
    private final Settings settings;
    private final TaskRunner runner;
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final StringProperty owner = new SimpleStringProperty("");
    private final ObjectProperty<Locale> language = new SimpleObjectProperty<>();
    private final ObservableList<LaidOutPage> pages = FXCollections.observableArrayList();
    private final IntegerProperty pageIndex = new SimpleIntegerProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final ObjectProperty<UserMessage> message = new SimpleObjectProperty<>();
    private BriefPrint print;
    private Job job = Job.DONE;

    public SalesBriefViewModel(SalesBriefs briefs, Settings settings, TaskRunner runner, Clock clock, Locale locale) {
        this.briefs = briefs;
        this.settings = settings;
        this.runner = runner;
        BriefRequest month = BriefRequest.monthToDate(LocalDate.now(clock), null);
        from.set(month.from());
        to.set(month.to());
        language.set(locale);
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public StringProperty ownerProperty() {
        return owner;
    }

    public ObjectProperty<Locale> languageProperty() {
        return language;
    }

    public ObservableList<LaidOutPage> pages() {
        return pages;
    }

    public IntegerProperty pageIndexProperty() {
        return pageIndex;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public ReadOnlyObjectProperty<UserMessage> messageProperty() {
        return message;
    }

    /** The brief of the current choices; null (and a message) when the period is not a period. */
    BriefRequest request() {
        if (from.get() == null || to.get() == null) {
            message.set(UserMessage.of("brief.ui.error.dates"));
            return null;
        }
        if (to.get().isBefore(from.get())) {
            message.set(UserMessage.of("brief.ui.error.period", from.get(), to.get()));
            return null;
        }
        return new BriefRequest(from.get(), to.get(), owner.get());
    }

    /** Builds the brief anew for the preview; what was being built is dropped. */
    public void preview() {
        BriefRequest request = request();
        if (request == null) {
            return;
        }
        job.cancel();
        Locale locale = language.get();
        String repName = settings.repName();
        busy.set(true);
        message.set(UserMessage.of("brief.ui.building"));
        job = runner.submit(context -> {
            var facts = briefs.facts(request);
            return context.isCancelled() ? null
                    : briefs.layOut(facts, locale, repName, SheetPreferences.read(settings).paper());
        }, WorkCallbacks.<BriefPrint>of(built -> {
            busy.set(false);
            if (built == null) {
                message.set(UserMessage.of("brief.ui.cancelled"));
                return;
            }
            print = built;
            pages.setAll(built.pages());
            pageIndex.set(0);
            message.set(UserMessage.of("brief.ui.ready", built.pages().size()));
        }, error -> {
            busy.set(false);
            message.set(UserMessage.of("brief.ui.failed", String.valueOf(error.getMessage())));
        }).onCancel(() -> {
            busy.set(false);
            message.set(UserMessage.of("brief.ui.cancelled"));
        }));
    }

    /** Whether a brief is built and can be saved. */
    public boolean ready() {
        return print != null;
    }

    /** Writes the brief shown as a PDF, in the background. */
    public void savePdf(Path target) {
        save(target, shown -> new BriefPdfExport(SheetFont.shipped()).write(shown, settings.repName(), target));
    }

    /** Writes the brief shown as one PNG image, in the background. */
    public void savePng(Path target) {
        save(target, shown -> {
            new PngSheetWriter(PNG_PIXELS_PER_POINT).write(shown.pages(), target);
            return shown.pages().size();
        });
    }

    /** Stops what is running (building or writing). */
    public void cancel() {
        job.cancel();
    }

    public void nextPage() {
        pageIndex.set(Math.min(pages.size() - 1, pageIndex.get() + 1));
    }

    public void previousPage() {
        pageIndex.set(Math.max(0, pageIndex.get() - 1));
    }

    @FunctionalInterface
    private interface Writer {
        int write(BriefPrint print) throws Exception;
    }

    private void save(Path target, Writer writer) {
        if (print == null) {
            return;
        }
        BriefPrint shown = print;
        busy.set(true);
        message.set(UserMessage.of("brief.ui.saving", target.toString()));
        job = runner.submit(context -> writer.write(shown), WorkCallbacks.<Integer>of(count -> {
            busy.set(false);
            message.set(UserMessage.of("brief.ui.saved", target.toString(), count));
        }, error -> {
            busy.set(false);
            message.set(UserMessage.of("brief.ui.saveFailed", target.toString(), String.valueOf(error.getMessage())));
        }).onCancel(() -> {
            busy.set(false);
            message.set(UserMessage.of("brief.ui.cancelled"));
        }));
    }
}
