package ceasefire.gui;

import ceasefire.scenario.ParameterRegistry;
import ceasefire.scenario.ParameterSpec;
import ceasefire.scenario.Scenario;
import ceasefire.scenario.SideKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One scenario value the Console's Model tab shows and edits: its path (the same as
 * {@code --set}), a label in words, what kind of value it is, the slider's range, and whether
 * changing it in the middle of a run makes sense; all taken from the scenario's
 * {@link ParameterRegistry}.
 *
 * @param min     lower end of the slider (numbers only)
 * @param max     upper end of the slider (numbers only); the scenario's own value widens it
 * @param live    whether a change during a run takes effect at once (otherwise at the next start)
 * @param choices the allowed words of a {@link Kind#CHOICE}, as written in scenario files
 * @param absent  why the scenario has no such value (it is then shown read-only), or null
 */
record Parameter(String path, String label, Kind kind, double min, double max, boolean live, String description,
                 List<String> choices, String absent) {

    /** How a value is edited. */
    enum Kind { REAL, INTEGER, BOOLEAN, CHOICE }

    Parameter {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(description, "description");
        choices = List.copyOf(choices);
        if ((kind == Kind.REAL || kind == Kind.INTEGER) && !(min <= max)) {
            throw new IllegalArgumentException(path + ": slider range [" + min + ", " + max + "] is empty");
        }
    }

    /**
     * The parameters the Model tab shows: every declaration of the registry that has a slider
     * (each side's doctrine, the peacekeepers, the mediator, the rules in force and the run),
     * in the registry's order. Labels use the scenario's own names, so "Azerbaijan: discipline"
     * rather than "A: discipline". A declared parameter this scenario does not read (posts given
     * as cells have no {@code posts.count}) is still listed, read-only, with the reason in
     * {@link #absent()}, rather than silently left out.
     */
    static List<Parameter> catalogue(Scenario s) {
        List<Parameter> all = new ArrayList<>();
        for (ParameterSpec spec : ParameterRegistry.all()) {
            ParameterSpec.Slider slider = spec.slider();
            if (slider == null) {
                continue;
            }
            Kind kind = switch (spec.type()) {
                case SHARE, NUMBER -> Kind.REAL;
                case WHOLE -> Kind.INTEGER;
                case BOOLEAN -> Kind.BOOLEAN;
                case CHOICE -> Kind.CHOICE;
                default -> throw new IllegalStateException(spec.path() + ": the Model tab cannot edit a " + spec.type().word());
            };
            Object value = s.parameters().get(spec.path());
            double max = slider.max();
            if (slider.maxFactor() > 0 && value instanceof Number n) {
                max = Math.max(max, slider.maxFactor() * n.doubleValue());
            }
            String absent = s.parameters().containsKey(spec.path()) ? null
                    : "not used by this scenario" + (spec.path().startsWith("peacekeepers.posts.")
                            ? " (its posts are given as cells, not placed automatically)" : "");
            String unit = spec.unit().isEmpty() ? "" : " Unit: " + spec.unit() + ".";
            all.add(new Parameter(spec.path(), label(s, spec), kind, slider.min(), max, spec.live(),
                    spec.plainDescription() + unit + " Source: " + spec.source() + ".", spec.choices(), absent));
        }
        return List.copyOf(all);
    }

    /** The registry's label, with a side's key replaced by its name ("A: discipline" becomes "Azerbaijan: discipline"). */
    private static String label(Scenario s, ParameterSpec spec) {
        for (SideKey key : SideKey.values()) {
            String prefix = key + ": ";
            if (spec.path().startsWith("sides." + key + ".") && spec.label().startsWith(prefix)) {
                return s.side(key).name() + ": " + spec.label().substring(prefix.length());
            }
        }
        return spec.label();
    }
}
