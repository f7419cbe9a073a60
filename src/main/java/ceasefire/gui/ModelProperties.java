package ceasefire.gui;

import ceasefire.scenario.Problem;
import ceasefire.scenario.ScenarioException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import sim.util.Interval;
import sim.util.Properties;

/**
 * The Console's Model tab: the scenario's parameters ({@link Parameter#catalogue}) as MASON
 * properties, in a fixed order with readable names, each with its range (MASON shows a slider
 * for an {@link Interval} domain, a pop-up for a list of words, a check box for yes/no).
 * MASON's bean convention (getFoo/setFoo/domFoo) would give one method triple per value and
 * no control over order or wording, hence a table instead.
 *
 * <p>Three read-only rows come first: the scenario, when changes take effect, and the changes
 * made so far. Edits go to {@link RunSettings}; a rejected edit leaves the value as it was and
 * is passed to the {@link Listener} (the GUI shows it).</p>
 */
final class ModelProperties extends Properties {

    private static final long serialVersionUID = 1L;
    private static final String[] HEADERS = {"Scenario", "Changes apply", "Changes made"};

    private final transient RunSettings settings;
    private final transient List<Parameter> parameters;
    private final transient Listener listener;
    private transient boolean quiet;

    /** Told about every accepted and every rejected change. */
    interface Listener {
        void changed();

        void rejected(ScenarioException e);
    }

