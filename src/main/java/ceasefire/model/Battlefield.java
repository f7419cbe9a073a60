package ceasefire.model;

import ceasefire.agents.Unit;
import ceasefire.scenario.Cell;
import ceasefire.scenario.Geography;
import ceasefire.scenario.SideKey;
import ec.util.MersenneTwisterFast;
import java.util.List;
import sim.field.grid.DenseGrid2D;
import sim.util.Bag;

/**
 * Where the units are: the units on each cell and, per side, a count of units on each cell, so
 * that "is there an enemy here or near" is one array read. Answers the spatial questions of
 * fire, strikes and perception. Random choices among equal candidates use the run's stream,
 * passed in by the caller. MASON's grid of units (for portrayals) is built when first asked
 * for and kept in step from then on.
 */
final class Battlefield {

    private final Geography geography;
    /*
     * The units on each cell, by cell index: null for none, the Unit itself for one, a MASON Bag
     * for two or more. The order within a cell is that of MASON's DenseGrid2D bags, which this
     * replaces on the hot path (moving a unit there cost a row array, a bag and its array, on
     * both cells, for every patrol step, and left an empty bag on every cell ever visited): an
     * added unit goes last, a removed one is replaced by the last (Bag.remove). unitAt draws
     * among a cell's units in this order, so it keeps the random draws of the grid's bags.
     */
    private final Object[] occupants;
    /** MASON's grid of the units, made on first request (the GUI's portrayal) and kept in step after. */
    private DenseGrid2D unitField;
    private final int[][] unitCount;

    Battlefield(Geography geography) {
        this.geography = geography;
        this.occupants = new Object[geography.cells()];
        this.unitCount = new int[2][geography.cells()];
    }

    /**
     * MASON field holding the units, for portrayals: filled from the cells on the first call
     * (made when a GUI attaches to a started run, before it steps) and kept in step after.
     */
    DenseGrid2D unitField() {
        if (unitField == null) {
            DenseGrid2D grid = new DenseGrid2D(geography.width(), geography.height());
            grid.removeEmptyBags = false;
            int w = geography.width();
            for (int i = 0; i < occupants.length; i++) {
                Object o = occupants[i];
                if (o instanceof Bag bag) {
                    for (int k = 0; k < bag.numObjs; k++) {
                        grid.addObjectToLocation(bag.objs[k], i % w, i / w);
                    }
                } else if (o != null) {
                    grid.addObjectToLocation(o, i % w, i / w);
                }
            }
            unitField = grid;
        }
        return unitField;
    }

    /** Adds a new unit to the map. */
    void place(Unit u) {
        int i = geography.index(u.x(), u.y());
        add(i, u);
        if (unitField != null) {
            unitField.addObjectToLocation(u, u.x(), u.y());
        }
        unitCount[u.side().index()][i]++;
    }

    /** Takes a unit off the map (destroyed or withdrawn from theatre). */
    void unplace(Unit u) {
        int i = geography.index(u.x(), u.y());
        remove(i, u);
        if (unitField != null) {
            unitField.removeObjectAtLocation(u, u.x(), u.y());
        }
        unitCount[u.side().index()][i]--;
    }

    /** Keeps the map in step after a unit moved from (ox, oy) to its current cell. */
    void relocate(Unit u, int ox, int oy) {
        int from = geography.index(ox, oy);
        int to = geography.index(u.x(), u.y());
        remove(from, u);
        add(to, u);
        if (unitField != null) {
            unitField.removeObjectAtLocation(u, ox, oy);
            unitField.addObjectToLocation(u, u.x(), u.y());
        }
        int[] count = unitCount[u.side().index()];
        count[from]--;
        count[to]++;
    }

    /** Puts {@code u} last among the units on cell {@code i}. */
    private void add(int i, Unit u) {
        Object o = occupants[i];
        if (o == null) {
            occupants[i] = u;
        } else if (o instanceof Bag bag) {
            bag.add(u);
        } else {
            Bag bag = new Bag(4);
            bag.add(o);
            bag.add(u);
            occupants[i] = bag;
        }
    }

