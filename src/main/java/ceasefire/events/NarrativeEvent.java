package ceasefire.events;

import ceasefire.scenario.Cell;
import ceasefire.scenario.EscalationLevel;
import ceasefire.scenario.EscalationSpec;
import ceasefire.scenario.SideKey;
import ceasefire.scenario.UnitKind;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the narrative records, as data: one record per kind of statement or act, each carrying who
 * acted, about whom, where and the figures, and no English. The model and the agents produce
 * these; {@code output.NarrativeEnglish} writes them as sentences for {@code narrative.csv},
 * {@code narrative.txt}, the report and the GUI. Sides are {@link SideKey}s, places are cells and
 * zone or region names as the scenario spells them; names and labels are looked up when written.
 *
 * <p>To add a kind of statement: add a record here (a {@link SideAct} or an event with its own
 * {@link #actor()}; its {@link #kind()} and, if {@code narrative.csv}'s fact columns should show
 * them, {@link #facts()}), produce it where it happens, and add its sentence to
 * {@code NarrativeEnglish} ({@code NarrativeEnglishTest} fails until it has one pinned).
 * CONTRIBUTING.md has the steps.
 */
public sealed interface NarrativeEvent {

    /** Who the entry is credited to (the {@code actor} column). */
    Actor actor();

    /** What kind of statement or act it is (the {@code kind} column). */
    NarrativeKind kind();

    /** The facts {@code narrative.csv} shows in its own columns; {@link Facts#NONE} by default. */
    default Facts facts() {
        return Facts.NONE;
    }

    // ---------------------------------------------------------------- who

    /** Who an entry is credited to: a side, another party, or a name a timeline event gives. */
    sealed interface Actor permits Side, Party, Credited {

        /** Side A's or side B's command. */
        static Side of(SideKey side) {
            return side == SideKey.A ? Side.A : Side.B;
        }
    }

    /** One of the two sides. */
    record Side(SideKey side) implements Actor {
        static final Side A = new Side(SideKey.A);
        static final Side B = new Side(SideKey.B);

        public Side {
            Objects.requireNonNull(side, "side");
        }
    }

    /** The other parties to the story: the contingent, the mediator, both sides at once, and the model's own voices. */
    enum Party implements Actor {
        PEACEKEEPERS, MEDIATOR, BOTH_SIDES, ESCALATION, CEASEFIRE
    }

    /** The actor a timeline event credits, as the scenario names it ("World"). */
    record Credited(String name) implements Actor {
        public Credited {
            Objects.requireNonNull(name, "name");
        }
    }

    // ---------------------------------------------------------------- the facts' columns

    /**
     * The facts of an entry that {@code narrative.csv} shows in columns of their own.
     *
     * @param about        the side the entry concerns (the accused, the rebuked, the side asked
     *                     to withdraw, the side that refuses), or null
     * @param places       the cells the entry names, in order (every unit's cell for a grouped
     *                     demand or refusal)
     * @param count        how many units, violations or strikes the entry counts (0 if none)
     * @param casualties   casualties the entry reports (0 if none)
     * @param casualtiesOf whose casualties they are (the side that suffered them), or null
     */
    record Facts(SideKey about, List<Cell> places, int count, int casualties, SideKey casualtiesOf) {

        public static final Facts NONE = new Facts(null, List.of(), 0, 0, null);

        public Facts {
            places = List.copyOf(places);
        }

        public static Facts about(SideKey side) {
            return new Facts(side, List.of(), 0, 0, null);
        }

        public Facts at(List<Cell> cells) {
            return new Facts(about, cells, count, casualties, casualtiesOf);
        }

        public Facts at(Cell cell) {
            return at(List.of(cell));
        }

        public Facts count(int n) {
            return new Facts(about, places, n, casualties, casualtiesOf);
        }

        public Facts casualties(int n, SideKey of) {
            return new Facts(about, places, count, n, of);
        }

        /** An incident's cell and casualties, with whose they were when there were any. */
        static Facts of(SideKey about, Incident i, int count) {
            return about(about).at(new Cell(i.x(), i.y())).count(count).casualties(i.casualties(), i.casualties() > 0 ? i.victim() : null);
        }
    }

    // ---------------------------------------------------------------- the sides

    /** A statement or act of one side's command, credited to that side. */
    sealed interface SideAct extends NarrativeEvent {

        /** The side that speaks or acts. */
        SideKey side();

        @Override
        default Actor actor() {
            return Actor.of(side());
        }
    }

    /** A side accuses the other of an incident it suffered or heard of. */
    record Accusation(SideKey side, Incident incident) implements SideAct {
        public NarrativeKind kind() {
            return NarrativeKind.ACCUSATION;
        }

        @Override
        public Facts facts() {
            return Facts.of(side.other(), incident, 1);
        }
    }

    /** A side accuses the other of shelling that did not happen (propaganda). */
    record FabricatedAccusation(SideKey side) implements SideAct {
        public NarrativeKind kind() {
            return NarrativeKind.ACCUSATION;
        }
    }

    /** The side accused of shelling that did not happen calls it a fabrication. */
    record FabricationDenied(SideKey side) implements SideAct {
        public NarrativeKind kind() {
            return NarrativeKind.DENIAL;
        }
    }

    /** An accused side acknowledges the incident and promises an inquiry. */
    record Acknowledgement(SideKey side, Incident incident) implements SideAct {
        public NarrativeKind kind() {
            return NarrativeKind.ACKNOWLEDGEMENT;
        }
    }

    /** An accused side denies the incident and blames provocations by the other. */
    record Denial(SideKey side, Incident incident) implements SideAct {
        public NarrativeKind kind() {
            return NarrativeKind.DENIAL;
        }
    }

    /** A rebuked side that acknowledged the incident within the mediator's memory regrets it. */
    record Regret(SideKey side, Incident incident) implements SideAct {
        public NarrativeKind kind() {
            return NarrativeKind.ACKNOWLEDGEMENT;
        }
    }

    /** A rebuked side denies breaking any provision of the ceasefire where the incident was. */
    record RebukeDenied(SideKey side, Incident incident) implements SideAct {
        public NarrativeKind kind() {
            return NarrativeKind.DENIAL;
        }
    }

    /** A rebuked side demands that the other's armed units leave where the peacekeepers are deployed. */
    record CounterDemand(SideKey side) implements SideAct {
        public NarrativeKind kind() {
            return NarrativeKind.COUNTER_DEMAND;
        }
    }

    /** A side pulls units back as the peacekeepers demanded. */
    record Withdrawal(SideKey side, int units) implements SideAct {
        public NarrativeKind kind() {
            return NarrativeKind.WITHDRAWAL;
        }

        @Override
        public Facts facts() {
            return Facts.about(side).count(units);
        }
    }

    /** A side says units asked to withdraw have no passable way back to its own ground. */
    record NoWayBack(SideKey side, int units, List<Cell> at) implements SideAct {
        public NoWayBack {
            at = List.copyOf(at);
        }

        public NarrativeKind kind() {
            return NarrativeKind.WITHDRAWAL;
        }

        @Override
        public Facts facts() {
            return Facts.about(side).at(at).count(units);
        }
    }

    /** A side refuses to withdraw units, saying the ground is its own. */
    record Refusal(SideKey side, int units, List<Cell> at) implements SideAct {
        public Refusal {
            at = List.copyOf(at);
        }

        public NarrativeKind kind() {
            return NarrativeKind.REFUSAL;
        }

        @Override
        public Facts facts() {
            return Facts.about(side).at(at).count(units);
        }
    }

    /** A side's ordered advance on a zone or region was stopped by interposing peacekeepers near a cell. */
    record AdvanceBlocked(SideKey side, String zone, Cell near) implements SideAct {
        public NarrativeKind kind() {
            return NarrativeKind.ORDER;
        }
    }

    /** A side's command authorises units near where it was hit to return fire. */
    record Retaliation(SideKey side, int units, Cell near) implements SideAct {
        public NarrativeKind kind() {
            return NarrativeKind.RETALIATION;
        }
    }

    /**
     * The strikes a side was ordered to make on a zone or region, as carried out: the cells hit
     * (one per strike made, none if none could be) and the casualties among the other side's forces.
     */
    record StrikeSeries(SideKey side, UnitKind weapon, String zone, int ordered, List<Cell> hit, int casualties)
            implements SideAct {
        public StrikeSeries {
            hit = List.copyOf(hit);
        }

        /** Strikes carried out. */
        public int made() {
            return hit.size();
        }

        public NarrativeKind kind() {
            return NarrativeKind.ORDER;
        }

        @Override
        public Facts facts() {
            return Facts.about(side.other()).at(hit).count(made()).casualties(casualties, side.other());
        }
    }

    // ---------------------------------------------------------------- the peacekeepers and the mediator

    /** The peacekeepers demand that a side withdraw its armed units from these cells (one per unit). */
    record WithdrawalDemand(SideKey side, List<Cell> at) implements NarrativeEvent {
        public WithdrawalDemand {
            at = List.copyOf(at);
        }

        public Actor actor() {
            return Party.PEACEKEEPERS;
        }

        public NarrativeKind kind() {
            return NarrativeKind.WITHDRAWAL_DEMAND;
        }

        @Override
        public Facts facts() {
            return Facts.about(side).at(at).count(at.size());
        }
    }

    /** The peacekeepers report a side's verified violations of the week, naming the gravest. */
    record Report(SideKey side, int violations, Incident gravest) implements NarrativeEvent {
        public Actor actor() {
            return Party.PEACEKEEPERS;
        }

        public NarrativeKind kind() {
            return NarrativeKind.REPORT;
        }

        @Override
        public Facts facts() {
            return Facts.of(side, gravest, violations);
        }
    }

    /** The mediator publicly rebukes a side over an incident ({@code first}: its first rebuke of that side). */
    record Rebuke(SideKey side, Incident incident, boolean first) implements NarrativeEvent {
        public Actor actor() {
            return Party.MEDIATOR;
        }

        public NarrativeKind kind() {
            return NarrativeKind.REBUKE;
        }

        @Override
        public Facts facts() {
            return Facts.of(side, incident, 1);
        }
    }

    /**
     * The mediator holds talks with both leaders: {@code agreed} if both recommit;
     * {@code scripted} when the timeline called them, else {@code index} is the escalation index
     * of the day before, on which the mediator acted.
     */
    record Talks(boolean agreed, boolean scripted, double index) implements NarrativeEvent {
        public Actor actor() {
            return Party.MEDIATOR;
        }

        public NarrativeKind kind() {
            return agreed ? NarrativeKind.TALKS : NarrativeKind.TALKS_FAILED;
        }
    }

    // ---------------------------------------------------------------- the model

    /** The escalation index crossed into another level; {@code escalation} holds the thresholds in force. */
    record LevelChange(EscalationLevel from, EscalationLevel to, double index, EscalationSpec escalation) implements NarrativeEvent {
        public Actor actor() {
            return Party.ESCALATION;
        }

        public NarrativeKind kind() {
            return NarrativeKind.LEVEL;
        }

        /** Whether the level went up. */
        public boolean rose() {
            return to.ordinal() > from.ordinal();
        }
    }

    /** The ceasefire has collapsed after this many consecutive days of open war. */
    record Collapse(int daysOfOpenWar) implements NarrativeEvent {
        public Actor actor() {
            return Party.CEASEFIRE;
        }

        public NarrativeKind kind() {
            return NarrativeKind.COLLAPSE;
        }
    }

    // ---------------------------------------------------------------- the timeline

    /** A timeline event's title, credited to the actor it names. */
    record TimelineNote(String credited, String title) implements NarrativeEvent {
        public Actor actor() {
            return new Credited(credited);
        }

        public NarrativeKind kind() {
            return NarrativeKind.EVENT;
        }
    }

    /**
     * A timeline event changed parameters: each path with its YAML text, in the file's order
     * ("x0.3" for a scale factor).
     */
    record ParametersChanged(String credited, Map<String, String> changes) implements NarrativeEvent {
        public ParametersChanged {
            changes = Collections.unmodifiableMap(new LinkedHashMap<>(changes));
        }

        public Actor actor() {
            return new Credited(credited);
        }

        public NarrativeKind kind() {
            return NarrativeKind.EVENT;
        }
    }

    /** New units arrive for a side. */
    record Reinforcement(SideKey side, UnitKind unitKind, int units) implements SideAct {
        public NarrativeKind kind() {
            return NarrativeKind.ORDER;
        }
    }

    /** A side takes units out of the theatre, from a zone or region ({@code ""}: from anywhere). */
    record UnitsWithdrawn(SideKey side, int units, String zone) implements SideAct {
        public NarrativeKind kind() {
            return NarrativeKind.ORDER;
        }
    }

    /** The contingent receives troops ({@code change} &gt; 0) or sends them home; {@code troops} in theatre after. */
    record TroopsChanged(int change, int troops) implements NarrativeEvent {
        public Actor actor() {
            return Party.PEACEKEEPERS;
        }

        public NarrativeKind kind() {
            return NarrativeKind.EVENT;
        }
    }

    /** Both sides publicly recommit to the ceasefire. */
    record Recommitment() implements NarrativeEvent {
        public Actor actor() {
            return Party.BOTH_SIDES;
        }

        public NarrativeKind kind() {
            return NarrativeKind.RECOMMITMENT;
        }
    }

    /** A side orders units of a kind to advance on a zone or region, and to dig in there if {@code post}. */
    record AdvanceOrdered(SideKey side, UnitKind unitKind, int units, String zone, boolean post) implements SideAct {
        public NarrativeKind kind() {
            return NarrativeKind.ORDER;
        }
    }

    /** A side orders strikes by a weapon on a zone or region (carried out in its forces' turn: {@link StrikeSeries}). */
    record StrikesOrdered(SideKey side, UnitKind weapon, int strikes, String zone) implements SideAct {
        public NarrativeKind kind() {
            return NarrativeKind.ORDER;
        }
    }
}
