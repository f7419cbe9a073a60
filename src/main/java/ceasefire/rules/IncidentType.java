package ceasefire.rules;

/** What kind of incident an act was, as written in {@code incidents.csv}. */
public enum IncidentType {
    SMALL_ARMS_FIRE("small_arms_fire", "small-arms fire"),
    ARTILLERY_FIRE("artillery_fire", "artillery fire"),
    DRONE_STRIKE("drone_strike", "drone strike"),
    INCURSION("incursion", "incursion"),
    HEAVY_WEAPONS_FORWARD("heavy_weapons_forward", "heavy weapons moved up"),
    NEW_POSITION("new_position", "new forward position"),
    REFUSED_WITHDRAWAL("refused_withdrawal", "refusal to withdraw");

    private final String id;
    private final String label;

    IncidentType(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** Identifier used in files. */
    public String id() {
        return id;
    }

    /** Words for narratives and chart legends. */
    public String label() {
        return label;
    }
}
