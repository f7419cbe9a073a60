package ceasefire.scenario;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One complete, validated scenario: immutable. Built by {@link ScenarioDocument#bind}; runtime
 * state lives in the model, never here.
 *
 * @param source     the file it was read from (as the user named it)
 * @param parameters every parameter's effective value by path, after defaults and overrides
 */
public record Scenario(String name, String description, RunSpec run, MapSpec map, Geography geography,
                       TerrainSpec terrain, SideSpec a, SideSpec b, PeacekeepersSpec peacekeepers,
                       MediatorSpec mediator, RuleSetSpec rules, DynamicsSpec dynamics,
                       EscalationSpec escalation, List<EventSpec> timeline, Map<String, Object> parameters,
                       String source) {

    public Scenario {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(run, "run");
        Objects.requireNonNull(map, "map");
        Objects.requireNonNull(geography, "geography");
        Objects.requireNonNull(terrain, "terrain");
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        Objects.requireNonNull(peacekeepers, "peacekeepers");
        Objects.requireNonNull(mediator, "mediator");
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(dynamics, "dynamics");
        Objects.requireNonNull(escalation, "escalation");
        Objects.requireNonNull(source, "source");
        timeline = List.copyOf(timeline);
        parameters = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(parameters));
        if (a.key() != SideKey.A || b.key() != SideKey.B) {
            throw new IllegalArgumentException("sides must be keyed A and B");
        }
    }

    public SideSpec side(SideKey key) {
        return key == SideKey.A ? a : b;
    }

    /** The same scenario with another seed and length (as {@code --seed} / {@code --steps} do). */
    public Scenario withRun(RunSpec newRun) {
        Map<String, Object> p = new java.util.LinkedHashMap<>(parameters);
        p.put("run.seed", newRun.seed());
        p.put("run.days", newRun.days());
        p.put("run.stop_on_collapse", newRun.stopOnCollapse());
        return new Scenario(name, description, newRun, map, geography, terrain, a, b, peacekeepers, mediator, rules,
                dynamics, escalation, timeline, p, source);
    }
}
