package ceasefire.model;

import ceasefire.agents.Unit;
import ceasefire.rules.MapView;
import ceasefire.rules.MovePrefilter;
import ceasefire.scenario.Cell;
import ceasefire.scenario.Control;
import ceasefire.scenario.Geography;
import ceasefire.scenario.RuleSpec;
import ceasefire.scenario.Scenario;
import ceasefire.scenario.SideKey;
import ceasefire.scenario.Terrain;
import ec.util.MersenneTwisterFast;

/**
 * The ground as the parameters in force make it, one array per question so that the hot path
 * reads a cell, not the rules: the terrain's mobility, each side's patrol ground (its own cells
 * outside closed zones, by distance to the line), and where a move may break a rule. Built anew
 * whenever the parameters change.
 */
final class Ground {

    private final Geography geography;
    private final Scenario params;
    private final MapView mapView;
    /** Where a move may break a rule in force. */
    private MovePrefilter movePrefilter;
    /*
     * Mobility as a terrain per cell and a mobility per terrain: a byte a cell (160 kB on the
     * bench's 400x400 map) stays in cache where a double a cell (1.3 MB) missed it on nearly
     * every patrol step. The doubles are the same.
     */
    private byte[] cellTerrain;
    private double[] terrainMobility;
    private int[][] rearDepth;

    Ground(Geography geography, MapView mapView, Scenario params) {
        this.geography = geography;
        this.mapView = mapView;
        this.params = params;
        rebuildEntryZone();
        rebuildMobility();
    }

    /**
     * A cheap, conservative pre-check: could this move (the unit already stands on its
     * destination) break a rule in force? Derived from the rules ({@link MovePrefilter}); moves
     * it clears are not judged at all.
     */
    boolean moveMayBreakRules(Unit u) {
        return movePrefilter.mayBreak(u.kind(), u.x(), u.y());
    }

    /**
     * For a routine patrol: the cell's distance to the line if it is passable ground of the
     * side, outside every zone the entry rule closes; -1 (or off the map) otherwise. One
     * array read decides whether a patrol step may go there.
     */
    int rearDepth(SideKey side, int x, int y) {
        if (x < 0 || y < 0 || x >= geography.width() || y >= geography.height()) {
            return -1;
        }
        return rearDepth[side.index()][geography.index(x, y)];
    }

    /** The terrain's mobility roll for stepping onto a cell (always passed on open ground). */
    boolean mobilityRoll(int x, int y, MersenneTwisterFast rand) {
        double mobility = terrainMobility[cellTerrain[geography.index(x, y)]];
        return mobility >= 1 || rand.nextDouble() < mobility;
    }

    /** Per-cell terrain and per-terrain mobility from the terrain parameters: two array reads on the hot path. */
    private void rebuildMobility() {
        Terrain[] terrains = Terrain.values();
        terrainMobility = new double[terrains.length];
        for (Terrain t : terrains) {
            terrainMobility[t.ordinal()] = params.terrain().mobilityOf(t);
        }
        cellTerrain = new byte[geography.cells()];
        for (int i = 0; i < cellTerrain.length; i++) {
            cellTerrain[i] = (byte) geography.terrainAt(i).ordinal();
        }
    }

    private void rebuildEntryZone() {
        movePrefilter = MovePrefilter.of(params.rules(), mapView, geography.width(), geography.height());
        boolean[] entryZone = new boolean[geography.cells()];
        RuleSpec.NoZoneEntry rule = params.rules().zoneEntry();
        if (rule.enabled()) {
            for (String zone : rule.zones()) {
                for (Cell c : geography.zoneCells(zone)) {
                    entryZone[geography.index(c.x(), c.y())] = true;
                }
            }
        }
        rearDepth = new int[2][geography.cells()];
        for (SideKey side : SideKey.values()) {
            int[] depth = rearDepth[side.index()];
            for (int i = 0; i < depth.length; i++) {
                boolean ok = geography.terrainAt(i).passable() && geography.controlAt(i) == Control.of(side) && !entryZone[i];
                depth[i] = ok ? geography.lineDistanceAt(i) : -1;
            }
        }
    }
}
