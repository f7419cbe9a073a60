package ceasefire.scenario;

import ceasefire.scenario.yaml.Section;
import java.util.List;

/**
 * Reads a declared parameter: its default and range come from {@link ParameterRegistry}, so
 * every section reader states only the key.
 */
final class Declared {

    private Declared() {
    }

    /** The declaration of {@code key} under section {@code s}; every parameter a reader asks for is declared. */
    static ParameterSpec spec(Section s, String key) {
        return ParameterRegistry.get(Paths.child(s.path(), key));
    }

    /** A number with the declared default and range. */
    static double real(Section s, String key) {
        ParameterSpec p = spec(s, key);
        return s.real(key, p.defaultNumber(), p.min(), p.max());
    }

    /** A whole number with the declared default and range. */
    static int whole(Section s, String key) {
        ParameterSpec p = spec(s, key);
        return s.integer(key, (int) p.defaultNumber(), (int) p.min(), (int) p.max());
    }

    static boolean bool(Section s, String key) {
        return s.bool(key, (Boolean) spec(s, key).defaultValue());
    }

    /** Text with the declared default ("Side A" for sides.A.name). */
    static String text(Section s, String key) {
        return s.text(key, (String) spec(s, key).defaultValue());
    }

    @SuppressWarnings("unchecked")
    static List<String> names(Section s, String key) {
        return s.textList(key, (List<String>) spec(s, key).defaultValue());
    }

    /** One of an enum's words; the declared choices and default are the enum's own (ParameterRegistryTest checks). */
    static <E extends Enum<E>> E choice(Section s, String key, Class<E> type, java.util.function.Function<E, String> name) {
        String def = (String) spec(s, key).defaultValue();
        E fallback = null;
        for (E e : type.getEnumConstants()) {
            if (name.apply(e).equals(def)) {
                fallback = e;
            }
        }
        return s.choice(key, java.util.Objects.requireNonNull(fallback, key), type, name);
    }
}
