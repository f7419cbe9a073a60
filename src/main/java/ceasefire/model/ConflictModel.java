package ceasefire.model;

import ceasefire.agents.Mediator;
import ceasefire.agents.Military;
import ceasefire.agents.Theatre;
import ceasefire.agents.PeacekeepingContingent;
import ceasefire.agents.Unit;
import ceasefire.events.Incident;
import ceasefire.events.NarrativeEntry;
import ceasefire.events.NarrativeEvent;
import ceasefire.events.NarrativeKind;
import ceasefire.rules.ActKind;
import ceasefire.rules.MapView;
import ceasefire.scenario.Cell;
import ceasefire.scenario.EscalationLevel;
import ceasefire.scenario.Geography;
import ceasefire.scenario.Scenario;
import ceasefire.scenario.ScenarioDiff;
import ceasefire.scenario.SideKey;
import ceasefire.scenario.SideSpec;
import ceasefire.scenario.UnitGroupSpec;
import ceasefire.scenario.UnitKind;
import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.commons.math3.distribution.PoissonDistribution;
import sim.engine.Schedule;
import sim.engine.SimState;
import sim.engine.Steppable;
import sim.engine.Stoppable;
import sim.field.grid.DenseGrid2D;
import sim.field.grid.SparseGrid2D;

/**
 * The simulation: two militaries, a peacekeeping contingent and a mediator on a grid map under a
 * ceasefire rule set. One step is one day. The model never knows whether a GUI is watching;
 * observers ({@link RunObserver}) receive incidents, narrative and daily records as they happen.
 *
 * <p>Each day runs in a fixed order (MASON orderings at the same time step):</p>
 * <ol start="0">
 *   <li>timeline events of the day;</li>
 *   <li>peacekeepers' morning: patrols move, coverage is rebuilt;</li>
 *   <li>forces: each command orders retaliation and strikes, then its units act; the side that
 *       moves first is drawn each day so neither has a standing first-mover advantage;</li>
 *   <li>peacekeepers' evening: withdrawal demands, reports to the mediator;</li>
 *   <li>statements: accusations, denials, withdrawals and refusals announced;</li>
 *   <li>mediator: rebukes and talks;</li>
 *   <li>dynamics: hostility (Richardson), escalation index and level, collapse, the day's record.</li>
 * </ol>
 *
 * <p>The model keeps the schedule and hands the other jobs to small classes that never call
 * back into it: where units stand ({@link Battlefield}) and what the ground allows
 * ({@link Ground}), judging acts into incidents ({@link Adjudication}), the day's tallies and the
 * run's totals ({@link DayLedger}), the timeline's events ({@link Timeline}) and the escalation
 * index, its level and collapse ({@link Escalation}). The
 * agents see the model only through the interfaces they own ({@link Theatre} and its parts), which
 * it implements by delegating to those classes.</p>
 *
 * <p>All randomness comes from {@link #random}, seeded with the run's seed at every
 * {@link #start()}: same scenario and seed, same run.</p>
 */
public class ConflictModel extends SimState implements Theatre {

    private static final long serialVersionUID = 1L;

    private Scenario scenario;
    private Scenario params;
    private Geography geography;
    private MapView mapView;
    private long runSeed;
    private int daysToRun;
    private final List<RunObserver> observers = new ArrayList<>();

    private transient RandomAdapter rng;
    private Battlefield battlefield;
    private SparseGrid2D peacekeeperField;
    /** Per-cell layers of the parameters in force (rebuilt when they change). */
    private Ground ground;
    /** Self-excitation of the cells by recent exchanges of fire (E18). */
    private Excitation excitation;
    private Military[] militaries;
    private PeacekeepingContingent contingent;
    private Mediator mediator;
    private DayLedger ledger;
    private Adjudication adjudication;
    private Timeline timeline;
    private final List<Stoppable> repeating = new ArrayList<>();

    private int day;
    private int nextUnitId;
    private Escalation escalation = new Escalation();
    private boolean finished;
    private NarrativeEntry headline;
    private RunSummary summary;

    /** A run of the scenario with its own seed and length. */
    public ConflictModel(Scenario scenario) {
        this(scenario, scenario.run().seed());
    }

