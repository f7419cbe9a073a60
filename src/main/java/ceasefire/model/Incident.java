package ceasefire.model;

import ceasefire.rules.IncidentType;
import ceasefire.scenario.SideKey;
import ceasefire.scenario.UnitKind;
import java.util.Objects;

/**
 * One act that broke a rule in force: a row of {@code incidents.csv}.
 *
 * @param step         day of the incident
 * @param x            cell where it landed (target of fire, destination of a move, ...)
 * @param y            "
 * @param type         what happened
 * @param rule         the heaviest rule broken
 * @param rules        all rules broken, joined by '+'
 * @param perpetrator  the side whose unit acted
 * @param severity     sum of the broken rules' weights
 * @param casualties   people killed or wounded by it
 * @param victim       side that suffered the casualties or the fire, or null
 * @param detected     whether peacekeepers detected it
 * @param attributedTo the side peacekeepers blamed (null when undetected); may be wrong
 * @param unitId       the acting unit
 * @param unitKind     its kind
 * @param ordered      whether it carried out a scripted order from the timeline
 */
public record Incident(int step, int x, int y, IncidentType type, String rule, String rules, SideKey perpetrator,
                       double severity, int casualties, SideKey victim, boolean detected, SideKey attributedTo,
                       int unitId, UnitKind unitKind, boolean ordered) {

    public Incident {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(perpetrator, "perpetrator");
        Objects.requireNonNull(unitKind, "unitKind");
        if (detected != (attributedTo != null)) {
            throw new IllegalArgumentException("an incident is attributed exactly when it is detected");
        }
    }

    /** Whether peacekeepers blamed the side that did it. */
    public boolean attributedCorrectly() {
        return detected && attributedTo == perpetrator;
    }
}
