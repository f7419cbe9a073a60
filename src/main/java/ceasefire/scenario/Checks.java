package ceasefire.scenario;

/**
 * Argument checks for record constructors; they name the field that is wrong. A field that is a
 * declared parameter is held to its declaration in {@link ParameterRegistry}, the range the
 * readers enforce on files, so the records repeat no range of their own.
 */
final class Checks {

    private Checks() {
    }

    /** {@code value} within the range {@code path} declares (its lower end excluded where the declaration says so). */
    static void declared(String path, double value) {
        ParameterSpec p = ParameterRegistry.get(path);
        boolean aboveMin = p.minExclusive() ? value > p.min() : value >= p.min();
        if (!(aboveMin && value <= p.max())) {
            throw new IllegalArgumentException(path + " must be in " + (p.minExclusive() ? "(" : "[") + p.min() + ", " + p.max()
                    + "], was " + value);
        }
    }

    static void unit(String name, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(name + " must be in [0, 1], was " + value);
        }
    }

    static void nonNegative(String name, double value) {
        if (!(value >= 0)) {
            throw new IllegalArgumentException(name + " must be >= 0, was " + value);
        }
    }

    static void positive(String name, double value) {
        if (!(value > 0)) {
            throw new IllegalArgumentException(name + " must be > 0, was " + value);
        }
    }
}
