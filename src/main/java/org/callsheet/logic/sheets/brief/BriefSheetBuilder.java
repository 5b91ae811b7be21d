package org.callsheet.logic.sheets.brief;

import java.awt.geom.Rectangle2D;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.callsheet.logic.funnel.FunnelFigures;
import org.callsheet.logic.funnel.FunnelTexts;
import org.callsheet.logic.funnel.StageFigures;
import org.callsheet.logic.funnel.chart.FunnelChartBuilder;
import org.callsheet.logic.funnel.chart.FunnelMeasure;
import org.callsheet.logic.sheets.Block;
import org.callsheet.logic.sheets.Drawing;
import org.callsheet.logic.sheets.Field;
import org.callsheet.logic.sheets.FieldGrid;
import org.callsheet.logic.sheets.Heading;
import org.callsheet.logic.sheets.Paragraph;
import org.callsheet.logic.sheets.Sheet;
import org.callsheet.logic.sheets.SheetFrame;
import org.callsheet.logic.sheets.Table;
import org.jfree.chart.JFreeChart;

/**
 * Builds the sales brief as a sheet: the key figures (calls and connected rate, visits planned and
 * done, new opportunities, won, conversion, win rate, open pipeline, weakest step), the funnel
 * chart with its figures per stage, the largest open opportunities and the overdue follow-ups.
 */
public final class BriefSheetBuilder {
    /** The chart's size in points: the width of an A4 page's content, and a height that leaves room for the rest. */
    static final float CHART_WIDTH = 511;
    static final float CHART_HEIGHT = 290;

    private final BriefTexts texts;
    private final FunnelChartBuilder chart;
    private final FunnelMeasure measure;
    private final String repName;
    private final Clock clock;

    public BriefSheetBuilder(BriefTexts texts, FunnelChartBuilder chart, FunnelMeasure measure, String repName,
                             Clock clock) {
        this.texts = texts;
        this.chart = chart;
        this.measure = measure;
        this.repName = repName == null ? "" : repName.strip();
        this.clock = clock;
    }

    public BriefTexts texts() {
        return texts;
    }

    /** "Sales brief 2026-12-01 to 2026-12-07, everyone": the document's subject and the pages' footer. */
    public String subject(BriefRequest request) {
        return texts.text("brief.subject", texts.period(request), texts.owner(request));
    }

