package ceasefire.agents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ceasefire.model.ConflictModel;
import ceasefire.scenario.EscalationLevel;
import ceasefire.scenario.EscalationSpec;
import java.util.List;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.junit.jupiter.api.Test;

/** The model's equations, checked against values worked out by hand. */
class EquationsTest {

    @Test
    void richardsonHostilityReactsDecaysAndIsBounded() {
        // Without coupling: H' = H + r P - a H + g G = 0.4 + 0.2*0.5 - 0.05*0.4 + 0.01*0.6 = 0.486
        assertEquals(0.486, Equations.hostility(0.4, 0.9, 0.5, 0.6, 0, 0.2, 0.05, 0.01), 1e-12);
        // Coupled: + k H_other = 0.486 + 0.02*0.9 = 0.504
        assertEquals(0.504, Equations.hostility(0.4, 0.9, 0.5, 0.6, 0.02, 0.2, 0.05, 0.01), 1e-12);
        assertEquals(1.0, Equations.hostility(0.95, 1, 1.0, 1.0, 0.1, 0.5, 0.0, 0.1), "bounded above");
        assertEquals(0.0, Equations.hostility(0.0, 0, 0.0, 0.0, 0.1, 0.2, 0.05, 0.01), "no pressure, no grievance, no threat, no hostility");
        // Without incidents or coupling hostility settles where fatigue balances grievance: H* = g G / a.
        double h = 0.9;
        for (int day = 0; day < 2000; day++) {
            h = Equations.hostility(h, 0.7, 0, 0.5, 0, 0.2, 0.03, 0.012);
        }
        assertEquals(0.012 * 0.5 / 0.03, h, 1e-9);
    }

    @Test
    void coupledRichardsonSidesSettleAtTheAnalyticEquilibriumWhenFatigueDominates() {
        // kA = 0.01, kB = 0.02, aA = 0.03, aB = 0.04: aA aB = 0.0012 > kA kB = 0.0002 (stable).
        // gA = 0.004, gB = 0.006: HA* = (aB gA + kA gB) / (aA aB - kA kB) = (0.00016 + 0.00006) / 0.001 = 0.22,
        // HB* = (aA gB + kB gA) / 0.001 = (0.00018 + 0.00008) / 0.001 = 0.26.
        assertTrue(Equations.richardsonStable(0.01, 0.02, 0.03, 0.04));
        assertEquals(0.22, Equations.richardsonEquilibrium(0.01, 0.02, 0.03, 0.04, 0.004, 0.006), 1e-12);
        assertEquals(0.26, Equations.richardsonEquilibrium(0.02, 0.01, 0.04, 0.03, 0.006, 0.004), 1e-12);
        double[] settled = iterate(0.9, 0.0, 0.01, 0.02, 0.03, 0.04, 0.004, 0.006, 5000);
        assertEquals(0.22, settled[0], 1e-9);
        assertEquals(0.26, settled[1], 1e-9);
        // kA kB = 0.0025 > aA aB = 0.0009: unstable, no equilibrium, and the bounded update runs to 1.
        assertTrue(!Equations.richardsonStable(0.05, 0.05, 0.03, 0.03));
        assertTrue(Double.isNaN(Equations.richardsonEquilibrium(0.05, 0.05, 0.03, 0.03, 0.004, 0.004)));
        double[] runaway = iterate(0.1, 0.1, 0.05, 0.05, 0.03, 0.03, 0.004, 0.004, 2000);
        assertEquals(1.0, runaway[0], 1e-12);
        assertEquals(1.0, runaway[1], 1e-12);
    }

    /** Both sides' coupled updates (E1, no violations, grievance 1 so {@code g} is the grievance term), day after day. */
    private static double[] iterate(double a, double b, double kA, double kB, double aA, double aB, double gA, double gB, int days) {
        for (int day = 0; day < days; day++) {
            double na = Equations.hostility(a, b, 0, 1, kA, 0, aA, gA);
            double nb = Equations.hostility(b, a, 0, 1, kB, 0, aB, gB);
            a = na;
            b = nb;
        }
        return new double[] {a, b};
    }

    @Test
    void holdFireOrdersAreObeyedByDisciplineAndFadeByEnforcement() {
        // freedom 0.4 under a full order, discipline 0.6: 0.4 (1 - 1 (0.5 + 0.3)) = 0.08
        assertEquals(0.08, Equations.underHoldFire(0.4, 1, 0.6), 1e-12);
        assertEquals(0.4, Equations.underHoldFire(0.4, 0, 0.6), 1e-12);
        // A day on: half-life 30 days, no pressure: 0.5^(1/30).
        assertEquals(Math.pow(0.5, 1 / 30.0), Equations.holdFireAfterDay(1, 30, 0.5, 0, 0), 1e-12);
        // Full pressure, erosion 0.5, no verification: x (1 - 0.5); verification 0.8: x (1 - 0.1).
        double fade = Math.pow(0.5, 1 / 30.0);
        assertEquals(fade * 0.5, Equations.holdFireAfterDay(1, 30, 0.5, 1, 0), 1e-12);
        assertEquals(fade * 0.9, Equations.holdFireAfterDay(1, 30, 0.5, 1, 0.8), 1e-12);
    }

