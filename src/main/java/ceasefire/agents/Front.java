package ceasefire.agents;

import ceasefire.scenario.Cell;
import ceasefire.scenario.SideKey;
import ec.util.MersenneTwisterFast;
import java.util.List;

/**
 * What a unit may ask of the battlefield, and the moves it makes there: who stands where, which
 * cells it may enter, whom it can hit and at what cost, what the peacekeepers and recent fire
 * make of a cell. Its acts go to be judged ({@link Incidents}). The model implements it over its
 * spatial index; every method is a few array reads on the hot path.
 */
public interface Front extends Day, Incidents {

    /**
     * Whether a unit of {@code side} may step onto the cell today: passable ground, the
     * terrain's mobility roll, and no interposing peacekeepers in the way.
     */
    boolean canEnter(SideKey side, int x, int y, MersenneTwisterFast rand);

    /** Whether units of the side opposing {@code side} stand on the cell. */
    boolean occupiedByEnemy(SideKey side, int x, int y);

    /**
     * For a routine patrol: the cell's distance to the line if it is passable ground of the
     * side, outside every zone the entry rule closes; -1 (or off the map) otherwise.
     */
    int rearDepth(SideKey side, int x, int y);

    /** The terrain's mobility roll for stepping onto a cell (always passed on open ground). */
    boolean mobilityRoll(int x, int y, MersenneTwisterFast rand);

    /**
     * A cheap, conservative pre-check: could this move (the unit already stands on its
     * destination) break a rule in force? Derived from the rules; moves it clears are not judged.
     */
    boolean moveMayBreakRules(Unit u);

    /** Adds a new unit to the map. */
    void place(Unit u);

    /** Takes a unit off the map (destroyed or withdrawn from theatre). */
    void unplace(Unit u);

    /** Keeps the map in step after a unit moved from (ox, oy) to its current cell. */
    void relocate(Unit u, int ox, int oy);

    /**
     * A unit of {@code enemy} within {@code range} (Euclidean) of (x, y): among the cells with
     * enemy units, one of the nearest, chosen at random; then a random unit there.
     */
    Unit findTarget(SideKey enemy, int x, int y, int range);

    /**
     * For an ordered strike: the enemy unit in {@code cells} (or, failing that, anywhere)
     * nearest the first target cell, if one is within {@code range} of the shooter at (x, y).
     */
    Unit nearestEnemyTo(SideKey enemy, List<Cell> cells, int x, int y, int range);

    /** Casualties of one engagement: Poisson(lambda) capped at the target's strength. */
    int drawCasualties(double lambda, int targetStrength);

    /** Deterrence the peacekeepers exert on the cell, in [0, 1]. */
    double deterrenceAt(int x, int y);

    /** Self-excitation left on a cell by recent exchanges of fire nearby (E18), decayed to today. */
    double excitationAt(int x, int y);

    /** The peacekeepers: whom a unit answers when they demand, who may block its way. */
    PeacekeepingContingent peacekeepers();
}
