package org.callsheet.logic.routing;

/** Where a route ends: back at its start, at whichever stop comes last, or at a given point. */
public sealed interface RouteEnd {
    /** A closed tour: the last leg returns to the start. */
    record ReturnToStart() implements RouteEnd {
    }

    /** An open path: the route ends at its last stop, chosen by the solver. */
    record AtLastStop() implements RouteEnd {
    }

    /** An open path that ends at the given point. */
    record AtPoint(int point) implements RouteEnd {
    }

    static RouteEnd returnToStart() {
        return new ReturnToStart();
    }

    static RouteEnd atLastStop() {
        return new AtLastStop();
    }

    static RouteEnd at(int point) {
        return new AtPoint(point);
    }
}
