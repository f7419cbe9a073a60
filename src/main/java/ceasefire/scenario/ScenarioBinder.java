package ceasefire.scenario;

import ceasefire.scenario.yaml.Section;
import ceasefire.scenario.yaml.TreeReader;
import ceasefire.scenario.yaml.YamlNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Binds a scenario's YAML tree into records: each section is read by its own reader (run, map
 * and terrain, sides, peacekeepers, mediator, rules, dynamics, escalation, timeline), automatic
 * posts are placed once the map is known, the whole is validated across fields, and the
 * timeline's parameter changes are resolved last. Keys, defaults and ranges of parameters come
 * from {@link ParameterRegistry}; docs/SCENARIO.md documents them (a test keeps the two in step).
 */
final class ScenarioBinder {

    private final YamlNode root;
    private final String label;
    private final String defaultName;
    private final java.util.function.Function<MapSpec, Geography> geographyOf;

    ScenarioBinder(YamlNode root, String label, String defaultName, java.util.function.Function<MapSpec, Geography> geographyOf) {
        this.root = root;
        this.label = label;
        this.defaultName = defaultName;
        this.geographyOf = geographyOf;
    }

    Scenario bind(Overrides overrides) throws ScenarioException {
        Read base = read(overrides);
        Scenario scenario = base.scenario;
        List<EventSpec> events;
        try {
            events = TimelineResolver.resolve(base, overrides, this::read);
        } catch (ScenarioException e) {
            // Report the events' own problems together with the cross-field ones of the base.
            List<Problem> all = new ArrayList<>(base.problems());
            all.addAll(e.problems());
            throw new ScenarioException(all.stream().distinct().toList());
        }
        if (!base.problems().isEmpty()) {
            throw new ScenarioException(base.problems());
        }
        return new Scenario(scenario.name(), scenario.description(), scenario.run(), scenario.map(), scenario.geography(),
                scenario.terrain(), scenario.a(), scenario.b(), scenario.peacekeepers(), scenario.mediator(),
                scenario.rules(), scenario.dynamics(), scenario.escalation(), events, scenario.parameters(), label);
    }

    /**
     * The result of reading the tree once: the scenario (without its timeline), raw events, and
     * the cross-field problems found (kept, not thrown, so that the timeline's own problems can
     * be reported in the same pass).
     */
    record Read(Scenario scenario, List<TimelineReader.RawEvent> events, List<Problem> problems) {
    }

    private Read read(Overrides overrides) throws ScenarioException {
        TreeReader r = new TreeReader(label, overrides);
        if (root == null) {
            throw new ScenarioException(new Problem(label, 0, "", "the file is empty; a scenario needs at least map and sides"));
        }
        Section top = r.root(root);
        if (!top.present()) {
            throw new ScenarioException(r.problems().isEmpty()
                    ? List.of(new Problem(label, 1, "", "expected a scenario (a section of 'key: value' lines)"))
                    : r.problems());
        }
        String name = top.text("name", defaultName);
        String description = top.text("description", "");
        RunSpec run = RunReader.read(top.section("run"));
        MapSpec map = MapReader.read(top.section("map"));
        TerrainSpec terrain = MapReader.readTerrain(top.section("terrain"));
        Section sides = top.section("sides");
        if (!sides.present() && !sides.has("A")) {
            top.problem("sides", "is missing; expected sections A and B describing the two militaries");
        }
        SideSpec a = SideReader.read(sides.section("A"), SideKey.A);
        SideSpec b = SideReader.read(sides.section("B"), SideKey.B);
        sides.done();
        Section pkSection = top.section("peacekeepers");
        PeacekeepersSpec peacekeepers = PeacekeepersReader.read(pkSection);
        PeacekeepersReader.PostsAuto autoPosts = PeacekeepersReader.readAutoPosts(pkSection);
        pkSection.done();
        MediatorSpec mediator = MediatorReader.read(top.section("mediator"));
        RuleSetSpec rules = RulesReader.read(top.section("rules"));
        DynamicsSpec dynamics = DynamicsReader.read(top.section("dynamics"));
        EscalationSpec escalation = EscalationReader.read(top.section("escalation"));
        List<TimelineReader.RawEvent> events = TimelineReader.read(top);
        top.done();
        r.reportUnusedOverrides();
        if (r.hasProblems() || map == null) {
            throw new ScenarioException(r.problems().isEmpty()
                    ? List.of(new Problem(label, top.line(), "map", "is missing or unusable")) : r.problems());
        }

        Geography geography = geographyOf.apply(map);
        if (autoPosts != null) {
            peacekeepers = PeacekeepersReader.withPosts(peacekeepers, autoPosts, geography, r);
        }
        Scenario scenario;
        try {
            scenario = new Scenario(name, description, run, map, geography, terrain, a, b, peacekeepers, mediator, rules,
                    dynamics, escalation, List.of(), r.effective(), label);
        } catch (IllegalArgumentException e) {
            // The records hold values to the same declarations the readers enforce; reaching this
            // is a gap in the readers, but the user still deserves a message rather than a stack trace.
            throw new ScenarioException(new Problem(label, 0, "", e.getMessage()));
        }
        List<Problem> problems = new ArrayList<>(r.problems());
        problems.addAll(new ScenarioValidator(scenario, label, r).validate(events.stream().map(TimelineReader.RawEvent::ref).toList()));
        return new Read(scenario, events, List.copyOf(problems));
    }
}