    /** A run of the scenario with another seed. */
    public ConflictModel(Scenario scenario, long seed) {
        super(seed);
        this.scenario = Objects.requireNonNull(scenario, "scenario");
        this.params = scenario;
        this.geography = scenario.geography();
        this.mapView = MapView.of(geography);
        this.runSeed = seed;
        this.daysToRun = scenario.run().days();
    }

    /** Also records the seed to start from, so that restarting repeats the run exactly. */
    @Override
    public void setSeed(long seed) {
        super.setSeed(seed);
        runSeed = seed;
    }

    /**
     * Replaces the scenario between runs (the GUI opening another file, or parameters changed
     * before start); it takes effect at the next {@link #start()}. The run length follows it.
     */
    public void setScenario(Scenario next) {
        this.scenario = Objects.requireNonNull(next, "next");
        this.params = next;
        this.geography = next.geography();
        this.mapView = MapView.of(geography);
        this.daysToRun = next.run().days();
    }

    /** The seed the next {@link #start()} will use. */
    public long runSeed() {
        return runSeed;
    }

    /** Days to run (at most; the run may stop early on collapse). */
    public void setDaysToRun(int days) {
        if (days < 1) {
            throw new IllegalArgumentException("days must be >= 1, was " + days);
        }
        daysToRun = days;
    }

    public void addObserver(RunObserver observer) {
        observers.add(Objects.requireNonNull(observer, "observer"));
    }

    public void removeObserver(RunObserver observer) {
        observers.remove(observer);
    }

    // ---------------------------------------------------------------- start

    /**
     * Runs the whole scenario without a GUI: start, step day by day until the run finishes
     * (its last day, or collapse when the scenario stops there), finish. Returns the summary.
     */
    public RunSummary run() {
        start();
        while (!finished && schedule.step(this)) {
            // each step is one day; observers see it as it happens
        }
        RunSummary result = summarySoFar();
        finish();
        return result;
    }

    @Override
    public void start() {
        super.setSeed(runSeed);
        super.start();
        rng = new RandomAdapter(random);
        params = scenario;
        day = 0;
        nextUnitId = 0;
        finished = false;
        headline = null;
        summary = null;
        ledger = new DayLedger();

        battlefield = new Battlefield(geography);
        peacekeeperField = new SparseGrid2D(geography.width(), geography.height());
        ground = new Ground(geography, mapView, params);
        excitation = new Excitation(geography);

        militaries = new Military[2];
        for (SideKey side : SideKey.values()) {
            Military mil = new Military(params.side(side), params.mediator().impartiality());
            militaries[side.index()] = mil;
        }
        for (SideKey side : SideKey.values()) {
            for (UnitGroupSpec g : params.side(side).units()) {
                militaries[side.index()].deploy(this, g);
            }
        }
        contingent = new PeacekeepingContingent(this, params.peacekeepers(), peacekeeperField);
        mediator = new Mediator(params.mediator());
        adjudication = new Adjudication(mapView, militaries, contingent, battlefield, excitation, ledger, observers, random, rng);
        timeline = new Timeline(scenario.timeline(), this, militaries, contingent, mediator, this::changeParameters);
        escalation = new Escalation(militaries[0].hostility(), militaries[1].hostility(), params.escalation());

        repeating.clear();
        repeating.add(schedule.scheduleRepeating(Schedule.EPOCH, 0, (Steppable) s -> morning(), 1.0));
        repeating.add(schedule.scheduleRepeating(Schedule.EPOCH, 1, (Steppable) s -> contingent.beginDay(this), 1.0));
        repeating.add(schedule.scheduleRepeating(Schedule.EPOCH, 2, (Steppable) s -> forces(), 1.0));
        repeating.add(schedule.scheduleRepeating(Schedule.EPOCH, 3,
                (Steppable) s -> contingent.endDay(this, militaries[0], militaries[1], mediator), 1.0));
        repeating.add(schedule.scheduleRepeating(Schedule.EPOCH, 4, (Steppable) s -> statements(), 1.0));
        repeating.add(schedule.scheduleRepeating(Schedule.EPOCH, 5, (Steppable) s -> mediator.step(this), 1.0));
        repeating.add(schedule.scheduleRepeating(Schedule.EPOCH, 6, (Steppable) s -> endOfDay(), 1.0));
    }

