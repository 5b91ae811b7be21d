package org.callsheet.logic.sheets.brief;

import java.time.Clock;
import java.util.Locale;
import org.callsheet.logic.funnel.chart.FunnelChartBuilder;
import org.callsheet.logic.funnel.chart.FunnelChartTexts;
import org.callsheet.logic.funnel.chart.FunnelMeasure;
import org.callsheet.logic.funnel.chart.FunnelPalette;
import org.callsheet.logic.sheets.layout.FontMetrics;
import org.callsheet.logic.sheets.layout.Paper;
import org.callsheet.logic.sheets.layout.SheetLayout;
import org.callsheet.logic.text.ShippedFont;

/**
 * The one-click sales brief (销售简报): reads its facts for a period and owner and lays it out on
 * paper in a language, ready for the PDF, PNG and screen renderers. Thread-safe.
 */
public final class SalesBriefs {
    private final BriefSources sources;
    private final FontMetrics metrics;
    private final Clock clock;

    public SalesBriefs(BriefSources sources, FontMetrics metrics, Clock clock) {
        this.sources = sources;
        this.metrics = metrics;
        this.clock = clock;
    }

    public Clock clock() {
        return clock;
    }

    public BriefFacts facts(BriefRequest request) {
        return sources.read(request);
    }

    /** The brief of {@code facts} in {@code locale}, printed by {@code repName}, on {@code paper}. */
    public BriefPrint layOut(BriefFacts facts, Locale locale, String repName, Paper paper) {
        ShippedFont.registerWithAwt();
        BriefTexts texts = new BriefTexts(locale);
        FunnelChartBuilder chart = new FunnelChartBuilder(new FunnelChartTexts(locale), FunnelPalette.light(),
                ShippedFont.FAMILY);
        BriefSheetBuilder builder = new BriefSheetBuilder(texts, chart, FunnelMeasure.COUNT, repName, clock);
        SheetLayout layout = new SheetLayout(paper, metrics, texts.locale());
        return new BriefPrint(layout.layOut(builder.build(facts), 0), texts.text("brief.title"),
                builder.subject(facts.request()), texts.locale());
    }
}
