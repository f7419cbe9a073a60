package ceasefire.scenario;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the model needs to know about the map, derived once from a {@link MapSpec}: terrain and
 * control per cell as flat arrays, the line of contact, every cell's distance to it, each side's
 * distance to its own ground (the way back when withdrawing), and zone and region masks.
 * Immutable: the arrays never leave this class.
 *
 * <p>The line of contact is derived: a cell held by a side lies on it when one of its eight
 * neighbours is held by the other side, or belongs to a stretch of peacekeeping zone or buffer
 * that touches both sides.</p>
 */
public final class Geography {

    /** Distance given to cells from which the target cannot be reached. */
    public static final int FAR = Integer.MAX_VALUE / 4;

    private static final int[] DX = {-1, 0, 1, -1, 1, -1, 0, 1};
    private static final int[] DY = {-1, -1, -1, 0, 0, 1, 1, 1};

    private final int width;
    private final int height;
    private final Terrain[] terrain;
    private final Control[] control;
    private final boolean[] line;
    private final int[] lineDistance;
    private final int[][] ownDistance;
    private final Map<String, boolean[]> zones;
    private final int lineCells;
    private final Map<String, String> regionLabels;
    /** The map legend's label of each cell's character ("peacekeepers' zone, hills"), "" if none. */
    private final String[] legendLabel;
    /** The map legend's entries that the map uses, in the legend's order. */
    private final List<LegendEntry> legendEntries;

