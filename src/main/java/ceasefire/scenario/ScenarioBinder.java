package ceasefire.scenario;

import ceasefire.scenario.yaml.Section;
import ceasefire.scenario.yaml.TreeReader;
import ceasefire.scenario.yaml.YamlNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a scenario's YAML tree into records. Every key, its default and its range is written
 * here once; docs/SCENARIO.md documents the same keys (a test keeps the two in step).
 */
final class ScenarioBinder {

    /** Sections whose undeclared paths a timeline event may name (declared parameters say for themselves). */
    static final List<String> RUNTIME_PREFIXES = List.of("sides.A.", "sides.B.", "peacekeepers.", "mediator.", "rules.",
            "dynamics.", "escalation.", "terrain.");
    /** Structure under the prefixes above that cannot change mid-run. */
    static final List<String> FIXED_AT_START = List.of("sides.A.units", "sides.B.units", "sides.A.name", "sides.B.name",
            "peacekeepers.name", "mediator.name");

    private final YamlNode root;
    private final String label;
    private final String defaultName;
    private final java.util.function.Function<MapSpec, Geography> geographyOf;

    ScenarioBinder(YamlNode root, String label, String defaultName, java.util.function.Function<MapSpec, Geography> geographyOf) {
        this.root = root;
        this.label = label;
        this.defaultName = defaultName;
        this.geographyOf = geographyOf;
    }

    Scenario bind(Overrides overrides) throws ScenarioException {
        Read base = read(overrides);
        Scenario scenario = base.scenario;
        List<EventSpec> events;
        try {
            events = resolveEvents(base, overrides);
        } catch (ScenarioException e) {
            // Report the events' own problems together with the cross-field ones of the base.
            List<Problem> all = new ArrayList<>(base.problems());
            all.addAll(e.problems());
            throw new ScenarioException(all.stream().distinct().toList());
        }
        if (!base.problems().isEmpty()) {
            throw new ScenarioException(base.problems());
        }
        return new Scenario(scenario.name(), scenario.description(), scenario.run(), scenario.map(), scenario.geography(),
                scenario.terrain(), scenario.a(), scenario.b(), scenario.peacekeepers(), scenario.mediator(),
                scenario.rules(), scenario.dynamics(), scenario.escalation(), events, scenario.parameters(), label);
    }

    /**
     * The result of reading the tree once: the scenario (without its timeline), raw events, and
     * the cross-field problems found (kept, not thrown, so that the timeline's own problems can
     * be reported in the same pass).
     */
    private record Read(Scenario scenario, List<RawEvent> events, List<Problem> problems) {
    }

    /** A timeline event before its parameter changes are resolved. */
    private record RawEvent(int index, int day, String title, String actor, int line, List<ParameterOverride> sets,
                            List<ParameterOverride> scales, List<EventAction> actions) {
    }

