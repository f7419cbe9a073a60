package ceasefire.scenario;

import java.util.Objects;

/**
 * A group of identical units of one side.
 *
 * @param kind      infantry, artillery or drone team
 * @param count     number of units
 * @param strength  personnel per unit at the start
 * @param placement where they start
 * @param line      line in the scenario file (for messages), 0 if generated
 */
public record UnitGroupSpec(UnitKind kind, int count, int strength, PlacementSpec placement, int line) {

    public UnitGroupSpec {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(placement, "placement");
        if (count < 0) {
            throw new IllegalArgumentException("count must be >= 0, was " + count);
        }
        if (strength < 1) {
            throw new IllegalArgumentException("strength must be >= 1, was " + strength);
        }
    }
}
