package ceasefire.sweep.design;

/**
 * How a sweep chooses its design points: every combination of listed values, a Latin hypercube,
 * or a Sobol sequence arranged for Saltelli's estimators of Sobol indices.
 */
public enum Design {

    /** Full factorial: every combination of every parameter's values; the first parameter varies slowest. */
    GRID("grid"),
    /** {@code samples} points, each parameter's range cut into {@code samples} equal strata, one point per stratum. */
    LATIN_HYPERCUBE("latin_hypercube"),
    /**
     * Saltelli's scheme on a Sobol sequence: {@code samples} rows of matrices A and B and, for each
     * of the k parameters, A with its column i taken from B, giving {@code samples * (k + 2)} points.
     */
    SOBOL("sobol");

    private final String yamlName;

    Design(String yamlName) {
        this.yamlName = yamlName;
    }

    /** The name written in sweep files and manifests. */
    public String yamlName() {
        return yamlName;
    }

    /** Whether the design samples parameters (and so takes {@code samples:}). */
    public boolean sampled() {
        return this != GRID;
    }
}
