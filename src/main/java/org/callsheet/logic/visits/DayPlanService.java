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

    /**
     * @param area  a province, city or district name; empty for every candidate
     * @param start {latitude, longitude} where the day starts and ends
     */
    public DayPlan plan(LocalDate day, Optional<String> area, Optional<double[]> start) {
        TravelSettings settings = travel.get();
        List<PlannedVisit> located = new ArrayList<>();
        List<PlannedVisit> unlocated = new ArrayList<>();
        for (VisitCandidate candidate : candidates.forDay(day)) {
            Optional<Customer> customer = customers.findById(candidate.customerId());
            if (customer.isEmpty()) {
                continue;
            }
            List<Phone> phones = new ArrayList<>();
            for (Contact contact : customers.contactsOf(candidate.customerId())) {
                phones.add(contact.phone());
                phones.add(contact.mobile());
            }
            CustomerLocation location = locator.locate(customer.get(), phones);
            PlannedVisit visit = new PlannedVisit(candidate, customer.get(), location);
            if (area.isPresent() && !inArea(visit, area.get().strip())) {
                continue;
            }
            (location.point().isPresent() ? located : unlocated).add(visit);
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

    private boolean inArea(PlannedVisit visit, String name) {
        var address = visit.customer().address();
        if (name.equals(address.province()) || name.equals(address.city()) || name.equals(address.district())) {
            return true;
        }
        Optional<Region> region = visit.location().region();
        return region.isPresent() && regions.byName(name).stream().anyMatch(r -> regions.isWithin(region.get(), r));
    }
}
