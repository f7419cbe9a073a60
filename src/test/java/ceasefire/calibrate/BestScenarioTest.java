package ceasefire.calibrate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ceasefire.scenario.Scenario;
import ceasefire.scenario.ScenarioDocument;
import ceasefire.scenario.yaml.YamlEdit;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Fitted values put into a scenario's YAML tree: in a list item, in place, and where the file left the default. */
class BestScenarioTest {

    @Test
    void valuesGoInPlaceInListsAndAsNewKeys() throws Exception {
        String text = ceasefire.TestFiles.read(ceasefire.TestFiles.tiny());
        Map<String, String> values = new LinkedHashMap<>();
        values.put("sides.B.units[0].count", "7");
        values.put("mediator.attention", "0.25");
        values.put("dynamics.opportunity", "0.125");
        String written = YamlEdit.withValues(text, values, true);
        Scenario s = ScenarioDocument.parse(written, "best.yaml").bind();
        assertEquals(7, s.parameters().get("sides.B.units[0].count"));
        assertEquals(0.25, ((Number) s.parameters().get("mediator.attention")).doubleValue());
        assertEquals(0.125, ((Number) s.parameters().get("dynamics.opportunity")).doubleValue());
        assertEquals("Tiny", s.name());
        assertEquals(1, s.timeline().size());
        assertEquals(true, written.startsWith("# A tiny valid scenario"), "comments kept");
    }
}
