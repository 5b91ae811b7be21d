package org.callsheet.logic.sheets.profile;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.callsheet.logic.classification.ClassificationResult;
import org.callsheet.logic.classification.rules.CustomerClassification;
import org.callsheet.logic.sheets.Block;
import org.callsheet.logic.sheets.Heading;
import org.callsheet.logic.sheets.Paragraph;
import org.callsheet.logic.sheets.Sheet;
import org.callsheet.logic.sheets.SheetFrame;
import org.callsheet.logic.sheets.WritingLines;
import org.callsheet.model.Address;
import org.callsheet.model.Customer;
import org.callsheet.model.CustomerStatus;

/**
 * What goes on a customer's profile sheet (客户概况表): the overview, then the sections the
 * options choose, in a fixed order, ending with a blank block for the visit. A field Callsheet
 * knows nothing about is left out or printed as a line to write on, never as "null".
 */
public final class ProfileSheetBuilder {
    private final ProfileOptions options;
    private final SheetTexts texts;
    private final ProfileTables tables;
    private final DealingTables dealings;
    private final Clock clock;

    public ProfileSheetBuilder(ProfileOptions options, Clock clock) {
        this.options = options;
        this.texts = new SheetTexts(options.locale());
        this.tables = new ProfileTables(texts, options.blankLines(), clock.getZone());
        this.dealings = new DealingTables(texts, tables);
        this.clock = clock;
    }

    public SheetTexts texts() {
        return texts;
    }

