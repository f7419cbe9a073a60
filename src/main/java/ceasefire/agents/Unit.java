package ceasefire.agents;

import ceasefire.rules.ActKind;
import ceasefire.scenario.Geography;
import ceasefire.scenario.SideKey;
import ceasefire.scenario.UnitGroupSpec;
import ceasefire.scenario.UnitKind;
import ec.util.MersenneTwisterFast;

/**
 * One unit of a military (a company, battery or drone team) on one cell. Its command steps it
 * once a day; each day it answers a pending withdrawal demand, carries on withdrawing or an
 * order, or decides, from its side's hostility and doctrine, its own provocation and the
 * peacekeepers' presence, whether to hold, patrol, fire, probe forward, dig in or move heavy
 * weapons up. docs/MODEL.md sets out the decision in full.
 */
public final class Unit {

    private static final int[] DX = {-1, 0, 1, -1, 1, -1, 0, 1};
    private static final int[] DY = {-1, -1, -1, 0, 0, 1, 1, 1};

    private final int id;
    private final Military command;
    private final UnitKind kind;
    private final int initialStrength;
    /** The group the unit was deployed from (where a replacement is placed). */
    private final UnitGroupSpec group;
    private int x;
    private int y;
    /** The cell's distance to the line (also in the command's hot arrays; see Military). */
    private int lineDistance;
    private int strength;
    private boolean alive = true;
    private Posture posture = Posture.HOLDING;
    /** This unit's place in its command's list and hot-state arrays (changes when the list is compacted). */
    private int slot;
    /** Provocation when last set (by a hit or a retaliation order), and the day it was set. */
    private double provocationAtSet;
    private int provocationDay;
    private boolean forward;
    private boolean entrenched;
    private boolean demandPending;
    private int lastDemandDay = Integer.MIN_VALUE / 2;
    private boolean withdrawing;
    private boolean refusedThisStay;
    private Order order;
    /** What the unit last did, for the inspector; null until it does something. */
    private Deed lastAction;
    /** On its command's list of units short of personnel (so a hit need not search that list). */
    private boolean listedDepleted;

    Unit(int id, Military command, UnitGroupSpec group, int x, int y, int lineDistance) {
        this.id = id;
        this.command = command;
        this.group = group;
        this.kind = group.kind();
        this.strength = group.strength();
        this.initialStrength = strength;
        this.x = x;
        this.y = y;
        this.lineDistance = lineDistance;
    }

    /** The unit's turn of the day (its command calls it; see the class comment). */
    void step(Front m) {
        if (!alive) {
            return;
        }
        MersenneTwisterFast random = m.random();

        if (demandPending) {
            setDemandPending(false);
            answerDemand(m, random);
            return;
        }
        if (withdrawing) {
            withdraw(m, random);
            return;
        }
        if (order != null) {
            followOrder(m, random);
            return;
        }
        int reach = command.reach(kind);
        double provocation = provocationAtSet == 0 ? 0 : provocation();
        if (lineDistance > reach + 1 && provocation < Equations.CALM_PROVOCATION && !forward) {
            // Out of reach of the enemy: the routine of a quiet sector. This branch is the hot
            // path of large runs, so it writes to the unit only when something changes.
            if (provocationAtSet != 0) {
                calm();
            }
            routine(m, random);
            return;
        }
        if (kind == UnitKind.DRONE_TEAM && provocation < command.droneProvocation()) {
            // Drone strikes are the command's decision: teams strike on orders or in retaliation.
            setPosture(Posture.HOLDING);
            return;
        }
        double restraint = Equations.restraint(command.freedomBase(), command.sensitivity(), m.deterrenceAt(x, y));
        double motive = Equations.motive(command.aggressiveness(), command.hostilityToday(), command.retaliation(), provocation);
        // Fire also risks being seen, attributed and blamed (E21), and is more likely where fire
        // was exchanged in the last days (E18).
        double fireRestraint = Equations.either(restraint, command.sensitivity() * m.peacekeepers().blameRiskAt(x, y));
        double p = Equations.fireProbability(command.opportunity(), motive, fireRestraint, m.excitationAt(x, y), command.contagionCap());
        if (random.nextDouble() < p && fire(m, random, false)) {
            return;
        }
        double q = Equations.advanceProbability(command.opportunity(), command.ambition(), command.hostilityToday(), restraint);
        switch (kind) {
            case INFANTRY -> {
                if (forward && !entrenched) {
                    // Digging in on its own initiative is a violation like any other: the same
                    // opportunity and brakes as probing forward (E6). Ordered posts are set up
                    // on arrival, in followOrder.
                    if (random.nextDouble() < q) {
                        establish(m, false);
                        return;
                    }
                } else if (!forward && random.nextDouble() < q) {
                    probe(m, random);
                    return;
                }
            }
            case ARTILLERY -> {
                int limit = command.heavyWeaponsDistance();
                if (!forward && lineDistance > limit && random.nextDouble() < Equations.moveUpProbability(command.opportunity(), command.aggressiveness(), command.hostilityToday(), restraint)) {
                    moveUp(m, random);
                    return;
                }
            }
            case DRONE_TEAM -> {
                // Drone teams strike or hold; they do not take ground.
            }
        }
        setPosture(forward ? (entrenched ? Posture.ENTRENCHED : Posture.HOLDING) : Posture.HOLDING);
    }

