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

    /** Services without backups or profile sheets (tests and tools that have no database file). */
    public UiServices(CustomerService customers, CustomerBook book, Settings settings, Clock clock, String version,
                      DemoDataLoader demoData, String attributions, Runnable shutdown, CallServices calls,
                      AnalysisBackend analysis, ImportExportTools importExport) {
        this(customers, book, settings, clock, version, demoData, attributions, shutdown, calls, analysis,
                importExport, null, null, null, null, null, null);
    }

    /** Services without the field history, the Visits screen and the sales funnel (add them with the withers). */
    public UiServices(CustomerService customers, CustomerBook book, Settings settings, Clock clock, String version,
                      DemoDataLoader demoData, String attributions, Runnable shutdown, CallServices calls,
                      AnalysisBackend analysis, ImportExportTools importExport, SafetyTools safety,
                      ProfileSheets profileSheets) {
        this(customers, book, settings, clock, version, demoData, attributions, shutdown, calls, analysis,
                importExport, safety, profileSheets, null, null, null, null);
    }

    /** These services with the customers' field history (the editor's History tab). */
    public UiServices withFieldHistory(CustomerFieldHistory history) {
        return new UiServices(customers, book, settings, clock, version, demoData, attributions, shutdown, calls,
                analysis, importExport, safety, profileSheets, history, visits, funnel, salesBriefs);
    }

    /** These services with day plans and visits (the Visits screen). */
    public UiServices withVisits(VisitsBackend dayPlans) {
        return new UiServices(customers, book, settings, clock, version, demoData, attributions, shutdown, calls,
                analysis, importExport, safety, profileSheets, fieldHistory, dayPlans, funnel, salesBriefs);
    }

    /** These services with opportunities and the funnel (the Funnel screen). */
    public UiServices withFunnel(FunnelTools opportunities) {
        return new UiServices(customers, book, settings, clock, version, demoData, attributions, shutdown, calls,
                analysis, importExport, safety, profileSheets, fieldHistory, visits, opportunities, salesBriefs);
    }

    /** These services with the sales brief (File → Sales brief). */
    public UiServices withSalesBriefs(SalesBriefs briefs) {
        return new UiServices(customers, book, settings, clock, version, demoData, attributions, shutdown, calls,
                analysis, importExport, safety, profileSheets, fieldHistory, visits, funnel, briefs);
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
