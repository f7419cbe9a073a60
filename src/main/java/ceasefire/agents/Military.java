package ceasefire.agents;

import ceasefire.events.Incident;
import ceasefire.events.NarrativeEvent;
import ceasefire.scenario.Cell;
import ceasefire.scenario.Geography;
import ceasefire.scenario.SideKey;
import ceasefire.scenario.SideSpec;
import ceasefire.scenario.UnitGroupSpec;
import ceasefire.scenario.UnitKind;
import ceasefire.scenario.WeaponSpec;
import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A military's command: it holds the side's hostility, commitment and munitions, orders
 * retaliation after its units are hit, carries out the timeline's orders, steps its units
 * every day in one flat loop (no per-unit scheduling), and speaks for the side: it accuses the
 * other side, and denies (or, rarely, acknowledges) its own violations.
 */
public final class Military {

    private final SideKey side;
    private SideSpec spec;
    private final List<Unit> units = new ArrayList<>();
    /*
     * Hot state of each unit, by its slot (its place in `units`): a structure of arrays, so that
     * the daily loop over quiet units reads a few bytes per unit from flat arrays and never
     * touches the Unit objects, wherever the garbage collector has put them. Unit's setters keep
     * these in step with its own fields.
     */
    private static final byte ALIVE = 1;
    private static final byte FORWARD = 2;
    private static final byte BUSY = 4;
    private static final byte NOT_HOLDING = 8;
    private byte[] hotFlags = new byte[16];
    private byte[] hotKind = new byte[16];
    private int[] hotLine = new int[16];
    private double[] hotProvocation = new double[16];
    /** Per kind: a unit farther from the line than this is out of the enemy's reach. */
    private final int[] quietBeyond = new int[UnitKind.values().length];
    /** Live units forward of the line, kept up to date so nobody scans every unit for them. */
    private final List<Unit> forwardUnits = new ArrayList<>();
    private int live;
    private final int[] liveByKind = new int[UnitKind.values().length];
    private long personnel;
    private int removed;
    private double hostility;
    private double commitment;
    private double pressure;
    private double trust;
    /** Runtime shift of the standing grievance by shocks from outside (timeline {@code shock:}). */
    private double grievanceShift;
    /** Strength in [0, 1] of the standing hold-fire order (after a recommitment or successful talks). */
    private double holdFire;
    private double holdDuration = 1;
    private double holdVerification;
    private double holdHotline;
    /** Terms of a hold-fire order agreed at talks today: its duration, hotline and verification. */
    private double talksHoldDays = 30;
    private double talksHotline;
    private double talksVerification;
    /** Bombardments ordered after a provocation, waiting for their day. */
    private final List<Bombardment> bombardments = new ArrayList<>();
    /** Destroyed units waiting for a replacement (their groups), and units short of personnel. */
    private final List<UnitGroupSpec> replacements = new ArrayList<>();
    private final List<Unit> depleted = new ArrayList<>();
    private final int[] stock = new int[UnitKind.values().length];
    private final List<PendingStrike> strikes = new ArrayList<>();
    /** Incidents this side acknowledged in the mediator's look-back window (so it does not deny them when rebuked). */
    private final List<Incident> acknowledged = new ArrayList<>();
    private Tally tally = new Tally();
    private Tally yesterday = new Tally();

    // Per-day constants of the unit decision, computed once in beginDay(); units read them.
    private double provocationMemory;
    private double patrolRate;
    private double droneProvocation;
    private int today;
    private double aggressiveness;
    /** Hostility as it stood when the day began (the units' decisions use this). */
    private double hostilityToday;
    private double freedomBase;
    private double sensitivity;
    private double retaliation;
    private double opportunity;
    private double ambition;
    private double discipline;
    private double contagionCap;
    private final int[] reach = new int[UnitKind.values().length];
    private int heavyWeaponsDistance;

    public Military(SideSpec spec, double initialTrust) {
        this.side = spec.key();
        this.spec = spec;
        this.hostility = spec.hostility();
        this.commitment = spec.commitment();
        this.trust = initialTrust;
        for (UnitKind k : UnitKind.values()) {
            stock[k.ordinal()] = spec.weapons().of(k).stock();
        }
    }

    /** A strike ordered by the timeline, carried out when the forces act. */
    private record PendingStrike(UnitKind weapon, String zone, int strikes) {
    }