    // ---------------------------------------------------------------- decisions

    /** Fires at (or strikes) the nearest reachable enemy; false when nothing is in range. */
    boolean fire(Front m, MersenneTwisterFast random, boolean ordered) {
        if (!command.hasStock(kind)) {
            return false;
        }
        Unit target = m.findTarget(command.side().other(), x, y, command.reach(kind));
        if (target == null) {
            return false;
        }
        command.useStock(kind);
        int casualties = fireAt(m, target, ordered);
        lastAction = Deed.fire(m.day(), kind == UnitKind.DRONE_TEAM ? Deed.Kind.DRONE_STRIKE : Deed.Kind.FIRED, target, casualties);
        return true;
    }

    /**
     * One day's aimed fire (or one drone strike) on {@code target}: casualties drawn by the
     * Lanchester rule, the target hit (and removed if destroyed), the act judged. Returns the
     * casualties.
     */
    int fireAt(Front m, Unit target, boolean ordered) {
        setPosture(kind == UnitKind.DRONE_TEAM ? Posture.STRIKING : Posture.FIRING);
        double cover = m.parameters().terrain().coverOf(m.geography().terrain(target.x, target.y));
        // Drone strikes do not scale with the team's headcount; guns and rifles do.
        double share = kind == UnitKind.DRONE_TEAM ? 1.0 : strength / (double) kind.defaultStrength();
        int casualties = m.drawCasualties(Equations.expectedCasualties(command.weapon(kind).lethality(), share, cover), target.strength);
        int tx = target.x;
        int ty = target.y;
        target.command.hitAt(tx, ty);
        if (casualties > 0) {
            target.command.costlyFireFrom(x, y);
        }
        if (target.hit(casualties)) {
            m.unplace(target);
        }
        m.casualties(target.side(), casualties);
        m.commit(this, kind == UnitKind.DRONE_TEAM ? ActKind.DRONE_STRIKE : ActKind.FIRE, x, y, tx, ty, casualties,
                target.side(), ordered);
        return casualties;
    }

    private void answerDemand(Front m, MersenneTwisterFast random) {
        double comply = Equations.compliance(m.peacekeepers().credibility(), command.discipline(), command.ambition(), order != null || entrenched);
        if (random.nextDouble() < comply) {
            if (m.geography().ownDistance(command.side(), x, y) >= Geography.FAR) {
                // Willing but cut off from its own ground: no withdrawal is counted that the
                // unit cannot make, and it is no refusal either. The command says so.
                setPosture(Posture.HOLDING);
                command.unitHasNoRoute(x, y);
                lastAction = Deed.of(m.day(), Deed.Kind.CANNOT_COMPLY);
                return;
            }
            setWithdrawing(true);
            setOrder(null);
            setPosture(Posture.WITHDRAWING);
            command.unitWithdraws();
            lastAction = Deed.of(m.day(), Deed.Kind.BEGAN_WITHDRAWING);
            withdraw(m, random);
        } else {
            setPosture(Posture.REFUSING);
            command.unitRefuses(x, y);
            lastAction = Deed.of(m.day(), Deed.Kind.REFUSED_WITHDRAWAL);
            // Staying on after a refusal is one continuing violation, not a new one at every
            // repeated demand: only the first refusal of a stay is judged.
            if (!refusedThisStay) {
                refusedThisStay = true;
                m.commit(this, ActKind.REFUSE_WITHDRAWAL, x, y, x, y, 0, null, order != null);
            }
        }
    }

