package ceasefire.agents;

/**
 * A team of unarmed military observers: it moves like a patrol within the contingent's zones and
 * detects and reports violations within its sensor radius, but it neither deters units by its
 * presence nor blocks them, and it demands no withdrawals.
 */
public final class ObserverTeam extends Site {

    ObserverTeam(int x, int y) {
        super(x, y, 1.0);
    }

    @Override
    public String kind() {
        return "observer team";
    }
}
