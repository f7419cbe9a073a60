package ceasefire.bench;

import ceasefire.scenario.Scenario;
import ceasefire.scenario.ScenarioDocument;
import ceasefire.scenario.ScenarioException;

/**
 * Generates the benchmark's large scenario: a square map split between the two sides by a
 * six-cell peacekeeping strip, with hills, mountains, towns and roads, and any number of units.
 * A fifth of each side's units stand within five cells of the line, the rest in depth, as on a
 * real front. Built as YAML text and loaded through the normal loader, so the benchmark
 * measures what users run.
 */
public final class LargeScenario {

    private LargeScenario() {
    }

    /** The YAML text of a {@code size} x {@code size} map with {@code units} units in all. */
    public static String yaml(int size, int units, int days, long seed) {
        if (size < 40 || units < 10 || days < 1) {
            throw new IllegalArgumentException("size >= 40, units >= 10 and days >= 1 required");
        }
        int mid = size / 2;
        StringBuilder rows = new StringBuilder();
        for (int y = 0; y < size; y++) {
            rows.append("    ");
            for (int x = 0; x < size; x++) {
                rows.append(cell(x, y, mid));
            }
            rows.append('\n');
        }
        int perSide = units / 2;
        int front = perSide / 5;
        int artillery = perSide / 10;
        int drones = Math.max(1, perSide / 50);
        int rear = perSide - front - artillery - drones;
        String side = """
                    units:
                      - {kind: infantry, count: %d, region: %s, line_distance: [0, 5]}
                      - {kind: infantry, count: %d, region: %s, line_distance: [6, 100000]}
                      - {kind: artillery, count: %d, region: %s, line_distance: [8, 100000]}
                      - {kind: drone_team, count: %d, region: %s, line_distance: [10, 100000]}
                """;
        return """
                # Generated for ceasefire bench: %dx%d map, %d units.
                name: Benchmark %dx%d, %d units
                run: {seed: %d, days: %d}
                map:
                  legend:
                    ".": {terrain: open, control: A}
                    ",": {terrain: rough, control: A}
                    "^": {terrain: mountain, control: A}
                    "o": {terrain: urban, control: A}
                    "-": {terrain: road, control: A}
                    ":": {terrain: open, control: B}
                    ";": {terrain: rough, control: B}
                    "M": {terrain: mountain, control: B}
                    "O": {terrain: urban, control: B}
                    "#": {terrain: road, control: B}
                    "p": {terrain: open, control: peacekeeping}
                    "P": {terrain: rough, control: peacekeeping}
                    "~": {terrain: water, control: neutral}
                  rows: |
                %ssides:
                  A:
                    name: West
                %s  B:
                    name: East
                %speacekeepers:
                  troops: %d
                  posts: {count: %d, region: peacekeeping}
                """.formatted(size, size, units, size, size, units, seed, days, rows,
                side.formatted(front, "A", rear, "A", artillery, "A", drones, "A"),
                side.formatted(front, "B", rear, "B", artillery, "B", drones, "B"),
                Math.max(60, size * 50), Math.max(2, size / 4));
    }

    private static char cell(int x, int y, int mid) {
        if (Math.abs(x - mid) <= 2 || x == mid - 3) {
            return (y / 9) % 3 == 0 ? 'P' : 'p';
        }
        boolean a = x < mid;
        if ((x * 7 + y * 13) % 97 == 0 && Math.abs(x - mid) > 10) {
            return '~';
        }
        if (y % 50 == 25) {
            return a ? '-' : '#';
        }
        int patch = ((x / 12) * 31 + (y / 12) * 17) % 10;
        if (patch == 0) {
            return a ? 'o' : 'O';
        }
        if (patch <= 2) {
            return a ? '^' : 'M';
        }
        if (patch <= 5) {
            return a ? ',' : ';';
        }
        return a ? '.' : ':';
    }

    /** The generated scenario, loaded and validated. */
    public static Scenario load(int size, int units, int days, long seed) {
        try {
            return ScenarioDocument.parse(yaml(size, units, days, seed), "generated-" + size + "x" + size + "-" + units + ".yaml").bind();
        } catch (ScenarioException e) {
            throw new IllegalStateException("the generated benchmark scenario is invalid: " + e.getMessage(), e);
        }
    }
}
