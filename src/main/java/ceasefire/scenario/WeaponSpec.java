package ceasefire.scenario;

/**
 * One weapon class of a side.
 *
 * @param range     reach in cells (Euclidean distance)
 * @param lethality expected casualties per day of fire by a full-strength (100-person) unit
 *                  against a target in the open; scaled by the firer's strength and the target
 *                  cell's cover (Lanchester aimed fire)
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
