package ceasefire.scenario;

import java.util.List;

/**
 * How the escalation index is computed and read. Each value is held to its declaration in
 * {@link ParameterRegistry} ({@code escalation.*}); the thresholds must also rise.
 *
 * @param hostilityWeight weight of the higher side's hostility in the index (the rest is recent
 *                        incident intensity)
 * @param intensityScale  smoothed daily severity at which intensity reaches 1 - 1/e
 * @param memoryDays      time constant, in days, of the smoothing of daily severity
 * @param thresholds      lower bounds of tension, incidents, skirmishes, clashes and open war
 * @param collapseDays    consecutive days at open war after which the ceasefire has collapsed
 */
public record EscalationSpec(double hostilityWeight, double intensityScale, double memoryDays,
                             List<Double> thresholds, int collapseDays) {

    public EscalationSpec {
        Checks.declared("escalation.hostility_weight", hostilityWeight);
        Checks.declared("escalation.intensity_scale", intensityScale);
        Checks.declared("escalation.memory_days", memoryDays);
        Checks.declared("escalation.collapse_days", collapseDays);
        thresholds = List.copyOf(thresholds);
        if (thresholds.size() != EscalationLevel.values().length - 1) {
            throw new IllegalArgumentException("need " + (EscalationLevel.values().length - 1) + " thresholds");
        }
        double previous = 0;
        for (double t : thresholds) {
            if (!(t > previous && t <= 1)) {
                throw new IllegalArgumentException("thresholds must increase within (0, 1]: " + thresholds);
            }
            previous = t;
        }
    }

    /** The named level of an escalation index. */
    public EscalationLevel levelOf(double index) {
        EscalationLevel[] levels = EscalationLevel.values();
        for (int i = thresholds.size() - 1; i >= 0; i--) {
            if (index >= thresholds.get(i)) {
                return levels[i + 1];
            }
        }
        return EscalationLevel.CALM;
    }

    public double openWarThreshold() {
        return thresholds.get(thresholds.size() - 1);
    }
}