    /**
     * One step home: to the neighbour nearest its own passable ground (fewest steps over passable
     * cells), skipping neighbours it cannot enter today because they are impassable or blocked by
     * interposing peacekeepers, so one closed cell never strands it. The terrain's mobility roll
     * can still hold it for a day.
     */
    private void withdraw(Front m, MersenneTwisterFast random) {
        Geography g = m.geography();
        SideKey side = command.side();
        int here = g.ownDistance(side, x, y);
        if (here == 0) {
            setWithdrawing(false);
            setForward(false);
            entrenched = false;
            refusedThisStay = false;
            setPosture(Posture.HOLDING);
            lastAction = Deed.of(m.day(), Deed.Kind.BACK_ON_OWN_SIDE);
            return;
        }
        if (here >= Geography.FAR) {
            // Cut off (possible only for a unit placed there by the scenario): stop pretending.
            setWithdrawing(false);
            setPosture(Posture.HOLDING);
            lastAction = Deed.of(m.day(), Deed.Kind.NO_WAY_HOME);
            return;
        }
        setPosture(Posture.WITHDRAWING);
        int bestX = -1;
        int bestY = -1;
        int best = here;
        for (int d = 0; d < 8; d++) {
            int nx = x + DX[d];
            int ny = y + DY[d];
            if (!g.contains(nx, ny) || !g.passable(nx, ny) || m.peacekeepers().blocks(side, nx, ny)) {
                continue;
            }
            int dist = g.ownDistance(side, nx, ny);
            if (dist < best) {
                best = dist;
                bestX = nx;
                bestY = ny;
            }
        }
        if (bestX < 0) {
            lastAction = Deed.of(m.day(), Deed.Kind.WITHDRAWAL_HELD_UP);
            return;
        }
        moveTo(m, bestX, bestY, random, false);
    }

    private void followOrder(Front m, MersenneTwisterFast random) {
        Geography g = m.geography();
        if (g.inZone(order.zone(), x, y)) {
            boolean post = order.post();
            setOrder(null);
            if (post) {
                establish(m, true);
            } else {
                setPosture(Posture.HOLDING);
            }
            return;
        }
        setPosture(Posture.ADVANCING);
        int[] route = order.route();
        int here = route[g.index(x, y)];
        int bestX = -1;
        int bestY = -1;
        for (int d = 0; d < 8; d++) {
            int nx = x + DX[d];
            int ny = y + DY[d];
            if (g.contains(nx, ny) && route[g.index(nx, ny)] < here && !m.occupiedByEnemy(command.side(), nx, ny)) {
                here = route[g.index(nx, ny)];
                bestX = nx;
                bestY = ny;
            }
        }
        if (bestX < 0) {
            lastAction = Deed.toward(m.day(), Deed.Kind.ADVANCE_STALLED, order.zone());
            return;
        }
        if (m.peacekeepers().blocks(command.side(), bestX, bestY)) {
            command.advanceBlocked(this, order.zone());
            lastAction = Deed.toward(m.day(), Deed.Kind.ADVANCE_BLOCKED, order.zone());
            return;
        }
        moveTo(m, bestX, bestY, random, true);
        lastAction = Deed.toward(m.day(), Deed.Kind.ADVANCING, order.zone());
    }

    /** Digs in: a new position where the unit stands ({@code ordered}: as a timeline order said). */
    private void establish(Front m, boolean ordered) {
        entrenched = true;
        setPosture(Posture.ENTRENCHED);
        lastAction = Deed.at(m.day(), Deed.Kind.SET_UP_POSITION, x, y);
        m.commit(this, ActKind.ESTABLISH_POSITION, x, y, x, y, 0, null, ordered);
    }

    /** One step towards the line, or across it onto ground nobody of the enemy holds. */
    private void probe(Front m, MersenneTwisterFast random) {
        Geography g = m.geography();
        SideKey side = command.side();
        int here = g.lineDistance(x, y);
        int bestX = -1;
        int bestY = -1;
        int start = random.nextInt(8);
        for (int k = 0; k < 8; k++) {
            int d = (start + k) & 7;
            int nx = x + DX[d];
            int ny = y + DY[d];
            if (!g.contains(nx, ny) || !g.passable(nx, ny) || m.occupiedByEnemy(side, nx, ny)) {
                continue;
            }
            boolean crossing = here == 0 && g.forwardOf(side, nx, ny) && g.lineDistance(nx, ny) <= 1;
            if (crossing || (here > 0 && g.lineDistance(nx, ny) < here && !g.forwardOf(side, nx, ny))) {
                bestX = nx;
                bestY = ny;
                break;
            }
        }
        if (bestX < 0) {
            setPosture(Posture.HOLDING);
            return;
        }
        setPosture(Posture.PROBING);
        if (moveTo(m, bestX, bestY, random, false)) {
            lastAction = Deed.at(m.day(), Deed.Kind.PROBED_FORWARD, x, y);
        }
    }

