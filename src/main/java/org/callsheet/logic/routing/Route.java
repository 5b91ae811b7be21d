package org.callsheet.logic.routing;

import java.util.Arrays;

/**
 * A solved route: the points in visiting order, starting with the start (a closed route's return
 * leg is counted in {@code length} but the start is not repeated at the end).
 *
 * @param optimal true when the order is proven shortest (exact search), false for the heuristic
 */
public record Route(int[] order, double length, boolean optimal) {
    public Route {
        order = order.clone();
    }

    @Override
    public int[] order() {
        return order.clone();
    }

    public int size() {
        return order.length;
    }

    public int at(int position) {
        return order[position];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Route r && Arrays.equals(order, r.order) && length == r.length && optimal == r.optimal;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(order) * 31 + Double.hashCode(length);
    }

    @Override
    public String toString() {
        return "Route" + Arrays.toString(order) + " length=" + length + (optimal ? " optimal" : "");
    }
}
