package ceasefire.rules;

import ceasefire.scenario.RuleSpec;
import java.util.List;
import java.util.Objects;

/**
 * The rule set's judgement of one act.
 *
 * @param type     the incident type (meaningful only when {@link #violation()})
 * @param broken   rules in force that the act breaks, heaviest first
 * @param severity sum of the broken rules' severity weights
 */
public record Verdict(IncidentType type, List<RuleSpec> broken, double severity) {

    public Verdict {
        Objects.requireNonNull(type, "type");
        broken = List.copyOf(broken);
        if (severity < 0) {
            throw new IllegalArgumentException("severity must be >= 0");
        }
    }

    /** Whether the act is an incident: it breaks at least one rule in force. */
    public boolean violation() {
        return !broken.isEmpty();
    }

    /** The heaviest broken rule's id, or empty. */
    public String primaryRule() {
        return broken.isEmpty() ? "" : broken.get(0).id();
    }

    /** All broken rules' ids joined by '+'. */
    public String rules() {
        return String.join("+", broken.stream().map(RuleSpec::id).toList());
    }
}
