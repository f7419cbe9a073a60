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
        Section fire = s.section(RuleSpec.NoFireAcrossLine.ID);
        var fireRule = new RuleSpec.NoFireAcrossLine(bool(fire, "enabled"), real(fire, "severity"));
        fire.done();
        Section entry = s.section(RuleSpec.NoZoneEntry.ID);
        var entryRule = new RuleSpec.NoZoneEntry(bool(entry, "enabled"), real(entry, "severity"),
                names(entry, "zones"));
        entry.done();
        Section forward = s.section(RuleSpec.NoForwardPositions.ID);
        var forwardRule = new RuleSpec.NoForwardPositions(bool(forward, "enabled"), real(forward, "severity"));
        forward.done();
        Section heavy = s.section(RuleSpec.NoHeavyWeaponsNearLine.ID);
        var heavyRule = new RuleSpec.NoHeavyWeaponsNearLine(bool(heavy, "enabled"), real(heavy, "severity"),
                whole(heavy, "distance"));
        heavy.done();
        Section drones = s.section(RuleSpec.NoDroneStrikes.ID);
        var droneRule = new RuleSpec.NoDroneStrikes(bool(drones, "enabled"), real(drones, "severity"));
        drones.done();
        Section withdrawal = s.section(RuleSpec.ComplyWithWithdrawal.ID);
        var withdrawalRule = new RuleSpec.ComplyWithWithdrawal(bool(withdrawal, "enabled"), real(withdrawal, "severity"));
        withdrawal.done();
        s.done();
        return new RuleSetSpec(fireRule, entryRule, forwardRule, heavyRule, droneRule, withdrawalRule);
    }
}
