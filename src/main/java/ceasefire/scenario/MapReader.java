package ceasefire.scenario;

import static ceasefire.scenario.Declared.real;

import ceasefire.scenario.yaml.Section;
import ceasefire.scenario.yaml.YamlNode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the {@code map} section (legend, rows, regions), checking every row against the legend
 * and the size limits, and the {@code terrain} section's cover and mobility per ground type.
 */
final class MapReader {

    private MapReader() {
    }

    static MapSpec read(Section s) {
        if (!s.present()) {
            s.reader().problem(s.line(), "map", "is missing; expected legend and rows");
            return null;
        }
        double cellKm = real(s, "cell_km");
        Map<Character, LegendEntry> legend = readLegend(s.section("legend"));
        List<String> rows = readRows(s, legend);
        Map<String, RegionSpec> regions = readRegions(s.section("regions"), rows);
        s.done();
        if (rows == null || legend == null) {
            return null;
        }
        try {
            return new MapSpec(rows, legend, regions, cellKm);
        } catch (IllegalArgumentException e) {
            return null; // already reported in detail by readRows
        }
    }

    static Map<Character, LegendEntry> readLegend(Section s) {
        if (!s.present()) {
            s.reader().problem(s.line(), "map.legend", "is missing; expected one entry per map character, e.g. \".\": {terrain: open, control: A}");
            return null;
        }
        Map<Character, LegendEntry> legend = new LinkedHashMap<>();
        for (String key : s.keys()) {
            Section e = s.section(key);
            if (key.length() != 1 || Character.isWhitespace(key.charAt(0))) {
                s.problem(key, "a legend key must be a single visible character, got '" + key + "'");
                s.accept(key);
                continue;
            }
            if (!e.has("terrain")) {
                e.problem("terrain", "is missing; expected one of open, rough, mountain, urban, road, water");
            }
            if (!e.has("control")) {
                e.problem("control", "is missing; expected one of A, B, peacekeeping, buffer, neutral");
            }
            Terrain t = e.choice("terrain", Terrain.OPEN, Terrain.class, Terrain::yamlName);
            Control c = e.choice("control", Control.NEUTRAL, Control.class, Control::yamlName);
            String labelText = e.text("label", t.yamlName() + ", " + c.yamlName());
            e.done();
            legend.put(key.charAt(0), new LegendEntry(key.charAt(0), t, c, labelText));
        }
        if (legend.isEmpty()) {
            s.reader().problem(s.line(), "map.legend", "is empty; expected one entry per map character");
            return null;
        }
        return legend;
    }

