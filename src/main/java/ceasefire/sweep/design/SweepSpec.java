package ceasefire.sweep.design;

import ceasefire.scenario.ParameterOverride;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A sweep as its file describes it, checked field by field: which scenario, what is fixed, what
 * varies and how, how many replications, the base seed and the metrics to collect.
 *
 * @param name         names the output directory ({@code runs/<name>-<date-time>/})
 * @param file         the sweep file, or null for {@code run --replications} (no file)
 * @param label        how messages name the sweep's source (the file as typed, or the scenario)
 * @param scenarioFile the base scenario, resolved against the sweep file's directory
 * @param fixed        overrides every run gets
 * @param samples      samples of a sampled design (0 for a grid)
 * @param seed         base seed from which every run's seed is derived ({@link Seeds})
 * @param commonSeeds  {@code seeds: common}: replication r has the same seed at every design point
 */
public record SweepSpec(String name, String description, Path file, String label, Path scenarioFile,
                        List<ParameterOverride> fixed, List<Parameter> parameters, Design design, int samples,
                        int replications, long seed, List<String> metrics, boolean commonSeeds) {

    /** A sweep with a seed of its own for every run (the default, {@code seeds: independent}). */
    public SweepSpec(String name, String description, Path file, String label, Path scenarioFile, List<ParameterOverride> fixed,
                     List<Parameter> parameters, Design design, int samples, int replications, long seed, List<String> metrics) {
        this(name, description, file, label, scenarioFile, fixed, parameters, design, samples, replications, seed, metrics, false);
    }

    public SweepSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(scenarioFile, "scenarioFile");
        Objects.requireNonNull(design, "design");
        fixed = List.copyOf(fixed);
        parameters = List.copyOf(parameters);
        metrics = List.copyOf(metrics);
        if (replications < 1) {
            throw new IllegalArgumentException("replications must be >= 1");
        }
        if (seed < 0 || seed > Seeds.MAX) {
            throw new IllegalArgumentException("seed must be in [0, " + Seeds.MAX + "]");
        }
    }

    /** The varied parameters' paths, in file order (the runs.csv columns after the seed). */
    public List<String> parameterPaths() {
        return parameters.stream().map(Parameter::path).toList();
    }
}
