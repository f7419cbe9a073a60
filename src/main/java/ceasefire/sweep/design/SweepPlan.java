package ceasefire.sweep.design;

import ceasefire.scenario.Overrides;
import ceasefire.scenario.ParameterOverride;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.SobolSequenceGenerator;

/**
 * The runs of a sweep: design points times replications, each run with its index, design point,
 * replication and seed. Run {@code i} is replication {@code i % R} of design point {@code i / R}.
 *
 * <p>A grid's points are computed from their index (mixed radix, the first parameter slowest);
 * sampled designs keep their points in the unit cube, {@code points * k} doubles. The plan never
 * holds runs.</p>
 */
public final class SweepPlan {

    /** Salt mixed into the base seed for drawing a Latin hypercube, so the design's stream differs from every run's. */
    private static final long LHS_SALT = 0x4C48_5344_6573_6967L;

    private final List<Parameter> parameters;
    private final List<ParameterOverride> fixed;
    private final Design design;
    private final int samples;
    private final int replications;
    private final int points;
    private final int[] radix;
    private final double[][] unit;
    private final Seeds seeds;
    private final boolean commonSeeds;
    private final String label;

    public SweepPlan(SweepSpec spec) {
        this.label = spec.label();
        this.parameters = spec.parameters();
        this.fixed = spec.fixed();
        this.design = spec.design();
        this.samples = spec.samples();
        this.replications = spec.replications();
        this.seeds = new Seeds(spec.seed());
        this.commonSeeds = spec.commonSeeds();
        int k = parameters.size();
        switch (design) {
            case GRID -> {
                radix = new int[k];
                long n = 1;
                for (int i = 0; i < k; i++) {
                    radix[i] = ((ValueSet.Levels) parameters.get(i).values()).size();
                    n *= radix[i];
                    if (n > Seeds.MAX) {
                        throw new IllegalArgumentException("the grid has more than " + Seeds.MAX + " points");
                    }
                }
                points = (int) n;
                unit = null;
            }
            case LATIN_HYPERCUBE -> {
                radix = null;
                points = samples;
                unit = latinHypercube(samples, k, new MersenneTwister(spec.seed() ^ LHS_SALT));
            }
            case SOBOL -> {
                radix = null;
                long n = (long) samples * (k + 2);
                if (n > Seeds.MAX) {
                    throw new IllegalArgumentException("the Sobol design has more than " + Seeds.MAX + " points");
                }
                points = (int) n;
                unit = saltelli(samples, k);
            }
            default -> throw new IllegalStateException("unknown design " + design);
        }
        if ((long) points * replications > Seeds.MAX) {
            throw new IllegalArgumentException("the sweep has more than " + Seeds.MAX + " runs");
        }
    }

    public List<Parameter> parameters() {
        return parameters;
    }

    public Design design() {
        return design;
    }

    public int samples() {
        return samples;
    }

    public int points() {
        return points;
    }

    public int replications() {
        return replications;
    }

    public int runs() {
        return points * replications;
    }

    public Seeds seeds() {
        return seeds;
    }

    public int pointOf(int run) {
        return run / replications;
    }

    public int replicationOf(int run) {
        return run % replications;
    }

    /**
     * The seed of run {@code run}: F(run), or with common seeds F(replication), so that
     * replication r meets the same chance events at every design point.
     */
    public long seedOf(int run) {
        return seeds.seed(commonSeeds ? replicationOf(run) : run);
    }

    /** Whether replication r has the same seed at every design point ({@code seeds: common}). */
    public boolean commonSeeds() {
        return commonSeeds;
    }

    /** How the manifest and docs describe this plan's seed rule. */
    public String seedRule() {
        return commonSeeds ? Seeds.RULE_COMMON : Seeds.RULE;
    }

