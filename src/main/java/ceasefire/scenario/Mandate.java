package ceasefire.scenario;

/**
 * What peacekeepers may do: observe and report only, or also interpose, physically standing
 * between the sides (units cannot move onto cells next to an interposing post or patrol).
 */
public enum Mandate {
    OBSERVE("observe"), INTERPOSE("interpose");

    private final String yamlName;

    Mandate(String yamlName) {
        this.yamlName = yamlName;
    }

    public String yamlName() {
        return yamlName;
    }
}