    private void forces() {
        militaries[0].startDay(day);
        militaries[1].startDay(day);
        int first = random.nextBoolean() ? 0 : 1;
        for (int k = 0; k < 2; k++) {
            Military m = militaries[(first + k) & 1];
            m.beginDay(this);
        }
        for (int k = 0; k < 2; k++) {
            militaries[(first + k) & 1].step(this);
        }
    }

    private void statements() {
        int first = random.nextBoolean() ? 0 : 1;
        for (int k = 0; k < 2; k++) {
            Military m = militaries[(first + k) & 1];
            m.speak(this, militaries[(first + k + 1) & 1]);
        }
    }

    private void endOfDay() {
        // Richardson's coupling: each side answers the other's hostility as it stood before
        // either side's update, so neither moves first.
        double hA = militaries[0].hostility();
        double hB = militaries[1].hostility();
        militaries[0].updateHostility(this, hB);
        militaries[1].updateHostility(this, hA);
        var esc = params.escalation();
        double todayWeight = ledger.weight(params.dynamics().casualtyWeight());
        EscalationLevel before = escalation.level();
        boolean collapsed = escalation.collapseDay() >= 0;
        escalation.endOfDay(day, militaries[0].hostility(), militaries[1].hostility(), todayWeight, esc);
        if (escalation.level() != before) {
            narrate(new NarrativeEvent.LevelChange(before, escalation.level(), escalation.index(), esc));
        }
        if (!collapsed && escalation.collapseDay() >= 0) {
            narrate(new NarrativeEvent.Collapse(escalation.daysAtOpenWar()));
        }
        ledger.day(escalation.index(), escalation.level(), escalation.openWar());

        DayRecord record = ledger.record(day, militaries[0], militaries[1], escalation.index(), escalation.level(), contingent, mediator);
        for (RunObserver o : observers) {
            o.day(record);
        }
        for (Military m : militaries) {
            m.endDay();
        }
        ledger.reset();
        day++;
        if (day >= daysToRun || (escalation.collapseDay() >= 0 && params.run().stopOnCollapse())) {
            finishRun();
        }
    }

    private void finishRun() {
        if (finished) {
            return;
        }
        finished = true;
        summary = ledger.summary(daysToRun, escalation.index(), militaries[0].hostility(), militaries[1].hostility(),
                escalation.collapseDay());
        for (Stoppable s : repeating) {
            s.stop();
        }
    }

    // ---------------------------------------------------------------- timeline

    /** The morning: the terms talks would agree on today, then the timeline's events of the day. */
    private void morning() {
        // What would enforce an agreement reached at talks today: the mediator's terms and what
        // the peacekeepers can verify.
        var med = params.mediator();
        for (Military m : militaries) {
            m.talksTerms(med.holdDays(), med.hotline(), contingent.monitoringCoverage());
        }
        timeline.run(day);
    }

    /**
     * Switches to new parameters mid-run from outside the model (the GUI's Model tab):
     * {@code changed} names the paths set, by their YAML text.
     */
    public void changeParameters(Scenario next, Map<String, String> changed) {
        changeParameters(new ScenarioDiff(params, next, changed.keySet(), ScenarioDiff.Origin.OUTSIDE));
    }