    @Test
    void selfExcitationAddsToTheChanceOfFireUpToItsCapAndRestraintBrakesIt() {
        // (0.08 x 0.5 + 0.06) x (1 - 0.5) = 0.05
        assertEquals(0.05, Equations.fireProbability(0.08, 0.5, 0.5, 0.06, 0.5), 1e-12);
        // capped: (0.04 + 0.2) x 0.5
        assertEquals(0.12, Equations.fireProbability(0.08, 0.5, 0.5, 3.0, 0.2), 1e-12);
        // without excitation it is E5
        assertEquals(Equations.violationProbability(0.08, 0.5, 0.5), Equations.fireProbability(0.08, 0.5, 0.5, 0, 0.5), 1e-15);
        assertEquals(0.0, Equations.fireProbability(0.08, 0.5, 1.0, 0.3, 0.5));
    }

    @Test
    void presenceScalesWithDensityAndMonitoringWithEveryoneWhoWatches() {
        // 600 troops over 60 cells at a reference density of 10: 0.4 x (1 - e^-1)
        assertEquals(0.4 * (1 - Math.exp(-1)), Equations.presenceDeterrence(0.4, 600, 60, 10), 1e-12);
        // low density: nearly in proportion (6 troops: 0.4 x 0.01, less a hair)
        assertEquals(0.004, Equations.presenceDeterrence(0.4, 6, 60, 10), 1e-4);
        assertTrue(Equations.presenceDeterrence(0.4, 6000, 60, 10) > Equations.presenceDeterrence(0.4, 3000, 60, 10),
                "more troops always deter more");
        assertTrue(Equations.presenceDeterrence(0.4, 1e9, 60, 10) <= 0.4, "at most presence");
        assertEquals(0.0, Equations.presenceDeterrence(0.4, 0, 60, 10));
        assertEquals(1 - Math.exp(-0.75), Equations.monitoringCoverage(450, 60, 10), 1e-12);
        // blame risk: monitoring 0.25 x coverage 0.75 x attribution 0.8 = 0.15
        assertEquals(0.15, Equations.blameRisk(0.25, 0.75, 0.8), 1e-12);
    }

    @Test
    void bombardmentAndReplacementRates() {
        // 0.3 x (0.5 + 0.5 x 0.6) x (1 - 0.5) = 0.12
        assertEquals(0.12, Equations.bombardmentProbability(0.3, 0.6, 0.5), 1e-12);
        assertEquals(0.0, Equations.bombardmentProbability(0.3, 0.6, 1.0));
        assertEquals(1 / 60.0, Equations.replacementRate(60), 1e-15);
        assertEquals(0.0, Equations.replacementRate(0));
        assertEquals(1.5, Equations.extraViolations(2.5), 1e-15);
        assertEquals(0.0, Equations.extraViolations(1));
    }

    @Test
    void perceivedPressureSaturates() {
        assertEquals(0.0, Equations.perceivedPressure(0, 8));
        assertEquals(1 - Math.exp(-1), Equations.perceivedPressure(8, 8), 1e-12);
        assertTrue(Equations.perceivedPressure(1000, 8) < 1.0 + 1e-12);
    }

    @Test
    void escalationIndexWeighsHostilityAndIntensity() {
        // 0.5 * max(0.2, 0.6) + 0.5 * (1 - e^-1) = 0.3 + 0.316...
        assertEquals(0.3 + 0.5 * (1 - Math.exp(-1)), Equations.escalationIndex(0.2, 0.6, 12, 0.5, 12), 1e-12);
        assertEquals(0.6, Equations.escalationIndex(0.2, 0.6, 0, 1.0, 12), 1e-12);
    }

    @Test
    void escalationLevelsFollowTheThresholds() {
        EscalationSpec spec = new EscalationSpec(0.5, 12, 7, List.of(0.15, 0.3, 0.45, 0.6, 0.8), 7);
        assertEquals(EscalationLevel.CALM, spec.levelOf(0.0));
        assertEquals(EscalationLevel.CALM, spec.levelOf(0.1499));
        assertEquals(EscalationLevel.TENSION, spec.levelOf(0.15));
        assertEquals(EscalationLevel.INCIDENTS, spec.levelOf(0.44));
        assertEquals(EscalationLevel.SKIRMISHES, spec.levelOf(0.45));
        assertEquals(EscalationLevel.CLASHES, spec.levelOf(0.79));
        assertEquals(EscalationLevel.OPEN_WAR, spec.levelOf(0.8));
        assertEquals(EscalationLevel.OPEN_WAR, spec.levelOf(1.0));
    }

