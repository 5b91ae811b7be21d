package org.callsheet.cli;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;
import org.callsheet.logic.calls.CallTexts;
import org.callsheet.logic.reminders.Agenda;
import org.callsheet.logic.reminders.ChecklistItem;
import org.callsheet.logic.reminders.CustomerBrief;
import org.callsheet.logic.reminders.DueFollowUp;
import org.callsheet.logic.reminders.HolidayReminder;
import org.callsheet.logic.reminders.ReminderTexts;
import org.callsheet.logic.text.DisplayDates;
import org.callsheet.model.FollowUp;
import org.callsheet.model.KeyDate;

/** Writes an agenda as readable text (dates in the language's format) or as CSV (ISO dates; one row per item, a header first). */
final class AgendaPrinter {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private final AgendaTexts texts;
    private final LongFunction<String> customerName;
    private final LongFunction<String> customerReference;
    private final ZoneId zone;
    private final DisplayDates dates;

    /**
     * @param customerName      a customer's name by id
     * @param customerReference a customer's external id (its uid when it has none), as the
     *                          exports name it, by id
     */
    AgendaPrinter(AgendaTexts texts, LongFunction<String> customerName, LongFunction<String> customerReference,
                  ZoneId zone) {
        this.texts = texts;
        this.dates = DisplayDates.of(texts.locale());
        this.customerName = customerName;
        this.customerReference = customerReference;
        this.zone = zone;
    }

    String text(Agenda agenda) {
        StringBuilder out = new StringBuilder();
        out.append(texts.text("agenda.heading", dates.date(agenda.date()))).append('\n');
        section(out, "agenda.section.followUps", agenda.followUps().isEmpty());
        for (DueFollowUp d : agenda.followUps()) {
            FollowUp f = d.followUp();
            out.append("  ").append(d.overdue() ? "! " : "  ").append(when(f)).append("  ")
                    .append(texts.text(CallTexts.followUpKind(f.kind()))).append("  ")
                    .append(customerName.apply(f.customerId()));
            if (d.overdue()) {
                out.append("  (").append(texts.text(CallTexts.OVERDUE)).append(')');
            }
            if (!f.note().isBlank()) {
                out.append("  ").append(f.note());
            }
            out.append('\n');
        }
        section(out, "agenda.section.keyDates", agenda.keyDates().isEmpty());
        for (KeyDate k : agenda.keyDates()) {
            out.append("  ").append(dates.date(k.date())).append("  ").append(keyDate(k)).append("  ")
                    .append(customerName.apply(k.customerId())).append('\n');
        }
        section(out, "agenda.section.holidays", agenda.holidays().isEmpty());
        for (HolidayReminder h : agenda.holidays()) {
            out.append("  ").append(dates.date(h.holiday().date())).append("  ")
                    .append(texts.text(ReminderTexts.holiday(h.holiday().holiday()))).append(": ")
                    .append(names(h.customers())).append('\n');
        }
        section(out, "agenda.section.checklist", agenda.checklist().isEmpty());
        for (ChecklistItem item : agenda.checklist()) {
            out.append("  ").append(item.done() ? "[x] " : "[ ] ").append(texts.text(item.kind().messageKey()))
                    .append(": ").append(item.customer().name()).append('\n');
        }
        return out.toString();
    }

    String csv(Agenda agenda) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("section", "date", "time", "kind", "customer_id", "customer", "detail", "status",
                "customer_external_id"));
        for (DueFollowUp d : agenda.followUps()) {
            FollowUp f = d.followUp();
            var at = f.effectiveAt().atZone(zone);
            rows.add(List.of("follow_up", at.toLocalDate().toString(), at.toLocalTime().format(TIME),
                    f.kind().name(), Long.toString(f.customerId()), customerName.apply(f.customerId()), f.note(),
                    d.overdue() ? "overdue" : "due", customerReference.apply(f.customerId())));
        }
        for (KeyDate k : agenda.keyDates()) {
            rows.add(List.of("key_date", k.date().toString(), "", k.kind().name(), Long.toString(k.customerId()),
                    customerName.apply(k.customerId()), k.subject(), Integer.toString(k.years()),
                    customerReference.apply(k.customerId())));
        }
        for (HolidayReminder h : agenda.holidays()) {
            if (h.customers().isEmpty()) {
                rows.add(List.of("holiday", h.holiday().date().toString(), "", h.holiday().holiday().name(), "", "",
                        "", "", ""));
            }
            for (CustomerBrief c : h.customers()) {
                rows.add(List.of("holiday", h.holiday().date().toString(), "", h.holiday().holiday().name(),
                        Long.toString(c.id()), c.name(), "", "", customerReference.apply(c.id())));
            }
        }
        for (ChecklistItem item : agenda.checklist()) {
            rows.add(List.of("checklist", agenda.date().toString(), "", item.kind().name(),
                    Long.toString(item.customer().id()), item.customer().name(), "", item.done() ? "done" : "open",
                    customerReference.apply(item.customer().id())));
        }
        StringBuilder out = new StringBuilder();
        for (List<String> row : rows) {
            out.append(String.join(",", row.stream().map(AgendaPrinter::quote).toList())).append("\r\n");
        }
        return out.toString();
    }

    private void section(StringBuilder out, String key, boolean empty) {
        out.append('\n').append(texts.text(key)).append('\n');
        if (empty) {
            out.append("  ").append(texts.text("agenda.none")).append('\n');
        }
    }

    private String when(FollowUp f) {
        return dates.dateTime(f.effectiveAt(), zone);
    }

    private String keyDate(KeyDate k) {
        String kind = texts.text(CallTexts.keyDate(k.kind()));
        String subject = k.subject().isBlank() ? "" : " " + k.subject();
        return k.years() > 0 ? kind + subject + " (" + texts.text(CallTexts.keyDateYears(k.kind()), k.years()) + ")"
                : kind + subject;
    }

    private String names(List<CustomerBrief> customers) {
        if (customers.isEmpty()) {
            return texts.text("agenda.noCustomers");
        }
        return String.join(", ", customers.stream().map(CustomerBrief::name).toList());
    }

    private static String quote(String value) {
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }
}