    private Read read(Overrides overrides) throws ScenarioException {
        TreeReader r = new TreeReader(label, overrides);
        if (root == null) {
            throw new ScenarioException(new Problem(label, 0, "", "the file is empty; a scenario needs at least map and sides"));
        }
        Section top = r.root(root);
        if (!top.present()) {
            throw new ScenarioException(r.problems().isEmpty()
                    ? List.of(new Problem(label, 1, "", "expected a scenario (a section of 'key: value' lines)"))
                    : r.problems());
        }
        String name = top.text("name", defaultName);
        String description = top.text("description", "");
        RunSpec run = readRun(top.section("run"));
        MapSpec map = readMap(top.section("map"));
        TerrainSpec terrain = readTerrain(top.section("terrain"));
        Section sides = top.section("sides");
        if (!sides.present() && !sides.has("A")) {
            top.problem("sides", "is missing; expected sections A and B describing the two militaries");
        }
        SideSpec a = readSide(sides.section("A"), SideKey.A);
        SideSpec b = readSide(sides.section("B"), SideKey.B);
        sides.done();
        Section pkSection = top.section("peacekeepers");
        PeacekeepersSpec peacekeepers = readPeacekeepers(pkSection);
        PostsAuto autoPosts = readAutoPosts(pkSection);
        pkSection.done();
        MediatorSpec mediator = readMediator(top.section("mediator"));
        RuleSetSpec rules = readRules(top.section("rules"));
        DynamicsSpec dynamics = readDynamics(top.section("dynamics"));
        EscalationSpec escalation = readEscalation(top.section("escalation"));
        List<RawEvent> events = readTimeline(top);
        top.done();
        r.reportUnusedOverrides();
        if (r.hasProblems() || map == null) {
            throw new ScenarioException(r.problems().isEmpty()
                    ? List.of(new Problem(label, top.line(), "map", "is missing or unusable")) : r.problems());
        }

        Geography geography = geographyOf.apply(map);
        if (autoPosts != null) {
            peacekeepers = withPosts(peacekeepers, autoPosts, geography, r);
        }
        Scenario scenario;
        try {
            scenario = new Scenario(name, description, run, map, geography, terrain, a, b, peacekeepers, mediator, rules,
                    dynamics, escalation, List.of(), r.effective(), label);
        } catch (IllegalArgumentException e) {
            // Field checks above mirror the records' own; reaching this is a gap in them, but the
            // user still deserves a located message rather than a stack trace.
            throw new ScenarioException(new Problem(label, 0, "", e.getMessage()));
        }
        List<Problem> problems = new ArrayList<>(r.problems());
        problems.addAll(new ScenarioValidator(scenario, label, r).validate(eventRefs(events)));
        return new Read(scenario, events, List.copyOf(problems));
    }

    // ------------------------------------------------------------------ declared parameters

    /** The declaration of {@code key} under section {@code s}; every parameter read below is declared. */
    private static ParameterSpec spec(Section s, String key) {
        return ParameterRegistry.get(Paths.child(s.path(), key));
    }

    /** A number with the declared default and range. */
    private static double real(Section s, String key) {
        ParameterSpec p = spec(s, key);
        return s.real(key, p.defaultNumber(), p.min(), p.max());
    }

    /** A whole number with the declared default and range. */
    private static int whole(Section s, String key) {
        ParameterSpec p = spec(s, key);
        return s.integer(key, (int) p.defaultNumber(), (int) p.min(), (int) p.max());
    }

    private static boolean bool(Section s, String key) {
        return s.bool(key, (Boolean) spec(s, key).defaultValue());
    }

    /** Text with the declared default ("Side A" for sides.A.name). */
    private static String text(Section s, String key) {
        return s.text(key, (String) spec(s, key).defaultValue());
    }

    @SuppressWarnings("unchecked")
    private static List<String> names(Section s, String key) {
        return s.textList(key, (List<String>) spec(s, key).defaultValue());
    }

    /** One of an enum's words; the declared choices and default are the enum's own (ParameterRegistryTest checks). */
    private static <E extends Enum<E>> E choice(Section s, String key, Class<E> type, java.util.function.Function<E, String> name) {
        String def = (String) spec(s, key).defaultValue();
        E fallback = null;
        for (E e : type.getEnumConstants()) {
            if (name.apply(e).equals(def)) {
                fallback = e;
            }
        }
        return s.choice(key, java.util.Objects.requireNonNull(fallback, key), type, name);
    }

    // ------------------------------------------------------------------ run, map, terrain

    private RunSpec readRun(Section s) {
        long seed = whole(s, "seed");
        int days = whole(s, "days");
        boolean stop = bool(s, "stop_on_collapse");
        var start = s.date("start_date");
        s.done();
        return new RunSpec(seed, days, stop, start);
    }

