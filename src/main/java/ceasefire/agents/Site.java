package ceasefire.agents;

/**
 * A place the peacekeepers watch from: a fixed observation post or a mobile patrol. Within its
 * sensor radius it detects violations and deters units, in proportion to its staffing.
 */
public abstract class Site {

    private int x;
    private int y;
    private double staffing;
    private int detections;
    private int demands;

    Site(int x, int y, double staffing) {
        this.x = x;
        this.y = y;
        this.staffing = staffing;
    }

    public int x() {
        return x;
    }

    public int y() {
        return y;
    }

    /** Share of a full complement present, in [0, 1]. */
    public double staffing() {
        return staffing;
    }

    /** "observation post", "patrol" or "observer team". */
    public abstract String kind();

    /** Violations it detected so far. */
    public int detections() {
        return detections;
    }

    /** Withdrawal demands it made so far. */
    public int demands() {
        return demands;
    }

    /** Moves to (x, y) (patrols and observer teams). */
    void moveTo(int x, int y) {
        this.x = x;
        this.y = y;
    }

    /** A new share of a full complement (troops arrived or left). */
    void staff(double staffing) {
        this.staffing = staffing;
    }

    void countDetection() {
        detections++;
    }

    void countDemand() {
        demands++;
    }

    @Override
    public String toString() {
        return kind() + " at (" + x + ", " + y + ")";
    }
}
