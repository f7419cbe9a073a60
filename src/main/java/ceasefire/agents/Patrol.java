package ceasefire.agents;

/** A mobile patrol of the peacekeeping contingent; it moves every day within its zones. */
public final class Patrol extends Site {

    Patrol(int x, int y) {
        super(x, y, 1.0);
    }

    @Override
    public String kind() {
        return "patrol";
    }
}