    public Sheet build(ProfileFacts facts) {
        Customer customer = facts.customer();
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Heading(customer.name(), Heading.Level.SHEET));
        blocks.add(overview(facts));
        for (SheetSection section : SheetSection.values()) {
            if (options.shows(section)) {
                List<Block> content = section(section, facts);
                if (!content.isEmpty()) {
                    blocks.add(Heading.section(texts.text(section.messageKey())));
                    blocks.addAll(content);
                }
            }
        }
        return new Sheet(frame(customer), blocks);
    }

    private SheetFrame frame(Customer customer) {
        String today = texts.date(LocalDate.now(clock));
        String printed = options.repName().isEmpty() ? texts.text("sheets.printed", today)
                : texts.text("sheets.printedBy", today, options.repName());
        return new SheetFrame(texts.text("sheets.title"), printed, subject(customer),
                texts.text("sheets.pageNumber"), texts.text("sheets.continued"));
    }

    /** The customer as the footer and the PDF's subject name it: name and external id. */
    public String subject(Customer customer) {
        return customer.externalIdOpt().map(id -> texts.text("sheets.subject", customer.name(), id))
                .orElse(customer.name());
    }

    private Block overview(ProfileFacts facts) {
        Customer customer = facts.customer();
        GridBuilder grid = new GridBuilder(options.blankLines());
        grid.add(texts.text("sheets.field.externalId"), customer.externalIdOpt().orElse(""));
        grid.add(texts.text("sheets.field.owner"), customer.ownerRep());
        grid.add(texts.text("sheets.field.status"), status(facts));
        facts.classification().ifPresentOrElse(c -> {
            CustomerClassification rules = c.result().rules();
            grid.add(texts.text("sheets.field.segment"),
                    rules.scored() ? texts.text(rules.segment().messageKey()) : "");
            grid.add(texts.text("sheets.field.quadrant"), texts.text(rules.quadrant().messageKey()));
            grid.add(texts.text("sheets.field.face"), texts.text(rules.face().messageKey()));
            grid.add(texts.text("sheets.field.churn"), texts.yesNo(rules.churnWarning()));
        }, () -> {
            grid.add(texts.text("sheets.field.segment"), "");
            grid.add(texts.text("sheets.field.quadrant"), "");
        });
        if (customer.noNeed()) {
            grid.add(texts.text("sheets.field.noNeed"), texts.text("sheets.noNeed"));
        }
        return grid.grid(2);
    }

    private String status(ProfileFacts facts) {
        return facts.classification().map(ProfileClassification::result).map(r -> r.overridden()
                        ? texts.text("sheets.statusByHand", statusName(r.status()), statusName(r.rules().status()))
                        : statusName(r.status()))
                .orElse(statusName(facts.customer().status()));
    }

    private String statusName(CustomerStatus status) {
        return texts.text("classify.status." + status.name().toLowerCase(Locale.ROOT));
    }

    private List<Block> section(SheetSection section, ProfileFacts facts) {
        return switch (section) {
            case COMPANY -> company(facts);
            case CONTACTS -> tables.contacts(facts.contacts());
            case CLASSIFICATION -> classification(facts);
            case NEEDS -> tables.needs(facts.calls());
            case CALLS -> tables.calls(facts);
            case LAST_VISITS -> dealings.visits(facts.dealings());
            case OPPORTUNITIES -> dealings.opportunities(facts.dealings().openOpportunities());
            case FOLLOW_UPS -> tables.followUps(facts.openFollowUps());
            case KEY_DATES -> tables.keyDates(facts);
            case NOTES -> notes(facts.customer());
            case VISIT -> List.of(new WritingLines(List.of(texts.text("sheets.visit.date"),
                    texts.text("sheets.visit.people")), 1, 2), new WritingLines(List.of(texts.text("sheets.visit.needs"),
                    texts.text("sheets.visit.nextStep")), 2, 2));
        };
    }

    private List<Block> company(ProfileFacts facts) {
        Customer c = facts.customer();
        Address a = c.address();
        // address and phones are long: one to a row
        GridBuilder wide = new GridBuilder(options.blankLines());
        wide.add(texts.text("sheets.field.address"), a.street());
        wide.add(texts.text("sheets.field.phones"), tables.phones(facts.contacts()));
        GridBuilder grid = new GridBuilder(options.blankLines());
        grid.add(texts.text("sheets.field.region"), Stream.of(a.province(), a.city(), a.district())
                .filter(s -> !s.isBlank()).distinct().collect(Collectors.joining(" ")));
        grid.add(texts.text("sheets.field.industry"), c.industry());
        grid.add(texts.text("sheets.field.size"), c.sizeClass());
        grid.add(texts.text("sheets.field.kind"), texts.text("sheets.kind." + c.kind().name()));
        grid.add(texts.text("sheets.field.source"), c.source());
        grid.add(texts.text("sheets.field.tags"), String.join(", ", c.tags()));
        grid.add(texts.text("sheets.field.founded"), facts.foundedOn().map(texts::date).orElse(""));
        grid.add(texts.text("sheets.field.since"), c.createdAt() == null ? ""
                : texts.date(LocalDate.ofInstant(c.createdAt(), clock.getZone())));
        List<Block> blocks = new ArrayList<>();
        if (!wide.isEmpty()) {
            blocks.add(wide.grid(1));
        }
        if (!grid.isEmpty()) {
            blocks.add(grid.grid(2));
        }
        return blocks;
    }

    private List<Block> classification(ProfileFacts facts) {
        if (facts.classification().isEmpty()) {
            return options.blankLines() ? List.of(new Paragraph(texts.text("sheets.notClassified"))) : List.of();
        }
        ProfileClassification pc = facts.classification().get();
        ClassificationResult result = pc.result();
        CustomerClassification c = result.rules();
        ClassificationFigures figures = new ClassificationFigures(texts);
        GridBuilder grid = new GridBuilder(options.blankLines());
        grid.add(texts.text("sheets.field.asOf"), texts.date(result.asOf()));
        grid.add(texts.text("sheets.field.revenue"), figures.money(c.revenue12m()));
        grid.add(texts.text("sheets.field.orders"), Integer.toString(c.orders12m()));
        grid.add(texts.text("sheets.field.lastOrder"), figures.lastOrder(c, result.asOf()));
        grid.add(texts.text("sheets.field.averageOrder"), figures.money(c.averageOrder()));
        grid.add(texts.text("sheets.field.rfm"), c.scored()
                ? texts.text("sheets.rfmScores", c.recencyScore(), c.frequencyScore(), c.monetaryScore()) : "");
        grid.add(texts.text("sheets.field.alive"), figures.alive(c));
        grid.add(texts.text("sheets.field.expected", pc.forecastDays()), figures.oneDecimal(c.expectedOrders90d()));
        grid.add(texts.text("sheets.field.clv", pc.clvMonths()), figures.money(c.clv12m()));
        return List.of(grid.grid(2));
    }

    private List<Block> notes(Customer customer) {
        String notes = customer.notes() == null ? "" : customer.notes().strip();
        if (!notes.isEmpty()) {
            return List.of(new Paragraph(notes));
        }
        return options.blankLines() ? List.of(new WritingLines(List.of(texts.text("sheets.notes.blank")), 3))
                : List.of();
    }
}
