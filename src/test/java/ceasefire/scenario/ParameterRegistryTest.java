package ceasefire.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ceasefire.TestFiles;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The registry and the binder describe the same parameters. */
class ParameterRegistryTest {

    /** Declared paths a scenario with posts given as cells does not read. */
    private static final Set<String> READ_ONLY_WITH_AUTOMATIC_POSTS = Set.of("peacekeepers.posts.count", "peacekeepers.posts.region");

    @Test
    void theBinderReadsEveryDeclaredParameterAndNothingUndeclared() {
        Scenario s = TestFiles.load(TestFiles.tiny());
        Set<String> notRead = new TreeSet<>();
        for (ParameterSpec p : ParameterRegistry.all()) {
            if (!s.parameters().containsKey(p.path()) && !READ_ONLY_WITH_AUTOMATIC_POSTS.contains(p.path())
                    && !p.path().equals("run.start_date")) {
                notRead.add(p.path());
            }
        }
        assertTrue(notRead.isEmpty(), () -> "declared but not read by ScenarioBinder: " + notRead);
        Set<String> undeclared = new TreeSet<>();
        for (String path : s.parameters().keySet()) {
            boolean structure = path.contains("[") || path.startsWith("map.legend.") || path.startsWith("map.regions.")
                    || path.startsWith("timeline");
            if (!structure && ParameterRegistry.find(path).isEmpty()) {
                undeclared.add(path);
            }
        }
        assertTrue(undeclared.isEmpty(), () -> "read by ScenarioBinder but not declared in ParameterRegistry: " + undeclared);
    }

    @Test
    void automaticPostsReadTheirDeclaredKeys() {
        Scenario s = TestFiles.load(TestFiles.tiny(), "peacekeepers.posts={count: 2, region: peacekeeping}");
        for (String path : READ_ONLY_WITH_AUTOMATIC_POSTS) {
            assertTrue(s.parameters().containsKey(path), path);
        }
    }

    @Test
    void undeclaredValuesTakeTheDeclaredDefaults() {
        Scenario s = TestFiles.load(TestFiles.tiny());
        int checked = 0;
        for (ParameterSpec p : ParameterRegistry.all()) {
            Object v = s.parameters().get(p.path());
            if (p.type().numeric() && p.defaultValue() != null && !writtenInTiny(p.path())
                    && !READ_ONLY_WITH_AUTOMATIC_POSTS.contains(p.path())) {
                assertEquals(p.defaultNumber(), ((Number) v).doubleValue(), 0, p.path());
                checked++;
            }
        }
        assertTrue(checked > 60, "checked " + checked);
    }

    private static boolean writtenInTiny(String path) {
        return List.of("run.seed", "run.days", "peacekeepers.troops", "mediator.attention",
                "rules.no_heavy_weapons_near_line.distance").contains(path);
    }

    @Test
    void choicesAreTheEnumsWords() {
        assertEquals(Arrays.stream(Mandate.values()).map(Mandate::yamlName).toList(),
                ParameterRegistry.get("peacekeepers.mandate").choices());
    }

    @Test
    void sideBHasSideAsParameters() {
        long a = ParameterRegistry.all().stream().filter(p -> p.path().startsWith("sides.A.")).count();
        long b = ParameterRegistry.all().stream().filter(p -> p.path().startsWith("sides.B.")).count();
        assertEquals(a, b);
        assertTrue(a >= 19);
        assertEquals("Side B", ParameterRegistry.get("sides.B.name").defaultValue());
    }

    @Test
    void labelsUnitsAndAxisLabelsForCharts() {
        assertEquals("Peacekeepers: troops", ParameterRegistry.label("peacekeepers.troops"));
        assertEquals("people", ParameterRegistry.unit("peacekeepers.troops"));
        assertEquals("Peacekeepers: troops (people)", ParameterRegistry.axisLabel("peacekeepers.troops"));
        assertEquals("B: discipline", ParameterRegistry.label("sides.B.discipline"));
        // A structural path is its own label, with no unit.
        assertEquals("sides.A.units[0].count", ParameterRegistry.label("sides.A.units.0.count"));
        assertEquals("", ParameterRegistry.unit("sides.A.units[0].count"));
    }

    @Test
    void everyDeclarationIsComplete() {
        for (ParameterSpec p : ParameterRegistry.all()) {
            assertFalse(p.label().isBlank(), p.path());
            assertFalse(p.description().isBlank(), p.path());
            assertFalse(p.source().isBlank(), p.path());
            assertEquals(p.live(), !p.onChange().isEmpty(), p.path());
        }
    }

    @Test
    void whetherAPathMayChangeMidRunIsTheRegistrysWord() {
        assertTrue(TimelineReader.changeableMidRun("sides.A.discipline"));
        assertTrue(TimelineReader.changeableMidRun("run.stop_on_collapse"));
        assertFalse(TimelineReader.changeableMidRun("run.days"));
        assertFalse(TimelineReader.changeableMidRun("sides.A.name"));
        assertFalse(TimelineReader.changeableMidRun("sides.A.units[0].count"));
        assertFalse(TimelineReader.changeableMidRun("map.cell_km"));
    }
}