    static List<String> readRows(Section s, Map<Character, LegendEntry> legend) {
        YamlNode node = s.rawNode("rows");
        String src = s.sourceOf("rows");
        if (node == null) {
            s.reader().problem(src, s.line(), "map.rows", "is missing; expected the map as rows of legend characters");
            return null;
        }
        List<String> rows = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        if (node.isScalar()) {
            int first = node.line();
            if (node.isFoldedBlock()) {
                s.reader().problem(src, first, "map.rows", "write the rows as a literal block, 'rows: |'; with 'rows: >' YAML folds them into one line");
                return null;
            }
            boolean block = node.isLiteralBlock();
            String[] split = node.text().split("\n", -1);
            int count = split.length;
            while (count > 0 && split[count - 1].isBlank()) {
                count--;
            }
            for (int i = 0; i < count; i++) {
                rows.add(stripTrailing(split[i]));
                lines.add(block ? first + 1 + i : first);
            }
        } else if (node.isList()) {
            for (YamlNode item : node.items()) {
                if (item.isScalar()) {
                    rows.add(stripTrailing(item.text()));
                    lines.add(item.line());
                } else {
                    s.reader().problem(src, item.line(), "map.rows", "expected each row as text, got " + item.describe());
                }
            }
        } else {
            s.reader().problem(src, node.line(), "map.rows", "expected the map as a block of text rows (rows: |) or a list of rows");
            return null;
        }
        if (rows.isEmpty()) {
            s.reader().problem(src, node.line(), "map.rows", "has no rows");
            return null;
        }
        // Bounded before anything is built per cell; a long product, so that no size can overflow.
        long cells = (long) rows.stream().mapToInt(String::length).max().orElse(0) * rows.size();
        if (cells > Limits.MAX_CELLS) {
            s.reader().problem(src, node.line(), "map.rows", "the map has " + Limits.count(cells) + " cells (its widest row times "
                    + Limits.count(rows.size()) + " rows); the limit is " + Limits.count(Limits.MAX_CELLS) + " (see SECURITY.md)");
            return null;
        }
        boolean ok = true;
        int width = rows.get(0).length();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).length() != width) {
                s.reader().problem(src, lines.get(i), "map.rows[" + i + "]",
                        "row y = " + i + " has " + rows.get(i).length() + " cells but the first row (y = 0) has " + width
                                + "; all rows must have equal length");
                ok = false;
            }
        }
        if (legend != null) {
            Map<Character, String> undefined = new LinkedHashMap<>();
            Map<Character, Integer> undefinedLine = new LinkedHashMap<>();
            for (int y = 0; y < rows.size(); y++) {
                String row = rows.get(y);
                for (int x = 0; x < row.length(); x++) {
                    char c = row.charAt(x);
                    if (!legend.containsKey(c) && !undefined.containsKey(c)) {
                        undefined.put(c, "x = " + x + ", y = " + y);
                        undefinedLine.put(c, lines.get(y));
                    }
                }
            }
            for (Map.Entry<Character, String> e : undefined.entrySet()) {
                String shown = e.getKey() == ' ' ? "a space" : e.getKey() == '\t' ? "a tab" : "'" + e.getKey() + "'";
                s.reader().problem(src, undefinedLine.get(e.getKey()), "map.rows",
                        "character " + shown + " (first at " + e.getValue() + ") is not defined in map.legend");
                ok = false;
            }
        }
        return ok ? rows : null;
    }

    static String stripTrailing(String row) {
        return row.replaceAll("[ \\t\\r]+$", "");
    }

    static Map<String, RegionSpec> readRegions(Section s, List<String> rows) {
        Map<String, RegionSpec> regions = new LinkedHashMap<>();
        for (String name : s.keys()) {
            Section r = s.section(name);
            boolean builtIn = false;
            for (Control c : Control.values()) {
                builtIn |= c.yamlName().equals(name);
            }
            if (builtIn) {
                s.problem(name, "'" + name + "' is a built-in zone name; choose another region name");
            }
            List<Cell> cells = new ArrayList<>();
            if (r.has("cells")) {
                cells.addAll(r.cells("cells"));
                if (r.has("x") || r.has("width")) {
                    r.problem("cells", "give either cells or x, y, width, height, not both");
                }
            } else {
                if (!r.has("x") || !r.has("y") || !r.has("width") || !r.has("height")) {
                    r.problem("", "a region needs x, y, width and height (a rectangle) or cells");
                }
                int x = r.integer("x", 0, 0, Limits.MAX_WHOLE);
                int y = r.integer("y", 0, 0, Limits.MAX_WHOLE);
                int w = r.integer("width", 1, 1, Limits.MAX_WHOLE);
                int h = r.integer("height", 1, 1, Limits.MAX_WHOLE);
                for (int j = y; j < y + h; j++) {
                    for (int i = x; i < x + w; i++) {
                        cells.add(new Cell(i, j));
                    }
                }
            }
            String placeLabel = r.text("label", name);
            r.accept("x");
            r.accept("y");
            r.accept("width");
            r.accept("height");
            r.accept("cells");
            r.done();
            if (rows != null) {
                int height = rows.size();
                int width = rows.get(0).length();
                for (Cell c : cells) {
                    if (c.x() < 0 || c.y() < 0 || c.x() >= width || c.y() >= height) {
                        r.problem("", "cell " + c + " is outside the " + width + "x" + height + " map");
                        break;
                    }
                }
            }
            if (!cells.isEmpty()) {
                regions.put(name, new RegionSpec(name, placeLabel, cells, r.line()));
            } else {
                r.problem("", "has no cells");
            }
        }
        s.done();
        return regions;
    }

    static TerrainSpec readTerrain(Section s) {
        Map<Terrain, Double> cover = new EnumMap<>(Terrain.class);
        Map<Terrain, Double> mobility = new EnumMap<>(Terrain.class);
        for (Terrain t : Terrain.values()) {
            if (!t.passable()) {
                continue;
            }
            Section ts = s.section(t.yamlName());
            cover.put(t, real(ts, "cover"));
            mobility.put(t, real(ts, "mobility"));
            ts.done();
        }
        s.done();
        return new TerrainSpec(cover, mobility);
    }
}
