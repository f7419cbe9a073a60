package ceasefire.rules;

import ceasefire.scenario.SideKey;
import ceasefire.scenario.UnitKind;
import java.util.Objects;

/**
 * One act by a unit, as the rule set sees it.
 *
 * @param kind   what was done
 * @param side   who did it
 * @param unit   the acting unit's kind
 * @param fromX  where the unit was (for a move: its origin)
 * @param fromY  "
 * @param x      where the act lands: the target cell of fire, a move's destination, the cell of a
 *               new position or of a refusal
 * @param y      "
 */
public record Act(ActKind kind, SideKey side, UnitKind unit, int fromX, int fromY, int x, int y) {

    public Act {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(unit, "unit");
    }

    /** An act that happens where the unit stands. */
    public static Act at(ActKind kind, SideKey side, UnitKind unit, int x, int y) {
        return new Act(kind, side, unit, x, y, x, y);
    }
}
