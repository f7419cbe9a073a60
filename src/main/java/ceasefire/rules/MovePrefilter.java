package ceasefire.rules;

import ceasefire.scenario.RuleSetSpec;
import ceasefire.scenario.RuleSpec;
import ceasefire.scenario.UnitKind;
import java.util.Objects;

/**
 * Where a move may break a rule in force, per kind of unit and destination cell: the model asks
 * it before judging a move, because most moves (a patrol behind the line) break nothing and
 * judging each would cost more than the move. Built from the rules' own footprints
 * ({@link Judge#mayBreakByMovingInto}), so a rule added to {@link Judge} is never skipped;
 * {@code MovePrefilterTest} checks that every move {@link Judge#judge} finds guilty passes it.
 */
public final class MovePrefilter {

    private final int width;
    private final int height;
    /** By unit kind, by cell (row-major): whether a move into the cell may break a rule in force. */
    private final boolean[][] mayBreak;

    private MovePrefilter(int width, int height, boolean[][] mayBreak) {
        this.width = width;
        this.height = height;
        this.mayBreak = mayBreak;
    }

    /** The prefilter of the rules in force on a {@code width} x {@code height} map. */
    public static MovePrefilter of(RuleSetSpec rules, MapView map, int width, int height) {
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(map, "map");
        boolean[][] may = new boolean[UnitKind.values().length][width * height];
        for (RuleSpec rule : rules.all()) {
            if (!rule.enabled()) {
                continue;
            }
            for (UnitKind kind : UnitKind.values()) {
                boolean[] cells = may[kind.ordinal()];
                for (int y = 0; y < height; y++) {
                    for (int x = 0; x < width; x++) {
                        if (!cells[y * width + x] && Judge.mayBreakByMovingInto(rule, kind, x, y, map)) {
                            cells[y * width + x] = true;
                        }
                    }
                }
            }
        }
        return new MovePrefilter(width, height, may);
    }

    /** Whether a unit of this kind moving onto the cell may break a rule in force (false: it certainly breaks none). */
    public boolean mayBreak(UnitKind kind, int x, int y) {
        return x >= 0 && y >= 0 && x < width && y < height && mayBreak[kind.ordinal()][y * width + x];
    }
}
