package org.callsheet.logic.calls;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.callsheet.logic.settings.Settings;
import org.callsheet.model.Call;
import org.callsheet.model.CallOutcome;

/**
 * Which outcomes the call dialog offers, in which order, and the rep's own outcomes. Two settings:
 * {@value #ORDER} lists the offered outcomes in order, comma separated (built-in names such as
 * {@code NO_ANSWER}, {@code custom:ID} for own ones; every built-in outcome when missing), and
 * {@value #CUSTOM} holds the own outcomes, one a line as {@code id|1|label} (1 connected, 0 not).
 * Own outcomes are hidden, never removed, so calls logged with them keep their label.
 */
public record OutcomeSettings(List<Entry> entries) {
    public static final String ORDER = "calls.outcomes";
    public static final String CUSTOM = "calls.customOutcomes";
    /** The built-in outcomes in their standard order. */
    public static final List<CallOutcome> BUILT_IN = Arrays.stream(CallOutcome.values())
            .filter(o -> !o.custom()).toList();

    /** One outcome and whether the dialog offers it. */
    public record Entry(OutcomeChoice choice, boolean visible) {
    }

    public OutcomeSettings {
        entries = List.copyOf(entries);
    }

    public static OutcomeSettings from(Settings settings) {
        return from(settings::get);
    }

    /** The configuration in the settings {@code lookup} finds (e.g. those an import's transaction sees). */
    public static OutcomeSettings from(Function<String, Optional<String>> lookup) {
        Map<String, OutcomeChoice> known = new LinkedHashMap<>();
        BUILT_IN.forEach(o -> known.put(o.name(), OutcomeChoice.of(o)));
        parseCustom(lookup.apply(CUSTOM).orElse("")).forEach(c -> known.put(OutcomeChoice.of(c).token(), OutcomeChoice.of(c)));
        List<OutcomeChoice> shown = new ArrayList<>();
        for (String part : lookup.apply(ORDER).orElse("").split(",")) {
            String token = part.strip();
            OutcomeChoice choice = known.get(OutcomeChoice.customIdOf(token) == null
                    ? token.toUpperCase(Locale.ROOT) : token);
            if (choice != null && !shown.contains(choice)) {
                shown.add(choice);
            }
        }
        if (shown.isEmpty()) {
            BUILT_IN.forEach(o -> shown.add(OutcomeChoice.of(o)));
        }
        List<Entry> entries = new ArrayList<>();
        shown.forEach(c -> entries.add(new Entry(c, true)));
        known.values().stream().filter(c -> !shown.contains(c)).forEach(c -> entries.add(new Entry(c, false)));
        return new OutcomeSettings(entries);
    }

    /** What the call dialog offers, in order. */
    public List<OutcomeChoice> visible() {
        return entries.stream().filter(Entry::visible).map(Entry::choice).toList();
    }

    public List<CustomOutcome> customs() {
        return entries.stream().map(e -> e.choice().custom()).filter(c -> c != null).toList();
    }

    /**
     * The outcome a call was logged with, shown or hidden; a built-in "other" value when the call
     * names an own outcome this database does not know (e.g. a call synced from another PC).
     */
    public OutcomeChoice choiceOf(Call call) {
        return entries.stream().map(Entry::choice).filter(c -> c.matches(call)).findFirst()
                .orElse(OutcomeChoice.of(call.outcome()));
    }

    /** The rep's own outcome with this label (case and surrounding spaces aside), shown or hidden. */
    public Optional<CustomOutcome> customByLabel(String label) {
        String wanted = label == null ? "" : label.strip();
        return customs().stream().filter(c -> c.label().equalsIgnoreCase(wanted)).findFirst();
    }

    /** The label of the rep's own outcome with this id, shown or hidden. */
    public Optional<String> labelOf(String customId) {
        return customs().stream().filter(c -> c.id().equals(customId)).map(CustomOutcome::label).findFirst();
    }

    /** This configuration with {@code added} offered too, after the last offered outcome. */
    public OutcomeSettings with(CustomOutcome added) {
        List<Entry> out = new ArrayList<>(entries);
        int afterLastOffered = 0;
        for (int i = 0; i < out.size(); i++) {
            if (out.get(i).visible()) {
                afterLastOffered = i + 1;
            }
        }
        out.add(afterLastOffered, new Entry(OutcomeChoice.of(added), true));
        return new OutcomeSettings(out);
    }

    /** The two setting values that store this configuration. */
    public Map<String, String> toSettings() {
        String order = String.join(",", visible().stream().map(OutcomeChoice::token).toList());
        String custom = String.join("\n", customs().stream()
                .map(c -> c.id() + "|" + (c.connected() ? "1" : "0") + "|" + c.label()).toList());
        return Map.of(ORDER, order, CUSTOM, custom);
    }

    /** An id no own outcome has had yet. */
    public String nextCustomId() {
        int max = 0;
        for (CustomOutcome c : customs()) {
            if (c.id().matches("c\\d{1,9}")) {
                max = Math.max(max, Integer.parseInt(c.id().substring(1)));
            }
        }
        return "c" + (max + 1);
    }

    /**
     * The calls-bundle key of what is wrong with the label of a new or renamed own outcome, or null.
     *
     * @param others the labels of the other outcomes as the rep sees them
     */
    public static String labelProblem(String label, List<String> others) {
        String l = label == null ? "" : label.strip();
        if (l.isEmpty()) {
            return "calls.validation.outcome.labelRequired";
        }
        if (l.length() > CustomOutcome.MAX_LABEL) {
            return "calls.validation.outcome.labelTooLong";
        }
        if (l.contains("|") || l.contains("\n") || l.contains(",")) {
            return "calls.validation.outcome.labelCharacters";
        }
        if (others.stream().anyMatch(o -> o.strip().equalsIgnoreCase(l))) {
            return "calls.validation.outcome.labelTaken";
        }
        return null;
    }

    private static List<CustomOutcome> parseCustom(String value) {
        List<CustomOutcome> out = new ArrayList<>();
        for (String line : value.split("\n")) {
            String[] parts = line.split("\\|", 3);
            if (parts.length == 3 && !parts[0].isBlank() && !parts[2].isBlank()) {
                out.add(new CustomOutcome(parts[0].strip(), parts[2], "1".equals(parts[1].strip())));
            }
        }
        return out;
    }
}
