package org.callsheet.logic.sheets.profile;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.callsheet.logic.sheets.Block;
import org.callsheet.logic.sheets.Paragraph;
import org.callsheet.logic.sheets.Table;
import org.callsheet.model.Call;
import org.callsheet.model.Contact;
import org.callsheet.model.FollowUp;
import org.callsheet.model.KeyDate;
import org.callsheet.model.KeyDateKind;
import org.callsheet.model.Phone;

/**
 * The sheet's tables: contacts, the needs of the latest calls, the latest calls, open follow-ups
 * and key dates. An empty table is left out, or printed with blank rows to write in.
 */
final class ProfileTables {
    /** Calls whose needs, attitude and visit opportunity the needs table shows. */
    static final int NEEDS_SHOWN = 3;
    private static final int BLANK_ROWS = 2;

    private final SheetTexts texts;
    private final boolean blankRows;
    private final ZoneId zone;

    ProfileTables(SheetTexts texts, boolean blankRows, ZoneId zone) {
        this.texts = texts;
        this.blankRows = blankRows;
        this.zone = zone;
    }

    private List<Block> table(List<String> headerKeys, List<Double> weights, List<List<String>> rows) {
        if (rows.isEmpty() && !blankRows) {
            return List.of();
        }
        List<List<String>> shown = new ArrayList<>(rows);
        if (shown.isEmpty()) {
            for (int i = 0; i < BLANK_ROWS; i++) {
                shown.add(Collections.nCopies(headerKeys.size(), ""));
            }
        }
        return List.of(new Table(headerKeys.stream().map(k -> texts.text(k)).toList(), weights, shown));
    }

    /** Every number of the customer's contacts, each once, mobiles first. */
    String phones(List<Contact> contacts) {
        Set<String> numbers = new LinkedHashSet<>();
        contacts.stream().map(Contact::mobile).filter(p -> !p.isEmpty()).map(Phone::input).forEach(numbers::add);
        contacts.stream().map(Contact::phone).filter(p -> !p.isEmpty()).map(Phone::input).forEach(numbers::add);
        return String.join(", ", numbers);
    }

    List<Block> contacts(List<Contact> contacts) {
        List<List<String>> rows = contacts.stream().map(c -> List.of(c.name(), orEmpty(c.title()),
                c.decisionMaker() ? texts.text("sheets.yes") : "", c.mobile().input(), c.phone().input(),
                orEmpty(c.email()), texts.date(c.birthday()))).toList();
        return table(List.of("sheets.contact.name", "sheets.contact.title", "sheets.contact.decisionMaker",
                        "sheets.contact.mobile", "sheets.contact.phone", "sheets.contact.email",
                        "sheets.contact.birthday"),
                List.of(1.2, 1.2, 0.7, 1.3, 1.4, 2.0, 1.4), rows);
    }

    List<Block> needs(List<Call> calls) {
        List<List<String>> rows = calls.stream()
                .filter(c -> c.hasNeeds() || c.attitude() != null || c.visitOpportunity())
                .limit(NEEDS_SHOWN)
                .map(c -> List.of(texts.date(c.startedAt().atZone(zone).toLocalDate()), c.needs(),
                        c.attitude() == null ? "" : texts.text("calls.attitude." + c.attitude().name()),
                        c.interestLevel() == null ? "" : texts.text("sheets.interestValue", c.interestLevel()),
                        visit(c)))
                .toList();
        return table(List.of("sheets.call.date", "sheets.call.needs", "sheets.call.attitude",
                "sheets.call.interest", "sheets.call.visit"), List.of(1.0, 3.6, 1.0, 0.8, 1.4), rows);
    }

    private String visit(Call call) {
        if (!call.visitOpportunity()) {
            return "";
        }
        return call.proposedVisitDate() == null ? texts.text("sheets.yes")
                : texts.text("sheets.visitOn", texts.date(call.proposedVisitDate()));
    }

    List<Block> calls(ProfileFacts facts) {
        Map<Long, String> contactNames = facts.contacts().stream().filter(c -> c.id() != null)
                .collect(Collectors.toMap(Contact::id, Contact::name, (a, b) -> a));
        Function<Call, String> outcome = c -> c.customOutcome() != null
                ? facts.customOutcomes().getOrDefault(c.customOutcome(), texts.text("calls.outcome." + c.outcome().name()))
                : texts.text("calls.outcome." + c.outcome().name());
        List<List<String>> rows = facts.calls().stream().map(c -> List.of(
                texts.dateTime(c.startedAt().atZone(zone)),
                c.contactId() == null ? "" : contactNames.getOrDefault(c.contactId(), ""),
                outcome.apply(c), duration(c.durationSeconds()), noteAndNextStep(c))).toList();
        List<Block> blocks = new ArrayList<>(table(List.of("sheets.call.time", "sheets.call.contact",
                "sheets.call.outcome", "sheets.call.duration", "sheets.call.notes"),
                List.of(1.3, 1.0, 1.2, 0.7, 3.6), rows));
        if (facts.callCount() > facts.calls().size()) {
            blocks.add(new Paragraph(texts.text("sheets.callsShown", facts.calls().size(), facts.callCount())));
        }
        return blocks;
    }

    private String noteAndNextStep(Call c) {
        if (c.nextStep().isBlank()) {
            return c.notes();
        }
        String next = texts.text("sheets.nextStep", c.nextStep());
        return c.notes().isBlank() ? next : c.notes() + "\n" + next;
    }

    private String duration(int seconds) {
        return seconds <= 0 ? "" : String.format("%d:%02d", seconds / 60, seconds % 60);
    }

    List<Block> followUps(List<FollowUp> open) {
        List<List<String>> rows = open.stream().map(f -> List.of(
                texts.dateTime(f.effectiveAt().atZone(zone)),
                texts.text("calls.followUp.kind." + f.kind().name()), f.note())).toList();
        return table(List.of("sheets.followUp.due", "sheets.followUp.kind", "sheets.followUp.note"),
                List.of(1.3, 0.9, 5.0), rows);
    }

    List<Block> keyDates(ProfileFacts facts) {
        List<List<String>> rows = facts.keyDates().stream().map(k -> List.of(texts.date(k.date()),
                keyDateText(k), texts.text("calls.keyDate.years", k.years()))).toList();
        return table(List.of("sheets.keyDate.date", "sheets.keyDate.what", "sheets.keyDate.years"),
                List.of(1.2, 4.6, 1.0), rows);
    }

    private String keyDateText(KeyDate k) {
        String kind = texts.text("calls.keyDate." + k.kind().name());
        return k.kind() == KeyDateKind.BIRTHDAY ? texts.text("sheets.keyDate.of", kind, k.subject()) : kind;
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
