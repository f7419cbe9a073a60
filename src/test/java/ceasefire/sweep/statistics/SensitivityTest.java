package ceasefire.sweep.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ceasefire.scenario.ParameterOverride;
import ceasefire.sweep.design.Design;
import ceasefire.sweep.design.Parameter;
import ceasefire.sweep.design.SweepPlan;
import ceasefire.sweep.design.SweepSpec;
import ceasefire.sweep.design.ValueSet;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Sensitivity measures on functions whose answers are known: Sobol indices of the Ishigami
 * function, standardised regression coefficients of a linear one, Spearman of a monotone one.
 */
class SensitivityTest {

    /** A sampled sweep over k parameters in [0, 1], with no scenario behind it. */
    private static SweepPlan plan(Design design, int samples, int k) {
        List<Parameter> params = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            params.add(new Parameter("p" + i, Parameter.Kind.NUMBER, new ValueSet.Range(0, 1, false, false, 1), 1, false));
        }
        List<ParameterOverride> none = List.of();
        return new SweepPlan(new SweepSpec("test", "", null, "test", Path.of("none.yaml"), none, params, design, samples, 1, 1, List.of("y")));
    }

    private static double[][] x(SweepPlan plan) {
        int k = plan.parameters().size();
        double[][] x = new double[plan.points()][k];
        for (int p = 0; p < plan.points(); p++) {
            for (int j = 0; j < k; j++) {
                x[p][j] = plan.level(p, j).number();
            }
        }
        return x;
    }

    @Test
    void sobolIndicesOfTheIshigamiFunction() {
        // Ishigami and Homma (1990), a = 7, b = 0.1, on [-pi, pi]^3. Analytic indices:
        // S1 = 0.3139, S2 = 0.4424, S3 = 0; ST1 = 0.5576, ST2 = 0.4424, ST3 = 0.2437.
        int n = 1 << 13;
        SweepPlan plan = plan(Design.SOBOL, n, 3);
        double[][] x = x(plan);
        double[][] rows = new double[n][5];
        for (int p = 0; p < plan.points(); p++) {
            double x1 = -Math.PI + 2 * Math.PI * x[p][0];
            double x2 = -Math.PI + 2 * Math.PI * x[p][1];
            double x3 = -Math.PI + 2 * Math.PI * x[p][2];
            rows[plan.sobolRow(p)][plan.sobolMatrix(p)] = Math.sin(x1) + 7 * Math.pow(Math.sin(x2), 2) + 0.1 * Math.pow(x3, 4) * Math.sin(x1);
        }
        double[][] s = Sensitivity.sobolIndices(rows, 3);
        double tolerance = 0.03;
        assertEquals(0.3139, s[0][0], tolerance);
        assertEquals(0.4424, s[0][1], tolerance);
        assertEquals(0.0, s[0][2], tolerance);
        assertEquals(0.5576, s[1][0], tolerance);
        assertEquals(0.4424, s[1][1], tolerance);
        assertEquals(0.2437, s[1][2], tolerance);
    }

    @Test
    void standardisedRegressionCoefficientsOfALinearFunction() {
        // y = 3 x0 + x1 + 0 x2 on uniform inputs: var(y) = 10 / 12, so SRC = 3 / sqrt(10), 1 / sqrt(10), 0.
        SweepPlan plan = plan(Design.LATIN_HYPERCUBE, 400, 3);
        double[][] x = x(plan);
        double[] y = new double[plan.points()];
        List<Integer> rows = new ArrayList<>();
        for (int p = 0; p < y.length; p++) {
            // A little noise, so that the regression has residuals and its intervals have width.
            y[p] = 3 * x[p][0] + x[p][1] + 0.01 * Math.sin(p * 12.9898);
            rows.add(p);
        }
        List<Sensitivity.Index> src = Sensitivity.regression("y", plan, x, y, rows);
        assertEquals(3, src.size());
        assertEquals(3 / Math.sqrt(10), src.get(0).estimate(), 0.02);
        assertEquals(1 / Math.sqrt(10), src.get(1).estimate(), 0.02);
        assertEquals(0.0, src.get(2).estimate(), 0.02);
        assertTrue(src.get(0).r2() > 0.999, "an almost exactly linear response");
        for (Sensitivity.Index i : src) {
            assertTrue(i.ciLow() <= i.estimate() && i.estimate() <= i.ciHigh());
        }
        assertTrue(src.get(2).ciLow() < 0 && src.get(2).ciHigh() > 0, "the unused parameter's interval covers 0");
        assertTrue(src.get(0).p() < 1e-10);
    }

    @Test
    void spearmanSeesAMonotoneButNonLinearEffect() {
        SweepPlan plan = plan(Design.LATIN_HYPERCUBE, 100, 2);
        double[][] x = x(plan);
        double[] y = new double[plan.points()];
        List<Integer> rows = new ArrayList<>();
        for (int p = 0; p < y.length; p++) {
            y[p] = Math.exp(8 * x[p][0]);
            rows.add(p);
        }
        List<Sensitivity.Index> rho = Sensitivity.spearman("y", plan, x, y, rows);
        assertEquals(1.0, rho.get(0).estimate(), 1e-12);
        assertEquals(0.0, rho.get(1).estimate(), 0.25, "an unrelated parameter correlates only by chance");
        assertTrue(rho.get(1).ciLow() < rho.get(1).estimate() && rho.get(1).estimate() < rho.get(1).ciHigh());
    }

    @Test
    void fisherIntervalByHand() {
        // rho = 0.5, n = 28: z = atanh(0.5) = 0.549306, se = sqrt(1.06 / 25) = 0.205913.
        double[] ci = Sensitivity.fisherInterval(0.5, 28);
        assertEquals(Math.tanh(0.5493061443 - 1.959963985 * 0.2059126028), ci[0], 1e-8);
        assertEquals(Math.tanh(0.5493061443 + 1.959963985 * 0.2059126028), ci[1], 1e-8);
    }

    @Test
    void aMetricThatNeverVariesGetsANoteNotANumber() {
        SweepPlan plan = plan(Design.LATIN_HYPERCUBE, 20, 2);
        double[][] x = x(plan);
        double[] y = new double[plan.points()];
        List<Integer> rows = new ArrayList<>();
        for (int p = 0; p < y.length; p++) {
            rows.add(p);
        }
        List<Sensitivity.Index> src = Sensitivity.regression("y", plan, x, y, rows);
        assertTrue(Double.isNaN(src.get(0).estimate()));
        assertEquals("the metric does not vary", src.get(0).note());
    }
}
