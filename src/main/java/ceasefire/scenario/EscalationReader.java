package ceasefire.scenario;

import static ceasefire.scenario.Declared.real;
import static ceasefire.scenario.Declared.spec;
import static ceasefire.scenario.Declared.whole;

import ceasefire.scenario.yaml.Section;
import java.util.ArrayList;
import java.util.List;

/** Reads the {@code escalation} section; level thresholds must rise. */
final class EscalationReader {

    private EscalationReader() {
    }

    static EscalationSpec read(Section s) {
        double weight = real(s, "hostility_weight");
        double scale = real(s, "intensity_scale");
        double memory = real(s, "memory_days");
        Section levels = s.section("levels");
        EscalationLevel[] names = EscalationLevel.values();
        double[] defaults = new double[names.length - 1];
        for (int i = 1; i < names.length; i++) {
            defaults[i - 1] = spec(levels, names[i].yamlName()).defaultNumber();
        }
        List<Double> thresholds = new ArrayList<>();
        double previous = 0;
        boolean ok = true;
        for (int i = 1; i < names.length; i++) {
            double t = real(levels, names[i].yamlName());
            if (!(t > previous)) {
                levels.problem(names[i].yamlName(), "threshold " + Section.fmt(t) + " must be above the previous level's " + Section.fmt(previous));
                ok = false;
            }
            previous = t;
            thresholds.add(t);
        }
        levels.done();
        int collapse = whole(s, "collapse_days");
        s.done();
        if (!ok) {
            thresholds = List.of(defaults[0], defaults[1], defaults[2], defaults[3], defaults[4]);
        }
        return new EscalationSpec(weight, scale, memory, thresholds, collapse);
    }
}
