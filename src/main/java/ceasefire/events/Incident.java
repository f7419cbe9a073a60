package ceasefire.events;

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
 * @param violations   violations the sides count in it: several for an exchange of fire
 *                     ({@code dynamics.violations_per_exchange}), else 1
 */
public record Incident(int step, int x, int y, IncidentType type, String rule, String rules, SideKey perpetrator,
                       double severity, int casualties, SideKey victim, boolean detected, SideKey attributedTo,
                       int unitId, UnitKind unitKind, boolean ordered, int violations) {

    public Incident {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(perpetrator, "perpetrator");
        Objects.requireNonNull(unitKind, "unitKind");
        if (violations < 1) {
            throw new IllegalArgumentException("an incident is at least one violation");
        }
        if (detected != (attributedTo != null)) {
            throw new IllegalArgumentException("an incident is attributed exactly when it is detected");
        }
    }

    /** One incident counted as one violation. */
    public Incident(int step, int x, int y, IncidentType type, String rule, String rules, SideKey perpetrator,
                    double severity, int casualties, SideKey victim, boolean detected, SideKey attributedTo,
                    int unitId, UnitKind unitKind, boolean ordered) {
        this(step, x, y, type, rule, rules, perpetrator, severity, casualties, victim, detected, attributedTo, unitId, unitKind,
                ordered, 1);
    }

    /** Whether peacekeepers blamed the side that did it. */
    public boolean attributedCorrectly() {
        return detected && attributedTo == perpetrator;
    }
}
