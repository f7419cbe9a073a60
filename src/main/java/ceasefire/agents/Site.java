package ceasefire.agents;

/**
 * A place the peacekeepers watch from: a fixed observation post or a mobile patrol. Within its
 * sensor radius it detects violations and deters units, in proportion to its staffing.
 */
public abstract class Site {

    int x;
    int y;
    double staffing;
    int detections;
    int demands;

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

    /** "observation post" or "patrol". */
    public abstract String getKind();

    public String getCell() {
        return "(" + x + ", " + y + ")";
    }

    public double getStaffing() {
        return staffing;
    }

    public int getViolationsDetected() {
        return detections;
    }

    public int getWithdrawalDemands() {
        return demands;
    }

    @Override
    public String toString() {
        return getKind() + " at " + getCell();
    }
}
