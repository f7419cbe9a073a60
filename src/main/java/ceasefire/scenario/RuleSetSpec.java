package ceasefire.scenario;

import java.util.List;
import java.util.Objects;

/** The ceasefire-compliance rule set: all six rules, each switched on or off with its weight. */
public record RuleSetSpec(RuleSpec.NoFireAcrossLine fireAcrossLine, RuleSpec.NoZoneEntry zoneEntry,
                          RuleSpec.NoForwardPositions forwardPositions, RuleSpec.NoHeavyWeaponsNearLine heavyWeapons,
                          RuleSpec.NoDroneStrikes droneStrikes, RuleSpec.ComplyWithWithdrawal withdrawal) {

    public RuleSetSpec {
        Objects.requireNonNull(fireAcrossLine, "fireAcrossLine");
        Objects.requireNonNull(zoneEntry, "zoneEntry");
        Objects.requireNonNull(forwardPositions, "forwardPositions");
        Objects.requireNonNull(heavyWeapons, "heavyWeapons");
        Objects.requireNonNull(droneStrikes, "droneStrikes");
        Objects.requireNonNull(withdrawal, "withdrawal");
    }

    public List<RuleSpec> all() {
        return List.of(fireAcrossLine, zoneEntry, forwardPositions, heavyWeapons, droneStrikes, withdrawal);
    }

    public List<RuleSpec> inForce() {
        return all().stream().filter(RuleSpec::enabled).toList();
    }

    public RuleSpec byId(String id) {
        for (RuleSpec r : all()) {
            if (r.id().equals(id)) {
                return r;
            }
        }
        throw new IllegalArgumentException("unknown rule " + id);
    }
}