    /** The value of parameter {@code param} at design point {@code point}. */
    public Level level(int point, int param) {
        if (point < 0 || point >= points) {
            throw new IndexOutOfBoundsException("design point " + point + " of " + points);
        }
        if (design == Design.GRID) {
            return ((ValueSet.Levels) parameters.get(param).values()).get(levelIndex(point, param));
        }
        return parameters.get(param).values().at(unit[point][param]);
    }

    /**
     * Which of a listed parameter's values a design point has (its position in the list); -1
     * for a parameter sampled from a continuous range.
     */
    public int levelIndex(int point, int param) {
        if (!(parameters.get(param).values() instanceof ValueSet.Levels levels)) {
            return -1;
        }
        if (design == Design.GRID) {
            int rest = point;
            int index = 0;
            for (int i = parameters.size() - 1; i >= param; i--) {
                index = rest % radix[i];
                rest /= radix[i];
            }
            return index;
        }
        return Math.max(0, Math.min(levels.size() - 1, (int) Math.floor(unit[point][param] * levels.size())));
    }

    /** The value texts of a design point, in parameter order. */
    public List<String> values(int point) {
        List<String> out = new ArrayList<>(parameters.size());
        for (int i = 0; i < parameters.size(); i++) {
            out.add(level(point, i).text());
        }
        return out;
    }

    /** The fixed overrides followed by the design point's values (a point's values win). */
    public Overrides overrides(int point) {
        List<ParameterOverride> all = new ArrayList<>(fixed);
        for (int i = 0; i < parameters.size(); i++) {
            Parameter p = parameters.get(i);
            Level l = level(point, i);
            all.add(new ParameterOverride(p.path(), l.node(), label, l.line(), "vary."));
        }
        return Overrides.of(all);
    }

    /** For a Sobol design: the row j of matrices A and B a point belongs to. */
    public int sobolRow(int point) {
        return point / (parameters.size() + 2);
    }

    /** For a Sobol design: 0 for matrix A, 1 for B, {@code 2 + i} for A with column i from B. */
    public int sobolMatrix(int point) {
        return point % (parameters.size() + 2);
    }

    /**
     * A Latin hypercube in [0, 1)^k: each column a random permutation of the n strata, with a
     * uniform position inside each stratum (McKay, Beckman and Conover 1979).
     */
    static double[][] latinHypercube(int n, int k, RandomGenerator random) {
        double[][] u = new double[n][k];
        int[] perm = new int[n];
        for (int j = 0; j < k; j++) {
            for (int i = 0; i < n; i++) {
                perm[i] = i;
            }
            for (int i = n - 1; i > 0; i--) {
                int r = random.nextInt(i + 1);
                int t = perm[i];
                perm[i] = perm[r];
                perm[r] = t;
            }
            for (int i = 0; i < n; i++) {
                u[i][j] = (perm[i] + random.nextDouble()) / n;
            }
        }
        return u;
    }

    /**
     * Saltelli's sampling scheme (Saltelli et al. 2010): a 2k-dimensional Sobol sequence gives the
     * rows of A (first k coordinates) and B (last k); each row j is followed by B's row and by the
     * k rows of A with one column from B. The sequence's first point (all zeros) is skipped.
     */
    static double[][] saltelli(int n, int k) {
        SobolSequenceGenerator sobol = new SobolSequenceGenerator(2 * k);
        // The sequence starts at the origin, which would put every A and B row's first entry on
        // the range's lower edge; skip it.
        sobol.nextVector();
        double[][] u = new double[n * (k + 2)][];
        for (int j = 0; j < n; j++) {
            double[] v = sobol.nextVector();
            double[] a = new double[k];
            double[] b = new double[k];
            System.arraycopy(v, 0, a, 0, k);
            System.arraycopy(v, k, b, 0, k);
            int row = j * (k + 2);
            u[row] = a;
            u[row + 1] = b;
            for (int i = 0; i < k; i++) {
                double[] ab = a.clone();
                ab[i] = b[i];
                u[row + 2 + i] = ab;
            }
        }
        return u;
    }
}
