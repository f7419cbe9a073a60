package ceasefire.scenario;

/** Ground type of a cell; water is impassable and cannot hold units or posts. */
public enum Terrain {
    OPEN("open"), ROUGH("rough"), MOUNTAIN("mountain"), URBAN("urban"), ROAD("road"), WATER("water");

    private final String yamlName;

    Terrain(String yamlName) {
        this.yamlName = yamlName;
    }

    /** The name used in scenario files. */
    public String yamlName() {
        return yamlName;
    }

    public boolean passable() {
        return this != WATER;
    }
}
