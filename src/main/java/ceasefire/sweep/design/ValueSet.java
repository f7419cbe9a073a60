package ceasefire.sweep.design;

import java.util.List;

/**
 * The values one parameter of a sweep may take: a finite list ({@link Levels}, as written or
 * stepped from a range) or a continuous {@link Range} that sampled designs draw from.
 */
public sealed interface ValueSet permits ValueSet.Levels, ValueSet.Range {

    /**
     * The value at {@code u} in [0, 1): the {@code floor(u * size)}-th level of a list, or the
     * point at that share of a range.
     */
    Level at(double u);

    /** A finite list of values, in the order written. */
    record Levels(List<Level> levels) implements ValueSet {

        public Levels {
            levels = List.copyOf(levels);
            if (levels.isEmpty()) {
                throw new IllegalArgumentException("a list of values needs at least one value");
            }
        }

        public int size() {
            return levels.size();
        }

        public Level get(int i) {
            return levels.get(i);
        }

        @Override
        public Level at(double u) {
            int i = (int) Math.floor(u * levels.size());
            return levels.get(Math.max(0, Math.min(levels.size() - 1, i)));
        }
    }

    /**
     * Every value between {@code min} and {@code max}, uniformly or (with {@code log}) uniformly
     * in the logarithm; {@code integer} rounds each draw to a whole number.
     */
    record Range(double min, double max, boolean log, boolean integer, int line) implements ValueSet {

        public Range {
            if (!(min < max)) {
                throw new IllegalArgumentException("min must be below max");
            }
            if (log && min <= 0) {
                throw new IllegalArgumentException("a log range needs min > 0");
            }
        }

        /** The number at share {@code u} of the range (before rounding). */
        public double value(double u) {
            double v = log ? Math.exp(Math.log(min) + u * (Math.log(max) - Math.log(min))) : min + u * (max - min);
            // exp/log can land a hair outside [min, max]; a scenario's range check must not see that.
            return Math.max(min, Math.min(max, v));
        }

        @Override
        public Level at(double u) {
            return Values.number(value(u), integer, line);
        }
    }
}
