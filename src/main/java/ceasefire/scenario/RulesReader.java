package ceasefire.scenario;

import static ceasefire.scenario.Declared.bool;
import static ceasefire.scenario.Declared.names;
import static ceasefire.scenario.Declared.real;
import static ceasefire.scenario.Declared.whole;

import ceasefire.scenario.yaml.Section;

/** Reads the {@code rules} section: each rule's switch, severity and own settings. */
final class RulesReader {

    private RulesReader() {
    }

    static RuleSetSpec read(Section s) {
        var fireRule = rule(s, RuleSpec.NoFireAcrossLine.ID, (on, severity, own) -> new RuleSpec.NoFireAcrossLine(on, severity));
        var entryRule = rule(s, RuleSpec.NoZoneEntry.ID, (on, severity, own) -> new RuleSpec.NoZoneEntry(on, severity, names(own, "zones")));
        var forwardRule = rule(s, RuleSpec.NoForwardPositions.ID, (on, severity, own) -> new RuleSpec.NoForwardPositions(on, severity));
        var heavyRule = rule(s, RuleSpec.NoHeavyWeaponsNearLine.ID,
                (on, severity, own) -> new RuleSpec.NoHeavyWeaponsNearLine(on, severity, whole(own, "distance")));
        var droneRule = rule(s, RuleSpec.NoDroneStrikes.ID, (on, severity, own) -> new RuleSpec.NoDroneStrikes(on, severity));
        var withdrawalRule = rule(s, RuleSpec.ComplyWithWithdrawal.ID, (on, severity, own) -> new RuleSpec.ComplyWithWithdrawal(on, severity));
        s.done();
        return new RuleSetSpec(fireRule, entryRule, forwardRule, heavyRule, droneRule, withdrawalRule);
    }

    /** Makes a rule from its switch, its severity and (for its own settings) its section. */
    private interface RuleMaker<R extends RuleSpec> {
        R make(boolean enabled, double severity, Section own);
    }

    /** Reads rule {@code id}'s section: {@code enabled} and {@code severity}, then what {@code maker} reads, then unknown keys. */
    private static <R extends RuleSpec> R rule(Section rules, String id, RuleMaker<R> maker) {
        Section own = rules.section(id);
        R rule = maker.make(bool(own, "enabled"), real(own, "severity"), own);
        own.done();
        return rule;
    }
}
