package org.callsheet.cli;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import org.callsheet.logic.funnel.FunnelFigures;
import org.callsheet.logic.funnel.FunnelFilter;
import org.callsheet.logic.funnel.FunnelTexts;
import org.callsheet.logic.funnel.StageFigures;

/** The funnel figures as text for people or as CSV (stage codes, plain numbers) for programs. */
final class FunnelReportPrinter {
    static final String CSV_HEADER =
            "stage,reached,amount,conversion_to_next,avg_days_in_stage,open,open_amount,weighted_amount";

    private final FunnelTextsBundle texts;
    private final NumberFormat money;
    private final NumberFormat percent;

    FunnelReportPrinter(FunnelTextsBundle texts) {
        this.texts = texts;
        this.money = NumberFormat.getNumberInstance(texts.locale());
        money.setMaximumFractionDigits(2);
        money.setMinimumFractionDigits(2);
        this.percent = NumberFormat.getPercentInstance(texts.locale());
        percent.setMaximumFractionDigits(1);
        percent.setMinimumFractionDigits(1);
        // as the window and the sales brief round: 0.1745 is 17.5 %, not 17.4 %
        percent.setRoundingMode(java.math.RoundingMode.HALF_UP);
    }

    /** One row per stage in order; conversion with 4 decimals (empty for the last stage), days with 2. */
    String csv(FunnelFigures figures) {
        StringBuilder out = new StringBuilder(CSV_HEADER).append('\n');
        for (StageFigures s : figures.stages()) {
            out.append(s.stage().code()).append(',')
                    .append(s.reached()).append(',')
                    .append(plain(s.reachedAmount())).append(',')
                    .append(s.conversionToNext() == null ? "" : s.conversionToNext().setScale(4, RoundingMode.HALF_UP)
                            .toPlainString()).append(',')
                    .append(s.averageDaysInStage() == null ? "" : s.averageDaysInStage().toPlainString()).append(',')
                    .append(s.open()).append(',')
                    .append(plain(s.openAmount())).append(',')
                    .append(plain(s.weightedAmount())).append('\n');
        }
        return out.toString();
    }

    String text(FunnelFigures figures, FunnelFilter filter) {
        StringBuilder out = new StringBuilder();
        out.append(texts.text("report.funnel.title",
                filter.from() == null ? "…" : filter.from().toString(),
                filter.to() == null ? "…" : filter.to().toString(),
                filter.owner() == null ? texts.text("report.funnel.everyone") : filter.owner())).append('\n');
        String row = "%-12s %8s %16s %8s %8s %6s %16s %16s%n";
        out.append(String.format(row, texts.text("report.funnel.col.stage"), texts.text("report.funnel.col.reached"),
                texts.text("report.funnel.col.amount"), texts.text("report.funnel.col.conversion"),
                texts.text("report.funnel.col.days"), texts.text("report.funnel.col.open"),
                texts.text("report.funnel.col.openAmount"), texts.text("report.funnel.col.weighted")));
        for (StageFigures s : figures.stages()) {
            out.append(String.format(row, texts.text(FunnelTexts.stage(s.stage())), s.reached(),
                    money.format(s.reachedAmount()), ratio(s.conversionToNext()),
                    s.averageDaysInStage() == null ? "–" : s.averageDaysInStage().toPlainString(), s.open(),
                    money.format(s.openAmount()), money.format(s.weightedAmount())));
        }
        out.append(texts.text("report.funnel.summary", figures.total(), ratio(figures.overallConversion()),
                figures.open(), money.format(figures.openAmount()), money.format(figures.weightedAmount()),
                figures.won(), money.format(figures.wonAmount()), figures.lost(), ratio(figures.winRate())))
                .append('\n');
        figures.weakestStep().ifPresent(s -> out.append(texts.text("report.funnel.weakest",
                texts.text(FunnelTexts.stage(s.stage())),
                texts.text(FunnelTexts.stage(s.stage().next().orElseThrow())), ratio(s.conversionToNext())))
                .append('\n'));
        return out.toString();
    }

    String ratio(BigDecimal value) {
        return value == null ? "–" : percent.format(value);
    }

    private static String plain(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
