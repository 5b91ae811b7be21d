package org.callsheet.benchmark;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;
import javafx.scene.Group;
import javafx.scene.Scene;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import org.callsheet.logic.calls.OutcomeSettings;
import org.callsheet.logic.classification.ClassificationProgress;
import org.callsheet.logic.classification.ClassificationService;
import org.callsheet.logic.classification.rules.ClassificationSettings;
import org.callsheet.logic.demo.DemoDataGenerator;
import org.callsheet.logic.regions.RegionDirectory;
import org.callsheet.logic.settings.Settings;
import org.callsheet.logic.sheets.layout.LaidOutPage;
import org.callsheet.logic.sheets.layout.PageItem;
import org.callsheet.logic.sheets.layout.Paper;
import org.callsheet.logic.sheets.pdf.DocumentInfo;
import org.callsheet.logic.sheets.pdf.PdfSheetWriter;
import org.callsheet.logic.sheets.pdf.ProfilePdfExport;
import org.callsheet.logic.sheets.pdf.SheetFont;
import org.callsheet.logic.sheets.pdf.SheetProgress;
import org.callsheet.logic.sheets.profile.EmptyFields;
import org.callsheet.logic.sheets.profile.ProfileFacts;
import org.callsheet.logic.sheets.profile.ProfileOptions;
import org.callsheet.logic.sheets.profile.ProfileSheets;
import org.callsheet.logic.sheets.profile.SheetSection;
import org.callsheet.logic.sheets.profile.StoredDealings;
import org.callsheet.logic.sheets.profile.StoredProfileSources;
import org.callsheet.logic.text.PhoneNormalizer;
import org.callsheet.logic.text.Pinyin;
import org.callsheet.model.Attitude;
import org.callsheet.model.Call;
import org.callsheet.model.CallDirection;
import org.callsheet.model.CallOutcome;
import org.callsheet.model.FollowUp;
import org.callsheet.model.FollowUpKind;
import org.callsheet.persistence.Database;
import org.callsheet.persistence.JooqBulkCustomerWriter;
import org.callsheet.persistence.JooqCallRepository;
import org.callsheet.persistence.JooqClassificationSource;
import org.callsheet.persistence.JooqClassificationStore;
import org.callsheet.persistence.JooqCustomerRepository;
import org.callsheet.persistence.JooqFollowUpCustomerFacts;
import org.callsheet.persistence.JooqFollowUpRepository;
import org.callsheet.persistence.JooqSettingsRepository;
import org.callsheet.persistence.JooqOpportunityRepository;
import org.callsheet.persistence.JooqVisitRepository;
import org.callsheet.ui.sheets.FxPageRenderer;
import org.callsheet.ui.common.ShippedFonts;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Profile sheets of a demo book of 1,000 customers (each with three calls and an open follow-up,
 * classified) into one PDF: 100 sheets (target ≤ 5 s), 1,000 sheets (target ≤ 40 s, heap ≤ 256 MB)
 * and one preview page (read, build, lay out, draw as JavaFX nodes and render; target ≤ 300 ms),
 * each next to the baseline of the same run: one PDF with one page of text in the same subset font.
 */
@Tag("benchmark")
class ProfileSheetsBenchmark {
    private static final int CUSTOMERS = 1_000;

    @TempDir
    Path dir;

