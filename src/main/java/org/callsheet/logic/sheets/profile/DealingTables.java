package org.callsheet.logic.sheets.profile;

import java.util.ArrayList;
import java.util.List;
import org.callsheet.logic.funnel.FunnelTexts;
import org.callsheet.logic.sheets.Block;
import org.callsheet.logic.sheets.Paragraph;
import org.callsheet.model.Opportunity;
import org.callsheet.model.Visit;
import org.callsheet.model.VisitReport;

/** The sheet's tables of the customer's latest visits and open opportunities. */
final class DealingTables {
    private final SheetTexts texts;
    private final ProfileTables tables;
    private final ClassificationFigures figures;

    DealingTables(SheetTexts texts, ProfileTables tables) {
        this.texts = texts;
        this.tables = tables;
        this.figures = new ClassificationFigures(texts);
    }

    /** Date, outcome (or "planned" for one not logged yet), purpose, and what was found and agreed. */
    List<Block> visits(ProfileDealings dealings) {
        List<List<String>> rows = dealings.visits().stream().map(v -> List.of(texts.date(v.slot().date()),
                v.report().map(r -> texts.text("visits.outcome." + r.outcome().name()))
                        .orElse(texts.text("sheets.visit.planned")),
                v.purpose(), v.report().map(this::reportText).orElse(""))).toList();
        List<Block> blocks = new ArrayList<>(tables.table(List.of("sheets.lastVisit.date", "sheets.lastVisit.outcome",
                "sheets.lastVisit.purpose", "sheets.lastVisit.notes"), List.of(1.0, 1.0, 2.0, 3.8), rows));
        if (dealings.visitCount() > dealings.visits().size()) {
            blocks.add(new Paragraph(texts.text("sheets.visitsShown", dealings.visits().size(), dealings.visitCount())));
        }
        return blocks;
    }

    /** Needs and notes on one line, the next step on its own, as the calls table has it. */
    private String reportText(VisitReport report) {
        List<String> found = new ArrayList<>();
        if (!report.needs().isBlank()) {
            found.add(texts.text("sheets.lastVisit.needs", report.needs().strip()));
        }
        if (!report.notes().isBlank()) {
            found.add(report.notes().strip());
        }
        String text = String.join(texts.text("sheets.lastVisit.separator"), found);
        if (report.nextStep().isBlank()) {
            return text;
        }
        String next = texts.text("sheets.nextStep", report.nextStep().strip());
        return text.isEmpty() ? next : text + "\n" + next;
    }

    /** Title, stage, amount and expected close of each open opportunity. */
    List<Block> opportunities(List<Opportunity> open) {
        List<List<String>> rows = open.stream().map(o -> List.of(o.terms().title(),
                texts.text(FunnelTexts.stage(o.stage())), figures.money(o.terms().amount()),
                texts.date(o.terms().expectedClose()))).toList();
        return tables.table(List.of("sheets.deal.title", "sheets.deal.stage", "sheets.deal.amount",
                "sheets.deal.expectedClose"), List.of(3.2, 1.6, 1.4, 1.2), rows);
    }
}
