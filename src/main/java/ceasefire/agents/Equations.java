package ceasefire.agents;

/**
 * Every equation of the model, in one place, as pure functions. docs/MODEL.md derives each one
 * and says where it comes from; the names of the arguments match the scenario keys.
 *
 * <p>Conventions: shares and probabilities are in [0, 1]; one step is one day.</p>
 */
public final class Equations {

    /**
     * Provocation below which a unit out of the enemy's reach counts as calm again: its last hit
     * is forgotten and it goes back to the routine of a quiet sector. With the default
     * {@code dynamics.provocation_memory} of 0.5 that is seven days after a hit (0.5^7 = 0.008).
     * A cut-off of the fading provocation rather than a mechanism of its own; our assumption.
     */
    public static final double CALM_PROVOCATION = 0.01;

    /**
     * Share of a public rebuke's effect that the other, vindicated side feels the other way: it
     * gains this share of {@code dynamics.rebuke_trust_cost} in trust and loses this share of
     * {@code dynamics.rebuke_resentment} in hostility. Our assumption (half as strong as the
     * rebuke itself).
     */
    public static final double VINDICATION_SHARE = 0.5;

    private Equations() {
    }

    /**
     * Share of the posts' full garrison that {@code troops} can fill, in [0, 1]:
     * {@code min(1, troops / (posts x garrison))}, 0 with no posts. Troops staff the posts
     * before any patrol forms ({@link #patrols}); a post's detection and deterrence scale with
     * its staffing. Our assumption.
     */
    public static double postStaffing(int troops, int posts, int garrison) {
        if (posts == 0) {
            return 0;
        }
        return Math.min(1.0, Math.max(0, troops) / (double) (posts * garrison));
    }

    /**
     * Mobile patrols formed by the troops left after garrisoning every post fully:
     * {@code floor((troops - posts x garrison) / patrolSize)}, at least 0. Our assumption.
     */
    public static int patrols(int troops, int posts, int garrison, int patrolSize) {
        int left = troops - posts * garrison;
        return left <= 0 ? 0 : left / patrolSize;
    }

    /**
     * Richardson's coupled hostility update (Richardson 1960), discretised by day and bounded
     * to [0, 1] (E1): {@code H' = H + k H_other - a H + g G + r P}. {@code k} is this side's
     * reaction to the other side's hostility (the threat read from its posture, statements and
     * mobilisation), {@code a} its fatigue, {@code g G} its standing grievance, and
     * {@code r P} the added stimulus of the other side's perceived violations
     * ({@link #perceivedPressure}). Without the bounds and the stimulus the pair of sides is
     * stable when {@code aA aB > kA kB} ({@link #richardsonStable}).
     */
    public static double hostility(double h, double otherHostility, double pressure, double grievance,
                                   double threatReaction, double violationReaction, double fatigue, double grievanceRate) {
        return clamp01(h + threatReaction * otherHostility + violationReaction * pressure - fatigue * h
                + grievanceRate * grievance);
    }

    /**
     * Richardson's stability criterion for two coupled sides: hostilities settle to an
     * equilibrium when the product of the fatigue coefficients exceeds the product of the
     * reaction coefficients, {@code aA aB > kA kB}; otherwise they run away (here: to the
     * bound 1).
     */
    public static boolean richardsonStable(double threatReactionA, double threatReactionB, double fatigueA, double fatigueB) {
        return fatigueA * fatigueB > threatReactionA * threatReactionB;
    }

    /**
     * The stable equilibrium of the coupled system without incidents:
     * {@code HA* = (aB gA + kA gB) / (aA aB - kA kB)} with {@code g} the daily grievance terms
     * (grievance_rate times grievance); NaN when the system is unstable.
     */
    public static double richardsonEquilibrium(double threatReaction, double otherThreatReaction, double fatigue,
                                               double otherFatigue, double grievanceTerm, double otherGrievanceTerm) {
        double det = fatigue * otherFatigue - threatReaction * otherThreatReaction;
        return det <= 0 ? Double.NaN : (otherFatigue * grievanceTerm + threatReaction * otherGrievanceTerm) / det;
    }

