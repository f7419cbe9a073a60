package ceasefire.scenario;

import ceasefire.scenario.yaml.Section;
import ceasefire.scenario.yaml.YamlNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the {@code timeline}: each event's day, title and actions, with its parameter changes
 * ({@code set:}, {@code scale:}) kept raw for {@link TimelineResolver} to bind in day order.
 */
final class TimelineReader {

    /** Sections whose undeclared paths a timeline event may name (declared parameters say for themselves). */
    static final List<String> RUNTIME_PREFIXES = List.of("sides.A.", "sides.B.", "peacekeepers.", "mediator.", "rules.",
            "dynamics.", "escalation.", "terrain.");
    /** Structure under the prefixes above that cannot change mid-run. */
    static final List<String> FIXED_AT_START = List.of("sides.A.units", "sides.B.units", "sides.A.name", "sides.B.name",
            "peacekeepers.name", "mediator.name");

    /** A timeline event before its parameter changes are resolved. */
    record RawEvent(int index, int day, String title, String actor, int line, List<ParameterOverride> sets,
                    List<ParameterOverride> scales, List<EventAction> actions) {

        /** What the validator checks of the event: its day and the sides and places its actions name. */
        ScenarioValidator.EventRef ref() {
            return new ScenarioValidator.EventRef(index, day, line, actions);
        }
    }

    private static final List<String> EVENT_ACTIONS = List.of("set", "scale", "reinforce", "withdraw", "advance", "strike",
            "talks", "recommit", "shock");

    private TimelineReader() {
    }

    static List<RawEvent> read(Section top) {
        List<RawEvent> events = new ArrayList<>();
        List<Section> items = top.sections("timeline");
        for (int i = 0; i < items.size(); i++) {
            Section e = items.get(i);
            if (!e.has("day")) {
                e.problem("day", "is missing; expected the day (0 = first day) the event happens");
            }
            int day = e.integer("day", 0, 0, Limits.MAX_WHOLE);
            String title = e.text("title", "");
            String actor = e.text("actor", "Timeline");
            List<ParameterOverride> sets = new ArrayList<>();
            List<ParameterOverride> scales = new ArrayList<>();
            List<EventAction> actions = new ArrayList<>();
            if (e.has("set")) {
                readAssignments(e, "set", sets, false);
            }
            if (e.has("scale")) {
                readAssignments(e, "scale", scales, true);
            }
            if (e.has("reinforce")) {
                readForceChange(e.section("reinforce"), true, actions);
            }
            if (e.has("withdraw")) {
                readForceChange(e.section("withdraw"), false, actions);
            }
            if (e.has("advance")) {
                Section a = e.section("advance");
                SideKey side = readSideKey(a);
                UnitKind kind = a.choice("kind", UnitKind.INFANTRY, UnitKind.class, UnitKind::yamlName);
                int units = a.integer("units", 1, 1, Limits.MAX_WHOLE);
                String to = requireZone(a, "to");
                boolean post = a.bool("post", true);
                a.done();
                actions.add(new EventAction.Advance(side, kind, units, to, post));
            }
            if (e.has("strike")) {
                Section a = e.section("strike");
                SideKey side = readSideKey(a);
                String weapon = a.text("weapon", "drones");
                UnitKind kind = switch (weapon.toLowerCase(java.util.Locale.ROOT)) {
                    case "drones", "drone", "drone_team" -> UnitKind.DRONE_TEAM;
                    case "artillery" -> UnitKind.ARTILLERY;
                    default -> {
                        a.problem("weapon", "'" + weapon + "' is not one of drones, artillery" + Names.didYouMean(weapon, List.of("drones", "artillery")));
                        yield UnitKind.DRONE_TEAM;
                    }
                };
                String at = requireZone(a, "at");
                int strikes = a.integer("strikes", 1, 1, Limits.MAX_WHOLE);
                a.done();
                actions.add(new EventAction.Strike(side, kind, at, strikes));
            }
            if (e.has("talks") && e.bool("talks", false)) {
                actions.add(new EventAction.ForceTalks());
            }
            if (e.has("recommit")) {
                if (e.rawNode("recommit").isSection()) {
                    Section a = e.section("recommit");
                    double verification = a.unit("verification", 0);
                    double hotline = a.unit("hotline", 0);
                    double duration = a.real("duration", EventAction.Recommit.DEFAULT_DURATION, 1, EventAction.Recommit.MAX_DURATION);
                    double cut = a.unit("hostility_cut", EventAction.Recommit.DEFAULT_CUT);
                    a.done();
                    actions.add(new EventAction.Recommit(verification, hotline, duration, cut));
                } else if (e.bool("recommit", false)) {
                    actions.add(new EventAction.Recommit());
                }
            }
            if (e.has("shock")) {
                Section a = e.section("shock");
                SideKey side = readSideKey(a);
                double hostility = a.real("hostility", 0, -1, 1);
                double grievance = a.real("grievance", 0, -1, 1);
                a.done();
                actions.add(new EventAction.Shock(side, hostility, grievance));
            }
            for (String k : EVENT_ACTIONS) {
                e.accept(k);
            }
            if (title.isEmpty() && sets.isEmpty() && scales.isEmpty() && actions.isEmpty()) {
                e.problem("title", "an event needs a title or at least one of " + String.join(", ", EVENT_ACTIONS));
            }
            e.done();
            events.add(new RawEvent(i, day, title, actor, e.line(), sets, scales, actions));
        }
        return events;
    }