    @Test
    void restraintBrakesCombineWithoutEverReachingCertaintyAlone() {
        assertEquals(0.0, Equations.restraint(0, 0, 0, 0, 0));
        // discipline 0.8 with full commitment: 0.8; peacekeepers 0.5 * 0.6 = 0.3; 1 - 0.2*0.7 = 0.86
        assertEquals(0.86, Equations.restraint(0.8, 1.0, 0.5, 0.6, 0.0), 1e-12);
        assertEquals(0.4, Equations.restraint(0.8, 0.0, 0, 0, 0), 1e-12, "no commitment halves discipline's effect");
        assertTrue(Equations.restraint(1, 1, 1, 0.99, 0.5) < 1.0 + 1e-12);
    }

    @Test
    void violationProbabilityIsOpportunityTimesMotiveTimesFreedom() {
        double motive = Equations.motive(0.5, 0.4, 0.8, 0.5);
        assertEquals(0.6, motive, 1e-12);
        assertEquals(0.1 * 0.6 * (1 - 0.7), Equations.violationProbability(0.1, motive, 0.7), 1e-12);
        assertEquals(1.0, Equations.motive(1, 1, 1, 1), "bounded");
    }

    @Test
    void lanchesterAttritionScalesWithStrengthLethalityAndCover() {
        assertEquals(2.0, Equations.expectedCasualties(2.0, 1.0, 0.0), 1e-12);
        assertEquals(1.0, Equations.expectedCasualties(2.0, 0.5, 0.0), 1e-12, "half the firers, half the losses");
        assertEquals(1.0, Equations.expectedCasualties(2.0, 1.0, 0.5), 1e-12, "cover absorbs its share");
    }

    @Test
    void casualtyDrawsArePoissonWithTheExpectedMean() {
        // Fixed seed; 20,000 draws of Poisson(2.5): the sample mean's standard error is
        // sqrt(2.5 / 20000) = 0.011, so a tolerance of 0.05 is over four standard errors.
        ConflictModel m = new ConflictModel(ceasefire.TestFiles.load(ceasefire.TestFiles.tiny()));
        m.start();
        SummaryStatistics s = new SummaryStatistics();
        for (int i = 0; i < 20_000; i++) {
            s.addValue(m.drawCasualties(2.5, 1000));
        }
        assertEquals(2.5, s.getMean(), 0.05);
        assertEquals(2.5, s.getVariance(), 0.15, "Poisson: variance equals the mean");
        assertEquals(3, m.drawCasualties(1000, 3), "capped at the target's strength");
        assertEquals(0, m.drawCasualties(0, 100));
    }

    @Test
    void talksSucceedMoreOftenWithTrustAndLessWithHostility() {
        double base = Equations.talksSuccess(0.6, 0.7, 0.7, 0.3, 0.3);
        assertEquals(0.6 * 0.7 * (1 - 0.15), base, 1e-12);
        assertTrue(Equations.talksSuccess(0.6, 0.9, 0.9, 0.3, 0.3) > base);
        assertTrue(Equations.talksSuccess(0.6, 0.7, 0.7, 0.9, 0.3) < base);
        assertEquals(0.4 * (1 - 0.5 * 0.6), Equations.afterTalks(0.4, 0.5, 0.6), 1e-12);
    }

    @Test
    void complianceFollowsCredibilityDisciplineAndAmbition() {
        assertEquals(0.8 * 0.9 * 0.85, Equations.compliance(0.8, 0.8, 0.3, false), 1e-12);
        assertEquals(0.8 * 0.9 * 0.7, Equations.compliance(0.8, 0.8, 0.3, true), 1e-12, "units under orders comply less");
        assertEquals(0.0, Equations.compliance(0.0, 1, 0, false));
    }

    @Test
    void halfLife() {
        double f = Equations.halfLifeFactor(30);
        assertEquals(0.5, Math.pow(f, 30), 1e-12);
    }

    @Test
    void theProbabilitiesTheAgentsUse() {
        assertEquals(0.08 * 0.45 * 0.4 * 0.5 * 0.75, Equations.moveUpProbability(0.08, 0.45, 0.4, 0.25), 1e-15);
        assertEquals(0.6 * 0.7, Equations.retaliationOrderProbability(0.6, 0.4), 1e-15);
        assertEquals(0.58, Equations.accusationProbability(0.4), 1e-15);
        assertEquals(0.02, Equations.fabricationProbability(0.05, 0.4), 1e-15);
        assertEquals(0.3, Equations.rebukePressure(0, 0.3, 0.5), 1e-15);
        assertEquals(0.5, Equations.rebukePressure(0.3, 0.3, 0.5), 1e-15, "saturates at the cap");
        assertEquals(0.2, Equations.rebukePressure(0.1, 0.3, 0.2), 1e-15);
    }
}