    @Test
    void sheetsToPdfAndAPreviewPage() throws Exception {
        try (Database db = Database.inMemory("sheets-bench-" + UUID.randomUUID())) {
            ProfileSheets sheets = fill(db);
            List<Long> ids = new ArrayList<>();
            for (long id : new JooqCustomerRepository(db.dsl(), new Pinyin(), new PhoneNormalizer())
                    .findIds(org.callsheet.logic.customers.CustomerFilter.ALL,
                            org.callsheet.logic.customers.CustomerSort.DEFAULT)) {
                ids.add(id);
            }
            ProfilePdfExport export = new ProfilePdfExport(sheets, SheetFont.shipped());
            ProfileOptions options = new ProfileOptions(Locale.SIMPLIFIED_CHINESE, SheetSection.all(),
                    EmptyFields.OMIT, "王芳");
            // one warm-up print, then the timed ones
            write(export, ids.subList(0, 20), options, "warm-up");
            double baseline = baseline();
            Report.line("baseline: one page of text in the subset font to PDF: %.0f ms", baseline * 1000);
            double hundred = write(export, ids.subList(0, 100), options, "100");
            Report.line("100 sheets to one PDF: %.2f s (target <= 5 s) = %.0f x the one-page baseline", hundred,
                    hundred / baseline);
            long before = Report.usedHeapAfterGc();
            HeapWatch heap = HeapWatch.start();
            double thousand = write(export, ids, options, "1000");
            long peak = heap.stop();
            Report.line("1,000 sheets to one PDF: %.2f s (target <= 40 s) = %.0f x the one-page baseline; "
                    + "largest heap after a collection during the print %,d MB (%,d MB above the %,d MB before; "
                    + "target <= 256 MB)", thousand, thousand / baseline, peak >> 20, (peak - before) >> 20,
                    before >> 20);
            previewPage(sheets, ids.get(ids.size() / 2), options, baseline);
        }
    }

    private double write(ProfilePdfExport export, List<Long> ids, ProfileOptions options, String name)
            throws Exception {
        Path out = dir.resolve("sheets-" + name + ".pdf");
        long start = System.nanoTime();
        var count = export.write(ids, options, Paper.A4, out, SheetProgress.NONE, () -> false).orElseThrow();
        double seconds = (System.nanoTime() - start) / 1e9;
        if (!name.equals("warm-up")) {
            Report.line("  %s: %d sheets, %d pages, %,d KB (%,d KB per sheet)", name, count.sheets(), count.pages(),
                    Files.size(out) >> 10, (Files.size(out) >> 10) / count.sheets());
        }
        return seconds;
    }