    /** Takes {@code u} off cell {@code i}, the last unit there taking its place (as Bag.remove does); a lone survivor is stored alone. */
    private void remove(int i, Unit u) {
        Object o = occupants[i];
        if (o == u) {
            occupants[i] = null;
        } else if (o instanceof Bag bag) {
            bag.remove(u);
            if (bag.numObjs == 1) {
                occupants[i] = bag.objs[0];
            }
        }
    }

    /** Whether units of the side opposing {@code side} stand on the cell. */
    boolean occupiedByEnemy(SideKey side, int x, int y) {
        return unitCount[side.other().index()][geography.index(x, y)] > 0;
    }

    /**
     * A unit of {@code enemy} within {@code range} (Euclidean) of (x, y): among the cells with
     * enemy units, one of the nearest, chosen at random; then a random unit there.
     */
    Unit findTarget(SideKey enemy, int x, int y, int range, MersenneTwisterFast random) {
        int[] count = unitCount[enemy.index()];
        int best = Integer.MAX_VALUE;
        int candidates = 0;
        int chosen = -1;
        int r2 = range * range;
        int w = geography.width();
        int h = geography.height();
        for (int dy = -range; dy <= range; dy++) {
            int ty = y + dy;
            if (ty < 0 || ty >= h) {
                continue;
            }
            for (int dx = -range; dx <= range; dx++) {
                int tx = x + dx;
                int d = dx * dx + dy * dy;
                if (tx < 0 || tx >= w || d > r2 || d > best) {
                    continue;
                }
                int i = ty * w + tx;
                if (count[i] <= 0) {
                    continue;
                }
                if (d < best) {
                    best = d;
                    candidates = 0;
                }
                // Reservoir choice among the equally near cells.
                candidates++;
                if (random.nextInt(candidates) == 0) {
                    chosen = i;
                }
            }
        }
        return chosen < 0 ? null : unitAt(enemy, chosen % w, chosen / w, random);
    }

    /**
     * For an ordered strike: the enemy unit in {@code cells} (or, failing that, anywhere)
     * nearest the first target cell, if one is within {@code range} of the shooter at (x, y).
     */
    Unit nearestEnemyTo(SideKey enemy, List<Cell> cells, int x, int y, int range, MersenneTwisterFast random) {
        int[] count = unitCount[enemy.index()];
        int r2 = range * range;
        for (Cell c : cells) {
            int i = geography.index(c.x(), c.y());
            int dx = c.x() - x;
            int dy = c.y() - y;
            if (count[i] > 0 && dx * dx + dy * dy <= r2) {
                return unitAt(enemy, c.x(), c.y(), random);
            }
        }
        if (cells.isEmpty()) {
            return null;
        }
        Cell aim = cells.get(cells.size() / 2);
        Unit near = findTarget(enemy, aim.x(), aim.y(), Math.max(geography.width(), geography.height()), random);
        if (near == null) {
            return null;
        }
        int dx = near.x() - x;
        int dy = near.y() - y;
        return dx * dx + dy * dy <= r2 ? near : null;
    }

    private Unit unitAt(SideKey side, int x, int y, MersenneTwisterFast random) {
        Object o = occupants[geography.index(x, y)];
        if (o == null) {
            return null;
        }
        if (!(o instanceof Bag bag)) {
            // One unit: the same draw as a bag of one.
            Unit u = (Unit) o;
            return u.side() == side && u.alive() && random.nextInt(1) == 0 ? u : null;
        }
        int n = 0;
        Unit chosen = null;
        for (int k = 0; k < bag.numObjs; k++) {
            Unit u = (Unit) bag.objs[k];
            if (u.side() == side && u.alive()) {
                n++;
                if (random.nextInt(n) == 0) {
                    chosen = u;
                }
            }
        }
        return chosen;
    }

    /** Whether units of {@code who} stand within {@code radius} steps (a square) of (x, y). */
    boolean enemyNear(SideKey who, int x, int y, int radius) {
        int[] count = unitCount[who.index()];
        for (int dy = -radius; dy <= radius; dy++) {
            for (int dx = -radius; dx <= radius; dx++) {
                int tx = x + dx;
                int ty = y + dy;
                if (geography.contains(tx, ty) && count[geography.index(tx, ty)] > 0) {
                    return true;
                }
            }
        }
        return false;
    }
}
