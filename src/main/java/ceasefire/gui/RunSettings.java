package ceasefire.gui;

import ceasefire.model.ConflictModel;
import ceasefire.scenario.Overrides;
import ceasefire.scenario.ParameterRegistry;
import ceasefire.scenario.ParameterSpec;
import ceasefire.scenario.Problem;
import ceasefire.scenario.RunSpec;
import ceasefire.scenario.Scenario;
import ceasefire.scenario.ScenarioDocument;
import ceasefire.scenario.ScenarioException;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The scenario the GUI runs and the user's changes to it in the Model tab. Changes made while
 * no run is going take effect at the next start: the scenario file is bound again with the
 * command line's overrides followed by the changes. Changes made during a run take effect at
 * once through {@link ConflictModel#changeParameters}, on top of the values in force that day
 * (timeline events included), and are kept for later starts. A later timeline event that sets
 * other values keeps them; one that sets the same value wins, as it would in a scripted run.
 *
 * <p>No Swing here. Changes come with MASON's schedule lock held (the inspector takes it to set
 * a value, and the model's thread holds it through a step), so a change never lands in the
 * middle of a day. The Model tab reads values without the lock, which is safe: scenarios are
 * immutable and replaced whole.</p>
 */
final class RunSettings {

    /** How messages name changes made in the Model tab. */
    static final String SOURCE = "Model tab";
    /** The run's length: set like {@code --steps} rather than bound like the other values. */
    static final String RUN_DAYS = "run.days";

    private final ScenarioDocument document;
    private final Overrides commandLine;
    /** The run's length as {@code --steps} or the Model tab set it, or null for the scenario's. */
    private Integer days;
    /** Every change the user made, by path, as YAML text; applied at every start. */
    private final Map<String, String> changes = new LinkedHashMap<>();
    /** Changes made during the current run (re-applied after timeline events). */
    private final Map<String, String> liveChanges = new LinkedHashMap<>();
    private volatile Scenario next;
    private Scenario atStart;
    private Scenario timelineInForce;
    private Scenario lastApplied;
    private volatile ConflictModel running;

    /**
     * @param scenario    the scenario as first loaded (the command line's overrides applied)
     * @param document    the file it came from, to bind again with changes
     * @param commandLine the command line's {@code --set} and {@code --seed}
     * @param days        the command line's {@code --steps}, or null
     */
    RunSettings(Scenario scenario, ScenarioDocument document, Overrides commandLine, Integer days) {
        this.next = Objects.requireNonNull(scenario, "scenario");
        this.document = Objects.requireNonNull(document, "document");
        this.commandLine = Objects.requireNonNull(commandLine, "commandLine");
        this.days = days;
    }

    /** The scenario the next start will use (bound again after every change). */
    Scenario nextScenario() {
        return next;
    }

    /** Whether a run is going (started and not yet finished). */
    boolean running() {
        return running != null;
    }

    /** The changes made so far, by path (for the Model tab and tests). */
    Map<String, String> changes() {
        return java.util.Collections.unmodifiableMap(changes);
    }

    /** Records that {@code model} has just started with {@link #nextScenario()}. */
    void started(ConflictModel model) {
        running = model;
        atStart = model.parameters();
        timelineInForce = atStart;
        lastApplied = atStart;
        liveChanges.clear();
    }

    /** Records that the run is over; later changes wait for the next start. */
    void finished() {
        running = null;
        liveChanges.clear();
    }

    /**
     * The value the Model tab shows: the one in force during a run, else (and for values that
     * only change at a start) the next start's.
     */
    Object value(Parameter p) {
        Scenario s = running != null && p.live() ? running.parameters() : next;
        return s.parameters().get(p.path());
    }

    /**
     * Changes one value ({@code yaml} as written in a scenario file). Throws, changing nothing,
     * when the scenario would not be valid with it.
     */
    void change(Parameter p, String yaml) throws ScenarioException {
        Map<String, String> after = new LinkedHashMap<>(changes);
        after.remove(p.path());
        after.put(p.path(), yaml);
        if (p.path().equals(RUN_DAYS)) {
            // Like --steps, not like --set: a shorter run simply ends before later timeline events.
            int d = Integer.parseInt(yaml);
            if (d < 1) {
                throw new ScenarioException(new Problem(SOURCE, 0, RUN_DAYS, d + " is not a number of days (expected 1 or more)"));
            }
            next = withDays(next, d);
            days = d;
            changes.clear();
            changes.putAll(after);
            return;
        }
        Scenario bound = bind(after);
        if (running != null && p.live()) {
            Map<String, String> live = new LinkedHashMap<>(liveChanges);
            live.remove(p.path());
            live.put(p.path(), yaml);
            Scenario now = inForce(live);
            running.changeParameters(now, Map.of(p.path(), yaml));
            lastApplied = running.parameters();
            liveChanges.clear();
            liveChanges.putAll(live);
        }
        changes.clear();
        changes.putAll(after);
        next = bound;
    }

    /**
     * Called when a timeline event has just put new values in force (the model's
     * {@code parametersChanged}, on its thread): puts the user's changes of this run back on top,
     * except those the event itself set.
     */
    void afterTimeline() throws ScenarioException {
        if (running == null || running.parameters() == lastApplied) {
            return;
        }
        Scenario event = running.parameters();
        Map<String, Object> before = timelineInForce.parameters();
        Map<String, Object> after = event.parameters();
        timelineInForce = event;
        for (String path : List.copyOf(liveChanges.keySet())) {
            if (!Objects.equals(before.get(path), after.get(path))) {
                liveChanges.remove(path);
            }
        }
        if (!liveChanges.isEmpty()) {
            running.changeParameters(inForce(liveChanges), Map.copyOf(liveChanges));
        }
        lastApplied = running.parameters();
    }

    /**
     * The parameters in force with {@code live} on top: the command line, the changes made
     * before this run, whatever the timeline has changed since the start, then {@code live}.
     */
    private Scenario inForce(Map<String, String> live) throws ScenarioException {
        Map<String, Object> startValues = atStart.parameters();
        Map<String, Object> timeline = timelineInForce.parameters();
        Map<String, String> drift = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : timeline.entrySet()) {
            // The run's own settings (length, seed) are not the timeline's to change.
            if (startValues.containsKey(e.getKey()) && !(e.getKey().startsWith("run.") && !live(e.getKey()))
                    && !Objects.equals(e.getValue(), startValues.get(e.getKey()))) {
                drift.put(e.getKey(), yaml(e.getValue()));
            }
        }
        Map<String, String> earlier = new LinkedHashMap<>(changes);
        earlier.keySet().removeAll(liveChanges.keySet());
        earlier.remove(RUN_DAYS);
        Overrides o = commandLine.then(Overrides.fromValues(earlier, SOURCE, 0)).then(Overrides.fromValues(drift, SOURCE, 0))
                .then(Overrides.fromValues(live, SOURCE, 0));
        Scenario s = document.bind(o);
        // Seed, length and calendar stay the run's own; whether to stop on collapse may change
        // during a run (the registry says so), so it is the value now in force.
        RunSpec start = atStart.run();
        return s.withRun(new RunSpec(start.seed(), start.days(), s.run().stopOnCollapse(), start.startDate()));
    }

    private static boolean live(String path) {
        return ParameterRegistry.find(path).map(ParameterSpec::live).orElse(false);
    }

    /** The scenario file bound with the command line and {@code userChanges}, and the run's length. */
    private Scenario bind(Map<String, String> userChanges) throws ScenarioException {
        Map<String, String> values = new LinkedHashMap<>(userChanges);
        values.remove(RUN_DAYS);
        Scenario s = document.bind(commandLine.then(Overrides.fromValues(values, SOURCE, 0)));
        return days == null ? s : withDays(s, days);
    }

    private static Scenario withDays(Scenario s, int d) {
        RunSpec r = s.run();
        return s.withRun(new RunSpec(r.seed(), d, r.stopOnCollapse(), r.startDate()));
    }

    /** A parameter value as YAML text: numbers plain, words quoted, lists in brackets. */
    static String yaml(Object value) {
        if (value instanceof Double d) {
            return BigDecimal.valueOf(d).toPlainString();
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        if (value instanceof Collection<?> c) {
            return c.stream().map(RunSettings::yaml).collect(Collectors.joining(", ", "[", "]"));
        }
        return "'" + String.valueOf(value).replace("'", "''") + "'";
    }
}