    /**
     * Switches to new parameters mid-run (timeline {@code set:}/{@code scale:}, or the GUI).
     * Starting-state values (hostility, commitment, munitions, troops) are reset only when the
     * change sets them; everything else simply takes effect (see each parameter's
     * {@code ParameterSpec.onChange}). Observers hear of it through
     * {@link RunObserver#parametersChanged}.
     */
    private void changeParameters(ScenarioDiff diff) {
        Scenario next = diff.after();
        for (SideKey side : SideKey.values()) {
            String p = "sides." + side + ".";
            List<UnitKind> stocks = new ArrayList<>();
            for (UnitKind k : UnitKind.values()) {
                String weapon = switch (k) {
                    case INFANTRY -> "small_arms";
                    case ARTILLERY -> "artillery";
                    case DRONE_TEAM -> "drones";
                };
                if (diff.assigned(p + "weapons." + weapon + ".stock")) {
                    stocks.add(k);
                }
            }
            SideSpec spec = next.side(side);
            militaries[side.index()].reconfigure(spec, diff.assigned(p + "hostility"), diff.assigned(p + "commitment"), stocks);
        }
        contingent.reconfigure(this, next.peacekeepers(), diff.assigned("peacekeepers.troops"));
        double impartialityShift = next.mediator().impartiality() - params.mediator().impartiality();
        if (impartialityShift != 0) {
            // Trust starts at impartiality; a change in impartiality moves both sides' trust with it.
            militaries[0].shiftTrust(impartialityShift);
            militaries[1].shiftTrust(impartialityShift);
        }
        mediator.reconfigure(next.mediator());
        params = next;
        ground = new Ground(geography, mapView, params);
        for (RunObserver o : List.copyOf(observers)) {
            o.parametersChanged(diff);
        }
    }

    // ---------------------------------------------------------------- services for agents

    /** The parameters in force today (they change when the timeline says so). */
    public Scenario parameters() {
        return params;
    }

    /** The scenario as loaded (its timeline included). */
    public Scenario scenario() {
        return scenario;
    }

    public Geography geography() {
        return geography;
    }

    /** The run's random stream (MASON's {@link #random}), for the agents. */
    @Override
    public MersenneTwisterFast random() {
        return random;
    }

    /** The current day (0-based). */
    public int day() {
        return day;
    }

    public int nextUnitId() {
        return nextUnitId++;
    }

    public Military military(SideKey side) {
        return militaries[side.index()];
    }

    public PeacekeepingContingent peacekeepers() {
        return contingent;
    }

    public Mediator mediator() {
        return mediator;
    }

    /** Escalation index at the end of the previous day, in [0, 1]. */
    public double escalation() {
        return escalation.index();
    }

    public EscalationLevel level() {
        return escalation.level();
    }

    /** Day the ceasefire collapsed, or -1. */
    public int collapseDay() {
        return escalation.collapseDay();
    }

    public boolean finished() {
        return finished;
    }

    /** The latest narrative entry worth a headline (events, orders, rebukes, talks, collapse). */
    public NarrativeEntry headline() {
        return headline;
    }

    /** The run's summary once it has finished, else null. */
    public RunSummary summary() {
        return summary;
    }

    /** Summary so far (for runs cut short, e.g. by closing the GUI). */
    public RunSummary summarySoFar() {
        return summary != null ? summary
                : ledger.summary(daysToRun, escalation.index(), militaries[0].hostility(), militaries[1].hostility(),
                        escalation.collapseDay());
    }

    /** MASON field holding the units (for portrayals and inspection). */
    public DenseGrid2D unitField() {
        return battlefield == null ? null : battlefield.unitField();
    }

    /** MASON field holding the peacekeepers' posts and patrols. */
    public SparseGrid2D peacekeeperField() {
        return peacekeeperField;
    }

    public double deterrenceAt(int x, int y) {
        return contingent.deterrenceAt(x, y);
    }

    /** Self-excitation left on a cell by recent exchanges of fire nearby (E18), decayed to today. */
    public double excitationAt(int x, int y) {
        return excitation.at(x, y, day, params.dynamics().contagionDays());
    }

    /** Adds a new unit to the map. */
    public void place(Unit u) {
        battlefield.place(u);
    }

    /** Takes a unit off the map (destroyed or withdrawn from theatre). */
    public void unplace(Unit u) {
        battlefield.unplace(u);
    }

    /** Keeps the map in step after a unit moved from (ox, oy) to its current cell. */
    public void relocate(Unit u, int ox, int oy) {
        battlefield.relocate(u, ox, oy);
    }

    /**
     * Whether a unit of {@code side} may step onto the cell today: passable ground, the
     * terrain's mobility roll, and no interposing peacekeepers in the way.
     */
    public boolean canEnter(SideKey side, int x, int y, MersenneTwisterFast rand) {
        if (!geography.contains(x, y) || !geography.passable(x, y)) {
            return false;
        }
        if (contingent.blocks(side, x, y)) {
            return false;
        }
        return mobilityRoll(x, y, rand);
    }

