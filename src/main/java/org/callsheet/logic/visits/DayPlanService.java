package org.callsheet.logic.visits;

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
import org.callsheet.model.VisitReason;

/**
 * Builds a day's plan from its candidates: places every candidate, keeps those in the chosen area,
 * routes the located ones from the start point (or, without one, from the candidate with the
 * clearest intent, visited first) and back, and times the day. Candidates without a location are
 * listed apart.
 */
public final class DayPlanService {
    private final VisitCandidates candidates;
    private final CustomerRepository customers;
    private final CustomerLocator locator;
    private final RegionDirectory regions;
    private final RouteSolver solver;
    private final Supplier<TravelSettings> travel;

    public DayPlanService(VisitCandidates candidates, CustomerRepository customers, CustomerLocator locator,
                          RegionDirectory regions, RouteSolver solver, Supplier<TravelSettings> travel) {
        this.candidates = candidates;
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
     * @param area  a province, city or district name; empty for every candidate
     * @param start {latitude, longitude} where the day starts and ends
     */
    public DayPlan plan(LocalDate day, Optional<String> area, Optional<double[]> start) {
        TravelSettings settings = travel.get();
        List<PlannedVisit> located = new ArrayList<>();
        List<PlannedVisit> unlocated = new ArrayList<>();
        for (PlacedCandidate placed : candidates(day)) {
            PlannedVisit visit = placed.visit();
            if (area.isPresent() && !inArea(visit, area.get().strip())) {
                continue;
            }
            (placed.located() ? located : unlocated).add(visit);
        }
        Map<Long, PlannedVisit> byId = new HashMap<>();
        List<DayStop> stops = new ArrayList<>();
        for (PlannedVisit visit : located) {
            byId.put(visit.customer().id(), visit);
            var point = visit.location().point().orElseThrow();
            stops.add(DayStop.at(visit.customer().id(), point.latitude().doubleValue(),
                    point.longitude().doubleValue(), settings.visitFor(visit.candidate().tier())));
        }
        DayTimer timer = new DayTimer(settings);
        List<DayStop> order = new ArrayList<>();
        double[] from;
        if (start.isPresent() || stops.isEmpty()) {
            from = start.orElse(new double[] {0, 0});
            order.addAll(new DayRouter(solver, timer).route(from, false, settings.dayStart(), stops));
        } else {
            DayStop first = stops.getFirst();
            from = new double[] {first.latitude(), first.longitude()};
            order.add(first);
            order.addAll(new DayRouter(solver, timer).route(from, false, settings.dayStart(),
                    stops.subList(1, stops.size())));
        }
        DaySchedule schedule = timer.time(from, Optional.of(from), settings.dayStart(), order);
        List<PlannedVisit> routed = order.stream().map(s -> byId.get(s.id())).toList();
        return new DayPlan(day, routed, schedule, unlocated);
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
