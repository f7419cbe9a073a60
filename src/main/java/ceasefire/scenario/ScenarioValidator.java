package ceasefire.scenario;

import ceasefire.scenario.yaml.TreeReader;
import java.util.ArrayList;
import java.util.List;

/**
 * Cross-field checks, run after every field has been read and checked on its own: placements on
 * the map and on passable ground, zone and region names, event days and references, and rules
 * the starting positions would already break.
 */
final class ScenarioValidator {

    /** What the validator needs to check an event's references (sides, regions, day). */
    record EventRef(int index, int day, int line, List<EventAction> actions) {
    }

    private final Scenario s;
    private final String label;
    private final Geography g;
    private final TreeReader where;
    private final List<Problem> problems = new ArrayList<>();

    ScenarioValidator(Scenario scenario, String label, TreeReader where) {
        this.s = scenario;
        this.label = label;
        this.g = scenario.geography();
        this.where = where;
    }

    List<Problem> validate(List<EventRef> events) {
        if (g.lineCells() == 0) {
            problems.add(at(0, "map", "has no line of contact: no cell of side A touches side B, directly or across a peacekeeping zone or buffer"));
        }
        for (SideSpec side : List.of(s.a(), s.b())) {
            for (int i = 0; i < side.units().size(); i++) {
                UnitGroupSpec group = side.units().get(i);
                checkGroup(side.key(), group, "sides." + side.key() + ".units[" + i + "]");
            }
        }
        checkPeacekeepers();
        checkRules();
        for (EventRef e : events) {
            checkEvent(e);
        }
        checkTotals(events);
        return problems;
    }

    /**
     * Units and peacekeepers of the whole run, counted in a long (300 groups of 10,000,000 would
     * overflow an int): each group's count is checked on its own, but many groups together could
     * still ask for more memory than any machine has. See {@link Limits}.
     */
    private void checkTotals(List<EventRef> events) {
        long units = 0;
        long troops = s.peacekeepers().troops();
        for (SideSpec side : List.of(s.a(), s.b())) {
            for (UnitGroupSpec group : side.units()) {
                units += group.count();
            }
        }
        for (EventRef e : events) {
            for (EventAction a : e.actions()) {
                if (a instanceof EventAction.ReinforceUnits r) {
                    units += r.group().count();
                } else if (a instanceof EventAction.ChangePeacekeepers c && c.troops() > 0) {
                    troops += c.troops();
                }
            }
        }
        if (units > Limits.MAX_UNITS) {
            problems.add(new Problem(label, 0, "sides", "the scenario has " + Limits.count(units) + " units in all (both sides, with "
                    + "reinforcements); the limit is " + Limits.count(Limits.MAX_UNITS) + " (see SECURITY.md)"));
        }
        if (troops > Limits.MAX_PEACEKEEPERS) {
            problems.add(new Problem(label, 0, "peacekeepers", "the scenario has " + Limits.count(troops) + " peacekeeping troops in all "
                    + "(with reinforcements); the limit is " + Limits.count(Limits.MAX_PEACEKEEPERS) + " (see SECURITY.md)"));
        }
    }

    private void checkGroup(SideKey side, UnitGroupSpec group, String path) {
        PlacementSpec p = group.placement();
        int line = group.line();
        var heavy = s.rules().heavyWeapons();
        boolean heavyRule = group.kind().heavyWeapon() && heavy.enabled();
        if (p.explicit()) {
            for (Cell c : p.cells()) {
                if (!g.contains(c.x(), c.y())) {
                    problems.add(at(line, path + ".cells", "cell " + c + " is outside the " + g.width() + "x" + g.height() + " map"));
                } else if (!g.passable(c.x(), c.y())) {
                    problems.add(at(line, path + ".cells", "cell " + c + " is " + g.terrain(c.x(), c.y()).yamlName() + ", which units cannot hold"));
                } else if (heavyRule && g.lineDistance(c.x(), c.y()) <= heavy.distance()) {
                    problems.add(at(line, path + ".cells", "artillery at " + c + " is " + g.lineDistance(c.x(), c.y())
                            + " cells from the line of contact, which rules." + RuleSpec.NoHeavyWeaponsNearLine.ID + " forbids within " + heavy.distance()
                            + "; the scenario would start in violation"));
                }
            }
            return;
        }
        if (!g.hasZone(p.region())) {
            problems.add(at(line, path + ".region", "'" + p.region() + "' is not a zone or region" + Names.didYouMean(p.region(), g.zoneNames())
                    + " (zones: A, B, peacekeeping, buffer, neutral; regions are defined under map.regions)"));
            return;
        }
        int min = p.minLineDistance();
        if (heavyRule) {
            min = Math.max(min, heavy.distance() + 1);
        }
        if (group.count() > 0 && g.cellsOf(p.region(), min, p.maxLineDistance()).isEmpty()) {
            String why = heavyRule && min > p.minLineDistance()
                    ? " (artillery must stay more than " + heavy.distance() + " cells from the line under rules." + RuleSpec.NoHeavyWeaponsNearLine.ID + ")"
                    : "";
            problems.add(at(line, path, "no passable cell of " + p.describe() + " to place units on" + why));
        }
    }

