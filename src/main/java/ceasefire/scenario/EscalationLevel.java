package ceasefire.scenario;

/** Named bands of the escalation index, lowest first. */
public enum EscalationLevel {
    CALM("calm"), TENSION("tension"), INCIDENTS("incidents"), SKIRMISHES("skirmishes"), CLASHES("clashes"), OPEN_WAR("open_war");

    private final String yamlName;

    EscalationLevel(String yamlName) {
        this.yamlName = yamlName;
    }

    public String yamlName() {
        return yamlName;
    }

    /** Human label, e.g. "open war". */
    public String label() {
        return yamlName.replace('_', ' ');
    }
}
