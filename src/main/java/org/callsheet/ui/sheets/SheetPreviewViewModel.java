package org.callsheet.ui.sheets;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import org.callsheet.logic.settings.Settings;
import org.callsheet.logic.sheets.layout.LaidOutPage;
import org.callsheet.logic.sheets.layout.Paper;
import org.callsheet.logic.sheets.pdf.DocumentInfo;
import org.callsheet.logic.sheets.pdf.PrintCount;
import org.callsheet.logic.sheets.pdf.ProfilePdfExport;
import org.callsheet.logic.sheets.pdf.SheetFont;
import org.callsheet.logic.sheets.profile.EmptyFields;
import org.callsheet.logic.sheets.profile.ProfileFacts;
import org.callsheet.logic.sheets.profile.ProfileOptions;
import org.callsheet.logic.sheets.profile.ProfileSheets;
import org.callsheet.logic.sheets.profile.SheetLanguage;
import org.callsheet.logic.sheets.profile.SheetPreferences;
import org.callsheet.logic.sheets.profile.SheetSection;
import org.callsheet.ui.common.UserMessage;
import org.callsheet.ui.concurrent.Job;
import org.callsheet.ui.concurrent.TaskRunner;
import org.callsheet.ui.concurrent.WorkCallbacks;

/**
 * The profile sheets of some customers, laid out for the preview, the printer and "Save as PDF":
 * built in the background with progress and Cancel, again when the language, paper, sections or
 * empty fields change. Sections, empty fields, paper and language start from Settings; all but the
 * language can be kept there from here (Settings chooses the language).
 */
public final class SheetPreviewViewModel {
    private final ProfileSheets sheets;
    private final SheetFont font;
    private final Settings settings;
    private final TaskRunner runner;
    private final List<Long> customerIds;
    private final PageSource source;
    private final ObjectProperty<Locale> language = new SimpleObjectProperty<>();
    private final ObjectProperty<Paper> paper = new SimpleObjectProperty<>();
    private final ObjectProperty<EmptyFields> emptyFields = new SimpleObjectProperty<>();
    private final ObservableSet<SheetSection> sections = FXCollections.observableSet(EnumSet.noneOf(SheetSection.class));
    private final ObservableList<LaidOutPage> pages = FXCollections.observableArrayList();
    private final IntegerProperty pageIndex = new SimpleIntegerProperty();
    private final DoubleProperty zoom = new SimpleDoubleProperty(1.0);
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final DoubleProperty progress = new SimpleDoubleProperty();
    private final ObjectProperty<UserMessage> message = new SimpleObjectProperty<>();
    private DocumentInfo info = new DocumentInfo("", "", "", Locale.ENGLISH);
    private int sheetCount;
    private Job job = Job.DONE;
    private final SheetLanguage keptLanguage;

    /**
     * Sheets of {@code customerIds} in that order, in the language kept in Settings ({@code language},
     * the interface's, unless another is kept there) until the user picks another.
     */
    public SheetPreviewViewModel(ProfileSheets sheets, SheetFont font, Settings settings, TaskRunner runner,
                                 List<Long> customerIds, Locale language) {
        this(sheets, font, settings, runner, customerIds, null, language);
    }

    /** The pages of {@code source} (e.g. a day sheet and the profile sheets behind it). */
    public SheetPreviewViewModel(ProfileSheets sheets, SheetFont font, Settings settings, TaskRunner runner,
                                 PageSource source, Locale language) {
        this(sheets, font, settings, runner, List.of(), source, language);
    }

    private SheetPreviewViewModel(ProfileSheets sheets, SheetFont font, Settings settings, TaskRunner runner,
                                  List<Long> customerIds, PageSource source, Locale language) {
        this.sheets = sheets;
        this.font = font;
        this.settings = settings;
        this.runner = runner;
        this.customerIds = List.copyOf(customerIds);
        this.source = source;
        SheetPreferences preferences = SheetPreferences.read(settings);
        this.keptLanguage = preferences.language();
        this.language.set(keptLanguage.resolve(language));
        this.paper.set(preferences.paper());
        this.emptyFields.set(preferences.emptyFields());
        this.sections.addAll(preferences.sections());
    }

    public ObjectProperty<Locale> languageProperty() {
        return language;
    }

    public ObjectProperty<Paper> paperProperty() {
        return paper;
    }

    public ObjectProperty<EmptyFields> emptyFieldsProperty() {
        return emptyFields;
    }

    public ObservableSet<SheetSection> sections() {
        return sections;
    }

    /** The laid-out pages of every sheet, in print order. */
    public ObservableList<LaidOutPage> pages() {
        return pages;
    }

    public IntegerProperty pageIndexProperty() {
        return pageIndex;
    }

