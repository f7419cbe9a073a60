package ceasefire.gui;

import ceasefire.agents.Site;

/**
 * A peacekeepers' post, patrol or observer team as MASON's inspector shows it (double-click it
 * on the map), read from the site each time the inspector refreshes.
 */
public final class SiteView {

    private final Site site;

    SiteView(Site site) {
        this.site = site;
    }

    /** "observation post", "patrol" or "observer team". */
    public String getKind() {
        return site.kind();
    }

    public String getCell() {
        return "(" + site.x() + ", " + site.y() + ")";
    }

    public double getStaffing() {
        return site.staffing();
    }

    public int getViolationsDetected() {
        return site.detections();
    }

    public int getWithdrawalDemands() {
        return site.demands();
    }

    @Override
    public String toString() {
        return site.toString();
    }
}
