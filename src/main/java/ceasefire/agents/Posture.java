package ceasefire.agents;

/** What a unit is doing, in words for inspectors and narratives. */
public enum Posture {
    HOLDING("holding its position"),
    PATROLLING("patrolling"),
    FIRING("firing across the line"),
    STRIKING("launching a drone strike"),
    PROBING("probing forward"),
    ADVANCING("advancing under orders"),
    ENTRENCHED("dug in forward of the line"),
    MOVING_UP("moving heavy weapons up"),
    WITHDRAWING("withdrawing to its own side"),
    REFUSING("refusing to withdraw");

    private final String words;

    Posture(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}