    public DoubleProperty zoomProperty() {
        return zoom;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    /** Share of the running work done, 0 to 1. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress;
    }

    public ReadOnlyObjectProperty<UserMessage> messageProperty() {
        return message;
    }

    public int customerCount() {
        return source != null ? source.sheets() : customerIds.size();
    }

    public int sheetCount() {
        return sheetCount;
    }

    public DocumentInfo documentInfo() {
        return info;
    }

    private ProfileOptions options() {
        return new ProfileOptions(language.get(), Set.copyOf(sections), emptyFields.get(), settings.repName());
    }

    private record Built(List<LaidOutPage> pages, DocumentInfo info, int sheets) {
    }

    /** Builds the pages anew with the current choices; what was being built is dropped. */
    public void load() {
        job.cancel();
        ProfileOptions options = options();
        Paper chosenPaper = paper.get();
        busy.set(true);
        progress.set(0);
        message.set(null);
        job = runner.submit(context -> {
            if (source != null) {
                List<LaidOutPage> laidOut = source.pages(options, chosenPaper, context::isCancelled).orElse(List.of());
                int count = (int) laidOut.stream().mapToInt(LaidOutPage::sheet).distinct().count();
                return new Built(laidOut, source.info(options), count);
            }
            ProfileSheets.Run run = sheets.start(options, chosenPaper);
            List<LaidOutPage> out = new ArrayList<>();
            String firstSubject = null;
            int count = 0;
            for (int i = 0; i < customerIds.size() && !context.isCancelled(); i++) {
                Optional<ProfileFacts> facts = run.facts(customerIds.get(i));
                if (facts.isPresent()) {
                    firstSubject = firstSubject == null ? run.subject(facts.get()) : firstSubject;
                    out.addAll(run.pages(facts.get(), count++));
                }
                context.progress(i + 1, customerIds.size());
            }
            return new Built(out, ProfilePdfExport.info(run, options, count, firstSubject), count);
        }, WorkCallbacks.<Built>of(built -> {
            busy.set(false);
            info = built.info();
            sheetCount = built.sheets();
            pages.setAll(built.pages());
            pageIndex.set(Math.min(pageIndex.get(), Math.max(0, pages.size() - 1)));
            message.set(built.sheets() == 0 ? UserMessage.of("sheets.preview.noneLeft") : null);
        }, error -> {
            busy.set(false);
            message.set(UserMessage.of("sheets.preview.failed", String.valueOf(error.getMessage())));
        }).withProgress((done, total) -> progress.set(total == 0 ? 1 : (double) done / total))
                .onCancel(() -> {
                    busy.set(false);
                    message.set(UserMessage.of("sheets.preview.cancelled"));
                }));
    }

    /** Stops what is running (building the pages or writing the PDF). */
    public void cancel() {
        job.cancel();
    }

    public void nextPage() {
        pageIndex.set(Math.min(pages.size() - 1, pageIndex.get() + 1));
    }

    public void previousPage() {
        pageIndex.set(Math.max(0, pageIndex.get() - 1));
    }

    /** Writes the pages shown into one PDF at {@code target}, in the background. */
    public void saveAsPdf(Path target) {
        List<LaidOutPage> shown = List.copyOf(pages);
        DocumentInfo shownInfo = info;
        ProfilePdfExport export = new ProfilePdfExport(sheets, font);
        busy.set(true);
        progress.set(0);
        job = runner.submit(context -> export.write(shown, shownInfo, target,
                        (done, total) -> context.progress(done, total), context::isCancelled),
                WorkCallbacks.<Optional<PrintCount>>of(count -> {
                    busy.set(false);
                    message.set(count.map(c -> UserMessage.of("sheets.preview.saved", target.toString(), c.pages()))
                            .orElse(UserMessage.of("sheets.preview.cancelled")));
                }, error -> {
                    busy.set(false);
                    message.set(UserMessage.of("sheets.preview.saveFailed", target.toString(),
                            String.valueOf(error.getMessage())));
                }).withProgress((done, total) -> progress.set(total == 0 ? 1 : (double) done / total))
                        .onCancel(() -> {
                            busy.set(false);
                            message.set(UserMessage.of("sheets.preview.cancelled"));
                        }));
    }

    /** Keeps the sections, empty fields and paper chosen here as the defaults in Settings (the kept language stays). */
    public void keepAsDefaults() {
        SheetPreferences chosen = new SheetPreferences(Set.copyOf(sections), emptyFields.get(), paper.get(),
                keptLanguage);
        runner.submit(context -> {
            settings.putAll(chosen.values());
            return chosen;
        }, WorkCallbacks.<SheetPreferences>of(done -> message.set(UserMessage.of("sheets.preview.defaultsKept")),
                error -> message.set(UserMessage.of("sheets.preview.defaultsFailed"))));
    }
}
