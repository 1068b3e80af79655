package com.icpportal.changeorder.internal;

import java.util.Collection;
import java.util.EnumSet;
import java.util.stream.Collectors;

import com.icpportal.changeorder.OrderState;

/**
 * SQL predicates over an order's state, written from {@link OrderState}'s sets instead of lists
 * typed into each query. The states are inlined as literals, never bound: PostgreSQL uses a partial
 * index only for a predicate it can prove implies the index's, and it cannot prove that of a
 * parameter in a generic plan. The planner compares the lists as sets, so their order does not
 * matter; {@code StateSqlTest} checks that the partial indexes of the migrations list the same sets.
 */
public final class StateSql {

    private StateSql() {}

    /** {@code column = 'A'} for one state, {@code column in ('A', 'B')} for more (in the enum's order). */
    public static String in(String column, Collection<OrderState> states) {
        if (states.isEmpty()) {
            throw new IllegalArgumentException("no states");
        }
        return states.size() == 1 ? column + " = " + literal(states.iterator().next()) : column + " in " + list(states);
    }

    /** {@code column not in ('A', 'B')}. */
    public static String notIn(String column, Collection<OrderState> states) {
        if (states.isEmpty()) {
            throw new IllegalArgumentException("no states");
        }
        return states.size() == 1
                ? column + " <> " + literal(states.iterator().next())
                : column + " not in " + list(states);
    }

    /** {@code ('A', 'B')}, in the enum's order. */
    public static String list(Collection<OrderState> states) {
        return EnumSet.copyOf(states).stream().map(StateSql::literal).collect(Collectors.joining(", ", "(", ")"));
    }

    /** {@code 'A'}: an enum name is letters and underscores, so it needs no escaping. */
    public static String literal(OrderState state) {
        return "'" + state.name() + "'";
    }
}