    /**
     * A cheap, conservative pre-check: could this move (the unit already stands on its
     * destination) break a rule in force? Derived from the rules; moves it clears are not judged.
     */
    public boolean moveMayBreakRules(Unit u) {
        return ground.moveMayBreakRules(u);
    }

    /**
     * For a routine patrol: the cell's distance to the line if it is passable ground of the
     * side, outside every zone the entry rule closes; -1 (or off the map) otherwise.
     */
    public int rearDepth(SideKey side, int x, int y) {
        return ground.rearDepth(side, x, y);
    }

    /** The terrain's mobility roll for stepping onto a cell (always passed on open ground). */
    public boolean mobilityRoll(int x, int y, MersenneTwisterFast rand) {
        return ground.mobilityRoll(x, y, rand);
    }

    /** Whether units of the side opposing {@code side} stand on the cell. */
    public boolean occupiedByEnemy(SideKey side, int x, int y) {
        return battlefield.occupiedByEnemy(side, x, y);
    }

    /**
     * A unit of {@code enemy} within {@code range} (Euclidean) of (x, y): among the cells with
     * enemy units, one of the nearest, chosen at random; then a random unit there.
     */
    public Unit findTarget(SideKey enemy, int x, int y, int range) {
        return battlefield.findTarget(enemy, x, y, range, random);
    }

    /**
     * For an ordered strike: the enemy unit in {@code cells} (or, failing that, anywhere)
     * nearest the first target cell, if one is within {@code range} of the shooter at (x, y).
     */
    public Unit nearestEnemyTo(SideKey enemy, List<Cell> cells, int x, int y, int range) {
        return battlefield.nearestEnemyTo(enemy, cells, x, y, range, random);
    }

    /** Casualties of one engagement: Poisson(lambda) capped at the target's strength. */
    public int drawCasualties(double lambda, int targetStrength) {
        if (lambda <= 0 || targetStrength <= 0) {
            return 0;
        }
        int n = new PoissonDistribution(rng, lambda, PoissonDistribution.DEFAULT_EPSILON, PoissonDistribution.DEFAULT_MAX_ITERATIONS).sample();
        return Math.min(n, targetStrength);
    }

    /** Casualties suffered by a side (for the day's record and totals). */
    public void casualties(SideKey side, int n) {
        ledger.casualties(side, n);
    }

    /**
     * Judges an act; if it breaks a rule in force it becomes an incident: detected by the
     * peacekeepers with the coverage's probability, attributed (rightly with the contingent's
     * accuracy), counted, reported and passed to observers. The other side perceives fire on it
     * always, other acts when the peacekeepers detect them or its units are within
     * {@code dynamics.perception_radius} cells.
     * Returns the incident, or null when the act broke no rule in force.
     */
    @Override
    public Incident commit(Unit actor, ActKind kind, int fromX, int fromY, int x, int y, int casualties, SideKey victim,
                           boolean ordered) {
        return adjudication.commit(day, params, actor, kind, fromX, fromY, x, y, casualties, victim, ordered);
    }

    /** Adds a narrative entry, dated today, and passes it to observers. */
    public void narrate(NarrativeEvent event) {
        NarrativeEntry e = new NarrativeEntry(day, event);
        NarrativeKind kind = event.kind();
        ledger.narrative(kind);
        switch (kind) {
            case EVENT, RECOMMITMENT, ORDER, REBUKE, TALKS, TALKS_FAILED, COLLAPSE, REFUSAL, WITHDRAWAL_DEMAND -> headline = e;
            default -> {
                // not headline material
            }
        }
        for (RunObserver o : observers) {
            o.narrative(e);
        }
    }

    @Override
    public void countTalks(boolean success) {
        ledger.talks(success);
    }

    @Override
    public void countDemands(int n) {
        ledger.demands(n);
    }

    @Override
    public void countWithdrawals(int withdrawals, int refusals) {
        ledger.withdrawals(withdrawals, refusals);
    }

    /** Units of both sides (live), A first: for displays and tests. */
    public List<Unit> units() {
        List<Unit> all = new ArrayList<>(militaries[0].units());
        all.addAll(militaries[1].units());
        return Collections.unmodifiableList(all);
    }
}
