package ceasefire.model;

import ceasefire.rules.IncidentType;
import ceasefire.scenario.EscalationLevel;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What one run amounts to: totals, rates and milestones. Written to {@code summary.json} and,
 * through {@link #metrics()}, to every row of a sweep's {@code runs.csv}.
 *
 * @param incidentsByType  per type, both sides
 * @param incidentsBySideAndType per side (0 = A, 1 = B), per type ordinal
 * @param collapseDay      day the ceasefire collapsed, or -1
 * @param violations       violations as the sides count them (an exchange of fire counts several)
 */
public record RunSummary(int daysPlanned, int daysRun, int incidents, int incidentsA, int incidentsB, int detected,
                         int attributedCorrectly, double severity, int casualtiesA, int casualtiesB,
                         double peakEscalation, EscalationLevel peakLevel, double meanEscalation,
                         double finalEscalation, double finalHostilityA, double finalHostilityB, int collapseDay,
                         int talksHeld, int talksSucceeded, int rebukes, int accusations, int denials,
                         int withdrawalDemands, int withdrawals, int refusals, int reciprocalIncidents,
                         int daysAtOpenWar, int[] incidentsByType, int[][] incidentsBySideAndType, int violations) {

    /**
     * Days (0 to 3, inclusive) within which an incident by one side, within
     * {@link #RECIPROCITY_RADIUS} cells of one by the other side, counts as a reply to it (a
     * reciprocal incident).
     */
    public static final int RECIPROCITY_WINDOW = 3;

    /**
     * Cells (Chebyshev) within which a reply counts as reciprocal. A fixed yardstick, equal to the
     * default {@code dynamics.retaliation_radius} but independent of it, so a sweep that varies
     * the radius changes the behaviour and not the measure.
     */
    public static final int RECIPROCITY_RADIUS = 6;

    public RunSummary {
        Objects.requireNonNull(peakLevel, "peakLevel");
        incidentsByType = incidentsByType.clone();
        incidentsBySideAndType = new int[][] {incidentsBySideAndType[0].clone(), incidentsBySideAndType[1].clone()};
    }

    public boolean collapsed() {
        return collapseDay >= 0;
    }

    /** Share of incidents the peacekeepers detected; NaN when there were none. */
    public double detectionRate() {
        return incidents == 0 ? Double.NaN : detected / (double) incidents;
    }

    /** Share of detected incidents attributed to the right side; NaN when none were detected. */
    public double attributionAccuracy() {
        return detected == 0 ? Double.NaN : attributedCorrectly / (double) detected;
    }

    public int casualties() {
        return casualtiesA + casualtiesB;
    }

    @Override
    public int[] incidentsByType() {
        return incidentsByType.clone();
    }

    @Override
    public int[][] incidentsBySideAndType() {
        return new int[][] {incidentsBySideAndType[0].clone(), incidentsBySideAndType[1].clone()};
    }

    /**
     * Every metric by its stable name, as sweeps collect them. Yes/no metrics are 0 or 1;
     * undefined ones (a collapse day when there was none) are NaN.
     */
    public Map<String, Double> metrics() {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("incidents", (double) incidents);
        m.put("incidents_a", (double) incidentsA);
        m.put("incidents_b", (double) incidentsB);
        m.put("violations", (double) violations);
        m.put("detected", (double) detected);
        m.put("detection_rate", detectionRate());
        m.put("severity", severity);
        m.put("casualties", (double) casualties());
        m.put("casualties_a", (double) casualtiesA);
        m.put("casualties_b", (double) casualtiesB);
        m.put("peak_escalation", peakEscalation);
        m.put("mean_escalation", meanEscalation);
        m.put("final_escalation", finalEscalation);
        m.put("final_hostility_a", finalHostilityA);
        m.put("final_hostility_b", finalHostilityB);
        m.put("collapsed", collapsed() ? 1.0 : 0.0);
        m.put("collapse_day", collapsed() ? (double) collapseDay : Double.NaN);
        m.put("days_at_open_war", (double) daysAtOpenWar);
        m.put("talks_held", (double) talksHeld);
        m.put("talks_succeeded", (double) talksSucceeded);
        m.put("rebukes", (double) rebukes);
        m.put("accusations", (double) accusations);
        m.put("denials", (double) denials);
        m.put("withdrawal_demands", (double) withdrawalDemands);
        m.put("refusals", (double) refusals);
        m.put("reciprocal_incidents", (double) reciprocalIncidents);
        m.put("days_run", (double) daysRun);
        for (IncidentType t : IncidentType.values()) {
            m.put("incidents_" + t.id(), (double) incidentsByType[t.ordinal()]);
        }
        return m;
    }

    /** Names of the metrics that are yes/no (summarised as proportions with Wilson intervals). */
    public static boolean isBinary(String metric) {
        return metric.equals("collapsed");
    }
}
