package ceasefire.scenario;

import static ceasefire.scenario.Declared.bool;
import static ceasefire.scenario.Declared.real;
import static ceasefire.scenario.Declared.text;
import static ceasefire.scenario.Declared.whole;

import ceasefire.scenario.yaml.Section;

/** Reads the {@code mediator} section. */
final class MediatorReader {

    private MediatorReader() {
    }

    static MediatorSpec read(Section s) {
        MediatorSpec m = new MediatorSpec(text(s, "name"), real(s, "attention"), real(s, "effectiveness"), real(s, "impartiality"),
                real(s, "talks_threshold"), whole(s, "talks_cooldown"), bool(s, "public_rebuke"), real(s, "rebuke_threshold"),
                whole(s, "commitment_days"), whole(s, "rebuke_cooldown"),
                whole(s, "report_memory"), real(s, "hold_days"), real(s, "hotline"));
        s.done();
        return m;
    }
}
