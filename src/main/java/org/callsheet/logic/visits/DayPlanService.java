package org.callsheet.logic.visits;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.callsheet.logic.customers.CustomerRepository;
import org.callsheet.logic.regions.CustomerLocator;
import org.callsheet.logic.regions.RegionDirectory;
import org.callsheet.logic.routing.RouteSolver;
import org.callsheet.model.Contact;
import org.callsheet.model.Customer;
import org.callsheet.model.CustomerLocation;
import org.callsheet.model.Phone;
import org.callsheet.model.Region;
import org.callsheet.model.Visit;
import org.callsheet.model.VisitReason;
import org.callsheet.model.VisitSlot;

/**
 * Builds a day's plan: the visits saved for the day, else the day's candidates. Places each
 * customer, keeps those in the chosen area, orders the located ones (a saved route as saved, else
 * routed from the start point — or, without one, from the first, visited first — and back, around
 * the appointments) and times the day. Customers without a location are listed apart.
 */
public final class DayPlanService {
    private final VisitCandidates candidates;
    private final VisitRepository visits;
    private final CustomerRepository customers;
    private final CustomerLocator locator;
    private final RegionDirectory regions;
    private final RouteSolver solver;
    private final Supplier<TravelSettings> travel;

    public DayPlanService(VisitCandidates candidates, VisitRepository visits, CustomerRepository customers,
                          CustomerLocator locator, RegionDirectory regions, RouteSolver solver,
                          Supplier<TravelSettings> travel) {
        this.candidates = candidates;
        this.visits = visits;
        this.customers = customers;
        this.locator = locator;
        this.regions = regions;
        this.solver = solver;
        this.travel = travel;
    }

    /** How days are timed, as the app reads them now. */
    public TravelSettings travel() {
        return travel.get();
    }

    /**
     * The visits saved for {@code day} (in their saved order when the day was routed, appointments
     * at their time), or, for a day without saved visits, its candidates.
     *
     * @param area  a province, city or district name; empty for the whole day
     * @param start {latitude, longitude} where the day starts and ends
     */
    public DayPlan plan(LocalDate day, Optional<String> area, Optional<double[]> start) {
        List<Visit> saved = visits.onDay(day);
        if (saved.isEmpty()) {
            return plan(day, candidates(day), area, start, Map.of(), false);
        }
        List<PlacedCandidate> placed = new ArrayList<>();
        Map<Long, VisitSlot> slots = new HashMap<>();
        for (Visit visit : saved) {
            if (!slots.containsKey(visit.customerId())) {
                place(visit.customerId(), visit.reason(), day, visit.purpose()).ifPresent(p -> {
                    placed.add(p);
                    slots.put(visit.customerId(), visit.slot());
                });
            }
        }
        boolean routed = saved.stream().allMatch(v -> v.slot().sequence() != null);
        return plan(day, placed, area, start, slots, routed);
    }

    /** Whether {@code name} is a province, city or district the region data or a customer's address names. */
    public boolean knowsArea(String name) {
        String wanted = name.strip();
        if (!regions.byName(wanted).isEmpty()) {
            return true;
        }
        for (String province : customers.provinces()) {
            if (province.equals(wanted)) {
                return true;
            }
            for (String city : customers.cities(province)) {
                if (city.equals(wanted) || customers.districts(province, city).contains(wanted)) {
                    return true;
                }
            }
        }
        return false;
    }

