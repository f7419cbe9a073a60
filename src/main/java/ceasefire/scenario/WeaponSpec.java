package ceasefire.scenario;

/**
 * One weapon class of a side.
 *
 * @param range     reach in cells (Euclidean distance)
 * @param lethality expected casualties of one day's fire (or one drone strike) against a target in
 *                  the open, by a unit at its kind's reference strength (infantry 100, artillery
 *                  40); scaled by the firer's strength over that reference (not for drone strikes)
 *                  and by the target cell's cover (Lanchester aimed fire)
 * @param stock     uses available for the whole run (strikes or fire missions); -1 = unlimited
 */
public record WeaponSpec(int range, double lethality, int stock) {

    public WeaponSpec {
        if (range < 1) {
            throw new IllegalArgumentException("range must be >= 1, was " + range);
        }
        if (!(lethality >= 0)) {
            throw new IllegalArgumentException("lethality must be >= 0, was " + lethality);
        }
        if (stock < -1) {
            throw new IllegalArgumentException("stock must be >= 0 or -1 (unlimited), was " + stock);
        }
    }

    public boolean unlimited() {
        return stock < 0;
    }
}