    /** Artillery one step nearer the line. */
    private void moveUp(Front m, MersenneTwisterFast random) {
        Geography g = m.geography();
        int here = g.lineDistance(x, y);
        int start = random.nextInt(8);
        for (int k = 0; k < 8; k++) {
            int d = (start + k) & 7;
            int nx = x + DX[d];
            int ny = y + DY[d];
            if (g.contains(nx, ny) && g.passable(nx, ny) && g.lineDistance(nx, ny) < here && !g.forwardOf(command.side(), nx, ny)) {
                setPosture(Posture.MOVING_UP);
                if (moveTo(m, nx, ny, random, false)) {
                    lastAction = Deed.at(m.day(), Deed.Kind.MOVED_GUNS_UP, x, y);
                }
                return;
            }
        }
    }

    /**
     * One random step on the unit's own ground, staying out of reach of the line (and, for
     * artillery, out of the heavy-weapons band) and out of zones the entry rule closes. Such a
     * move can break no rule, so it is not judged; this is the hot path of quiet sectors.
     */
    private void patrol(Front m, MersenneTwisterFast random) {
        setPosture(Posture.PATROLLING);
        int d = random.nextInt(8);
        int nx = x + DX[d];
        int ny = y + DY[d];
        int limit = Math.max(command.reach(kind) + 1, kind == UnitKind.ARTILLERY ? command.heavyWeaponsDistance() : -1);
        int depth = m.rearDepth(command.side(), nx, ny);
        if (depth > limit && m.mobilityRoll(nx, ny, random)) {
            // Where a patrol may go, the rear depth is the cell's distance to the line: no second look-up.
            place(m, nx, ny, depth);
        }
    }

    /** Puts the unit on (nx, ny) and keeps the map and the hot arrays in step. */
    private void place(Front m, int nx, int ny) {
        place(m, nx, ny, m.geography().lineDistance(nx, ny));
    }

    /** As {@link #place(Front, int, int)}, the cell's distance to the line known. */
    private void place(Front m, int nx, int ny, int lineDistance) {
        int ox = x;
        int oy = y;
        x = nx;
        y = ny;
        setLineDistance(lineDistance);
        m.relocate(this, ox, oy);
    }

    /**
     * Moves one cell if the ground allows (passable, the terrain's mobility roll, no
     * interposing peacekeepers in the way) and has the move judged. Returns whether it moved.
     */
    boolean moveTo(Front m, int nx, int ny, MersenneTwisterFast random, boolean ordered) {
        if (!m.canEnter(command.side(), nx, ny, random)) {
            return false;
        }
        int ox = x;
        int oy = y;
        place(m, nx, ny);
        setForward(m.geography().forwardOf(command.side(), nx, ny));
        if (!forward) {
            entrenched = false;
            refusedThisStay = false;
        }
        if (m.moveMayBreakRules(this)) {
            m.commit(this, ActKind.MOVE, ox, oy, nx, ny, 0, null, ordered);
        }
        return true;
    }

    /**
     * Provocation today: it fades by {@code dynamics.provocation_memory} each day since it was
     * set (computed when needed rather than decayed in every unit every day).
     */
    double provocation() {
        return provocationAtSet * Math.pow(command.provocationMemory(), command.today() - provocationDay);
    }

    /** Fully provoked, from today. */
    void provoke() {
        provocationAtSet = 1.0;
        provocationDay = command.today();
        command.hotProvocation(slot, provocationAtSet);
    }

    /** Provocation has faded away. */
    void calm() {
        provocationAtSet = 0;
        command.hotProvocation(slot, 0);
    }

    void setPosture(Posture p) {
        if (p != posture) {
            posture = p;
            command.hotHolding(slot, p == Posture.HOLDING);
        }
    }

    void setLineDistance(int d) {
        lineDistance = d;
        command.hotLine(slot, d);
    }

    /**
     * The peacekeepers demand that this unit withdraw, unless they last did so fewer than
     * {@code interval} days ago; returns whether the demand was made. The unit answers it on its
     * next turn.
     */
    boolean demandWithdrawal(int day, int interval) {
        if (day - lastDemandDay < interval) {
            return false;
        }
        setDemandPending(true);
        lastDemandDay = day;
        return true;
    }

