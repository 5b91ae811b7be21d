package org.callsheet.logic.sheets.day;

import java.time.Clock;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.callsheet.logic.sheets.layout.FontMetrics;
import org.callsheet.logic.sheets.layout.LaidOutPage;
import org.callsheet.logic.sheets.layout.Paper;
import org.callsheet.logic.sheets.layout.SheetLayout;
import org.callsheet.logic.sheets.profile.ProfileFacts;
import org.callsheet.logic.sheets.profile.ProfileOptions;
import org.callsheet.logic.sheets.profile.ProfileSheets;
import org.callsheet.model.Address;
import org.callsheet.model.Call;
import org.callsheet.model.Contact;

/**
 * The printed day: the day sheet first, then the profile sheets of the day's customers in route
 * order. The stops' contact, phone and last call come from the same facts the profile sheet reads.
 */
public final class DaySheets {
    private final ProfileSheets profiles;
    private final FontMetrics metrics;
    private final Clock clock;

    public DaySheets(ProfileSheets profiles, FontMetrics metrics, Clock clock) {
        this.profiles = profiles;
        this.metrics = metrics;
        this.clock = clock;
    }

    /** A stop of the route to print: the customer, its number, arrival and purpose. */
    public record RouteStop(long customerId, int sequence, LocalTime arrival, boolean appointment, String purpose) {
    }

    /** What the day sheet says above its stops; the stops are filled in from the customers' facts. */
    public record Summary(java.time.LocalDate day, String start, double km, boolean kmEstimated, LocalTime finish) {
    }

    /**
     * Lays out the day sheet (sheet 0) and behind it the profile sheets (sheets 1, 2, …) of the
     * stops' customers; customers deleted meanwhile are left out. Empty when cancelled.
     */
    public Optional<List<LaidOutPage>> pages(Summary heading, List<RouteStop> route, ProfileOptions options,
                                             Paper paper, BooleanSupplier cancelled) {
        ProfileSheets.Run run = profiles.start(options, paper);
        List<DaySheetStop> stops = new ArrayList<>();
        List<ProfileFacts> facts = new ArrayList<>();
        for (RouteStop stop : route.stream().sorted(Comparator.comparingInt(RouteStop::sequence)).toList()) {
            if (cancelled.getAsBoolean()) {
                return Optional.empty();
            }
            Optional<ProfileFacts> read = run.facts(stop.customerId());
            if (read.isPresent()) {
                facts.add(read.get());
                stops.add(stop(stop, read.get()));
            }
        }
        DaySheetPlan plan = new DaySheetPlan(heading.day(), options.repName(), heading.start(), heading.km(),
                heading.kmEstimated(), heading.finish(), stops);
        DaySheetBuilder builder = new DaySheetBuilder(options.locale(), clock);
        List<LaidOutPage> pages = new ArrayList<>(new SheetLayout(paper, metrics, builder.locale())
                .layOut(builder.build(plan), 0));
        for (int i = 0; i < facts.size(); i++) {
            if (cancelled.getAsBoolean()) {
                return Optional.empty();
            }
            pages.addAll(run.pages(facts.get(i), i + 1));
        }
        return Optional.of(pages);
    }

    /** The day sheet's title in the options' language, for the PDF's description. */
    public String title(ProfileOptions options) {
        return new DaySheetBuilder(options.locale(), clock).text("daySheet.title");
    }

    static DaySheetStop stop(RouteStop stop, ProfileFacts facts) {
        Address a = facts.customer().address();
        String address = String.join("", a.province(), a.city().equals(a.province()) ? "" : a.city(), a.district(),
                a.street());
        Optional<Contact> contact = facts.contacts().stream().filter(Contact::decisionMaker).findFirst()
                .or(() -> facts.contacts().stream().findFirst());
        String phone = contact.map(c -> !c.mobile().isEmpty() ? c.mobile().input() : c.phone().input()).orElse("");
        Optional<Call> last = facts.calls().stream().findFirst();
        Optional<Call> lastWithNeeds = facts.calls().stream().filter(c -> c.needs() != null && !c.needs().isBlank())
                .findFirst();
        return new DaySheetStop(stop.sequence(), stop.arrival(), stop.appointment(), facts.customer().name(),
                address, contact.map(Contact::name).orElse(""), phone, stop.purpose(),
                last.map(Call::notes).orElse(""), lastWithNeeds.map(Call::needs).orElse(""));
    }
}
