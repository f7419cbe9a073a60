package ceasefire.agents;

/**
 * A scripted order to advance into a zone or region (from the scenario's timeline).
 * {@code route} holds, for every cell, the steps over passable ground to the target; it is
 * shared by all units given the same order and never modified.
 */
final class Order {

    private final String zone;
    private final boolean post;
    private final int[] route;

    Order(String zone, boolean post, int[] route) {
        this.zone = zone;
        this.post = post;
        this.route = route;
    }

    String zone() {
        return zone;
    }

    boolean post() {
        return post;
    }

    int[] route() {
        return route;
    }
}