    public Sheet build(BriefFacts facts) {
        BriefRequest request = facts.request();
        String now = texts.dateTime(clock.instant(), clock.getZone());
        String printed = repName.isEmpty() ? texts.text("brief.printed", now) : texts.text("brief.printedBy", now,
                repName);
        SheetFrame frame = new SheetFrame(texts.text("brief.title"), printed, subject(request),
                texts.text("brief.pageNumber"), texts.text("brief.continued"));
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Heading(texts.text("brief.heading", texts.owner(request)), Heading.Level.SHEET));
        blocks.add(new Paragraph(texts.text("brief.intro", texts.period(request), texts.date(facts.today()))));
        blocks.add(Heading.section(texts.text("brief.section.figures")));
        blocks.add(new FieldGrid(figures(facts), 2));
        blocks.add(Heading.section(texts.text("brief.section.funnel")));
        JFreeChart funnel = chart.chart(facts.funnel(), measure);
        blocks.add(new Drawing(CHART_WIDTH, CHART_HEIGHT,
                (g2, width, height) -> funnel.draw(g2, new Rectangle2D.Double(0, 0, width, height))));
        blocks.add(stageTable(facts.funnel()));
        blocks.add(Heading.section(texts.text("brief.section.topOpen")));
        blocks.add(facts.topOpen().isEmpty() ? new Paragraph(texts.text("brief.noOpen")) : openTable(facts));
        blocks.add(Heading.section(texts.text("brief.section.overdue", facts.overdueTotal())));
        if (facts.overdue().isEmpty()) {
            blocks.add(new Paragraph(texts.text("brief.noOverdue")));
        } else {
            blocks.add(overdueTable(facts));
            if (facts.overdueTotal() > facts.overdue().size()) {
                blocks.add(new Paragraph(texts.text("brief.moreOverdue", facts.overdueTotal() - facts.overdue().size())));
            }
        }
        return new Sheet(frame, blocks);
    }

    private List<Field> figures(BriefFacts facts) {
        BriefFacts.Activity activity = facts.activity();
        FunnelFigures funnel = facts.funnel();
        BigDecimal created = funnel.stages().isEmpty() ? BigDecimal.ZERO : funnel.stages().getFirst().reachedAmount();
        List<Field> fields = new ArrayList<>();
        fields.add(new Field(texts.text("brief.field.calls"), String.valueOf(activity.callsMade())));
        fields.add(new Field(texts.text("brief.field.connected"), texts.text("brief.field.connectedValue",
                activity.callsConnected(), texts.percent(activity.connectedRate()))));
        fields.add(new Field(texts.text("brief.field.visitsPlanned"), String.valueOf(activity.visitsPlanned())));
        fields.add(new Field(texts.text("brief.field.visitsDone"), String.valueOf(activity.visitsDone())));
        fields.add(new Field(texts.text("brief.field.newOpportunities"), texts.text("brief.field.countAmount",
                funnel.total(), texts.money(created))));
        fields.add(new Field(texts.text("brief.field.won"), texts.text("brief.field.countAmount", facts.wonCount(),
                texts.money(facts.wonAmount()))));
        fields.add(new Field(texts.text("brief.field.conversion"), texts.percent(funnel.overallConversion())));
        fields.add(new Field(texts.text("brief.field.winRate"), texts.percent(funnel.winRate())));
        fields.add(new Field(texts.text("brief.field.pipeline"), texts.text("brief.field.pipelineValue",
                funnel.open(), texts.money(funnel.openAmount()), texts.money(funnel.weightedAmount()))));
        fields.add(new Field(texts.text("brief.field.weakest"), funnel.weakestStep().map(step -> texts.text(
                "brief.field.weakestValue", stage(step.stage()), stage(step.stage().next().orElseThrow()),
                texts.percent(step.conversionToNext()))).orElse(texts.text("brief.none"))));
        return fields;
    }

    private Table stageTable(FunnelFigures funnel) {
        List<List<String>> rows = new ArrayList<>();
        for (StageFigures s : funnel.stages()) {
            rows.add(List.of(stage(s.stage()), String.valueOf(s.reached()), texts.money(s.reachedAmount()),
                    s.conversionToNext() == null ? "" : texts.percent(s.conversionToNext()),
                    s.averageDaysInStage() == null ? "" : s.averageDaysInStage().setScale(1, RoundingMode.HALF_UP)
                            .toPlainString(),
                    String.valueOf(s.open()), texts.money(s.weightedAmount())));
        }
        return new Table(List.of(texts.text("brief.col.stage"), texts.text("brief.col.reached"),
                texts.text("brief.col.amount"), texts.text("brief.col.conversion"), texts.text("brief.col.days"),
                texts.text("brief.col.open"), texts.text("brief.col.weighted")),
                List.of(1.6, 0.8, 1.4, 0.9, 0.9, 0.7, 1.3), rows);
    }

    private Table openTable(BriefFacts facts) {
        List<List<String>> rows = new ArrayList<>();
        for (BriefFacts.OpenOpportunity o : facts.topOpen()) {
            rows.add(List.of(o.customer(), o.title(), o.owner(), stage(o.stage()), texts.money(o.amount()),
                    o.probability() + " %", texts.date(o.expectedClose()),
                    o.stale() ? texts.text("brief.stale", o.daysInStage()) : String.valueOf(o.daysInStage())));
        }
        return new Table(List.of(texts.text("brief.col.customer"), texts.text("brief.col.opportunity"),
                texts.text("brief.col.owner"), texts.text("brief.col.stage"), texts.text("brief.col.amount"),
                texts.text("brief.col.probability"), texts.text("brief.col.expectedClose"),
                texts.text("brief.col.daysInStage")), List.of(1.6, 1.4, 0.8, 1.0, 1.1, 0.8, 1.25, 0.95), rows);
    }

    private Table overdueTable(BriefFacts facts) {
        List<List<String>> rows = new ArrayList<>();
        for (BriefFacts.OverdueFollowUp f : facts.overdue()) {
            rows.add(List.of(texts.dateTime(f.dueAt(), clock.getZone()), f.customer(),
                    texts.text("calls.followUp.kind." + f.kind().name()), f.note()));
        }
        return new Table(List.of(texts.text("brief.col.due"), texts.text("brief.col.customer"),
                texts.text("brief.col.kind"), texts.text("brief.col.note")), List.of(1.1, 1.8, 0.6, 2.5), rows);
    }

    private String stage(org.callsheet.model.Stage stage) {
        return texts.text(FunnelTexts.stage(stage));
    }
}
