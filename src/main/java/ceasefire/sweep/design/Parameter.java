package ceasefire.sweep.design;

import java.util.Objects;

/**
 * A scenario parameter a sweep varies.
 *
 * @param path   canonical parameter path, as {@code --set} takes it (e.g. {@code peacekeepers.troops})
 * @param kind   what sort of value the scenario expects there
 * @param values the values the sweep may give it
 * @param line   line of the parameter in the sweep file
 * @param log    whether the values were spread on a logarithmic scale (charts then use a log axis)
 */
public record Parameter(String path, Kind kind, ValueSet values, int line, boolean log) {

    /** The kind of value a parameter holds, read from the base scenario. */
    public enum Kind {
        NUMBER, INTEGER, BOOLEAN, TEXT, OTHER;

        /** Whether values have a meaningful order and distance (so ranges, bands and regressions apply). */
        public boolean numeric() {
            return this == NUMBER || this == INTEGER;
        }
    }

    public Parameter {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(values, "values");
    }

    /** Whether the parameter takes a finite list of values (as grids need). */
    public boolean discrete() {
        return values instanceof ValueSet.Levels;
    }
}