    private MapSpec readMap(Section s) {
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

    private Map<Character, LegendEntry> readLegend(Section s) {
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

    private List<String> readRows(Section s, Map<Character, LegendEntry> legend) {
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

    private static String stripTrailing(String row) {
        return row.replaceAll("[ \\t\\r]+$", "");
    }

    private Map<String, RegionSpec> readRegions(Section s, List<String> rows) {
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
                int x = r.integer("x", 0, 0, 1_000_000);
                int y = r.integer("y", 0, 0, 1_000_000);
                int w = r.integer("width", 1, 1, 1_000_000);
                int h = r.integer("height", 1, 1, 1_000_000);
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

    private TerrainSpec readTerrain(Section s) {
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

    // ------------------------------------------------------------------ sides

    private SideSpec readSide(Section s, SideKey key) {
        if (!s.present() && !s.has("name")) {
            s.reader().problem(s.line(), s.path(), "is missing; expected the side's name, doctrine and units");
        }
        String name = text(s, "name");
        double hostility = real(s, "hostility");
        double grievance = real(s, "grievance");
        double commitment = real(s, "commitment");
        double aggressiveness = real(s, "aggressiveness");
        double discipline = real(s, "discipline");
        double retaliation = real(s, "retaliation");
        double ambition = real(s, "ambition");
        double sensitivity = real(s, "peacekeeper_sensitivity");
        double candour = real(s, "candour");
        double threatReaction = real(s, "threat_reaction");
        double fatigue = s.optionalUnit("fatigue", "dynamics.fatigue");
        int replacementDays = whole(s, "replacement_days");
        WeaponsSpec weapons = readWeapons(s.section("weapons"));
        List<UnitGroupSpec> units = new ArrayList<>();
        for (Section u : s.sections("units")) {
            UnitGroupSpec g = readUnitGroup(u, "count", true);
            if (g != null) {
                units.add(g);
            }
        }
        s.done();
        return new SideSpec(key, name, hostility, grievance, commitment, aggressiveness, discipline, retaliation, ambition,
                sensitivity, candour, weapons, units, threatReaction, fatigue, replacementDays);
    }

    private WeaponsSpec readWeapons(Section s) {
        WeaponSpec small = readWeapon(s.section("small_arms"));
        WeaponSpec artillery = readWeapon(s.section("artillery"));
        WeaponSpec drones = readWeapon(s.section("drones"));
        s.done();
        return new WeaponsSpec(small, artillery, drones);
    }

    private WeaponSpec readWeapon(Section s) {
        WeaponSpec w = new WeaponSpec(whole(s, "range"), real(s, "lethality"), s.optionalCount("stock"));
        s.done();
        return w;
    }

    /** A unit group; {@code countKey} is "count" in sides and reinforcements. */
    private UnitGroupSpec readUnitGroup(Section u, String countKey, boolean requireKind) {
        if (requireKind && !u.has("kind")) {
            u.problem("kind", "is missing; expected one of infantry, artillery, drone_team");
        }
        UnitKind kind = u.choice("kind", UnitKind.INFANTRY, UnitKind.class, UnitKind::yamlName);
        PlacementSpec placement = readPlacement(u, "region");
        int defaultCount = placement != null && placement.explicit() ? placement.cells().size() : 1;
        int count = u.integer(countKey, defaultCount, 0, 10_000_000);
        int strength = u.integer("strength", kind.defaultStrength(), 1, 1_000_000);
        u.done();
        return placement == null ? null : new UnitGroupSpec(kind, count, strength, placement, u.line());
    }

    private PlacementSpec readPlacement(Section u, String regionKey) {
        boolean hasRegion = u.has(regionKey);
        boolean hasCells = u.has("cells");
        int[] band = u.intRange("line_distance", new int[] {0, Integer.MAX_VALUE}, 0, Integer.MAX_VALUE);
        if (hasRegion && hasCells) {
            u.problem("cells", "give either " + regionKey + " or cells, not both");
        }
        if (!hasRegion && !hasCells) {
            u.problem(regionKey, "is missing; say where the units start: " + regionKey + ": <zone or region>, or cells: [[x, y], ...]");
            u.accept(regionKey);
            u.accept("cells");
            return null;
        }
        if (hasCells) {
            if (u.has("line_distance")) {
                u.problem("line_distance", "applies only to units placed in a region; with cells, positions are exact");
            }
            List<Cell> cells = u.cells("cells");
            u.accept(regionKey);
            return cells.isEmpty() ? null : new PlacementSpec("", cells, band[0], band[1]);
        }
        String region = u.text(regionKey, "");
        u.accept("cells");
        return region.isBlank() ? null : new PlacementSpec(region, List.of(), band[0], band[1]);
    }

    // ------------------------------------------------------------------ peacekeepers

    /** Automatic post placement: {@code posts: {count: N, region: peacekeeping}}. */
    private record PostsAuto(int count, String region, int line, String source) {
    }

    private PeacekeepersSpec readPeacekeepers(Section s) {
        String name = text(s, "name");
        int troops = whole(s, "troops");
        List<Cell> posts = new ArrayList<>();
        YamlNode postsNode = s.rawNode("posts");
        if (postsNode != null && !postsNode.isSection()) {
            posts.addAll(s.cells("posts"));
        }
        int garrison = whole(s, "post_garrison");
        int patrolSize = whole(s, "patrol_size");
        int patrolSpeed = whole(s, "patrol_speed");
        List<String> patrolZones = names(s, "patrol_zones");
        int radius = whole(s, "sensor_radius");
        Section det = s.section("detection");
        Map<Terrain, Double> detection = new EnumMap<>(Terrain.class);
        for (Terrain t : Terrain.values()) {
            if (t.passable()) {
                detection.put(t, real(det, t.yamlName()));
            }
        }
        det.done();
        double deterrence = real(s, "deterrence");
        Mandate mandate = choice(s, "mandate", Mandate.class, Mandate::yamlName);
        double credibility = real(s, "credibility");
        double attribution = real(s, "attribution_accuracy");
        int interval = whole(s, "demand_interval");
        int observers = whole(s, "observers");
        int observerTeam = whole(s, "observer_team");
        double presence = real(s, "presence");
        double density = real(s, "reference_density");
        int depth = whole(s, "sector_depth");
        double monitoring = real(s, "monitoring");
        // An observe-only mandate watches and reports; only a scenario that says so has it demand withdrawals.
        boolean demands = s.bool("withdrawal_demands", mandate == Mandate.INTERPOSE);
        return new PeacekeepersSpec(name, troops, posts, garrison, patrolSize, patrolSpeed, patrolZones, radius, detection,
                deterrence, mandate, credibility, attribution, interval, observers, observerTeam, presence, density, depth,
                monitoring, demands);
    }

    private PostsAuto readAutoPosts(Section s) {
        YamlNode postsNode = s.rawNode("posts");
        if (postsNode == null || !postsNode.isSection()) {
            return null;
        }
        Section p = s.section("posts");
        if (!p.has("count")) {
            p.problem("count", "is missing; automatic posts need count and region (or give posts as a list of cells)");
        }
        int count = whole(p, "count");
        String region = text(p, "region");
        p.done();
        return new PostsAuto(count, region, p.line(), p.source());
    }

    /**
     * Places {@code auto.count} posts on passable cells of the region, spread out: the first on
     * the cell nearest the line, each next one on the cell farthest from those chosen (ties go
     * to the cell nearer the line, then to row order). Deterministic, independent of the seed.
     */
    private PeacekeepersSpec withPosts(PeacekeepersSpec pk, PostsAuto auto, Geography g, TreeReader r) {
        if (!g.hasZone(auto.region())) {
            r.problem(auto.source(), auto.line(), "peacekeepers.posts.region",
                    "'" + auto.region() + "' is not a zone or region" + Names.didYouMean(auto.region(), g.zoneNames()));
            return pk;
        }
        List<Cell> candidates = g.cellsOf(auto.region(), 0, Integer.MAX_VALUE);
        if (candidates.size() < auto.count()) {
            r.problem(auto.source(), auto.line(), "peacekeepers.posts.count",
                    auto.count() + " posts do not fit on the " + candidates.size() + " passable cells of " + auto.region());
            return pk;
        }
        candidates.sort(Comparator.comparingInt((Cell c) -> g.lineDistance(c.x(), c.y())));
        List<Cell> chosen = new ArrayList<>();
        int[] nearest = new int[candidates.size()];
        java.util.Arrays.fill(nearest, Integer.MAX_VALUE);
        for (int k = 0; k < auto.count(); k++) {
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
        return pk.withPosts(chosen);
    }

    // ------------------------------------------------------------------ mediator, rules, dynamics

    private MediatorSpec readMediator(Section s) {
        MediatorSpec m = new MediatorSpec(text(s, "name"), real(s, "attention"), real(s, "effectiveness"), real(s, "impartiality"),
                real(s, "talks_threshold"), whole(s, "talks_cooldown"), bool(s, "public_rebuke"), real(s, "rebuke_threshold"),
                whole(s, "commitment_days"), whole(s, "rebuke_cooldown"),
                whole(s, "report_memory"), real(s, "hold_days"), real(s, "hotline"));
        s.done();
        return m;
    }

    private RuleSetSpec readRules(Section s) {
        Section fire = s.section(RuleSpec.NoFireAcrossLine.ID);
        var fireRule = new RuleSpec.NoFireAcrossLine(bool(fire, "enabled"), real(fire, "severity"));
        fire.done();
        Section entry = s.section(RuleSpec.NoZoneEntry.ID);
        var entryRule = new RuleSpec.NoZoneEntry(bool(entry, "enabled"), real(entry, "severity"),
                names(entry, "zones"));
        entry.done();
        Section forward = s.section(RuleSpec.NoForwardPositions.ID);
        var forwardRule = new RuleSpec.NoForwardPositions(bool(forward, "enabled"), real(forward, "severity"));
        forward.done();
        Section heavy = s.section(RuleSpec.NoHeavyWeaponsNearLine.ID);
        var heavyRule = new RuleSpec.NoHeavyWeaponsNearLine(bool(heavy, "enabled"), real(heavy, "severity"),
                whole(heavy, "distance"));
        heavy.done();
        Section drones = s.section(RuleSpec.NoDroneStrikes.ID);
        var droneRule = new RuleSpec.NoDroneStrikes(bool(drones, "enabled"), real(drones, "severity"));
        drones.done();
        Section withdrawal = s.section(RuleSpec.ComplyWithWithdrawal.ID);
        var withdrawalRule = new RuleSpec.ComplyWithWithdrawal(bool(withdrawal, "enabled"), real(withdrawal, "severity"));
        withdrawal.done();
        s.done();
        return new RuleSetSpec(fireRule, entryRule, forwardRule, heavyRule, droneRule, withdrawalRule);
    }

    private DynamicsSpec readDynamics(Section s) {
        DynamicsSpec d = new DynamicsSpec(real(s, "reaction"), real(s, "fatigue"), real(s, "grievance_rate"),
                real(s, "perception_scale"), real(s, "opportunity"), real(s, "provocation_memory"), real(s, "casualty_weight"),
                whole(s, "retaliation_radius"), real(s, "talks_relief"), real(s, "rebuke_pressure"), real(s, "rebuke_resentment"),
                real(s, "rebuke_trust_cost"), real(s, "propaganda"), real(s, "rebuke_pressure_cap"), real(s, "patrol_rate"),
                real(s, "drone_provocation"), whole(s, "perception_radius"),
                real(s, "contagion"), real(s, "contagion_days"), whole(s, "contagion_radius"), real(s, "contagion_cap"),
                real(s, "violations_per_exchange"), real(s, "bombardment"), real(s, "bombardment_delay"), real(s, "truce_erosion"));
        s.done();
        return d;
    }

    private EscalationSpec readEscalation(Section s) {
        double weight = real(s, "hostility_weight");
        double scale = real(s, "intensity_scale");
        double memory = real(s, "memory_days");
        Section levels = s.section("levels");
        EscalationLevel[] names = EscalationLevel.values();
        double[] defaults = new double[names.length - 1];
        for (int i = 1; i < names.length; i++) {
            defaults[i - 1] = spec(levels, names[i].yamlName()).defaultNumber();
        }
        List<Double> thresholds = new ArrayList<>();
        double previous = 0;
        boolean ok = true;
        for (int i = 1; i < names.length; i++) {
            double t = real(levels, names[i].yamlName());
            if (!(t > previous)) {
                levels.problem(names[i].yamlName(), "threshold " + Section.fmt(t) + " must be above the previous level's " + Section.fmt(previous));
                ok = false;
            }
            previous = t;
            thresholds.add(t);
        }
        levels.done();
        int collapse = whole(s, "collapse_days");
        s.done();
        if (!ok) {
            thresholds = List.of(defaults[0], defaults[1], defaults[2], defaults[3], defaults[4]);
        }
        return new EscalationSpec(weight, scale, memory, thresholds, collapse);
    }

    // ------------------------------------------------------------------ timeline

    private static final List<String> EVENT_ACTIONS = List.of("set", "scale", "reinforce", "withdraw", "advance", "strike",
            "talks", "recommit", "shock");

    private List<RawEvent> readTimeline(Section top) {
        List<RawEvent> events = new ArrayList<>();
        List<Section> items = top.sections("timeline");
        for (int i = 0; i < items.size(); i++) {
            Section e = items.get(i);
            if (!e.has("day")) {
                e.problem("day", "is missing; expected the day (0 = first day) the event happens");
            }
            int day = e.integer("day", 0, 0, 1_000_000);
            String title = e.text("title", "");
            String actor = e.text("actor", "Timeline");
            List<ParameterOverride> sets = new ArrayList<>();
            List<ParameterOverride> scales = new ArrayList<>();
            List<EventAction> actions = new ArrayList<>();
            if (e.has("set")) {
                readAssignments(e, "set", sets, false);
            }
            if (e.has("scale")) {
                readAssignments(e, "scale", scales, true);
            }
            if (e.has("reinforce")) {
                readForceChange(e.section("reinforce"), true, actions);
            }
            if (e.has("withdraw")) {
                readForceChange(e.section("withdraw"), false, actions);
            }
            if (e.has("advance")) {
                Section a = e.section("advance");
                SideKey side = readSideKey(a);
                UnitKind kind = a.choice("kind", UnitKind.INFANTRY, UnitKind.class, UnitKind::yamlName);
                int units = a.integer("units", 1, 1, 1_000_000);
                String to = requireZone(a, "to");
                boolean post = a.bool("post", true);
                a.done();
                actions.add(new EventAction.Advance(side, kind, units, to, post));
            }
            if (e.has("strike")) {
                Section a = e.section("strike");
                SideKey side = readSideKey(a);
                String weapon = a.text("weapon", "drones");
                UnitKind kind = switch (weapon.toLowerCase(java.util.Locale.ROOT)) {
                    case "drones", "drone", "drone_team" -> UnitKind.DRONE_TEAM;
                    case "artillery" -> UnitKind.ARTILLERY;
                    default -> {
                        a.problem("weapon", "'" + weapon + "' is not one of drones, artillery" + Names.didYouMean(weapon, List.of("drones", "artillery")));
                        yield UnitKind.DRONE_TEAM;
                    }
                };
                String at = requireZone(a, "at");
                int strikes = a.integer("strikes", 1, 1, 1_000_000);
                a.done();
                actions.add(new EventAction.Strike(side, kind, at, strikes));
            }
            if (e.has("talks") && e.bool("talks", false)) {
                actions.add(new EventAction.ForceTalks());
            }
            if (e.has("recommit")) {
                if (e.rawNode("recommit").isSection()) {
                    Section a = e.section("recommit");
                    double verification = a.unit("verification", 0);
                    double hotline = a.unit("hotline", 0);
                    double duration = a.real("duration", EventAction.Recommit.DEFAULT_DURATION, 1, 100_000);
                    double cut = a.unit("hostility_cut", EventAction.Recommit.DEFAULT_CUT);
                    a.done();
                    actions.add(new EventAction.Recommit(verification, hotline, duration, cut));
                } else if (e.bool("recommit", false)) {
                    actions.add(new EventAction.Recommit());
                }
            }
            if (e.has("shock")) {
                Section a = e.section("shock");
                SideKey side = readSideKey(a);
                double hostility = a.real("hostility", 0, -1, 1);
                double grievance = a.real("grievance", 0, -1, 1);
                a.done();
                actions.add(new EventAction.Shock(side, hostility, grievance));
            }
            for (String k : EVENT_ACTIONS) {
                e.accept(k);
            }
            if (title.isEmpty() && sets.isEmpty() && scales.isEmpty() && actions.isEmpty()) {
                e.problem("title", "an event needs a title or at least one of " + String.join(", ", EVENT_ACTIONS));
            }
            e.done();
            events.add(new RawEvent(i, day, title, actor, e.line(), sets, scales, actions));
        }
        return events;
    }

    private void readAssignments(Section event, String key, List<ParameterOverride> out, boolean numeric) {
        Section s = event.section(key);
        if (!s.present()) {
            return;
        }
        for (String path : s.keys()) {
            YamlNode value = s.rawNode(path);
            int line = s.lineOf(path);
            String prefix = s.path() + ".";
            String canonical = s.pathKey(path);
            if (canonical == null) {
                continue;
            }
            if (!changeableMidRun(canonical)) {
                s.problem(path, "cannot change during a run (only the sides' doctrine, attitudes and weapons, the peacekeepers, the mediator, rules, dynamics, escalation, terrain and run.stop_on_collapse can); use reinforce/withdraw to change forces");
                continue;
            }
            if (numeric) {
                double factor = -1;
                if (value.isScalar()) {
                    try {
                        factor = Double.parseDouble(value.text());
                    } catch (NumberFormatException ex) {
                        factor = -1;
                    }
                }
                if (!(factor >= 0)) {
                    s.problem(path, "expected a factor of 0 or more, got " + value.describe());
                    continue;
                }
            }
            out.add(new ParameterOverride(canonical, value, s.sourceOf(path), line, prefix));
        }
        s.done();
    }

    /**
     * Whether a timeline event (or the Model tab during a run) may change a path: a declared
     * parameter says so itself; an undeclared path under a section whose parameters may change
     * (a misspelt key, an element of the posts list) passes here and is checked when bound,
     * while the structure (unit groups, names) stays fixed.
     */
    static boolean changeableMidRun(String canonicalPath) {
        var declared = ParameterRegistry.find(canonicalPath);
        if (declared.isPresent()) {
            return declared.get().live();
        }
        for (String fixed : FIXED_AT_START) {
            if (canonicalPath.equals(fixed) || canonicalPath.startsWith(fixed + ".") || canonicalPath.startsWith(fixed + "[")) {
                return false;
            }
        }
        for (String prefix : RUNTIME_PREFIXES) {
            if (canonicalPath.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    private void readForceChange(Section s, boolean reinforce, List<EventAction> actions) {
        if (s.has("peacekeepers")) {
            int troops = s.integer("peacekeepers", 0, 0, 10_000_000);
            for (String k : List.of("side", "kind", "count", "strength", "region", "cells", "line_distance", "from")) {
                if (s.has(k)) {
                    s.problem(k, "a peacekeepers change takes only 'peacekeepers: <troops>'");
                }
                s.accept(k);
            }
            s.done();
            actions.add(new EventAction.ChangePeacekeepers(reinforce ? troops : -troops));
            return;
        }
        SideKey side = readSideKey(s);
        if (reinforce) {
            UnitGroupSpec group = readUnitGroup(s, "count", true);
            if (group != null) {
                actions.add(new EventAction.ReinforceUnits(side, group));
            }
            return;
        }
        UnitKind kind = s.has("kind") ? s.choice("kind", UnitKind.INFANTRY, UnitKind.class, UnitKind::yamlName) : null;
        int count = s.integer("count", 1, 0, 10_000_000);
        String from = s.text("from", "");
        s.done();
        actions.add(new EventAction.WithdrawUnits(side, kind, count, from));
    }

    private SideKey readSideKey(Section s) {
        if (!s.has("side")) {
            s.problem("side", "is missing; expected A or B");
        }
        return s.choice("side", SideKey.A, SideKey.class, SideKey::name);
    }

    private String requireZone(Section s, String key) {
        if (!s.has(key)) {
            s.problem(key, "is missing; expected a zone or region name");
        }
        return s.text(key, "");
    }

    // ------------------------------------------------------------------ event resolution

    /** What the validator needs to check an event's references (sides, regions, day). */
    record EventRef(int index, int day, int line, List<EventAction> actions) {
    }

    private List<EventRef> eventRefs(List<RawEvent> events) {
        List<EventRef> refs = new ArrayList<>();
        for (RawEvent e : events) {
            refs.add(new EventRef(e.index(), e.day(), e.line(), e.actions()));
        }
        return refs;
    }

    /**
     * Turns raw events into {@link EventSpec}s. Parameter changes accumulate in day order: each
     * one is bound on top of the overrides and every earlier change, so a later event sees the
     * values earlier ones set, and each snapshot is validated like the scenario itself.
     */
    private List<EventSpec> resolveEvents(Read base, Overrides overrides) throws ScenarioException {
        List<RawEvent> ordered = new ArrayList<>(base.events());
        ordered.sort(Comparator.comparingInt(RawEvent::day).thenComparingInt(RawEvent::index));
        List<EventSpec> out = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Overrides cumulative = overrides;
        Map<String, Object> current = base.scenario().parameters();
        for (RawEvent e : ordered) {
            List<EventAction> actions = new ArrayList<>();
            if (!e.sets().isEmpty() || !e.scales().isEmpty()) {
                Map<String, String> changes = new LinkedHashMap<>();
                Overrides next = cumulative;
                for (ParameterOverride o : e.sets()) {
                    next = next.with(o);
                    changes.put(o.path(), o.valueText());
                }
                for (ParameterOverride o : e.scales()) {
                    Object old = current.get(o.path());
                    double factor = Double.parseDouble(o.value().text());
                    if (!(old instanceof Number n)) {
                        problems.add(new Problem(o.source(), o.line(), o.prefix() + o.path(), old == null
                                ? "no such parameter" + Names.didYouMean(o.path(), current.keySet())
                                : "is not a number, so it cannot be scaled"));
                        continue;
                    }
                    boolean integral = old instanceof Integer || old instanceof Long;
                    double scaled = n.doubleValue() * factor;
                    // Twelve significant digits: 0.8 x 0.2 is 0.16, not 0.16000000000000003.
                    String text = integral ? Long.toString(Math.round(scaled))
                            : new java.math.BigDecimal(scaled).round(new java.math.MathContext(12)).stripTrailingZeros().toPlainString();
                    next = next.with(new ParameterOverride(o.path(), o.value().numberHere(text, integral), o.source(), o.line(), o.prefix()));
                    changes.put(o.path(), "x" + Section.fmt(factor) + " = " + text);
                }
                try {
                    Read snapshot = read(next);
                    cumulative = next;
                    current = snapshot.scenario().parameters();
                    problems.addAll(snapshot.problems());
                    actions.add(new EventAction.ChangeParameters(changes, snapshot.scenario()));
                } catch (ScenarioException ex) {
                    problems.addAll(ex.problems());
                }
            }
            actions.addAll(e.actions());
            out.add(new EventSpec(e.day(), e.title(), e.actor(), actions, e.line()));
        }
        if (!problems.isEmpty()) {
            throw new ScenarioException(problems.stream().distinct().toList());
        }
        return out;
    }
}
