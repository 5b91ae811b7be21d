package org.callsheet.logic.classification.rules;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * How customers moved between value quadrants from one date to another (§4): for every
 * (from, to) pair, the customers who made that move. Customers present at only one of the two
 * dates are left out.
 */
public record QuadrantMovement(Map<ValueQuadrant, Map<ValueQuadrant, List<Long>>> moves) {

    /** One cell of the movement table. */
    public record Move(ValueQuadrant from, ValueQuadrant to, List<Long> customers) {
        public int count() {
            return customers.size();
        }
    }

    public static QuadrantMovement between(Map<Long, ValueQuadrant> before, Map<Long, ValueQuadrant> after) {
        Map<ValueQuadrant, Map<ValueQuadrant, List<Long>>> moves = new EnumMap<>(ValueQuadrant.class);
        before.forEach((customer, from) -> {
            ValueQuadrant to = after.get(customer);
            if (to != null) {
                moves.computeIfAbsent(from, k -> new EnumMap<>(ValueQuadrant.class))
                        .computeIfAbsent(to, k -> new ArrayList<>()).add(customer);
            }
        });
        return new QuadrantMovement(moves);
    }

    /** Quadrants of the same customers at two dates, each with its own window. */
    public static QuadrantMovement between(List<CustomerHistory> customers, ReportingWindow before,
                                           ReportingWindow after) {
        return between(ValueQuadrants.classify(customers, before), ValueQuadrants.classify(customers, after));
    }

    /** Number of customers who moved from {@code from} to {@code to} (0 when none). */
    public int count(ValueQuadrant from, ValueQuadrant to) {
        return customers(from, to).size();
    }

    public List<Long> customers(ValueQuadrant from, ValueQuadrant to) {
        return moves.getOrDefault(from, Map.of()).getOrDefault(to, List.of());
    }

    /** All non-empty cells, from-quadrant then to-quadrant in enum order. */
    public List<Move> cells() {
        List<Move> out = new ArrayList<>();
        moves.forEach((from, row) -> row.forEach((to, list) -> out.add(new Move(from, to, List.copyOf(list)))));
        return out;
    }
}