    /** A bombardment of the cell (x, y) the command ordered after a provocation, due on {@code day}. */
    private record Bombardment(int day, int x, int y) {
    }

    /** What happened to and by this side today (reset every day). */
    private static final class Tally {
        double perceivedSeverity;
        Incident worstAgainst;
        double worstAgainstWeight = -1;
        final List<Cell> hits = new ArrayList<>();
        /** Where the first fire that cost this side casualties today came from. */
        Cell costlyFireFrom;
        int withdrawals;
        int refusals;
        /** Units that would comply with a demand but have no passable way back (neither count). */
        int noRoute;
        /** The cells of the units that refused or had no way back today, one per unit. */
        final List<Cell> noRouteAt = new ArrayList<>();
        int destroyed;
        final List<Cell> refusalAt = new ArrayList<>();
        Cell blockedAt;
        String blockedOrder;

        void noteNoRoute(int x, int y) {
            noRoute++;
            noRouteAt.add(new Cell(x, y));
        }

        void noteRefusal(int x, int y) {
            refusalAt.add(new Cell(x, y));
        }
    }

    // ---------------------------------------------------------------- set-up

    /** Places a group's units (random cells drawn from the run's stream) and returns them. */
    public List<Unit> deploy(Theatre m, UnitGroupSpec group) {
        List<Unit> added = new ArrayList<>();
        Geography g = m.geography();
        List<Cell> cells;
        if (group.placement().explicit()) {
            cells = group.placement().cells();
        } else {
            int min = group.placement().minLineDistance();
            if (group.kind().heavyWeapon() && m.parameters().rules().heavyWeapons().enabled()) {
                min = Math.max(min, m.parameters().rules().heavyWeapons().distance() + 1);
            }
            cells = g.cellsOf(group.placement().region(), min, group.placement().maxLineDistance());
        }
        if (cells.isEmpty()) {
            return added;
        }
        MersenneTwisterFast random = m.random();
        for (int i = 0; i < group.count(); i++) {
            Cell c = group.placement().explicit() ? cells.get(i % cells.size()) : cells.get(random.nextInt(cells.size()));
            Unit u = new Unit(m.nextUnitId(), this, group, c.x(), c.y(), g.lineDistance(c.x(), c.y()));
            addSlot(u);
            live++;
            liveByKind[u.kind().ordinal()]++;
            personnel += u.strength();
            u.setForward(g.forwardOf(side, c.x(), c.y()));
            m.place(u);
            added.add(u);
        }
        return added;
    }

    // ---------------------------------------------------------------- daily cycle

    /**
     * Start of the forces' turn: decay commitment and rebuke pressure, fix today's decision
     * constants, order retaliation for yesterday's hits, and carry out ordered strikes.
     */
    public void beginDay(Theatre m) {
        var dyn = m.parameters().dynamics();
        double decay = Equations.halfLifeFactor(m.parameters().mediator().commitmentDays());
        commitment *= decay;
        pressure *= decay;
        provocationMemory = dyn.provocationMemory();
        patrolRate = dyn.patrolRate();
        droneProvocation = dyn.droneProvocation();
        opportunity = dyn.opportunity();
        aggressiveness = spec.aggressiveness();
        hostilityToday = hostility;
        freedomBase = Equations.underHoldFire(Equations.freedom(spec.discipline(), commitment, pressure), holdFire, spec.discipline());
        sensitivity = spec.peacekeeperSensitivity();
        retaliation = spec.retaliation();
        ambition = spec.ambition();
        discipline = spec.discipline();
        contagionCap = dyn.contagionCap();
        for (UnitKind k : UnitKind.values()) {
            reach[k.ordinal()] = spec.weapons().of(k).range();
            quietBeyond[k.ordinal()] = reach[k.ordinal()] + 1;
        }
        var heavy = m.parameters().rules().heavyWeapons();
        heavyWeaponsDistance = heavy.enabled() ? heavy.distance() : -1;

        replace(m);
        retaliate(m, dyn.retaliationRadius());
        orderBombardment(m, dyn);
        for (PendingStrike s : strikes) {
            carryOutStrike(m, s);
        }
        strikes.clear();
        carryOutBombardments(m);
    }