    /**
     * What a standing hold-fire order leaves of a side's freedom to break the ceasefire on its
     * own initiative: units obey an order of strength {@code order} in [0, 1] according to
     * their discipline, {@code freedom (1 - order (0.5 + 0.5 discipline))}. Our assumption,
     * the same form as discipline in E3: even an undisciplined army obeys half of a firm order.
     */
    public static double underHoldFire(double freedom, double order, double discipline) {
        return freedom * (1 - clamp01(order) * (0.5 + 0.5 * clamp01(discipline)));
    }

    /**
     * A hold-fire order one day on (E17): it fades with its expected duration as half-life, and
     * the other side's perceived violations erode it as far as nothing verifies them:
     * {@code O' = O 0.5^(1/duration) (1 - erosion P (1 - verification))}. Our assumption:
     * verification lets a side trust that violations are seen and sanctioned rather than
     * answered (Fortna 2004, Peace Time, on the mechanisms that make ceasefires last).
     */
    public static double holdFireAfterDay(double order, double duration, double erosion, double pressure,
                                          double verification) {
        return order * halfLifeFactor(duration) * (1 - clamp01(erosion * pressure * (1 - clamp01(verification))));
    }

    /**
     * Fire with self-excitation (E5 with E18): a discrete Hawkes-type intensity (Mohler et al.
     * 2011, JASA 106:100; Lewis, Mohler, Brantingham and Bertozzi 2012), in which every exchange
     * of fire nearby adds to the chance of more, decaying over days:
     * {@code p = (opportunity M + min(cap, E)) (1 - R)}, where {@code E} is the excitation left
     * on the unit's cell by recent exchanges within {@code contagion_radius} (each adds
     * {@code contagion}, decaying as {@code exp(-t / contagion_days)}). Restraint brakes the
     * excited part too, so a hold-fire order also stops bursts.
     */
    public static double fireProbability(double opportunity, double motive, double restraint, double excitation, double cap) {
        return clamp01((opportunity * motive + Math.min(cap, Math.max(0, excitation))) * (1 - restraint));
    }

    /**
     * Deterrence by presence across a force's sector (E19), growing with the density of armed
     * troops there, in proportion to it while it is low and with diminishing returns:
     * {@code presence (1 - exp(-troops / (cells density_ref)))}. The direction (more troops,
     * fewer battle deaths, and more still with more troops) is Hultman, Kathman and Shannon's
     * (2014, APSR 108:737); the saturating form is ours.
     */
    public static double presenceDeterrence(double presence, double troops, double sectorCells, double referenceDensity) {
        if (troops <= 0 || sectorCells <= 0) {
            return 0;
        }
        return clamp01(presence * (1 - Math.exp(-troops / (sectorCells * referenceDensity))));
    }

    /**
     * Monitoring coverage of a sector in [0, 1] (E20): how likely a violation there is seen by
     * someone, from everyone who watches (armed troops and unarmed observers), with the same
     * saturating form: {@code 1 - exp(-monitors / (cells density_ref))}. Our assumption.
     */
    public static double monitoringCoverage(double monitors, double sectorCells, double referenceDensity) {
        if (monitors <= 0 || sectorCells <= 0) {
            return 0;
        }
        return 1 - Math.exp(-monitors / (sectorCells * referenceDensity));
    }

    /**
     * The brake the risk of being detected, attributed and publicly blamed puts on fire (E21),
     * wherever it comes from: {@code monitoring coverage attribution_accuracy}, felt as far as
     * the side is sensitive to peacekeepers. Fortna (2008) for monitoring's role; the form is ours.
     */
    public static double blameRisk(double monitoring, double coverage, double attributionAccuracy) {
        return clamp01(monitoring * coverage * attributionAccuracy);
    }

    /**
     * Expected violations in one exchange of fire as the sides count them: {@code 1 + Poisson(v - 1)}
     * has mean {@code v}; this is the Poisson part's mean.
     */
    public static double extraViolations(double violationsPerExchange) {
        return Math.max(0, violationsPerExchange - 1);
    }

    /**
     * Chance that a command whose units suffered casualties orders a bombardment of the firing
     * position (E22): {@code bombardment (0.5 + 0.5 H) (1 - O)}, less under a hold-fire order
     * {@code O}. Our assumption.
     */
    public static double bombardmentProbability(double bombardment, double hostility, double holdFire) {
        return clamp01(bombardment * (0.5 + 0.5 * hostility) * (1 - clamp01(holdFire)));
    }

