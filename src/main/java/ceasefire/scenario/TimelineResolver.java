package ceasefire.scenario;

import ceasefire.scenario.yaml.Section;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Resolves a timeline's parameter changes: in day order, each event's {@code set:} and
 * {@code scale:} are bound on top of the overrides and every earlier change, so a later event
 * sees the values earlier ones set, and each snapshot is validated like the scenario itself.
 */
final class TimelineResolver {

    private TimelineResolver() {
    }

    /** Reads the scenario again with more overrides, as the binder does: a snapshot and its cross-field problems. */
    interface Rebind {
        ScenarioBinder.Read read(Overrides overrides) throws ScenarioException;
    }

    /** The events of {@code base} as {@link EventSpec}s, each parameter change bound by {@code rebind}. */
    static List<EventSpec> resolve(ScenarioBinder.Read base, Overrides overrides, Rebind rebind) throws ScenarioException {
        List<TimelineReader.RawEvent> ordered = new ArrayList<>(base.events());
        ordered.sort(Comparator.comparingInt(TimelineReader.RawEvent::day).thenComparingInt(TimelineReader.RawEvent::index));
        List<EventSpec> out = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Overrides cumulative = overrides;
        Map<String, Object> current = base.scenario().parameters();
        for (TimelineReader.RawEvent e : ordered) {
            List<EventAction> actions = new ArrayList<>();
            if (!e.sets().isEmpty() || !e.scales().isEmpty()) {
                Map<String, String> changes = new LinkedHashMap<>();
                Overrides next = cumulative;
                for (ParameterOverride o : e.sets()) {
                    next = next.with(o);
                    changes.put(o.path(), o.valueText());
                }
                for (ParameterOverride o : e.scales()) {
                    Object old = current.get(o.path());
                    double factor = Double.parseDouble(o.value().text());
                    if (!(old instanceof Number n)) {
                        problems.add(new Problem(o.source(), o.line(), o.prefix() + o.path(), old == null
                                ? "no such parameter" + Names.didYouMean(o.path(), current.keySet())
                                : "is not a number, so it cannot be scaled"));
                        continue;
                    }
                    boolean integral = old instanceof Integer || old instanceof Long;
                    double scaled = n.doubleValue() * factor;
                    // Twelve significant digits: 0.8 x 0.2 is 0.16, not 0.16000000000000003.
                    String text = integral ? Long.toString(Math.round(scaled))
                            : new java.math.BigDecimal(scaled).round(new java.math.MathContext(12)).stripTrailingZeros().toPlainString();
                    next = next.with(new ParameterOverride(o.path(), o.value().numberHere(text, integral), o.source(), o.line(), o.prefix()));
                    changes.put(o.path(), "x" + Section.fmt(factor) + " = " + text);
                }
                try {
                    ScenarioBinder.Read snapshot = rebind.read(next);
                    cumulative = next;
                    current = snapshot.scenario().parameters();
                    problems.addAll(snapshot.problems());
                    actions.add(new EventAction.ChangeParameters(changes, snapshot.scenario()));
                } catch (ScenarioException ex) {
                    problems.addAll(ex.problems());
                }
            }
            actions.addAll(e.actions());
            out.add(new EventSpec(e.day(), e.title(), e.actor(), actions, e.line()));
        }
        if (!problems.isEmpty()) {
            throw new ScenarioException(problems.stream().distinct().toList());
        }
        return out;
    }
}
