package ceasefire.scenario;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The declaration of one scenario parameter: everything the binder, the validator,
 * {@code --set}, sweeps, the GUI's Model tab, the charts, the JSON Schema and docs/SCENARIO.md
 * need to know about it, in one place. Declared in {@link ParameterRegistry}.
 *
 * @param path         the key path, as in scenario files, {@code --set} and sweeps ({@code sides.A.discipline})
 * @param type         what kind of value it takes
 * @param unit         what one unit of it means ("days", "cells per day"), or empty when it has none
 * @param defaultValue the value when the file does not give one ({@code null} when there is none:
 *                     "unlimited", "no posts", or a value computed from other keys)
 * @param defaultText  how docs/SCENARIO.md states the default
 * @param min          smallest value allowed (numbers only)
 * @param max          largest value allowed (numbers only)
 * @param minExclusive whether {@code min} itself is refused (the escalation levels, say)
 * @param choices      the allowed words of a {@link Type#CHOICE}
 * @param rangeText    how docs/SCENARIO.md states the range or the allowed values
 * @param live         whether it may change during a run (a timeline {@code set}/{@code scale},
 *                     or the Model tab while a run goes); otherwise it is read once at the start
 * @param onChange     what a change during a run does or resets (empty when not {@code live})
 * @param label        a short human label for charts and the Model tab ("discipline")
 * @param description  what it means, in one or two sentences (Markdown, as docs/SCENARIO.md shows it)
 * @param source       where the value or the mechanism comes from, or {@link #ASSUMPTION}
 * @param slider       the Model tab's slider, or {@code null} when the Model tab does not show it
 */
public record ParameterSpec(String path, Type type, String unit, Object defaultValue, String defaultText, double min, double max,
                            boolean minExclusive, List<String> choices, String rangeText, boolean live, String onChange,
                            String label, String description, String source, Slider slider) {

    /** The source of a parameter whose value is this project's own judgement. */
    public static final String ASSUMPTION = "our assumption";

    /** Kinds of value, each with the word docs/SCENARIO.md uses for it. */
    public enum Type {
        SHARE("share"), NUMBER("number"), WHOLE("whole number"), BOOLEAN("true/false"), CHOICE("choice"), TEXT("text"),
        DATE("date"), NAME_LIST("name list"), POSTS("cell list, or section");

        private final String word;

        Type(String word) {
            this.word = word;
        }

        /** The word docs/SCENARIO.md's Type column uses. */
        public String word() {
            return word;
        }

        public boolean numeric() {
            return this == SHARE || this == NUMBER || this == WHOLE;
        }
    }

    /**
     * The Model tab's slider: its ends, which the value in force widens.
     *
     * @param max       upper end of the slider
     * @param maxFactor the slider reaches at least this multiple of the scenario's own value (0 for none)
     */
    public record Slider(double min, double max, double maxFactor) {
    }

    public ParameterSpec {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(defaultText, "defaultText");
        Objects.requireNonNull(rangeText, "rangeText");
        Objects.requireNonNull(onChange, "onChange");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(source, "source");
        choices = List.copyOf(choices);
        if (!Paths.isValid(path)) {
            throw new IllegalArgumentException(path + ": " + Paths.NOT_A_PATH);
        }
        if (type.numeric() && !(min <= max)) {
            throw new IllegalArgumentException(path + ": range [" + min + ", " + max + "] is empty");
        }
        if (type.numeric() && defaultValue instanceof Number n && (n.doubleValue() < min || n.doubleValue() > max)) {
            throw new IllegalArgumentException(path + ": default " + n + " is outside its own range");
        }
        if (type == Type.CHOICE && choices.isEmpty()) {
            throw new IllegalArgumentException(path + ": a choice needs its allowed words");
        }
        if (live == onChange.isEmpty()) {
            throw new IllegalArgumentException(path + ": say what a change during a run does exactly when it may change during a run");
        }
        if (label.isBlank() || description.isBlank() || source.isBlank()) {
            throw new IllegalArgumentException(path + ": label, description and source are required");
        }
    }

    /** The default as a number (numeric parameters with a default only). */
    public double defaultNumber() {
        return ((Number) defaultValue).doubleValue();
    }

    /** The description without Markdown (backticks, links), for tooltips and plain text. */
    public String plainDescription() {
        return description.replaceAll("\\[([^\\]]*)]\\([^)]*\\)", "$1").replace("`", "").replace("**", "");
    }

    /** The unit as charts and reports show it: the declared one, or "0 to 1" for a share declared without one. */
    public String shownUnit() {
        return unit.isEmpty() && type == Type.SHARE ? "0 to 1" : unit;
    }

    /** "label (unit)", as a chart's axis shows it. */
    public String axisLabel() {
        String u = shownUnit();
        return u.isEmpty() ? label : label + " (" + u + ")";
    }

    /** The range as docs/SCENARIO.md writes it for a number: {@code [0, 1]}, {@code (0, 1]}. */
    static String numericRange(double min, double max, boolean minExclusive) {
        return "`" + (minExclusive ? "(" : "[") + plain(min) + ", " + plain(max) + "]`";
    }

    /** The allowed words as docs/SCENARIO.md writes them: {@code `a`, `b`}. */
    static String choiceRange(List<String> choices) {
        return choices.stream().map(c -> "`" + c + "`").collect(Collectors.joining(", "));
    }

    /** A number without exponent or trailing zeros: 1e-6 is 0.000001, 8.0 is 8. */
    static String plain(double d) {
        return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }
}