    /** Whether it has agreed to leave the zone and is on its way out. */
    public boolean withdrawing() {
        return withdrawing;
    }

    private void setDemandPending(boolean pending) {
        demandPending = pending;
        command.hotBusy(this);
    }

    void setWithdrawing(boolean w) {
        withdrawing = w;
        command.hotBusy(this);
    }

    void setOrder(Order o) {
        order = o;
        command.hotBusy(this);
    }

    /** Whether the unit has something to do beyond routine (a demand, a withdrawal, an order). */
    boolean busy() {
        return demandPending || withdrawing || order != null;
    }

    /** Takes casualties; returns whether the unit is destroyed. */
    boolean hit(int casualties) {
        int lost = Math.min(casualties, strength);
        strength -= lost;
        command.personnelLost(this, lost);
        provoke();
        if (strength <= 0) {
            strength = 0;
            leave();
            command.destroyed(this);
        }
        return !alive;
    }

    /** Keeps the command's count of units forward of the line in step. */
    void setForward(boolean now) {
        if (now != forward) {
            forward = now;
            command.forwardChanged(this, now);
        }
    }

    /** The routine of a unit with nothing to do, out of the enemy's reach: patrol now and then, else hold. */
    void routine(Front m, MersenneTwisterFast random) {
        routineAfterDraw(m, random, random.nextDouble() < command.patrolRate());
    }

    /** The routine, its patrol draw already made ({@code patrols}). */
    void routineAfterDraw(Front m, MersenneTwisterFast random, boolean patrols) {
        if (patrols) {
            patrol(m, random);
        } else {
            setPosture(Posture.HOLDING);
        }
    }

    // ---------------------------------------------------------------- for the model

    public int id() {
        return id;
    }

    public Military command() {
        return command;
    }

    public SideKey side() {
        return command.side();
    }

    public UnitKind kind() {
        return kind;
    }

    public int x() {
        return x;
    }

    public int y() {
        return y;
    }

    public int strength() {
        return strength;
    }

    public boolean alive() {
        return alive;
    }

    public boolean forward() {
        return forward;
    }

    public boolean entrenched() {
        return entrenched;
    }

    public boolean underOrders() {
        return order != null;
    }

    /** The group it was deployed from (where a replacement is placed). */
    UnitGroupSpec group() {
        return group;
    }

    /** Its strength when deployed. */
    public int initialStrength() {
        return initialStrength;
    }

    public Posture posture() {
        return posture;
    }

    /** Provocation today, in [0, 1]. */
    public double provocationToday() {
        return provocationAtSet == 0 ? 0 : provocation();
    }

    /** Whether a hit or a retaliation order provoked it and the hold-fire order has not calmed it since. */
    boolean provoked() {
        return provocationAtSet != 0;
    }

    /** The cell's distance to the line. */
    int lineDistance() {
        return lineDistance;
    }

    /** Its last notable act, as data for the inspector (null until it has done one). */
    public Deed lastAction() {
        return lastAction;
    }

    /** The zone it is ordered to advance on, or null when under no such order. */
    public String orderZone() {
        return order == null ? null : order.zone();
    }

    /** Whether its advance order says to set up a post on arrival. */
    public boolean orderedToPost() {
        return order != null && order.post();
    }

    /** Notes what it did, for the inspector (acts its command ordered, such as strikes). */
    void noteAction(Deed action) {
        lastAction = action;
    }

    /** Its place in its command's list and hot arrays, set by the command. */
    int slot() {
        return slot;
    }

    void assignSlot(int slot) {
        this.slot = slot;
    }

    /** How far it is below its initial strength. */
    int shortfall() {
        return initialStrength - strength;
    }

    /** Whether it is on its command's list of units short of personnel. */
    boolean listedDepleted() {
        return listedDepleted;
    }

    void listDepleted(boolean listed) {
        listedDepleted = listed;
    }

    /** Rotation: {@code n} personnel join it. */
    void reinforce(int n) {
        strength += n;
    }

    /** Leaves the theatre (destroyed or withdrawn); its command stops counting it. */
    void leave() {
        if (!alive) {
            return;
        }
        command.lost(this);
        alive = false;
    }

    @Override
    public String toString() {
        return command.name() + " " + kind.label() + " #" + id + " at (" + x + ", " + y + "), " + posture.words();
    }
}
