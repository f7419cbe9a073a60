package ceasefire.rules;

import ceasefire.scenario.RuleSetSpec;
import ceasefire.scenario.RuleSpec;
import ceasefire.scenario.UnitKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Where a move may break a rule in force, per kind of unit and destination cell: the model asks
 * it before judging a move, because most moves (a patrol behind the line) break nothing and
 * judging each would cost more than the move. Built from the rules' own footprints
 * ({@link Judge#mayBreakByMovingInto}), so a rule added to {@link Judge} is never skipped;
 * {@code MovePrefilterTest} checks that every move {@link Judge#judge} finds guilty passes it.
 */
public final class MovePrefilter {

    private static final byte UNKNOWN = 0;
    private static final byte CLEAR = 1;
    private static final byte MAY_BREAK = 2;

    private final List<RuleSpec> inForce;
    private final MapView map;
    private final int width;
    private final int height;
    /**
     * By unit kind, by cell (row-major): whether a move into the cell may break a rule in force,
     * worked out on the first move there. Only the few cells units actually move into are ever
     * asked about, so this costs far less than deciding every cell of a large map up front.
     */
    private final byte[][] answers;

    private MovePrefilter(List<RuleSpec> inForce, MapView map, int width, int height) {
        this.inForce = inForce;
        this.map = map;
        this.width = width;
        this.height = height;
        this.answers = new byte[UnitKind.values().length][width * height];
    }

    /** The prefilter of the rules in force on a {@code width} x {@code height} map. */
    public static MovePrefilter of(RuleSetSpec rules, MapView map, int width, int height) {
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(map, "map");
        List<RuleSpec> inForce = new ArrayList<>();
        for (RuleSpec rule : rules.all()) {
            if (rule.enabled()) {
                inForce.add(rule);
            }
        }
        return new MovePrefilter(List.copyOf(inForce), map, width, height);
    }

    /** Whether a unit of this kind moving onto the cell may break a rule in force (false: it certainly breaks none). */
    public boolean mayBreak(UnitKind kind, int x, int y) {
        if (x < 0 || y < 0 || x >= width || y >= height) {
            return false;
        }
        byte[] known = answers[kind.ordinal()];
        int i = y * width + x;
        if (known[i] == UNKNOWN) {
            known[i] = footprint(kind, x, y) ? MAY_BREAK : CLEAR;
        }
        return known[i] == MAY_BREAK;
    }

    private boolean footprint(UnitKind kind, int x, int y) {
        for (RuleSpec rule : inForce) {
            if (Judge.mayBreakByMovingInto(rule, kind, x, y, map)) {
                return true;
            }
        }
        return false;
    }
}