    /** Best of five: a PDF of one page with one line of Chinese, written with the same font and writer. */
    private double baseline() throws Exception {
        double best = Double.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            Path out = dir.resolve("baseline-" + i + ".pdf");
            long start = System.nanoTime();
            try (PdfSheetWriter writer = new PdfSheetWriter(SheetFont.shipped(),
                    new DocumentInfo("baseline", "王芳", "", Locale.SIMPLIFIED_CHINESE))) {
                writer.add(new LaidOutPage(Paper.A4, 0, 1, 1,
                        List.of(new PageItem.Text(40, 60, 12, false, 0, "客户概况表"))));
                writer.save(out);
            }
            best = Math.min(best, (System.nanoTime() - start) / 1e9);
        }
        return best;
    }

    private void previewPage(ProfileSheets sheets, long id, ProfileOptions options, double baseline)
            throws Exception {
        CompletableFuture<Void> started = new CompletableFuture<>();
        try {
            Platform.startup(() -> started.complete(null));
        } catch (IllegalStateException alreadyRunning) {
            started.complete(null);
        }
        started.get();
        CompletableFuture.runAsync(ShippedFonts::loadForJavaFx, Platform::runLater).get();
        double[] samples = new double[5];
        for (int i = 0; i < samples.length; i++) {
            long start = System.nanoTime();
            ProfileSheets.Run run = sheets.start(options, Paper.A4);
            ProfileFacts facts = run.facts(id).orElseThrow();
            long read = System.nanoTime();
            LaidOutPage page = run.pages(facts, 0).getFirst();
            long laidOut = System.nanoTime();
            CompletableFuture.runAsync(() -> new Scene(new Group(new FxPageRenderer().render(page))).snapshot(null),
                    Platform::runLater).get();
            samples[i] = (System.nanoTime() - start) / 1e6;
            Report.line("  preview page %d: read %.0f ms, build and lay out %.0f ms, draw and render %.0f ms", i + 1,
                    (read - start) / 1e6, (laidOut - read) / 1e6, (System.nanoTime() - laidOut) / 1e6);
        }
        Report.line("a preview page (read, build, lay out, draw, render): first %.0f ms, best %.0f ms, median %.0f ms "
                        + "(target <= 300 ms); the one-page PDF baseline %.0f ms", samples[0],
                java.util.Arrays.stream(samples).min().orElseThrow(), Report.percentile(samples, 50), baseline * 1000);
    }

    /** The demo book with three calls and an open follow-up per customer, classified. */
    private static ProfileSheets fill(Database db) {
        Pinyin pinyin = new Pinyin();
        PhoneNormalizer phones = new PhoneNormalizer();
        long start = System.nanoTime();
        new DemoDataGenerator(RegionDirectory.shipped(), phones, pinyin, BenchmarkDatabase.CLOCK)
                .generate(CUSTOMERS, 42, new JooqBulkCustomerWriter(db.dsl(), pinyin, phones), (d, t) -> { },
                        () -> false);
        JooqCustomerRepository customers = new JooqCustomerRepository(db.dsl(), pinyin, phones);
        JooqCallRepository calls = new JooqCallRepository(db.dsl());
        JooqFollowUpRepository followUps = new JooqFollowUpRepository(db.dsl());
        Instant now = BenchmarkDatabase.CLOCK.instant();
        for (long id : customers.findIds(org.callsheet.logic.customers.CustomerFilter.ALL,
                org.callsheet.logic.customers.CustomerSort.DEFAULT)) {
            for (int i = 1; i <= 3; i++) {
                calls.insert(new Call(null, UUID.randomUUID().toString(), null, id, null, "13800138000",
                        "13800138000", CallDirection.OUTGOING, now.minusSeconds(86_400L * 7 * i), 60 * i,
                        i == 2 ? CallOutcome.NO_ANSWER : CallOutcome.CONNECTED, i == 1 ? "年底需要补货 200 箱" : "",
                        i == 1 ? Attitude.POSITIVE : null, i == 1, i == 1 ? LocalDate.of(2026, 12, 1) : null,
                        i == 1 ? 4 : null, "已发报价单，等采购确认", "下周回电", "王芳", now, now));
            }
            followUps.insert(new FollowUp(null, UUID.randomUUID().toString(), id, null, FollowUpKind.CALL,
                    now.plusSeconds(86_400L * 3), null, null, null, "确认数量", null, now, now));
        }
        ClassificationService classification = new ClassificationService(
                new JooqClassificationSource(db.bulkReads(), BenchmarkDatabase.CLOCK.getZone()),
                new JooqClassificationStore(db.dsl()), ClassificationSettings.DEFAULTS, BenchmarkDatabase.CLOCK);
        classification.reclassifyAll(classification.today(), ClassificationProgress.NONE, () -> false);
        Settings settings = new Settings(new JooqSettingsRepository(db.dsl()));
        Report.line("demo book of %,d customers with 3 calls and a follow-up each, classified, in %.1f s", CUSTOMERS,
                (System.nanoTime() - start) / 1e9);
        return new ProfileSheets(new StoredProfileSources(customers, calls, followUps,
                new JooqFollowUpCustomerFacts(db.dsl()), classification, settings.derived(OutcomeSettings::from),
                BenchmarkDatabase.CLOCK).withDealings(new StoredDealings(new JooqVisitRepository(db.dsl()),
                new JooqOpportunityRepository(db.dsl()))), SheetFont.shipped().metrics(), BenchmarkDatabase.CLOCK);
    }

    /** The largest heap in use right after any garbage collection while it watches. */
    private static final class HeapWatch {
        private final AtomicLong peak = new AtomicLong();
        private final List<Runnable> removals = new ArrayList<>();

        static HeapWatch start() {
            HeapWatch watch = new HeapWatch();
            for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                NotificationEmitter emitter = (NotificationEmitter) gc;
                javax.management.NotificationListener listener = (notification, handback) -> {
                    if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                        GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from(
                                (CompositeData) notification.getUserData());
                        long used = info.getGcInfo().getMemoryUsageAfterGc().values().stream()
                                .mapToLong(MemoryUsage::getUsed).sum();
                        watch.peak.accumulateAndGet(used, Math::max);
                    }
                };
                emitter.addNotificationListener(listener, null, null);
                watch.removals.add(() -> {
                    try {
                        emitter.removeNotificationListener(listener);
                    } catch (javax.management.ListenerNotFoundException e) {
                        throw new IllegalStateException(e);
                    }
                });
            }
            return watch;
        }

        long stop() {
            removals.forEach(Runnable::run);
            return peak.get();
        }
    }
}
