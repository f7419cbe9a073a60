package ceasefire.model;

import ceasefire.scenario.Scenario;
import ceasefire.scenario.UnitGroupSpec;

/**
 * About how much heap one run of a scenario needs, so that a run that cannot fit is refused at
 * once instead of failing with an OutOfMemoryError minutes in. The figures were measured with
 * generated scenarios ({@code bench/LargeScenario}) on Java 17: 400x400 cells with 100,000 units
 * peaked at about 200 MB resident, 1000x1000 with 400,000 units at about 330 MB; the per-item
 * costs below are rounded up from those, so the estimate errs on the generous side.
 */
public final class MemoryEstimate {

    /** The JVM, the classes and a small scenario. */
    static final long BASE = 32L << 20;
    /** Per map cell: terrain, control, distances, zone masks. */
    static final long PER_CELL = 160;
    /** Per unit, in the structure-of-arrays state and its buffers. */
    static final long PER_UNIT = 400;
    /** Per day of the run: the day's record in the log, and its share of incidents and narrative. */
    static final long PER_DAY = 2048;

    private MemoryEstimate() {
    }

    /** Estimated peak heap of one run, in bytes. */
    public static long bytes(Scenario s) {
        long units = 0;
        for (UnitGroupSpec g : s.a().units()) {
            units += g.count();
        }
        for (UnitGroupSpec g : s.b().units()) {
            units += g.count();
        }
        long cells = (long) s.geography().width() * s.geography().height();
        return BASE + cells * PER_CELL + units * PER_UNIT + (long) s.run().days() * PER_DAY;
    }
}
