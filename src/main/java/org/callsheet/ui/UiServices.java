package org.callsheet.ui;

import org.callsheet.ui.analysis.AnalysisBackend;

import java.time.Clock;
import java.util.Objects;
import org.callsheet.logic.customers.CustomerBook;
import org.callsheet.logic.customers.CustomerService;
import org.callsheet.logic.history.CustomerFieldHistory;
import org.callsheet.logic.settings.Settings;
import org.callsheet.logic.reminders.CallServices;
import org.callsheet.logic.sheets.brief.SalesBriefs;
import org.callsheet.logic.sheets.profile.ProfileSheets;
import org.callsheet.ui.funnel.FunnelTools;
import org.callsheet.ui.imports.ImportExportTools;
import org.callsheet.ui.visits.VisitsBackend;
import org.callsheet.ui.safety.SafetyTools;

/**
 * Everything the user interface needs from the rest of the app, built by the composition root.
 *
 * @param attributions licences and attributions for the About dialog (plain text)
 * @param shutdown     runs once after the main window closed (closes the database)
 * @param calls        the call log, follow-ups and agenda; null shows the Today and Calls screens as coming
 * @param analysis     classification summaries for the Analysis screen; null shows it as coming
 * @param importExport imports and exports; null shows the Import/Export screen as coming
 * @param safety       backups and restore for Settings; null leaves that section out
 * @param profileSheets customers' profile sheets for printing; null offers no printing
 * @param fieldHistory customers' field history for the editor's History tab; null leaves the tab out
 * @param visits       day plans and visits for the Visits screen; null shows it as coming
 * @param funnel       opportunities and the funnel figures; null shows the Funnel screen as coming
 * @param salesBriefs  the sales brief (File → Sales brief); null offers none
 */
public record UiServices(
        CustomerService customers,
        CustomerBook book,
        Settings settings,
        Clock clock,
        String version,
        DemoDataLoader demoData,
        String attributions,
        Runnable shutdown,
        CallServices calls,
        AnalysisBackend analysis,
        ImportExportTools importExport,
        SafetyTools safety,
        ProfileSheets profileSheets,
        CustomerFieldHistory fieldHistory,
        VisitsBackend visits,
        FunnelTools funnel,
        SalesBriefs salesBriefs) {

    /** What the shipped app bundles, for {@code attributions} when the app has nothing to add. */
    public static final String DEFAULT_ATTRIBUTIONS = """
            Region data: Vonng/adcode, CC BY 4.0 (https://github.com/Vonng/adcode)
            Pinyin dictionary: HanLP (hankcs/HanLP), Apache-2.0
            Font: WenQuanYi Micro Hei, Apache-2.0
            Libraries: OpenJFX (GPL-2.0 with Classpath Exception), AtlantaFX (MIT), ControlsFX (BSD-3-Clause),
            Ikonli and the Feather icons (Apache-2.0, MIT), JFreeChart (LGPL-2.1), H2 (MPL-2.0 / EPL-1.0),
            jOOQ (Apache-2.0), Flyway (Apache-2.0), ICU4J (Unicode License), libphonenumber (Apache-2.0),
            Apache Commons CSV and PDFBox (Apache-2.0), pdfbox-graphics2d (Apache-2.0), picocli (Apache-2.0), SLF4J (MIT), Logback (EPL-1.0 / LGPL-2.1)
            """;

    /** Starts services with the four every window needs; the rest are named one by one and may stay unset. */
    public static Builder builder(CustomerService customers, CustomerBook book, Settings settings, Clock clock) {
        return new Builder(customers, book, settings, clock);
    }

    /** Names each optional service (unset: the screen that needs it shows as coming, or is left out). */
    public static final class Builder {
        private final CustomerService customers;
        private final CustomerBook book;
        private final Settings settings;
        private final Clock clock;
        private String version;
        private DemoDataLoader demoData;
        private String attributions;
        private Runnable shutdown;
        private CallServices calls;
        private AnalysisBackend analysis;
        private ImportExportTools importExport;
        private SafetyTools safety;
        private ProfileSheets profileSheets;
        private CustomerFieldHistory fieldHistory;
        private VisitsBackend visits;
        private FunnelTools funnel;
        private SalesBriefs salesBriefs;

        private Builder(CustomerService customers, CustomerBook book, Settings settings, Clock clock) {
            this.customers = customers;
            this.book = book;
            this.settings = settings;
            this.clock = clock;
        }

        public Builder version(String value) {
            version = value;
            return this;
        }

        public Builder demoData(DemoDataLoader value) {
            demoData = value;
            return this;
        }

        public Builder attributions(String value) {
            attributions = value;
            return this;
        }

        public Builder shutdown(Runnable value) {
            shutdown = value;
            return this;
        }

        public Builder calls(CallServices value) {
            calls = value;
            return this;
        }

        public Builder analysis(AnalysisBackend value) {
            analysis = value;
            return this;
        }

        public Builder importExport(ImportExportTools value) {
            importExport = value;
            return this;
        }

        public Builder safety(SafetyTools value) {
            safety = value;
            return this;
        }

        public Builder profileSheets(ProfileSheets value) {
            profileSheets = value;
            return this;
        }

        public Builder fieldHistory(CustomerFieldHistory value) {
            fieldHistory = value;
            return this;
        }

        public Builder visits(VisitsBackend value) {
            visits = value;
            return this;
        }

        public Builder funnel(FunnelTools value) {
            funnel = value;
            return this;
        }

        public Builder salesBriefs(SalesBriefs value) {
            salesBriefs = value;
            return this;
        }

        public UiServices build() {
            return new UiServices(customers, book, settings, clock, version, demoData, attributions, shutdown, calls,
                    analysis, importExport, safety, profileSheets, fieldHistory, visits, funnel, salesBriefs);
        }
    }

    public UiServices {
        Objects.requireNonNull(customers, "customers");
        Objects.requireNonNull(book, "book");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(clock, "clock");
        version = version == null ? "" : version;
        demoData = demoData == null ? (n, p, c) -> 0 : demoData;
        attributions = attributions == null || attributions.isBlank() ? DEFAULT_ATTRIBUTIONS : attributions;
        shutdown = shutdown == null ? () -> { } : shutdown;
    }
}