    ModelProperties(RunSettings settings, Listener listener) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.listener = Objects.requireNonNull(listener, "listener");
        this.parameters = Parameter.catalogue(settings.nextScenario());
    }

    /**
     * Runs {@code r} with edits ignored. MASON 18's slider reports its own repositioning (when
     * the inspector shows a value that changed, or builds its widgets) as if the user had moved
     * it; without this, a value set by the timeline would come back as the user's change.
     */
    void quietly(Runnable r) {
        boolean was = quiet;
        quiet = true;
        try {
            r.run();
        } finally {
            quiet = was;
        }
    }

    /** The changes made so far, by path (for tests). */
    Map<String, String> settingsForTest() {
        return settings.changes();
    }

    List<Parameter> parameters() {
        return parameters;
    }

    /** The index of the row showing {@code path}, or -1. */
    int indexOf(String path) {
        for (int i = 0; i < parameters.size(); i++) {
            if (parameters.get(i).path().equals(path)) {
                return HEADERS.length + i;
            }
        }
        return -1;
    }

    private Parameter parameter(int index) {
        int i = index - HEADERS.length;
        return i >= 0 && i < parameters.size() ? parameters.get(i) : null;
    }

    @Override
    public boolean isVolatile() {
        return false;
    }

    @Override
    public int numProperties() {
        return HEADERS.length + parameters.size();
    }

    @Override
    public String getName(int index) {
        Parameter p = parameter(index);
        if (p != null) {
            return p.label();
        }
        return index >= 0 && index < HEADERS.length ? HEADERS[index] : null;
    }

    @Override
    public Class<?> getType(int index) {
        Parameter p = parameter(index);
        if (p == null || p.absent() != null) {
            return String.class;
        }
        return switch (p.kind()) {
            case REAL -> Double.TYPE;
            case INTEGER, CHOICE -> Integer.TYPE;
            case BOOLEAN -> Boolean.TYPE;
        };
    }

    @Override
    public boolean isReadWrite(int index) {
        Parameter p = parameter(index);
        return p != null && p.absent() == null;
    }

    @Override
    public Object getValue(int index) {
        Parameter p = parameter(index);
        if (p == null) {
            return header(index);
        }
        if (p.absent() != null) {
            return p.absent();
        }
        Object v = settings.value(p);
        return switch (p.kind()) {
            case REAL -> v instanceof Number n ? n.doubleValue() : 0.0;
            case INTEGER -> v instanceof Number n ? n.intValue() : 0;
            case BOOLEAN -> Boolean.TRUE.equals(v);
            case CHOICE -> Math.max(0, p.choices().indexOf(String.valueOf(v)));
        };
    }

    private String header(int index) {
        return switch (index) {
            case 0 -> settings.nextScenario().name();
            case 1 -> settings.running() ? "at once" : "when you press play";
            case 2 -> describe(settings.changes());
            default -> null;
        };
    }

    private static String describe(Map<String, String> changes) {
        if (changes.isEmpty()) {
            return "none";
        }
        StringBuilder b = new StringBuilder();
        changes.forEach((k, v) -> b.append(b.length() == 0 ? "" : ", ").append(k).append('=').append(v));
        return b.toString();
    }

    @Override
    public Object getDomain(int index) {
        Parameter p = parameter(index);
        if (p == null || p.absent() != null) {
            return null;
        }
        Object v = settings.value(p);
        double current = v instanceof Number n ? n.doubleValue() : p.min();
        return switch (p.kind()) {
            case REAL -> new Interval(Math.min(p.min(), current), Math.max(p.max(), current));
            case INTEGER -> new Interval((long) Math.min(p.min(), current), (long) Math.max(p.max(), current));
            case CHOICE -> p.choices().toArray(new String[0]);
            case BOOLEAN -> null;
        };
    }

    @Override
    public String getDescription(int index) {
        Parameter p = parameter(index);
        if (p == null) {
            return switch (index) {
                case 1 -> "During a run, changes take effect at once, except the run's length, which waits for the next start.";
                case 2 -> "Changes made here, as --set path=value pairs; they apply at every start.";
                default -> null;
            };
        }
        if (p.absent() != null) {
            return "<html>" + escape(p.description()) + "<br><i>" + escape(p.absent()) + ".</i><br><tt>" + p.path() + "</tt></html>";
        }
        String when = p.live() ? "Changed during a run, it takes effect at once." : "Takes effect at the next start.";
        return "<html>" + escape(p.description()) + "<br><i>" + when + "</i><br><tt>" + p.path() + "</tt></html>";
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /**
     * Text typed into a field. MASON's own parsing prints a stack trace for text that is not a
     * number; here it is refused with a message, like any other value the scenario cannot take.
     */
    @Override
    public Object setValue(int index, String text) {
        Parameter p = parameter(index);
        if (p == null || p.absent() != null || quiet) {
            return getValue(index);
        }
        String t = text == null ? "" : text.strip();
        try {
            Object value = switch (p.kind()) {
                case REAL -> Double.valueOf(t);
                case INTEGER, CHOICE -> Integer.valueOf(t.endsWith(".0") ? t.substring(0, t.length() - 2) : t);
                case BOOLEAN -> Boolean.valueOf(t);
            };
            return _setValue(index, value);
        } catch (NumberFormatException e) {
            listener.rejected(new ScenarioException(new Problem(RunSettings.SOURCE, 0, p.path(), "'" + t + "' is not "
                    + (p.kind() == Parameter.Kind.REAL ? "a number" : "a whole number"))));
            return getValue(index);
        }
    }

    @Override
    protected Object _setValue(int index, Object value) {
        Parameter p = parameter(index);
        if (p == null || p.absent() != null || value == null || quiet) {
            return getValue(index);
        }
        String yaml = switch (p.kind()) {
            case REAL -> RunSettings.yaml(((Number) value).doubleValue());
            case INTEGER -> Integer.toString(((Number) value).intValue());
            case BOOLEAN -> value.toString();
            case CHOICE -> {
                int k = ((Number) value).intValue();
                yield k >= 0 && k < p.choices().size() ? p.choices().get(k) : null;
            }
        };
        if (yaml != null) {
            try {
                settings.change(p, yaml);
                listener.changed();
            } catch (ScenarioException e) {
                listener.rejected(e);
            }
        }
        return getValue(index);
    }
}