    /**
     * Reinforcement and rotation: each destroyed unit is replaced with chance
     * {@code 1 / replacement_days} a day, where its group was placed, and units short of
     * personnel get that share of the shortfall back, so long runs do not fade away.
     */
    private void replace(Theatre m) {
        double rate = Equations.replacementRate(spec.replacementDays());
        if (rate <= 0) {
            return;
        }
        if (!replacements.isEmpty()) {
            List<UnitGroupSpec> waiting = new ArrayList<>(replacements);
            replacements.clear();
            for (UnitGroupSpec g : waiting) {
                if (m.random().nextDouble() < rate) {
                    deploy(m, new UnitGroupSpec(g.kind(), 1, g.strength(), g.placement(), g.line()));
                } else {
                    replacements.add(g);
                }
            }
        }
        if (!depleted.isEmpty()) {
            for (int k = depleted.size() - 1; k >= 0; k--) {
                Unit u = depleted.get(k);
                int shortfall = u.shortfall();
                if (!u.alive() || shortfall <= 0) {
                    depleted.remove(k).listDepleted(false);
                    continue;
                }
                int back = Math.max(1, (int) Math.round(shortfall * rate));
                u.reinforce(back);
                personnel += back;
                if (u.shortfall() <= 0) {
                    depleted.remove(k).listDepleted(false);
                }
            }
        }
    }

    /** A command whose units suffered casualties from fire may order the firing position bombarded days later (E22). */
    private void orderBombardment(Theatre m, ceasefire.scenario.DynamicsSpec dyn) {
        Cell from = yesterday.costlyFireFrom;
        if (from == null || dyn.bombardment() <= 0 || liveByKind[UnitKind.ARTILLERY.ordinal()] == 0) {
            return;
        }
        if (m.random().nextDouble() >= Equations.bombardmentProbability(dyn.bombardment(), hostility, holdFire)) {
            return;
        }
        // Geometric delay with mean bombardment_delay days (at least one day).
        double p = 1.0 / dyn.bombardmentDelay();
        int delay = p >= 1 ? 1 : 1 + (int) Math.floor(Math.log(1 - m.random().nextDouble()) / Math.log(1 - p));
        bombardments.add(new Bombardment(m.day() + delay, from.x(), from.y()));
    }

    private void carryOutBombardments(Theatre m) {
        if (bombardments.isEmpty()) {
            return;
        }
        for (int k = 0; k < bombardments.size(); k++) {
            Bombardment b = bombardments.get(k);
            if (b.day() > m.day()) {
                continue;
            }
            bombardments.remove(k--);
            for (Unit u : units) {
                if (!u.alive() || u.kind() != UnitKind.ARTILLERY || !hasStock(UnitKind.ARTILLERY)) {
                    continue;
                }
                Unit t = m.findTarget(side.other(), b.x(), b.y(), 2);
                if (t == null) {
                    break;
                }
                int range = reach(UnitKind.ARTILLERY);
                if ((t.x() - u.x()) * (t.x() - u.x()) + (t.y() - u.y()) * (t.y() - u.y()) <= range * range) {
                    useStock(UnitKind.ARTILLERY);
                    int casualties = u.fireAt(m, t, false);
                    u.noteAction(Deed.strike(m.day(), Deed.Kind.BOMBARDED_AFTER_PROVOCATION, t.x(), t.y(), casualties));
                    break;
                }
            }
        }
    }

    /** Tit-for-tat: after being hit yesterday, the command may order nearby units to reply. */
    private void retaliate(Theatre m, int radius) {
        if (yesterday.hits.isEmpty()) {
            return;
        }
        double p = Equations.retaliationOrderProbability(spec.retaliation(), hostility);
        if (m.random().nextDouble() >= p) {
            return;
        }
        if (holdFire * holdHotline > 0 && m.random().nextDouble() < holdFire * holdHotline) {
            // The hotline between the commands defuses the local incident before it spreads.
            return;
        }
        Cell at = yesterday.hits.get(0);
        int reached = 0;
        for (Unit u : units) {
            if (u.alive() && Math.max(Math.abs(u.x() - at.x()), Math.abs(u.y() - at.y())) <= radius) {
                u.provoke();
                reached++;
            }
        }
        if (reached > 0) {
            m.narrate(new NarrativeEvent.Retaliation(side, reached, at));
        }
    }

