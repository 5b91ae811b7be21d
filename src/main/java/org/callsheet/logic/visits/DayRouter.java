package org.callsheet.logic.visits;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.callsheet.logic.routing.DistanceMatrix;
import org.callsheet.logic.routing.Route;
import org.callsheet.logic.routing.RouteEnd;
import org.callsheet.logic.routing.RouteProblem;
import org.callsheet.logic.routing.RouteSolver;

/**
 * Orders a day's stops for the shortest drive. Without appointments that is the solver's route.
 * Appointments are kept in the order of their times: every other stop goes where it adds the
 * fewest km without making an appointment late (or, when no place avoids that, the fewest km),
 * then the stretches between appointments are reordered with the appointments pinned.
 */
public final class DayRouter {
    private final RouteSolver solver;
    private final DayTimer timer;

    public DayRouter(RouteSolver solver, DayTimer timer) {
        this.solver = solver;
        this.timer = timer;
    }

    /** The stops in visiting order, from {@code start} and back to it unless {@code open}. */
    public List<DayStop> route(double[] start, boolean open, LocalTime startAt, List<DayStop> stops) {
        if (stops.isEmpty()) {
            return List.of();
        }
        List<double[]> points = new ArrayList<>();
        points.add(start);
        stops.forEach(s -> points.add(new double[] {s.latitude(), s.longitude()}));
        DistanceMatrix d = DistanceMatrix.greatCircleKm(points);
        RouteProblem problem = new RouteProblem(d, 0, open ? RouteEnd.atLastStop() : RouteEnd.returnToStart());
        Set<Integer> pinned = new HashSet<>();
        for (int i = 0; i < stops.size(); i++) {
            if (stops.get(i).appointment().isPresent()) {
                pinned.add(i + 1);
            }
        }
        if (pinned.isEmpty()) {
            return inOrder(solver.solve(problem).order(), stops);
        }
        List<Integer> order = skeleton(stops, pinned);
        Optional<double[]> end = open ? Optional.empty() : Optional.of(start);
        for (int point : solver.solve(problem).order()) {
            if (point != 0 && !pinned.contains(point)) {
                insert(order, point, d, start, end, startAt, stops, open);
            }
        }
        int[] current = order.stream().mapToInt(Integer::intValue).toArray();
        Route route = solver.solveAround(problem, current, pinned);
        return inOrder(route.order(), stops);
    }

    /**
     * Reorders stops already in an order but keeps the pinned ones (and the appointments) at their
     * places: only the stretches between them are reordered. Without pins it is {@link #route}.
     */
    public List<DayStop> routeAround(double[] start, boolean open, LocalTime startAt, List<DayStop> inOrder,
                                     Set<Long> pinnedIds) {
        if (pinnedIds.isEmpty() || inOrder.isEmpty()) {
            return route(start, open, startAt, inOrder);
        }
        List<double[]> points = new ArrayList<>();
        points.add(start);
        inOrder.forEach(s -> points.add(new double[] {s.latitude(), s.longitude()}));
        DistanceMatrix d = DistanceMatrix.greatCircleKm(points);
        RouteProblem problem = new RouteProblem(d, 0, open ? RouteEnd.atLastStop() : RouteEnd.returnToStart());
        Set<Integer> pinned = new HashSet<>();
        int[] current = new int[inOrder.size() + 1];
        for (int i = 0; i < inOrder.size(); i++) {
            current[i + 1] = i + 1;
            DayStop stop = inOrder.get(i);
            if (pinnedIds.contains(stop.id()) || stop.appointment().isPresent()) {
                pinned.add(i + 1);
            }
        }
        return inOrder(solver.solveAround(problem, current, pinned).order(), inOrder);
    }

    private static List<Integer> skeleton(List<DayStop> stops, Set<Integer> pinned) {
        List<Integer> order = new ArrayList<>();
        order.add(0);
        pinned.stream().sorted(Comparator.comparing((Integer p) -> stops.get(p - 1).appointment().orElseThrow())
                .thenComparing(p -> p)).forEach(order::add);
        return order;
    }

    private void insert(List<Integer> order, int point, DistanceMatrix d, double[] start, Optional<double[]> end,
                        LocalTime startAt, List<DayStop> stops, boolean open) {
        int bestAt = -1;
        double bestCost = Double.POSITIVE_INFINITY;
        boolean bestOnTime = false;
        for (int at = 1; at <= order.size(); at++) {
            int before = order.get(at - 1);
            int after = at < order.size() ? order.get(at) : open ? -1 : 0;
            double cost = d.get(before, point) + (after < 0 ? 0 : d.get(point, after) - d.get(before, after));
            List<Integer> trial = new ArrayList<>(order);
            trial.add(at, point);
            boolean onTime = timer.time(start, end, startAt, inOrder(trial, stops)).stops().stream()
                    .allMatch(t -> t.lateForAppointment().isZero());
            if (onTime && !bestOnTime || onTime == bestOnTime && cost < bestCost) {
                bestAt = at;
                bestCost = cost;
                bestOnTime = onTime;
            }
        }
        order.add(bestAt, point);
    }

    private static List<DayStop> inOrder(int[] order, List<DayStop> stops) {
        List<DayStop> result = new ArrayList<>();
        for (int point : order) {
            if (point != 0) {
                result.add(stops.get(point - 1));
            }
        }
        return result;
    }

    private static List<DayStop> inOrder(List<Integer> order, List<DayStop> stops) {
        return inOrder(order.stream().mapToInt(Integer::intValue).toArray(), stops);
    }
}
