package ceasefire.scenario;

/** What a unit fights with: infantry (small arms), artillery (a heavy weapon), drone team. */
public enum UnitKind {
    INFANTRY("infantry", 100), ARTILLERY("artillery", 40), DRONE_TEAM("drone_team", 20);

    private final String yamlName;
    private final int defaultStrength;

    UnitKind(String yamlName, int defaultStrength) {
        this.yamlName = yamlName;
        this.defaultStrength = defaultStrength;
    }

    public String yamlName() {
        return yamlName;
    }

    /** The kind in words: "infantry", "artillery", "drone team". */
    public String label() {
        return yamlName.replace('_', ' ');
    }

    /** Personnel in a unit of this kind when a scenario does not say. */
    public int defaultStrength() {
        return defaultStrength;
    }

    public boolean heavyWeapon() {
        return this == ARTILLERY;
    }
}