    static void readAssignments(Section event, String key, List<ParameterOverride> out, boolean numeric) {
        Section s = event.section(key);
        if (!s.present()) {
            return;
        }
        for (String path : s.keys()) {
            YamlNode value = s.rawNode(path);
            int line = s.lineOf(path);
            String prefix = s.path() + ".";
            String canonical = s.pathKey(path);
            if (canonical == null) {
                continue;
            }
            if (!changeableMidRun(canonical)) {
                s.problem(path, "cannot change during a run (only the sides' doctrine, attitudes and weapons, the peacekeepers, the mediator, rules, dynamics, escalation, terrain and run.stop_on_collapse can); use reinforce/withdraw to change forces");
                continue;
            }
            if (numeric) {
                double factor = -1;
                if (value.isScalar()) {
                    try {
                        factor = Double.parseDouble(value.text());
                    } catch (NumberFormatException ex) {
                        factor = -1;
                    }
                }
                if (!(factor >= 0)) {
                    s.problem(path, "expected a factor of 0 or more, got " + value.describe());
                    continue;
                }
            }
            out.add(new ParameterOverride(canonical, value, s.sourceOf(path), line, prefix));
        }
        s.done();
    }

    /**
     * Whether a timeline event (or the Model tab during a run) may change a path: a declared
     * parameter says so itself; an undeclared path under a section whose parameters may change
     * (a misspelt key, an element of the posts list) passes here and is checked when bound,
     * while the structure (unit groups, names) stays fixed.
     */
    static boolean changeableMidRun(String canonicalPath) {
        var declared = ParameterRegistry.find(canonicalPath);
        if (declared.isPresent()) {
            return declared.get().live();
        }
        for (String fixed : FIXED_AT_START) {
            if (canonicalPath.equals(fixed) || canonicalPath.startsWith(fixed + ".") || canonicalPath.startsWith(fixed + "[")) {
                return false;
            }
        }
        for (String prefix : RUNTIME_PREFIXES) {
            if (canonicalPath.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    static void readForceChange(Section s, boolean reinforce, List<EventAction> actions) {
        if (s.has("peacekeepers")) {
            int troops = s.integer("peacekeepers", 0, 0, Limits.MAX_GROUP);
            for (String k : List.of("side", "kind", "count", "strength", "region", "cells", "line_distance", "from")) {
                if (s.has(k)) {
                    s.problem(k, "a peacekeepers change takes only 'peacekeepers: <troops>'");
                }
                s.accept(k);
            }
            s.done();
            actions.add(new EventAction.ChangePeacekeepers(reinforce ? troops : -troops));
            return;
        }
        SideKey side = readSideKey(s);
        if (reinforce) {
            UnitGroupSpec group = SideReader.readUnitGroup(s, "count", true);
            if (group != null) {
                actions.add(new EventAction.ReinforceUnits(side, group));
            }
            return;
        }
        UnitKind kind = s.has("kind") ? s.choice("kind", UnitKind.INFANTRY, UnitKind.class, UnitKind::yamlName) : null;
        int count = s.integer("count", 1, 0, Limits.MAX_GROUP);
        String from = s.text("from", "");
        s.done();
        actions.add(new EventAction.WithdrawUnits(side, kind, count, from));
    }

    static SideKey readSideKey(Section s) {
        if (!s.has("side")) {
            s.problem("side", "is missing; expected A or B");
        }
        return s.choice("side", SideKey.A, SideKey.class, SideKey::name);
    }

    static String requireZone(Section s, String key) {
        if (!s.has(key)) {
            s.problem(key, "is missing; expected a zone or region name");
        }
        return s.text(key, "");
    }
}