    /**
     * Steps every unit once, in list order (deterministic). A unit with nothing to do, out of the
     * enemy's reach and not provoked, is handled here from the hot arrays (the object is touched
     * only when the unit patrols or stops patrolling); every other unit decides in
     * {@link Unit#step}. Both paths draw the same random numbers for the same unit.
     */
    public void step(Theatre m) {
        MersenneTwisterFast random = m.random();
        int n = units.size();
        byte[] flags = hotFlags;
        for (int i = 0; i < n; i++) {
            int f = flags[i];
            if ((f & ALIVE) == 0) {
                continue;
            }
            if ((f & (FORWARD | BUSY)) == 0 && hotProvocation[i] == 0 && hotLine[i] > quietBeyond[hotKind[i]]) {
                boolean patrols = random.nextDouble() < patrolRate;
                if (patrols || (f & NOT_HOLDING) != 0) {
                    units.get(i).routineAfterDraw(m, random, patrols);
                }
                continue;
            }
            units.get(i).step(m);
        }
    }

    private void addSlot(Unit u) {
        int slot = units.size();
        units.add(u);
        if (slot == hotFlags.length) {
            int size = slot * 2;
            hotFlags = java.util.Arrays.copyOf(hotFlags, size);
            hotKind = java.util.Arrays.copyOf(hotKind, size);
            hotLine = java.util.Arrays.copyOf(hotLine, size);
            hotProvocation = java.util.Arrays.copyOf(hotProvocation, size);
        }
        u.assignSlot(slot);
        hotFlags[slot] = (byte) (ALIVE | (u.forward() ? FORWARD : 0) | (u.busy() ? BUSY : 0)
                | (u.posture() == Posture.HOLDING ? 0 : NOT_HOLDING));
        hotKind[slot] = (byte) u.kind().ordinal();
        hotLine[slot] = u.lineDistance();
        hotProvocation[slot] = u.provoked() ? 1 : 0;
    }

    void hotLine(int slot, int d) {
        hotLine[slot] = d;
    }

    void hotProvocation(int slot, double p) {
        hotProvocation[slot] = p;
    }

    void hotHolding(int slot, boolean holding) {
        hotFlags[slot] = (byte) (holding ? hotFlags[slot] & ~NOT_HOLDING : hotFlags[slot] | NOT_HOLDING);
    }

    void hotBusy(Unit u) {
        int slot = u.slot();
        hotFlags[slot] = (byte) (u.busy() ? hotFlags[slot] | BUSY : hotFlags[slot] & ~BUSY);
    }

    private void hotForward(Unit u, boolean forward) {
        int slot = u.slot();
        hotFlags[slot] = (byte) (forward ? hotFlags[slot] | FORWARD : hotFlags[slot] & ~FORWARD);
    }

    /** End of day: drop destroyed units from the list, roll the tally over. */
    public void endDay() {
        if (removed > 0) {
            List<Unit> live = new ArrayList<>(units.size() - removed);
            for (Unit u : units) {
                if (u.alive()) {
                    live.add(u);
                }
            }
            units.clear();
            for (Unit u : live) {
                addSlot(u);
            }
            removed = 0;
        }
        yesterday = tally;
        tally = new Tally();
    }

    // ---------------------------------------------------------------- statements

    /**
     * The side's public statements of the day: an accusation over the gravest act it suffered
     * (or, now and then, an unfounded one), and answers to what the peacekeepers reported of its
     * own acts.
     */
    public void speak(Theatre m, Military other) {
        MersenneTwisterFast random = m.random();
        Incident worst = tally.worstAgainst;
        if (worst != null) {
            // A side that suffered a real violation and chose not to speak of it does not invent
            // another one instead: propaganda fills silence, it does not replace a true grievance.
            if (random.nextDouble() < Equations.accusationProbability(hostility)) {
                m.narrate(new NarrativeEvent.Accusation(side, worst));
                other.answerAccusation(m, worst);
            }
        } else if (random.nextDouble() < Equations.fabricationProbability(m.parameters().dynamics().propaganda(), hostility)) {
            m.narrate(new NarrativeEvent.FabricatedAccusation(side));
            m.narrate(new NarrativeEvent.FabricationDenied(other.side));
        }
        if (tally.withdrawals > 0) {
            m.narrate(new NarrativeEvent.Withdrawal(side, tally.withdrawals));
        }
        if (tally.noRoute > 0) {
            m.narrate(new NarrativeEvent.NoWayBack(side, tally.noRoute, tally.noRouteAt));
        }
        if (tally.refusals > 0) {
            m.narrate(new NarrativeEvent.Refusal(side, tally.refusals, tally.refusalAt));
        }
        if (tally.blockedAt != null) {
            m.narrate(new NarrativeEvent.AdvanceBlocked(side, tally.blockedOrder, tally.blockedAt));
        }
        m.countWithdrawals(tally.withdrawals, tally.refusals);
    }

