package ceasefire.model;

import ceasefire.agents.Equations;
import ceasefire.agents.Military;
import ceasefire.agents.PeacekeepingContingent;
import ceasefire.agents.Unit;
import ceasefire.events.Incident;
import ceasefire.rules.Act;
import ceasefire.rules.ActKind;
import ceasefire.rules.Judge;
import ceasefire.rules.MapView;
import ceasefire.rules.Verdict;
import ceasefire.scenario.Scenario;
import ceasefire.scenario.SideKey;
import ec.util.MersenneTwisterFast;
import java.util.List;
import org.apache.commons.math3.distribution.PoissonDistribution;

/**
 * Adjudication of the agents' acts: each is judged against the rules in force ({@link Judge});
 * one that breaks a rule becomes an incident, detected by the peacekeepers with their coverage's
 * probability, attributed (rightly with the contingent's accuracy), counted in the day's ledger,
 * reported, perceived by the other side and passed to observers. Fire also excites the cells
 * around it (E18). Randomness comes from the run's stream, in a fixed order.
 */
final class Adjudication {

    private final MapView mapView;
    private final Military[] militaries;
    private final PeacekeepingContingent contingent;
    private final Battlefield battlefield;
    private final Excitation excitation;
    private final DayLedger ledger;
    private final List<RunObserver> observers;
    private final MersenneTwisterFast random;
    private final RandomAdapter rng;

    Adjudication(MapView mapView, Military[] militaries, PeacekeepingContingent contingent, Battlefield battlefield,
                 Excitation excitation, DayLedger ledger, List<RunObserver> observers, MersenneTwisterFast random, RandomAdapter rng) {
        this.mapView = mapView;
        this.militaries = militaries;
        this.contingent = contingent;
        this.battlefield = battlefield;
        this.excitation = excitation;
        this.ledger = ledger;
        this.observers = observers;
        this.random = random;
        this.rng = rng;
    }

    /**
     * Judges an act of {@code actor} on {@code day} under the parameters {@code params}. The other
     * side perceives fire on it always, other acts when the peacekeepers detect them or its units
     * are within the perception radius. Returns the incident, or null when the act broke no rule
     * in force.
     */
    Incident commit(int day, Scenario params, Unit actor, ActKind kind, int fromX, int fromY, int x, int y, int casualties,
                    SideKey victim, boolean ordered) {
        SideKey side = actor.side();
        Act act = new Act(kind, side, actor.kind(), fromX, fromY, x, y);
        Verdict verdict = Judge.judge(act, params.rules(), mapView);
        Military other = militaries[side.other().index()];
        double casualtyWeight = params.dynamics().casualtyWeight() * casualties;
        if (!verdict.violation()) {
            if (victim != null) {
                other.perceive(casualtyWeight);
            }
            return null;
        }
        boolean fire = kind == ActKind.FIRE || kind == ActKind.DRONE_STRIKE;
        double p = contingent.detectionAt(x, y);
        if (fire) {
            p = Equations.either(p, contingent.detectionAt(fromX, fromY));
        }
        boolean detected = p > 0 && random.nextDouble() < p;
        SideKey attributed = null;
        if (detected) {
            attributed = side;
            // Who fired first, and from where, is what observers get wrong; a unit seen moving,
            // digging in or refusing a demand is identified. Nor is fire blamed on a side that
            // has no such weapon.
            if (fire && other.fields(actor.kind()) && random.nextDouble() >= contingent.attributionAccuracy()) {
                attributed = side.other();
            }
        }
        int violations = 1;
        if (kind == ActKind.FIRE) {
            // An exchange of fire is several violations as the sides count them.
            double extra = Equations.extraViolations(params.dynamics().violationsPerExchange());
            violations += extra > 0 ? new PoissonDistribution(rng, extra, PoissonDistribution.DEFAULT_EPSILON,
                    PoissonDistribution.DEFAULT_MAX_ITERATIONS).sample() : 0;
        }
        if (fire && params.dynamics().contagion() > 0) {
            // A firefight spreads to neighbouring positions, unless a hotline defuses it (E18).
            double stop = other.hotlineStop();
            if (stop <= 0 || random.nextDouble() >= stop) {
                excite(day, params, x, y);
                excite(day, params, fromX, fromY);
            }
        }
        Incident incident = new Incident(day, x, y, verdict.type(), verdict.primaryRule(), verdict.rules(), side,
                verdict.severity(), casualties, victim, detected, attributed, actor.id(), actor.kind(), ordered, violations);
        ledger.incident(incident);
        if (detected) {
            contingent.report(incident);
        }
        if (victim != null || detected || battlefield.enemyNear(side.other(), x, y, params.dynamics().perceptionRadius())) {
            other.perceive(incident, verdict.severity() + casualtyWeight);
        }
        for (RunObserver o : observers) {
            o.incident(incident);
        }
        return incident;
    }

    /** An exchange of fire excites the cells within contagion_radius steps of (x, y) (E18). */
    private void excite(int day, Scenario params, int x, int y) {
        var dyn = params.dynamics();
        excitation.excite(x, y, dyn.contagion(), dyn.contagionRadius(), day, dyn.contagionDays());
    }
}
