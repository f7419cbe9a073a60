package ceasefire.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The line of contact and distances derived from a map. */
class GeographyTest {

    private static Geography geography(String... rows) {
        Map<Character, LegendEntry> legend = new LinkedHashMap<>();
        legend.put('a', new LegendEntry('a', Terrain.OPEN, Control.A, "a"));
        legend.put('b', new LegendEntry('b', Terrain.OPEN, Control.B, "b"));
        legend.put('p', new LegendEntry('p', Terrain.OPEN, Control.PEACEKEEPING, "p"));
        legend.put('z', new LegendEntry('z', Terrain.OPEN, Control.BUFFER, "z"));
        legend.put('n', new LegendEntry('n', Terrain.OPEN, Control.NEUTRAL, "n"));
        legend.put('~', new LegendEntry('~', Terrain.WATER, Control.NEUTRAL, "~"));
        return new Geography(new MapSpec(List.of(rows), legend, Map.of(), 1.0));
    }

    @Test
    void postsSpreadFromTheLineToTheFarthestCells() {
        // A 2 x 5 peacekeeping strip, every cell one step from the line: the first post takes the
        // first cell, the next the farthest from it (the strip's other end), the third the middle.
        Geography g = geography("aappbb", "aappbb", "aappbb", "aappbb", "aappbb");
        List<Cell> strip = g.cellsOf("peacekeeping", 0, Integer.MAX_VALUE);
        assertEquals(List.of(new Cell(2, 0), new Cell(2, 4), new Cell(2, 2)), g.spreadPosts(strip, 3));
        assertEquals(strip.size(), g.spreadPosts(strip, strip.size()).stream().distinct().count(), "a post per cell when all are asked for");
        assertThrows(IllegalArgumentException.class, () -> g.spreadPosts(strip, strip.size() + 1));
    }

    @Test
    void sidesThatTouchShareALine() {
        Geography g = geography("aabb", "aabb");
        assertTrue(g.onLine(1, 0));
        assertTrue(g.onLine(2, 1));
        assertFalse(g.onLine(0, 0));
        assertEquals(1, g.lineDistance(0, 0));
        assertEquals(4, g.lineCells());
    }

    @Test
    void aPeacekeepingStripBetweenTheSidesCarriesTheLine() {
        Geography g = geography("aappbb", "aappbb");
        assertTrue(g.onLine(1, 0), "A's cell next to the strip");
        assertTrue(g.onLine(4, 1), "B's cell next to the strip");
        assertFalse(g.onLine(2, 0), "the strip itself is not either side's line");
        assertEquals(1, g.lineDistance(2, 0));
    }

    @Test
    void aBufferTouchingOnlyOneSideIsNoLine() {
        Geography g = geography("aazznbb", "aazznbb");
        assertEquals(0, g.lineCells());
    }

    @Test
    void neutralGroundIsNotALine() {
        Geography g = geography("aanbb");
        assertEquals(0, g.lineCells());
    }

    @Test
    void theWayHomeGoesAroundWater() {
        Geography g = geography("aa~bb", "aa~bb", "aapbb");
        assertEquals(Geography.FAR, g.ownDistance(SideKey.A, 2, 0), "water itself is unreachable");
        assertEquals(1, g.ownDistance(SideKey.A, 2, 2));
        assertEquals(3, g.ownDistance(SideKey.A, 3, 0), "from (3,0) round the lake: (3,1), (2,2), then A's (1,1)");
        assertTrue(g.forwardOf(SideKey.A, 2, 2));
        assertFalse(g.forwardOf(SideKey.A, 1, 2));
    }

    @Test
    void zonesAndPlacementBands() {
        Geography g = geography("aaaabb");
        assertEquals(List.of(new Cell(3, 0)), g.cellsOf("A", 0, 0));
        assertEquals(List.of(new Cell(0, 0), new Cell(1, 0)), g.cellsOf("A", 2, 10));
        assertTrue(g.inZone("B", 5, 0));
    }
}