    private DayPlan plan(LocalDate day, List<PlacedCandidate> placed, Optional<String> area, Optional<double[]> start,
                         Map<Long, VisitSlot> slots, boolean keepOrder) {
        TravelSettings settings = travel.get();
        List<PlacedCandidate> located = new ArrayList<>();
        List<PlacedCandidate> unlocated = new ArrayList<>();
        for (PlacedCandidate candidate : placed) {
            if (area.isPresent() && !inArea(candidate.visit(), area.get().strip())) {
                continue;
            }
            (candidate.located() ? located : unlocated).add(candidate);
        }
        Map<Long, PlacedCandidate> byId = new HashMap<>();
        List<DayStop> stops = new ArrayList<>();
        for (PlacedCandidate candidate : located) {
            byId.put(candidate.customerId(), candidate);
            stops.add(stop(candidate, Optional.ofNullable(slots.get(candidate.customerId())), settings));
        }
        DayTimer timer = new DayTimer(settings);
        List<DayStop> order = new ArrayList<>();
        double[] from;
        if (start.isPresent() || stops.isEmpty()) {
            from = start.orElse(new double[] {0, 0});
            order.addAll(keepOrder ? stops : new DayRouter(solver, timer).route(from, false, settings.dayStart(), stops));
        } else {
            DayStop first = stops.getFirst();
            from = new double[] {first.latitude(), first.longitude()};
            order.add(first);
            List<DayStop> rest = stops.subList(1, stops.size());
            order.addAll(keepOrder ? rest : new DayRouter(solver, timer).route(from, false, settings.dayStart(), rest));
        }
        DaySchedule schedule = timer.time(from, Optional.of(from), settings.dayStart(), order);
        List<PlacedCandidate> routed = order.stream().map(s -> byId.get(s.id())).toList();
        return new DayPlan(day, routed, schedule, unlocated);
    }

    /** A located customer as a stop: a saved visit's own minutes and appointment, else the tier's minutes. */
    private static DayStop stop(PlacedCandidate candidate, Optional<VisitSlot> slot, TravelSettings settings) {
        Duration minutes = slot.map(VisitSlot::visitMinutes).map(Duration::ofMinutes)
                .orElse(settings.visitFor(candidate.visit().candidate().tier()));
        DayStop stop = DayStop.at(candidate.customerId(), candidate.latitude(), candidate.longitude(), minutes);
        return slot.filter(VisitSlot::appointment).map(s -> stop.withAppointment(s.plannedArrival())).orElse(stop);
    }

    /** Every candidate of the day in the candidates' order, placed (with or without a location). */
    public List<PlacedCandidate> candidates(LocalDate day) {
        List<PlacedCandidate> placed = new ArrayList<>();
        for (VisitCandidate candidate : candidates.forDay(day)) {
            place(candidate).ifPresent(placed::add);
        }
        return placed;
    }

    /** Places one candidate (e.g. a customer added by search); empty when the customer no longer exists. */
    public Optional<PlacedCandidate> place(VisitCandidate candidate) {
        Optional<Customer> customer = customers.findById(candidate.customerId());
        if (customer.isEmpty()) {
            return Optional.empty();
        }
        List<Phone> phones = new ArrayList<>();
        for (Contact contact : customers.contactsOf(candidate.customerId())) {
            phones.add(contact.phone());
            phones.add(contact.mobile());
        }
        CustomerLocation location = locator.locate(customer.get(), phones);
        PlannedVisit visit = new PlannedVisit(candidate, customer.get(), location);
        return Optional.of(new PlacedCandidate(visit, areaOf(visit)));
    }

    /**
     * Places a customer for a day under a reason (a visit already stored, or one added by hand),
     * with {@code detail} as what the visit is for; empty when the customer no longer exists.
     */
    public Optional<PlacedCandidate> place(long customerId, VisitReason reason, LocalDate day, String detail) {
        return customers.findById(customerId).flatMap(c -> place(new VisitCandidate(customerId, c.name(), c.status(),
                reason, Optional.of(day), null, false, detail)));
    }

    /** The customer's own province, city and district; parts it lacks come from where it was placed. */
    private VisitArea areaOf(PlannedVisit visit) {
        var address = visit.customer().address();
        String province = address.province();
        String city = address.city();
        String district = address.district();
        Optional<Region> region = visit.location().region();
        if (region.isPresent()) {
            for (Region r = region.get(); r != null; r = regions.parent(r).orElse(null)) {
                switch (r.level()) {
                    case PROVINCE -> province = province.isEmpty() ? r.name() : province;
                    case CITY -> city = city.isEmpty() ? r.name() : city;
                    case COUNTY -> district = district.isEmpty() ? r.name() : district;
                }
            }
        }
        return new VisitArea(province, city, district);
    }

    private boolean inArea(PlannedVisit visit, String name) {
        var address = visit.customer().address();
        if (name.equals(address.province()) || name.equals(address.city()) || name.equals(address.district())) {
            return true;
        }
        Optional<Region> region = visit.location().region();
        return region.isPresent() && regions.byName(name).stream().anyMatch(r -> regions.isWithin(region.get(), r));
    }
}