    private void checkPeacekeepers() {
        PeacekeepersSpec pk = s.peacekeepers();
        for (Cell c : pk.posts()) {
            int line = lineOf("peacekeepers.posts");
            if (!g.contains(c.x(), c.y())) {
                problems.add(at(line, "peacekeepers.posts", "post " + c + " is outside the " + g.width() + "x" + g.height() + " map"));
            } else if (!g.passable(c.x(), c.y())) {
                problems.add(at(line, "peacekeepers.posts", "post " + c + " is on " + g.terrain(c.x(), c.y()).yamlName() + ", where no post can stand"));
            }
        }
        for (String zone : pk.patrolZones()) {
            if (!g.hasZone(zone)) {
                problems.add(at(lineOf("peacekeepers.patrol_zones"), "peacekeepers.patrol_zones",
                        "'" + zone + "' is not a zone or region" + Names.didYouMean(zone, g.zoneNames())));
            }
        }
    }

    private void checkRules() {
        for (String zone : s.rules().zoneEntry().zones()) {
            if (!g.hasZone(zone)) {
                problems.add(at(lineOf("rules." + RuleSpec.NoZoneEntry.ID + ".zones"), "rules." + RuleSpec.NoZoneEntry.ID + ".zones",
                        "unknown zone '" + zone + "'" + Names.didYouMean(zone, g.zoneNames()) + " (zones: " + String.join(", ", g.zoneNames()) + ")"));
            }
        }
    }

    private void checkEvent(EventRef e) {
        String path = "timeline[" + e.index() + "]";
        int last = s.run().days() - 1;
        if (e.day() > last) {
            Problem days = where.at("run.days", "-");
            String from = days.source().equals(label) ? "" : ", set by " + days.source();
            problems.add(at(e.line(), path + ".day", "day " + e.day() + " is after the last day of the run (day " + last
                    + "; run.days is " + s.run().days() + from + ", counting from day 0)"));
        }
        for (EventAction a : e.actions()) {
            if (a instanceof EventAction.ReinforceUnits r) {
                checkGroup(r.side(), r.group(), path + ".reinforce");
            } else if (a instanceof EventAction.WithdrawUnits w) {
                if (!w.from().isEmpty() && !g.hasZone(w.from())) {
                    problems.add(at(e.line(), path + ".withdraw.from", unknownZone(w.from())));
                }
            } else if (a instanceof EventAction.Advance adv) {
                if (!adv.to().isEmpty() && !g.hasZone(adv.to())) {
                    problems.add(at(e.line(), path + ".advance.to", unknownZone(adv.to())));
                } else if (!adv.to().isEmpty() && g.cellsOf(adv.to(), 0, Integer.MAX_VALUE).isEmpty()) {
                    problems.add(at(e.line(), path + ".advance.to", "'" + adv.to() + "' has no passable cell to advance to"));
                }
            } else if (a instanceof EventAction.Strike st) {
                if (!st.at().isEmpty() && !g.hasZone(st.at())) {
                    problems.add(at(e.line(), path + ".strike.at", unknownZone(st.at())));
                }
            }
        }
    }

    private String unknownZone(String name) {
        return "'" + name + "' is not a zone or region" + Names.didYouMean(name, g.zoneNames());
    }

    private int lineOf(String path) {
        return where.at(path, "-").line();
    }

    /**
     * A problem at the line where {@code path}'s value was written; {@code fallbackLine} (in the
     * scenario file) when the value was not written, e.g. a default or a whole section.
     */
    private Problem at(int fallbackLine, String path, String message) {
        Problem p = where.at(path, message);
        return p.line() > 0 || !p.source().equals(label) ? p : new Problem(label, fallbackLine, path, message);
    }
}
