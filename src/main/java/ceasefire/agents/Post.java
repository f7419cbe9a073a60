package ceasefire.agents;

/** A fixed observation post of the peacekeeping contingent. */
public final class Post extends Site {

    Post(int x, int y, double staffing) {
        super(x, y, staffing);
    }

    @Override
    public String kind() {
        return "observation post";
    }
}
