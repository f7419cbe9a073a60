package ceasefire.calibrate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * Approximate Bayesian computation by sequential Monte Carlo, in the adaptive form of Drovandi and
 * Pettitt (2011, Biometrics 67, "Estimation of parameters for macroparasite population evolution
 * using approximate Bayesian computation"): a population of particles from the prior (uniform on
 * each parameter's linear or log range, here the unit cube); each generation the tolerance
 * becomes the median distance of the population, the better half is kept, and the other half is
 * replaced by copies of kept particles moved by one Metropolis-Hastings step with a Gaussian
 * kernel of twice the kept particles' variance per coordinate (Beaumont et al. 2009). With a
 * uniform prior and a symmetric kernel a move is accepted when it stays in the cube and its
 * distance is within the tolerance. All proposals of a generation are evaluated as one batch (in
 * parallel). It stops when the budget is spent or fewer than {@value #MIN_ACCEPTANCE} of a
 * generation's moves are accepted.
 */
public final class AbcSmc {

    /** Acceptance rate below which the population no longer moves: stop. */
    static final double MIN_ACCEPTANCE = 0.02;

    /** Evaluates a batch of points of the unit cube; returns their distances. */
    @FunctionalInterface
    public interface Batch {
        double[] distances(List<double[]> points) throws ceasefire.scenario.ScenarioException, InterruptedException, java.io.IOException;
    }

    /** A particle: a point of the unit cube and its distance. */
    public record Particle(double[] u, double distance) {
        public Particle {
            u = u.clone();
        }

        @Override
        public double[] u() {
            return u.clone();
        }
    }

    /** The final population and the tolerance it satisfies. */
    public record Result(List<Particle> particles, double tolerance, int generations, int evaluations) {
    }

    private AbcSmc() {
    }

    public static Result run(int dims, int particles, int budget, RandomGenerator random, Batch batch)
            throws ceasefire.scenario.ScenarioException, InterruptedException, java.io.IOException {
        int n = Math.max(4, Math.min(particles, budget));
        List<double[]> start = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double[] u = new double[dims];
            for (int d = 0; d < dims; d++) {
                u[d] = random.nextDouble();
            }
            start.add(u);
        }
        double[] dist = batch.distances(start);
        int used = n;
        List<Particle> pop = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            pop.add(new Particle(start.get(i), dist[i]));
        }
        int generations = 1;
        double tolerance = Double.POSITIVE_INFINITY;
        int keep = (n + 1) / 2;
        while (used + (n - keep) <= budget) {
            pop.sort(Comparator.comparingDouble(Particle::distance));
            tolerance = pop.get(keep - 1).distance();
            List<Particle> kept = new ArrayList<>(pop.subList(0, keep));
            double[] sd = new double[dims];
            for (int d = 0; d < dims; d++) {
                double m = 0;
                for (Particle p : kept) {
                    m += p.u[d];
                }
                m /= keep;
                double v = 0;
                for (Particle p : kept) {
                    v += (p.u[d] - m) * (p.u[d] - m);
                }
                sd[d] = Math.max(1e-4, Math.sqrt(2 * v / Math.max(1, keep - 1)));
            }
            List<Particle> parents = new ArrayList<>();
            List<double[]> proposals = new ArrayList<>();
            List<Integer> inside = new ArrayList<>();
            for (int i = 0; i < n - keep; i++) {
                Particle parent = kept.get(random.nextInt(keep));
                parents.add(parent);
                double[] u = parent.u();
                boolean ok = true;
                for (int d = 0; d < dims; d++) {
                    u[d] += sd[d] * random.nextGaussian();
                    ok &= u[d] >= 0 && u[d] <= 1;
                }
                proposals.add(u);
                if (ok) {
                    inside.add(i);
                }
            }
            double[] pd = inside.isEmpty() ? new double[0] : batch.distances(inside.stream().map(proposals::get).toList());
            used += n - keep;
            int accepted = 0;
            List<Particle> next = new ArrayList<>(kept);
            int j = 0;
            for (int i = 0; i < n - keep; i++) {
                if (j < inside.size() && inside.get(j) == i) {
                    if (pd[j] <= tolerance) {
                        next.add(new Particle(proposals.get(i), pd[j]));
                        accepted++;
                    } else {
                        next.add(parents.get(i));
                    }
                    j++;
                } else {
                    next.add(parents.get(i));
                }
            }
            pop = next;
            generations++;
            if (accepted < MIN_ACCEPTANCE * (n - keep)) {
                break;
            }
        }
        pop.sort(Comparator.comparingDouble(Particle::distance));
        double finalTolerance = pop.get(pop.size() - 1).distance();
        return new Result(List.copyOf(pop), Math.min(tolerance, finalTolerance), generations, used);
    }

    /** The coordinates of the particles along one dimension, sorted. */
    public static double[] marginal(List<Particle> particles, int d) {
        double[] v = new double[particles.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = particles.get(i).u[d];
        }
        Arrays.sort(v);
        return v;
    }
}
