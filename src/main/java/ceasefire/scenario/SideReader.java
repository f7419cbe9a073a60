package ceasefire.scenario;

import static ceasefire.scenario.Declared.real;
import static ceasefire.scenario.Declared.text;
import static ceasefire.scenario.Declared.whole;

import ceasefire.scenario.yaml.Section;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads one side ({@code sides.A} or {@code sides.B}): its doctrine and attitudes, weapons and
 * unit groups with their placements (also used for a timeline's reinforcements).
 */
final class SideReader {

    private SideReader() {
    }

    static SideSpec read(Section s, SideKey key) {
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

    static WeaponsSpec readWeapons(Section s) {
        WeaponSpec small = readWeapon(s.section("small_arms"));
        WeaponSpec artillery = readWeapon(s.section("artillery"));
        WeaponSpec drones = readWeapon(s.section("drones"));
        s.done();
        return new WeaponsSpec(small, artillery, drones);
    }

    static WeaponSpec readWeapon(Section s) {
        WeaponSpec w = new WeaponSpec(whole(s, "range"), real(s, "lethality"), s.optionalCount("stock"));
        s.done();
        return w;
    }

    /** A unit group; {@code countKey} is "count" in sides and reinforcements. */
    static UnitGroupSpec readUnitGroup(Section u, String countKey, boolean requireKind) {
        if (requireKind && !u.has("kind")) {
            u.problem("kind", "is missing; expected one of infantry, artillery, drone_team");
        }
        UnitKind kind = u.choice("kind", UnitKind.INFANTRY, UnitKind.class, UnitKind::yamlName);
        PlacementSpec placement = readPlacement(u, "region");
        int defaultCount = placement != null && placement.explicit() ? placement.cells().size() : 1;
        int count = u.integer(countKey, defaultCount, 0, Limits.MAX_GROUP);
        int strength = u.integer("strength", kind.defaultStrength(), 1, Limits.MAX_WHOLE);
        u.done();
        return placement == null ? null : new UnitGroupSpec(kind, count, strength, placement, u.line());
    }

    static PlacementSpec readPlacement(Section u, String regionKey) {
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
}