    private void answerAccusation(Theatre m, Incident incident) {
        if (m.random().nextDouble() < spec.candour()) {
            m.narrate(new NarrativeEvent.Acknowledgement(side, incident));
            int memory = m.parameters().mediator().reportMemory();
            acknowledged.removeIf(i -> i.step() < m.day() - memory);
            acknowledged.add(incident);
        } else {
            m.narrate(new NarrativeEvent.Denial(side, incident));
        }
    }

    /**
     * A public rebuke by the mediator: restraint goes up (pressure), so does resentment, trust
     * in the mediator goes down. The side denies, unless it acknowledged an incident at that place
     * in the past week (then it regrets it and says its inquiry continues), and demands the withdrawal of
     * the other side's units from where the peacekeepers are deployed when the other side has units there.
     */
    public void rebuked(Theatre m, Military other, Incident incident) {
        var dyn = m.parameters().dynamics();
        pressure = Equations.rebukePressure(pressure, dyn.rebukePressure(), dyn.rebukePressureCap());
        hostility = Equations.clamp01(hostility + dyn.rebukeResentment());
        trust = Equations.clamp01(trust - dyn.rebukeTrustCost());
        if (acknowledgedAt(incident.x(), incident.y(), m.day(), m.parameters().mediator().reportMemory())) {
            m.narrate(new NarrativeEvent.Regret(side, incident));
        } else {
            m.narrate(new NarrativeEvent.RebukeDenied(side, incident));
        }
        if (other.hasUnitsWherePeacekeepersDeploy(m.geography(), m.peacekeepers())) {
            m.narrate(new NarrativeEvent.CounterDemand(side));
        }
    }

