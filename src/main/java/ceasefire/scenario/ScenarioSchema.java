package ceasefire.scenario;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The JSON Schema (draft-07) of scenario files, generated from the {@link ParameterRegistry}
 * for the parameters and written out here for the structure (map, regions, unit groups,
 * timeline). YAML editors read it (see the {@code # yaml-language-server: $schema=...} line at
 * the top of each shipped scenario) to complete keys, show each key's meaning and flag mistakes
 * while typing. It is committed as {@code schema/scenario.schema.json}; {@code ./ceasefire
 * schema} prints or writes it, and a test fails when the committed file is out of date.
 *
 * <p>The schema is a little stricter than {@code validate} in spelling: it asks for the
 * documented lower-case words ({@code interpose}, not {@code Interpose}) and for
 * {@code true}/{@code false}. Cross-field checks (regions inside the map, posts that fit, a
 * legend character for every map character) are {@code validate}'s alone.
 */
public final class ScenarioSchema {

    /** Where the schema is committed, relative to the repository root. */
    public static final String PATH = "schema/scenario.schema.json";

    private ScenarioSchema() {
    }

    /** The schema as nested maps and lists, in a fixed order (so its JSON text is stable). */
    public static Map<String, Object> build() {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("$schema", "http://json-schema.org/draft-07/schema#");
        root.put("title", "ceasefire scenario");
        root.put("description", "A scenario file of the ceasefire simulator (docs/SCENARIO.md). Generated from "
                + "scenario/ParameterRegistry by './ceasefire schema --out schema/scenario.schema.json'; do not edit by hand.");
        Map<String, Object> tree = object();
        for (ParameterSpec p : ParameterRegistry.all()) {
            // Side B is side A's definition; automatic posts' keys are inside peacekeepers.posts.
            if (!p.path().startsWith("sides.B.") && !p.path().startsWith("peacekeepers.posts.")) {
                put(tree, p.path().split("\\."), 0, valueSchema(p));
            }
        }
        // The structure the registry does not describe.
        put(tree, new String[] {"map", "legend"}, 0, legend());
        put(tree, new String[] {"map", "rows"}, 0, rows());
        put(tree, new String[] {"map", "regions"}, 0, regions());
        put(tree, new String[] {"sides", "A", "units"}, 0, array(ref("unitGroup")));
        requireIn(tree, List.of("map"), "legend", "rows");
        Map<String, Object> sides = child(child(tree, "properties"), "sides");
        Map<String, Object> sideProperties = child(sides, "properties");
        Map<String, Object> side = child(sideProperties, "A");
        sideProperties.put("A", ref("side"));
        sideProperties.put("B", ref("side"));
        sides.put("required", List.of("A", "B"));
        child(tree, "properties").put("timeline", array(ref("event")));
        tree.put("required", List.of("map", "sides"));

        root.put("type", "object");
        root.put("additionalProperties", false);
        root.put("required", tree.get("required"));
        root.put("properties", tree.get("properties"));

        Map<String, Object> definitions = new LinkedHashMap<>();
        definitions.put("side", side);
        definitions.put("cell", cell());
        definitions.put("cells", array(ref("cell")));
        definitions.put("band", band());
        definitions.put("unitGroup", unitGroup());
        definitions.put("event", event());
        root.put("definitions", definitions);
        return root;
    }

    // ---------------------------------------------------------------- parameters

    /** The schema of one declared parameter's value, with its description and default. */
    static Map<String, Object> valueSchema(ParameterSpec p) {
        Map<String, Object> s = new LinkedHashMap<>();
        String unit = p.unit().isEmpty() ? "" : " Unit: " + p.unit() + ".";
        s.put("description", p.label() + ". " + p.plainDescription() + unit);
        switch (p.type()) {
            case SHARE, NUMBER, WHOLE -> {
                boolean whole = p.type() == ParameterSpec.Type.WHOLE;
                s.put("type", p.defaultValue() == null && whole ? List.of("integer", "null") : whole ? "integer" : "number");
                s.put(p.minExclusive() ? "exclusiveMinimum" : "minimum", number(p.min()));
                s.put("maximum", number(p.max()));
            }
            case BOOLEAN -> s.put("type", "boolean");
            case CHOICE -> {
                s.put("type", "string");
                s.put("enum", p.choices());
            }
            case TEXT -> s.put("type", "string");
            case DATE -> {
                s.put("type", "string");
                s.put("format", "date");
            }
            case NAME_LIST -> {
                s.put("type", List.of("array", "string"));
                s.put("items", Map.of("type", "string"));
            }
            case POSTS -> s.put("oneOf", List.of(ref("cells"), automaticPosts()));
        }
        if (p.defaultValue() != null) {
            s.put("default", p.defaultValue() instanceof Number n ? number(n.doubleValue()) : p.defaultValue());
        }
        return s;
    }

    private static Map<String, Object> automaticPosts() {
        Map<String, Object> o = object();
        Map<String, Object> props = child(o, "properties");
        props.put("count", valueSchema(ParameterRegistry.get("peacekeepers.posts.count")));
        props.put("region", valueSchema(ParameterRegistry.get("peacekeepers.posts.region")));
        o.put("required", List.of("count"));
        return o;
    }

    /** Puts a value schema at a dotted path, creating the sections on the way. */
    private static void put(Map<String, Object> section, String[] keys, int i, Map<String, Object> value) {
        Map<String, Object> properties = child(section, "properties");
        if (i == keys.length - 1) {
            properties.put(keys[i], value);
            return;
        }
        Object next = properties.get(keys[i]);
        if (!(next instanceof Map<?, ?>) || !"object".equals(((Map<?, ?>) next).get("type"))) {
            next = object();
            properties.put(keys[i], next);
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> m = (Map<String, Object>) next;
        put(m, keys, i + 1, value);
    }

    private static void requireIn(Map<String, Object> tree, List<String> at, String... keys) {
        Map<String, Object> s = tree;
        for (String k : at) {
            s = child(child(s, "properties"), k);
        }
        s.put("required", List.of(keys));
    }

    // ---------------------------------------------------------------- structure

    private static Map<String, Object> legend() {
        Map<String, Object> entry = object();
        Map<String, Object> props = child(entry, "properties");
        props.put("terrain", choice(Terrain.values(), Terrain::yamlName, "Kind of ground of every cell drawn with this character."));
        props.put("control", choice(Control.values(), Control::yamlName, "Who holds those cells under the ceasefire."));
        props.put("label", text("Description shown in map keys."));
        entry.put("required", List.of("terrain", "control"));
        Map<String, Object> legend = new LinkedHashMap<>();
        legend.put("description", "One entry per map character: its terrain and who controls it.");
        legend.put("type", "object");
        legend.put("minProperties", 1);
        legend.put("propertyNames", ordered("minLength", 1, "maxLength", 1));
        legend.put("additionalProperties", entry);
        return legend;
    }

    private static Map<String, Object> rows() {
        Map<String, Object> rows = new LinkedHashMap<>();
        rows.put("description", "The map itself, top row first: a literal block (rows: |) or a list of rows, one legend character per cell.");
        rows.put("type", List.of("string", "array"));
        rows.put("items", Map.of("type", "string"));
        return rows;
    }

    private static Map<String, Object> regions() {
        Map<String, Object> region = object();
        Map<String, Object> props = child(region, "properties");
        for (String k : List.of("x", "y")) {
            props.put(k, integer(0, Limits.MAX_WHOLE, (k.equals("x") ? "Column" : "Row") + " of the rectangle's top-left cell."));
        }
        props.put("width", integer(1, Limits.MAX_WHOLE, "Number of columns the rectangle spans."));
        props.put("height", integer(1, Limits.MAX_WHOLE, "Number of rows the rectangle spans."));
        props.put("cells", ref("cells"));
        props.put("label", text("How narratives name the place."));
        region.put("anyOf", List.of(Map.of("required", List.of("cells")), Map.of("required", List.of("x", "y", "width", "height"))));
        Map<String, Object> regions = new LinkedHashMap<>();
        regions.put("description", "Named places: rectangles or lists of cells, usable wherever a zone name is.");
        regions.put("type", "object");
        regions.put("additionalProperties", region);
        return regions;
    }

    private static Map<String, Object> cell() {
        return pairOfWholeNumbers("A map square [x, y]; x counts columns from the left, y rows from the top, both from 0.");
    }

    private static Map<String, Object> band() {
        return pairOfWholeNumbers("Two whole numbers [min, max], both included: steps from the line of contact.");
    }

    /** Two whole numbers of 0 or more, written [a, b]. */
    private static Map<String, Object> pairOfWholeNumbers(String description) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("description", description);
        c.put("type", "array");
        c.put("items", ordered("type", "integer", "minimum", 0));
        c.put("minItems", 2);
        c.put("maxItems", 2);
        return c;
    }

    private static Map<String, Object> unitGroup() {
        Map<String, Object> g = object();
        unitGroupProperties(child(g, "properties"));
        g.put("required", List.of("kind"));
        g.put("anyOf", List.of(Map.of("required", List.of("region")), Map.of("required", List.of("cells"))));
        return g;
    }

    private static void unitGroupProperties(Map<String, Object> props) {
        props.put("kind", choice(UnitKind.values(), UnitKind::yamlName, "What the units fight with."));
        props.put("count", integer(0, Limits.MAX_GROUP, "How many units the group places."));
        props.put("strength", integer(1, Limits.MAX_WHOLE, "Personnel of each unit at the start."));
        props.put("region", text("Place the units on random cells of this zone or region."));
        props.put("cells", ref("cells"));
        props.put("line_distance", ref("band"));
    }

    private static Map<String, Object> event() {
        Map<String, Object> e = object();
        Map<String, Object> props = child(e, "properties");
        props.put("day", integer(0, Limits.MAX_WHOLE, "The day the event happens (0 is the first day)."));
        props.put("title", text("What happened, as the narrative reports it."));
        props.put("actor", text("Who the narrative credits, e.g. World."));
        Map<String, Object> set = object();
        Map<String, Object> scale = object();
        set.put("description", "Give these parameters new values from this day on (only those that may change during a run).");
        scale.put("description", "Multiply these parameters by a factor (0 or more) from this day on.");
        for (ParameterSpec p : ParameterRegistry.all()) {
            if (p.live()) {
                child(set, "properties").put(p.path(), valueSchema(p));
                if (p.type().numeric()) {
                    Map<String, Object> factor = new LinkedHashMap<>();
                    factor.put("description", "Factor for " + p.label() + ".");
                    factor.put("type", "number");
                    factor.put("minimum", 0);
                    child(scale, "properties").put(p.path(), factor);
                }
            }
        }
        props.put("set", set);
        props.put("scale", scale);

        Map<String, Object> units = object();
        Map<String, Object> unitProps = child(units, "properties");
        unitProps.put("side", side());
        unitGroupProperties(unitProps);
        units.put("required", List.of("side", "kind"));
        props.put("reinforce", Map.of("oneOf", List.of(peacekeepers("arrive"), units)));

        Map<String, Object> withdraw = object();
        Map<String, Object> wp = child(withdraw, "properties");
        wp.put("side", side());
        wp.put("kind", choice(UnitKind.values(), UnitKind::yamlName, "Kind of units withdrawn (any kind when left out)."));
        wp.put("count", integer(0, Limits.MAX_GROUP, "How many units leave."));
        wp.put("from", text("Withdraw only units standing in this zone or region."));
        withdraw.put("required", List.of("side"));
        props.put("withdraw", Map.of("oneOf", List.of(peacekeepers("go home"), withdraw)));

        Map<String, Object> advance = object();
        Map<String, Object> ap = child(advance, "properties");
        ap.put("side", side());
        ap.put("kind", choice(UnitKind.values(), UnitKind::yamlName, "Kind of units ordered forward."));
        ap.put("units", integer(1, Limits.MAX_WHOLE, "How many units advance."));
        ap.put("to", text("Where they are ordered to go (a zone or region)."));
        ap.put("post", bool("Whether they dig in on arrival."));
        advance.put("required", List.of("side", "to"));
        props.put("advance", advance);

        Map<String, Object> strike = object();
        Map<String, Object> sp = child(strike, "properties");
        sp.put("side", side());
        Map<String, Object> weapon = text("What strikes.");
        weapon.put("enum", List.of("drones", "drone", "drone_team", "artillery"));
        sp.put("weapon", weapon);
        sp.put("at", text("Target area (a zone or region)."));
        sp.put("strikes", integer(1, Limits.MAX_WHOLE, "Number of strikes."));
        strike.put("required", List.of("side", "at"));
        props.put("strike", strike);
        props.put("talks", bool("The mediator holds talks this day."));
        Map<String, Object> terms = object();
        terms.put("description", "A recommitment and what enforces it (docs/MODEL.md section 3.5).");
        Map<String, Object> tp = child(terms, "properties");
        tp.put("verification", real(0, 1, "How much of each side's violations is verified (does not erode the hold-fire order)."));
        tp.put("hotline", real(0, 1, "Chance that a hotline stops a local incident from spreading while the order stands."));
        tp.put("duration", real(1, EventAction.Recommit.MAX_DURATION, "Expected duration (half-life) of the hold-fire order, in days."));
        tp.put("hostility_cut", real(0, 1, "Share of each side's hostility the recommitment removes at once."));
        props.put("recommit", Map.of("oneOf", List.of(bool("Both sides publicly recommit to the ceasefire, with nothing to enforce it."), terms)));

        Map<String, Object> shock = object();
        shock.put("description", "A shock from outside: one side's hostility and grievance rise (or fall) at once.");
        Map<String, Object> shp = child(shock, "properties");
        shp.put("side", side());
        shp.put("hostility", real(-1, 1, "Added to the side's hostility now."));
        shp.put("grievance", real(-1, 1, "Added to the side's standing grievance from this day on."));
        shock.put("required", List.of("side"));
        props.put("shock", shock);
        e.put("required", List.of("day"));
        return e;
    }

    private static Map<String, Object> peacekeepers(String verb) {
        Map<String, Object> o = object();
        child(o, "properties").put("peacekeepers", integer(0, Limits.MAX_GROUP, "This many peacekeeping troops " + verb + "."));
        o.put("required", List.of("peacekeepers"));
        return o;
    }

    private static Map<String, Object> side() {
        Map<String, Object> s = text("Side A or B.");
        s.put("enum", Arrays.stream(SideKey.values()).map(SideKey::name).toList());
        return s;
    }

    // ---------------------------------------------------------------- building blocks

    private static Map<String, Object> object() {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("type", "object");
        o.put("additionalProperties", false);
        o.put("properties", new LinkedHashMap<String, Object>());
        return o;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> child(Map<String, Object> m, String key) {
        return (Map<String, Object>) m.computeIfAbsent(key, k -> new LinkedHashMap<String, Object>());
    }

    private static Map<String, Object> ref(String definition) {
        return Map.of("$ref", "#/definitions/" + definition);
    }

    private static Map<String, Object> array(Map<String, Object> items) {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("type", "array");
        a.put("items", items);
        return a;
    }

    private static Map<String, Object> integer(int min, int max, String description) {
        Map<String, Object> i = new LinkedHashMap<>();
        i.put("description", description);
        i.put("type", "integer");
        i.put("minimum", min);
        i.put("maximum", max);
        return i;
    }

    private static Map<String, Object> real(double min, double max, String description) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("description", description);
        r.put("type", "number");
        r.put("minimum", number(min));
        r.put("maximum", number(max));
        return r;
    }

    private static Map<String, Object> text(String description) {
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("description", description);
        t.put("type", "string");
        return t;
    }

    private static Map<String, Object> bool(String description) {
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("description", description);
        t.put("type", "boolean");
        return t;
    }

    private static <E extends Enum<E>> Map<String, Object> choice(E[] values, Function<E, String> name, String description) {
        Map<String, Object> t = text(description);
        List<String> words = new ArrayList<>();
        for (E e : values) {
            words.add(name.apply(e));
        }
        t.put("enum", words);
        return t;
    }

    /** A two-entry map in this order (Map.of's order changes from run to run). */
    private static Map<String, Object> ordered(String k1, Object v1, String k2, Object v2) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(k1, v1);
        m.put(k2, v2);
        return m;
    }

    /** Whole numbers as integers, so that the JSON says 1 rather than 1.0. */
    private static Object number(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? (Object) (long) d : (Object) d;
    }
}
