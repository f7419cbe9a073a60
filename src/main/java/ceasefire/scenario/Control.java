package ceasefire.scenario;

/**
 * Who holds a cell under the ceasefire: one of the two sides, the peacekeepers' zone of
 * responsibility, a buffer (demilitarised strip), or neutral ground (a third country, say).
 * These names are also the built-in zones that rules and placements may name.
 */
public enum Control {
    A("A"), B("B"), PEACEKEEPING("peacekeeping"), BUFFER("buffer"), NEUTRAL("neutral");

    private final String yamlName;

    Control(String yamlName) {
        this.yamlName = yamlName;
    }

    public String yamlName() {
        return yamlName;
    }

    /** The control value of a side's own ground. */
    public static Control of(SideKey side) {
        return side == SideKey.A ? A : B;
    }

    /** Whether this is ground between the sides (the peacekeeping zone or a buffer). */
    public boolean separating() {
        return this == PEACEKEEPING || this == BUFFER;
    }
}
