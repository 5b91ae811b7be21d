package org.callsheet.logic.sheets.day;

import java.text.MessageFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.callsheet.logic.sheets.Block;
import org.callsheet.logic.sheets.Field;
import org.callsheet.logic.sheets.FieldGrid;
import org.callsheet.logic.sheets.Heading;
import org.callsheet.logic.sheets.Sheet;
import org.callsheet.logic.sheets.SheetFrame;
import org.callsheet.logic.sheets.Table;
import org.callsheet.logic.sheets.WritingLines;
import org.callsheet.logic.text.Bundles;
import org.callsheet.logic.text.DisplayDates;

/**
 * The day sheet (拜访日程表): the day's route in order with the planned arrivals, then one block per
 * stop with the address, whom to ask for, the purpose, what the last call noted, and lines to
 * write the visit's outcome on by hand.
 */
public final class DaySheetBuilder {
    private final ResourceBundle bundle;
    private final Locale locale;
    private final Clock clock;
    private final DisplayDates dates;

    public DaySheetBuilder(Locale locale, Clock clock) {
        this.locale = locale.getLanguage().equals("zh") ? Bundles.shippedLocale(locale) : Locale.ENGLISH;
        this.bundle = Bundles.load("org.callsheet.i18n.visits", this.locale);
        this.clock = clock;
        this.dates = DisplayDates.of(this.locale);
    }

    public Locale locale() {
        return locale;
    }

    public String text(String key, Object... args) {
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    public Sheet build(DaySheetPlan plan) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Heading(text("daySheet.heading", dates.date(plan.day())), Heading.Level.SHEET));
        String km = text(plan.kmEstimated() ? "daySheet.kmEstimated" : "daySheet.km", plan.km());
        blocks.add(new FieldGrid(List.of(new Field(text("daySheet.field.rep"), plan.repName()),
                new Field(text("daySheet.field.start"), plan.start()),
                new Field(text("daySheet.field.stops"), String.valueOf(plan.stops().size())),
                new Field(text("daySheet.field.km"), km),
                new Field(text("daySheet.field.finish"), plan.finish() == null ? "" : dates.time(plan.finish()))),
                3));
        blocks.add(Heading.section(text("daySheet.section.route")));
        List<List<String>> rows = new ArrayList<>();
        for (DaySheetStop stop : plan.stops()) {
            rows.add(List.of(String.valueOf(stop.sequence()), arrival(stop), stop.customer(), stop.address(),
                    join(stop.contact(), stop.phone()), stop.purpose()));
        }
        blocks.add(new Table(List.of(text("daySheet.column.seq"), text("daySheet.column.arrival"),
                text("daySheet.column.customer"), text("daySheet.column.address"), text("daySheet.column.contact"),
                text("daySheet.column.purpose")), List.of(0.5, 1.0, 2.5, 3.0, 2.2, 2.2), rows));
        for (DaySheetStop stop : plan.stops()) {
            blocks.add(Heading.section(text("daySheet.stop", stop.sequence(), stop.customer(), arrival(stop))));
            List<Field> fields = new ArrayList<>();
            fields.add(new Field(text("daySheet.field.address"), stop.address()));
            fields.add(new Field(text("daySheet.field.contact"), join(stop.contact(), stop.phone())));
            fields.add(new Field(text("daySheet.field.purpose"), stop.purpose()));
            fields.add(new Field(text("daySheet.field.lastNotes"), stop.lastNotes()));
            fields.add(new Field(text("daySheet.field.lastNeeds"), stop.lastNeeds()));
            blocks.add(new FieldGrid(fields, 1));
            blocks.add(new WritingLines(List.of(text("daySheet.write.met"), text("daySheet.write.notes"),
                    text("daySheet.write.next")), 2));
        }
        String printed = text(plan.repName().isEmpty() ? "daySheet.printed" : "daySheet.printedBy",
                dates.date(LocalDate.now(clock)), plan.repName());
        return new Sheet(new SheetFrame(text("daySheet.title"), printed, dates.date(plan.day()),
                text("daySheet.pageNumber"), text("daySheet.continued")), blocks);
    }

    private String arrival(DaySheetStop stop) {
        if (stop.arrival() == null) {
            return "";
        }
        String time = dates.time(stop.arrival());
        return stop.appointment() ? text("daySheet.appointment", time) : time;
    }

    private static String join(String a, String b) {
        return a.isBlank() ? b : b.isBlank() ? a : a + " " + b;
    }
}