    /** Daily chance that a lost unit is replaced (or share of lost personnel made good): {@code 1 / days}, 0 for never. */
    public static double replacementRate(int replacementDays) {
        return replacementDays <= 0 ? 0 : Math.min(1, 1.0 / replacementDays);
    }

    /**
     * How hard the other side's acts of the day weigh: {@code 1 - exp(-S / scale)} for a
     * perceived severity {@code S} (rule weights plus {@code casualty_weight} per casualty).
     * Saturating, so one massacre does not count as a hundred incidents.
     */
    public static double perceivedPressure(double severity, double scale) {
        return severity <= 0 ? 0 : 1 - Math.exp(-severity / scale);
    }

    /**
     * Exponential smoothing of daily severity with a time constant of {@code memoryDays}:
     * {@code S' = S + (today - S) min(1, 1 / memoryDays)} (below one day, no smoothing).
     */
    public static double smooth(double smoothed, double today, double memoryDays) {
        double alpha = Math.min(1.0, 1.0 / memoryDays);
        return smoothed + alpha * (today - smoothed);
    }

    /**
     * Escalation index in [0, 1]: a weighted mean of the higher side's hostility and the
     * intensity of recent incidents, {@code E = w max(HA, HB) + (1 - w)(1 - exp(-S / scale))},
     * where {@code S} is the smoothed daily severity. Our own construction.
     */
    public static double escalationIndex(double hostilityA, double hostilityB, double smoothedSeverity,
                                         double hostilityWeight, double intensityScale) {
        double intensity = smoothedSeverity <= 0 ? 0 : 1 - Math.exp(-smoothedSeverity / intensityScale);
        return clamp01(hostilityWeight * Math.max(hostilityA, hostilityB) + (1 - hostilityWeight) * intensity);
    }

    /**
     * A unit's restraint in [0, 1], after Epstein's civil-violence model (Epstein 2002, PNAS
     * 99:7243), where an agent acts when grievance outweighs perceived risk. Three independent
     * brakes: discipline (strengthened by the side's renewed commitment), the deterrence of
     * nearby peacekeepers as far as the side is sensitive to it, and pressure after a public
     * rebuke. Each removes a share of what the others leave, so no one brake alone makes a unit
     * perfectly obedient:
     * {@code R = 1 - (1 - discipline (0.5 + 0.5 C)) (1 - sensitivity D) (1 - pressure)}.
     */
    public static double restraint(double discipline, double commitment, double sensitivity, double deterrence,
                                   double pressure) {
        return restraint(freedom(discipline, commitment, pressure), sensitivity, deterrence);
    }

    /**
     * The part of {@link #restraint} that is the same for every unit of a side on a day (what
     * discipline, commitment and rebuke pressure leave free): computed once a day by the command.
     */
    public static double freedom(double discipline, double commitment, double pressure) {
        return (1 - clamp01(discipline * (0.5 + 0.5 * commitment))) * (1 - clamp01(pressure));
    }

    /** {@link #restraint} from the side's {@link #freedom} and the peacekeepers' deterrence on a cell. */
    public static double restraint(double freedom, double sensitivity, double deterrence) {
        return clamp01(1 - freedom * (1 - clamp01(sensitivity * deterrence)));
    }

    /**
     * A unit's motive to break the ceasefire in [0, 1]: its side's hostility as far as doctrine
     * is aggressive, plus tit-for-tat retaliation for recent hits:
     * {@code M = min(1, aggressiveness H + retaliation provocation)}.
     */
    public static double motive(double aggressiveness, double hostility, double retaliation, double provocation) {
        return clamp01(aggressiveness * hostility + retaliation * provocation);
    }

    /**
     * Chance per day that a unit within reach of the enemy opens fire (or strikes):
     * {@code p = opportunity M (1 - R)}.
     */
    public static double violationProbability(double opportunity, double motive, double restraint) {
        return fireProbability(opportunity, motive, restraint, 0, 0);
    }

    /**
     * Chance per day that a unit near the line probes forward to take ground:
     * {@code q = opportunity ambition H (1 - R)}.
     */
    public static double advanceProbability(double opportunity, double ambition, double hostility, double restraint) {
        return opportunity * ambition * hostility * (1 - restraint);
    }

