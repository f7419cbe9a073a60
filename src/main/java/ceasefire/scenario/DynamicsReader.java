package ceasefire.scenario;

import static ceasefire.scenario.Declared.real;
import static ceasefire.scenario.Declared.whole;

import ceasefire.scenario.yaml.Section;

/** Reads the {@code dynamics} section. */
final class DynamicsReader {

    private DynamicsReader() {
    }

    static DynamicsSpec read(Section s) {
        DynamicsSpec d = new DynamicsSpec(real(s, "reaction"), real(s, "fatigue"), real(s, "grievance_rate"),
                real(s, "perception_scale"), real(s, "opportunity"), real(s, "provocation_memory"), real(s, "casualty_weight"),
                whole(s, "retaliation_radius"), real(s, "talks_relief"), real(s, "rebuke_pressure"), real(s, "rebuke_resentment"),
                real(s, "rebuke_trust_cost"), real(s, "propaganda"), real(s, "rebuke_pressure_cap"), real(s, "patrol_rate"),
                real(s, "drone_provocation"), whole(s, "perception_radius"),
                real(s, "contagion"), real(s, "contagion_days"), whole(s, "contagion_radius"), real(s, "contagion_cap"),
                real(s, "violations_per_exchange"), real(s, "bombardment"), real(s, "bombardment_delay"), real(s, "truce_erosion"));
        s.done();
        return d;
    }
}