    /** Whether this side acknowledged an incident on this cell in the mediator's look-back window. */
    private boolean acknowledgedAt(int x, int y, int day, int memory) {
        for (Incident i : acknowledged) {
            if (i.x() == x && i.y() == y && i.step() >= day - memory) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether any live unit of this side stands where the peacekeepers are deployed: on the zone
     * or a buffer, or on a cell their posts and patrols watch today. (Baku's demand of March
     * 2022 was for Armenian units to leave the area of the Russian deployment, which includes
     * ground the Karabakh side held behind the line, not only the zone's strip.)
     */
    boolean hasUnitsWherePeacekeepersDeploy(Geography g, PeacekeepingContingent peacekeepers) {
        for (Unit u : units) {
            if (u.alive() && (g.control(u.x(), u.y()).separating() || peacekeepers.detectionAt(u.x(), u.y()) > 0)) {
                return true;
            }
        }
        return false;
    }

    /** The other side of a rebuke: vindicated, it trusts the mediator more and cools a little. */
    public void vindicated(Day m) {
        var dyn = m.parameters().dynamics();
        trust = Equations.clamp01(trust + dyn.rebukeTrustCost() * Equations.VINDICATION_SHARE);
        hostility = Equations.clamp01(hostility - dyn.rebukeResentment() * Equations.VINDICATION_SHARE);
    }

    // ---------------------------------------------------------------- events from the model

    /** An act by the other side that this side perceived, with its weight. */
    public void perceive(Incident incident, double weight) {
        tally.perceivedSeverity += weight;
        if (incident != null && weight > tally.worstAgainstWeight) {
            tally.worstAgainst = incident;
            tally.worstAgainstWeight = weight;
        }
    }

    /** Perceived weight of an act that broke no rule in force (casualties still count). */
    public void perceive(double weight) {
        tally.perceivedSeverity += weight;
    }

    /** A unit of this side was destroyed or left the theatre (it leaves the list at the end of the day). */
    void lost(Unit u) {
        hotFlags[u.slot()] = 0;
        live--;
        liveByKind[u.kind().ordinal()]--;
        personnel -= u.strength();
        removed++;
        if (u.forward()) {
            forwardUnits.remove(u);
        }
        tally.destroyed++;
    }

    /** An ordered advance could not step forward: interposing peacekeepers stood in the way. */
    void advanceBlocked(Unit u, String target) {
        if (tally.blockedAt == null) {
            tally.blockedAt = new Cell(u.x(), u.y());
            tally.blockedOrder = target;
        }
    }

    /** Casualties taken by one of this side's units; it is made good over time (rotation). */
    void personnelLost(Unit u, int n) {
        personnel -= n;
        if (n > 0 && u.strength() > 0 && spec.replacementDays() > 0 && !u.listedDepleted()) {
            depleted.add(u);
            u.listDepleted(true);
        }
    }

    /** A unit of this side was destroyed by fire: it is replaced in time (reinforcement). */
    void destroyed(Unit u) {
        if (spec.replacementDays() > 0) {
            replacements.add(u.group());
        }
    }

    /** A unit crossed its own side of the line, one way or the other. */
    void forwardChanged(Unit u, boolean forward) {
        if (!u.alive()) {
            return;
        }
        hotForward(u, forward);
        if (forward) {
            forwardUnits.add(u);
        } else {
            forwardUnits.remove(u);
        }
    }

    /** One of this side's units was hit at a cell. */
    public void hitAt(int x, int y) {
        tally.hits.add(new Cell(x, y));
    }

    /** Fire from (x, y) cost this side casualties today (a provocation its command may answer by bombardment). */
    void costlyFireFrom(int x, int y) {
        if (tally.costlyFireFrom == null) {
            tally.costlyFireFrom = new Cell(x, y);
        }
    }

    /**
     * Richardson update at the end of the day (E1, see {@link Equations#hostility(double, double,
     * double, double, double, double, double, double)}): coupled to the other side's hostility
     * as it stood before either side's update, with the day's perceived violations as added
     * stimulus. A standing hold-fire order fades and is eroded by unverified violations (E17).
     */
    public void updateHostility(Day m, double otherHostility) {
        var dyn = m.parameters().dynamics();
        double pressureOfAttacks = Equations.perceivedPressure(tally.perceivedSeverity, dyn.perceptionScale());
        hostility = Equations.hostility(hostility, otherHostility, pressureOfAttacks, grievance(), spec.threatReaction(), dyn.reaction(),
                spec.fatigueOr(dyn.fatigue()), dyn.grievanceRate());
        if (holdFire > 0) {
            holdFire = Equations.holdFireAfterDay(holdFire, holdDuration, dyn.truceErosion(), pressureOfAttacks, holdVerification);
            if (holdFire < 1e-3) {
                holdFire = 0;
            }
        }
    }

    /** Standing grievance, shifted by shocks from outside, in [0, 1]. */
    public double grievance() {
        return Equations.clamp01(spec.grievance() + grievanceShift);
    }

    /** A shock from outside: hostility and grievance rise (or fall) at once. */
    public void shock(double hostilityChange, double grievanceChange) {
        hostility = Equations.clamp01(hostility + hostilityChange);
        grievanceShift += grievanceChange;
    }

    // ---------------------------------------------------------------- timeline orders

    /** Orders the {@code count} units of {@code kind} nearest the target to advance on it. */
    public int orderAdvance(Day m, UnitKind kind, int count, String zone, boolean post) {
        Geography g = m.geography();
        int[] route = g.routeTo(zone);
        List<Unit> candidates = new ArrayList<>();
        for (Unit u : units) {
            if (u.alive() && u.kind() == kind && !u.withdrawing() && route[g.index(u.x(), u.y())] < Geography.FAR) {
                candidates.add(u);
            }
        }
        candidates.sort(Comparator.comparingInt((Unit u) -> route[g.index(u.x(), u.y())]).thenComparingInt(Unit::id));
        int n = Math.min(count, candidates.size());
        Order order = new Order(zone, post, route);
        for (int i = 0; i < n; i++) {
            candidates.get(i).setOrder(order);
        }
        return n;
    }

    /** Queues strikes for the forces' turn today. */
    public void orderStrike(UnitKind weapon, String zone, int count) {
        strikes.add(new PendingStrike(weapon, zone, count));
    }

    private void carryOutStrike(Theatre m, PendingStrike s) {
        Geography g = m.geography();
        List<Cell> targetCells = g.zoneCells(s.zone());
        int total = 0;
        List<Cell> hit = new ArrayList<>();
        for (int k = 0; k < s.strikes(); k++) {
            Unit shooter = null;
            Unit target = null;
            for (Unit u : units) {
                if (!u.alive() || u.kind() != s.weapon() || !hasStock(u.kind())) {
                    continue;
                }
                Unit t = m.nearestEnemyTo(side.other(), targetCells, u.x(), u.y(), reach(u.kind()));
                if (t != null) {
                    shooter = u;
                    target = t;
                    break;
                }
            }
            if (shooter == null) {
                break;
            }
            useStock(shooter.kind());
            Cell at = new Cell(target.x(), target.y());
            int casualties = shooter.fireAt(m, target, true);
            shooter.noteAction(Deed.strike(m.day(), Deed.Kind.ORDERED_STRIKE, at.x(), at.y(), casualties));
            hit.add(at);
            total += casualties;
        }
        m.narrate(new NarrativeEvent.StrikeSeries(side, s.weapon(), s.zone(), s.strikes(), hit, total));
    }

    /** Removes up to {@code count} units of a kind (null = any) from a zone ("" = anywhere), nearest the line first. */
    public int withdrawUnits(Front m, UnitKind kind, int count, String zone) {
        Geography g = m.geography();
        List<Unit> candidates = new ArrayList<>();
        for (Unit u : units) {
            if (u.alive() && (kind == null || u.kind() == kind) && (zone.isEmpty() || g.inZone(zone, u.x(), u.y()))) {
                candidates.add(u);
            }
        }
        candidates.sort(Comparator.comparingInt((Unit u) -> g.lineDistance(u.x(), u.y())).thenComparingInt(Unit::id));
        int n = Math.min(count, candidates.size());
        for (int i = 0; i < n; i++) {
            Unit u = candidates.get(i);
            m.unplace(u);
            u.leave();
        }
        return n;
    }

    /** Trust in the mediator moves with a change in its impartiality. */
    public void shiftTrust(double delta) {
        trust = Equations.clamp01(trust + delta);
    }

    /**
     * A public recommitment with teeth: commitment back to 1, a hold-fire order to every unit
     * (obeyed according to discipline), hostility cut by {@code hostilityCut}, provocation and
     * pending retaliation cleared. The order fades with {@code duration} and is eroded by
     * violations as far as {@code verification} does not cover them; a {@code hotline} stops
     * local incidents from spreading while it stands.
     */
    public void recommit(double verification, double hotline, double duration, double hostilityCut) {
        commitment = 1.0;
        hostility = Equations.clamp01(hostility * (1 - hostilityCut));
        holdFire(duration, verification, hotline);
    }

    /** Talks succeeded: hostility falls, commitment is renewed, a hold-fire order on the terms of the day's talks. */
    public void afterTalks(double relief, double effectiveness) {
        hostility = Equations.afterTalks(hostility, relief, effectiveness);
        commitment = 1.0;
        holdFire(talksHoldDays, talksVerification, talksHotline);
    }

    /** The terms on which an agreement at talks today would be enforced (set by the model each morning). */
    public void talksTerms(double holdDays, double hotline, double verification) {
        talksHoldDays = holdDays;
        talksHotline = hotline;
        talksVerification = verification;
    }

    private void holdFire(double duration, double verification, double hotline) {
        holdFire = 1.0;
        holdDuration = duration;
        holdVerification = verification;
        holdHotline = hotline;
        for (Unit u : units) {
            if (u.alive() && u.provoked()) {
                u.calm();
            }
        }
        yesterday.hits.clear();
        yesterday.costlyFireFrom = null;
        tally.hits.clear();
        tally.costlyFireFrom = null;
        bombardments.clear();
    }

    /** Strength of the standing hold-fire order, in [0, 1]. */
    public double holdFire() {
        return holdFire;
    }

    /** Chance that the hotline stops a local incident against this side from spreading today. */
    public double hotlineStop() {
        return holdFire * holdHotline;
    }

    /**
     * New parameters mid-run (a timeline {@code set:} or a change in the GUI). State the
     * scenario only gives a starting value for (hostility, commitment, munitions) is reset only
     * when that very value changed.
     */
    public void reconfigure(SideSpec next, boolean resetHostility, boolean resetCommitment, List<UnitKind> resetStock) {
        if (resetHostility) {
            hostility = next.hostility();
        }
        if (resetCommitment) {
            commitment = next.commitment();
        }
        for (UnitKind k : resetStock) {
            stock[k.ordinal()] = next.weapons().of(k).stock();
        }
        spec = next;
    }

    // ---------------------------------------------------------------- queries

    /** A new day starts (called for both sides before either acts). */
    public void startDay(int day) {
        today = day;
    }

    /** The day being stepped (for units' fading provocation). */
    int today() {
        return today;
    }

    int reach(UnitKind kind) {
        return reach[kind.ordinal()];
    }

    int heavyWeaponsDistance() {
        return heavyWeaponsDistance;
    }

    boolean hasStock(UnitKind kind) {
        return stock[kind.ordinal()] != 0;
    }

    void useStock(UnitKind kind) {
        if (stock[kind.ordinal()] > 0) {
            stock[kind.ordinal()]--;
        }
    }

    /** A unit complied with a withdrawal demand today. */
    void unitWithdraws() {
        tally.withdrawals++;
    }

    /** A unit at (x, y) refused a withdrawal demand today. */
    void unitRefuses(int x, int y) {
        tally.refusals++;
        tally.noteRefusal(x, y);
    }

    /** A unit at (x, y) would comply with a demand but has no passable way back. */
    void unitHasNoRoute(int x, int y) {
        tally.noteNoRoute(x, y);
    }

    // Today's decision constants, as the units read them (see beginDay).

    /** Share of provocation left after a day, {@code dynamics.provocation_memory}. */
    double provocationMemory() {
        return provocationMemory;
    }

    /** Chance a quiet unit patrols today. */
    double patrolRate() {
        return patrolRate;
    }

    /** Provocation a drone team needs to strike on its own. */
    double droneProvocation() {
        return droneProvocation;
    }

    double aggressiveness() {
        return aggressiveness;
    }

    /** Hostility as it stood when the day began. */
    double hostilityToday() {
        return hostilityToday;
    }

    /** Freedom of action under discipline, commitment, rebuke pressure and a hold-fire order (E5, E17). */
    double freedomBase() {
        return freedomBase;
    }

    /** Sensitivity to the peacekeepers' presence. */
    double sensitivity() {
        return sensitivity;
    }

    double retaliation() {
        return retaliation;
    }

    double opportunity() {
        return opportunity;
    }

    double ambition() {
        return ambition;
    }

    double discipline() {
        return discipline;
    }

    /** Cap on the excitation's share of the chance of fire (E18). */
    double contagionCap() {
        return contagionCap;
    }

    public SideKey side() {
        return side;
    }

    public String name() {
        return spec.name();
    }

    public SideSpec spec() {
        return spec;
    }

    public double hostility() {
        return hostility;
    }

    public double commitment() {
        return commitment;
    }

    public double pressure() {
        return pressure;
    }

    public double trust() {
        return trust;
    }

    /** Weapon of a unit kind under the current parameters. */
    public WeaponSpec weapon(UnitKind kind) {
        return spec.weapons().of(kind);
    }

    /** Munitions left for a unit kind; -1 = unlimited. */
    public int stockOf(UnitKind kind) {
        return stock[kind.ordinal()];
    }

    /** Live units (a copy). */
    public List<Unit> units() {
        List<Unit> live = new ArrayList<>();
        for (Unit u : units) {
            if (u.alive()) {
                live.add(u);
            }
        }
        return live;
    }

    /**
     * Whether the side has a live unit of this kind that could act (for drone teams: with
     * drones left). Used to keep misattribution plausible.
     */
    public boolean fields(UnitKind kind) {
        if (!hasStock(kind)) {
            return false;
        }
        return liveByKind[kind.ordinal()] > 0;
    }

    /** Number of live units. */
    public int liveUnits() {
        return live;
    }

    /** Number of live units forward of their own side of the line. */
    public int forwardUnits() {
        return forwardUnits.size();
    }

    /** Total personnel of live units. */
    public long personnel() {
        return personnel;
    }

    /** Live units forward of the line, in the order they crossed (for the contingent). */
    List<Unit> unitsForward() {
        return forwardUnits;
    }

    @Override
    public String toString() {
        return spec.name() + " command, hostility " + String.format(java.util.Locale.ROOT, "%.2f", hostility);
    }
}