    /**
     * Chance per day that artillery on its own ground moves one step nearer the line (E7):
     * {@code opportunity aggressiveness H 0.5 (1 - R)}.
     */
    public static double moveUpProbability(double opportunity, double aggressiveness, double hostility, double restraint) {
        return opportunity * aggressiveness * hostility * 0.5 * (1 - restraint);
    }

    /**
     * Chance that a command whose units were hit the day before orders retaliation (section 3.2):
     * {@code retaliation (0.5 + 0.5 H)}.
     */
    public static double retaliationOrderProbability(double retaliation, double hostility) {
        return retaliation * (0.5 + 0.5 * hostility);
    }

    /** Chance that a side accuses the other of the gravest violation it perceived today: {@code 0.3 + 0.7 H}. */
    public static double accusationProbability(double hostility) {
        return 0.3 + 0.7 * hostility;
    }

    /** Chance of an unfounded accusation on a day a side perceived no violation: {@code propaganda H}. */
    public static double fabricationProbability(double propaganda, double hostility) {
        return propaganda * hostility;
    }

    /**
     * Expected casualties of one day's aimed fire, Lanchester's square law in its stochastic
     * per-engagement form (Lanchester 1916; Washburn and Kress 2009, Combat Modeling, ch. 3):
     * losses grow linearly with the firer's strength and the weapon's lethality, and the target
     * cell's cover absorbs a share: {@code lambda = lethality (strength / reference) (1 - cover)}.
     * Casualties are then drawn from Poisson(lambda) and capped at the target's strength.
     */
    public static double expectedCasualties(double lethality, double strengthShare, double cover) {
        return Math.max(0, lethality * strengthShare * (1 - cover));
    }

    /** Independent chances combined: {@code 1 - (1 - p)(1 - q)}. */
    public static double either(double p, double q) {
        return 1 - (1 - p) * (1 - q);
    }

    /**
     * Chance that a unit told to withdraw complies: the contingent's credibility, the unit's
     * discipline, less the side's ambition (twice as much when the unit was ordered there):
     * {@code c = credibility (0.5 + 0.5 discipline)(1 - ambition f)}, {@code f = 1} under
     * orders or dug in ({@code ordered}), else {@code 0.5}. Our own assumption, after the peacekeeping literature's finding
     * that compliance tracks the credibility of the force (Fortna 2008, Does Peacekeeping Work?).
     */
    public static double compliance(double credibility, double discipline, double ambition, boolean ordered) {
        return clamp01(credibility * (0.5 + 0.5 * discipline) * (1 - ambition * (ordered ? 1.0 : 0.5)));
    }

    /**
     * Chance that talks succeed: the mediator's effectiveness, times the sides' mean trust in
     * it, less the hotter side's hostility:
     * {@code s = effectiveness (TA + TB) / 2 (1 - 0.5 max(HA, HB))}. Our own assumption, in the
     * spirit of Beardsley (2011, The Mediation Dilemma): leverage and acceptability both matter.
     */
    public static double talksSuccess(double effectiveness, double trustA, double trustB, double hostilityA,
                                      double hostilityB) {
        return clamp01(effectiveness * 0.5 * (trustA + trustB) * (1 - 0.5 * Math.max(hostilityA, hostilityB)));
    }

    /** Hostility after successful talks: {@code H (1 - relief effectiveness)}. */
    public static double afterTalks(double hostility, double relief, double effectiveness) {
        return clamp01(hostility * (1 - relief * effectiveness));
    }

    /**
     * Rebuke pressure after a public rebuke (E15): {@code P' = min(cap, P + rebukePressure)}.
     * The cap keeps one brake from switching a side off: weekly rebukes fading with a 45-day
     * half-life would otherwise pile up to 0.985 within a month.
     */
    public static double rebukePressure(double pressure, double rebukePressure, double cap) {
        return Math.min(clamp01(cap), clamp01(pressure + rebukePressure));
    }

    /** Daily decay factor for a quantity with the given half-life in days. */
    public static double halfLifeFactor(double halfLifeDays) {
        return Math.pow(0.5, 1.0 / halfLifeDays);
    }

    public static double clamp01(double v) {
        return v < 0 ? 0 : (v > 1 ? 1 : v);
    }
}