    public Geography(MapSpec map) {
        width = map.width();
        height = map.height();
        int n = Math.multiplyExact(width, height); // MapSpec holds it within Limits.MAX_CELLS
        terrain = new Terrain[n];
        control = new Control[n];
        legendLabel = new String[n];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                LegendEntry e = map.at(x, y);
                terrain[y * width + x] = e.terrain();
                control[y * width + x] = e.control();
                legendLabel[y * width + x] = e.label();
            }
        }
        java.util.Set<Character> used = new java.util.HashSet<>();
        for (String row : map.rows()) {
            for (char ch : row.toCharArray()) {
                used.add(ch);
            }
        }
        List<LegendEntry> entries = new ArrayList<>();
        map.legend().forEach((ch, e) -> {
            if (used.contains(ch)) {
                entries.add(e);
            }
        });
        legendEntries = List.copyOf(entries);
        line = deriveLine();
        int count = 0;
        for (boolean b : line) {
            count += b ? 1 : 0;
        }
        lineCells = count;
        lineDistance = distanceFrom(line, false);
        ownDistance = new int[2][];
        for (SideKey side : SideKey.values()) {
            boolean[] own = new boolean[n];
            Control c = Control.of(side);
            for (int i = 0; i < n; i++) {
                own[i] = control[i] == c;
            }
            ownDistance[side.index()] = distanceFrom(own, true);
        }
        Map<String, boolean[]> z = new LinkedHashMap<>();
        for (Control c : Control.values()) {
            boolean[] mask = new boolean[n];
            for (int i = 0; i < n; i++) {
                mask[i] = control[i] == c;
            }
            z.put(c.yamlName(), mask);
        }
        for (RegionSpec r : map.regions().values()) {
            boolean[] mask = new boolean[n];
            for (Cell cell : r.cells()) {
                if (contains(cell.x(), cell.y())) {
                    mask[index(cell.x(), cell.y())] = true;
                }
            }
            z.put(r.name(), mask);
        }
        zones = Collections.unmodifiableMap(z);
        Map<String, String> labels = new LinkedHashMap<>();
        for (RegionSpec r : map.regions().values()) {
            labels.put(r.name(), r.label());
        }
        regionLabels = Collections.unmodifiableMap(labels);
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public int cells() {
        return width * height;
    }

    public boolean contains(int x, int y) {
        return x >= 0 && y >= 0 && x < width && y < height;
    }

    public int index(int x, int y) {
        return y * width + x;
    }

    public Terrain terrain(int x, int y) {
        return terrain[index(x, y)];
    }

    public Terrain terrainAt(int i) {
        return terrain[i];
    }

    public Control control(int x, int y) {
        return control[index(x, y)];
    }

    public Control controlAt(int i) {
        return control[i];
    }

    public boolean passable(int x, int y) {
        return terrain[index(x, y)].passable();
    }

    /** Whether the cell lies on the line of contact. */
    public boolean onLine(int x, int y) {
        return line[index(x, y)];
    }

    /** Cells on the line of contact. */
    public int lineCells() {
        return lineCells;
    }

    /** Steps (8-neighbour, as the crow flies) from the cell to the nearest line cell; {@link #FAR} if none. */
    public int lineDistance(int x, int y) {
        return lineDistance[index(x, y)];
    }

    public int lineDistanceAt(int i) {
        return lineDistance[i];
    }

    /**
     * Steps over passable ground from the cell to the nearest passable cell held by {@code side}
     * (0 on its own passable ground, {@link #FAR} when cut off or on water, its own included):
     * the way back when withdrawing.
     */
    public int ownDistance(SideKey side, int x, int y) {
        return ownDistance[side.index()][index(x, y)];
    }

    /** Whether the cell is forward of {@code side}'s ceasefire line, i.e. not its own ground. */
    public boolean forwardOf(SideKey side, int x, int y) {
        return control[index(x, y)] != Control.of(side);
    }

    /** Zone and region names, built-in zones first. */
    public List<String> zoneNames() {
        return new ArrayList<>(zones.keySet());
    }

    public boolean hasZone(String name) {
        return zones.containsKey(name);
    }

    /** Whether the cell is in the named zone or region. */
    public boolean inZone(String name, int x, int y) {
        boolean[] mask = zones.get(name);
        if (mask == null) {
            throw new IllegalArgumentException("unknown zone or region '" + name + "'");
        }
        return mask[index(x, y)];
    }

    /** Passable cells of a zone or region whose line distance lies in [min, max], row by row. */
    public List<Cell> cellsOf(String zone, int minLineDistance, int maxLineDistance) {
        boolean[] mask = zones.get(zone);
        if (mask == null) {
            throw new IllegalArgumentException("unknown zone or region '" + zone + "'");
        }
        List<Cell> out = new ArrayList<>();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int i = index(x, y);
                if (mask[i] && terrain[i].passable() && lineDistance[i] >= minLineDistance && lineDistance[i] <= maxLineDistance) {
                    out.add(new Cell(x, y));
                }
            }
        }
        return out;
    }

    /**
     * Places {@code count} posts among {@code cells} (passable cells of a zone, row by row; at
     * least {@code count} of them), spread out: the first on the cell nearest the line, each next
     * one on the cell farthest from those chosen (ties go to the cell nearer the line, then to row
     * order). Deterministic, independent of the seed.
     */
    public List<Cell> spreadPosts(List<Cell> cells, int count) {
        if (count > cells.size()) {
            throw new IllegalArgumentException(count + " posts do not fit on " + cells.size() + " cells");
        }
        List<Cell> candidates = new ArrayList<>(cells);
        candidates.sort(Comparator.comparingInt((Cell c) -> lineDistance(c.x(), c.y())));
        List<Cell> chosen = new ArrayList<>();
        int[] nearest = new int[candidates.size()];
        Arrays.fill(nearest, Integer.MAX_VALUE);
        for (int k = 0; k < count; k++) {
            int best = -1;
            for (int i = 0; i < candidates.size(); i++) {
                if (nearest[i] == 0) {
                    continue;
                }
                if (best < 0 || nearest[i] > nearest[best]) {
                    best = i;
                }
            }
            Cell c = candidates.get(best);
            chosen.add(c);
            for (int i = 0; i < candidates.size(); i++) {
                Cell o = candidates.get(i);
                int d = Math.max(Math.abs(o.x() - c.x()), Math.abs(o.y() - c.y()));
                nearest[i] = Math.min(nearest[i], d);
            }
        }
        return chosen;
    }

    /** Cells of a zone or region in row order (passable or not). */
    public List<Cell> zoneCells(String zone) {
        boolean[] mask = zones.get(zone);
        if (mask == null) {
            throw new IllegalArgumentException("unknown zone or region '" + zone + "'");
        }
        List<Cell> out = new ArrayList<>();
        for (int i = 0; i < mask.length; i++) {
            if (mask[i]) {
                out.add(new Cell(i % width, i / width));
            }
        }
        return out;
    }

    /**
     * A place name for narratives: the label of the first region containing the cell with the
     * cell, "Farukh/Parukh heights (52,17)"; else the cell with the map legend's label for it,
     * "(41,31: peacekeepers' zone, hills)"; else the cell alone, "(41,31)".
     */
    public String placeName(int x, int y) {
        return placeNames(List.of(new Cell(x, y)));
    }

    /**
     * Names every cell of a list, grouped by place in order of first mention:
     * "Farukh/Parukh heights (52,17; 52,15) and (41,31: peacekeepers' zone, hills)".
     * A cell named twice is named once.
     */
    public String placeNames(List<Cell> cells) {
        Map<String, List<Cell>> byRegion = new LinkedHashMap<>();
        for (Cell c : cells) {
            String region = regionLabel(c.x(), c.y());
            String key = region.isEmpty() ? "\0" + legendLabel(c.x(), c.y()) : region;
            List<Cell> group = byRegion.computeIfAbsent(key, k -> new ArrayList<>());
            if (!group.contains(c)) {
                group.add(c);
            }
        }
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, List<Cell>> e : byRegion.entrySet()) {
            StringBuilder coords = new StringBuilder();
            for (Cell c : e.getValue()) {
                coords.append(coords.length() == 0 ? "" : "; ").append(c.x()).append(',').append(c.y());
            }
            String key = e.getKey();
            if (key.startsWith("\0")) {
                String legend = key.substring(1);
                parts.add("(" + coords + (legend.isEmpty() ? "" : ": " + legend) + ")");
            } else {
                parts.add(key + " (" + coords + ")");
            }
        }
        if (parts.size() <= 1) {
            return parts.isEmpty() ? "" : parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }

    /** The map legend's entries the map uses, in the legend's order (for map keys). */
    public List<LegendEntry> legendEntries() {
        return legendEntries;
    }

    /** Named regions: name to label, in the scenario's order. */
    public Map<String, String> regions() {
        return regionLabels;
    }

    /** The map legend's label for the cell's character ("Karabakh Armenian-held, hills"), or "". */
    public String legendLabel(int x, int y) {
        return legendLabel[index(x, y)];
    }

    /** The label of the first named region containing the cell, or the empty string. */
    public String regionLabel(int x, int y) {
        String label = regionLabels.isEmpty() ? null : regionAt(x, y);
        return label == null ? "" : label;
    }

    private String regionAt(int x, int y) {
        int i = index(x, y);
        for (Map.Entry<String, String> e : regionLabels.entrySet()) {
            if (zones.get(e.getKey())[i]) {
                return e.getValue();
            }
        }
        return null;
    }

    /** Breadth-first steps over passable cells to the nearest cell of a zone or region. */
    public int[] routeTo(String zone) {
        boolean[] mask = zones.get(zone);
        if (mask == null) {
            throw new IllegalArgumentException("unknown zone or region '" + zone + "'");
        }
        return distanceFrom(mask, true);
    }

    private boolean[] deriveLine() {
        int n = width * height;
        // Label connected stretches of separating ground (peacekeeping zone, buffer) and note
        // which sides each one touches.
        int[] component = new int[n];
        Arrays.fill(component, -1);
        List<boolean[]> touches = new ArrayList<>();
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int start = 0; start < n; start++) {
            if (component[start] >= 0 || !control[start].separating()) {
                continue;
            }
            int id = touches.size();
            boolean[] touch = new boolean[2];
            touches.add(touch);
            component[start] = id;
            queue.add(start);
            while (!queue.isEmpty()) {
                int i = queue.poll();
                int x = i % width;
                int y = i / width;
                for (int d = 0; d < 8; d++) {
                    int nx = x + DX[d];
                    int ny = y + DY[d];
                    if (!contains(nx, ny)) {
                        continue;
                    }
                    int j = index(nx, ny);
                    Control c = control[j];
                    if (c == Control.A) {
                        touch[0] = true;
                    } else if (c == Control.B) {
                        touch[1] = true;
                    } else if (c.separating() && component[j] < 0) {
                        component[j] = id;
                        queue.add(j);
                    }
                }
            }
        }
        boolean[] result = new boolean[n];
        for (int i = 0; i < n; i++) {
            Control c = control[i];
            if (c != Control.A && c != Control.B) {
                continue;
            }
            Control other = c == Control.A ? Control.B : Control.A;
            int x = i % width;
            int y = i / width;
            for (int d = 0; d < 8 && !result[i]; d++) {
                int nx = x + DX[d];
                int ny = y + DY[d];
                if (!contains(nx, ny)) {
                    continue;
                }
                int j = index(nx, ny);
                if (control[j] == other) {
                    result[i] = true;
                } else if (component[j] >= 0) {
                    boolean[] touch = touches.get(component[j]);
                    result[i] = touch[0] && touch[1];
                }
            }
        }
        return result;
    }

    /**
     * Multi-source breadth-first distances in 8-neighbour steps; over all cells (a range, as the
     * crow flies) or, with {@code passableOnly}, over passable cells from passable sources only (a
     * route on foot).
     */
    private int[] distanceFrom(boolean[] sources, boolean passableOnly) {
        int n = width * height;
        int[] dist = new int[n];
        Arrays.fill(dist, FAR);
        int[] queue = new int[n];
        int head = 0;
        int tail = 0;
        for (int i = 0; i < n; i++) {
            // A route on foot must end on ground a unit can stand on: a side's own lake is not
            // "home" and a zone's water cells are not its target.
            if (sources[i] && (!passableOnly || terrain[i].passable())) {
                dist[i] = 0;
                queue[tail++] = i;
            }
        }
        while (head < tail) {
            int i = queue[head++];
            int x = i % width;
            int y = i / width;
            for (int d = 0; d < 8; d++) {
                int nx = x + DX[d];
                int ny = y + DY[d];
                if (!contains(nx, ny)) {
                    continue;
                }
                int j = index(nx, ny);
                if (dist[j] == FAR && (!passableOnly || terrain[j].passable())) {
                    dist[j] = dist[i] + 1;
                    queue[tail++] = j;
                }
            }
        }
        return dist;
    }
}
