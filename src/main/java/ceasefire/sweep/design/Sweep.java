package ceasefire.sweep.design;

import ceasefire.scenario.Overrides;
import ceasefire.scenario.ParameterOverride;
import ceasefire.scenario.Problem;
import ceasefire.scenario.Scenario;
import ceasefire.scenario.ScenarioDocument;
import ceasefire.scenario.ScenarioException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A checked sweep, ready to run: its spec, the base scenario parsed once, the plan of runs, and
 * the hashes of the files it came from. Built by {@link SweepFile#load} from a sweep file, or by
 * {@link #replications} for {@code ceasefire run --replications N} (a one-point sweep).
 */
public final class Sweep {

    private final SweepSpec spec;
    private final ScenarioDocument document;
    private final Scenario base;
    private final SweepPlan plan;
    private final String sweepHash;
    private final String scenarioHash;
    /** Scenarios bound while checking the design, by point; null when the design was too large to keep them. */
    private final Scenario[] bound;

    Sweep(SweepSpec spec, ScenarioDocument document, Scenario base, SweepPlan plan, String sweepHash, String scenarioHash, Scenario[] bound) {
        this.spec = Objects.requireNonNull(spec, "spec");
        this.document = Objects.requireNonNull(document, "document");
        this.base = Objects.requireNonNull(base, "base");
        this.plan = Objects.requireNonNull(plan, "plan");
        this.sweepHash = sweepHash;
        this.scenarioHash = Objects.requireNonNull(scenarioHash, "scenarioHash");
        this.bound = bound;
    }

    /**
     * {@code replications} runs of one scenario with {@code overrides} (from {@code --set},
     * {@code --seed}, {@code --steps}): the base seed is the scenario's effective {@code run.seed}.
     */
    public static Sweep replications(Path scenarioFile, Overrides overrides, int replications, List<String> metrics) throws ScenarioException {
        if (replications < 1 || replications > SweepFile.MAX_REPLICATIONS) {
            throw new ScenarioException(new Problem("--replications", 0, "", replications + " is outside [1, " + SweepFile.MAX_REPLICATIONS + "]"));
        }
        ScenarioDocument document = ScenarioDocument.load(scenarioFile);
        Scenario base = document.bind(overrides);
        List<ParameterOverride> fixed = new ArrayList<>();
        for (ParameterOverride o : overrides.all()) {
            if (!o.path().equals("run.seed")) {
                fixed.add(o);
            }
        }
        String name = stem(scenarioFile);
        SweepSpec spec = new SweepSpec(name, base.description(), null, scenarioFile.toString(), scenarioFile, fixed, List.of(), Design.GRID, 0,
                replications, base.run().seed(), metrics);
        return new Sweep(spec, document, base, new SweepPlan(spec), null, Hashing.sha256(scenarioFile), null);
    }

    public SweepSpec spec() {
        return spec;
    }

    public ScenarioDocument document() {
        return document;
    }

    /** The base scenario with the fixed overrides (no design point's values). */
    public Scenario base() {
        return base;
    }

    public SweepPlan plan() {
        return plan;
    }

    /** SHA-256 of the sweep file, or null for replications of a scenario. */
    public String sweepHash() {
        return sweepHash;
    }

    public String scenarioHash() {
        return scenarioHash;
    }

    /** Whether this is a plain {@code run --replications} rather than a sweep file. */
    public boolean isReplications() {
        return spec.file() == null;
    }

    /**
     * The scenario of design point {@code point}: kept from the check of a small design, else bound
     * now (callers share it across the point's replications).
     */
    public Scenario bind(int point) throws ScenarioException {
        if (plan.parameters().isEmpty()) {
            return base;
        }
        if (bound != null && bound[point] != null) {
            return bound[point];
        }
        return document.bind(plan.overrides(point));
    }

    private static String stem(Path file) {
        String name = file.getFileName() == null ? "scenario" : file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
